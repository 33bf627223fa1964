"""Translating with wagtail-localize (issue 5): a module and its lessons in one action, kept in step."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from courses.models import LessonPage, ModulePage
from courses.translation import out_of_date_translations
from tests.builders import build_module
from tests.lookups import account, refused, version_in

pytestmark = pytest.mark.django_db

User = get_user_model()


def submit_translation(client, page, *codes, subtree=True):
    data = {"locales": [Locale.objects.get(language_code=code).pk for code in codes]}
    if subtree:
        data["include_subtree"] = "on"
    return client.post(f"/admin/localize/submit/page/{page.pk}/", data)


@pytest.fixture
def module(db):
    return build_module(lessons=2, institution="ottawa", title="Silence in the consultation")


@pytest.fixture
def translated(client, module):
    """prof.ottawa sends the module, with its lessons, to French translation."""
    client.force_login(account("prof.ottawa"))
    response = submit_translation(client, module, "fr")
    assert response.status_code == 302
    return version_in(module, "fr")


def translate_title(client, page, text):
    """What the translator does in wagtail-localize's editor for one string: type its translation."""
    translation = Translation.objects.get(source__object_id=page.translation_key, target_locale=page.locale)
    segment = StringSegment.objects.get(source=translation.source, context__path="title")
    response = client.put(
        f"/admin/localize/translate/{translation.pk}/strings/{segment.pk}/edit/",
        f"value={text}",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code in (200, 201), response.content


def test_translating_a_module_translates_its_lessons_in_the_same_action(client, module, translated):
    lessons = list(LessonPage.objects.child_of(module).order_by("path"))
    assert translated.alias_of_id is None and translated.locale.language_code == "fr"
    assert translated.translation_key == module.translation_key
    for lesson in lessons:
        french = version_in(lesson, "fr")
        assert french.alias_of_id is None and french.get_parent().pk == translated.pk
        assert Translation.objects.filter(
            source__object_id=lesson.translation_key, target_locale=french.locale
        ).exists()
    # Until the translation is published, French readers still get the original, said to be English.
    html = client.get(translated.url).content.decode()
    assert '<article class="module" lang="en">' in html and "Pas encore traduit" in html


def test_the_translator_publishes_the_translation_which_then_reads_in_french(
    client, module, translated, django_capture_on_commit_callbacks
):
    translate_title(client, translated, "Le silence dans la consultation")
    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes on commit
        response = client.post(f"/admin/pages/{translated.pk}/edit/", {"action": "publish"})
    assert response.status_code in (200, 302)
    published = ModulePage.objects.get(pk=translated.pk)
    assert published.live and published.title == "Le silence dans la consultation"
    assert published.text_language == "fr"
    html = client.get(published.url).content.decode()
    assert '<article class="module" lang="fr">' in html and "Pas encore traduit" not in html


def test_editing_the_original_marks_the_translation_out_of_date_until_it_is_updated(
    client, module, translated, django_capture_on_commit_callbacks
):
    translate_title(client, translated, "Le silence dans la consultation")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/pages/{translated.pk}/edit/", {"action": "publish"})
    assert out_of_date_translations().filter(target_locale__language_code="fr").count() == 0

    module = ModulePage.objects.get(pk=module.pk)
    module.summary = "A revised summary: silence as a clinical skill."
    module.save_revision().publish()
    stale = out_of_date_translations()
    assert [(t.source.object_id, t.target_locale.language_code) for t in stale] == [(module.translation_key, "fr")]

    report = client.get("/admin/reports/out-of-date-translations/").content.decode()
    assert "Le silence dans la consultation" in report and "Silence in the consultation" in report

    source = TranslationSource.objects.get(object_id=module.translation_key, locale=module.locale)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/localize/update/{source.pk}/", {"publish_translations": "on"})
    assert response.status_code == 302
    assert not out_of_date_translations().exists()
    assert "silence as a clinical skill" in ModulePage.objects.get(pk=translated.pk).summary


def test_authors_translate_only_their_own_institutions_teaching(client, module):
    client.force_login(account("prof.lyon"))
    assert refused(submit_translation(client, module, "fr"))
    assert version_in(module, "fr").alias_of_id == module.pk  # still the alias
    client.force_login(account("prof.ottawa"))
    submit_translation(client, module, "fr")
    source = TranslationSource.objects.get(object_id=module.translation_key, locale=module.locale)
    client.force_login(account("prof.lyon"))
    assert refused(client.post(f"/admin/localize/update/{source.pk}/", {"publish_translations": "on"}))
    client.force_login(account("student"))
    assert refused(submit_translation(client, module, "zh-hans"))
    assert version_in(module, "zh-hans").alias_of_id == module.pk


def test_translators_can_work_in_po_files(client, module, translated):
    translation = Translation.objects.get(source__object_id=module.translation_key, target_locale=translated.locale)
    response = client.get(f"/admin/localize/translate/{translation.pk}/pofile/download/")
    assert response.status_code == 200
    po = response.content.decode()
    assert 'msgctxt "title"\nmsgid "Silence in the consultation"\nmsgstr ""' in po


def test_themes_are_translated_with_the_same_tool(client):
    from courses.models import Theme

    manager = User.objects.create_user("manager.themes", password="a-long-test-password")
    manager.groups.add(Group.objects.get(name="Site managers"))
    client.force_login(manager)
    theme = Theme.objects.create(
        locale=Locale.objects.get(language_code="en"),
        slug="narrative",
        name="Narrative",
        description="Reading and writing stories of illness to understand patients.",
    )
    response = client.post(
        f"/admin/localize/submit/snippet/courses/theme/{theme.pk}/",
        {"locales": [Locale.objects.get(language_code="fr").pk]},
    )
    assert response.status_code == 302
    assert theme.get_translation(Locale.objects.get(language_code="fr")).slug == "narrative"


def test_institutions_are_translated_with_the_same_tool(client):
    from courses.models import InstitutionPage

    manager = User.objects.create_user("manager.sections", password="a-long-test-password")
    manager.groups.add(Group.objects.get(name="Site managers"))
    client.force_login(manager)
    library = InstitutionPage.objects.get(slug="lyon", locale__language_code="en").get_parent()
    fudan = library.add_child(
        instance=InstitutionPage(
            title="Fudan University", slug="fudan", short_name="Fudan", city="Shanghai", country="China"
        )
    )
    fudan.save_revision().publish()
    response = submit_translation(client, fudan, "fr", "zh-hans", subtree=False)
    assert response.status_code == 302
    for language in ("fr", "zh-hans"):
        translated = version_in(fudan, language)
        assert isinstance(translated, InstitutionPage) and translated.alias_of_id is None
        assert translated.get_parent().locale.language_code == language


def test_authors_translate_their_own_institutions_people_but_not_the_themes(client):
    from courses.models import Contributor, Theme

    client.force_login(account("prof.lyon"))
    french = Locale.objects.get(language_code="fr")
    theme = Theme.objects.get(slug="ethics", locale__language_code="en")
    response = client.post(f"/admin/localize/submit/snippet/courses/theme/{theme.pk}/", {"locales": [french.pk]})
    assert refused(response)
    assert not Translation.objects.filter(source__object_id=theme.translation_key).exists()
    ottawa_person = Contributor.objects.filter(institution__slug="ottawa", locale__language_code="en").first()
    client.post(f"/admin/localize/submit/snippet/courses/contributor/{ottawa_person.pk}/", {"locales": [french.pk]})
    assert not Translation.objects.filter(source__object_id=ottawa_person.translation_key).exists()
    assert client.post("/admin/localize/submit/snippet/courses/nothing/1/", {}).status_code == 404
