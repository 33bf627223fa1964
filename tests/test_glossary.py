"""The trilingual glossary: its pages in each language, and the search it carries across languages."""

import html
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from courses.glossary import concepts_in, sort_key
from courses.models import GlossaryTerm, Theme
from tests.test_search import lesson_with_text

pytestmark = pytest.mark.django_db


def add_concept(slug, texts, themes=("ethics",)):
    """A concept in each language of `texts`: {language: (term, [synonyms], pinyin)}."""
    rows = []
    for language, (term, synonyms, pinyin) in texts.items():
        locale = Locale.objects.get(language_code=language)
        if rows:
            row = rows[0].copy_for_translation(locale)
            row.term, row.synonyms, row.pinyin = term, "\n".join(synonyms), pinyin
            row.definition = f"What {slug} means, in {language}."
            row.save()
        else:
            row = GlossaryTerm.objects.create(
                locale=locale,
                slug=slug,
                term=term,
                synonyms="\n".join(synonyms),
                pinyin=pinyin,
                definition=f"What {slug} means, in {language}.",
            )
        row.themes.set(Theme.objects.filter(locale__language_code="en", slug__in=themes))
        rows.append(row)
    return rows


@pytest.fixture
def serendipity(db):
    return add_concept(
        "serendipity",
        {
            "en": ("serendipity", ["happy accident"], ""),
            "fr": ("sérendipité", ["heureux hasard"], ""),
            "zh-hans": ("机缘巧合", ["意外发现"], "jīyuán qiǎohé"),
        },
    )


def slugs(query):
    return [match.concept.slug for match in concepts_in(query)]


def test_a_concept_is_named_in_any_language_case_accents_and_endings_aside(serendipity):
    for query in ("serendipity", "Serendipity in the clinic", "SÉRENDIPITÉ", "serendipite", "sérendipités", "机缘巧合"):
        assert "serendipity" in slugs(query), query


def test_a_chinese_concept_is_found_inside_a_longer_chinese_query(serendipity):
    assert "serendipity" in slugs("临床工作中的机缘巧合与科学发现")
    assert "serendipity" in slugs("意外发现")  # a synonym


def test_a_concept_is_named_by_whole_words_only(serendipity):
    assert "serendipity" not in slugs("seren")
    assert "serendipity" not in slugs("hasard")  # one word of a two-word synonym


def test_the_longest_name_wins_where_names_overlap(serendipity):
    add_concept(
        "happy",
        {"en": ("happy", [], ""), "fr": ("heureux", [], ""), "zh-hans": ("快乐", [], "kuàilè")},
    )
    matches = concepts_in("a happy accident")
    assert [(match.concept.slug, match.typed) for match in matches] == [("serendipity", "happy accident")]
    assert ("happy", "happy") in [(match.concept.slug, match.typed) for match in concepts_in("happy patients")]


def test_hostile_queries_name_no_concept_and_break_nothing():
    for query in ("", " ", "*", '"', "\x00", "a" * 500, "的", "🙂", "<script>alert(1)</script>"):
        concepts_in(query)  # no exception
    assert concepts_in("") == []


def test_chinese_is_sorted_by_pinyin_and_alphabets_accents_aside():
    def entry(language, term, pinyin=""):
        from courses.glossary import Entry

        return Entry(language=language, slug=term, term=term, synonyms=(), definition="", pinyin=pinyin)

    chinese = [
        entry("zh-hans", "阴阳", "yīnyáng"),
        entry("zh-hans", "共情", "gòngqíng"),
        entry("zh-hans", "安宁疗护", "ānníng liáohù"),
    ]
    assert [item.term for item in sorted(chinese, key=sort_key)] == ["安宁疗护", "共情", "阴阳"]
    french = [entry("fr", "éthique"), entry("fr", "empathie"), entry("fr", "autonomie"), entry("fr", "équité")]
    assert [item.term for item in sorted(french, key=sort_key)] == ["autonomie", "empathie", "équité", "éthique"]


def glossary_terms(client, language, query=None):
    response = client.get(f"/{language}/glossary/", {"q": query} if query is not None else {})
    assert response.status_code == 200
    content = response.content.decode()
    return [html.unescape(term) for term in re.findall(r"<dfn>([^<]+)</dfn>", content)], content


@pytest.mark.parametrize("language", ["en", "fr", "zh-hans"])
def test_the_glossary_page_lists_every_concept_in_its_language_and_order(client, language):
    terms, content = glossary_terms(client, language)
    rows = GlossaryTerm.objects.filter(locale__language_code=language)
    assert len(terms) == rows.count() >= 60
    assert set(terms) == {row.term for row in rows}
    from courses.glossary import Entry

    expected = sorted((Entry(language, row.slug, row.term, (), "", row.pinyin) for row in rows), key=sort_key)
    assert terms == [item.term for item in expected]
    assert f'<html lang="{language}"' in content
    # Each entry names the concept in the two other languages, marked with their language.
    others = [code for code in ("en", "fr", "zh-hans") if code != language]
    for code in others:
        assert f'<span lang="{code}">' in content


def test_the_chinese_glossary_is_grouped_by_pinyin_initial(client):
    _terms, content = glossary_terms(client, "zh-hans")
    letters = re.findall(r'<h2 id="letter-([^"]+)"', content)
    assert letters == sorted(letters) and len(letters) >= 10
    assert all(re.fullmatch(r"[A-Z]", letter) for letter in letters)


def test_the_glossary_can_be_searched_in_any_language_accents_aside(client, serendipity):
    for query in ("serendipity", "SERENDIPITE", "机缘", "jiyuan", "heureux hasard"):
        terms, _content = glossary_terms(client, "en", query)
        assert terms == ["serendipity"], query
    terms, content = glossary_terms(client, "fr", "no such word anywhere")
    assert terms == [] and "Aucun terme" in content


@pytest.mark.parametrize("query", ["x" * 201, "\x07\x1b", "%", "'; DROP TABLE courses_glossaryterm;--", "<b>bold</b>"])
def test_hostile_glossary_searches_get_a_sensible_page(client, query):
    response = client.get("/en/glossary/", {"q": query})
    assert response.status_code == 200
    assert "<b>bold</b>" not in response.content.decode()


def test_the_glossary_page_answers_in_a_fixed_number_of_queries(client, serendipity, settings):
    settings.PAGE_CACHE_SECONDS = 0  # every request built, nothing kept
    client.get("/en/glossary/")
    with CaptureQueriesContext(connection) as before:
        client.get("/en/glossary/?q=x")
    for number in range(30):
        add_concept(f"extra-{number}", {"en": (f"extra term {number}", [], ""), "fr": (f"terme {number}", [], "")})
    with CaptureQueriesContext(connection) as after:
        client.get("/en/glossary/?q=x")
    assert len(after) == len(before)


def found(client, query, language="en", **extra):
    """(url, language written in, glossary note) of each result, in order."""
    response = client.get(f"/{language}/search/", {"q": query, **extra})
    assert response.status_code == 200
    entries = re.findall(
        r'<li class="search-result" lang="([^"]+)">(.*?)</li>\s*</ul>\s*</li>', response.content.decode(), re.S
    )
    results = []
    for written_in, entry in entries:
        url = re.search(r'class="search-result__title"><a href="([^"]+)">', entry).group(1)
        note = re.search(r'class="search-result__via"[^>]*>(.*?)</p>', entry, re.S)
        results.append((url, written_in, re.sub(r"<[^>]+>", "", note.group(1)).strip() if note else None))
    return results


@pytest.mark.parametrize(
    ("query", "language"),
    [("empathy", "en"), ("empathie", "fr"), ("共情", "zh-hans"), ("informed consent", "en"), ("知情同意", "zh-hans")],
)
def test_a_query_in_one_language_finds_teaching_written_in_the_other_two(client, query, language):
    expanded = found(client, query, language)
    exact = found(client, query, language, exact="1")
    assert {written_in for _url, written_in, _note in expanded} == {"en", "fr", "zh-hans"}
    assert len(exact) < len(expanded)
    assert {url for url, _language, _note in exact} <= {url for url, _language, _note in expanded}
    # What only the glossary found says so, and comes after what matched the words as typed.
    notes = [note for _url, _language, note in expanded]
    through_glossary = [index for index, note in enumerate(notes) if note]
    assert through_glossary and all(notes[index] for index in range(through_glossary[0], len(notes)))
    assert all(query in note for note in notes if note)  # "matched 共情 via empathy", in the reader's language
    assert expanded[0][1] == language  # the reader's own language first


def test_the_note_names_the_term_found_in_the_result(client):
    notes = {note for _url, written_in, note in found(client, "empathy") if written_in == "zh-hans" and note}
    assert notes and all(note.startswith("matched 共情 via empathy") or "同理心" in note for note in notes)
    content = client.get("/en/search/", {"q": "empathy"}).content.decode()
    assert 'href="/en/glossary/#empathy">in the glossary</a>' in content  # the concept, in the reader's glossary


def test_french_accents_and_case_are_ignored_when_carrying_a_query(client):
    def pages(query):
        return [(url, written_in) for url, written_in, _note in found(client, query, "fr")]

    assert pages("EMPATHIE") == pages("empathie") == pages("Empathie")
    assert {written_in for _url, written_in, _note in found(client, "consentement eclaire", "fr")} == {
        "en",
        "fr",
        "zh-hans",
    }


def test_a_concept_inside_a_longer_chinese_query_carries_it_across(client):
    languages = {written_in for _url, written_in, _note in found(client, "医患沟通中的共情能力", "zh-hans")}
    assert {"en", "fr"} <= languages


def test_the_switch_keeps_the_search_to_the_words_as_typed(client):
    lesson = lesson_with_text("Une sérendipité clinique.", title="Hasard")
    add_concept(
        "serendipity",
        {"en": ("serendipity", [], ""), "fr": ("sérendipité", [], ""), "zh-hans": ("机缘巧合", [], "jīyuán qiǎohé")},
    )
    assert lesson.url in [url for url, _language, _note in found(client, "serendipity")]
    assert found(client, "serendipity", exact="1") == []
    content = client.get("/en/search/", {"q": "serendipity"}).content.decode()
    assert "Also searched, through the glossary:" in content and 'lang="fr">sérendipité</span>' in content
    assert 'name="exact"' in content and "exact=1" in content


@pytest.mark.parametrize("exact", ["<script>alert(1)</script>", "0", "false", "", "1\x07", "on", "x" * 5000])
def test_hostile_values_of_the_switch_give_a_sensible_page(client, exact):
    response = client.get("/en/search/", {"q": "empathy", "exact": exact})
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_a_search_carried_across_languages_does_not_grow_with_the_library(client, settings):
    from tests.test_library import add_plain_modules

    settings.PAGE_CACHE_SECONDS = 0
    url = "/en/search/?q=empathy&theme=ethics"
    add_plain_modules(8)
    client.get(url)
    with CaptureQueriesContext(connection) as small:
        client.get(url)
    add_plain_modules(200, start=8)
    with CaptureQueriesContext(connection) as large:
        client.get(url)
    assert len(large) == len(small)


def lesson_with_body(body, **fields):
    from tests.builders import build_lesson, build_module

    module = build_module(lessons=0, publish=False)
    lesson = build_lesson(module, body=body, **fields)
    module.save_revision().publish()
    return lesson


def marks(html):
    """(glossary link, described by, words marked, tooltip id) of each marked term."""
    return re.findall(
        r'<span class="gloss"><a class="gloss__term" href="([^"]+)" aria-describedby="([^"]+)">([^<]+)</a>'
        r'<span class="gloss__tip" id="([^"]+)"',
        html,
    )


def test_the_first_use_of_a_glossary_term_in_a_lesson_is_marked_with_its_definition(client, serendipity):
    lesson = lesson_with_body(
        [
            (
                "section",
                {
                    "heading": "Serendipity in the heading",
                    "text": "<p>A <a href='/x'>serendipity</a> link, "
                    "then serendipity in prose, and serendipity again.</p>",
                },
            ),
            ("section", {"heading": "More", "text": "<p>Serendipity once more.</p>"}),
        ]
    )
    html = client.get(lesson.url).content.decode()
    assert marks(html) == [("/en/glossary/#serendipity", "gloss-serendipity", "serendipity", "gloss-serendipity")]
    assert 'then <span class="gloss">' in html  # the prose, not the heading nor the link
    tip = re.search(
        r'<span class="gloss__tip" id="gloss-serendipity" role="tooltip" lang="en">(.*?)</span></span></span>', html
    ).group(1)
    assert "What serendipity means, in en." in tip
    assert '<span lang="fr">sérendipité</span>' in tip and '<span lang="zh-hans">机缘巧合' in tip
    assert '<span lang="en">serendipity</span>' not in tip  # not its own language's name again


def test_marks_follow_the_reader_language_and_the_text_language(client, serendipity):
    from tests.lookups import version_in

    lesson = lesson_with_body([("section", {"heading": "H", "text": "<p>Une sérendipité clinique.</p>"})])
    french_reader = version_in(lesson, "fr")  # the English-tree lesson shown, untranslated, in the French tree
    html = client.get(french_reader.url).content.decode()
    # The lesson is written in English: the French word is not an English term, so nothing is marked.
    assert marks(html) == []
    lesson.body = [("section", {"heading": "H", "text": "<p>A serendipity, in English.</p>"})]
    lesson.save_revision().publish()
    html = client.get(version_in(lesson, "fr").url).content.decode()
    assert [words for _link, _d, words, _t in marks(html)] == ["serendipity"]
    assert marks(html)[0][0] == "/fr/glossary/#serendipity"  # the glossary of the reader's tree
    assert "What serendipity means, in fr." in html  # the definition in the reader's language


def test_authors_can_turn_the_marks_off(client, serendipity):
    lesson = lesson_with_body([("section", {"heading": "H", "text": "<p>serendipity</p>"})], mark_glossary_terms=False)
    assert marks(client.get(lesson.url).content.decode()) == []


def test_facilitator_notes_are_not_marked_so_every_reader_sees_the_same_marks(client, serendipity, staff_user):
    lesson = lesson_with_body(
        [
            ("facilitator_notes", {"text": "<p>Teachers: serendipity comes up first here.</p>"}),
            ("section", {"heading": "H", "text": "<p>Students read serendipity here.</p>"}),
        ]
    )
    client.force_login(staff_user)
    html = client.get(lesson.url).content.decode()
    assert "Teachers: serendipity comes" in html
    assert 'read <span class="gloss">' in html and len(marks(html)) == 1


def test_marked_definitions_are_escaped(client):
    add_concept(
        "xss-term",
        {"en": ("quixotry", [], ""), "fr": ("donquichottisme", [], ""), "zh-hans": ("堂吉诃德", [], "tángjíhēdé")},
    )
    GlossaryTerm.objects.filter(slug="xss-term").update(
        definition='<script>alert("x")</script><img src=x onerror=alert(1)>'
    )
    lesson = lesson_with_body([("section", {"heading": "H", "text": "<p>Some quixotry.</p>"})])
    html = client.get(lesson.url).content.decode()
    assert len(marks(html)) == 1
    assert '<script>alert("x")' not in html and "<img src=x" not in html
    assert "&lt;script&gt;" in html


def test_marking_touches_only_the_text_it_marks(serendipity):
    from courses.glossary import mark_first_uses

    html = (
        "<p class='x'>A <a href='/x' data-x=1>serendipity</a> &amp; l&#x27;autre<br>"
        '<!-- serendipity --><h3>Serendipity</h3><img alt="serendipity" src=x.png>'
        "<blockquote>serendipity</blockquote> Then serendipity &lt;here&gt;, serendipity.</p>"
    )
    marked = mark_first_uses(html, "en", "en", "/en/glossary/")
    before, _mark, after = marked.partition('<span class="gloss">')
    assert before == html[: html.index(" Then ") + len(" Then ")]
    assert after.endswith("</span></span> &lt;here&gt;, serendipity.</p>")
    assert marked.count('class="gloss"') == 1


def test_the_translation_editor_shows_the_preferred_terms_of_each_segment(client, serendipity):
    from wagtail_localize.models import Translation

    from tests.builders import build_module
    from tests.lookups import account, version_in
    from tests.test_translation_workflow import submit_translation

    module = build_module(lessons=1, institution="ottawa", title="Serendipity at the bedside")
    client.force_login(account("prof.ottawa"))
    assert submit_translation(client, module, "fr").status_code == 302
    french = version_in(module, "fr")
    assert Translation.objects.filter(source__object_id=module.translation_key, target_locale=french.locale).exists()
    response = client.get(f"/admin/pages/{french.pk}/edit/")  # wagtail-localize's editor for a translation
    assert response.status_code == 200
    content = response.content.decode()
    panel = content[content.index('aria-labelledby="glossary-for-translators"') :]
    assert "Serendipity at the bedside" in panel
    assert '<strong lang="fr">sérendipité</strong>' in panel and "heureux hasard" in panel
    assert 'class="js-translation-editor"' in content  # wagtail-localize's own editor is still there


def translate_module(original, language, **fields):
    """A published translation of `original` (as wagtail-localize makes one), with its own text."""
    from wagtail.models import Locale

    from courses.models import ModulePage

    existing = ModulePage.objects.filter(
        translation_key=original.translation_key, locale__language_code=language
    ).first()
    if existing is not None:  # the alias that stands in the tree until it is translated
        existing.delete()
    translated = original.copy_for_translation(Locale.objects.get(language_code=language), copy_parents=True)
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.alias_of = None
    translated.save_revision().publish()
    return translated


def test_a_report_lists_translations_that_do_not_use_the_preferred_terms(client, serendipity):
    from tests.builders import build_module
    from tests.lookups import account

    with_synonym = build_module(lessons=1, title="Serendipity in diagnosis", summary="On serendipity.")
    with_paraphrase = build_module(lessons=1, title="Serendipity in research", summary="On serendipity.")
    faithful = build_module(lessons=1, title="Serendipity in teaching", summary="On serendipity.")
    translate_module(with_synonym, "fr", title="L'heureux hasard du diagnostic", summary="Sur l'heureux hasard.")
    translate_module(with_paraphrase, "fr", title="La chance en recherche", summary="Sur la chance.")
    translate_module(faithful, "fr", title="La sérendipité en classe", summary="Sur la sérendipité.")

    client.force_login(account("admin"))
    response = client.get("/admin/reports/translation-terms/")
    assert response.status_code == 200
    content = html.unescape(response.content.decode())
    assert "L'heureux hasard du diagnostic" in content
    assert "“serendipity” is translated “heureux hasard”: the glossary prefers “sérendipité”." in content
    assert "La chance en recherche" in content
    assert "“serendipity”: the preferred term “sérendipité” is not used." in content
    assert "La sérendipité en classe" not in content


def test_only_staff_reach_the_report_and_each_sees_what_they_may_translate(client, serendipity):
    from tests.lookups import account

    assert client.get("/admin/reports/translation-terms/").status_code == 302  # to sign in
    client.force_login(account("student"))
    assert client.get("/admin/reports/translation-terms/").status_code in (302, 403)
    client.force_login(account("prof.lyon"))
    assert client.get("/admin/reports/translation-terms/").status_code == 200


def test_each_result_says_in_which_other_languages_it_exists(client):
    response = client.get("/en/search/", {"q": "SPIKES"})
    entries = re.findall(
        r'<li class="search-result" lang="([^"]+)">(.*?)</li>\s*</ul>\s*</li>', response.content.decode(), re.S
    )
    badges = [
        (written_in, re.findall(r'<span class="badge">Also in ([^<]+)</span>', entry)) for written_in, entry in entries
    ]
    # The Ottawa module is written in English and translated into French: each version names the other.
    assert ("en", ["French"]) in badges and ("fr", ["English"]) in badges
    names = {"en": "English", "fr": "French", "zh-hans": "Simplified Chinese"}
    assert all(names[written_in] not in " ".join(others) for written_in, others in badges)  # never its own


@pytest.mark.parametrize(
    ("username", "may_add", "may_delete"),
    [("admin", True, True), ("prof.lyon", True, False), ("reviewer.ottawa", False, False), ("student", False, False)],
)
def test_site_managers_and_authors_manage_the_glossary(client, username, may_add, may_delete):
    from tests.lookups import account

    term = GlossaryTerm.objects.filter(locale__language_code="en").first()
    client.force_login(account(username))
    assert (client.get("/admin/snippets/courses/glossaryterm/add/").status_code == 200) is may_add
    assert (client.get(f"/admin/snippets/courses/glossaryterm/edit/{term.pk}/").status_code == 200) is may_add
    assert (client.get(f"/admin/snippets/courses/glossaryterm/delete/{term.pk}/").status_code == 200) is may_delete
