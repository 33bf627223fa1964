"""The site's front door: languages, home pages, switcher, error pages."""

import re

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Locale, Page, Site

from home.models import HomePage, InformationPage
from medhum.views import server_error
from tests.builders import build_module

pytestmark = pytest.mark.django_db

LANGUAGES = {
    "en": "Where to start",
    "fr": "Par où commencer",
    "zh-hans": "从这里开始",
}


def html_lang(response):
    return re.search(r'<html lang="([^"]+)"', response.content.decode()).group(1)


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("fr-CA,fr;q=0.9,en;q=0.5", "/fr/"),
        ("zh-CN,zh;q=0.9", "/zh-hans/"),
        ("en-GB", "/en/"),
        ("de-DE,de;q=0.9", "/en/"),
        ("", "/en/"),
        ("@@@;;q=zz", "/en/"),
    ],
)
def test_root_redirects_to_the_visitors_language(client, accept_language, expected):
    response = client.get("/", headers={"accept-language": accept_language})
    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_page_exists_in_each_language_with_matching_html_lang(client, language):
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    assert html_lang(response) == language
    assert LANGUAGES[language] in response.content.decode()


def test_home_pages_are_published_translations_of_one_another():
    homes = HomePage.objects.live().select_related("locale")
    assert sorted(home.locale.language_code for home in homes) == ["en", "fr", "zh-hans"]
    assert len({home.translation_key for home in homes}) == 1
    assert sorted(Locale.objects.values_list("language_code", flat=True)) == ["en", "fr", "zh-hans"]
    assert Site.objects.get(is_default_site=True).root_page.specific.locale.language_code == "en"


def test_home_page_text_is_in_its_own_language(client):
    assert "partagés avec les étudiants en médecine" in client.get("/fr/").content.decode()
    assert "医学生" in client.get("/zh-hans/").content.decode()


def test_language_switcher_links_to_each_translation_and_marks_the_current_one(client):
    content = client.get("/fr/").content.decode()
    switcher = re.search(r'<nav class="language-switcher".*?</nav>', content, re.S).group(0)
    assert 'href="/en/" lang="en"' in switcher
    assert 'href="/zh-hans/" lang="zh-hans"' in switcher
    assert re.search(r'href="/fr/"[^>]*aria-current="true"', switcher)


def test_language_switcher_falls_back_to_the_language_home_when_a_page_is_not_translated(client):
    home = HomePage.objects.get(locale__language_code="en")
    notice = home.add_child(instance=InformationPage(title="Notice", slug="notice", body=[]))
    content = client.get(notice.url).content.decode()
    assert 'href="/fr/" lang="fr"' in content
    assert "(this page is not translated yet: opens the home page)" in content
    assert 'hreflang="fr"' not in re.search(r"<head>.*</head>", content, re.S).group(0)


def test_pages_announce_their_translations_with_hreflang(client):
    head = re.search(r"<head>.*</head>", client.get("/zh-hans/").content.decode(), re.S).group(0)
    for language in LANGUAGES:
        assert re.search(rf'<link rel="alternate" hreflang="{language}" href="http://testserver/{language}/">', head)
    assert '<link rel="alternate" hreflang="x-default" href="http://testserver/en/">' in head


def test_main_menu_lists_sections_shown_in_menus_and_marks_the_current_one(client):
    home = HomePage.objects.get(locale__language_code="en")
    home.add_child(instance=InformationPage(title="Hidden", slug="hidden", body=[], show_in_menus=False))
    content = client.get("/en/library/lyon/").content.decode()
    nav = re.search(r'<nav class="main-nav".*?</nav>', content, re.S).group(0)
    assert re.search(r'href="/en/library/" aria-current="page">Library<', nav)
    assert re.search(r'href="/en/about/">About the partnership<', nav)
    assert "Hidden" not in nav


@pytest.mark.parametrize(
    ("language", "message"),
    [("en", "Page not found"), ("fr", "Page introuvable"), ("zh-hans", "找不到该页面")],
)
def test_not_found_page_is_friendly_and_in_the_addressed_language(client, language, message):
    response = client.get(f"/{language}/no-such-page/")
    assert response.status_code == 404
    assert html_lang(response) == language
    content = response.content.decode()
    assert message in content
    assert f'href="/{language}/"' in content


@pytest.mark.parametrize(
    ("language", "message"),
    [("en", "Something went wrong"), ("fr", "Un problème est survenu"), ("zh-hans", "出现了问题")],
)
def test_server_error_page_is_in_the_readers_language_and_needs_no_database(
    django_assert_num_queries, language, message
):
    request = RequestFactory().get(f"/{language}/some/page/")
    with translation.override(language), django_assert_num_queries(0):
        response = server_error(request)
    content = response.content.decode()
    assert response.status_code == 500
    assert f'<html lang="{language}"' in content
    assert message in content
    assert 'href="/fr/some/page/" lang="fr"' in content


def test_path_without_language_is_redirected_into_one(client):
    response = client.get("/no-such-page/", headers={"accept-language": "fr"})
    assert response.status_code == 302
    assert response["Location"] == "/fr/no-such-page/"


def test_static_files_are_served_by_whitenoise(client):
    response = client.get("/static/css/medhum.css")
    assert response.status_code == 200
    assert b"--accent" in b"".join(response.streaming_content)


def test_home_page_queries_do_not_grow_with_the_library(client):
    def queries():
        client.get("/fr/")  # warm the site root paths cache, as a running server has it
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/fr/").status_code == 200
        return len(captured)

    before = queries()
    for _ in range(3):
        build_module(lessons=1, authors=2, institution="ottawa", language="fr", themes=("ethics", "empathy"))
    assert queries() == before


def test_admin_sign_in_page_answers(client):
    response = client.get("/admin/login/")
    assert response.status_code == 200


def test_root_page_stays_a_plain_wagtail_root():
    assert Page.objects.get(depth=1).get_children().count() == 3
