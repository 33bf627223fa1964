"""Peer review across institutions: the step every module and lesson passes before it is published."""

from django import forms
from django.conf import settings
from django.core.exceptions import BadRequest
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask, PagePermissionTester, TaskState, WorkflowState

from courses.models.pages import INSTITUTION_PATH_LENGTH, InstitutionPage

COMMENT_MAX_LENGTH = 2000


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
        if same_institution(obj, user) or not (user.is_superuser or self._user_in_groups(user)):
            return []
        # Both decisions open the structured review: there is no approval without one.
        return [("reject", _("Request changes"), True), ("approve", _("Approve"), True)]

    def get_form_for_action(self, action):
        return PeerReviewForm

    @transaction.atomic
    def on_action(self, task_state, user, action_name, **review_data):
        # The page editor forwards the review as JSON it does not check itself: check it here.
        form = PeerReviewForm(review_data)
        if action_name not in PeerReview.Decision.values or not form.is_valid():
            raise BadRequest(_("A decision needs the full review: a rating and a comment for each criterion."))
        review = form.save(commit=False)
        revision = task_state.revision
        review.task_state = task_state
        review.page_id = int(revision.object_id)
        review.revision = revision
        review.reviewer = user
        review.reviewer_institution = getattr(user, "institution", None)
        review.decision = action_name
        review.save()
        super().on_action(task_state, user, action_name, comment=review.overall_comment)

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
        if self._translation_by_its_authors():
            return True
        if not super().can_publish():
            return False
        if self.user.is_superuser or self.user.has_perm("courses.publish_without_review"):
            return True
        return not same_institution(self.page, self.user) and self._in_peer_review()

    def _in_peer_review(self):
        """Just approved by this user: the publication that their approval triggers, and nothing else.

        Not while the review is under way: "Publish" in the editor would skip the structured review.
        """
        state = WorkflowState.objects.for_instance(self.page).order_by("-created_at").first()
        if state is None or state.status != WorkflowState.STATUS_APPROVED:
            return False
        approval = state.task_states.filter(status=TaskState.STATUS_APPROVED).order_by("-finished_at").first()
        latest_revision = type(self.page).objects.filter(pk=self.page.pk).values_list("latest_revision_id", flat=True)
        return (
            approval is not None
            and approval.finished_by_id == self.user.pk
            and approval.revision_id == latest_revision.first()
            and isinstance(approval.task.specific, PeerReviewTask)
        )

    def can_change_content(self):
        """Edit as the authors do: the editor access that a review gives reviewers does not count."""
        if not self.user.is_active or self.page_is_root:
            return False
        return (
            self.user.is_superuser
            or "change" in self.permissions
            or ("add" in self.permissions and self.page.owner_id == self.user.pk)
        )

    def _translation_by_its_authors(self):
        """A translation (wagtail-localize) of a published original, in the hands of its institution's authors.

        It is published without a second review: the original was reviewed, and the translators are
        the authors' own colleagues, who answer for it.
        """
        from wagtail_localize.models import Translation

        if not self.can_change_content() or self.page.alias_of_id:
            return False
        translation = (
            Translation.objects.filter(
                source__object_id=self.page.translation_key, target_locale_id=self.page.locale_id, enabled=True
            )
            .select_related("source")
            .first()
        )
        if translation is None:
            return False
        original = type(self.page).objects.filter(
            translation_key=self.page.translation_key, locale_id=translation.source.locale_id
        )
        return original.live().exists()

    def can_add_subpage(self):
        # Instructors may add (adaptations) under every section by their group, but only their own
        # institution's is theirs: authors and site managers hold "change" where they may add.
        if not super().can_add_subpage():
            return False
        return self.user.is_superuser or "change" in self.permissions or same_institution(self.page, self.user)

    def can_copy(self):
        # Wagtail lets whoever may open the editor copy a page; a reviewer's copy would be teaching taken
        # from another institution without its lineage or license (issue 7's adaptation does that right).
        return self.can_change_content()

    def can_unpublish(self):
        allowed = self.user.is_superuser or self.user.has_perm("courses.publish_without_review")
        return allowed and super().can_unpublish()


class Rating(models.TextChoices):
    STRONG = "strong", _("Strong")
    SOUND = "sound", _("Sound")
    NEEDS_WORK = "needs-work", _("Needs work")


def rating_field(label, help_text):
    return models.CharField(label, max_length=12, choices=Rating.choices, help_text=help_text)


def comment_field(label):
    return models.TextField(label, max_length=COMMENT_MAX_LENGTH)


class PeerReview(models.Model):
    """A reviewer's structured judgement of a module or lesson, kept with the decision it led to."""

    class Decision(models.TextChoices):
        APPROVE = "approve", _("Approved")
        REJECT = "reject", _("Changes requested")

    CRITERIA = ("accuracy", "teaching_value", "cultural_sensitivity", "accessibility")

    task_state = models.OneToOneField(TaskState, on_delete=models.CASCADE, related_name="peer_review")
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="peer_reviews")
    revision = models.ForeignKey("wagtailcore.Revision", on_delete=models.SET_NULL, null=True, related_name="+")
    reviewer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    # Kept as it was on the day: the reviewer may move to another institution later.
    reviewer_institution = models.ForeignKey(
        "courses.InstitutionPage", on_delete=models.SET_NULL, null=True, related_name="+"
    )
    decision = models.CharField(_("decision"), max_length=10, choices=Decision.choices)
    accuracy = rating_field(_("accuracy"), _("Is the medicine, the history and the ethics correct and current?"))
    accuracy_comment = comment_field(_("comment on accuracy"))
    teaching_value = rating_field(
        _("teaching value"), _("Do the objectives, activities and time fit the students it is written for?")
    )
    teaching_value_comment = comment_field(_("comment on teaching value"))
    cultural_sensitivity = rating_field(
        _("cultural sensitivity"), _("Would it teach well and respectfully to students of each partner country?")
    )
    cultural_sensitivity_comment = comment_field(_("comment on cultural sensitivity"))
    accessibility = rating_field(
        _("accessibility"), _("Can every student use it: alt text, captions, plain language, reading load?")
    )
    accessibility_comment = comment_field(_("comment on accessibility"))
    overall_comment = models.TextField(
        _("overall comment"),
        max_length=COMMENT_MAX_LENGTH,
        help_text=_("What the authors should know first; sent to them with your decision."),
    )
    created_at = models.DateTimeField(_("reviewed at"), auto_now_add=True)

    class Meta:
        verbose_name = _("peer review")
        verbose_name_plural = _("peer reviews")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.get_decision_display()}: {self.page}"

    def criteria(self):
        """(label, rating label, comment) for each criterion, in the order reviewers fill them in."""
        return [
            (
                self._meta.get_field(name).verbose_name,
                getattr(self, f"get_{name}_display")(),
                getattr(self, f"{name}_comment"),
            )
            for name in self.CRITERIA
        ]


class PeerReviewForm(forms.ModelForm):
    """What a reviewer fills in to approve or to ask for changes."""

    class Meta:
        model = PeerReview
        fields = [field for criterion in PeerReview.CRITERIA for field in (criterion, f"{criterion}_comment")] + [
            "overall_comment"
        ]
        widgets = {
            **{f"{criterion}_comment": forms.Textarea({"rows": 2}) for criterion in PeerReview.CRITERIA},
            **dict.fromkeys(PeerReview.CRITERIA, forms.RadioSelect),
            "overall_comment": forms.Textarea({"rows": 3}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for criterion in PeerReview.CRITERIA:
            self.fields[criterion].choices = Rating.choices  # no empty "---------" radio button
