"""The "what changed" view of an adaptation's original: module field by field, lessons block by block."""

import uuid

import pytest
from bs4 import BeautifulSoup

from courses.adaptation import adapt
from courses.models import LessonPage, ModulePage
from tests.builders import build_lesson
from tests.lookups import account, refused

pytestmark = pytest.mark.django_db


def changes_page(client, adaptation):
    response = client.get(f"/admin/adapt/{adaptation.pk}/source-changes/")
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def lesson_section(page, title):
    return next(section for section in page.select(".source-changes__lesson") if title in section.h3.get_text())


@pytest.fixture
def adapted(module):
    """(source, adaptation, source lessons): a Lyon module adapted at Ottawa, its lessons as they were."""
    source = ModulePage.objects.get(pk=module.pk)
    adaptation = adapt(source, account("instructor.ottawa"))
    return source, adaptation, list(LessonPage.objects.child_of(source).order_by("path"))


def revise(lesson, edit):
    lesson = LessonPage.objects.get(pk=lesson.pk)
    data = [dict(block) for block in lesson.body.raw_data]
    edit(data)
    lesson.body = data
    lesson.save_revision().publish()


def test_the_view_shows_each_lesson_and_block_that_changed_since_the_adaptation(client, adapted):
    source, adaptation, (first, second) = adapted
    source.summary = "A summary rewritten by the original's authors."
    source.save_revision().publish()

    def rewrite_and_extend(blocks):
        blocks[0]["value"] = {**blocks[0]["value"], "text": "<p>Consent is a conversation, renewed at each step.</p>"}
        blocks.append(
            {"type": "discussion", "value": {"questions": ["What would you ask first?"]}, "id": str(uuid.uuid4())}
        )

    revise(first, rewrite_and_extend)
    build_lesson(source, title="A lesson added later")

    client.force_login(account("instructor.ottawa"))
    page = changes_page(client, adaptation)
    module_fields = page.select(".source-changes > table")[0]
    assert "Summary" in module_fields.get_text() and "rewritten by the original" in module_fields.get_text()

    changed = lesson_section(page, first.title)
    assert "Changed" in changed.h3.get_text()
    rows = {row.th.get_text(" ", strip=True): row.td for row in changed.select("tbody tr")}
    section_row = next(cell for label, cell in rows.items() if label.startswith("Section") and "changed" in label)
    assert section_row.select("span.deletion") and section_row.select("span.addition")
    assert "renewed at each step" in section_row.get_text()
    discussion_row = next(cell for label, cell in rows.items() if label.startswith("Discussion") and "added" in label)
    assert "What would you ask first?" in discussion_row.get_text()

    assert "Unchanged" in lesson_section(page, second.title).h3.get_text()
    assert "New lesson" in lesson_section(page, "A lesson added later").h3.get_text()


def test_a_withdrawn_lesson_is_said_to_be_no_longer_published(client, adapted):
    source, adaptation, (first, _second) = adapted
    LessonPage.objects.get(pk=first.pk).unpublish()
    client.force_login(account("instructor.ottawa"))
    assert "No longer published" in lesson_section(changes_page(client, adaptation), first.title).h3.get_text()


def test_once_taken_into_account_the_view_compares_from_there(client, adapted):
    source, adaptation, (first, _second) = adapted
    revise(first, lambda blocks: blocks[0]["value"].update(text="<p>A first revision.</p>"))
    client.force_login(account("instructor.ottawa"))
    assert "Changed" in lesson_section(changes_page(client, adaptation), first.title).h3.get_text()

    source.save_revision().publish()
    response = client.post(f"/admin/adapt/{adaptation.pk}/source-changes/")
    assert response.status_code == 302
    page = changes_page(client, adaptation)
    assert "No lesson has changed." in page.get_text()

    revise(first, lambda blocks: blocks[0]["value"].update(text="<p>A second revision.</p>"))
    changed = lesson_section(changes_page(client, adaptation), first.title)
    # Compared with what was taken into account (the first revision), not with the adapted text.
    assert [span.get_text() for span in changed.select("span.deletion")] == ["first"]
    assert [span.get_text() for span in changed.select("span.addition")] == ["second"]


def test_only_the_adaptation_s_editors_see_the_changes(client, adapted):
    _source, adaptation, _lessons = adapted
    for username in ("prof.lyon", "prof.sjtu", "student"):
        client.force_login(account(username))
        assert refused(client.get(f"/admin/adapt/{adaptation.pk}/source-changes/"))
    client.force_login(account("instructor.ottawa"))
    assert client.get("/admin/adapt/999999/source-changes/").status_code == 404


def test_the_editor_notice_links_to_the_changes(client, adapted):
    source, adaptation, _lessons = adapted
    source.summary = "Revised."
    source.save_revision().publish()
    client.force_login(account("instructor.ottawa"))
    editor = client.get(f"/admin/pages/{adaptation.pk}/edit/").content.decode()
    assert f"/admin/adapt/{adaptation.pk}/source-changes/" in editor
    assert f"/admin/adapt/{adaptation.pk}/source-changes/" in client.get("/admin/").content.decode()
