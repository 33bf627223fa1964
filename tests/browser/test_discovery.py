"""An instructor finds modules with the library's filters and the search, with JavaScript switched off."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_instructor_filters_the_library_without_javascript(new_page):
    page = new_page(javascript=False)
    page.goto("/en/library/")
    expect(page.get_by_role("status")).to_contain_text("12 modules")

    filters = page.locator("#filters")
    filters.get_by_role("checkbox", name=re.compile(r"^Empathy")).check()
    filters.get_by_role("checkbox", name=re.compile(r"^简体中文")).check()
    filters.get_by_role("button", name="Apply filters").click()

    expect(page).to_have_url(re.compile(r"theme=empathy.*language=zh-hans|language=zh-hans.*theme=empathy"))
    expect(page.get_by_role("status")).to_contain_text("2 modules")
    titles = page.locator(".module-card__title")
    expect(titles).to_have_count(2)
    expect(filters.get_by_role("checkbox", name=re.compile(r"^Empathy"))).to_be_checked()

    page.get_by_role("link", name="Show all modules").first.click()
    expect(page.get_by_role("status")).to_contain_text("12 modules")


def test_reader_searches_in_chinese_and_opens_a_lesson(new_page):
    page = new_page(locale="zh-CN", javascript=False)
    page.goto("/zh-hans/search/")
    page.get_by_role("searchbox").fill("共情")
    page.get_by_role("button", name="搜索").click()
    expect(page).to_have_url(re.compile(r"q=%E5%85%B1%E6%83%85"))
    first = page.locator(".search-result").first
    expect(first.locator("mark").first).to_have_text("共情")
    first.locator(".search-result__title a").click()
    expect(page.locator("html")).to_have_attribute("lang", "zh-hans")
    expect(page.get_by_role("heading", level=1)).to_contain_text("共情")
