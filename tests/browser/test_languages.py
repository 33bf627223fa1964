"""A reader moves between the three languages of the site in a real browser."""

import re

import pytest
from playwright.sync_api import expect

# The live server needs committed data; the home pages come from a migration, so keep them between tests.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_reader_switches_the_home_page_between_the_three_languages(new_page):
    page = new_page()
    page.goto("/en/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=2, name="Where to start")).to_be_visible()

    page.get_by_role("navigation", name="Language").get_by_role("link", name="Français").click()
    expect(page).to_have_url(re.compile(r"/fr/$"))
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(page.get_by_role("heading", level=2, name="Par où commencer")).to_be_visible()

    page.get_by_role("navigation", name="Langue").get_by_role("link", name="简体中文").click()
    expect(page).to_have_url(re.compile(r"/zh-hans/$"))
    expect(page.locator("html")).to_have_attribute("lang", "zh-hans")
    expect(page.get_by_role("heading", level=2, name="从这里开始")).to_be_visible()


def test_visitor_arriving_at_the_root_lands_in_their_browser_language(new_page):
    page = new_page(locale="zh-CN")
    page.goto("/")
    expect(page).to_have_url(re.compile(r"/zh-hans/$"))
    expect(page.get_by_role("navigation", name="主导航").get_by_role("link", name="首页")).to_have_attribute(
        "aria-current", "page"
    )


def test_keyboard_user_can_skip_straight_to_the_main_content(new_page):
    page = new_page()
    page.goto("/en/")
    page.keyboard.press("Tab")
    skip_link = page.get_by_role("link", name="Skip to main content")
    expect(skip_link).to_be_focused()
    expect(skip_link).to_be_in_viewport()
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()


def test_home_page_fits_a_phone_screen_without_sideways_scrolling(new_page):
    page = new_page(viewport={"width": 360, "height": 740})
    page.goto("/fr/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    expect(page.get_by_role("heading", level=1)).to_be_in_viewport()


def test_reader_switches_a_lesson_between_its_translation_and_the_original_in_three_languages(new_page):
    from courses.models import LessonPage, ModulePage

    module = ModulePage.objects.get(slug="breaking-bad-news-with-empathy", alias_of=None)
    lesson = LessonPage.objects.child_of(module).get(slug="spikes-and-its-limits")
    page = new_page()
    page.goto(lesson.url)
    expect(page.locator("article.lesson")).to_have_attribute("lang", "en")

    # French: a translation exists, so the French lesson opens, text and interface in French.
    page.get_by_role("navigation", name="Language").get_by_role("link", name="Français").click()
    expect(page).to_have_url(re.compile(r"/fr/library/ottawa/annoncer-une-mauvaise-nouvelle-avec-empathie/"))
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(page.locator("article.lesson")).to_have_attribute("lang", "fr")
    expect(page.locator(".notice--language")).to_have_count(0)

    # Chinese: not translated yet, so the original English text, with a Chinese interface that says so.
    page.get_by_role("navigation", name="Langue").get_by_role("link", name=re.compile("简体中文")).click()
    expect(page).to_have_url(
        re.compile(r"/zh-hans/library/ottawa/breaking-bad-news-with-empathy/spikes-and-its-limits/")
    )
    expect(page.locator("html")).to_have_attribute("lang", "zh-hans")
    expect(page.locator("article.lesson")).to_have_attribute("lang", "en")
    expect(page.locator(".notice--language")).to_contain_text("尚未翻译：以下是英语原文。")
    expect(page.get_by_role("navigation", name="主导航")).to_be_visible()

    # The notice's link leads back to the original, with the interface in English.
    page.locator(".notice--language a").click()
    expect(page).to_have_url(re.compile(re.escape(lesson.url) + "$"))
    expect(page.locator("html")).to_have_attribute("lang", "en")
