"""A student opens a lesson kept for signed-in readers, signs in on the French site, reads it, signs out."""

import base64
import re

import pytest
from django.contrib.auth import get_user_model
from django_otp.oath import totp
from playwright.sync_api import expect
from wagtail.models import PageViewRestriction

from courses.models import LessonPage, ModulePage

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_student_signs_in_to_read_a_restricted_lesson_in_french_and_signs_out(new_page):
    module = ModulePage.objects.get(slug="le-consentement-eclaire-a-l-epreuve-des-cultures", alias_of=None)
    lesson = LessonPage.objects.child_of(module).live().order_by("path").last()
    PageViewRestriction.objects.create(page=lesson, restriction_type=PageViewRestriction.LOGIN)
    page = new_page(locale="fr-FR", javascript=False)  # signing in must not need JavaScript

    page.goto(lesson.url)
    expect(page).to_have_url(re.compile(r"/fr/accounts/sign-in/\?next="))
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    page.get_by_label(re.compile("utilisateur")).fill("student")
    page.get_by_label(re.compile("Mot de passe")).fill("medhum-demo")
    page.locator(".account-form").get_by_role("button").click()

    expect(page).to_have_url(re.compile(re.escape(lesson.url) + "$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(lesson.title)
    account = page.locator(".account-menu")
    student = get_user_model().objects.get(username="student")
    expect(account).to_contain_text(student.get_full_name() or student.username)

    account.get_by_role("button").click()
    expect(page).to_have_url(re.compile(r"/fr/accounts/sign-out/$"))
    expect(page.locator('.account-menu a[href^="/fr/accounts/sign-in/"]')).to_be_visible()
    page.goto(lesson.url)
    expect(page).to_have_url(re.compile(r"/fr/accounts/sign-in/\?next="))


def test_an_author_sets_up_two_factor_sign_in_and_reaches_the_admin(new_page, settings):
    settings.TWO_FACTOR_REQUIRED = True
    page = new_page(javascript=False)
    page.goto("/admin/login/")
    page.get_by_label(re.compile("Username")).fill("prof.ottawa")
    page.get_by_label(re.compile("Password")).fill("medhum-demo")
    page.get_by_role("button", name="Sign in").click()

    expect(page).to_have_url(re.compile(r"/accounts/two-factor/setup/\?next=/admin/$"))
    expect(page.get_by_role("img", name="QR code for your authenticator app")).to_be_visible()
    key = page.locator(".qr-code__key").inner_text().replace(" ", "")
    page.get_by_role("textbox", name="Code").fill(f"{totp(base64.b32decode(key)):06d}")
    page.get_by_role("button", name="Confirm and continue").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Your recovery codes")
    expect(page.locator(".recovery-codes li")).to_have_count(10)
    page.get_by_role("link", name="I have kept them: continue").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))
    expect(page.locator("#main")).to_be_visible()


def test_a_reader_paused_after_five_failures_sees_what_to_do(new_page):
    page = new_page(locale="fr-FR", javascript=False, expected_statuses=(429,))
    page.goto("/fr/accounts/sign-in/")
    for _ in range(5):
        page.get_by_label(re.compile("utilisateur")).fill("student")
        page.get_by_label(re.compile("Mot de passe")).fill("pas-le-bon")
        page.locator(".account-form").get_by_role("button").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Connexion suspendue")
    expect(page.get_by_role("alert")).to_contain_text("5 tentatives")
    page.get_by_role("link", name="choisissez un nouveau mot de passe").click()
    expect(page).to_have_url(re.compile(r"/fr/accounts/password-reset/$"))
