"""Roles and ownership: each institution's authors work in their own section only (issue 6, first slice)."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.images import get_image_model
from wagtail.models import Collection, GroupPagePermission
from wagtail.permissions import policy_registry

from courses.models import InstitutionPage, LessonPage, ModulePage
from courses.roles import ensure_roles
from tests.builders import build_lesson, build_module

pytestmark = pytest.mark.django_db

User = get_user_model()


def account(username):
    return User.objects.get(username=username)


def test_every_role_of_design_exists_once_and_setting_up_again_changes_nothing():
    names = set(Group.objects.values_list("name", flat=True))
    assert {
        "Authors — Lyon",
        "Authors — Ottawa",
        "Authors — SJTU",
        "Authors — SHUTCM",
        "Reviewers",
        "Instructors",
        "Students",
        "Site managers",
    } <= names
    before = (Group.objects.count(), GroupPagePermission.objects.count(), Collection.objects.count())
    ensure_roles()
    assert (Group.objects.count(), GroupPagePermission.objects.count(), Collection.objects.count()) == before


def test_a_new_institution_gets_its_group_section_and_collection_without_code():
    library = InstitutionPage.objects.get(slug="lyon", locale__language_code="en").get_parent()
    fudan = library.add_child(
        instance=InstitutionPage(
            title="Fudan University", slug="fudan", short_name="Fudan", city="Shanghai", country="China"
        )
    )
    ensure_roles()
    group = Group.objects.get(name="Authors — Fudan")
    assert GroupPagePermission.objects.filter(group=group, page=fudan).count() == 2
    assert Collection.objects.filter(name="Fudan University").exists()


def test_every_demo_account_belongs_to_one_institution_and_its_role():
    expected = {
        "prof.lyon": ("lyon", "Authors — Lyon"),
        "prof.shutcm": ("shutcm", "Authors — SHUTCM"),
        "reviewer.ottawa": ("ottawa", "Reviewers"),
        "reviewer.sjtu": ("sjtu", "Reviewers"),
        "instructor.ottawa": ("ottawa", "Instructors"),
        "student": ("lyon", "Students"),
        "admin": ("lyon", "Site managers"),
    }
    for username, (institution, group) in expected.items():
        user = account(username)
        assert user.institution.slug == institution
        assert list(user.groups.values_list("name", flat=True)) == [group]


def lyon_module():
    return ModulePage.objects.get(slug="le-consentement-eclaire-a-l-epreuve-des-cultures")


def ottawa_module():
    return ModulePage.objects.get(slug="breaking-bad-news-with-empathy")


@pytest.mark.parametrize(
    ("username", "own_edit", "other_edit"),
    [
        ("prof.lyon", 200, 302),
        ("prof.ottawa", 302, 200),
        ("admin", 200, 200),
    ],
)
def test_authors_open_the_editor_only_inside_their_section(client, username, own_edit, other_edit):
    client.force_login(account(username))
    assert client.get(f"/admin/pages/{lyon_module().pk}/edit/").status_code == own_edit
    assert client.get(f"/admin/pages/{ottawa_module().pk}/edit/").status_code == other_edit


def test_an_author_cannot_change_another_institutions_module_by_a_crafted_post(client):
    client.force_login(account("prof.lyon"))
    module = ottawa_module()
    response = client.post(f"/admin/pages/{module.pk}/edit/", {"title": "Defaced", "slug": module.slug})
    assert response.status_code in (302, 403)
    module.refresh_from_db()
    assert module.title == "Breaking bad news with empathy"
    assert module.get_latest_revision().content["title"] == "Breaking bad news with empathy"


def test_authors_add_modules_only_in_their_own_section(client):
    client.force_login(account("prof.lyon"))
    lyon = InstitutionPage.objects.get(slug="lyon", locale__language_code="fr")
    ottawa = InstitutionPage.objects.get(slug="ottawa", locale__language_code="fr")
    assert client.get(f"/admin/pages/add/courses/modulepage/{lyon.pk}/").status_code == 200
    assert client.get(f"/admin/pages/add/courses/modulepage/{ottawa.pk}/").status_code != 200


def test_authors_cannot_publish_without_review_but_site_managers_can():
    lesson = LessonPage.objects.child_of(lyon_module()).first()
    assert not lesson.permissions_for_user(account("prof.lyon")).can_publish()
    assert lesson.permissions_for_user(account("prof.lyon")).can_edit()
    manager = User.objects.create_user("manager.test", password="a-long-test-password")
    manager.groups.add(Group.objects.get(name="Site managers"))
    assert lesson.permissions_for_user(manager).can_publish()
    assert ottawa_module().permissions_for_user(manager).can_publish()


def test_authors_cannot_move_or_delete_another_institutions_pages():
    permissions = ottawa_module().permissions_for_user(account("prof.lyon"))
    assert not permissions.can_move()
    assert not permissions.can_delete()
    assert not permissions.can_edit()


def test_reviewers_instructors_and_students_edit_no_page():
    for username in ("reviewer.ottawa", "instructor.ottawa", "student"):
        assert not lyon_module().permissions_for_user(account(username)).can_edit(), username


def test_students_have_no_admin(client):
    client.force_login(account("student"))
    response = client.get("/admin/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_each_institutions_images_go_in_its_own_collection():
    image_permissions = policy_registry.get_by_type(get_image_model())
    collections = image_permissions.collections_user_has_permission_for(account("prof.sjtu"), "add")
    assert [collection.name for collection in collections] == ["Shanghai Jiao Tong University"]


@pytest.mark.parametrize(
    ("username", "sees_notes"),
    [
        ("prof.lyon", True),
        ("reviewer.sjtu", True),
        ("instructor.ottawa", True),
        ("admin", True),
        ("student", False),
    ],
)
def test_facilitator_notes_reach_teaching_staff_and_never_students(client, username, sees_notes):
    module = build_module(lessons=0, publish=False, institution="ottawa")
    lesson = build_lesson(module, every_block=True)
    module.save_revision().publish()
    client.force_login(account(username))
    assert ("marker-notes" in client.get(lesson.url).content.decode()) is sees_notes
