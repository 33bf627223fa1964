"""The glossary at work: finding its concepts in a reader's query, carrying a search across languages, and
listing it in each language's order.

The glossary is small (hundreds of rows), read far more often than written, and the same for every
reader: it is kept in memory as `Concept`s until the content changes, and matched in Python, the same
way on SQLite and PostgreSQL.
"""

import re
from dataclasses import dataclass, field
from html import unescape

import jieba
from django import forms
from django.conf import settings
from django.utils.html import escape, format_html, format_html_join, strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail.search.query import Or
from wagtail_localize.models import StringSegment

from courses.models import GlossaryPage, GlossaryTerm, LessonPage, LibraryPage, ModulePage, SearchPage, Theme
from courses.models.vocabulary import default_locale_only
from courses.search import CJK_RUN, MAX_QUERY_LENGTH, TOKEN, fold, highlight_terms, search_query
from courses.search import forms as word_forms
from courses.translation import language_code, localized_all
from medhum.page_cache import memo

CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class Entry:
    """A concept in one language."""

    language: str
    slug: str
    term: str
    synonyms: tuple
    definition: str
    pinyin: str

    @property
    def forms(self):
        return (self.term, *self.synonyms)


@dataclass
class Concept:
    key: str  # the rows' shared translation_key
    slug: str
    entries: dict = field(default_factory=dict)  # language → Entry
    theme_slugs: set = field(default_factory=set)

    def entry(self, language):
        """The concept in `language`, else in the site's default language, else in any."""
        return (
            self.entries.get(language) or self.entries.get(settings.LANGUAGE_CODE) or next(iter(self.entries.values()))
        )


def concepts():
    """Every concept of the glossary, with its entries in each language; kept until the content changes."""
    return memo("glossary-concepts", load_concepts)


def load_concepts():
    found = {}
    rows = GlossaryTerm.objects.select_related("locale").order_by("pk")
    for row in rows:
        concept = found.setdefault(row.translation_key, Concept(key=str(row.translation_key), slug=row.slug))
        concept.entries[row.locale.language_code] = Entry(
            language=row.locale.language_code,
            slug=row.slug,
            term=row.term.strip(),
            synonyms=tuple(row.synonym_list()),
            definition=row.definition,
            pinyin=row.pinyin.strip(),
        )
    # A concept's themes are those given in any of its languages.
    through = GlossaryTerm.themes.through.objects.values_list("glossaryterm__translation_key", "theme__slug")
    for key, slug in through:
        if key in found:
            found[key].theme_slugs.add(slug)
    return list(found.values())


# Matching a concept's words inside a query ----------------------------------------------------------


@dataclass(frozen=True)
class Match:
    """A concept found in a query, by the words the reader typed (`typed`) for one of its forms."""

    concept: Concept
    typed: str
    form: str
    language: str


def _latin_words(text):
    return [token for token in TOKEN.findall(text) if not CJK_RUN.fullmatch(token)]


def _stemmed(word):
    """A word's folded form and stems: “consentements” meets “consentement”, “Empathie” meets “empathie”."""
    return set(word_forms(word))


def _plain(word):
    """A word's folded form, and without a plural ending: stricter than stems, which make “professional”
    meet “professionalism”; for marking running text, where a wrong mark misleads the reader."""
    folded = fold(word)
    plain = {folded}
    for ending in ("es", "s", "x"):
        if folded.endswith(ending) and len(folded) > len(ending) + 2:
            plain.add(folded[: -len(ending)])
    return plain


def concepts_in(query):
    """The glossary concepts named in `query`, in any language, in the order they appear."""
    query = " ".join((query or "").split())
    return [
        Match(concept=concept, typed=query[start:end], form=form, language=language)
        for start, end, concept, form, language in names_in(query)
    ]


def names_in(text, languages=None, strict=False, glossary=None):
    """Where `text` first names each glossary concept, as (start, end, concept, form, language) in text order,
    considering the names in `languages` (all when None). The longest name wins where names overlap.
    `glossary`: the concepts, when the caller has them already (else `concepts()`).
    """
    index = TextIndex(text, strict)
    candidates = []
    for concept in glossary if glossary is not None else concepts():
        for language, entry in concept.entries.items():
            if languages is not None and language not in languages:
                continue
            for form in entry.forms:
                span = index.find(form)
                if span is not None:
                    candidates.append((*span, concept, form, language))
    found, taken, seen = [], [], set()
    for candidate in sorted(candidates, key=lambda c: (-(c[1] - c[0]), c[0])):
        start, end, concept = candidate[:3]
        if concept.key in seen or any(start < other_end and other_start < end for other_start, other_end in taken):
            continue
        taken.append((start, end))
        seen.add(concept.key)
        found.append(candidate)
    return sorted(found, key=lambda candidate: candidate[0])


class TextIndex:
    """A text's words, indexed to find where it first uses a name, in a time that does not grow with the text.

    Alphabetic names match whole words, accents, case and endings aside (“Empathie”, “consentements”): by
    stems, or (`strict`) only plural endings aside. Chinese names match anywhere inside Chinese text (共情 in
    医患沟通中的共情问题), except one-character names (气, 仁), which match only as a word of their own, not
    inside 气管 or 仁济.
    """

    def __init__(self, text, strict=False):
        self.word_keys = _plain if strict else _stemmed
        tokens = list(TOKEN.finditer(text))
        self.words = [(t.group(0), t.start(), t.end()) for t in tokens if not CJK_RUN.fullmatch(t.group(0))]
        self.at = {}  # each key of a word → where the word is in `words`
        for position, (word, _start, _end) in enumerate(self.words):
            for key in self.word_keys(word):
                self.at.setdefault(key, []).append(position)
        self.runs = [
            (t.group(0), t.start(), set(jieba.cut(t.group(0)))) for t in tokens if CJK_RUN.fullmatch(t.group(0))
        ]

    def find(self, name):
        """(start, end) of the first use of `name` in the text, or None."""
        if CJK_RUN.fullmatch(name):
            for run, offset, words in self.runs:
                position = run.find(name) if len(name) > 1 or name in words else -1
                if position >= 0:
                    return offset + position, offset + position + len(name)
            return None
        wanted = _latin_words(name)
        if not wanted or CJK_RUN.search(name):
            return None
        starts = sorted({position for key in self.word_keys(wanted[0]) for position in self.at.get(key, ())})
        for position in starts:
            window = self.words[position : position + len(wanted)]
            if len(window) == len(wanted) and all(
                self.word_keys(word) & self.word_keys(other)
                for (word, _s, _e), other in zip(window, wanted, strict=True)
            ):
                return window[0][1], window[-1][2]
        return None


@dataclass
class Expansion:
    """A query carried across languages by the glossary: what the backend searches, and why."""

    query: object  # the backend query: the reader's words, or any term of a concept they named
    matches: list
    added_terms: list  # (term, language) searched for besides the reader's words, in display order

    @property
    def expanded(self):
        return bool(self.added_terms)

    def highlight_terms(self):
        terms = set()
        for term, _language in self.added_terms:
            terms |= highlight_terms(term)
        return terms


def expand(query, direct_query):
    """`direct_query` (the backend query of the reader's words) widened to every term, in every language,
    of each glossary concept the query names."""
    matches = concepts_in(query)
    typed = {fold(match.typed) for match in matches}
    added, seen = [], set(typed)
    for match in matches:
        for entry in match.concept.entries.values():
            for form in entry.forms:
                if fold(form) not in seen:
                    seen.add(fold(form))
                    added.append((form, entry.language))
    alternatives = [direct_query, *filter(None, (search_query(term) for term, _language in added))]
    if len(alternatives) == 1:
        return Expansion(query=direct_query, matches=matches, added_terms=[])
    return Expansion(query=Or(alternatives), matches=matches, added_terms=added)


def matched_concept(matches, language, text):
    """Which of the query's concepts a result found through the glossary names, as the term it uses (else the
    concept's term in its language), the words typed, and the concept's glossary anchor."""
    if not matches:
        return None
    index = TextIndex(text)
    for match in matches:
        entry = match.concept.entries.get(language)
        used = next((form for form in entry.forms if index.find(form) is not None), None) if entry else None
        if used:
            return {"found": used, "typed": match.typed, "slug": match.concept.slug}
    first = matches[0]
    return {"found": first.concept.entry(language).term, "typed": first.typed, "slug": first.concept.slug}


def glossary_page(locale_id):
    """The live glossary page of a language's tree, or None."""
    return memo(f"glossary-page:{locale_id}", lambda: GlossaryPage.objects.live().filter(locale_id=locale_id).first())


# The public glossary page ------------------------------------------------------------------------------


class GlossarySearchForm(forms.Form):
    q = forms.CharField(label=_("Find a term"), required=False, max_length=MAX_QUERY_LENGTH, strip=True)

    def clean_q(self):
        return CONTROL_CHARACTERS.sub(" ", self.cleaned_data["q"]).strip()


@dataclass
class GlossaryListing:
    form: GlossarySearchForm
    query: str
    groups: list  # [(letter, [item, …])]
    total: int
    shown: int
    library: object = None
    search_page: object = None


def sort_key(entry):
    """Alphabetical in English and French (accents aside, as in a dictionary); by pinyin in Chinese."""
    if entry.language == "zh-hans":
        reading = fold(entry.pinyin).replace(" ", "").replace("'", "")
        return (0, reading, entry.term) if reading else (1, "", entry.term)
    return (0, re.sub(r"[^\w]", "", fold(entry.term)), entry.term)


def initial(key):
    """The heading a sorted entry falls under: its first letter (of the pinyin in Chinese), else #."""
    letter = key[1][:1].upper()
    return letter if letter.isalpha() and letter.isascii() else "#"


def glossary_listing(request, page):
    """The glossary in the page's language, each concept with its terms in the other two, filtered by ?q=."""
    language = page.locale.language_code
    form = GlossarySearchForm(request.GET)
    query = form.cleaned_data["q"] if form.is_valid() else ""
    themes = {
        theme.slug: theme
        for theme in memo(
            f"glossary-themes:{page.locale_id}",
            lambda: localized_all(Theme.objects.filter(default_locale_only()).order_by("pk"), page.locale),
        )
    }
    everything = concepts()
    named = {match.concept.key for match in concepts_in(query)}
    found = [
        concept
        for concept in everything
        if not query or concept.key in named or concept_matches(concept, query, language)
    ]
    items = []
    for concept in found:
        entry = concept.entry(language)
        items.append(
            {
                "entry": entry,
                "elsewhere": [
                    concept.entries[other]
                    for other, _name in settings.LANGUAGES
                    if other != language and other in concept.entries
                ],
                "themes": [themes[slug] for slug in sorted(concept.theme_slugs) if slug in themes],
            }
        )
    items.sort(key=lambda item: sort_key(item["entry"]))
    groups = []
    for item in items:
        letter = initial(sort_key(item["entry"]))
        if not groups or groups[-1][0] != letter:
            groups.append((letter, []))
        groups[-1][1].append(item)
    library, search_page = memo(f"glossary-neighbours:{page.pk}", lambda: neighbours(page))
    return GlossaryListing(
        form=form,
        query=query,
        groups=groups,
        total=len(everything),
        shown=len(items),
        library=library,
        search_page=search_page,
    )


def neighbours(page):
    """The library and the search page of the glossary page's tree."""
    siblings = page.get_siblings().live()
    return siblings.type(LibraryPage).specific().first(), siblings.type(SearchPage).specific().first()


def concept_matches(concept, query, language):
    """A glossary search: the words inside a term or the pinyin of any language, or inside the definition in
    the page's language, accents and case aside (a concept the query names is found by `concepts_in`)."""
    wanted = fold(" ".join(query.split()))
    for entry in concept.entries.values():
        if any(wanted in fold(form) for form in entry.forms):
            return True
        if entry.language == language and wanted in fold(entry.definition):
            return True
        if entry.pinyin and wanted.replace(" ", "") in fold(entry.pinyin).replace(" ", ""):
            return True
    return False


# Glossary terms marked in a lesson -----------------------------------------------------------------------

# Text that is not the lesson's own running prose: links, headings, quotations, code, figure credits, and the
# facilitator notes (so that students and staff see the same terms marked).
UNMARKED_ELEMENTS = {"a", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "code", "pre", "script", "style", "button"}
UNMARKED_ELEMENTS |= {"figcaption", "cite", "dfn", "abbr", "mark", "label", "summary", "textarea", "select", "svg"}
UNMARKED_CLASSES = {"block-notes", "block-label", "gloss"}


VOID_ELEMENTS = {"area", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
MARKUP = re.compile(r"<!--.*?-->|<[^>]*>", re.S)
TAG = re.compile(r"<\s*(/?)\s*([a-zA-Z][\w-]*)([^>]*)>")
CLASS_ATTRIBUTE = re.compile(r"""class\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")


def mark_first_uses(html, content_language, reader_language, glossary_url):
    """`html` with the first use of each glossary term in `content_language` marked: a link to the concept in
    the glossary, described (for hover, focus, tap and screen readers) by its definition in the reader's
    language and its names in the two other languages.

    Only text is touched: every tag, and every text without a mark, goes out exactly as it came in.
    """
    glossary, marked, where = concepts(), set(), (content_language, reader_language, glossary_url)
    out, open_elements, position = [], [], 0
    for markup in MARKUP.finditer(html):
        out.append(_mark_text(html[position : markup.start()], open_elements, glossary, marked, where))
        out.append(markup.group(0))
        _follow(markup.group(0), open_elements)
        position = markup.end()
    out.append(_mark_text(html[position:], open_elements, glossary, marked, where))
    return "".join(out)


def _follow(markup, open_elements):
    """Keep `open_elements` (name, skipped?) in step with one tag of well-formed HTML."""
    tag = TAG.fullmatch(markup)
    if tag is None:
        return  # a comment, a doctype
    closing, name, attributes = tag.group(1), tag.group(2).lower(), tag.group(3)
    if closing:
        while open_elements:
            if open_elements.pop()[0] == name:
                break
        return
    if name in VOID_ELEMENTS or attributes.rstrip().endswith("/"):
        return
    classes = set()
    for match in CLASS_ATTRIBUTE.finditer(attributes):
        classes |= set(next(value for value in match.groups() if value is not None).split())
    open_elements.append((name, name in UNMARKED_ELEMENTS or bool(classes & UNMARKED_CLASSES)))


def _mark_text(raw, open_elements, glossary, marked, where):
    if not raw.strip() or any(skipped for _name, skipped in open_elements):
        return raw
    text = unescape(raw)
    content_language, reader_language, glossary_url = where
    names = [
        name for name in names_in(text, {content_language}, strict=True, glossary=glossary) if name[2].key not in marked
    ]
    if not names:
        return raw
    pieces, position = [], 0
    for start, end, concept, _form, _language in names:
        marked.add(concept.key)
        pieces.append(escape(text[position:start]))
        pieces.append(_term_markup(text[start:end], concept, content_language, reader_language, glossary_url))
        position = end
    pieces.append(escape(text[position:]))
    return "".join(pieces)


def _term_markup(words, concept, content_language, reader_language, glossary_url):
    explained = concept.entry(reader_language)
    others = [
        concept.entries[code]
        for code, _name in settings.LANGUAGES
        if code != content_language and code in concept.entries
    ]
    tip_id = f"gloss-{concept.slug}"
    return format_html(
        '<span class="gloss"><a class="gloss__term" href="{}#{}" aria-describedby="{}">{}</a>'
        '<span class="gloss__tip" id="{}" role="tooltip" lang="{}">{}'
        '<span class="gloss__names">{}</span></span></span>',
        glossary_url,
        concept.slug,
        tip_id,
        words,
        tip_id,
        explained.language,
        explained.definition,
        format_html_join(" · ", '<span lang="{}">{}</span>', ((entry.language, entry.term) for entry in others)),
    )


# For translators ----------------------------------------------------------------------------------------


def teaching_text(page):
    """The words of a module or a lesson that translators translate (facilitator notes aside)."""
    if isinstance(page, ModulePage):
        return " ".join([page.title, page.summary, *(str(objective.value) for objective in page.objectives)])
    if isinstance(page, LessonPage):
        return " ".join([page.title, page.introduction, page.public_text()])
    return page.title


def terms_for_translation(translation):
    """For each source segment of a wagtail-localize translation that names glossary concepts: its text, and
    each concept's preferred term (and accepted synonyms) in the target language."""
    source_language = translation.source.locale.language_code
    target_language = translation.target_locale.language_code
    glossary = load_concepts()  # in the admin, nothing is kept: read once for the whole page
    segments = []
    for segment in StringSegment.objects.filter(source=translation.source).select_related("string").order_by("order"):
        text = " ".join(unescape(strip_tags(segment.string.data)).split())
        terms = [
            {"found": text[start:end], "concept": concept, "target": concept.entries.get(target_language)}
            for start, end, concept, _form, _language in names_in(text, {source_language}, glossary=glossary)
        ]
        if terms:
            segments.append({"text": text, "terms": terms})
    return segments


@dataclass
class TermIssue:
    concept: Concept
    source_term: str  # as the original has it
    preferred: str  # the preferred term in the translation's language
    used: str = ""  # the synonym the translation uses instead; empty when it uses no name of the concept


def term_issues(original_text, original_language, translated_text, translated_language, glossary):
    """Where a translation does not use the glossary's preferred term for a concept its original names."""
    translated = TextIndex(translated_text)
    issues = []
    for _start, _end, concept, form, _language in names_in(original_text, {original_language}, glossary=glossary):
        target = concept.entries.get(translated_language)
        if target is None or translated.find(target.term) is not None:
            continue
        used = next((synonym for synonym in target.synonyms if translated.find(synonym) is not None), "")
        issues.append(TermIssue(concept=concept, source_term=form, preferred=target.term, used=used))
    return issues


def translation_term_report(pages):
    """For each translated module or lesson among `pages`: the concepts whose preferred term it does not use.

    A page's original is the oldest version of it (translations are made from it); aliases are copies, not
    translations, and are left out.
    """
    glossary = load_concepts()
    versions = {}
    for page in pages.type(ModulePage, LessonPage).filter(alias_of__isnull=True).specific().order_by("pk"):
        versions.setdefault(page.translation_key, []).append(page)
    rows = []
    for group in versions.values():
        original, translations = group[0], group[1:]
        if not translations:
            continue
        original_text, original_language = teaching_text(original), language_code(original.locale_id)
        for translated in translations:
            issues = term_issues(
                original_text,
                original_language,
                teaching_text(translated),
                language_code(translated.locale_id),
                glossary,
            )
            if issues:
                rows.append({"page": translated, "original": original, "issues": issues})
    return rows
