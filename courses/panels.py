"""Editor panels that show what is not a form field."""

from wagtail.admin.panels import Panel


class PeerReviewsPanel(Panel):
    """The reviews a page has received, newest first: the authors read here what reviewers asked of them."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "courses/admin/peer_reviews_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["reviews"] = (
                self.instance.peer_reviews.select_related("reviewer", "reviewer_institution")
                if self.instance.pk
                else []
            )
            return context
