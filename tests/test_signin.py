"""Signed-in reading: sign-in and sign-out on the site, password reset by email, sessions that end with
the reading day, and lessons kept for signed-in readers (issue 6, point 5)."""

import re
import xml.etree.ElementTree as ElementTree
from datetime import timedelta
from urllib.parse import quote

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.core import mail
from django.test import Client
from django.utils import timezone, translation
from django.utils.translation import gettext
from wagtail.models import PageViewRestriction

from tests.builders import build_lesson, build_module
from tests.test_search import lesson_with_text

pytestmark = pytest.mark.django_db

DEMO_PASSWORD = "medhum-demo"
LANGUAGES = ["en", "fr", "zh-hans"]


def sign_in_url(language="en"):
    return f"/{language}/accounts/sign-in/"


def restrict(page, restriction_type=PageViewRestriction.LOGIN):
    return PageViewRestriction.objects.create(page=page, restriction_type=restriction_type)


@pytest.fixture
def module_with_restricted_lesson(db):
    """A French module: a public lesson, then one kept for signed-in readers."""
    module = build_module(lessons=1, language="fr", title="Module de test")
    lesson = build_lesson(module, title="Leçon réservée")
    restrict(lesson)
    public = module.get_children().first().specific
    return module, public, lesson


# Sign-in and sign-out


@pytest.mark.parametrize("language", LANGUAGES)
def test_header_offers_sign_in_back_to_the_page_being_read(client, language):
    content = client.get(f"/{language}/library/").content.decode()
    assert f'href="{sign_in_url(language)}?next=/{language}/library/"' in content
    assert "account-menu__button" not in content  # no sign-out button


@pytest.mark.parametrize("language", LANGUAGES)
def test_sign_in_page_speaks_the_language_of_its_address(client, language):
    response = client.get(sign_in_url(language))
    assert response.status_code == 200
    content = response.content.decode()
    assert f'<html lang="{language}"' in content
    assert '<label for="id_username">' in content and '<label for="id_password">' in content
    assert 'autocomplete="current-password"' in content
    assert f'href="/{language}/accounts/password-reset/"' in content
    assert '<meta name="robots" content="noindex">' in content


@pytest.mark.parametrize("language", LANGUAGES)
def test_signing_in_without_next_lands_on_the_home_page_of_that_language(client, language):
    response = client.post(sign_in_url(language), {"username": "student", "password": DEMO_PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == f"/{language}/"
    assert client.get(f"/{language}/").context["user"].username == "student"


def test_signing_in_follows_next_on_this_site(client):
    response = client.post(
        sign_in_url("fr"), {"username": "student", "password": DEMO_PASSWORD, "next": "/fr/library/?theme=ethics"}
    )
    assert response["Location"] == "/fr/library/?theme=ethics"


@pytest.mark.parametrize(
    "next_url",
    [
        "https://evil.example/",
        "//evil.example/",
        "https:evil.example",
        "/\\evil.example",
        "javascript:alert(1)",
        " javascript:alert(1)",
        "http://testserver@evil.example/",
    ],
)
def test_sign_in_never_sends_a_reader_off_the_site(client, next_url):
    page = client.get(sign_in_url(), {"next": next_url})
    assert page.status_code == 200
    assert "evil.example" not in page.content.decode() and "javascript:" not in page.content.decode()
    response = client.post(sign_in_url(), {"username": "student", "password": DEMO_PASSWORD, "next": next_url})
    assert response.status_code == 302
    assert response["Location"] == "/en/"


def test_an_overlong_next_falls_back_to_the_home_page(client):
    next_url = "/en/" + "a" * 5000  # Django refuses to check addresses this long
    assert client.get(sign_in_url(), {"next": next_url}).status_code == 200
    response = client.post(sign_in_url(), {"username": "student", "password": DEMO_PASSWORD, "next": next_url})
    assert response["Location"] == "/en/"


def test_a_wrong_password_is_a_form_error_that_is_announced(client):
    response = client.post(sign_in_url(), {"username": "student", "password": "not-the-password"})
    assert response.status_code == 200
    content = response.content.decode()
    assert 'role="alert"' in content
    assert "<title>Error: " in content
    assert not response.context["user"].is_authenticated


@pytest.mark.parametrize(
    "data",
    [
        {"username": "s" * 10_000, "password": "x"},
        {"username": "student\x00", "password": DEMO_PASSWORD},
        {"username": "student", "password": DEMO_PASSWORD + "\x00"},
        {"username": "", "password": ""},
        {"username": ["student", "admin"], "password": DEMO_PASSWORD * 1000},
    ],
)
def test_hostile_sign_in_input_is_a_form_error(client, data):
    response = client.post(sign_in_url(), data)
    assert response.status_code == 200
    assert 'role="alert"' in response.content.decode()
    assert not response.context["user"].is_authenticated


def test_header_shows_the_readers_name_and_a_sign_out_button(client):
    student = get_user_model().objects.get(username="student")
    client.force_login(student)
    content = client.get("/fr/").content.decode()
    assert f"{student.get_full_name() or student.username}</li>" in content
    assert re.search(
        r'<form class="account-menu__form" method="post" action="/fr/accounts/sign-out/">\s*'
        r'<input type="hidden" name="csrfmiddlewaretoken"',
        content,
    )
    assert "/accounts/sign-in/" not in content
    assert 'class="account-menu__link" href="/admin/"' not in content  # students have no admin


def test_the_sign_in_page_tells_a_signed_in_reader_who_they_are(client):
    # Reached from a lesson kept for some groups: the reader may need another account.
    client.force_login(get_user_model().objects.get(username="student"))
    response = client.get(sign_in_url(), {"next": "/en/library/"})
    assert response.status_code == 200
    assert 'class="account-notice" role="status"' in response.content.decode()


def test_header_shows_a_full_name_where_the_account_has_one(client):
    user = get_user_model().objects.create_user("marie", "marie@medhum.invalid", "a-long-test-password")
    user.first_name, user.last_name = "Marie", "Curie"
    user.save()
    client.force_login(user)
    assert "Marie Curie</li>" in client.get("/en/").content.decode()


@pytest.mark.parametrize(("username", "has_admin_link"), [("prof.lyon", True), ("admin", True), ("student", False)])
def test_header_links_to_the_admin_only_for_those_who_may_use_it(client, username, has_admin_link):
    client.force_login(get_user_model().objects.get(username=username))
    content = client.get("/en/").content.decode()
    assert ('<a class="account-menu__link" href="/admin/">Admin</a>' in content) is has_admin_link


def test_signing_out_is_a_post_that_ends_the_session(client):
    client.force_login(get_user_model().objects.get(username="student"))
    response = client.post("/zh-hans/accounts/sign-out/")
    assert response.status_code == 200
    assert '<html lang="zh-hans"' in response.content.decode()
    assert not response.context["user"].is_authenticated
    assert 'href="/zh-hans/accounts/sign-in/' in client.get("/zh-hans/").content.decode()


def test_opening_the_sign_out_address_offers_the_button_and_signs_nobody_out(client):
    client.force_login(get_user_model().objects.get(username="student"))
    response = client.get("/en/accounts/sign-out/")
    assert response.status_code == 200
    assert response.context["user"].is_authenticated
    assert 'action="/en/accounts/sign-out/"' in response.content.decode()
    assert client.get("/en/").context["user"].is_authenticated


def test_signing_out_needs_the_csrf_token():
    client = Client(enforce_csrf_checks=True)
    client.force_login(get_user_model().objects.get(username="student"))
    assert client.post("/en/accounts/sign-out/").status_code == 403
    assert client.get("/en/").context["user"].is_authenticated


def test_sign_out_does_not_follow_next_off_the_site(client):
    client.force_login(get_user_model().objects.get(username="student"))
    response = client.post("/en/accounts/sign-out/", {"next": "https://evil.example/"})
    assert response.status_code == 200
    assert not response.context["user"].is_authenticated


# Password reset by email


def reset_link(message):
    match = re.search(r"http://testserver(/\S+/accounts/password-reset/\S+/\S+/)", message.body)
    assert match, message.body
    return match.group(1)


@pytest.mark.parametrize("language", LANGUAGES)
def test_password_reset_by_email_end_to_end(client, language):
    user = get_user_model().objects.get(username="student")
    response = client.post(f"/{language}/accounts/password-reset/", {"email": "Student@medhum.invalid"})
    assert response.status_code == 302
    assert response["Location"] == f"/{language}/accounts/password-reset/sent/"
    assert client.get(response["Location"]).status_code == 200

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["student@medhum.invalid"]
    with translation.override(language):  # the email speaks the language the reader asked in
        assert message.subject == gettext("Choose a new password for MedHum Commons")
        assert message.body.startswith(gettext("Hello,"))
    assert "student" in message.body
    link = reset_link(message)
    assert link.startswith(f"/{language}/accounts/password-reset/")

    form = client.get(link, follow=True)
    assert form.status_code == 200
    assert form.context["validlink"]
    set_password_url = form.redirect_chain[-1][0]
    assert set_password_url.startswith(f"/{language}/accounts/password-reset/")
    assert '<label for="id_new_password1">' in form.content.decode()

    done = client.post(
        set_password_url, {"new_password1": "readings-on-empathy-42", "new_password2": "readings-on-empathy-42"}
    )
    assert done["Location"] == f"/{language}/accounts/password-reset/complete/"
    complete = client.get(done["Location"]).content.decode()
    assert f'href="/{language}/accounts/sign-in/"' in complete

    user.refresh_from_db()
    assert user.check_password("readings-on-empathy-42")
    signed_in = client.post(
        f"/{language}/accounts/sign-in/", {"username": "student", "password": "readings-on-empathy-42"}
    )
    assert signed_in["Location"] == f"/{language}/"

    # The link works once.
    client.logout()
    used = client.get(link, follow=True)
    assert not used.context["validlink"]
    assert f'href="/{language}/accounts/password-reset/"' in used.content.decode()


def test_password_reset_does_not_say_whether_an_address_has_an_account(client):
    known = client.post("/en/accounts/password-reset/", {"email": "student@medhum.invalid"})
    unknown = client.post("/en/accounts/password-reset/", {"email": "nobody@medhum.invalid"})
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]
    assert [message.to for message in mail.outbox] == [["student@medhum.invalid"]]


@pytest.mark.parametrize("email", ["not-an-address", "a" * 300 + "@medhum.invalid", "", "student@medhum.invalid\x00"])
def test_password_reset_refuses_bad_addresses_with_a_form_error(client, email):
    response = client.post("/en/accounts/password-reset/", {"email": email})
    assert response.status_code == 200
    content = response.content.decode()
    assert 'role="alert"' in content and 'aria-invalid="true"' in content
    assert mail.outbox == []


def test_a_new_password_must_satisfy_the_password_rules(client):
    client.post("/fr/accounts/password-reset/", {"email": "student@medhum.invalid"})
    form = client.get(reset_link(mail.outbox[0]), follow=True)
    url = form.redirect_chain[-1][0]
    for first, second in [("12345", "12345"), ("password123", "password123"), ("a-good-long-one", "a-different-one")]:
        response = client.post(url, {"new_password1": first, "new_password2": second})
        assert response.status_code == 200
        content = response.content.decode()
        assert 'role="alert"' in content and 'aria-invalid="true"' in content
    assert get_user_model().objects.get(username="student").check_password(DEMO_PASSWORD)


@pytest.mark.parametrize(
    ("uidb64", "token"),
    [
        ("bm9ib2R5", "abc-123"),  # "nobody"
        ("OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5", "abc-123"),  # a number beyond any database integer
        ("_w", "abc-123"),  # not UTF-8 once decoded
        ("!!!", "x" * 2000),
        ("MQ", "set-password"),  # the session's marker, without the session
    ],
)
def test_a_broken_reset_link_says_it_no_longer_works(client, uidb64, token):
    response = client.get(f"/en/accounts/password-reset/{uidb64}/{token}/", follow=True)
    assert response.status_code == 200
    assert not response.context["validlink"]
    assert "This link no longer works" in response.content.decode()
    post = client.post(f"/en/accounts/password-reset/{uidb64}/{token}/", {"new_password1": "x", "new_password2": "x"})
    assert post.status_code == 200


# Sessions


def test_a_session_lasts_one_reading_day():
    assert 60 * 60 <= settings.SESSION_COOKIE_AGE <= 12 * 60 * 60
    assert not settings.SESSION_EXPIRE_AT_BROWSER_CLOSE  # a reader can close the laptop between lessons


def test_an_expired_session_is_treated_as_anonymous(client, module_with_restricted_lesson):
    _module, _public, lesson = module_with_restricted_lesson
    client.post(sign_in_url(), {"username": "student", "password": DEMO_PASSWORD})
    assert client.get(lesson.url).status_code == 200
    Session.objects.filter(session_key=client.session.session_key).update(
        expire_date=timezone.now() - timedelta(seconds=1)
    )
    home = client.get("/en/")
    assert not home.context["user"].is_authenticated
    assert 'href="/en/accounts/sign-in/' in home.content.decode()
    assert client.get(lesson.url).status_code == 302


def test_signing_in_sets_a_session_cookie_of_one_reading_day(client):
    response = client.post(sign_in_url(), {"username": "student", "password": DEMO_PASSWORD})
    assert response.cookies[settings.SESSION_COOKIE_NAME]["max-age"] == settings.SESSION_COOKIE_AGE


# Lessons kept for signed-in readers


def test_an_anonymous_reader_is_sent_to_sign_in_in_the_lessons_language_and_back(client, module_with_restricted_lesson):
    _module, _public, lesson = module_with_restricted_lesson
    assert lesson.url.startswith("/fr/")
    response = client.get(lesson.url)
    assert response.status_code == 302
    assert response["Location"] == f"/fr/accounts/sign-in/?next={quote(lesson.url)}"
    assert "no-cache" in response["Cache-Control"] or "private" in response["Cache-Control"]

    sign_in = client.get(response["Location"])
    assert f'<input type="hidden" name="next" value="{lesson.url}">' in sign_in.content.decode()
    back = client.post("/fr/accounts/sign-in/", {"username": "student", "password": DEMO_PASSWORD, "next": lesson.url})
    assert back["Location"] == lesson.url
    reading = client.get(lesson.url)
    assert reading.status_code == 200
    assert "Leçon réservée" in reading.content.decode()


def test_the_module_page_lists_a_restricted_lesson_to_everyone_marked_for_anonymous_readers(
    client, module_with_restricted_lesson
):
    module, public, lesson = module_with_restricted_lesson
    anonymous = client.get(module.url).content.decode()
    assert f'href="{public.url}">{public.title}</a>' in anonymous
    assert re.search(rf'href="{re.escape(lesson.url)}">Leçon réservée <span class="sign-in-note" lang="fr">', anonymous)
    assert anonymous.count('class="sign-in-note"') == 1

    client.force_login(get_user_model().objects.get(username="student"))
    signed_in = client.get(module.url).content.decode()
    assert f'href="{lesson.url}">Leçon réservée</a>' in signed_in
    assert "sign-in-note" not in signed_in


def test_lessons_kept_for_some_groups_are_not_listed(client):
    module = build_module(lessons=1)
    lesson = build_lesson(module, title="Teaching staff only")
    restrict(lesson, PageViewRestriction.GROUPS)
    client.force_login(get_user_model().objects.get(username="student"))
    assert "Teaching staff only" not in client.get(module.url).content.decode()


def test_next_and_previous_links_mark_a_restricted_lesson_for_anonymous_readers(client, module_with_restricted_lesson):
    module, public, lesson = module_with_restricted_lesson
    content = client.get(public.url).content.decode()
    assert re.search(
        rf'rel="next" href="{re.escape(lesson.url)}">.*Leçon réservée <span class="sign-in-note"',
        content,
    )
    client.force_login(get_user_model().objects.get(username="student"))
    response = client.get(lesson.url)
    assert f'rel="prev" href="{public.url}"' in response.content.decode()
    assert (response.context["lesson_number"], len(response.context["lessons"])) == (2, 2)


def test_restricted_lessons_stay_out_of_the_api(client, module_with_restricted_lesson):
    module, public, lesson = module_with_restricted_lesson
    listed = client.get("/api/v2/pages/", {"child_of": module.pk}).json()
    assert [item["id"] for item in listed["items"]] == [public.pk]
    assert client.get(f"/api/v2/pages/{lesson.pk}/").status_code == 404


def test_restricted_lessons_stay_out_of_the_sitemap(client, module_with_restricted_lesson):
    module, public, lesson = module_with_restricted_lesson
    urlset = ElementTree.fromstring(client.get("/sitemap.xml").content)
    locations = {url.find("{http://www.sitemaps.org/schemas/sitemap/0.9}loc").text for url in urlset}
    assert f"http://localhost{public.url}" in locations
    assert f"http://localhost{lesson.url}" not in locations


def test_restricted_lessons_are_never_quoted_in_the_feed(client, module_with_restricted_lesson):
    module, public, lesson = module_with_restricted_lesson
    content = client.get("/fr/library/feed/").content.decode()
    assert "Module de test" in content
    assert "Leçon réservée" not in content and lesson.url not in content


@pytest.mark.parametrize("signed_in", [False, True])
def test_restricted_lessons_are_never_found_nor_quoted_by_search(client, signed_in):
    public = lesson_with_text("Zythophile readers discuss consent.", title="Open zythophile lesson")
    private = lesson_with_text("Zythophile students keep a private journal.", title="Kept zythophile lesson")
    restrict(private)
    if signed_in:
        client.force_login(get_user_model().objects.get(username="student"))
    content = client.get("/en/search/", {"q": "zythophile"}).content.decode()
    assert public.url in content
    assert private.url not in content and "private journal" not in content and "Kept zythophile" not in content


# Page privacy in the admin: signed-in readers or groups, never a shared password


def privacy_url(page):
    return f"/admin/pages/{page.pk}/privacy/"


def test_the_admin_privacy_form_offers_no_shared_password(client, module_with_restricted_lesson):
    _module, public, _lesson = module_with_restricted_lesson
    client.force_login(get_user_model().objects.get(username="admin"))
    response = client.get(privacy_url(public))
    assert response.status_code == 200
    html = response.json()["html"]
    assert 'value="login"' in html
    assert 'value="password"' not in html and 'name="password"' not in html


def test_a_crafted_shared_password_restriction_is_refused(client, module_with_restricted_lesson):
    _module, public, _lesson = module_with_restricted_lesson
    client.force_login(get_user_model().objects.get(username="admin"))
    response = client.post(privacy_url(public), {"restriction_type": "password", "password": "class-of-2025"})
    assert response.status_code == 200
    assert response.json()["step"] == "set_privacy"  # the form again, with its error: nothing saved
    assert not PageViewRestriction.objects.filter(page=public).exists()
    assert not PageViewRestriction.objects.filter(restriction_type=PageViewRestriction.PASSWORD).exists()

    client.post(privacy_url(public), {"restriction_type": "login"})
    assert PageViewRestriction.objects.get(page=public).restriction_type == PageViewRestriction.LOGIN


def test_document_collections_offer_no_shared_password_either():
    from wagtail.admin.forms.collections import CollectionViewRestrictionForm

    form = CollectionViewRestrictionForm()
    assert "password" not in form.fields
    assert "password" not in dict(form.fields["restriction_type"].choices)
