"""Every demo role against every action, on a module of their own institution and of another (issue 6).

Each cell goes through the admin's own views or the public page, as the person would, and checks the
outcome (not just the status code) wherever the action changes something.
"""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Workflow

from courses.models import ModulePage, PeerReview
from tests.builders import build_lesson, build_module
from tests.test_admin import module_form
from tests.test_review import full_review

pytestmark = pytest.mark.django_db

User = get_user_model()
ACTIONS = ("view", "preview", "edit", "publish", "approve", "move", "delete", "see notes")
AUTHOR = {"lyon": "prof.lyon", "ottawa": "prof.ottawa", "sjtu": "prof.sjtu", "shutcm": "prof.shutcm"}

Y, N = True, False
# An author: their own institution's drafts only; publishing goes through review.
AUTHOR_ROW = {
    "view": (Y, Y),
    "preview": (Y, N),
    "edit": (Y, N),
    "publish": (N, N),
    "approve": (N, N),
    "move": (N, N),
    "delete": (N, N),
    "see notes": (Y, Y),
}
# A reviewer: opens another institution's work under review to comment and decide, changes nothing.
REVIEWER_ROW = {
    "view": (Y, Y),
    "preview": (N, Y),
    "edit": (N, N),
    "publish": (N, N),
    "approve": (N, Y),
    "move": (N, N),
    "delete": (N, N),
    "see notes": (Y, Y),
}
# username: {action: (on a module of their own institution, on a module of another institution)}
MATRIX = {
    "admin": {  # site manager at Lyon; approving stays with reviewers of another institution
        "view": (Y, Y),
        "preview": (Y, Y),
        "edit": (Y, Y),
        "publish": (Y, Y),
        "approve": (N, Y),
        "move": (Y, Y),
        "delete": (Y, Y),
        "see notes": (Y, Y),
    },
    "prof.lyon": AUTHOR_ROW,
    "prof.shutcm": AUTHOR_ROW,
    "reviewer.ottawa": REVIEWER_ROW,
    "reviewer.sjtu": REVIEWER_ROW,
    "instructor.ottawa": {
        "view": (Y, Y),
        "preview": (N, N),
        "edit": (N, N),
        "publish": (N, N),
        "approve": (N, N),
        "move": (N, N),
        "delete": (N, N),
        "see notes": (Y, Y),
    },
    "student": {
        "view": (Y, Y),
        "preview": (N, N),
        "edit": (N, N),
        "publish": (N, N),
        "approve": (N, N),
        "move": (N, N),
        "delete": (N, N),
        "see notes": (N, N),
    },
    None: {  # an anonymous reader: own and other are the same to them
        "view": (Y, Y),
        "preview": (N, N),
        "edit": (N, N),
        "publish": (N, N),
        "approve": (N, N),
        "move": (N, N),
        "delete": (N, N),
        "see notes": (N, N),
    },
}


# What a module looks like when the action is tried: reviewers preview and approve work under review;
# editing, publishing, moving and deleting are tried on published teaching (Wagtail locks what is under
# review for everyone but its reviewers).
UNDER_REVIEW = {"preview", "approve"}


def published_module(institution):
    module = build_module(lessons=0, publish=False, institution=institution, title=f"Module of {institution}")
    build_lesson(module, every_block=True)
    module.save_revision().publish()
    module.refresh_from_db()
    return module


def module_under_review(institution):
    """A published module whose authors have submitted a new draft to peer review."""
    module = published_module(institution)
    author = User.objects.get(username=AUTHOR[institution])
    revision = module.save_revision(user=author)
    Workflow.objects.get(name="Peer review").start(module, author)
    module.refresh_from_db()
    assert module.workflow_in_progress and revision == module.latest_revision
    return module


def allowed(response):
    return response.status_code == 200


def perform(client, action, module):
    """Try `action` on `module` through the admin or the public site; say whether it was done."""
    edit_url = reverse("wagtailadmin_pages:edit", args=(module.pk,))
    if action == "view":
        return allowed(client.get(module.url))
    if action == "preview":
        return allowed(client.get(reverse("wagtailadmin_pages:view_draft", args=(module.pk,))))
    if action == "edit":
        response = client.get(edit_url)
        client.post(edit_url, module_form(module, title="Changed by a test"))
        saved = ModulePage.objects.get(pk=module.pk).get_latest_revision_as_object().title == "Changed by a test"
        assert saved == allowed(response), "the editor opens exactly for those whose changes are saved"
        return saved
    if action == "publish":
        client.post(edit_url, {**module_form(module, title="Published by a test"), "action-publish": "publish"})
        return ModulePage.objects.get(pk=module.pk).title == "Published by a test"
    if action == "approve":
        task_state = module.current_workflow_task_state
        url = reverse("wagtailadmin_pages:workflow_action", args=(module.pk, "approve", task_state.pk))
        client.post(url, full_review())
        return PeerReview.objects.filter(page=module, decision="approve").exists()
    if action == "move":
        return allowed(client.get(reverse("wagtailadmin_pages:move", args=(module.pk,))))
    if action == "delete":
        client.post(reverse("wagtailadmin_pages:delete", args=(module.pk,)))
        return not ModulePage.objects.filter(pk=module.pk).exists()
    if action == "see notes":
        lesson = module.get_children().specific().first()
        return 'class="block-notes"' in client.get(lesson.url).content.decode()
    raise AssertionError(action)


@pytest.mark.parametrize("username", list(MATRIX), ids=lambda name: name or "anonymous")
def test_permission_matrix(client, username, mailoutbox):
    own = "lyon"
    if username:
        user = User.objects.get(username=username)
        own = user.institution.slug
        client.force_login(user)
    other = "ottawa" if own == "lyon" else "lyon"
    outcomes, expected = {}, {}
    for action in ACTIONS:
        for ownership, institution in (("own", own), ("other", other)):
            # A fresh module for every cell: what one action changes cannot decide the next.
            module = (module_under_review if action in UNDER_REVIEW else published_module)(institution)
            outcomes[action, ownership] = perform(client, action, module)
            expected[action, ownership] = MATRIX[username][action][ownership == "other"]
    wrong = {cell: outcome for cell, outcome in outcomes.items() if outcome != expected[cell]}
    assert not wrong, f"{username}: cells that differ from the matrix (actual value shown): {wrong}"
