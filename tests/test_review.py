"""Peer review: an author submits, only a reviewer of another institution may approve (issue 6)."""

import json

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse
from wagtail.models import Comment as CommentModel
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from courses.content.build import institution_page
from courses.models import ModulePage, PeerReview
from tests.builders import build_lesson, build_module
from tests.lookups import account, refused
from tests.test_admin import module_form

pytestmark = pytest.mark.django_db

User = get_user_model()


@pytest.fixture
def reviewer_lyon():
    user = User.objects.create_user(
        "reviewer.lyon",
        "reviewer.lyon@medhum.invalid",
        "a-long-test-password",
        institution=institution_page("lyon", "en"),
    )
    user.groups.add(Group.objects.get(name="Reviewers"))
    return user


def submit_module(client, **fields):
    """A Lyon module with a lesson, written and submitted to review by prof.lyon in the admin."""
    module = build_module(lessons=0, publish=False, institution="lyon", **fields)
    lesson = build_lesson(module)
    lesson.unpublish()
    client.force_login(account("prof.lyon"))
    response = client.post(f"/admin/pages/{module.pk}/edit/", {**module_form(module), "action-submit": "submit"})
    assert response.status_code == 302
    module.refresh_from_db()
    assert module.workflow_in_progress and not module.live
    client.logout()
    return module


@pytest.fixture
def submitted_module(client):
    return submit_module(client, title="A module for review")


def action_url(module, action="approve"):
    task_state = module.current_workflow_task_state
    return reverse("wagtailadmin_pages:workflow_action", args=(module.pk, action, task_state.pk))


def approve_url(module):
    return action_url(module, "approve")


def full_review(rating="strong", **overrides):
    return {
        "accuracy": rating,
        "accuracy_comment": "The account of French consent law is correct and current.",
        "teaching_value": rating,
        "teaching_value_comment": "The case discussion fits second-year students well.",
        "cultural_sensitivity": rating,
        "cultural_sensitivity_comment": "The family-centred view is presented with respect.",
        "accessibility": rating,
        "accessibility_comment": "Plain language; the image has alt text.",
        "overall_comment": "Accurate and well taught.",
        **overrides,
    }


def test_authors_cannot_publish_so_their_work_goes_to_review(submitted_module):
    assert submitted_module.current_workflow_task.specific.__class__.__name__ == "PeerReviewTask"


def test_reviewers_are_told_of_a_submission(submitted_module):
    recipients = {address for message in mail.outbox for address in message.to}
    assert {"reviewer.ottawa@medhum.invalid", "reviewer.sjtu@medhum.invalid"} <= recipients


def test_a_reviewer_of_another_institution_approves_and_the_module_is_published(client, submitted_module):
    task = submitted_module.current_workflow_task.specific
    actions = [name for name, *_ in task.get_actions(submitted_module, account("reviewer.ottawa"))]
    assert "approve" in actions and "reject" in actions
    assert submitted_module.current_workflow_task_state in task.get_task_states_user_can_moderate(
        account("reviewer.ottawa")
    )
    client.force_login(account("reviewer.ottawa"))
    mail.outbox.clear()
    response = client.post(approve_url(submitted_module), full_review())
    assert response.status_code in (200, 302)
    submitted_module.refresh_from_db()
    assert submitted_module.live
    assert any("prof.lyon@medhum.invalid" in message.to for message in mail.outbox)


def test_a_reviewer_of_the_same_institution_does_not_see_the_approve_action(submitted_module, reviewer_lyon):
    task = submitted_module.current_workflow_task.specific
    assert task.get_actions(submitted_module, reviewer_lyon) == []
    assert submitted_module.current_workflow_task_state not in task.get_task_states_user_can_moderate(reviewer_lyon)


def test_a_reviewer_of_the_same_institution_is_refused_even_by_a_crafted_post(client, submitted_module, reviewer_lyon):
    client.force_login(reviewer_lyon)
    response = client.post(approve_url(submitted_module), full_review())
    assert refused(response)
    assert not ModulePage.objects.get(pk=submitted_module.pk).live


def test_an_author_cannot_approve_their_own_submission(client, submitted_module):
    client.force_login(account("prof.lyon"))
    assert refused(client.post(approve_url(submitted_module), full_review()))
    assert not ModulePage.objects.get(pk=submitted_module.pk).live


def test_reviewers_cannot_publish_outside_a_review_of_another_institution(reviewer_lyon):
    draft = build_module(lessons=1, publish=False, institution="lyon")
    assert not draft.permissions_for_user(account("reviewer.ottawa")).can_publish()  # no review under way
    assert not draft.permissions_for_user(reviewer_lyon).can_publish()
    assert (
        not ModulePage.objects.get(slug="breaking-bad-news-with-empathy", alias_of=None)
        .permissions_for_user(account("reviewer.sjtu"))
        .can_unpublish()
    )


def test_a_same_institution_reviewer_cannot_publish_the_submission_from_the_editor(
    client, submitted_module, reviewer_lyon
):
    assert not submitted_module.permissions_for_user(reviewer_lyon).can_publish()
    client.force_login(reviewer_lyon)
    response = client.post(
        f"/admin/pages/{submitted_module.pk}/edit/", {**module_form(submitted_module), "action-publish": "publish"}
    )
    assert refused(response)
    assert not ModulePage.objects.get(pk=submitted_module.pk).live


def test_site_managers_publish_directly():
    manager = User.objects.create_user("manager.review", password="a-long-test-password")
    manager.groups.add(Group.objects.get(name="Site managers"))
    draft = build_module(lessons=1, publish=False, institution="sjtu")
    assert draft.permissions_for_user(manager).can_publish()


def test_reviewers_cannot_publish_library_or_institution_pages():
    from courses.models import InstitutionPage, LibraryPage

    reviewer = account("reviewer.sjtu")
    assert (
        not InstitutionPage.objects.get(slug="lyon", locale__language_code="en")
        .permissions_for_user(reviewer)
        .can_publish()
    )
    assert not LibraryPage.objects.get(locale__language_code="en").permissions_for_user(reviewer).can_publish()


def test_approval_without_the_structured_review_is_not_taken(client, submitted_module):
    client.force_login(account("reviewer.ottawa"))
    client.post(approve_url(submitted_module), {"comment": "Fine."})
    client.post(approve_url(submitted_module), full_review(accuracy_comment=""))
    client.post(approve_url(submitted_module), full_review(teaching_value="perfect"))
    client.post(approve_url(submitted_module), full_review(overall_comment="x" * 2001))
    submitted_module.refresh_from_db()
    assert submitted_module.workflow_in_progress and not submitted_module.live
    assert not PeerReview.objects.filter(page=submitted_module).exists()


def test_the_review_form_explains_what_is_missing(client, submitted_module):
    client.force_login(account("reviewer.ottawa"))
    response = client.post(
        approve_url(submitted_module),
        full_review(accuracy_comment="", teaching_value="perfect"),
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    html = response.json()["html"]
    assert "This field is required." in html
    assert "Select a valid choice." in html
    assert not ModulePage.objects.get(pk=submitted_module.pk).live


def test_approving_from_the_editor_with_a_forged_review_is_refused(client, submitted_module):
    """The editor passes the review as JSON straight to the task: a crafted one gets a 400, nothing is published."""
    client.force_login(account("reviewer.ottawa"))
    form = module_form(submitted_module)
    for extra in ("{}", json.dumps({"comment": "ok"}), json.dumps(full_review(accessibility="great"))):
        response = client.post(
            f"/admin/pages/{submitted_module.pk}/edit/",
            {
                **form,
                "action-workflow-action": "true",
                "workflow-action-name": "approve",
                "workflow-action-extra-data": extra,
            },
        )
        assert response.status_code == 400
    submitted_module.refresh_from_db()
    assert not submitted_module.live
    assert not PeerReview.objects.filter(page=submitted_module).exists()


def test_the_review_is_kept_with_the_decision_and_shown_on_the_published_module(client, submitted_module):
    client.force_login(account("reviewer.ottawa"))
    client.post(approve_url(submitted_module), full_review(accessibility="sound"))
    review = PeerReview.objects.get(page=submitted_module)
    assert review.decision == "approve"
    assert review.reviewer.username == "reviewer.ottawa"
    assert review.reviewer_institution.slug == "ottawa"
    assert review.task_state.status == "approved"
    assert review.task_state.comment == "Accurate and well taught."
    assert review.revision_id == ModulePage.objects.get(pk=submitted_module.pk).live_revision_id
    assert [rating for _label, rating, _comment in review.criteria()] == ["Strong", "Strong", "Strong", "Sound"]

    client.logout()
    html = client.get(submitted_module.url).content.decode()
    assert "Peer review" in html
    assert "by a reviewer of University of Ottawa" in html
    assert f'datetime="{review.created_at.isoformat()}"' in html
    # The authors' colleagues read the decision; readers do not get the reviewer's comments.
    assert "Accurate and well taught." not in html


def test_the_published_module_names_the_reviewers_institution_in_the_readers_language(client):
    module = submit_module(client, language="fr", title="Un module à relire")
    client.force_login(account("reviewer.sjtu"))
    client.post(approve_url(module), full_review())
    client.logout()
    html = client.get(ModulePage.objects.get(pk=module.pk).url).content.decode()
    assert "Approuvé le" in html and "relecture : Université Jiao Tong de Shanghai" in html


def test_a_module_without_review_says_nothing_about_review(client):
    module = build_module(lessons=1, institution="sjtu")
    assert "Peer review" not in client.get(module.url).content.decode()


def test_asking_for_changes_sends_the_full_review_to_the_author_who_reads_it_in_the_admin(client, submitted_module):
    client.force_login(account("reviewer.sjtu"))
    mail.outbox.clear()
    review = full_review(
        "needs-work",
        cultural_sensitivity_comment="Explain why some families in Shanghai expect to hear the diagnosis first.",
        overall_comment="Promising; the Chinese perspective needs more room.",
    )
    response = client.post(action_url(submitted_module, "reject"), review)
    assert response.status_code == 302
    submitted_module.refresh_from_db()
    assert not submitted_module.live and not submitted_module.workflow_in_progress
    assert PeerReview.objects.get(page=submitted_module).decision == "reject"

    # prof.lyon reads the email, and works in the admin, in French.
    (message,) = [message for message in mail.outbox if "prof.lyon@medhum.invalid" in message.to]
    assert "Promising; the Chinese perspective needs more room." in message.body
    assert "Sensibilité culturelle: À retravailler" in message.body
    assert "expect to hear the diagnosis first" in message.body
    assert "Relecture : Université Jiao Tong de Shanghai" in message.body

    client.force_login(account("prof.lyon"))
    editor = client.get(f"/admin/pages/{submitted_module.pk}/edit/").content.decode()
    assert "Modifications demandées" in editor
    assert "expect to hear the diagnosis first" in editor
    assert "À retravailler" in editor and "Université Jiao Tong de Shanghai" in editor


def test_reviewers_find_the_submission_in_their_dashboard_queue(client, submitted_module, reviewer_lyon):
    client.force_login(account("reviewer.ottawa"))
    assert "A module for review" in client.get("/admin/").content.decode()
    client.force_login(reviewer_lyon)
    assert "A module for review" not in client.get("/admin/").content.decode()


def test_reviewers_comment_inline_in_the_editor(client, submitted_module):
    client.force_login(account("reviewer.ottawa"))
    editor = client.get(f"/admin/pages/{submitted_module.pk}/edit/")
    assert editor.status_code == 200
    assert "comments" in editor.context["form"].formsets
    form = module_form(submitted_module)
    form.update(
        nested_form_data(
            {
                "comments": inline_formset(
                    [
                        {
                            "contentpath": "summary",
                            "position": "",
                            "text": "Cite the 2002 law on patients' rights here.",
                            "resolved": "",
                            "replies": inline_formset([]),
                        }
                    ]
                )
            }
        )
    )
    client.post(f"/admin/pages/{submitted_module.pk}/edit/", form)
    comment = CommentModel.objects.get(page=submitted_module)
    assert comment.user.username == "reviewer.ottawa"
    assert comment.contentpath == "summary"
    client.force_login(account("prof.lyon"))
    assert "Cite the 2002 law on patients" in client.get(f"/admin/pages/{submitted_module.pk}/edit/").content.decode()


def test_a_reviewer_cannot_skip_the_review_with_the_editors_publish_button(client, submitted_module):
    reviewer = account("reviewer.ottawa")
    assert not ModulePage.objects.get(pk=submitted_module.pk).permissions_for_user(reviewer).can_publish()
    client.force_login(reviewer)
    client.post(
        f"/admin/pages/{submitted_module.pk}/edit/", {**module_form(submitted_module), "action-publish": "publish"}
    )
    submitted_module.refresh_from_db()
    assert not submitted_module.live and submitted_module.workflow_in_progress


def test_a_reviewer_comments_but_cannot_rewrite_the_authors_text(client, submitted_module):
    client.force_login(account("reviewer.ottawa"))
    response = client.post(
        f"/admin/pages/{submitted_module.pk}/edit/",
        module_form(submitted_module, title="Rewritten in Ottawa", summary="Not the authors' words."),
    )
    assert response.status_code == 200
    assert "site managers change this text. Reviewers comment on it" in response.content.decode()
    latest = ModulePage.objects.get(pk=submitted_module.pk).get_latest_revision_as_object()
    assert latest.title == "A module for review"
    assert latest.summary != "Not the authors' words."
