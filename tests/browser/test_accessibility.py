"""axe-core finds no serious or critical accessibility problem on the site's main pages, in three languages,
on a phone and a desktop, and none of colour contrast in dark mode (issue 9)."""

from types import SimpleNamespace

import pytest
from axe_playwright_python.sync_playwright import Axe
from pytest_django.live_server_helper import LiveServer
from wagtail.models import Page

from courses.content.build import DEMO_COURSE, publish, translate_page
from courses.models import CoursePage, InstitutionPage, LessonPage, LibraryPage, ModulePage

# Each test runs in a transaction rolled back after it (they change nothing); the live server is the
# module's own (fixture `site`). Serialized rollback keeps a copy of the demo library for `site` to restore.
pytestmark = pytest.mark.django_db

LANGUAGES = {"en": "en-GB", "fr": "fr-FR", "zh-hans": "zh-CN"}
VIEWPORTS = {
    "phone": {"viewport": {"width": 390, "height": 844}, "has_touch": True},
    "desktop": {"viewport": {"width": 1280, "height": 900}},
}
KINDS = ["home", "library", "search", "institution", "module", "lesson", "course", "sign-in", "404"]
SEARCHES = {"en": "empathy", "fr": "empathie", "zh-hans": "共情"}
# The demo course is written in English; instructors may write theirs in any language's tree.
COURSE_TITLES = {
    "fr": "Conversations difficiles en pratique clinique (MED 3102)",
    "zh-hans": "临床实践中的困难对话（MED 3102）",
}
MADE_HERE = []
BLOCKING = ("serious", "critical")
# axe-core's defaults (WCAG 2.0-2.2 A and AA, best practices) and WCAG 2.2's target size (2.5.8, AA), which
# axe leaves off by default.
WCAG_AA = {"rules": {"target-size": {"enabled": True}}}
# axe-core's rules for colour (text, and links told from text by colour alone).
COLOUR_RULES = ["color-contrast", "link-in-text-block"]


def address(kind, language):
    """A page of `kind` in `language`'s tree: a module translated into French but not into Chinese, so that
    the Chinese tree shows its original English text under a Chinese interface."""
    module = ModulePage.objects.get(slug="breaking-bad-news-with-empathy", alias_of=None)
    here = {"locale__language_code": language}
    if kind in ("module", "lesson", "institution"):
        original = {
            "module": module,
            "lesson": LessonPage.objects.child_of(module).get(slug="spikes-and-its-limits"),
            "institution": InstitutionPage.objects.get(slug="ottawa", locale__language_code="en"),
        }[kind]
        return type(original).objects.live().get(translation_key=original.translation_key, **here).url
    if kind == "course":
        course = CoursePage.objects.live().get(slug=DEMO_COURSE["slug"], locale__language_code="en")
        if language != "en":
            # The demo course is in English only: a translation for these pages, deleted after them.
            course = publish(translate_page(course, language, {"title": COURSE_TITLES[language]}))
            MADE_HERE.append(course.pk)
        return course.url
    return {
        "home": f"/{language}/",
        "library": LibraryPage.objects.live().get(**here).url,
        "search": f"/{language}/search/?q={SEARCHES[language]}",
        "sign-in": f"/{language}/accounts/sign-in/",
        "404": f"/{language}/library/no-such-module/",
    }[kind]


@pytest.fixture(scope="module")
def site(browser, django_db_blocker):
    """The demo library on a live server of its own for this module.

    The session's live server makes each test a transactional one, which empties the database after it
    and reloads the whole demo library before the next: four minutes for these 63 pages. These tests only
    read, so they share one server and the demo library as the session loaded it, with the course
    translations they need made before them and deleted after them.
    """
    with django_db_blocker.unblock():
        addresses = {(language, kind): address(kind, language) for language in LANGUAGES for kind in KINDS}
        server = LiveServer("localhost")
        server._live_server_modified_settings.enable()
        try:
            yield SimpleNamespace(url=server.url, addresses=addresses)
        finally:
            server._live_server_modified_settings.disable()
            server.stop()
            # Deleted, not the whole library reloaded: a reload here changed what later tests read on PostgreSQL.
            for pk in MADE_HERE:
                Page.objects.get(pk=pk).delete()


@pytest.fixture(scope="module")
def tab(browser, site):
    """One browser tab per language, screen and colour scheme, reused from page to page to save time."""
    tabs = {}

    def open_tab(language, screen, color_scheme="light"):
        key = (language, screen, color_scheme)
        if key not in tabs:
            context = browser.new_context(
                base_url=site.url, locale=LANGUAGES[language], color_scheme=color_scheme, **VIEWPORTS[screen]
            )
            tabs[key] = context.new_page()
        return tabs[key]

    yield open_tab
    for page in tabs.values():
        page.context.close()


def visit(page, site, kind, language):
    response = page.goto(site.addresses[language, kind])
    assert response.status == (404 if kind == "404" else 200), f"{page.url} answered {response.status}"
    assert page.locator("html").get_attribute("lang") == language


def check(page, options=None):
    """The violations axe-core finds on the page as it stands.

    Playwright evaluates axe's script through the browser's debugging protocol, which the page's
    Content-Security-Policy (no inline or evaluated script) does not govern: no need to bypass it.
    """
    results = Axe().run(page, options={"resultTypes": ["violations"], **(options or {})})
    return results.response["violations"]


def report(violations, url):
    lines = [f"{len(violations)} accessibility rule(s) broken on {url}:"]
    for violation in violations:
        lines.append(f"- {violation['id']} ({violation['impact']}): {violation['help']} <{violation['helpUrl']}>")
        for node in violation["nodes"][:4]:
            lines.append(f"    at {' '.join(map(str, node['target']))}: {node['html'][:240]}")
            lines.append("       " + node.get("failureSummary", "").replace("\n", "\n       "))
        if len(violation["nodes"]) > 4:
            lines.append(f"    … and {len(violation['nodes']) - 4} more")
    return "\n".join(lines)


@pytest.mark.parametrize(
    ("language", "screen", "kind"),
    [(language, screen, kind) for language in LANGUAGES for screen in VIEWPORTS for kind in KINDS],
    ids=lambda value: value,
)
def test_no_serious_violations(site, tab, language, screen, kind):
    """WCAG 2.x A/AA and best-practice rules; on phones, no sideways scrolling either (reflow, WCAG 1.4.10,
    which axe does not check)."""
    page = tab(language, screen)
    visit(page, site, kind, language)
    violations = [violation for violation in check(page, WCAG_AA) if violation["impact"] in BLOCKING]
    assert violations == [], report(violations, page.url)
    if screen == "phone":
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{page.url} scrolls sideways by {overflow}px on a phone"


@pytest.mark.parametrize("kind", KINDS, ids=lambda kind: f"en-desktop-dark-{kind}")
def test_dark_mode_keeps_colour_contrast(site, tab, kind):
    page = tab("en", "desktop", color_scheme="dark")
    visit(page, site, kind, "en")
    assert page.evaluate("matchMedia('(prefers-color-scheme: dark)').matches")
    violations = check(page, {"runOnly": COLOUR_RULES})
    assert violations == [], report(violations, page.url)
