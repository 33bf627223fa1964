"""Search in English, French and Chinese: same results on SQLite and PostgreSQL (CI runs both)."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from courses.search import index_text, search_query
from tests.builders import build_lesson, build_module
from tests.test_library import add_plain_modules

pytestmark = pytest.mark.django_db


def results(client, query, language="en", extra=""):
    response = client.get(
        f"/{language}/search/", {"q": query} | dict(pair.split("=") for pair in extra.split("&") if pair)
    )
    assert response.status_code == 200
    return re.findall(r'class="search-result__title"><a href="([^"]+)">([^<]+)</a>', response.content.decode())


def lesson_with_text(text, title="A lesson", **module_fields):
    module = build_module(lessons=0, publish=False, **module_fields)
    lesson = build_lesson(module, title=title)
    lesson.body = [("section", {"heading": "Reading", "text": f"<p>{text}</p>"})]
    lesson.save_revision().publish()
    module.save_revision().publish()
    return lesson


def urls(found):
    return [url for url, _title in found]


def test_a_chinese_word_is_found_inside_running_chinese_text(client):
    lesson = lesson_with_text("医生在门诊里用一句话表达共情的方式，往往比检查报告更能让病人安心。", title="门诊的一天")
    assert lesson.url in urls(results(client, "共情"))
    assert lesson.url in urls(results(client, "门诊"))
    assert lesson.url in urls(results(client, "病人安心"))  # two words, both required


def test_chinese_segmentation_splits_running_text_into_words():
    assert "共情" in index_text("医生表达共情的方式").split()
    assert "医患" in index_text("医患沟通中的共情").split()


def test_french_words_are_found_with_or_without_accents(client):
    lesson = lesson_with_text("La réflexion éthique commence au chevet du patient.", title="Au chevet")
    for query in ("éthique", "ethique", "ÉTHIQUE", "réflexion", "reflexion"):
        assert lesson.url in urls(results(client, query, language="fr")), query


def test_english_words_are_found_by_their_stem(client):
    lesson = lesson_with_text("Consenting patients were asked again after each change of plan.", title="Asking again")
    for query in ("consent", "consents", "consented", "Consenting", "asking"):
        assert lesson.url in urls(results(client, query)), query


def test_french_word_families_meet_through_the_french_stem(client):
    lesson = lesson_with_text("Le consentement se construit dans la durée.", title="Durée")
    assert lesson.url in urls(results(client, "consentements", language="fr"))


def test_search_covers_all_three_languages_from_any_interface(client):
    found = results(client, "SPIKES", language="zh-hans")
    languages = {url.split("/")[1] for url in urls(found)}
    assert {"en", "fr"} <= languages


def test_a_result_shows_module_institution_language_and_a_highlighted_excerpt(client):
    lesson = lesson_with_text(
        "Long before the main point, a preamble. The word serendipity appears once here.", title="A found lesson"
    )
    content = client.get("/en/search/", {"q": "serendipity"}).content.decode()
    entry = re.search(r'<li class="search-result".*?</li>\s*</ul>\s*</li>', content, re.S).group(0)
    assert f'href="{lesson.url}"' in entry
    assert "<mark>serendipity</mark>" in entry
    assert 'lang="en"' in entry and ">Lyon<" in entry and "Lesson" in entry
    assert "Test module" in entry  # its module


def test_unpublished_and_private_pages_never_appear(client):
    draft_module = build_module(lessons=0, publish=False, title="Quixotic draft module")
    draft = build_lesson(draft_module, title="Quixotic draft")
    draft.unpublish()
    private = lesson_with_text("quixotic", title="Quixotic private")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    content = client.get("/en/search/", {"q": "quixotic"}).content.decode()
    assert "Quixotic draft" not in content and "Quixotic private" not in content


def test_facilitator_notes_are_neither_searchable_nor_quoted(client, lesson_with_every_block):
    # "Debrief" stands only in the lesson's facilitator notes.
    assert lesson_with_every_block.url not in urls(results(client, "Debrief"))
    content = client.get("/en/search/", {"q": "marker-section"}).content.decode()
    assert lesson_with_every_block.url in content
    assert "marker-notes" not in content


def test_search_combines_with_the_library_filters(client):
    everything = urls(results(client, "empathy"))
    sjtu = results(client, "empathy", extra="institution=sjtu")
    assert sjtu and len(sjtu) < len(everything)
    assert all("/sjtu/" in url for url in urls(sjtu))
    chinese = results(client, "empathy", extra="language=zh-hans")
    assert chinese and all(url.startswith("/zh-hans/") for url in urls(chinese))


def test_search_results_are_paged(client):
    add_plain_modules(25)
    first = results(client, "bulk")
    second = results(client, "bulk", extra="page=2")
    assert len(first) == 20 and len(second) == 5
    assert not set(urls(first)) & set(urls(second))


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("x" * 201, "at most 200 characters"),
        ("x" * 10000, "at most 200 characters"),
        (" ".join(f"word{number}" for number in range(13)), "12 words at most"),
    ],
)
def test_long_queries_are_refused_with_a_message(client, query, message):
    response = client.get("/en/search/", {"q": query})
    assert response.status_code == 200
    content = response.content.decode()
    assert message in content
    assert 'class="search-result"' not in content


@pytest.mark.parametrize(
    "query",
    [
        '"',
        "*",
        "(",
        ")",
        "NEAR",
        "OR",
        "AND NOT",
        "a OR b",
        "'; DROP TABLE wagtailcore_page;--",
        "\x07\x1b",
        "%",
        "_",
        "^",
        "-",
    ],
)
def test_odd_queries_give_a_sensible_page(client, query):
    response = client.get("/en/search/", {"q": query})
    assert response.status_code == 200


@pytest.mark.parametrize(
    "raw", ["q=%C0%AF", "q=%FF%FE", "q=%E4%B8", "page=abc&q=ethics", "page=0&q=ethics", "page=99999&q=ethics"]
)
def test_broken_encodings_and_odd_pages_give_a_sensible_page(client, raw):
    assert client.get(f"/en/search/?{raw}").status_code == 200


def test_unknown_filters_on_search_are_explained(client):
    content = client.get("/en/search/", {"q": "empathy", "theme": "nope"}).content.decode()
    assert "These filters could not be understood" in content


def test_empty_search_shows_just_the_form(client):
    content = client.get("/en/search/").content.decode()
    assert 'type="search"' in content and "search-result" not in content


def test_search_query_words_cannot_reach_the_backend_as_operators():
    assert search_query('" * ( ) -') is None
    assert str(search_query("NEAR")).count("near") >= 1


def search_queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_search_queries_do_not_grow_from_20_to_500_modules(client):
    add_plain_modules(8)
    url = "/en/search/?q=bulk&theme=ethics"
    with_20 = search_queries(client, url)
    add_plain_modules(480, start=8)
    assert search_queries(client, url) == with_20


def test_lessons_of_an_unpublished_module_are_not_offered(client):
    module = build_module(lessons=0, publish=False, title="Withdrawn module")
    lesson = build_lesson(module, title="Perspicacious withdrawn lesson")  # live, under a draft module
    assert lesson.live
    assert results(client, "perspicacious") == []
    assert lesson.url not in client.get("/sitemap.xml").content.decode()
    assert client.get(f"/api/v2/pages/{lesson.pk}/").status_code == 404
