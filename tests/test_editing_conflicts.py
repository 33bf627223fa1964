"""Nothing lost while two people edit: Wagtail's editing sessions tell each editor who else has the page open and
when a newer version was saved, an autosave never writes over it, and a page locked by one person cannot be saved
or published by anyone else until it is unlocked.
"""

import re
from html import unescape

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client

from courses.content.build import institution_page
from courses.models import ModulePage
from tests.builders import build_module
from tests.test_admin import module_form

pytestmark = pytest.mark.django_db

User = get_user_model()


def signed_in(username, group=None):
    """A client signed in as `username`: a demo account, or a new one at Lyon in `group`."""
    user = User.objects.filter(username=username).first()
    if user is None:
        user = User.objects.create_user(
            username, password="a-long-test-password", institution=institution_page("lyon", "en"), first_name=username
        )
        user.groups.add(Group.objects.get(name=group))
    client = Client()
    client.force_login(user)
    return client, user


def open_editor(client, page):
    """Open the page editor as a browser does; return what its editing-session form posts when it pings."""
    response = client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    html = response.content.decode()
    [session_form] = re.findall(r'<form[^>]*class="w-editing-sessions".*?</form>', html, re.S)

    def attribute(pattern):
        [value] = re.findall(pattern, session_form, re.S)
        return unescape(value)

    return {
        "ping_url": attribute(r'data-w-swap-src-value="([^"]+)"'),
        "revision_id": attribute(r'name="revision_id" value="([^"]+)"'),
        "revision_created_at": attribute(r'name="revision_created_at" value="([^"]+)"'),
        "loaded_revision_id": re.search(r'name="loaded_revision_id" value="([^"]+)"', html).group(1),
        "loaded_revision_created_at": unescape(
            re.search(r'name="loaded_revision_created_at" value="([^"]+)"', html).group(1)
        ),
    }


def ping(client, editor, is_editing=False):
    data = {"revision_id": editor["revision_id"], "revision_created_at": editor["revision_created_at"]}
    if is_editing:
        data["is_editing"] = "1"
    response = client.post(editor["ping_url"], data)
    assert response.status_code == 200
    return response.json()


def unchanged(page):
    page = ModulePage.objects.get(pk=page.pk)
    return page.title, page.summary, page.latest_revision_id, page.live_revision_id, page.last_published_at


def test_two_authors_editing_one_module_are_told_of_each_other_and_of_a_newer_version():
    module = build_module()
    first, first_user = signed_in("prof.lyon")
    second, _ = signed_in("coauthor.lyon", "Authors — Lyon")

    first_editor = open_editor(first, module)
    ping(first, first_editor, is_editing=True)  # the first author has typed something
    second_editor = open_editor(second, module)
    answer = ping(second, second_editor)
    assert [(other["user"], other["is_editing"], other["revision_id"]) for other in answer["other_sessions"]] == [
        ("Hélène Martin", True, None)
    ]
    assert "Hélène Martin" in answer["html"]
    # And the first author sees the second one arrive.
    answer = ping(first, first_editor, is_editing=True)
    assert [(other["user"], other["is_editing"]) for other in answer["other_sessions"]] == [("coauthor.lyon", False)]

    # The first author saves a draft: the second author's editor, still on the version it opened, is told.
    response = first.post(
        f"/admin/pages/{module.pk}/edit/", module_form(module, summary="Rewritten by the first author.")
    )
    assert response.status_code == 302
    newer = ModulePage.objects.get(pk=module.pk).get_latest_revision()
    assert newer.user == first_user and newer.content["summary"] == "Rewritten by the first author."
    answer = ping(second, second_editor)
    [other] = answer["other_sessions"]
    assert (other["user"], other["revision_id"]) == ("Hélène Martin", newer.pk)
    assert "Hélène Martin saved a new version" in answer["html"]
    assert "Proceeding will overwrite the changes made by Hélène Martin" in answer["html"]

    # The second author's editor autosaves what it holds: refused, the first author's version stays the latest.
    autosave = {
        **module_form(module, summary="The second author's older text."),
        "loaded_revision_id": second_editor["loaded_revision_id"],
        "loaded_revision_created_at": second_editor["loaded_revision_created_at"],
    }
    response = second.post(f"/admin/pages/{module.pk}/edit/", autosave, headers={"Accept": "application/json"})
    assert response.status_code == 400
    assert response.json()["error_code"] == "invalid_revision"
    assert ModulePage.objects.get(pk=module.pk).get_latest_revision() == newer


def test_someone_who_may_not_edit_the_page_gets_no_editing_session():
    module = build_module()
    lyon, _ = signed_in("prof.lyon")
    editor = open_editor(lyon, module)
    ottawa, _ = signed_in("prof.ottawa")
    assert ottawa.post(editor["ping_url"], {"revision_id": editor["revision_id"]}).status_code == 404


def test_a_locked_module_is_saved_and_published_by_nobody_but_its_locker_until_unlocked():
    module = build_module()
    owner, owner_user = signed_in("admin")  # a site manager: Authors have no right to lock
    author, author_user = signed_in("prof.lyon")
    manager, _ = signed_in("manager.lyon", "Site managers")

    assert owner.post(f"/admin/pages/{module.pk}/lock/").status_code == 302
    locked = ModulePage.objects.get(pk=module.pk)
    assert locked.locked and locked.locked_by == owner_user
    before = unchanged(module)

    # The author saves a draft, the other site manager publishes: both refused, the page is as it was.
    response = author.post(f"/admin/pages/{module.pk}/edit/", module_form(module, summary="Saved over the lock."))
    assert response.status_code == 200
    assert response.context["page_locked"]
    response = manager.post(
        f"/admin/pages/{module.pk}/edit/",
        {**module_form(module, summary="Published over the lock."), "action-publish": "publish"},
    )
    assert response.status_code == 200 and response.context["page_locked"]
    assert "The page could not be saved as it is locked." in response.content.decode()
    response = author.post(
        f"/admin/pages/{module.pk}/edit/",
        module_form(module, summary="Autosaved over the lock."),
        headers={"Accept": "application/json"},
    )
    assert response.status_code == 400 and response.json()["error_code"] == "locked"
    assert unchanged(module) == before
    # The author may not lift someone else's lock either.
    author.post(f"/admin/pages/{module.pk}/unlock/")
    assert ModulePage.objects.get(pk=module.pk).locked

    # Its owner unlocks it, and the others' work goes through again.
    assert owner.post(f"/admin/pages/{module.pk}/unlock/").status_code == 302
    assert not ModulePage.objects.get(pk=module.pk).locked
    response = author.post(f"/admin/pages/{module.pk}/edit/", module_form(module, summary="Saved after the unlock."))
    assert response.status_code == 302
    latest = ModulePage.objects.get(pk=module.pk).get_latest_revision()
    assert latest.user == author_user and latest.content["summary"] == "Saved after the unlock."
    response = manager.post(
        f"/admin/pages/{module.pk}/edit/",
        {**module_form(module, summary="Published after the unlock."), "action-publish": "publish"},
    )
    assert response.status_code == 302
    assert ModulePage.objects.get(pk=module.pk).summary == "Published after the unlock."
