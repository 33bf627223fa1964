"""Two-factor sign-in for every account that may use the admin (issue 9, point 2; accounts.two_factor)."""

import base64
import io
import re
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.utils import timezone, translation
from django.utils.translation import gettext
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("two_factor_on")]

DEMO_PASSWORD = "medhum-demo"
SETUP = "/en/accounts/two-factor/setup/"
VERIFY = "/en/accounts/two-factor/"


@pytest.fixture
def two_factor_on(settings):
    settings.TWO_FACTOR_REQUIRED = True


def code_for(device, steps_ahead=0):
    """The code the app shows now (or in a following 30-second step: a code is accepted once only)."""
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits, drift=steps_ahead):06d}"


def unthrottle(username):
    """django-otp pauses a device for a second after a wrong code, doubling with each one: tests skip it."""
    for model in (TOTPDevice, StaticDevice):
        model.objects.filter(user__username=username).update(
            throttling_failure_timestamp=None, throttling_failure_count=0
        )


def sign_in(client, username, password=DEMO_PASSWORD, url="/en/accounts/sign-in/", next_url=None):
    data = {"username": username, "password": password}
    if next_url:
        data["next"] = next_url
    return client.post(url, data)


def set_up_app(client, username):
    sign_in(client, username)
    client.get(SETUP)
    device = TOTPDevice.objects.get(user__username=username, confirmed=False)
    response = client.post(SETUP, {"code": code_for(device), "next": "/admin/"})
    assert response.status_code == 200
    return device, re.findall(r"<li><code>([a-z0-9]+)</code></li>", response.content.decode())


@pytest.mark.parametrize("username", ["prof.lyon", "reviewer.ottawa", "instructor.ottawa", "admin"])
def test_after_the_password_an_admin_account_reaches_nothing_before_its_second_factor(client, username):
    assert sign_in(client, username).status_code == 302
    for address in ["/admin/", "/admin/pages/", "/en/", "/fr/library/", "/api/v2/pages/", "/en/no-such-page/"]:
        response = client.get(address)
        assert response.status_code == 302, address
        assert re.match(r"/(en|fr)/accounts/two-factor/setup/\?next=", response.url), (address, response.url)
    # Signing out stays open.
    assert client.post("/en/accounts/sign-out/").status_code == 200
    assert "_auth_user_id" not in client.session


def test_readers_without_admin_access_sign_in_with_their_password_alone(client):
    sign_in(client, "student")
    assert client.get("/en/").status_code == 200
    # A reader is never asked, so never sets one up either.
    assert client.get(SETUP).url == "/en/"
    assert client.get(VERIFY + "?next=/en/library/").url == "/en/library/"
    assert not TOTPDevice.objects.filter(user__username="student").exists()


def test_setting_up_the_app_shows_a_qr_code_and_the_key_then_ten_recovery_codes(client):
    sign_in(client, "prof.lyon")
    page = client.get(SETUP + "?next=/admin/pages/").content.decode()
    device = TOTPDevice.objects.get(user__username="prof.lyon", confirmed=False)
    assert '<div role="img" aria-label="QR code for your authenticator app"><svg' in page
    key = re.search(r'<code class="qr-code__key" translate="no">([A-Z2-7 ]+)</code>', page).group(1)
    assert base64.b32decode(key.replace(" ", "")) == device.bin_key
    assert client.get(SETUP).content.decode().count(key) == 1  # the same secret until it is confirmed

    wrong = client.post(SETUP, {"code": "000000"})
    assert wrong.status_code == 200
    assert "That code is not right" in wrong.content.decode()
    device.refresh_from_db()
    assert not device.confirmed

    unthrottle("prof.lyon")  # the pause after a wrong code is tested below
    response = client.post(SETUP, {"code": code_for(device), "next": "/admin/pages/"})
    codes = re.findall(r"<li><code>([a-z0-9]+)</code></li>", response.content.decode())
    assert len(codes) == 10 == len(set(codes))
    assert 'href="/admin/pages/"' in response.content.decode()
    device.refresh_from_db()
    assert device.confirmed
    assert client.get("/admin/").status_code == 200
    assert client.get("/en/").status_code == 200


def test_next_time_the_app_code_or_a_recovery_code_opens_the_admin(client):
    device, codes = set_up_app(client, "prof.ottawa")
    client.post("/en/accounts/sign-out/")

    assert sign_in(client, "prof.ottawa").status_code == 302
    response = client.get("/admin/pages/")
    assert response.url == VERIFY + "?next=/admin/pages/"
    # The code just used to set up the app is refused: a code works once.
    assert "That code is not right" in client.post(VERIFY, {"code": code_for(device)}).content.decode()
    unthrottle("prof.ottawa")
    response = client.post(VERIFY, {"code": code_for(device, steps_ahead=1), "next": "/admin/pages/"})
    assert response.status_code == 302
    assert response.url == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200

    client.post("/en/accounts/sign-out/")
    sign_in(client, "prof.ottawa")
    # Spaces and case do not matter.
    assert client.post(VERIFY, {"code": f" {codes[0][:4].upper()} {codes[0][4:]} "}).url == "/admin/"
    client.post("/en/accounts/sign-out/")
    sign_in(client, "prof.ottawa")
    assert "That code is not right" in client.post(VERIFY, {"code": codes[0]}).content.decode()
    assert StaticToken.objects.filter(device__user__username="prof.ottawa").count() == 9


def test_the_admin_sign_in_leads_to_the_second_step_too(client):
    set_up_app(client, "reviewer.sjtu")
    client.post("/en/accounts/sign-out/")
    response = client.post("/admin/login/", {"username": "reviewer.sjtu", "password": DEMO_PASSWORD})
    assert response.status_code == 302
    follow = client.get(response.url)
    assert follow.status_code == 302
    assert follow.url.startswith(VERIFY)


def test_wrong_codes_are_throttled(client):
    device, _codes = set_up_app(client, "prof.sjtu")
    client.post("/en/accounts/sign-out/")
    sign_in(client, "prof.sjtu")
    client.post(VERIFY, {"code": "123456"})
    # Right, but straight after a wrong one: refused until the pause (doubling with each failure) is over.
    assert "That code is not right" in client.post(VERIFY, {"code": code_for(device, 1)}).content.decode()
    device.refresh_from_db()
    assert device.throttling_failure_count == 1  # a throttled try is not even checked
    TOTPDevice.objects.filter(pk=device.pk).update(throttling_failure_timestamp=timezone.now() - timedelta(hours=1))
    assert client.post(VERIFY, {"code": code_for(device, 1)}).status_code == 302


def test_a_password_alone_never_adds_or_replaces_an_app(client):
    device, _codes = set_up_app(client, "prof.shutcm")
    client.post("/en/accounts/sign-out/")
    sign_in(client, "prof.shutcm")
    response = client.get(SETUP)
    assert response.status_code == 302
    assert response.url.startswith(VERIFY)
    assert client.post(SETUP, {"code": "123456"}).status_code == 302
    assert list(TOTPDevice.objects.filter(user__username="prof.shutcm")) == [device]


def test_a_verified_account_can_replace_its_app_and_old_codes_stop_working(client):
    old, old_codes = set_up_app(client, "admin")
    client.get(SETUP)
    new = TOTPDevice.objects.get(user__username="admin", confirmed=False)
    response = client.post(SETUP, {"code": code_for(new)})
    new_codes = re.findall(r"<li><code>([a-z0-9]+)</code></li>", response.content.decode())
    assert list(TOTPDevice.objects.filter(user__username="admin")) == [new]
    tokens = set(StaticToken.objects.filter(device__user__username="admin").values_list("token", flat=True))
    assert tokens == set(new_codes)
    assert not tokens & set(old_codes)


@pytest.mark.parametrize(
    "code", ["", " ", "x" * 41, "1" * 6 + "\u202e", "<script>alert(1)</script>", "%00", "９８７６５４", "-1"]
)
def test_hostile_codes_get_a_form_error(client, code):
    set_up_app(client, "prof.lyon")
    client.post("/en/accounts/sign-out/")
    sign_in(client, "prof.lyon")
    response = client.post(VERIFY, {"code": code})
    assert response.status_code == 200
    assert 'class="form-errors" role="alert"' in response.content.decode()
    assert "<script>alert(1)</script>" not in response.content.decode()


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/admin/", "javascript:alert(1)"])
def test_the_next_address_must_be_on_this_site(client, target):
    device, _codes = set_up_app(client, "prof.lyon")
    client.post("/en/accounts/sign-out/")
    sign_in(client, "prof.lyon")
    response = client.post(VERIFY, {"code": code_for(device, 1), "next": target})
    assert response.url == "/admin/"


def test_a_site_manager_resets_a_lost_phone_from_the_command_line(client):
    set_up_app(client, "prof.lyon")
    out = io.StringIO()
    call_command("reset_two_factor", "prof.lyon", stdout=out)
    assert "reset for prof.lyon" in out.getvalue()
    user = get_user_model().objects.get(username="prof.lyon")
    assert not TOTPDevice.objects.filter(user=user).exists()
    assert not StaticDevice.objects.filter(user=user).exists()
    client.post("/en/accounts/sign-out/")
    sign_in(client, "prof.lyon")
    assert client.get("/admin/").url.startswith(SETUP)
    with pytest.raises(CommandError, match="No account is called 'nobody'"):
        call_command("reset_two_factor", "nobody")


@pytest.mark.parametrize("language", ["fr", "zh-hans"])
def test_the_steps_speak_the_readers_language(client, language):
    sign_in(client, "prof.lyon", url=f"/{language}/accounts/sign-in/")
    response = client.get(f"/{language}/")
    assert response.url.startswith(f"/{language}/accounts/two-factor/setup/")
    page = client.get(response.url).content.decode()
    with translation.override(language):
        heading = gettext("Set up two-factor sign-in")
    assert heading != "Set up two-factor sign-in"
    assert f"<h1>{heading}</h1>" in page


def test_the_admin_account_page_leads_to_a_new_app_and_new_codes(client, settings):
    set_up_app(client, "prof.ottawa")  # whose admin speaks English
    page = client.get("/admin/account/").content.decode()
    assert 'href="/en/accounts/two-factor/setup/?next=%2Fadmin%2Faccount%2F"' in page
    assert "Move to a new phone or authenticator app" in page
    settings.TWO_FACTOR_REQUIRED = False
    assert "two-factor/setup/" not in client.get("/admin/account/").content.decode()
