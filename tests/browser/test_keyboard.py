"""The main ways through the site with a keyboard alone (Tab, Shift+Tab, Enter, Space, arrows; no mouse),
the focus visible at every stop (issue 9)."""

import re

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from courses.models import LessonPage, ModulePage

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

# What a sighted keyboard user needs at each stop: an outline or a shadow around the focused element,
# and the element on screen.
FOCUS = r"""() => {
  const seeThrough = (colour) => colour === "transparent" || /^rgba\(.*,\s*0\)$/.test(colour);
  const element = document.activeElement;
  const style = getComputedStyle(element);
  const box = element.getBoundingClientRect();
  return {
    marked: (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0 && !seeThrough(style.outlineColor))
      || style.boxShadow !== "none",
    onScreen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight
      && box.right > 0 && box.left < innerWidth,
    html: element.outerHTML.slice(0, 160),
  };
}"""


def assert_focus_visible(page, after):
    focus = page.evaluate(FOCUS)
    assert focus["marked"], f"after {after}, the focus has no outline or shadow: {focus['html']}"
    assert focus["onScreen"], f"after {after}, the focus is off screen: {focus['html']}"


def press(page, key):
    """Press a key and check that the focus, wherever it lands, can be seen."""
    page.keyboard.press(key)
    assert_focus_visible(page, after=key)


def tab_to(page, target, key="Tab", limit=200):
    """Press Tab (or Shift+Tab) until `target` has the focus, as a keyboard user moves through a page."""
    element = target.element_handle()
    for _ in range(limit):
        press(page, key)
        if page.evaluate("element => element === document.activeElement", element):
            return
    raise AssertionError(f"{limit} presses of {key} never reached {target}")


def test_skip_link_is_the_first_stop_and_leads_into_the_main_content(new_page):
    page = new_page(locale="fr-FR")
    page.goto("/fr/")
    press(page, "Tab")
    expect(page.get_by_role("link", name="Aller au contenu principal")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()
    press(page, "Tab")  # the next stop is inside the main content, past the header's links
    assert page.evaluate("document.querySelector('main').contains(document.activeElement)")


def test_instructor_filters_the_library_and_opens_a_module_by_keyboard(new_page):
    page = new_page()
    page.goto("/en/")
    tab_to(page, page.get_by_role("navigation", name="Main navigation").get_by_role("link", name="Library"))
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/en/library/$"))
    everything = page.locator(".module-card").count()

    filters = page.locator("#filters")
    empathy = filters.get_by_role("checkbox", name=re.compile(r"^Empathy"))  # themes are unfolded
    tab_to(page, empathy)
    press(page, "Space")
    expect(empathy).to_be_checked()
    level = filters.locator("details", has=page.locator("summary", has_text="Level"))  # folded
    expect(level).not_to_have_attribute("open", "")
    tab_to(page, level.locator("summary"))
    press(page, "Enter")
    expect(level).to_have_attribute("open", "")
    expect(level.get_by_role("checkbox").first).to_be_visible()
    sort = filters.get_by_label("Sort by")
    tab_to(page, sort)
    chosen = sort.input_value()
    press(page, "ArrowDown")  # the next order, chosen without opening the list
    assert sort.input_value() != chosen
    tab_to(page, filters.get_by_role("button", name="Apply filters"))
    page.keyboard.press("Enter")

    expect(page).to_have_url(re.compile(r"[?&]theme=empathy(&|$)"))
    cards = page.locator(".module-card")
    assert 0 < cards.count() < everything
    for card in cards.all():
        expect(card.locator(".badges")).to_contain_text("Empathy")
    first = page.locator(".module-card__title a").first
    title = first.inner_text()
    tab_to(page, first)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text(title)


def test_student_opens_a_module_s_first_lesson_then_the_next_by_keyboard(new_page):
    module = ModulePage.objects.get(slug="breaking-bad-news-with-empathy", alias_of=None)
    first, second = LessonPage.objects.child_of(module).live().order_by("path")[:2]
    page = new_page(viewport={"width": 390, "height": 844}, touch=True)
    page.goto(module.url)
    tab_to(page, page.locator(".lesson-list__title").first)
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(re.escape(first.url) + "$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(first.title)

    tab_to(
        page,
        page.get_by_role("navigation", name="Lessons of this module").get_by_role(
            "link", name=re.compile("^Next lesson")
        ),
    )
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(re.escape(second.url) + "$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(second.title)


def test_reader_searches_and_opens_a_result_by_keyboard(new_page):
    page = new_page(locale="zh-CN")
    page.goto("/zh-hans/")
    tab_to(page, page.get_by_role("navigation", name="主导航").get_by_role("link", name="搜索"))
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/zh-hans/search/$"))
    tab_to(page, page.get_by_role("searchbox"))
    page.keyboard.type("共情")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"q=%E5%85%B1%E6%83%85"))
    result = page.locator(".search-result__title a").first
    title = result.inner_text()
    tab_to(page, result)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text(title)


def test_student_signs_in_by_keyboard(new_page):
    student = get_user_model().objects.get(username="student")
    page = new_page()
    page.goto("/en/library/")
    tab_to(page, page.get_by_role("navigation", name="Your account").get_by_role("link", name="Sign in"))
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/en/accounts/sign-in/\?next=/en/library/"))
    expect(page.get_by_label("Username")).to_be_focused()  # the form starts there (autofocus)
    assert_focus_visible(page, after="opening the sign-in page")
    page.keyboard.type("student")
    press(page, "Tab")
    expect(page.get_by_label(re.compile(r"^Password"))).to_be_focused()
    page.keyboard.type("medhum-demo")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/en/library/$"))
    expect(page.locator(".account-menu")).to_contain_text(student.get_full_name())


def test_reader_changes_language_by_keyboard(new_page):
    page = new_page()
    page.goto("/en/library/")
    switcher = page.get_by_role("navigation", name="Language")
    tab_to(page, switcher.get_by_role("link", name="Français"))
    tab_to(page, switcher.get_by_role("link", name="English"), key="Shift+Tab")  # one step back, then on again
    tab_to(page, switcher.get_by_role("link", name="Français"))
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/fr/library/$"))
    expect(page.locator("html")).to_have_attribute("lang", "fr")

    tab_to(page, page.get_by_role("navigation", name="Langue").get_by_role("link", name="简体中文"))
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/zh-hans/library/$"))
    expect(page.locator("html")).to_have_attribute("lang", "zh-hans")
