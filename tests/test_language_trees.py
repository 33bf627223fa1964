"""Synchronised trees (issue 5): a module published in one language is reachable in the other two at once."""

import re
from datetime import UTC

import pytest
from wagtail.models import Locale, Page

from courses.content.build import translate_page
from courses.models import LessonPage, ModulePage
from tests.builders import build_module
from tests.lookups import version_in

pytestmark = pytest.mark.django_db


def head_of(html):
    return re.search(r"<head>.*</head>", html, re.S).group(0)


def test_a_published_module_and_its_lessons_reach_the_other_two_trees_at_once():
    module = build_module(lessons=2, institution="ottawa", title="Silence in the consultation")
    lessons = list(LessonPage.objects.child_of(module).order_by("path"))
    for language in ("fr", "zh-hans"):
        alias = version_in(module, language).specific
        assert alias.alias_of_id == module.pk and alias.live
        assert alias.get_parent().specific.slug == "ottawa" and alias.locale.language_code == language
        alias_lessons = [version_in(lesson, language).specific for lesson in lessons]
        assert [lesson.alias_of_id for lesson in alias_lessons] == [lesson.pk for lesson in lessons]
        assert all(lesson.get_parent().pk == alias.pk for lesson in alias_lessons)


def test_the_original_is_read_in_the_readers_interface_marked_with_its_own_language(client):
    module = build_module(lessons=1, institution="ottawa", title="Silence in the consultation")
    lesson = LessonPage.objects.child_of(module).get()
    for page in (version_in(module, "fr"), version_in(lesson, "fr")):
        html = client.get(page.url).content.decode()
        assert page.url.startswith("/fr/library/ottawa/")
        assert '<html lang="fr"' in html
        assert re.search(r'<article class="(module|lesson)" lang="en">', html)
        assert "Pas encore traduit : voici le texte original, en anglais." in html
        original = module if page.specific_class is ModulePage else lesson
        assert f'<link rel="canonical" href="http://testserver{original.url}">' in html
        assert 'hreflang="fr"' not in head_of(html)  # the text is English: no French alternate


def test_aliases_follow_their_original_when_it_changes_is_unpublished_and_deleted(client):
    module = build_module(lessons=1, institution="sjtu", title="Truth-telling at the bedside")
    alias = version_in(module, "fr")
    module.title = "Truth-telling at the bedside, revised"
    module.save_revision().publish()
    assert "Truth-telling at the bedside, revised" in client.get(alias.url).content.decode()

    module = ModulePage.objects.get(pk=module.pk)
    module.unpublish()
    assert client.get(alias.url).status_code == 404
    module.save_revision().publish()
    assert client.get(alias.url).status_code == 200

    module.delete()
    assert not Page.objects.filter(pk=alias.pk).exists()
    assert not Page.objects.filter(alias_of__isnull=False, title__startswith="Truth-telling at the bedside").exists()


def test_a_translation_takes_the_place_of_the_alias_and_keeps_the_untranslated_lessons_reachable(client):
    module = build_module(lessons=2, institution="lyon", title="Reading illness narratives")
    first, second = LessonPage.objects.child_of(module).order_by("path")
    translated = translate_page(module, "fr", {"title": "Lire les récits de maladie", "slug": "lire-les-recits"})
    translated.save_revision().publish()
    french = version_in(module, "fr").specific
    assert french.pk == translated.pk and french.alias_of_id is None
    assert Page.objects.filter(translation_key=module.translation_key, locale__language_code="fr").count() == 1
    # Its lessons, not translated yet, stand in under the French module.
    for lesson in (first, second):
        stand_in = version_in(lesson, "fr")
        assert stand_in.alias_of_id == lesson.pk and stand_in.get_parent().pk == translated.pk
    html = client.get(translated.url).content.decode()
    assert '<article class="module" lang="fr">' in html and "Pas encore traduit" not in html
    assert f'hreflang="fr" href="http://testserver{translated.url}"' in head_of(html)


def test_mirroring_is_idempotent_and_brings_an_older_site_up_to_date():
    from courses.language_trees import mirror_every_page

    module = build_module(lessons=1, institution="shutcm")
    Page.objects.filter(alias_of=module).delete()  # as on a site from before mirroring
    made = mirror_every_page()
    assert {page.locale.language_code for page in made} >= {"fr", "zh-hans"}
    assert mirror_every_page() == []


def test_every_demo_module_and_lesson_is_reachable_in_every_tree():
    for page_type in (ModulePage, LessonPage):
        keys = set(page_type.objects.filter(alias_of__isnull=True).values_list("translation_key", flat=True))
        for locale in Locale.objects.all():
            here = set(page_type.objects.live().filter(locale=locale).values_list("translation_key", flat=True))
            assert keys <= here, f"{page_type.__name__} missing in {locale.language_code}"


def test_the_library_opens_untranslated_modules_in_the_readers_own_tree(client):
    module = build_module(lessons=1, institution="ottawa", title="Silence in the consultation")
    html = client.get("/zh-hans/library/", {"q": "Silence in the consultation"}).content.decode()
    alias = version_in(module, "zh-hans")
    assert f'href="{alias.url}"' in html
    assert f'href="{module.url}"' not in html


def test_aliases_are_neither_in_the_sitemap_nor_in_the_api(client):
    module = build_module(lessons=1, institution="ottawa", title="Silence in the consultation")
    alias = version_in(module, "fr")
    assert alias.url not in client.get("/sitemap.xml").content.decode()
    assert client.get(f"/api/v2/pages/{alias.pk}/").status_code == 404


def test_the_switcher_says_which_languages_only_have_the_original(client):
    module = build_module(lessons=1, institution="ottawa", title="Silence in the consultation")
    english = client.get(module.url).content.decode()
    french_alias = version_in(module, "fr")
    assert f'href="{french_alias.url}" lang="fr" hreflang="fr">Français' in english
    assert "(not translated yet: the original text, in English)" in english
    french = client.get(french_alias.url).content.decode()
    assert "(pas encore traduit : le texte original, en anglais)" in french
    chinese = client.get(version_in(module, "zh-hans").url).content.decode()
    assert "（尚未翻译：显示英语原文）" in chinese and "尚未翻译：以下是英语原文。" in chinese


PUBLIC_PAGES = {
    "home": lambda language: f"/{language}/",
    "library": lambda language: f"/{language}/library/",
    "institution": lambda language: f"/{language}/library/shutcm/",
    "search": lambda language: f"/{language}/search/?q=empathy",
    "sign-in": lambda language: f"/{language}/accounts/sign-in/",
}


@pytest.mark.parametrize("language", ["en", "fr", "zh-hans"])
def test_every_public_page_type_renders_in_each_language_with_the_right_lang(client, language):
    for name, address in PUBLIC_PAGES.items():
        response = client.get(address(language))
        assert response.status_code == 200, name
        assert f'<html lang="{language}"' in response.content.decode(), name
    about = Page.objects.get(slug__in=["about", "a-propos", "guanyu"], locale__language_code=language)
    assert f'<html lang="{language}"' in client.get(about.url).content.decode()
    # Teaching pages: the interface in the tree's language, the text in its own.
    for module in ModulePage.objects.live().filter(locale__language_code=language).select_related("alias_of"):
        html = client.get(module.url).content.decode()
        assert f'<html lang="{language}"' in html
        assert f'<article class="module" lang="{module.content_language}">' in html
    for lesson in LessonPage.objects.live().filter(locale__language_code=language)[:12]:
        html = client.get(lesson.url).content.decode()
        assert f'<html lang="{language}"' in html
        assert f'<article class="lesson" lang="{lesson.content_language}">' in html


def test_every_live_module_and_lesson_answers_at_its_address_in_every_tree(client):
    pages = list(ModulePage.objects.live()) + list(LessonPage.objects.live())
    assert len(pages) > 100
    unreachable = [page.url for page in pages if client.get(page.url).status_code != 200]
    assert unreachable == []


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "Nov. 28, 2026"), ("fr", "28 novembre 2026"), ("zh-hans", "2026年11月28日")],
)
def test_dates_read_in_the_readers_locale(client, language, expected):
    from datetime import datetime

    module = build_module(lessons=1, institution="ottawa", title="Silence in the consultation")
    moment = datetime(2026, 11, 28, 9, 30, tzinfo=UTC)
    ModulePage.objects.filter(translation_key=module.translation_key).update(last_published_at=moment)
    html = client.get(version_in(module, language).url).content.decode()
    assert f'<time datetime="{moment.isoformat()}">{expected}</time>' in html


def test_a_new_institutions_modules_reach_a_tree_when_the_institution_does(client):
    from courses.content.build import translate_page
    from courses.models import InstitutionPage

    library = InstitutionPage.objects.get(slug="lyon", locale__language_code="en").get_parent()
    fudan = library.add_child(
        instance=InstitutionPage(
            title="Fudan University", slug="fudan", short_name="Fudan", city="Shanghai", country="China"
        )
    )
    fudan.save_revision().publish()
    module = build_module(lessons=1, institution="lyon")
    module.move(fudan, pos="last-child")
    module = ModulePage.objects.get(pk=module.pk)
    module.save_revision().publish()
    assert not Page.objects.filter(translation_key=module.translation_key, locale__language_code="fr").exists()

    french = translate_page(fudan, "fr", {"title": "Université Fudan", "slug": "fudan"})
    french.save_revision().publish()
    alias = version_in(module, "fr")
    assert alias.alias_of_id == module.pk and alias.get_parent().pk == french.pk
    assert client.get(alias.url).status_code == 200
