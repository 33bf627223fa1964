"""Sign-in protection (issue 9, point 2): lockout after repeated failures per account and address, on the
site's sign-in and the admin's, behind a reverse proxy; the way back; password rules."""

import re
from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core import mail
from django.core.exceptions import ValidationError
from django.test import RequestFactory
from django.utils import timezone, translation
from django.utils.translation import gettext

from medhum.security import client_address

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-test-password"
SIGN_IN = "/en/accounts/sign-in/"
ADMIN_SIGN_IN = "/admin/login/"
LIMIT = 5


@pytest.fixture
def reader(db):
    return get_user_model().objects.create_user("reader.lock", "reader.lock@medhum.invalid", PASSWORD)


@pytest.fixture
def colleague(db):
    return get_user_model().objects.create_user("colleague.lock", "colleague.lock@medhum.invalid", PASSWORD)


def sign_in(client, username, password, url=SIGN_IN, **headers):
    return client.post(url, {"username": username, "password": password}, **headers)


def fail(client, username, times=LIMIT, url=SIGN_IN, **headers):
    for _ in range(times):
        response = sign_in(client, username, "not-the-password", url=url, **headers)
        assert response.status_code in (200, 429)
    return response


def signed_in(response):
    return response.status_code == 302


@pytest.mark.parametrize("url", [SIGN_IN, ADMIN_SIGN_IN])
def test_five_failures_pause_the_account_from_that_address_even_with_the_right_password(client, reader, url):
    assert fail(client, reader.username, times=LIMIT - 1, url=url).status_code == 200
    last = sign_in(client, reader.username, "not-the-password", url=url)
    assert last.status_code == 429
    response = sign_in(client, reader.username, PASSWORD, url=url)
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    page = response.content.decode()
    assert "Sign-in paused" in page
    assert "There were 5 failed attempts to sign in to this account from your network." in page
    assert "Wait 15 minutes, then sign in again with the right password." in page
    assert 'href="/en/accounts/password-reset/"' in page


@pytest.mark.parametrize("language", ["fr", "zh-hans"])
def test_the_lockout_page_speaks_the_readers_language(client, reader, language):
    fail(client, reader.username, url=f"/{language}/accounts/sign-in/")
    response = sign_in(client, reader.username, PASSWORD, url=f"/{language}/accounts/sign-in/")
    assert response.status_code == 429
    with translation.override(language):
        assert gettext("Sign-in paused") != "Sign-in paused"
        assert gettext("Sign-in paused") in response.content.decode()
    assert f'href="/{language}/accounts/password-reset/"' in response.content.decode()


def test_a_shared_address_does_not_lock_out_the_others_behind_it(client, reader, colleague):
    fail(client, reader.username)
    assert sign_in(client, reader.username, PASSWORD).status_code == 429
    assert signed_in(sign_in(client, colleague.username, PASSWORD))


def test_behind_the_proxy_each_reader_is_counted_at_their_own_address(client, reader, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    fail(client, reader.username, HTTP_X_FORWARDED_FOR="198.51.100.7", REMOTE_ADDR="10.0.0.2")
    assert sign_in(client, reader.username, PASSWORD, HTTP_X_FORWARDED_FOR="198.51.100.7").status_code == 429
    # The proxy's own address is not the reader's: someone elsewhere signs in as usual.
    assert signed_in(sign_in(client, reader.username, PASSWORD, HTTP_X_FORWARDED_FOR="203.0.113.9"))
    assert AccessAttempt.objects.get(username=reader.username).ip_address == "198.51.100.7"


def test_a_forged_forwarded_address_does_not_escape_the_lockout(client, reader, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    for forged in range(LIMIT):
        # The client writes what it likes on the left; the proxy appends the address it really saw.
        sign_in(client, reader.username, "wrong", HTTP_X_FORWARDED_FOR=f"192.0.2.{forged}, 198.51.100.7")
    response = sign_in(client, reader.username, PASSWORD, HTTP_X_FORWARDED_FOR="192.0.2.99, 198.51.100.7")
    assert response.status_code == 429


def test_without_a_proxy_a_forwarded_header_is_ignored(client, reader, settings):
    settings.TRUSTED_PROXY_COUNT = 0
    for forged in range(LIMIT):
        sign_in(client, reader.username, "wrong", HTTP_X_FORWARDED_FOR=f"192.0.2.{forged}")
    assert sign_in(client, reader.username, PASSWORD, HTTP_X_FORWARDED_FOR="192.0.2.200").status_code == 429


@pytest.mark.parametrize(
    ("proxies", "forwarded", "expected"),
    [
        (0, "198.51.100.7", "10.0.0.2"),
        (1, "198.51.100.7", "198.51.100.7"),
        (1, "192.0.2.1, 198.51.100.7", "198.51.100.7"),
        (2, "192.0.2.1, 198.51.100.7, 10.0.0.9", "198.51.100.7"),
        (2, "198.51.100.7", "10.0.0.2"),  # fewer hops than proxies: the header was not written by them
        (1, "not-an-address", "10.0.0.2"),
        (1, "", "10.0.0.2"),
        (1, "2001:db8::1", "2001:db8::1"),
    ],
)
def test_client_address(settings, proxies, forwarded, expected):
    settings.TRUSTED_PROXY_COUNT = proxies
    request = RequestFactory().get("/", HTTP_X_FORWARDED_FOR=forwarded, REMOTE_ADDR="10.0.0.2")
    assert client_address(request) == expected


def test_a_success_clears_earlier_failures(client, reader):
    fail(client, reader.username, times=LIMIT - 1)
    assert signed_in(sign_in(client, reader.username, PASSWORD))
    client.logout()
    fail(client, reader.username, times=LIMIT - 1)
    assert signed_in(sign_in(client, reader.username, PASSWORD))


def test_the_pause_ends_after_fifteen_minutes(client, reader):
    fail(client, reader.username)
    assert sign_in(client, reader.username, PASSWORD).status_code == 429
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=16))
    assert signed_in(sign_in(client, reader.username, PASSWORD))


def test_a_new_password_from_the_emailed_link_lifts_the_pause(client, reader):
    fail(client, reader.username)
    assert sign_in(client, reader.username, PASSWORD).status_code == 429
    client.post("/en/accounts/password-reset/", {"email": reader.email})
    link = re.search(r"https?://[^/\s]+(/en/accounts/password-reset/\S+/)", mail.outbox[-1].body).group(1)
    form_url = client.get(link).url  # Django swaps the token for a session key, then shows the form
    new_password = "another-long-password-7"
    response = client.post(form_url, {"new_password1": new_password, "new_password2": new_password})
    assert response.status_code == 302
    assert not AccessAttempt.objects.filter(username=reader.username).exists()
    assert signed_in(sign_in(client, reader.username, new_password))


@pytest.mark.parametrize(
    ("password", "reason"),
    [
        ("short7x", "too short"),
        ("password123", "too common"),
        ("4815162342108", "entirely numeric"),
        ("reader.lock.2026", "too similar"),
    ],
)
def test_passwords_follow_the_rules(reader, password, reason):
    with pytest.raises(ValidationError, match=reason):
        validate_password(password, user=reader)


def test_a_weak_new_password_is_refused_with_a_reason(client, reader):
    client.post("/en/accounts/password-reset/", {"email": reader.email})
    link = re.search(r"https?://[^/\s]+(/en/accounts/password-reset/\S+/)", mail.outbox[-1].body).group(1)
    form_url = client.get(link).url
    response = client.post(form_url, {"new_password1": "12345678", "new_password2": "12345678"})
    assert response.status_code == 200
    assert "This password is too short" in response.content.decode()
    reader.refresh_from_db()
    assert reader.check_password(PASSWORD)
