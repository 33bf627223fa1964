"""Peer review: an author submits, only a reviewer of another institution may approve (issue 6)."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse

from courses.content.build import institution_page
from courses.models import ModulePage
from tests.builders import build_lesson, build_module
from tests.test_admin import module_form

pytestmark = pytest.mark.django_db

User = get_user_model()


def account(username):
    return User.objects.get(username=username)


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


@pytest.fixture
def submitted_module(client):
    """A Lyon module with a lesson, written and submitted to review by prof.lyon in the admin."""
    module = build_module(lessons=0, publish=False, institution="lyon", title="A module for review")
    lesson = build_lesson(module)
    lesson.unpublish()
    client.force_login(account("prof.lyon"))
    response = client.post(f"/admin/pages/{module.pk}/edit/", {**module_form(module), "action-submit": "submit"})
    assert response.status_code == 302
    module.refresh_from_db()
    assert module.workflow_in_progress and not module.live
    client.logout()
    return module


def approve_url(module):
    task_state = module.current_workflow_task_state
    return reverse("wagtailadmin_pages:workflow_action", args=(module.pk, "approve", task_state.pk))


def test_authors_cannot_publish_so_their_work_goes_to_review(submitted_module):
    assert submitted_module.current_workflow_task.specific.__class__.__name__ == "PeerReviewTask"


def test_reviewers_are_told_of_a_submission(submitted_module):
    recipients = {address for message in mail.outbox for address in message.to}
    assert {"reviewer.ottawa@medhum.invalid", "reviewer.sjtu@medhum.invalid"} <= recipients


def refused(response):
    """Wagtail's admin answers a refusal by sending the user back to the dashboard with a message."""
    return response.status_code == 403 or (response.status_code == 302 and response["Location"] == "/admin/")


def test_a_reviewer_of_another_institution_approves_and_the_module_is_published(client, submitted_module):
    task = submitted_module.current_workflow_task.specific
    actions = [name for name, *_ in task.get_actions(submitted_module, account("reviewer.ottawa"))]
    assert "approve" in actions and "reject" in actions
    assert submitted_module.current_workflow_task_state in task.get_task_states_user_can_moderate(
        account("reviewer.ottawa")
    )
    client.force_login(account("reviewer.ottawa"))
    mail.outbox.clear()
    response = client.post(approve_url(submitted_module), {"comment": "Accurate and well taught."})
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
    response = client.post(approve_url(submitted_module), {"comment": "Looks fine to me."})
    assert refused(response)
    assert not ModulePage.objects.get(pk=submitted_module.pk).live


def test_an_author_cannot_approve_their_own_submission(client, submitted_module):
    client.force_login(account("prof.lyon"))
    assert refused(client.post(approve_url(submitted_module)))
    assert not ModulePage.objects.get(pk=submitted_module.pk).live


def test_reviewers_cannot_publish_outside_a_review_of_another_institution(reviewer_lyon):
    draft = build_module(lessons=1, publish=False, institution="lyon")
    assert not draft.permissions_for_user(account("reviewer.ottawa")).can_publish()  # no review under way
    assert not draft.permissions_for_user(reviewer_lyon).can_publish()
    assert (
        not ModulePage.objects.get(slug="breaking-bad-news-with-empathy")
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
