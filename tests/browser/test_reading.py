"""A student reads a lesson on a phone and moves through the module."""

import re

import pytest
from playwright.sync_api import expect

from courses.models import LessonPage, ModulePage

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PHONE = {"width": 390, "height": 844}


def test_student_reads_a_lesson_on_a_phone_and_follows_next_and_previous(new_page):
    module = ModulePage.objects.get(slug="breaking-bad-news-with-empathy", alias_of=None)
    first, second, third = LessonPage.objects.child_of(module).order_by("path")
    page = new_page(viewport=PHONE)
    page.goto(first.url)

    expect(page.get_by_role("heading", level=1)).to_have_text(first.title)
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    body_size = page.evaluate("parseFloat(getComputedStyle(document.querySelector('.lesson-body p')).fontSize)")
    assert body_size >= 16
    expect(page.get_by_role("img", name=re.compile("S, P, I, K, E, S"))).to_be_visible()
    expect(page.get_by_text("visible to teaching staff only")).to_have_count(0)

    toc = page.get_by_role("navigation", name="In this lesson")
    toc.get_by_role("link").nth(1).click()
    expect(page).to_have_url(re.compile(r"#the-six-steps-of-spikes$"))

    page.get_by_role("link", name=re.compile("Next lesson")).click()
    expect(page).to_have_url(re.compile(re.escape(second.url) + "$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(second.title)
    expect(page.get_by_text("Lesson 2 of 3")).to_be_visible()

    page.get_by_role("link", name=re.compile("Next lesson")).click()
    expect(page).to_have_url(re.compile(re.escape(third.url) + "$"))
    expect(page.get_by_role("link", name=re.compile("Back to the module"))).to_be_visible()

    page.get_by_role("link", name=re.compile("Previous lesson")).click()
    expect(page).to_have_url(re.compile(re.escape(second.url) + "$"))


def test_module_page_reads_in_chinese_on_a_phone(new_page):
    module = ModulePage.objects.get(slug="yihuan-goutong-zhong-de-gongqing", alias_of=None)
    page = new_page(viewport=PHONE, locale="zh-CN")
    page.goto(module.url)
    expect(page.locator("html")).to_have_attribute("lang", "zh-hans")
    expect(page.get_by_role("heading", level=1)).to_have_text(module.title)
    line_height = page.evaluate(
        "(() => { const p = document.querySelector('.lesson-list__intro'); const s = getComputedStyle(p);"
        " return parseFloat(s.lineHeight) / parseFloat(s.fontSize); })()"
    )
    assert line_height >= 1.75
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
