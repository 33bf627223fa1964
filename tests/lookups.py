"""Finding the demo's people and pages in tests, and reading the admin's answers."""

from django.contrib.auth import get_user_model
from wagtail.models import Page


def account(username):
    return get_user_model().objects.get(username=username)


def version_in(page, language):
    """`page` as it stands in `language`'s tree: its translation or its alias (specific), or None."""
    found = Page.objects.filter(translation_key=page.translation_key, locale__language_code=language).first()
    return found.specific if found else None


def refused(response):
    """The admin answers a refusal with a 403, or by sending the user to the dashboard or to sign in."""
    location = response.get("Location", "")
    return response.status_code == 403 or (
        response.status_code == 302 and (location == "/admin/" or location.startswith("/admin/login/"))
    )
