"""Reuse in a real browser (issue 7): an instructor in Ottawa adapts a Lyon module and builds a course."""

import re

import pytest
from playwright.sync_api import expect

from courses.models import CourseIndexPage, CoursePage, InstitutionPage, ModulePage
from tests.browser.admin import sign_in_to_admin

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def choose_module(page, title):
    """Wagtail's page chooser of the newest session: open it, search for the module, pick it."""
    page.get_by_role("button", name=re.compile(r"^Choose a page")).last.click()
    modal = page.locator(".modal-dialog")
    modal.get_by_role("textbox", name=re.compile("Search")).fill(title)
    # The same module may be listed once per language tree (its stand-ins): any of them will do.
    modal.get_by_role("link", name=title).first.click()
    expect(modal).to_have_count(0)


def test_instructor_adapts_a_lyon_module_and_builds_a_course_with_it_and_an_sjtu_module(new_page):
    page = new_page()
    sign_in_to_admin(page, "instructor.ottawa")

    # Find the Lyon module in the library and adapt it.
    page.goto("/en/library/?institution=lyon")
    page.get_by_role("link", name="Informed Consent Across Cultures").click()
    page.get_by_role("link", name="Adapt this module for your students").click()
    expect(page.get_by_role("heading", name="Adapt a module")).to_be_visible()
    page.get_by_role("button", name="Make my adaptation").click()
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"))
    adaptation = ModulePage.objects.get(adapted_from__slug="informed-consent-across-cultures")

    # Edit the copy: its title, and what was changed for whom.
    page.locator("#id_title").fill("Informed consent across cultures: the Ontario edition")
    page.get_by_role("tab", name="Classification").click()
    page.locator("#id_cultural_context").fill(
        "Ontario law on capacity and substitute decision-makers replaces the French framework."
    )
    page.get_by_role("button", name="Save draft").click()
    expect(page.locator(".messages")).to_contain_text("updated")
    adaptation.refresh_from_db()
    draft = adaptation.get_latest_revision_as_object()
    assert draft.title == "Informed consent across cultures: the Ontario edition"
    assert "substitute decision-makers" in draft.cultural_context
    assert adaptation.source_attribution["institution"] == "Université de Lyon"
    # Published after peer review (the other browser test walks through it); here, straight away.
    adaptation.get_latest_revision().publish()

    # Build a course with the adaptation and an SJTU module.
    course_list = CourseIndexPage.objects.get(locale__language_code="en")
    page.goto(f"/admin/pages/add/courses/coursepage/{course_list.pk}/")
    page.locator("#id_title").fill("Consent and bias in the clerkship")
    ottawa = InstitutionPage.objects.get(slug="ottawa", locale__language_code="en")
    expect(page.locator("#id_institution")).to_have_value(str(ottawa.pk))  # their own, chosen for them
    page.locator("#id_term").fill("Spring 2027")
    page.locator("#id_audience").fill("Fourth-year medical students")
    choose_module(page, "Informed consent across cultures: the Ontario edition")
    page.get_by_role("button", name=re.compile("Add session")).click()
    choose_module(page, "Cognitive Bias and Diagnostic Reasoning")
    page.locator("footer [data-w-dropdown-target='toggle'], footer .dropdown-toggle").first.click()
    page.get_by_role("button", name=re.compile("^Publish")).click()
    expect(page.locator(".messages")).to_contain_text("published")

    course = CoursePage.objects.get(title="Consent and bias in the clerkship")
    assert course.live and course.institution.slug == "ottawa"
    page.goto(course.url)
    titles = page.locator(".syllabus__title a")
    expect(titles).to_have_text(
        ["Informed consent across cultures: the Ontario edition", "Cognitive Bias and Diagnostic Reasoning"]
    )
    page.locator(".syllabus__lessons a").first.click()
    expect(page.locator("article.lesson")).to_be_visible()


def test_an_adapter_reads_what_changed_in_the_original_and_marks_it_taken_into_account(new_page):
    from courses.adaptation import adapt
    from courses.models import LessonPage
    from tests.lookups import account

    source = ModulePage.objects.get(slug="informed-consent-across-cultures", alias_of=None)
    adaptation = adapt(source, account("instructor.ottawa"))
    lesson = LessonPage.objects.child_of(source).live().first()
    body = [dict(block) for block in lesson.body.raw_data]
    section = next(block for block in body if block["type"] == "section")
    section["value"] = {**section["value"], "heading": "A heading the authors rewrote"}
    lesson.body = body
    lesson.save_revision().publish()
    ModulePage.objects.get(pk=source.pk).save_revision().publish()

    page = new_page()
    sign_in_to_admin(page, "instructor.ottawa")
    page.goto(f"/admin/pages/{adaptation.pk}/edit/")
    page.get_by_role("link", name="See what changed, lesson by lesson").click()
    expect(page.get_by_role("heading", name="What changed in the original")).to_be_visible()
    changed = page.locator(".source-changes__lesson").filter(has_text=lesson.title)
    expect(changed.locator("h3")).to_contain_text("Changed")
    expect(changed.locator(".addition")).to_contain_text("rewrote")
    page.get_by_role("button", name="I have taken these changes into account").click()
    expect(page.locator(".messages")).to_contain_text("taken into account")
    expect(page.get_by_role("link", name="See what changed, lesson by lesson")).to_have_count(0)


def test_a_student_takes_a_module_away_in_print_as_a_pdf_and_as_a_cartridge(new_page):
    page = new_page()
    page.goto("/fr/library/lyon/accompagner-la-fin-de-vie/")
    pdf = page.request.get(page.get_by_role("link", name="Polycopié PDF").get_attribute("href"))
    assert pdf.ok and pdf.headers["content-type"] == "application/pdf" and pdf.body().startswith(b"%PDF")

    with page.expect_download() as download:
        page.get_by_role("link", name=re.compile("Common Cartridge")).click()
    assert download.value.suggested_filename == "accompagner-la-fin-de-vie.imscc"

    page.get_by_role("link", name="Version imprimable").click()
    lessons = page.locator(".handout-lesson h2")
    expect(lessons).to_have_count(3)
    page.emulate_media(media="print")
    # On paper: the module, its contents and its lessons; not the site's navigation or these instructions.
    expect(page.locator(".main-nav")).to_be_hidden()
    expect(page.locator(".print-instructions")).to_be_hidden()
    expect(page.locator(".handout-toc")).to_be_visible()
    assert page.locator(".handout-lesson").first.evaluate("e => getComputedStyle(e).breakBefore") == "page"
