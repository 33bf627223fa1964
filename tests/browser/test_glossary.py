"""Glossary terms in a lesson, read with a keyboard, a mouse and a finger; the glossary and the switch of search."""

import re

import pytest
from playwright.sync_api import expect

from courses.models import LessonPage

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PHONE = {"width": 390, "height": 844}


def lesson_url():
    return LessonPage.objects.get(slug="spikes-and-its-limits", locale__language_code="en").url


def test_a_keyboard_user_reads_a_terms_definition_and_dismisses_it(new_page):
    page = new_page()
    page.goto(lesson_url())
    term = page.locator(".lesson-body .gloss__term").first
    tip = page.locator(".lesson-body .gloss__tip").first
    expect(tip).to_be_hidden()
    for _ in range(80):  # Tab through the page to the first marked term, as a keyboard user does
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('gloss__term')"):
            break
    expect(term).to_be_focused()
    expect(tip).to_be_visible()
    expect(term).to_have_accessible_description(re.compile(r"\w{4,}.*\w{4,}"))  # the definition, read by screen readers
    expect(tip.locator('[lang="fr"]')).to_have_count(1)
    expect(tip.locator('[lang="zh-hans"]')).to_have_count(1)

    page.keyboard.press("Escape")  # dismissed without moving the focus
    expect(tip).to_be_hidden()
    expect(term).to_be_focused()

    page.keyboard.press("Enter")  # the term is also a link to its glossary entry
    expect(page).to_have_url(re.compile(r"/en/glossary/#[a-z-]+$"))
    entry_id = page.url.rsplit("#", 1)[1]
    expect(page.locator(f"#{entry_id} dfn")).to_be_visible()


def test_a_mouse_user_sees_the_definition_on_hover(new_page):
    page = new_page()
    page.goto(lesson_url())
    tip = page.locator(".lesson-body .gloss__tip").first
    page.locator(".lesson-body .gloss__term").first.hover()
    expect(tip).to_be_visible()
    tip.hover()  # the definition can be hovered too (WCAG 1.4.13)
    expect(tip).to_be_visible()
    page.get_by_role("heading", level=1).hover()
    expect(tip).to_be_hidden()


def test_a_phone_user_taps_a_term_to_read_it_then_taps_again_to_open_the_glossary(new_page):
    page = new_page(viewport=PHONE, touch=True)
    page.goto(lesson_url())
    term = page.locator(".lesson-body .gloss__term").first
    tip = page.locator(".lesson-body .gloss__tip").first
    term.tap()
    expect(tip).to_be_visible()
    expect(page).to_have_url(re.compile(re.escape(lesson_url()) + "$"))  # the first tap stays on the lesson
    box = tip.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]  # on screen, not off its edge
    page.get_by_role("heading", level=1).tap()
    expect(tip).to_be_hidden()
    term.tap()
    term.tap()
    expect(page).to_have_url(re.compile(r"/en/glossary/#[a-z-]+$"))


def test_the_glossary_is_browsed_by_letter_and_searched(new_page):
    page = new_page(locale="fr-FR")
    page.goto("/fr/glossary/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Glossaire")
    page.get_by_role("navigation", name="Glossaire par lettre").get_by_role("link", name="E", exact=True).click()
    expect(page).to_have_url(re.compile(r"#letter-E$"))
    page.get_by_label("Trouver un terme en anglais, en français ou en chinois, ou un mot de sa définition").fill("共情")
    page.get_by_role("button", name="Trouver").click()
    assert "empathie" in page.locator("dfn").all_inner_texts()
    page.get_by_role("link", name=re.compile("Enseignements sur « empathie »")).click()
    expect(page.get_by_text("Également recherché, grâce au glossaire")).to_be_visible()


def results_count(page):
    return int(re.search(r"(\d+) results?", page.locator(".filter-status").inner_text()).group(1))


def test_search_switches_the_glossary_off_and_on(new_page):
    page = new_page()
    page.goto("/en/search/?q=empathy")
    expect(page.get_by_text("Also searched, through the glossary:")).to_be_visible()
    with_glossary = results_count(page)
    expect(page.locator(".search-result__via").first).to_contain_text("via empathy")
    page.get_by_label("Only the words I typed").check()
    page.get_by_role("button", name="Search").click()
    expect(page).to_have_url(re.compile(r"exact=1"))
    expect(page.get_by_text("Also searched, through the glossary:")).to_have_count(0)
    expect(page.locator(".search-result__via")).to_have_count(0)
    assert 0 < results_count(page) < with_glossary
    expect(page.get_by_label("Only the words I typed")).to_be_checked()
