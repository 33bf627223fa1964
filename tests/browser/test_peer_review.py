"""The peer-review path in a real browser: prof.lyon writes and submits, reviewer.ottawa approves (issue 6)."""

import re

import pytest
from playwright.sync_api import expect
from wagtail.users.models import UserProfile

from courses.models import InstitutionPage, LessonPage, ModulePage, PeerReview
from tests.browser.admin import sign_in_to_admin

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

MODULE_TITLE = "Listening to silence: pauses in the clinical interview"
LESSON_TITLE = "What a pause says"


def save_draft(page):
    page.get_by_role("button", name="Save draft").click()
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"))
    expect(page.locator(".messages")).to_contain_text("created")


def submit_for_review(page):
    """The editor's footer: open the action menu and choose "Submit to Peer review"."""
    page.locator("footer [data-w-dropdown-target='toggle'], footer .dropdown-toggle").first.click()
    page.get_by_role("button", name=re.compile("Submit to Peer review")).click()
    expect(page.locator(".messages")).to_contain_text("submitted")


def fill_review(modal, overall):
    for criterion in ("accuracy", "teaching_value", "cultural_sensitivity", "accessibility"):
        modal.locator(f"input[name={criterion}][value=strong]").check()
        modal.locator(f"textarea[name={criterion}_comment]").fill(f"Checked the {criterion.replace('_', ' ')}.")
    modal.locator("textarea[name=overall_comment]").fill(overall)


def test_a_module_written_in_lyon_is_approved_in_ottawa_and_reaches_the_library(new_page):
    # prof.lyon works in a French admin; this test reads the English one (the labels it clicks).
    UserProfile.objects.filter(user__username="prof.lyon").update(preferred_language="en")
    lyon = InstitutionPage.objects.get(slug="lyon", locale__language_code="en")
    author = new_page()
    sign_in_to_admin(author, "prof.lyon")

    # The module: content, then a theme in the Classification tab, saved as a draft.
    author.goto(f"/admin/pages/add/courses/modulepage/{lyon.pk}/")
    author.locator("#id_title").fill(MODULE_TITLE)
    author.locator("#id_summary").fill("How silence in a consultation carries meaning, and how to hold it.")
    author.get_by_role("tab", name="Classification").click()
    author.get_by_label("Empathy").check()
    save_draft(author)
    module = ModulePage.objects.get(title=MODULE_TITLE)

    # Its lesson: one section of text in the body.
    author.goto(f"/admin/pages/add/courses/lessonpage/{module.pk}/")
    author.locator("#id_title").fill(LESSON_TITLE)
    author.locator("#id_introduction").fill("Students notice and name the pauses in a recorded interview.")
    author.locator("[data-streamfield-stream-container] button, .c-sf-add-button").first.click()
    author.get_by_role("option", name=re.compile("Section")).click()
    author.locator("input[name$='-value-heading']").fill("Hearing the pause")
    author.locator(".Draftail-Editor [contenteditable=true]").first.click()
    author.keyboard.type("A patient who stops speaking is often still telling us something.")
    # Draftail copies its text into the form a moment after the last keystroke.
    author.locator("#id_title").focus()
    author.wait_for_timeout(500)
    save_draft(author)
    lesson = LessonPage.objects.get(title=LESSON_TITLE)

    author.goto(f"/admin/pages/{lesson.pk}/edit/")
    submit_for_review(author)
    author.goto(f"/admin/pages/{module.pk}/edit/")
    submit_for_review(author)

    # The reviewer in Ottawa finds both in the dashboard queue and approves each with a full review.
    reviewer = new_page()
    sign_in_to_admin(reviewer, "reviewer.ottawa")
    queue = reviewer.locator("section, .panel").filter(has_text="Awaiting your review").first
    expect(queue).to_contain_text(MODULE_TITLE)
    expect(queue).to_contain_text(LESSON_TITLE)

    for page_id, title in ((lesson.pk, LESSON_TITLE), (module.pk, MODULE_TITLE)):
        reviewer.goto(f"/admin/pages/{page_id}/edit/")
        reviewer.locator("footer [data-w-dropdown-target='toggle'], footer .dropdown-toggle").first.click()
        reviewer.get_by_role("button", name=re.compile("^Approve")).click()
        modal = reviewer.locator(".modal, [role=dialog]").filter(has=reviewer.locator("textarea[name=overall_comment]"))
        fill_review(modal, f"{title}: clear, accurate, ready for students.")
        modal.get_by_role("button", name=re.compile("^Approve")).click()
        expect(reviewer.locator(".messages")).to_contain_text(f"Page '{title}' has been updated.")

    assert ModulePage.objects.get(pk=module.pk).live and LessonPage.objects.get(pk=lesson.pk).live
    review = PeerReview.objects.get(page=module)
    assert review.reviewer_institution.slug == "ottawa" and review.decision == "approve"

    # Readers find it in the library, marked as peer reviewed by Ottawa.
    reader = new_page()
    reader.goto("/en/library/")
    reader.get_by_role("link", name=MODULE_TITLE).click()
    expect(reader.locator(".facts")).to_contain_text("by a reviewer of University of Ottawa")
    expect(reader.get_by_role("link", name=LESSON_TITLE)).to_be_visible()
