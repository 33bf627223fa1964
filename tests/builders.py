"""Tiny builders for the smallest trees a test needs, beside the demo library."""

import itertools

from courses.content import artwork
from courses.content.build import _ensure_document, _ensure_image, institution_page
from courses.models import Contributor, LessonPage, ModuleAuthor, ModulePage, Theme

_counter = itertools.count(1)

SECTION_TEXT = (
    "<p>Consent is a conversation before it is a signature. The clinician explains, checks what was understood, "
    "and leaves room for questions and for refusal.</p>"
)


def build_module(lessons=2, authors=1, institution="lyon", language="en", themes=("ethics",), publish=True, **fields):
    number = next(_counter)
    parent = institution_page(institution, language)
    module = ModulePage(
        title=fields.pop("title", f"Test module {number}"),
        slug=f"test-module-{number}",
        summary=fields.pop("summary", "A short module written for a test."),
        live=False,
        **fields,
    )
    module.themes = list(Theme.objects.filter(locale__language_code="en", slug__in=themes))
    module.module_authors = [
        ModuleAuthor(
            contributor=Contributor.objects.create(
                locale=parent.locale, name=f"Author {number}-{index}", institution=parent, title="Professor"
            )
        )
        for index in range(authors)
    ]
    parent.add_child(instance=module)
    for _ in range(lessons):
        build_lesson(module)
    if publish:
        module.save_revision().publish()
    return module


def build_lesson(module, every_block=False, **fields):
    number = next(_counter)
    body = fields.pop("body", None) or (
        every_block_body() if every_block else [("section", {"heading": "Why consent matters", "text": SECTION_TEXT})]
    )
    lesson = LessonPage(
        title=fields.pop("title", f"Test lesson {number}"),
        slug=f"test-lesson-{number}",
        introduction="What this lesson does.",
        duration_minutes=fields.pop("duration_minutes", 45),
        body=body,
        **fields,
    )
    module.add_child(instance=lesson)
    lesson.save_revision().publish()
    return lesson


def every_block_body():
    """One of each teaching block, each carrying a marker a test can look for."""
    image = _ensure_image("SPIKES protocol diagram", "spikes.png", artwork.spikes_diagram())
    document = _ensure_document("Test worksheet", "test-worksheet.docx", artwork.worksheet_docx("T", "S", ["1."]))
    return [
        ("section", {"heading": "Why consent matters", "text": "<p>marker-section text</p>"}),
        (
            "image",
            {"image": image, "alt_text": "marker-image alt", "caption": "marker-image caption", "credit": "Drawn"},
        ),
        (
            "embed",
            {
                "url": "https://www.youtube.com/watch?v=1Evwgu369Jw",
                "title": "marker-embed title",
                "description": "marker-embed description",
            },
        ),
        (
            "excerpt",
            {"kind": "literature", "text": "marker-excerpt text", "source": "Montaigne, Essais", "commentary": ""},
        ),
        ("case", {"title": "marker-case title", "presentation": "<p>A patient.</p>", "consent": "deidentified"}),
        ("discussion", {"questions": ["marker-discussion question"]}),
        ("reflection", {"prompt": "marker-reflection prompt", "guidance": "Write for ten minutes."}),
        (
            "activity",
            {
                "title": "marker-activity title",
                "duration_minutes": 20,
                "group_size": "3-4",
                "instructions": "<p>Go.</p>",
            },
        ),
        ("takeaways", {"items": ["marker-takeaways item"]}),
        (
            "further_reading",
            {
                "citations": [
                    {
                        "authors": "Charon R",
                        "title": "marker-further-reading title",
                        "venue": "JAMA",
                        "year": 2001,
                        "doi": "10.1001/jama.286.15.1897",
                        "url": "",
                    }
                ]
            },
        ),
        ("resources", {"items": [{"document": document, "description": "marker-resources description"}]}),
        ("section", {"heading": "Why consent matters", "text": "<p>A second section with the same heading.</p>"}),
        ("facilitator_notes", {"text": "<p>Debrief in pairs: marker-notes</p>"}),
    ]
