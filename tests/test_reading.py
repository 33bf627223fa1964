"""What a reader gets: module and lesson pages, facilitator notes kept to staff, structured data, query counts."""

import json
import re

import pytest
from django.utils.html import escape

from courses.models import InstitutionPage, LessonPage, ModulePage
from tests.builders import build_module

pytestmark = pytest.mark.django_db

MARKERS = [
    "marker-section text",
    "marker-image alt",
    "marker-embed title",
    "marker-excerpt text",
    "marker-case title",
    "marker-discussion question",
    "marker-reflection prompt",
    "marker-activity title",
    "marker-takeaways item",
    "marker-further-reading title",
    "marker-resources description",
]


def structured_data(response):
    found = re.findall(r'<script type="application/ld\+json">(.*?)</script>', response.content.decode(), re.S)
    assert len(found) == 1
    return json.loads(found[0])


def test_every_block_type_renders_for_a_reader(client, lesson_with_every_block):
    content = client.get(lesson_with_every_block.url).content.decode()
    for marker in MARKERS:
        assert marker in content, marker
    assert 'href="https://doi.org/10.1001/jama.286.15.1897"' in content
    assert "(DOCX," in content  # resources show their type and size


def test_facilitator_notes_are_not_sent_to_anonymous_readers(client, lesson_with_every_block):
    response = client.get(lesson_with_every_block.url)
    assert response.status_code == 200
    assert "marker-notes" not in response.content.decode()
    assert "Facilitator notes" not in response.content.decode()


def test_facilitator_notes_are_not_sent_to_signed_in_students(client, student_user, lesson_with_every_block):
    client.force_login(student_user)
    assert "marker-notes" not in client.get(lesson_with_every_block.url).content.decode()


def test_facilitator_notes_reach_teaching_staff(client, staff_user, lesson_with_every_block):
    client.force_login(staff_user)
    content = client.get(lesson_with_every_block.url).content.decode()
    assert "Debrief in pairs: marker-notes" in content
    assert "visible to teaching staff only" in content


def test_facilitator_notes_stay_out_of_the_demo_lessons_for_anonymous_readers(client):
    lesson = LessonPage.objects.live().filter(locale__language_code="zh-hans").first()
    notes = [block.value["text"].source for block in lesson.body if block.block_type == "facilitator_notes"]
    assert notes
    content = client.get(lesson.url).content.decode()
    for note in notes:
        first_sentence = re.sub(r"<[^>]+>", "", note).split("。")[0][:30]
        assert first_sentence and escape(first_sentence) not in content


def test_lesson_has_a_table_of_contents_with_unique_anchors(client, lesson_with_every_block):
    content = client.get(lesson_with_every_block.url).content.decode()
    toc = re.search(r'<nav class="toc".*?</nav>', content, re.S).group(0)
    assert re.findall(r'href="#([^"]+)"', toc) == ["why-consent-matters", "why-consent-matters-2"]
    assert 'id="why-consent-matters"' in content and 'id="why-consent-matters-2"' in content


def test_lesson_page_links_to_its_neighbours_and_its_module(client):
    module = build_module(lessons=3)
    first, second, third = LessonPage.objects.child_of(module).order_by("path")
    content = client.get(second.url).content.decode()
    assert f'rel="prev" href="{first.url}"' in content
    assert f'rel="next" href="{third.url}"' in content
    assert "Lesson 2 of 3" in content
    last = client.get(third.url).content.decode()
    assert 'rel="next"' not in last and f'href="{module.url}"' in last


def test_module_page_shows_what_a_reader_needs(client):
    module = ModulePage.objects.get(slug="breaking-bad-news-with-empathy", alias_of=None)
    content = client.get(module.url).content.decode()
    for expected in [
        "Learning objectives",
        "SPIKES protocol and its limits",
        "3 h 30 min",  # 60 + 75 + 75 minutes of teaching
        'rel="license" href="https://creativecommons.org/licenses/by/4.0/"',
        "How to cite and reuse",
        "Catherine Ouellette, Daniel Mensah, Bérénice Montagnon. Breaking bad news with empathy.",
        "Last updated",
        '/en/library/?theme=empathy"',
        'href="/en/library/ottawa/"',
    ]:
        assert escape(expected) in content or expected in content, expected


def test_translated_module_announces_its_other_language_with_hreflang(client):
    original = ModulePage.objects.get(slug="le-consentement-eclaire-a-l-epreuve-des-cultures", alias_of=None)
    english = ModulePage.objects.get(slug="informed-consent-across-cultures", alias_of=None)
    head = re.search(r"<head>.*</head>", client.get(original.url).content.decode(), re.S).group(0)
    assert f'hreflang="en" href="http://testserver{english.url}"' in head
    assert f'hreflang="x-default" href="http://testserver{english.url}"' in head
    assert 'hreflang="zh-hans"' not in head
    switcher = client.get(english.url).content.decode()
    assert f'href="{original.url}" lang="fr"' in switcher


def test_module_json_ld_is_a_learning_resource_with_the_design_keys(client):
    module = ModulePage.objects.get(slug="breaking-bad-news-with-empathy", alias_of=None)
    data = structured_data(client.get(module.url))
    assert data["@type"] == "LearningResource"
    for key in [
        "name",
        "description",
        "inLanguage",
        "license",
        "educationalLevel",
        "about",
        "author",
        "provider",
        "sourceOrganization",
        "keywords",
        "timeRequired",
    ]:
        assert data.get(key), key
    assert data["name"] == "Breaking bad news with empathy"
    assert data["inLanguage"] == "en"
    assert data["license"] == "https://creativecommons.org/licenses/by/4.0/"
    assert data["timeRequired"] == "PT3H30M"
    assert {theme["termCode"] for theme in data["about"]} == {"empathy", "ethics"}
    assert data["provider"]["name"] == "University of Ottawa"
    assert [person["name"] for person in data["author"]][0] == "Catherine Ouellette"
    assert len(data["hasPart"]) == 3


def test_lesson_json_ld_names_its_module(client):
    module = ModulePage.objects.get(slug="yihuan-goutong-zhong-de-gongqing", alias_of=None)
    lesson = LessonPage.objects.child_of(module).first()
    data = structured_data(client.get(lesson.url))
    assert data["name"] == lesson.title
    assert data["inLanguage"] == "zh-hans"
    assert data["isPartOf"]["name"] == module.title
    assert data["timeRequired"].startswith("PT")
    assert data["provider"]["name"] == "上海交通大学"


def test_json_ld_cannot_break_out_of_its_script_element(client):
    module = build_module(lessons=1, title="</script><script>alert(1)</script>")
    content = client.get(module.url).content.decode()
    assert "<script>alert(1)" not in content
    assert structured_data(client.get(module.url))["name"] == "</script><script>alert(1)</script>"


def test_a_recording_that_cannot_be_embedded_is_offered_as_a_link(client, lesson_with_every_block, monkeypatch):
    from wagtail.embeds.exceptions import EmbedNotFoundException

    def unreachable(url):
        raise EmbedNotFoundException

    monkeypatch.setattr("courses.templatetags.course_tags.get_embed", unreachable)
    content = client.get(lesson_with_every_block.url).content.decode()
    assert (
        'href="https://www.youtube.com/watch?v=1Evwgu369Jw" class="block-media__link">marker-embed title</a>' in content
    )
    assert "opens the recording on its hosting site" in content


def test_a_recording_that_can_be_embedded_shows_its_player(client, lesson_with_every_block, monkeypatch):
    class Embed:
        html = '<iframe title="player" src="https://www.youtube.com/embed/1Evwgu369Jw"></iframe>'

    monkeypatch.setattr("courses.templatetags.course_tags.get_embed", lambda url: Embed())
    content = client.get(lesson_with_every_block.url).content.decode()
    assert Embed.html in content


def count_queries(client, url, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)  # warm the site root paths cache, as a running server has it
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("page", ["module", "lesson"])
def test_queries_do_not_grow_with_lessons_or_authors(client, page, django_assert_max_num_queries):
    small = build_module(lessons=2, authors=1)
    large = build_module(lessons=10, authors=5)
    if page == "lesson":
        small, large = (LessonPage.objects.child_of(module).order_by("path")[1] for module in (small, large))
    small_count = count_queries(client, small.url, django_assert_max_num_queries)
    large_count = count_queries(client, large.url, django_assert_max_num_queries)
    assert small_count == large_count
    assert large_count <= 30


def test_institution_page_shows_its_profile_and_its_modules(client):
    institution = InstitutionPage.objects.get(slug="shutcm", locale__language_code="zh-hans")
    content = client.get(institution.url).content.decode()
    assert "上海中医药大学" in content
    assert "大医精诚" in content
    assert 'href="https://www.shutcm.edu.cn/"' in content


def test_library_lists_modules_and_filters_them(client):
    def titles(url):
        return re.findall(r'class="module-card__title"><a href="[^"]+">([^<]+)</a>', client.get(url).content.decode())

    everything = titles("/en/library/")
    assert "Breaking bad news with empathy" in everything
    assert "Cognitive Bias and Diagnostic Reasoning" in everything
    empathy = titles("/en/library/?theme=empathy")
    assert "Breaking bad news with empathy" in empathy
    assert "Cognitive Bias and Diagnostic Reasoning" not in empathy
    sjtu = titles("/en/library/?institution=sjtu")
    assert "Cognitive Bias and Diagnostic Reasoning" in sjtu and "Breaking bad news with empathy" not in sjtu
    faculty = titles("/en/library/?level=faculty")
    assert "Mentoring professional identity formation" in faculty and "Breaking bad news with empathy" not in faculty


def test_about_page_exists_in_three_languages(client):
    for url, text in [
        ("/en/about/", "2016"),
        ("/fr/a-propos/", "2016"),
        ("/zh-hans/guanyu/", "2016"),
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert text in response.content.decode()


def test_home_page_offers_themes_featured_and_newest_modules(client):
    content = client.get("/fr/").content.decode()
    assert 'href="/fr/library/?theme=ethics"' in content
    assert "Éthique" in content
    assert "Modules à la une" in content or "Featured modules" in content
    assert "module-card" in content


def test_admin_lists_modules_with_theme_and_institution_filters(admin_client):
    from courses.models import Theme

    ethics = Theme.objects.get(slug="ethics", locale__language_code="en")
    lyon = InstitutionPage.objects.get(slug="lyon", locale__language_code="en")
    response = admin_client.get(f"/admin/modules/?theme={ethics.pk}&institution={lyon.pk}")
    assert response.status_code == 200
    content = response.content.decode()
    assert "consentement" in content
    assert "Breaking bad news" not in content
