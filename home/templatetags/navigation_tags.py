"""Site-wide navigation: the main menu and the language versions of the page being read."""

from django import template
from django.conf import settings
from django.urls import reverse, translate_url
from django.utils import translation
from wagtail.models import Page, Site

register = template.Library()

LANGUAGE_HOME_DEPTH = 2


def _language_home_url(language_code):
    with translation.override(language_code):
        return reverse("wagtail_serve", args=[""])


@register.simple_tag(takes_context=True)
def language_versions(context):
    """One entry per interface language: where this page is in that language, and whether it exists.

    For a Wagtail page the entry points at its live translation; where there is none yet it points at
    that language's home page and says so (`available` is False). Other views (error pages) keep
    their path and change only the language prefix.
    """
    request = context.get("request")
    page = context.get("page")
    current = translation.get_language()
    translations = {}
    if isinstance(page, Page) and page.pk:
        translations = {
            translated.locale.language_code: translated
            for translated in page.get_translations(inclusive=True).live().select_related("locale")
        }

    versions = []
    for code, _name in settings.LANGUAGES:
        info = translation.get_language_info(code)
        if isinstance(page, Page):
            translated = translations.get(code)
            url = translated.get_url(request) if translated else _language_home_url(code)
            available = translated is not None
        else:
            url = translate_url(request.path, code) if request else _language_home_url(code)
            available = True
        versions.append(
            {
                "code": code,
                "name": info["name_local"],
                "url": url,
                "available": available,
                "current": code == current,
            }
        )
    return versions


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    """The home page of the reader's language and its live children marked "show in menus"."""
    request = context.get("request")
    page = context.get("page")
    home = _language_home(request, page)
    current_path = page.path if isinstance(page, Page) else ""
    children = home.get_children().live().in_menu() if home else []
    return {
        "request": request,
        "home": home,
        "home_is_current": home is not None and current_path == home.path,
        # A section stays marked as current on every page below it.
        "items": [(child, current_path.startswith(child.path)) for child in children],
    }


def _language_home(request, page):
    """The root of the language tree that `page` belongs to (each language has its home at depth 2)."""
    if isinstance(page, Page) and page.pk:
        if page.depth == LANGUAGE_HOME_DEPTH:
            return page
        if page.depth > LANGUAGE_HOME_DEPTH:
            return Page.objects.get(path=page.path[: Page.steplen * LANGUAGE_HOME_DEPTH])
    site = Site.find_for_request(request) if request else None
    return site.root_page.localized if site else None
