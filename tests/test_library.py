"""The library: every module once, in the reader's language where it can, filtered and counted."""

import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from courses.content.build import institution_page
from courses.models import ModulePage, Theme

pytestmark = pytest.mark.django_db


def cards(content):
    return re.findall(r'class="module-card__title"><a href="([^"]+)">([^<]+)</a>', content)


def facet_count(content, facet, value):
    option = rf'name="{facet}" value="{re.escape(value)}"[^>]*>\s*<span[^>]*>[^<]*</span>\s*'
    match = re.search(option + r'<span class="facet__count">\((\d+)\)', content)
    return int(match.group(1))


def total(content):
    return int(re.search(r'class="filter-status"[^>]*>\s*(\d+)', content).group(1))


def add_plain_modules(count, institution="ottawa", language="en", themes=("ethics",), start=0):
    """Many small published modules, quickly (no lessons or revisions): for counting queries."""
    parent = institution_page(institution, language)
    chosen = list(Theme.objects.filter(locale__language_code="en", slug__in=themes))
    now = timezone.now()
    for number in range(start, start + count):
        module = ModulePage(title=f"Bulk module {number}", slug=f"bulk-module-{number}", summary="Bulk.", live=False)
        module.themes = chosen
        parent.add_child(instance=module)
    ModulePage.objects.filter(slug__startswith="bulk-module-").update(
        live=True, first_published_at=now - timedelta(days=400)
    )


def test_every_module_appears_once_in_every_language_library(client):
    originals = ModulePage.objects.live().values("translation_key").distinct().count()
    for language in ("en", "fr", "zh-hans"):
        content = client.get(f"/{language}/library/").content.decode()
        assert total(content) == originals == 12


def test_library_shows_the_readers_translation_and_otherwise_the_original(client):
    content = client.get("/en/library/?institution=lyon").content.decode()
    titles = [title for _url, title in cards(content)]
    assert "Informed Consent Across Cultures" in titles  # translated into English
    assert "Le consentement éclairé à l&#x27;épreuve des cultures" not in titles
    assert "Médecine narrative : lire de près pour mieux écouter" in titles  # French only
    assert 'lang="fr"' in content and "Also in:" in content


def test_facet_counts_follow_the_other_active_filters(client):
    content = client.get("/fr/library/?theme=empathy").content.decode()
    assert total(content) == 5
    assert facet_count(content, "theme", "ethics") == 6  # a facet's own filter does not narrow its counts
    assert facet_count(content, "institution", "lyon") == 2
    assert facet_count(content, "language", "zh-hans") == 2
    assert facet_count(content, "level", "faculty") == 0


def test_filters_combine_across_facets_and_repeat_within_one(client):
    both_levels = client.get("/en/library/?level=faculty&level=postgraduate").content.decode()
    assert total(both_levels) == 4
    combined = client.get("/en/library/?level=faculty&level=postgraduate&institution=sjtu").content.decode()
    assert [title for _url, title in cards(combined)] == ["Cognitive Bias and Diagnostic Reasoning"]
    chinese_ethics = client.get("/en/library/?language=zh-hans&theme=ethics").content.decode()
    assert total(chinese_ethics) == 1
    licence = client.get("/en/library/?license=cc-by-nc-nd").content.decode()
    assert total(licence) == 1
    keyword = client.get("/en/library/?keyword=acupuncture").content.decode()
    assert [title for _url, title in cards(keyword)] == [
        "Evidence and tradition: reading research on traditional Chinese medicine critically"
    ]


def test_sort_by_title_uses_the_readers_titles(client):
    content = client.get("/en/library/?sort=title&institution=ottawa").content.decode()
    assert [title for _url, title in cards(content)] == [
        "Breaking bad news with empathy",
        "Critical appraisal of a clinical study",
        "Mentoring professional identity formation",
    ]


def test_sort_by_newest_and_updated(client):
    module = ModulePage.objects.get(slug="critical-appraisal-of-a-clinical-study", alias_of=None)
    ModulePage.objects.filter(pk=module.pk).update(last_published_at=timezone.now() + timedelta(days=1))
    updated = cards(client.get("/en/library/?sort=updated").content.decode())
    assert updated[0][1] == "Critical appraisal of a clinical study"
    ModulePage.objects.filter(pk=module.pk).update(first_published_at=timezone.now() - timedelta(days=900))
    newest = cards(client.get("/en/library/?sort=newest").content.decode())
    assert newest[-1][1] == "Critical appraisal of a clinical study"


def test_library_pages_by_twenty_and_keeps_the_filters_in_page_links(client):
    add_plain_modules(30)
    content = client.get("/en/library/?theme=ethics&sort=title").content.decode()
    assert len(cards(content)) == 20
    assert 'href="?theme=ethics&amp;sort=title&amp;page=2"' in content
    second = client.get("/en/library/?theme=ethics&sort=title&page=2").content.decode()
    assert len(cards(second)) == total(second) - 20


@pytest.mark.parametrize("page", ["abc", "0", "-1", "99999", "1.5", "%01"])
def test_odd_page_numbers_give_a_sensible_page(client, page):
    response = client.get(f"/en/library/?page={page}")
    assert response.status_code == 200
    assert len(cards(response.content.decode())) == 12


@pytest.mark.parametrize(
    "query",
    [
        "theme=unknown-theme",
        "institution=harvard",
        "language=de",
        "level=%3Cscript%3Ealert(1)%3C/script%3E",
        "license=cc0",
        "keyword=" + "x" * 10000,
        "theme=%C0%AF",
        "sort=random",
        "theme=" + "%27%20OR%201%3D1--",
        "institution=%01%02",
    ],
)
def test_unknown_filter_values_are_explained_not_crashed_on(client, query):
    response = client.get(f"/en/library/?{query}")
    assert response.status_code == 200
    content = response.content.decode()
    assert "These filters could not be understood" in content
    assert "<script>alert(1)" not in content
    assert cards(content) == []
    assert 'href="/en/library/">Show all modules' in content


def test_empty_result_offers_a_way_back(client):
    content = client.get("/en/library/?institution=lyon&level=faculty").content.decode()
    assert "No module matches these filters yet." in content
    assert 'href="/en/library/">Show all modules' in content


def test_theme_and_institution_badges_lead_to_the_filtered_library(client):
    content = client.get("/en/library/ottawa/breaking-bad-news-with-empathy/").content.decode()
    assert 'href="/en/library/?institution=ottawa"' in content
    assert 'href="/en/library/?theme=empathy"' in content


def library_queries(client, url):
    client.get(url)  # warm the site root paths cache, as a running server has it
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_library_queries_do_not_grow_from_20_to_500_modules(client):
    add_plain_modules(8)  # with the 12 demo modules: 20
    url = "/fr/library/?theme=ethics&theme=empathy&language=en&language=fr"
    assert total(client.get("/fr/library/").content.decode()) == 20
    with_20 = library_queries(client, url)
    add_plain_modules(480, start=8)
    assert total(client.get("/fr/library/").content.decode()) == 500
    assert library_queries(client, url) == with_20


def test_library_search_words_narrow_the_modules_and_their_counts(client):
    content = client.get("/en/library/", {"q": "共情"}).content.decode()
    titles = [title for _url, title in cards(content)]
    assert "Empathy in the Doctor–Patient Encounter" in titles  # found through its Chinese original
    assert total(content) == len(titles) < 12
    assert "matching “共情”" in content
    assert facet_count(content, "institution", "sjtu") >= 1
    consent = client.get("/en/library/", {"q": "consenting", "institution": "lyon"}).content.decode()
    assert "Informed Consent Across Cultures" in [title for _url, title in cards(consent)]


@pytest.mark.parametrize("query", ['"', "*", "( )", "OR"])
def test_library_search_words_that_are_only_operators_do_not_empty_the_library(client, query):
    response = client.get("/en/library/", {"q": query})
    assert response.status_code == 200
    expected = 12 if query != "OR" else total(client.get("/en/library/", {"q": "or"}).content.decode())
    assert total(response.content.decode()) == expected
    assert "These filters could not be understood" not in response.content.decode()


def test_library_search_words_are_capped_with_a_message(client):
    content = client.get("/en/library/", {"q": " ".join(f"word{number}" for number in range(13))}).content.decode()
    assert "12 words at most" in content
