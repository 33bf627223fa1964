"""Peer review across institutions: the step every module and lesson passes before it is published."""

from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask, PagePermissionTester, TaskState, WorkflowState

from courses.models.pages import INSTITUTION_PATH_LENGTH, InstitutionPage


def owning_institution_key(page):
    """The translation key of the institution whose section holds `page` (the same in every language tree)."""
    section = InstitutionPage.objects.filter(path=page.path[:INSTITUTION_PATH_LENGTH]).values("translation_key").first()
    return section["translation_key"] if section else None


def same_institution(page, user):
    institution = getattr(user, "institution", None)
    return institution is not None and institution.translation_key == owning_institution_key(page)


class PeerReviewTask(AbstractGroupApprovalTask):
    """Approval by a reviewer of the chosen groups who works at another institution than the page's."""

    def user_can_access_editor(self, obj, user):
        return not same_institution(obj, user) and super().user_can_access_editor(obj, user)

    def get_actions(self, obj, user):
        # A colleague of the authors neither sees the decision nor may take it, by any URL.
        if same_institution(obj, user):
            return []
        return super().get_actions(obj, user)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = super().get_task_states_user_can_moderate(user, **kwargs)
        if getattr(user, "institution", None) is None:
            return states
        keys_allowed = [
            state.pk
            for state in states.select_related("revision")
            if not same_institution(state.revision.content_object, user)
        ]
        return TaskState.objects.filter(pk__in=keys_allowed)

    @classmethod
    def get_description(cls):
        return _("A reviewer of another institution than the authors' approves or asks for changes")

    class Meta:
        verbose_name = _("peer review by another institution")
        verbose_name_plural = _("peer reviews by another institution")
        permissions = [("publish_without_review", _("Can publish teaching without peer review"))]


class TeachingPagePermissionTester(PagePermissionTester):
    """Teaching is published by site managers, or through the review of another institution's reviewer.

    Reviewers hold Wagtail's publish permission because approving a review publishes the page as the
    approver; this tester keeps them from using it anywhere else: not directly, not in bulk, not on
    their own institution's pages.
    """

    def can_publish(self):
        if not super().can_publish():
            return False
        if self.user.is_superuser or self.user.has_perm("courses.publish_without_review"):
            return True
        return not same_institution(self.page, self.user) and self._in_peer_review()

    def _in_peer_review(self):
        """Under review now, or just approved by this user: the publication that approval triggers."""
        state = WorkflowState.objects.for_instance(self.page).order_by("-created_at").first()
        if state is None:
            return False
        if state.status == WorkflowState.STATUS_IN_PROGRESS:
            return isinstance(state.current_task_state.task.specific, PeerReviewTask)
        if state.status != WorkflowState.STATUS_APPROVED:
            return False
        approval = state.task_states.filter(status=TaskState.STATUS_APPROVED).order_by("-finished_at").first()
        latest_revision = type(self.page).objects.filter(pk=self.page.pk).values_list("latest_revision_id", flat=True)
        return (
            approval is not None
            and approval.finished_by_id == self.user.pk
            and approval.revision_id == latest_revision.first()
            and isinstance(approval.task.specific, PeerReviewTask)
        )

    def can_unpublish(self):
        allowed = self.user.is_superuser or self.user.has_perm("courses.publish_without_review")
        return allowed and super().can_unpublish()
