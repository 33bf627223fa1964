"""Roles and ownership: each institution's authors work in their own section only (issue 6, first slice)."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.images import get_image_model
from wagtail.models import Collection, GroupPagePermission
from wagtail.permissions import policy_registry

from courses.models import Contributor, InstitutionPage, LessonPage, ModulePage
from courses.roles import ensure_roles
from tests.builders import build_lesson, build_module
from tests.lookups import account

pytestmark = pytest.mark.django_db

User = get_user_model()


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
    return ModulePage.objects.get(slug="le-consentement-eclaire-a-l-epreuve-des-cultures", alias_of=None)


def ottawa_module():
    return ModulePage.objects.get(slug="breaking-bad-news-with-empathy", alias_of=None)


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


def contributor_of(slug):
    return Contributor.objects.filter(institution__slug=slug).order_by("pk").first()


def contributor_form(contributor, **overrides):
    return {
        "name": contributor.name,
        "title": contributor.title,
        "institution": contributor.institution_id,
        "bio": contributor.bio,
        "orcid": contributor.orcid,
        "photo": "",
        **overrides,
    }


def test_authors_edit_only_their_own_institutions_contributors(client):
    client.force_login(account("prof.lyon"))
    own, other = contributor_of("lyon"), contributor_of("ottawa")
    assert client.get(f"/admin/snippets/courses/contributor/edit/{own.pk}/").status_code == 200
    assert client.get(f"/admin/snippets/courses/contributor/edit/{other.pk}/").status_code in (302, 403)
    response = client.post(f"/admin/snippets/courses/contributor/edit/{other.pk}/", contributor_form(other, name="X"))
    assert response.status_code in (302, 403)
    other.refresh_from_db()
    assert other.name != "X"


def test_the_contributor_list_links_only_to_what_the_author_may_edit(client):
    client.force_login(account("prof.lyon"))
    html = client.get("/admin/snippets/courses/contributor/").content.decode()
    own, other = contributor_of("lyon"), contributor_of("ottawa")
    assert other.name in html and own.name in html
    assert f"/admin/snippets/courses/contributor/edit/{own.pk}/" in html
    assert f"/admin/snippets/courses/contributor/edit/{other.pk}/" not in html


def test_authors_file_new_contributors_under_their_own_institution_only(client):
    client.force_login(account("prof.sjtu"))
    sjtu = InstitutionPage.objects.get(slug="sjtu", locale__language_code="en")
    lyon = InstitutionPage.objects.get(slug="lyon", locale__language_code="en")
    form = {"name": "Zhou Min", "title": "Lecturer", "bio": "", "orcid": "", "photo": ""}
    response = client.post("/admin/snippets/courses/contributor/add/", {**form, "institution": lyon.pk})
    assert response.status_code == 200 and "institution" in response.context["form"].errors
    assert not Contributor.objects.filter(name="Zhou Min").exists()
    client.post("/admin/snippets/courses/contributor/add/", {**form, "institution": sjtu.pk})
    assert Contributor.objects.get(name="Zhou Min").institution == sjtu
    # Nor can an author move their own contributor to another institution.
    own = Contributor.objects.get(name="Zhou Min")
    client.post(f"/admin/snippets/courses/contributor/edit/{own.pk}/", contributor_form(own, institution=lyon.pk))
    own.refresh_from_db()
    assert own.institution == sjtu


def test_site_managers_edit_every_institutions_contributors(client):
    manager = User.objects.create_user("manager.people", password="a-long-test-password")
    manager.groups.add(Group.objects.get(name="Site managers"))
    client.force_login(manager)
    other = contributor_of("ottawa")
    response = client.post(
        f"/admin/snippets/courses/contributor/edit/{other.pk}/", contributor_form(other, title="Dean of Medicine")
    )
    assert response.status_code == 302
    other.refresh_from_db()
    assert other.title == "Dean of Medicine"


def test_the_contributor_policy_holds_for_deletion_and_bulk_actions():
    policy = policy_registry.get_by_type(Contributor)
    manager = User.objects.create_user("manager.bulk", password="a-long-test-password")
    manager.groups.add(Group.objects.get(name="Site managers"))
    assert policy.user_has_permission_for_instance(manager, "delete", contributor_of("ottawa"))
    assert not policy.user_has_permission_for_instance(account("prof.lyon"), "delete", contributor_of("lyon"))
    editable = policy.instances_user_has_permission_for(account("prof.lyon"), "change")
    assert editable.exists()
    assert set(editable.values_list("institution__slug", flat=True)) == {"lyon"}
    assert not policy.instances_user_has_permission_for(account("student"), "change").exists()


def test_publishing_a_new_institution_in_the_admin_gives_it_its_group_and_collection(client):
    """One admin action, no command: a site manager adds Fudan in the French tree and publishes it."""
    manager = User.objects.create_user("manager.fudan", password="a-long-test-password")
    manager.groups.add(Group.objects.get(name="Site managers"))
    client.force_login(manager)
    library = InstitutionPage.objects.get(slug="lyon", locale__language_code="fr").get_parent()
    form = {
        "title": "Université Fudan",
        "slug": "fudan",
        "short_name": "Fudan",
        "city": "Shanghai",
        "country": "Chine",
        "introduction": "",
        "website": "",
        "action-publish": "publish",
    }
    response = client.post(f"/admin/pages/add/courses/institutionpage/{library.pk}/", form)
    assert response.status_code == 302, response.content.decode()[:2000]
    fudan = InstitutionPage.objects.get(slug="fudan")
    assert fudan.live
    group = Group.objects.get(name="Authors — Fudan")
    assert GroupPagePermission.objects.filter(group=group, page=fudan).count() == 2
    assert Collection.objects.filter(name="Université Fudan").exists()


def test_ownership_holds_through_the_admins_side_doors(client):
    """Bulk actions, copy, move, revisions, revert and the admin API refuse what the editor refuses."""
    client.force_login(account("prof.lyon"))
    module = ottawa_module()
    lyon = InstitutionPage.objects.get(slug="lyon", locale__language_code="en")
    revision = module.latest_revision
    live_revision = module.live_revision_id

    client.post(f"/admin/bulk/wagtailcore/page/delete/?id={module.pk}", {})
    client.post(f"/admin/bulk/wagtailcore/page/unpublish/?id={module.pk}", {})
    client.post(f"/admin/bulk/wagtailcore/page/move/?id={module.pk}", {"chooser": lyon.pk})
    client.post(f"/admin/pages/{module.pk}/move/{lyon.pk}/confirm/")
    client.post(
        f"/admin/pages/{module.pk}/copy/", {"new_title": "Taken", "new_slug": "taken", "new_parent_page": lyon.pk}
    )
    client.post(f"/admin/pages/{module.pk}/revisions/{revision.pk}/revert/")
    client.post(f"/admin/pages/{module.pk}/lock/")
    module.refresh_from_db()
    assert module.live and module.live_revision_id == live_revision and not module.locked
    assert module.get_parent().specific.slug == "ottawa"
    assert not ModulePage.objects.filter(slug="taken").exists()

    assert client.get(f"/admin/pages/{module.pk}/revisions/{revision.pk}/view/").status_code in (302, 403)
    assert client.get(f"/admin/pages/{module.pk}/copy/").status_code in (302, 403)
    # The admin API lists only what the author may explore: their own section and its ancestors.
    assert client.get(f"/admin/api/main/pages/{module.pk}/").status_code == 404
    ottawa = module.get_parent()
    assert client.get(f"/admin/api/main/pages/{ottawa.pk}/").status_code == 404
    children = client.get("/admin/api/main/pages/", {"child_of": ottawa.pk})
    assert children.status_code in (400, 404) or children.json()["items"] == []
    own = client.get("/admin/api/main/pages/", {"child_of": lyon.pk}).json()["items"]
    assert own and all(item["meta"]["type"] == "courses.ModulePage" for item in own)
    assert not module.permissions_for_user(account("reviewer.sjtu")).can_copy()
