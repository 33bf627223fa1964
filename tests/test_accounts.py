"""Accounts: every account belongs to one institution, shown and edited by site managers (issue 6)."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from accounts.models import User
from courses.models import InstitutionPage


def test_accounts_use_the_projects_own_user_model():
    # Set from the first migration: a later switch would mean migrating every account by hand.
    assert get_user_model() is User


@pytest.fixture
def manager_client(client, db):
    manager = User.objects.create_user(
        "manager.accounts",
        password="a-long-test-password",
        institution=InstitutionPage.objects.get(slug="ottawa", locale__language_code="en"),
    )
    manager.groups.add(Group.objects.get(name="Site managers"))
    client.force_login(manager)
    return client


def new_account(**overrides):
    return {
        "username": "prof.fudan",
        "email": "prof.fudan@medhum.invalid",
        "first_name": "Min",
        "last_name": "Zhou",
        "password1": "a-long-new-password-7",
        "password2": "a-long-new-password-7",
        "groups": [Group.objects.get(name="Authors — SJTU").pk],
        **overrides,
    }


def test_a_new_account_needs_its_institution(manager_client):
    response = manager_client.post("/admin/users/new/", new_account())
    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    assert not User.objects.filter(username="prof.fudan").exists()

    sjtu = InstitutionPage.objects.get(slug="sjtu", locale__language_code="en")
    response = manager_client.post("/admin/users/new/", new_account(institution=sjtu.pk))
    assert response.status_code == 302
    assert User.objects.get(username="prof.fudan").institution == sjtu


def test_site_managers_see_and_change_an_accounts_institution(manager_client):
    student = User.objects.get(username="student")
    edit = manager_client.get(f"/admin/users/edit/{student.pk}/")
    assert edit.status_code == 200
    assert 'name="institution"' in edit.content.decode()

    ottawa = InstitutionPage.objects.get(slug="ottawa", locale__language_code="en")
    form = {
        "username": "student",
        "email": student.email,
        "first_name": "Léa",
        "last_name": "Roux",
        "is_active": "on",
        "groups": list(student.groups.values_list("pk", flat=True)),
        "institution": ottawa.pk,
        "password1": "",
        "password2": "",
    }
    assert manager_client.post(f"/admin/users/edit/{student.pk}/", form).status_code == 302
    student.refresh_from_db()
    assert student.institution == ottawa

    listing = manager_client.get("/admin/users/", {"institution": ottawa.pk}).content.decode()
    assert "Institution" in listing
    assert "student" in listing and "prof.lyon" not in listing


def test_a_hostile_institution_value_is_a_form_error(manager_client):
    for value in ("999999", "lyon", "' OR 1=1 --"):
        response = manager_client.post("/admin/users/new/", new_account(institution=value))
        assert response.status_code == 200
        assert "Select a valid choice" in response.content.decode()
    # SQLite cannot even compare a 400-digit number: a 400 with a message, never a 500.
    response = manager_client.post("/admin/users/new/", new_account(institution="1" * 400))
    assert response.status_code in (200, 400)
    assert not User.objects.filter(username="prof.fudan").exists()
    for value in ("not-a-number", "9" * 400):
        assert manager_client.get("/admin/users/", {"institution": value}).status_code in (200, 400)


@pytest.mark.django_db
def test_authors_cannot_manage_accounts(client):
    client.force_login(User.objects.get(username="prof.lyon"))
    response = client.get("/admin/users/")
    assert response.status_code in (302, 403)
    assert client.post("/admin/users/new/", new_account()).status_code in (302, 403)
    assert not User.objects.filter(username="prof.fudan").exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("username", "language", "dashboard"),
    [("prof.sjtu", "zh-hans", "控制面板"), ("prof.lyon", "fr", "Tableau de bord"), ("prof.ottawa", "en", "Dashboard")],
)
def test_each_professor_works_in_an_admin_in_their_language(client, username, language, dashboard):
    client.force_login(User.objects.get(username=username))
    html = client.get("/admin/").content.decode()
    assert f'<html lang="{language}"' in html
    assert dashboard in html


@pytest.mark.django_db
def test_an_editor_chooses_the_admin_language_among_the_partnerships_three(client):
    from wagtail.users.models import UserProfile

    user = User.objects.get(username="prof.ottawa")
    client.force_login(user)
    page = client.get("/admin/account/").content.decode()
    assert 'value="zh-hans"' in page and 'value="de"' not in page
    response = client.post(
        "/admin/account/",
        {
            "name_email-email": user.email,
            "name_email-first_name": user.first_name,
            "name_email-last_name": user.last_name,
            "locale-preferred_language": "fr",
            "locale-current_time_zone": "",
            "theme-theme": "system",
            "theme-density": "default",
            "theme-contrast": "system",
            "theme-keyboard_shortcuts": "on",
            "notifications-approved_notifications": "on",
            "notifications-rejected_notifications": "on",
            "notifications-updated_comments_notifications": "on",
        },
    )
    assert response.status_code == 302
    assert UserProfile.get_for_user(user).preferred_language == "fr"
    assert '<html lang="fr"' in client.get("/admin/").content.decode()
