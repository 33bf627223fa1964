"""What browser tests do in the admin."""

import re

from playwright.sync_api import expect


def sign_in_to_admin(page, username):
    page.goto("/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill("medhum-demo")
    page.locator("form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))
