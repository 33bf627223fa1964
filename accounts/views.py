"""Front-end sign-in and sign-out for readers: Django's own views, adapted only where the site needs it."""

from django.contrib.auth import views as auth_views
from django.urls import reverse


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
