"""A student opens a lesson kept for signed-in readers, signs in on the French site, reads it, signs out."""

import re

import pytest
from django.contrib.auth import get_user_model
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
