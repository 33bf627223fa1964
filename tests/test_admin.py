"""The editor's side: what the admin tells an author who tries to publish an unfinished module."""

import pytest
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from courses.models import LessonPage, ModulePage, Theme
from tests.builders import build_module

pytestmark = pytest.mark.django_db


def module_form(module, **overrides):
    """The editor's form as the browser posts it for `module`, unchanged but for `overrides`."""
    data = {
        "title": module.title,
        "slug": module.slug,
        "summary": module.summary,
        "objectives": streamfield([(block.block_type, block.value) for block in module.objectives]),
        "module_authors": inline_formset(
            [{"contributor": author.contributor_id} for author in module.module_authors.all()]
        ),
        "references": streamfield([]),
        "level": module.level,
        "license": module.license,
        "keywords": ", ".join(tag.name for tag in module.keywords.all()),
        "seo_title": "",
        "search_description": "",
    }
    themes = overrides.pop("themes", [theme.pk for theme in module.themes.all()])
    data.update(overrides)
    # Multiple-choice fields go in as lists, outside the nested (prefix-0-field) form data.
    return {**nested_form_data(data), "themes": themes, "contributing_institutions": []}


def test_publishing_a_module_without_lessons_shows_the_editor_why(admin_client):
    module = build_module(lessons=0, publish=False)
    response = admin_client.post(
        f"/admin/pages/{module.pk}/edit/", {**module_form(module), "action-publish": "publish"}
    )
    assert response.status_code == 200
    assert "Add at least one lesson under this module before publishing it." in response.content.decode()
    assert not ModulePage.objects.get(pk=module.pk).live


def test_publishing_a_module_without_theme_or_summary_marks_the_fields(admin_client):
    module = build_module(lessons=1, publish=False)
    response = admin_client.post(
        f"/admin/pages/{module.pk}/edit/",
        {**module_form(module, themes=[], summary=""), "action-publish": "publish"},
    )
    content = response.content.decode()
    assert "Choose at least one theme before publishing." in content
    assert "Write a summary before publishing" in content
    assert not ModulePage.objects.get(pk=module.pk).live


def test_saving_an_unfinished_module_as_a_draft_is_allowed(admin_client):
    module = build_module(lessons=0, publish=False)
    response = admin_client.post(f"/admin/pages/{module.pk}/edit/", module_form(module, themes=[], summary=""))
    assert response.status_code == 302
    assert ModulePage.objects.get(pk=module.pk).latest_revision is not None


def test_a_complete_module_is_published_from_the_editor(admin_client):
    module = build_module(lessons=1, publish=False)
    ethics = Theme.objects.get(slug="ethics", locale__language_code="en")
    response = admin_client.post(
        f"/admin/pages/{module.pk}/edit/", {**module_form(module, themes=[ethics.pk]), "action-publish": "publish"}
    )
    assert response.status_code == 302
    assert ModulePage.objects.get(pk=module.pk).live


def test_module_and_lesson_editors_open(admin_client):
    module = ModulePage.objects.get(slug="breaking-bad-news-with-empathy", alias_of=None)
    assert admin_client.get(f"/admin/pages/{module.pk}/edit/").status_code == 200
    lesson = LessonPage.objects.child_of(module).first()
    assert admin_client.get(f"/admin/pages/{lesson.pk}/edit/").status_code == 200


def test_preview_of_an_edited_module_looks_like_the_site(admin_client):
    module = build_module(lessons=1)
    url = f"/admin/pages/{module.pk}/edit/preview/"
    posted = admin_client.post(url, module_form(module, title="A title only in the preview"))
    assert posted.json()["is_valid"] is True
    content = admin_client.get(url).content.decode()
    assert "A title only in the preview" in content
    assert 'class="module"' in content and "How to cite and reuse" in content


def test_theme_and_contributor_snippets_are_listed(admin_client):
    assert "Empathy" in admin_client.get("/admin/snippets/courses/theme/").content.decode()
    assert "Catherine Ouellette" in admin_client.get("/admin/snippets/courses/contributor/").content.decode()


def test_an_author_saves_a_new_module_as_a_draft_before_it_has_lessons(client):
    from django.contrib.auth import get_user_model

    from courses.models import InstitutionPage

    client.force_login(get_user_model().objects.get(username="prof.lyon"))
    lyon = InstitutionPage.objects.get(slug="lyon", locale__language_code="en")
    data = nested_form_data(
        {
            "title": "A draft without lessons yet",
            "slug": "a-draft-without-lessons-yet",
            "summary": "",
            "objectives": streamfield([]),
            "module_authors": inline_formset([]),
            "references": streamfield([]),
            "level": "clinical",
            "license": "cc-by",
            "keywords": "",
        }
    )
    response = client.post(f"/admin/pages/add/courses/modulepage/{lyon.pk}/", {**data, "themes": []})
    assert response.status_code == 302
    draft = ModulePage.objects.get(slug="a-draft-without-lessons-yet", alias_of=None)
    assert not draft.live
    # Submitting it is another matter: the editor says what is missing.
    response = client.post(f"/admin/pages/{draft.pk}/edit/", {**module_form(draft), "action-submit": "submit"})
    # prof.lyon works in a French admin.
    assert "Ajoutez au moins une leçon à ce module avant de le publier." in response.content.decode()
    assert not ModulePage.objects.get(pk=draft.pk).workflow_in_progress


@pytest.mark.parametrize(
    ("listing", "query", "found"),
    [
        ("theme", "ethic", "Ethics"),
        ("contributor", "Delorme", "Antoine Delorme"),
        ("glossaryterm", "autonomy", "autonomy"),
        ("glossaryterm", "consentement", "consentement"),
    ],
)
def test_the_admin_listings_of_themes_contributors_and_glossary_find_by_words(admin_client, listing, query, found):
    # They searched one named column, which SQLite's full-text index does not have: a 500 there.
    response = admin_client.get(f"/admin/snippets/courses/{listing}/", {"q": query})
    assert response.status_code == 200
    assert found in response.content.decode()


ADMIN_LISTINGS = [
    "/admin/images/",
    "/admin/documents/",
    "/admin/pages/search/",
    "/admin/modules/",
    "/admin/users/",
    "/admin/snippets/courses/theme/",
    "/admin/snippets/courses/contributor/",
    "/admin/snippets/courses/glossaryterm/",
]


HOSTILE_SEARCHES = ["name:ethics", '"unclosed', 'say "no', "a* OR (b", "NEAR(x y)", "-", "\u202ex", "x" * 300]


@pytest.mark.parametrize("listing", ADMIN_LISTINGS)
@pytest.mark.parametrize("query", HOSTILE_SEARCHES)
def test_the_admin_listings_answer_any_search(admin_client, listing, query):
    # A double quote ended SQLite's full-text string early: a 500 (medhum/search_backend.py).
    assert admin_client.get(listing, {"q": query}).status_code == 200
