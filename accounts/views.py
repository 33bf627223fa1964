"""Front-end sign-in and sign-out for readers: Django's own views, adapted only where the site needs it."""

import base64

import segno
from axes.utils import reset as axes_reset
from django.contrib.auth import views as auth_views
from django.contrib.auth.mixins import LoginRequiredMixin
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.functional import cached_property
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.generic import FormView
from django_otp import devices_for_user, user_has_device
from django_otp import login as otp_login

from accounts import two_factor
from accounts.forms import SecondFactorForm


class SignInView(auth_views.LoginView):
    template_name = "accounts/sign_in.html"

    def get_default_redirect_url(self):
        # Without a (safe) `next`, the reader lands on the home page of the language they signed in with,
        # which LOGIN_REDIRECT_URL, a single address, cannot express.
        return reverse("wagtail_serve", args=[""])


class SignOutView(auth_views.LogoutView):
    """Signing out takes a POST, as in Django; a GET (a bookmark, a typed address) offers the button
    instead of a bare "405 Method Not Allowed"."""

    template_name = "accounts/sign_out.html"
    http_method_names = ["get", "post", "options"]


def _safe_next(request, default):
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return target
    return default


def _after_second_factor(request):
    default = reverse("wagtailadmin_home") if two_factor.needs_second_factor(request.user) else "/"
    return _safe_next(request, default)


@method_decorator([never_cache, sensitive_post_parameters("code")], name="dispatch")
class SecondFactorView(LoginRequiredMixin, FormView):
    """The second step of signing in, for accounts that may use the admin (accounts.two_factor)."""

    template_name = "accounts/two_factor.html"
    form_class = SecondFactorForm

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            if not two_factor.needs_second_factor(request.user) or request.user.is_verified():
                return redirect(_after_second_factor(request))
            if not user_has_device(request.user):
                return redirect_to_login(_safe_next(request, ""), reverse("accounts:two_factor_setup"))
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "devices": list(devices_for_user(self.request.user, for_verify=True))}

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "next": _safe_next(self.request, "")}

    def form_valid(self, form):
        otp_login(self.request, form.device)
        return redirect(_after_second_factor(self.request))


@method_decorator([never_cache, sensitive_post_parameters("code")], name="dispatch")
class SecondFactorSetupView(LoginRequiredMixin, FormView):
    """Setting up the authenticator app: on the first sign-in, or later to replace a lost phone.

    An account that already has an app must give a code from it first: a password alone never adds a device.
    """

    template_name = "accounts/two_factor_setup.html"
    form_class = SecondFactorForm

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            # Only accounts that are asked for a second factor set one up: a reader's would never be asked.
            if not two_factor.needs_second_factor(request.user):
                return redirect(_safe_next(request, reverse("wagtail_serve", args=[""])))
            if user_has_device(request.user) and not request.user.is_verified():
                return redirect_to_login(_safe_next(request, ""), reverse("accounts:two_factor"))
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def device(self):
        return two_factor.unconfirmed_app(self.request.user)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "devices": [self.device]}

    def get_context_data(self, **kwargs):
        secret = base64.b32encode(self.device.bin_key).decode()
        return {
            **super().get_context_data(**kwargs),
            "next": _safe_next(self.request, ""),
            "secret_groups": [secret[i : i + 4] for i in range(0, len(secret), 4)],
            "qr_code": mark_safe(  # segno's own SVG of the device's otpauth address: no user text in it
                segno.make(self.device.config_url, error="m").svg_inline(scale=5, border=4, dark="#000", light="#fff")
            ),
        }

    def form_valid(self, form):
        codes = two_factor.confirm_app(form.device)
        otp_login(self.request, form.device)
        return render(
            self.request,
            "accounts/two_factor_codes.html",
            {"codes": codes, "next": _after_second_factor(self.request)},
        )


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    """A new password, set from the link sent by email, also lifts a sign-in lockout on that account: the
    way back that the lockout page offers besides waiting."""

    def form_valid(self, form):
        response = super().form_valid(form)
        axes_reset(username=form.user.get_username())
        return response
