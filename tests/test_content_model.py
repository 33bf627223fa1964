"""What a module and a lesson must hold, and the errors an editor sees otherwise."""

import pytest
from django.core.exceptions import ValidationError
from wagtail import blocks

from courses.blocks import CaptionedImageBlock, CaseVignetteBlock, CitationBlock, LessonBodyBlock
from courses.models import LessonPage, ModulePage, Theme
from courses.models.pages import iso_duration, reading_minutes
from courses.models.people import validate_orcid
from tests.builders import build_lesson, build_module

pytestmark = pytest.mark.django_db


def publish_errors(module):
    with pytest.raises(ValidationError) as raised:
        module.save_revision().publish()
    return raised.value.message_dict


def test_module_cannot_be_published_without_a_lesson():
    module = build_module(lessons=0, publish=False)
    errors = publish_errors(module)
    assert errors["__all__"] == ["Add at least one lesson under this module before publishing it."]
    assert not ModulePage.objects.get(pk=module.pk).live


def test_module_cannot_be_published_without_a_theme_or_a_summary():
    module = build_module(lessons=1, themes=(), summary="", publish=False)
    errors = publish_errors(module)
    assert set(errors) == {"themes", "summary"}
    assert not ModulePage.objects.get(pk=module.pk).live


def test_module_with_theme_summary_and_lesson_is_published():
    module = build_module(lessons=1, publish=True)
    assert ModulePage.objects.get(pk=module.pk).live


def test_draft_module_may_be_saved_incomplete():
    module = build_module(lessons=0, themes=(), summary="", publish=False)
    module.save_revision()
    assert ModulePage.objects.get(pk=module.pk).has_unpublished_changes


def test_summary_longer_than_a_card_allows_is_refused():
    module = build_module(lessons=1, publish=False)
    module.summary = "x" * 281
    with pytest.raises(ValidationError) as raised:
        module.full_clean()
    assert "summary" in raised.value.message_dict


def test_modules_only_live_in_institution_sections_and_lessons_only_in_modules():
    assert [model.__name__ for model in ModulePage.allowed_parent_page_models()] == ["InstitutionPage"]
    assert [model.__name__ for model in LessonPage.allowed_parent_page_models()] == ["ModulePage"]
    assert LessonPage.allowed_subpage_models() == []


def test_case_vignette_cannot_be_saved_without_the_privacy_confirmation():
    block = CaseVignetteBlock()
    value = block.to_python({"title": "A case", "presentation": "<p>Mr. A.</p>", "consent": ""})
    with pytest.raises(blocks.StructBlockValidationError) as raised:
        block.clean(value)
    assert "consent" in raised.value.block_errors


def test_image_block_requires_a_text_alternative():
    block = CaptionedImageBlock()
    with pytest.raises(blocks.StructBlockValidationError) as raised:
        block.clean(block.to_python({"image": None, "alt_text": "", "caption": "", "credit": ""}))
    assert {"image", "alt_text"} <= set(raised.value.block_errors)
    assert "identifiable patient" in str(block.child_blocks["image"].field.help_text)


@pytest.mark.parametrize("doi", ["https://doi.org/10.1001/jama.286.15.1897", "jama.286", "10.1/x"])
def test_citation_refuses_a_malformed_doi(doi):
    block = CitationBlock()
    value = block.to_python({"authors": "Charon R", "title": "Narrative medicine", "doi": doi})
    with pytest.raises(blocks.StructBlockValidationError):
        block.clean(value)


def test_citation_accepts_a_well_formed_doi():
    block = CitationBlock()
    value = block.to_python({"authors": "Charon R", "title": "Narrative medicine", "doi": "10.1001/jama.286.15.1897"})
    assert block.clean(value)["doi"] == "10.1001/jama.286.15.1897"


def test_lesson_body_needs_at_least_one_section():
    with pytest.raises(blocks.StreamBlockValidationError):
        LessonBodyBlock().clean(LessonBodyBlock().normalize([("takeaways", {"items": ["Only this."]})]))


@pytest.mark.parametrize("orcid", ["0000-0002-1825-0097", "0000-0002-1694-233X"])
def test_orcid_with_a_valid_check_digit_is_accepted(orcid):
    validate_orcid(orcid)


@pytest.mark.parametrize("orcid", ["0000-0002-1825-0098", "1234", "0000 0002 1825 0097", "<script>"])
def test_orcid_with_a_typing_error_is_refused(orcid):
    with pytest.raises(ValidationError):
        validate_orcid(orcid)


def test_themes_link_the_default_language_rows_and_have_translations():
    ethics = Theme.objects.get(slug="ethics", locale__language_code="en")
    names = {
        theme.locale.language_code: theme.name for theme in Theme.objects.filter(translation_key=ethics.translation_key)
    }
    assert names == {"en": "Ethics", "fr": "Éthique", "zh-hans": "伦理"}
    choices = ModulePage._meta.get_field("themes").get_limit_choices_to()
    assert set(Theme.objects.filter(choices).values_list("locale__language_code", flat=True)) == {"en"}


@pytest.mark.parametrize(
    ("text", "minutes"),
    [("word " * 440, 2), ("共" * 700, 2), ("word " * 10, 1), ("word " * 220 + "共" * 350, 2)],
)
def test_reading_time_counts_chinese_by_characters_and_the_rest_by_words(text, minutes):
    assert reading_minutes(text) == minutes


@pytest.mark.parametrize(("minutes", "iso"), [(45, "PT45M"), (60, "PT1H"), (210, "PT3H30M"), (0, "PT0M")])
def test_iso_durations_for_schema_org(minutes, iso):
    assert iso_duration(minutes) == iso


def test_module_lessons_are_listed_in_tree_order_and_only_when_live():
    module = build_module(lessons=2)
    draft = build_lesson(module)
    LessonPage.objects.filter(pk=draft.pk).update(live=False)
    assert [lesson.pk for lesson in module.lessons()] == [
        lesson.pk for lesson in LessonPage.objects.child_of(module).live().order_by("path")
    ]
    assert draft.pk not in {lesson.pk for lesson in module.lessons()}
