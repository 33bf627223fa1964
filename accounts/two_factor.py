"""Two-factor sign-in for everyone who may use the admin: authors, reviewers, instructors, site managers.

OWASP ASVS level 2 asks a second factor of accounts that can change what others read. wagtail-2fa, the
maintained package for this, does not load on Wagtail 8 (its hooks import `wagtail.users.widgets`,
which Wagtail 8 no longer has), so this is the smallest flow on django-otp itself:

- an authenticator app (TOTP, django-otp's totp plugin, throttled after failures) set up by scanning a QR
  code, confirmed by a first code;
- ten single-use recovery codes (django-otp's static plugin), shown once, for a lost phone;
- `manage.py reset_two_factor USERNAME` for a lost phone and lost codes (the account sets up again at
  its next sign-in, password first).

After the password, such an account reaches nothing but these steps and signing out until it has given
a code: not the admin, and not the public site either, where it would see drafts and facilitator notes.
Readers without admin access sign in with their password alone.
"""

from functools import lru_cache

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.urls import reverse
from django.utils import translation
from django_otp import user_has_device
from django_otp.middleware import OTPMiddleware
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

RECOVERY_CODE_COUNT = 10
OPEN_URL_NAMES = ["accounts:two_factor", "accounts:two_factor_setup", "accounts:sign_out"]


def needs_second_factor(user):
    return settings.TWO_FACTOR_REQUIRED and user.is_authenticated and user.has_perm("wagtailadmin.access_admin")


@lru_cache(maxsize=1)
def open_paths():
    """The addresses an account between its password and its code may visit, in every language."""
    paths = {reverse("wagtailadmin_logout")}
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            paths.update(reverse(name) for name in OPEN_URL_NAMES)
    return frozenset(paths)


class TwoFactorMiddleware(OTPMiddleware):
    """django-otp's middleware (request.user.is_verified()), then the stop on the way to everything else."""

    async_capable = False

    def __call__(self, request):
        self._install_lazy_accessors(request)
        user = request.user
        if needs_second_factor(user) and not user.is_verified() and request.path_info not in open_paths():
            step = "accounts:two_factor" if user_has_device(user) else "accounts:two_factor_setup"
            return redirect_to_login(request.get_full_path(), reverse(step))
        return self.get_response(request)


def unconfirmed_app(user):
    """The authenticator app being set up: the same secret on every visit until a code confirms it."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=False)
    return device


def confirm_app(device):
    """The new app becomes the account's only one, with a fresh set of recovery codes, returned once."""
    TOTPDevice.objects.filter(user=device.user).exclude(pk=device.pk).delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    return new_recovery_codes(device.user)


def new_recovery_codes(user):
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name="Recovery codes", confirmed=True)
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def reset(user):
    """Forget every second factor of an account: it sets one up again at its next sign-in."""
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()
