"""Feeds, sitemap, robots.txt and the read-only API: what other machines read of the library."""

import xml.etree.ElementTree as ElementTree

import pytest

from courses.models import LessonPage, ModulePage
from tests.builders import build_lesson, build_module

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def atom_entries(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ElementTree.fromstring(response.content)
    return feed, [entry.find(f"{ATOM}title").text for entry in feed.findall(f"{ATOM}entry")]


def test_library_feed_lists_new_modules_in_the_readers_language(client):
    feed, titles = atom_entries(client, "/en/library/feed/")
    assert len(titles) == 12
    assert "Informed Consent Across Cultures" in titles
    assert "大医精诚：中医伦理与生物医学伦理的对话" not in titles  # translated: shown in English
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"


def test_feeds_per_theme_and_per_institution(client):
    _feed, empathy = atom_entries(client, "/fr/library/feed/?theme=empathy")
    assert len(empathy) == 5
    _feed, sjtu = atom_entries(client, "/fr/library/feed/?institution=sjtu")
    assert len(sjtu) == 3


def test_feed_entries_never_carry_facilitator_notes(client, lesson_with_every_block):
    content = client.get("/en/library/feed/").content.decode()
    assert "marker-notes" not in content and "Debrief" not in content


@pytest.mark.parametrize("query", ["theme=nope", "institution=%01%1f", "theme=" + "x" * 5000])
def test_feed_with_unknown_filters_answers_400_with_a_message(client, query):
    response = client.get(f"/en/library/feed/?{query}")
    assert response.status_code == 400
    assert "could not be understood" in response.content.decode()


def test_library_links_its_feeds(client):
    content = client.get("/en/library/?theme=ethics").content.decode()
    assert (
        '<link rel="alternate" type="application/atom+xml" title="New modules · Library" href="/en/library/feed/">'
        in content
    )
    assert 'href="/en/library/feed/?theme=ethics"' in content


def test_sitemap_covers_every_language_with_hreflang_alternates(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    urlset = ElementTree.fromstring(response.content)
    urls = {url.find(f"{SITEMAP}loc").text: url for url in urlset.findall(f"{SITEMAP}url")}
    assert {"http://localhost/en/", "http://localhost/fr/", "http://localhost/zh-hans/"} <= set(urls)
    consent = ModulePage.objects.get(slug="le-consentement-eclaire-a-l-epreuve-des-cultures", alias_of=None)
    entry = urls[f"http://localhost{consent.url}"]
    alternates = {link.get("hreflang"): link.get("href") for link in entry.findall(f"{XHTML}link")}
    english = ModulePage.objects.get(slug="informed-consent-across-cultures", alias_of=None)
    assert alternates == {
        "fr": f"http://localhost{consent.url}",
        "en": f"http://localhost{english.url}",
        "x-default": f"http://localhost{english.url}",
    }
    assert sum(1 for loc in urls if "/library/" in loc) >= 16 + 48


def test_sitemap_leaves_out_drafts(client):
    module = build_module(lessons=1, publish=False)
    assert f"<loc>http://localhost{module.url}</loc>" not in client.get("/sitemap.xml").content.decode()


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_the_admin(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    body = response.content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


def api(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, response.content
    return response.json()


def test_api_lists_modules_with_their_teaching_metadata(client):
    data = api(
        client,
        "/api/v2/pages/?type=courses.ModulePage&slug=breaking-bad-news-with-empathy"
        "&fields=summary,themes,institution,language,level,license,authors,keywords",
    )
    module = data["items"][0]
    assert module["language"] == "en" and module["level"] == "clinical"
    assert module["license"]["url"] == "https://creativecommons.org/licenses/by/4.0/"
    assert {theme["slug"] for theme in module["themes"]} == {"empathy", "ethics"}
    assert module["institution"]["slug"] == "ottawa"
    assert module["authors"][0]["name"] == "Catherine Ouellette"
    assert "spikes" in module["keywords"]
    assert module["summary"].startswith("How to deliver serious news")


def test_api_filters_by_theme_institution_and_locale(client):
    sjtu_zh = api(client, "/api/v2/pages/?type=courses.ModulePage&institution=sjtu&locale=zh-hans")
    assert [item["title"] for item in sjtu_zh["items"]] == ["医患沟通中的共情"]
    empathy = api(client, "/api/v2/pages/?type=courses.ModulePage&theme=empathy&locale=en")
    assert {item["title"] for item in empathy["items"]} >= {"Breaking bad news with empathy"}
    assert "Cognitive Bias and Diagnostic Reasoning" not in {item["title"] for item in empathy["items"]}
    lessons = api(client, "/api/v2/pages/?type=courses.LessonPage&theme=critical-thinking&locale=en&limit=20")
    assert lessons["meta"]["total_count"] == 9  # three critical-thinking modules of three lessons in English


def test_api_never_sends_facilitator_notes_or_unpublished_pages(client, lesson_with_every_block):
    module = build_module(lessons=1, publish=False)
    draft = LessonPage.objects.child_of(module).first()
    LessonPage.objects.filter(pk=draft.pk).update(live=False)
    detail = api(client, f"/api/v2/pages/{lesson_with_every_block.pk}/")
    types = [block["type"] for block in detail["body"]]
    assert "facilitator_notes" not in types and "section" in types
    assert "marker-notes" not in str(detail)
    api(client, f"/api/v2/pages/{draft.pk}/", status=404)
    api(client, f"/api/v2/pages/{module.pk}/", status=404)


def test_api_hides_pages_restricted_to_signed_in_readers_even_from_signed_in_callers(client, student_user):
    from wagtail.models import PageViewRestriction

    module = build_module(lessons=1)
    lesson = build_lesson(module)
    PageViewRestriction.objects.create(page=lesson, restriction_type=PageViewRestriction.LOGIN)
    client.force_login(student_user)
    api(client, f"/api/v2/pages/{lesson.pk}/", status=404)


@pytest.mark.parametrize(
    "query",
    [
        "theme=no-such-theme",
        "institution=%01",
        "search=%22",
        "type=courses.Nothing",
        "limit=abc",
        "offset=-1",
        "order=%27%3B--",
        "fields=body,__all__,)",
        "child_of=NEAR",
    ],
)
def test_api_answers_hostile_queries_with_400_and_a_message(client, query):
    data = api(client, f"/api/v2/pages/?{query}", status=400)
    assert data["message"]


def test_a_missing_api_object_is_a_404_not_a_redirect(client):
    assert client.get("/api/v2/pages/99999999/").status_code == 404
    assert client.get("/api/v2/images/99999999/").status_code == 404


def test_api_lists_images_and_documents(client):
    images = api(client, "/api/v2/images/")
    assert any(item["title"] == "SPIKES protocol diagram" for item in images["items"])
    documents = api(client, "/api/v2/documents/")
    assert any("Dossier parallèle" in item["title"] for item in documents["items"])
