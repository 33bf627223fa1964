"""Site-wide navigation: the main menu and the language versions of the page being read."""

from django import template
from django.conf import settings
from django.urls import reverse, translate_url
from django.utils import translation
from wagtail.models import Page, Site

from medhum.page_cache import memo

register = template.Library()

LANGUAGE_HOME_DEPTH = 2


def _language_home_url(language_code):
    with translation.override(language_code):
        return reverse("wagtail_serve", args=[""])


@register.simple_tag(takes_context=True)
def language_versions(context):
    """One entry per interface language: where this page is in that language, and in which language it reads.

    For a Wagtail page the entry points at its live version in that language's tree: a translation
    (`translated`), or an alias that shows the original text until a translation exists (`translated`
    False, `content_language` the original's). Where there is neither, it points at that language's
    home page (`available` False). Other views (sign-in, error pages) change only the language prefix.
    """
    request = context.get("request")
    page = context.get("page")
    current = translation.get_language()
    versions_here = {}
    if isinstance(page, Page) and page.pk:
        versions_here = memo(
            f"language-versions:{page.pk}",
            lambda: {
                version.locale.language_code: version
                for version in page.get_translations(inclusive=True).live().select_related("locale", "alias_of__locale")
            },
        )

    versions = []
    for code, _name in settings.LANGUAGES:
        info = translation.get_language_info(code)
        entry = {"code": code, "name": info["name_local"], "current": code == current}
        if isinstance(page, Page):
            version = versions_here.get(code)
            is_alias = version is not None and version.alias_of_id is not None
            entry.update(
                url=version.get_url(request) if version else _language_home_url(code),
                available=version is not None,
                translated=version is not None and not is_alias,
                content_language=version.alias_of.locale.language_code if is_alias else code,
                page=version,
            )
        else:
            url = translate_url(request.path, code) if request else _language_home_url(code)
            entry.update(url=url, available=True, translated=True, content_language=code, page=None)
        versions.append(entry)
    return versions


@register.simple_tag(takes_context=True)
def page_alternates(context, versions):
    """The `<link rel=alternate>` targets of a page: its translations, and the x-default.

    Aliases are left out (their text is another language's) and point search engines at their
    original instead, as the canonical address. x-default is the English version where there is one,
    else the original.
    """
    request = context.get("request")
    page = context.get("page")
    translations = [version for version in versions if version["translated"] and version["available"]]
    default = next((version for version in translations if version["code"] == settings.LANGUAGE_CODE), None)
    if default is None and translations:
        default = min(translations, key=lambda version: version["page"].pk if version["page"] else 0)
    canonical = None
    if isinstance(page, Page) and page.alias_of_id:
        canonical = page.alias_of.get_url(request)
    elif isinstance(page, Page):
        canonical = page.get_url(request)
    return {"translations": translations, "default": default, "canonical": canonical}


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    """The home page of the reader's language and its live children marked "show in menus"."""
    request = context.get("request")
    page = context.get("page")
    home = _language_home(request, page)
    current_path = page.path if isinstance(page, Page) else ""
    children = memo(f"menu:{home.pk}", lambda: list(home.get_children().live().in_menu())) if home else []
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
            path = page.path[: Page.steplen * LANGUAGE_HOME_DEPTH]
            return memo(f"page-at:{path}", lambda: Page.objects.get(path=path))
    site = Site.find_for_request(request) if request else None
    return site.root_page.localized if site else None
