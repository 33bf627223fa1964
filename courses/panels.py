"""Editor panels that show what is not a form field."""

from django.utils.functional import cached_property
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


class SourceUpdatePanel(Panel):
    """On an adaptation: says when its source has been published again, so that the changes can be carried over."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "courses/admin/source_update_panel.html"

        @cached_property
        def newer_source_revision(self):
            return self.instance.source_published_since() if self.instance.pk else None

        def is_shown(self):
            return self.newer_source_revision is not None

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["revision"] = self.newer_source_revision
            context["source"] = self.instance.adapted_from
            context["adaptation"] = self.instance
            return context
