"""Playwright on Debian's Chromium (Playwright's own browser download does not work here)."""

import os
from pathlib import Path

import pytest
from django.db import connections
from playwright.sync_api import sync_playwright

from scripts.chromium import CHROMIUM as CHROMIUM_PATH
from scripts.chromium import CHROMIUM_ARGS

CHROMIUM = Path(CHROMIUM_PATH)


@pytest.fixture(scope="session")
def browser(django_db_setup):
    if not CHROMIUM.exists():
        pytest.fail(f"Browser tests need Chromium at {CHROMIUM}: install Debian's 'chromium' package (make test does).")
    # Playwright's sync API runs an event loop in this thread; the tests still talk to the database from it.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    snapshots = {alias: getattr(connections[alias], "_test_serialized_contents", None) for alias in connections}
    with sync_playwright() as playwright:
        # Starting Playwright switches this thread's context variables, and Django keeps its connection
        # objects in them: give the new ones the snapshot that serialized rollback restores between tests.
        for alias, snapshot in snapshots.items():
            if snapshot is not None:
                connections[alias]._test_serialized_contents = snapshot
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
    del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]


@pytest.fixture
def new_page(browser, live_server):
    """Open pages of the live server in a fresh browser context; fail the test on any console error."""
    contexts, errors, autosave_refusals = [], [], set()

    def autosave_refused(response):
        # Wagtail's editor autosaves a half-filled form as the user types (a request that expects JSON)
        # and is told, with a 400, that it is not valid yet: the editor shows it; not an error of the page.
        request = response.request
        if response.status == 400 and "application/json" in request.headers.get("accept", ""):
            autosave_refusals.add(response.url)

    def console_error(message):
        if message.type == "error":
            errors.append((message.text, message.location.get("url")))

    def open_page(locale="en-GB", viewport=None, javascript=True, touch=False, expected_statuses=()):
        """`expected_statuses`: refusals the test provokes on purpose (a 429 after failed sign-ins, say)."""
        context = browser.new_context(
            base_url=live_server.url, locale=locale, viewport=viewport, java_script_enabled=javascript, has_touch=touch
        )
        contexts.append(context)
        page = context.new_page()
        page.on("response", autosave_refused)
        page.on("response", lambda answer: answer.status in expected_statuses and autosave_refusals.add(answer.url))
        page.on("console", console_error)
        page.on("pageerror", lambda error: errors.append((str(error), None)))
        return page

    yield open_page
    for context in contexts:
        context.close()
    reported = [
        text for text, url in errors if not (text.startswith("Failed to load resource") and url in autosave_refusals)
    ]
    assert reported == [], f"the browser reported errors: {reported}"
