"""Escaping everywhere (issue 9, point 4): hostile text in every field an editor or a reader can fill never
becomes markup, script, an event handler or a javascript: link, on the public site or in the admin.

One "world" per payload holds that payload in every field at once (a module and its lesson with every
teaching block, their institution, authors, theme, glossary terms, a course, an information page, an
adaptation, a peer review, the names of a signed-in teacher, the singletons of the language tree), each
field's copy carrying its own marker (`zq<payload><field>`). Every page that shows these fields is
fetched once per world and parsed; each test then reads, for one field and one payload, what the pages
did with that field's copy. Everything is built in one transaction, rolled back at the end.
"""

import contextlib
import io
import json
import re
import xml.etree.ElementTree as ElementTree
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from html.parser import HTMLParser

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.template.loader import render_to_string
from django.test import Client, RequestFactory, override_settings
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.documents import get_document_model
from wagtail.models import Locale, Page, TaskState, Workflow, WorkflowState
from wagtail.rich_text import RichText

from courses.adaptation import adapt
from courses.blocks import INLINE_FEATURES, PROSE_FEATURES, doi_validator
from courses.content import artwork
from courses.content.build import _ensure_document, _ensure_image, institution_page
from courses.exports import handout_context
from courses.models import (
    Contributor,
    CourseIndexPage,
    CoursePage,
    CourseSession,
    GlossaryPage,
    GlossaryTerm,
    InstitutionPage,
    LessonPage,
    LibraryPage,
    ModuleAuthor,
    ModulePage,
    PeerReview,
    PeerReviewTask,
    SearchPage,
    Theme,
)
from home.models import HomeFeaturedModule, HomePage, InformationPage

# Every test asks for the test database: the worlds are built in it (pytest-django sets it up only for tests
# marked so), each test in its own transaction, the worlds in one of their own rolled back at the end.
pytestmark = pytest.mark.django_db

# The payloads ---------------------------------------------------------------------------------------------
# `{m}` is the marker of one field's copy; each payload names what it tries.
PAYLOADS = {
    "script_tag": "</script><script>alert('{m}')</script>",
    "json_breakout": '"}]}</script><!--<script>alert("{m}")</script>',
    "dq_attribute": '" onmouseover="alert(\'{m}\')" data-x="',
    "sq_attribute": "' autofocus onfocus='alert(\"{m}\")' data-x='",
    "javascript_url": "javascript:alert('{m}')",
    "javascript_url_masked": " \tJaVaScRiPt:alert('{m}')",
    "url_breakout": 'https://example.org/?{m}"><svg/onload=alert(1)>',
    "img_svg": "<img src=x onerror=alert('{m}')><svg/onload=alert('{m}')>",
    "template_syntax": "{{ 7*7 }} {% debug %} ${7*7} #{7*7} {m}",
    "unicode_tricks": "\u2028＜script＞alert('{m}')＜/script＞\u2029</script\u2028><\u200bscript>",
    "html_entities": "&lt;script&gt;alert('{m}')&lt;/script&gt; &amp;lt; &#x3C;img src=x onerror=alert(1)&#x3E; &quot;",
    "style_breakout": "</style><style>*{background:url('javascript:alert(\"{m}\")')}</style>",
    "long_string": "{m} " + "<b>bold</b> &amp; \"quoted\" 'single' " * 120,
}
PLAIN = "Plain words {m}"  # the baseline world: what each page's structure should stay
# The admin's pages are read for the payloads aimed at its contexts (HTML, attributes, JSON data in <script>,
# template syntax, length): its URL fields refuse javascript: addresses before anything is stored, and its edit
# views are slow enough that every payload on every one would double the time of this file.
ADMIN_PAYLOADS = (
    "script_tag",
    "json_breakout",
    "dq_attribute",
    "sq_attribute",
    "img_svg",
    "template_syntax",
    "html_entities",
    "long_string",
)
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "srcdoc"}
DANGEROUS_SCHEMES = ("javascript:", "vbscript:", "data:text/html")
JSON_SCRIPT_TYPES = {"application/ld+json", "application/json"}
# Elements a payload must never add to a page (compared with the baseline world's page).
LIVE_ELEMENTS = {"script", "style", "img", "svg", "iframe", "object", "embed", "base", "link", "meta", "form", "math"}

# The fields, and the pages that show them ------------------------------------------------------------------
# field id → (max length an editor can type, pages that must show its text; the summary and the first heading
# keep room for the " (revised)" that the original's second version adds). Rich-text fields go through the
# editor's converter (Draftail's contentstate → stored HTML), as when an author types them.
PUBLIC_MODULE = ("module", "print", "pdf_html", "cartridge", "api_module")
FIELDS = {
    "module.title": (
        255,
        (
            "module",
            "lesson",
            "print",
            "pdf_html",
            "cartridge",
            "library",
            "home",
            "institution",
            "course",
            "feed",
            "api_module",
            "admin.module_edit",
            "admin.explorer_institution",
            "admin.adapt",
            "admin.translation_terms",
        ),
    ),
    "module.summary": (
        270,
        (
            "module",
            "print",
            "pdf_html",
            "cartridge",
            "library",
            "home",
            "institution",
            "feed",
            "api_module",
            "admin.module_edit",
        ),
    ),
    "module.seo_title": (255, ("module", "admin.module_edit")),
    "module.search_description": (None, ("module", "admin.module_edit")),
    "module.objectives.objective": (300, (*PUBLIC_MODULE, "admin.module_edit")),
    "module.references.citation.authors": (300, (*PUBLIC_MODULE, "admin.module_edit")),
    "module.references.citation.title": (400, (*PUBLIC_MODULE, "admin.module_edit")),
    "module.references.citation.venue": (200, (*PUBLIC_MODULE, "admin.module_edit")),
    "module.references.citation.doi": (200, (*PUBLIC_MODULE, "admin.module_edit")),
    "module.references.citation.url": (None, (*PUBLIC_MODULE, "admin.module_edit")),
    "module.keywords": (100, ("module", "api_module")),  # the library's facet lists the 20 most used
    "module.cultural_context": (1500, ("module_staff", "admin.module_edit")),
    "lesson.title": (
        255,
        ("lesson", "module", "print", "pdf_html", "cartridge", "search_lesson", "api_lesson", "admin.lesson_edit"),
    ),
    "lesson.introduction": (
        500,
        ("lesson", "module", "print", "pdf_html", "cartridge", "api_lesson", "admin.lesson_edit"),
    ),
    "lesson.seo_title": (255, ("lesson", "admin.lesson_edit")),
    "lesson.search_description": (None, ("lesson", "admin.lesson_edit")),
    "lesson.body.section.heading": (
        150,
        ("lesson", "print", "pdf_html", "cartridge", "api_lesson", "admin.lesson_edit"),
    ),
    "lesson.body.section.text": (None, ("lesson", "print", "pdf_html", "cartridge", "admin.lesson_edit")),
    "lesson.body.section.text.link": (None, ()),
    "lesson.body.image.alt_text": (
        300,
        ("lesson", "print", "pdf_html", "cartridge", "api_lesson", "admin.lesson_edit"),
    ),
    "lesson.body.image.caption": (300, ("lesson", "print", "pdf_html", "cartridge", "api_lesson", "admin.lesson_edit")),
    "lesson.body.image.credit": (200, ("lesson", "print", "pdf_html", "cartridge", "api_lesson", "admin.lesson_edit")),
    "lesson.body.embed.url": (None, ("lesson", "api_lesson", "admin.lesson_edit")),
    "lesson.body.embed.title": (200, ("lesson", "print", "pdf_html", "cartridge", "api_lesson", "admin.lesson_edit")),
    "lesson.body.embed.description": (
        None,
        ("lesson", "print", "pdf_html", "cartridge", "api_lesson", "admin.lesson_edit"),
    ),
    "lesson.body.excerpt.text": (None, ("lesson", "print", "pdf_html", "cartridge", "api_lesson", "admin.lesson_edit")),
    "lesson.body.excerpt.source": (
        300,
        ("lesson", "print", "pdf_html", "cartridge", "api_lesson", "admin.lesson_edit"),
    ),
    "lesson.body.excerpt.commentary": (None, ("lesson", "print", "pdf_html", "cartridge", "admin.lesson_edit")),
    "lesson.body.case.title": (200, ("lesson", "print", "pdf_html", "cartridge", "api_lesson", "admin.lesson_edit")),
    "lesson.body.case.presentation": (None, ("lesson", "print", "pdf_html", "cartridge", "admin.lesson_edit")),
    "lesson.body.discussion.question": (
        None,
        ("lesson", "print", "pdf_html", "cartridge", "api_lesson", "admin.lesson_edit"),
    ),
    "lesson.body.reflection.prompt": (
        None,
        ("lesson", "print", "pdf_html", "cartridge", "api_lesson", "admin.lesson_edit"),
    ),
    "lesson.body.reflection.guidance": (
        None,
        ("lesson", "print", "pdf_html", "cartridge", "api_lesson", "admin.lesson_edit"),
    ),
    "lesson.body.activity.title": (
        200,
        ("lesson", "print", "pdf_html", "cartridge", "api_lesson", "admin.lesson_edit"),
    ),
    "lesson.body.activity.group_size": (
        40,
        ("lesson", "print", "pdf_html", "cartridge", "api_lesson", "admin.lesson_edit"),
    ),
    "lesson.body.activity.instructions": (None, ("lesson", "print", "pdf_html", "cartridge", "admin.lesson_edit")),
    "lesson.body.takeaways.item": (
        400,
        ("lesson", "print", "pdf_html", "cartridge", "api_lesson", "admin.lesson_edit"),
    ),
    "lesson.body.further_reading.authors": (
        300,
        ("lesson", "print", "pdf_html", "cartridge", "api_lesson", "admin.lesson_edit"),
    ),
    "lesson.body.further_reading.title": (
        400,
        ("lesson", "print", "pdf_html", "cartridge", "api_lesson", "admin.lesson_edit"),
    ),
    "lesson.body.further_reading.venue": (
        200,
        ("lesson", "print", "pdf_html", "cartridge", "api_lesson", "admin.lesson_edit"),
    ),
    "lesson.body.further_reading.doi": (
        200,
        ("lesson", "print", "pdf_html", "cartridge", "api_lesson", "admin.lesson_edit"),
    ),
    "lesson.body.further_reading.url": (
        None,
        ("lesson", "print", "pdf_html", "cartridge", "api_lesson", "admin.lesson_edit"),
    ),
    "lesson.body.resources.description": (
        200,
        ("lesson", "print", "pdf_html", "cartridge", "api_lesson", "admin.lesson_edit"),
    ),
    "lesson.body.facilitator_notes.text": (None, ("lesson_staff", "admin.lesson_edit")),
    "document.title": (255, ("lesson", "print", "pdf_html", "cartridge")),
    "contributor.name": (
        120,
        (
            "module",
            "lesson",
            "print",
            "pdf_html",
            "cartridge",
            "feed",
            "api_module",
            "admin.contributor_edit",
            "admin.contributors",
            "admin.adapt",
        ),
    ),
    "contributor.title": (160, ("module", "api_module", "admin.contributor_edit", "admin.contributors")),
    "contributor.bio": (800, ("module", "admin.contributor_edit")),
    "institution.title": (
        255,
        (
            "institution",
            "module",
            "lesson",
            "print",
            "pdf_html",
            "cartridge",
            "library",
            "api_module",
            "admin.institution_edit",
            "admin.adapt",
        ),
    ),
    "institution.short_name": (40, ("institution", "module", "library", "admin.institution_edit")),
    "institution.city": (80, ("institution", "admin.institution_edit")),
    "institution.country": (80, ("institution", "admin.institution_edit")),
    "institution.website": (None, ("institution", "admin.institution_edit")),
    "institution.description": (None, ("institution", "admin.institution_edit")),
    "institution.description.link": (None, ()),
    "theme.name": (
        80,
        ("module", "library", "home", "glossary", "feed", "api_module", "admin.theme_edit", "admin.themes"),
    ),
    "theme.description": (300, ("home", "admin.theme_edit")),
    "glossary.term": (120, ("glossary", "admin.glossary_edit")),
    "glossary.synonym": (None, ("glossary", "admin.glossary_edit")),
    "glossary.pinyin": (200, ("glossary", "admin.glossary_edit")),
    "glossary.definition": (600, ("glossary", "lesson", "admin.glossary_edit")),
    "glossary_fr.term": (114, ("admin.translation_terms",)),
    "module_fr.title": (255, ("admin.translation_terms",)),
    "course.title": (255, ("course", "course_index", "admin.course_edit")),
    "course.term": (80, ("course", "course_index", "admin.course_edit")),
    "course.audience": (160, ("course", "course_index", "admin.course_edit")),
    "course.introduction": (3000, ("course", "admin.course_edit")),
    "course.session.notes": (2000, ("course", "admin.course_edit")),
    "course_index.introduction": (None, ("course_index",)),
    "library.introduction": (600, ("library",)),
    "home.introduction": (400, ("home",)),
    "glossary_page.introduction": (600, ("glossary",)),
    "information.title": (255, ("information",)),
    "information.introduction": (400, ("information",)),
    "information.body.section.heading": (160, ("information",)),
    "information.body.section.text": (None, ("information",)),
    "information.body.image.caption": (300, ("information",)),
    "user.first_name": (150, ("module_staff", "admin.module_edit")),
    "user.last_name": (150, ("module_staff", "admin.module_edit")),
    "review.overall_comment": (2000, ("admin.module_edit",)),
    "review.accuracy_comment": (2000, ("admin.module_edit",)),
    "query.search.q": (200, ("query.search",)),
    "query.search.theme": (None, ("query.search",)),
    "query.search.level": (None, ("query.search",)),
    "query.search.sort": (None, ("query.search",)),
    "query.search.page": (None, ()),
    "query.search.other": (None, ("query.search",)),
    "query.library.q": (200, ("query.library",)),
    "query.library.theme": (None, ("query.library",)),
    "query.library.institution": (None, ("query.library",)),
    "query.library.language": (None, ("query.library",)),
    "query.library.keyword": (None, ("query.library",)),
    "query.library.sort": (None, ()),
    "query.library.page": (None, ()),
    "query.glossary.q": (200, ("query.glossary",)),
    "query.feed.theme": (None, ("query.feed",)),
    "query.api.theme": (None, ("query.api",)),
}
# URL and DOI fields: what the editor's validation lets through is stored; see test_editors_cannot_store_*.
URL_FIELDS = {
    "module.references.citation.url",
    "lesson.body.embed.url",
    "lesson.body.further_reading.url",
    "institution.website",
}
DOI_FIELDS = {"module.references.citation.doi", "lesson.body.further_reading.doi"}
FIELD_NUMBERS = {name: number for number, name in enumerate(FIELDS)}
PAYLOAD_NUMBERS = {name: number for number, name in enumerate(PAYLOADS, start=1)}


def marker(payload_number, field_name):
    return f"zq{payload_number:02d}x{FIELD_NUMBERS[field_name]:03d}"


# Reading a page ------------------------------------------------------------------------------------------------


class Document(HTMLParser):
    """A page as a browser tokenizes it: its elements with their attributes, its text, its script and style."""

    def __init__(self, html):
        super().__init__(convert_charrefs=True)
        self.elements = []  # (tag, {attribute: value}, raw text for script/style)
        self.text = []
        self.text_without_tips = []  # the text as read, without the glossary's tooltips in the middle of it
        self._raw = None
        self._tip_depth = 0
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        element = (tag, {name: value or "" for name, value in attrs}, [])
        self.elements.append(element)
        if tag == "span" and (self._tip_depth or "gloss__tip" in element[1].get("class", "")):
            self._tip_depth += 1
        if tag in self.CDATA_CONTENT_ELEMENTS:
            self._raw = element

    handle_startendtag = handle_starttag

    def handle_data(self, data):
        if self._raw is not None:
            self._raw[2].append(data)
        else:
            self.text.append(data)
            if not self._tip_depth:
                self.text_without_tips.append(data)

    def handle_endtag(self, tag):
        if self._raw is not None and tag == self._raw[0]:
            self._raw = None
        if tag == "span" and self._tip_depth:
            self._tip_depth -= 1

    @property
    def all_text(self):
        return "".join(self.text)

    def tag_counts(self):
        return Counter(tag for tag, _attrs, _raw in self.elements)


def dangerous_url(value):
    """A URL a browser would run as script: scheme checked the way browsers read it (case, spaces, controls)."""
    squeezed = re.sub(r"[\x00-\x20\x7f]+", "", value).lower()
    return squeezed.startswith(DANGEROUS_SCHEMES)


def json_strings(data):
    if isinstance(data, str):
        yield data
        if data[:1] in "{[":  # JSON inside JSON: a rich-text block's contentstate in the StreamField editor's data
            with contextlib.suppress(ValueError):
                yield from json_strings(json.loads(data))
    elif isinstance(data, dict):
        for key, value in data.items():
            yield key
            yield from json_strings(value)
    elif isinstance(data, list):
        for value in data:
            yield from json_strings(value)


@dataclass
class PageReading:
    """What one fetched page did with the markers in it."""

    status: int
    kind: str  # html, xml, json, text
    findings: dict = field(default_factory=dict)  # marker → [what went live]
    texts: list = field(default_factory=list)  # text, attribute values and JSON strings, where copies can show
    tags: Counter = field(default_factory=Counter)
    problems: list = field(default_factory=list)  # page-level: does not parse, no <main>, ...

    def find(self, markers, what):
        for found in markers:
            self.findings.setdefault(found, []).append(what)

    def shows(self, value):
        return any(value in text for text in self.texts)


MARKER = re.compile(r"zq\d\dx\d\d\d")


def read_html(reading, html, require_main=True):
    document = Document(html)
    reading.tags.update(document.tag_counts())
    reading.texts += [document.all_text, "".join(document.text_without_tips)]
    for tag, attributes, raw in document.elements:
        for name, value in attributes.items():
            reading.texts.append(value)
            if value[:1] in "{[":  # data for scripts (Wagtail's StreamField editor): its strings are what shows
                with contextlib.suppress(ValueError):
                    reading.texts.extend(json_strings(json.loads(value)))
            reading.find(MARKER.findall(name), f"<{tag}> has an attribute named by a payload: {name!r}")
            if name.startswith("on"):
                reading.find(MARKER.findall(value), f"<{tag} {name}> event handler")
            if name in URL_ATTRIBUTES and dangerous_url(value):
                reading.find(MARKER.findall(value) or ["unattributed"], f"<{tag} {name}={value[:60]!r}>")
            if name == "style":
                reading.find(MARKER.findall(value), f"<{tag} style> carries a payload")
        if tag in ("script", "style"):
            text = "".join(raw)
            markers = MARKER.findall(text)
            if not markers:
                continue
            if tag == "script" and attributes.get("type") in JSON_SCRIPT_TYPES:
                if re.search(r"</script|<!--", text, re.IGNORECASE):
                    reading.find(markers, "a JSON script block holds '</script' or '<!--'")
                try:
                    reading.texts.extend(json_strings(json.loads(text)))
                except ValueError:
                    reading.find(markers, "a JSON script block no longer parses")
            else:
                reading.find(markers, f"<{tag}> holds a payload")
    if require_main and "main" not in reading.tags:
        reading.problems.append("the page has no <main> element")


def read_response(response):
    content_type = response.get("Content-Type", "")
    if content_type.startswith("application/zip"):
        return read_cartridge(response.status_code, response.content)
    body = response.content.decode()
    if "json" in content_type:
        reading = PageReading(response.status_code, "json")
        try:
            reading.texts.extend(json_strings(json.loads(body)))
        except ValueError:
            reading.problems.append("the JSON does not parse")
        return reading
    if "xml" in content_type:
        return read_xml(response.status_code, body)
    if content_type.startswith("text/plain"):
        reading = PageReading(response.status_code, "text")
        reading.texts.append(body)
        return reading
    reading = PageReading(response.status_code, "html")
    read_html(reading, body)
    return reading


def read_xml(status, body):
    """A feed or a sitemap: well-formed XML; an Atom field of type "html" is itself read as a page."""
    reading = PageReading(status, "xml")
    try:
        root = ElementTree.fromstring(body)
    except ElementTree.ParseError as error:
        reading.problems.append(f"the XML does not parse: {error}")
        return reading
    for element in root.iter():  # (its tags are not HTML's: not counted)
        reading.texts.extend(element.attrib.values())
        if element.get("type") == "html":
            read_html(reading, element.text or "", require_main=False)
        else:
            reading.texts.append(element.text or "")
    return reading


def read_cartridge(status, content):
    reading = PageReading(status, "zip")
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        for name in sorted(archive.namelist()):
            data = archive.read(name).decode(errors="replace")
            if name.endswith(".html"):
                read_html(reading, data)
            elif name.endswith(".xml"):
                part = read_xml(status, data)
                reading.texts.extend(part.texts)
                reading.problems.extend(part.problems)
    return reading


# Building a world ------------------------------------------------------------------------------------------------


def accepts(clean, value):
    try:
        return clean(value), True
    except ValidationError:
        return None, False


def editor_rich_text(text, features, link=None):
    """What the rich-text editor stores when an author types `text` (linked to `link`): Draftail's own converter."""
    entity_ranges, entity_map = [], {}
    if link is not None:
        entity_ranges = [{"offset": 0, "length": len(text), "key": 0}]
        entity_map = {"0": {"type": "LINK", "mutability": "MUTABLE", "data": {"url": link}}}
    contentstate = {
        "blocks": [
            {
                "key": "xss01",
                "type": "unstyled",
                "depth": 0,
                "text": text,
                "inlineStyleRanges": [],
                "entityRanges": entity_ranges,
                "data": {},
            }
        ],
        "entityMap": entity_map,
    }
    return ContentstateConverter(features).to_database_format(json.dumps(contentstate))


@dataclass
class World:
    number: int
    template: str
    values: dict = field(default_factory=dict)  # field → what was stored (as an editor could store it)
    refused: dict = field(default_factory=dict)  # URL/DOI field → did the editor's validation refuse the payload
    pages: dict = field(default_factory=dict)  # page → PageReading
    objects: dict = field(default_factory=dict)

    def value(self, name):
        length = FIELDS[name][0]
        text = self.template.replace("{m}", marker(self.number, name))
        text = text[:length] if length else text
        self.values[name] = text
        return text

    def url(self, name, clean):
        """The payload if the editor's URL field accepts it, else as the path of a harmless address."""
        text = self.value(name)
        cleaned, accepted = accepts(clean, text)
        self.refused[name] = not accepted
        if not accepted:
            cleaned, accepted = accepts(clean, "https://example.org/" + text.strip())
        if not accepted:
            cleaned = f"https://example.org/{marker(self.number, name)}"
        self.values[name] = cleaned
        return cleaned

    def doi(self, name):
        text = self.value(name)
        _cleaned, accepted = accepts(doi_validator, text)
        self.refused[name] = not accepted
        if not accepted:
            text = "10.1000/" + text
            if not accepts(doi_validator, text)[1]:
                text = f"10.1000/{marker(self.number, name)}"
        self.values[name] = text
        return text

    def rich(self, name, features, link_field=None):
        link = self.value(link_field) if link_field else None
        return RichText(editor_rich_text(self.value(name), features, link))


@dataclass
class Shared:
    """The pages and people every world uses: the English tree, an admin, a review workflow."""

    home: object
    library: object
    glossary_page: object
    course_index: object
    search_page: object
    admin: object
    image: object
    document: object
    workflow: object
    task: object
    english: object
    french: object


def shared_setup():
    english = Locale.objects.get(language_code="en")
    home = HomePage.objects.get(locale=english)
    admin = get_user_model().objects.create_superuser(
        "xss.admin", "xss.admin@medhum.invalid", "a-long-test-password", institution=institution_page("ottawa", "en")
    )
    return Shared(
        home=home,
        library=LibraryPage.objects.child_of(home).get(),
        glossary_page=GlossaryPage.objects.child_of(home).get(),
        course_index=CourseIndexPage.objects.child_of(home).get(),
        search_page=SearchPage.objects.child_of(home).get(),
        admin=admin,
        image=_ensure_image("SPIKES protocol diagram", "spikes.png", artwork.spikes_diagram()),
        document=_ensure_document("Test worksheet", "test-worksheet.docx", artwork.worksheet_docx("T", "S", ["1."])),
        workflow=Workflow.objects.create(name="XSS review"),
        task=PeerReviewTask.objects.create(name="XSS peer review"),
        english=english,
        french=Locale.objects.get(language_code="fr"),
    )


def citation(world, prefix, field_prefix):
    return [
        (
            "citation",
            {
                "authors": world.value(f"{field_prefix}.authors"),
                "title": world.value(f"{field_prefix}.title"),
                "venue": world.value(f"{field_prefix}.venue"),
                "year": 2001,
                "doi": world.doi(f"{field_prefix}.doi"),
                "url": "",
            },
        ),
        (
            "citation",
            {
                "authors": f"{prefix} B",
                "title": f"{prefix} linked",
                "venue": "",
                "year": None,
                "doi": "",
                "url": world.url(f"{field_prefix}.url", URL_BLOCK.clean),
            },
        ),
    ]


URL_BLOCK = ModulePage.references.field.stream_block.child_blocks["citation"].child_blocks["url"]
EMBED_URL_BLOCK = LessonPage.body.field.stream_block.child_blocks["embed"].child_blocks["url"]
WEBSITE_FIELD = InstitutionPage._meta.get_field("website").formfield()


def build_world(number, template, shared):
    world = World(number, template)
    n = f"{number:02d}"
    glossword = "glossword" + "".join("bcdfghjkmn"[int(digit)] for digit in n) + "q"  # a word no stem shares

    theme = Theme.objects.create(
        locale=shared.english,
        slug=f"xss-theme-{n}",
        name=world.value("theme.name"),
        description=world.value("theme.description"),
    )
    institution = InstitutionPage(
        title=world.value("institution.title"),
        slug=f"xss-institution-{n}",
        short_name=world.value("institution.short_name"),
        city=world.value("institution.city"),
        country=world.value("institution.country"),
        website=world.url("institution.website", WEBSITE_FIELD.clean),
        description=editor_rich_text(
            world.value("institution.description"), INLINE_FEATURES, world.value("institution.description.link")
        ),
    )
    shared.library.add_child(instance=institution)  # live as built: publishing through revisions is slow
    contributor = Contributor.objects.create(
        locale=shared.english,
        institution=institution,
        name=world.value("contributor.name"),
        title=world.value("contributor.title"),
        bio=world.value("contributor.bio"),
    )
    term = GlossaryTerm.objects.create(
        locale=shared.english,
        slug=f"xss-term-{n}",
        term=world.value("glossary.term"),
        synonyms=f"{glossword}\n{world.value('glossary.synonym')}",
        pinyin=world.value("glossary.pinyin"),
        definition=world.value("glossary.definition"),
    )
    term.themes.set([theme])
    GlossaryTerm.objects.create(
        locale=shared.french,
        translation_key=term.translation_key,
        slug=term.slug,
        term="terme " + world.value("glossary_fr.term"),  # a word the translation does not use: in the report
        definition="Une définition.",
    )

    module = ModulePage(
        title=world.value("module.title"),
        slug=f"xss-module-{n}",
        summary=world.value("module.summary"),
        seo_title=world.value("module.seo_title"),
        search_description=world.value("module.search_description"),
        cultural_context=world.value("module.cultural_context"),
        objectives=[("objective", world.value("module.objectives.objective")), ("objective", f"Define {glossword}.")],
        references=citation(world, "Reference", "module.references.citation"),
        live=False,
    )
    module.themes = [theme]
    module.module_authors = [ModuleAuthor(contributor=contributor)]
    module.keywords.add(world.value("module.keywords"))
    institution.add_child(instance=module)

    document = get_document_model().objects.create(title=world.value("document.title"), file=shared.document.file.name)
    lesson = LessonPage(
        title=world.value("lesson.title"),
        slug=f"xss-lesson-{n}",
        introduction=world.value("lesson.introduction"),
        seo_title=world.value("lesson.seo_title"),
        search_description=world.value("lesson.search_description"),
        duration_minutes=45,
        body=lesson_body(world, shared, glossword, document),
    )
    module.add_child(instance=lesson)
    module.save_revision().publish()  # the version the adaptation below is made from
    module, lesson = ModulePage.objects.get(pk=module.pk), LessonPage.objects.get(pk=lesson.pk)

    course = CoursePage(
        title=world.value("course.title"),
        slug=f"xss-course-{n}",
        institution=institution,
        term=world.value("course.term"),
        audience=world.value("course.audience"),
        introduction=world.value("course.introduction"),
    )
    course.sessions = [CourseSession(module=module, notes=world.value("course.session.notes"))]
    shared.course_index.add_child(instance=course)

    information = InformationPage(
        title=world.value("information.title"),
        slug=f"xss-information-{n}",
        introduction=world.value("information.introduction"),
        body=[
            (
                "section",
                {
                    "heading": world.value("information.body.section.heading"),
                    "text": world.rich("information.body.section.text", PROSE_FEATURES),
                },
            ),
            (
                "image",
                {
                    "image": shared.image,
                    "alt_text": "A diagram",
                    "caption": world.value("information.body.image.caption"),
                    "credit": "",
                },
            ),
        ],
    )
    shared.home.add_child(instance=information)

    teacher = get_user_model().objects.create_user(
        f"xss.teacher.{n}",
        f"xss.teacher.{n}@medhum.invalid",
        "a-long-test-password",
        first_name=world.value("user.first_name"),
        last_name=world.value("user.last_name"),
        institution=institution,
    )
    teacher.user_permissions.add(Permission.objects.get(codename="access_admin"))
    review_of(module, teacher, institution, world, shared)

    # An instructor's adaptation, published; then the original changes, for the "what changed" view.
    adaptation = adapt(module, shared.admin)
    adaptation.cultural_context = module.cultural_context
    adaptation.live = True
    adaptation.save()
    module.summary = f"{module.summary} (revised)"
    module.save_revision().publish()
    body = lesson.body.raw_data
    body[0]["value"]["heading"] += " (revised)"
    lesson.body = body
    lesson.save_revision().publish()
    module, lesson = ModulePage.objects.get(pk=module.pk), LessonPage.objects.get(pk=lesson.pk)

    # A French translation that does not use the glossary's preferred French term (the glossary report).
    french_module = ModulePage(
        title=world.value("module_fr.title"),
        slug=f"xss-module-fr-{n}",
        summary="Un module traduit.",
        locale=shared.french,
        translation_key=module.translation_key,
        live=False,
    )
    institution_page("lyon", "fr").add_child(instance=french_module)

    world.objects.update(
        theme=theme,
        institution=institution,
        contributor=contributor,
        term=term,
        module=module,
        lesson=lesson,
        course=course,
        information=information,
        teacher=teacher,
        adaptation=adaptation,
    )
    return world


def lesson_body(world, shared, glossword, document):
    v, rich = world.value, world.rich
    reading = citation(world, "Reading", "lesson.body.further_reading")
    return [
        (
            "section",
            {
                "heading": v("lesson.body.section.heading"),
                "text": rich("lesson.body.section.text", PROSE_FEATURES, "lesson.body.section.text.link"),
            },
        ),
        (
            "image",
            {
                "image": shared.image,
                "alt_text": v("lesson.body.image.alt_text"),
                "caption": v("lesson.body.image.caption"),
                "credit": v("lesson.body.image.credit"),
            },
        ),
        (
            "embed",
            {
                "url": world.url("lesson.body.embed.url", EMBED_URL_BLOCK.clean),
                "title": v("lesson.body.embed.title"),
                "description": v("lesson.body.embed.description"),
            },
        ),
        (
            "excerpt",
            {
                "kind": "literature",
                "text": v("lesson.body.excerpt.text"),
                "source": v("lesson.body.excerpt.source"),
                "commentary": rich("lesson.body.excerpt.commentary", INLINE_FEATURES),
            },
        ),
        (
            "case",
            {
                "title": v("lesson.body.case.title"),
                "presentation": rich("lesson.body.case.presentation", PROSE_FEATURES),
                "consent": "deidentified",
            },
        ),
        ("discussion", {"questions": [v("lesson.body.discussion.question")]}),
        (
            "reflection",
            {"prompt": v("lesson.body.reflection.prompt"), "guidance": v("lesson.body.reflection.guidance")},
        ),
        (
            "activity",
            {
                "title": v("lesson.body.activity.title"),
                "duration_minutes": 20,
                "group_size": v("lesson.body.activity.group_size"),
                "instructions": rich("lesson.body.activity.instructions", PROSE_FEATURES),
            },
        ),
        ("takeaways", {"items": [v("lesson.body.takeaways.item")]}),
        ("further_reading", {"citations": [value for _type, value in reading]}),
        ("resources", {"items": [{"document": document, "description": v("lesson.body.resources.description")}]}),
        ("section", {"heading": "Words", "text": RichText(f"<p>What a {glossword} is.</p>")}),
        ("facilitator_notes", {"text": rich("lesson.body.facilitator_notes.text", PROSE_FEATURES)}),
    ]


def review_of(module, reviewer, institution, world, shared):
    """An approval by a reviewer whose names, institution and comments are the payload."""
    content_type = ContentType.objects.get_for_model(module)
    state = WorkflowState.objects.create(
        content_type=content_type,
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id=str(module.pk),
        workflow=shared.workflow,
        status=WorkflowState.STATUS_APPROVED,
        requested_by=shared.admin,
    )
    task_state = TaskState.objects.create(
        workflow_state=state,
        revision=module.latest_revision,
        task=shared.task,
        status=TaskState.STATUS_APPROVED,
        finished_by=reviewer,
    )
    PeerReview.objects.create(
        task_state=task_state,
        page=module,
        revision=module.latest_revision,
        reviewer=reviewer,
        reviewer_institution=institution,
        decision="approve",
        accuracy="strong",
        accuracy_comment=world.value("review.accuracy_comment"),
        teaching_value="strong",
        teaching_value_comment="Fine.",
        cultural_sensitivity="sound",
        cultural_sensitivity_comment="Fine.",
        accessibility="sound",
        accessibility_comment="Fine.",
        overall_comment=world.value("review.overall_comment"),
    )


# Fetching what a world shows ----------------------------------------------------------------------------------


def set_singletons(world, shared):
    """The language tree's one-of-a-kind pages take this world's payload, and its module is featured."""
    HomePage.objects.filter(pk=shared.home.pk).update(introduction=world.value("home.introduction"))
    LibraryPage.objects.filter(pk=shared.library.pk).update(introduction=world.value("library.introduction"))
    GlossaryPage.objects.filter(pk=shared.glossary_page.pk).update(
        introduction=world.value("glossary_page.introduction")
    )
    CourseIndexPage.objects.filter(pk=shared.course_index.pk).update(
        introduction=world.value("course_index.introduction")
    )
    HomeFeaturedModule.objects.filter(page=shared.home).delete()
    HomeFeaturedModule.objects.create(page=shared.home, module=world.objects["module"], sort_order=0)
    cache.clear()  # the page cache and the kept lookups


def public_pages(world, shared):
    o = world.objects
    module, lesson = o["module"], o["lesson"]
    return {
        "module": module.url,
        "lesson": lesson.url,
        "print": module.url + "export/print/",
        "cartridge": module.url + "export/cartridge/",
        "institution": o["institution"].url,
        # Filtered to the world's institution: its modules are then on the first page whatever the database's
        # collation does to the order of titles made of payloads.
        "library": (shared.library.url, {"institution": o["institution"].slug}),
        "home": shared.home.url,
        "glossary": shared.glossary_page.url,
        "course": o["course"].url,
        "course_index": shared.course_index.url,
        "information": o["information"].url,
        "adaptation": o["adaptation"].url,
        "search_lesson": (shared.search_page.url, {"q": marker(world.number, "lesson.body.excerpt.text")}),
        "api_module": f"/api/v2/pages/{module.pk}/",
        "api_lesson": f"/api/v2/pages/{lesson.pk}/",
        "query.search": (shared.search_page.url, query(world, "search", ["q", "theme", "level", "sort", "page"])),
        "query.library": (
            shared.library.url,
            query(world, "library", ["q", "theme", "institution", "language", "keyword", "sort", "page"]),
        ),
        "query.glossary": (shared.glossary_page.url, {"q": world.value("query.glossary.q")}),
        "query.feed": (shared.library.url + "feed/", {"theme": world.value("query.feed.theme")}),
        "query.api": ("/api/v2/pages/", {"theme": world.value("query.api.theme")}),
    }


def query(world, page, names):
    data = {name: world.value(f"query.{page}.{name}") for name in names}
    if f"query.{page}.other" in FIELDS:  # a parameter the page does not know, named and valued by the payload
        other = world.value(f"query.{page}.other")
        data[other] = other
    return data


def staff_pages(world):
    return {"module_staff": world.objects["module"].url, "lesson_staff": world.objects["lesson"].url}


def admin_pages(world):
    o = world.objects
    return {
        "admin.module_edit": f"/admin/pages/{o['module'].pk}/edit/",
        "admin.lesson_edit": f"/admin/pages/{o['lesson'].pk}/edit/",
        "admin.institution_edit": f"/admin/pages/{o['institution'].pk}/edit/",
        "admin.course_edit": f"/admin/pages/{o['course'].pk}/edit/",
        "admin.explorer_institution": f"/admin/pages/{o['institution'].pk}/",
        "admin.contributor_edit": f"/admin/snippets/courses/contributor/edit/{o['contributor'].pk}/",
        "admin.contributors": ("/admin/snippets/courses/contributor/", {"institution": o["institution"].pk}),
        "admin.theme_edit": f"/admin/snippets/courses/theme/edit/{o['theme'].pk}/",
        "admin.glossary_edit": f"/admin/snippets/courses/glossaryterm/edit/{o['term'].pk}/",
        "admin.adapt": f"/admin/adapt/{o['module'].pk}/",
        "admin.source_changes": f"/admin/adapt/{o['adaptation'].pk}/source-changes/",
    }


# Listings of every world at once. (The admin's theme listing is read page by page: its search, on SQLite,
# answers a 500 of Wagtail's own, "no such column: name".)
SHARED_PAGES = {
    "admin.themes": ["/admin/snippets/courses/theme/", "/admin/snippets/courses/theme/?p=2"],
    "feed": "LIBRARY/feed/",
    "sitemap": "/sitemap.xml",
    "admin.translation_terms": "/admin/reports/translation-terms/",
    "admin.dashboard": "/admin/",
}


def fetch(client, address):
    path, data = address if isinstance(address, tuple) else (address, None)
    return read_response(client.get(path, data))


def pdf_html(world):
    """The HTML that WeasyPrint lays out as the PDF handout (the PDF itself is not HTML)."""
    request = RequestFactory().get(world.objects["module"].url + "export/pdf/")
    request.user = AnonymousUser()
    module = ModulePage.objects.get(pk=world.objects["module"].pk)
    reading = PageReading(200, "html")
    html = render_to_string("courses/exports/handout_pdf.html", handout_context(module, request), request)
    read_html(reading, html, require_main=False)
    return reading


def merged(parts):
    """The pages of one listing as one reading."""
    reading = parts[0]
    for part in parts[1:]:
        reading.status = max(reading.status, part.status)
        reading.texts += part.texts
        reading.tags += part.tags
        reading.problems += part.problems
        for found, what in part.findings.items():
            reading.findings.setdefault(found, []).extend(what)
    return reading


@dataclass
class Matrix:
    worlds: dict  # payload name → World (and "plain" → the baseline)
    shared_pages: dict  # page → PageReading, with every world in it


@pytest.fixture(scope="module")
def matrix(django_db_setup, django_db_blocker):
    """Every world built, every page fetched and read; then all of it rolled back."""
    templates = {"plain": PLAIN, **PAYLOADS}
    numbers = {"plain": 0, **PAYLOAD_NUMBERS}
    assert connection.settings_dict["NAME"].startswith(("file:memorydb", "test_")), "not the test database"
    with django_db_blocker.unblock(), override_settings(TWO_FACTOR_REQUIRED=False), transaction.atomic():
        shared = shared_setup()
        worlds = {name: build_world(numbers[name], template, shared) for name, template in templates.items()}
        reader, admin = Client(), Client()
        admin.force_login(shared.admin)
        for world in worlds.values():
            set_singletons(world, shared)
            for page, address in public_pages(world, shared).items():
                world.pages[page] = fetch(reader, address)
            world.pages["pdf_html"] = pdf_html(world)
            teacher = Client()
            teacher.force_login(world.objects["teacher"])
            for page, address in staff_pages(world).items():
                world.pages[page] = fetch(teacher, address)
            if world.template not in [PLAIN] + [PAYLOADS[name] for name in ADMIN_PAYLOADS]:
                continue
            for page, address in admin_pages(world).items():
                world.pages[page] = fetch(admin, address)
        shared_pages = {}
        for page, addresses in SHARED_PAGES.items():
            client = admin if page.startswith("admin.") else reader
            parts = [
                fetch(client, address.replace("LIBRARY/", shared.library.url))
                for address in (addresses if isinstance(addresses, list) else [addresses])
            ]
            shared_pages[page] = merged(parts)
        transaction.set_rollback(True)
    cache.clear()
    return Matrix(worlds=worlds, shared_pages=shared_pages)


def readings(matrix, world):
    return {**matrix.shared_pages, **world.pages}


# The tests -------------------------------------------------------------------------------------------------------

ERROR_PAGES = {"query.feed": 400, "query.api": 400}  # filters that cannot be understood: a 400 that says why
MARKER_ONLY = {"query.api.theme"}  # quoted by the API's error message (repr): the marker shows, not the text


def shown(reading, text):
    """The field's text is on the page as text (or an attribute's value, or a JSON string), whole."""
    forms = {text, text.strip(), " ".join(text.split())}
    # A list field (synonyms) reads one entry a line: the glossary shows them joined.
    forms.add(", ".join(line.strip() for line in text.splitlines() if line.strip()))
    return any(reading.shows(form) for form in forms if form)


@pytest.mark.parametrize("payload", PAYLOADS)
@pytest.mark.parametrize("field_name", FIELDS)
def test_field_is_shown_as_text_and_never_runs(matrix, field_name, payload):
    world = matrix.worlds[payload]
    copy = marker(world.number, field_name)
    live = {
        page: reading.findings[copy] for page, reading in readings(matrix, world).items() if copy in reading.findings
    }
    assert not live, f"{field_name} with {payload!r} went live: {live}"
    stored = world.values[field_name]
    _length, pages = FIELDS[field_name]
    missing = []
    for page in pages:
        if page not in readings(matrix, world):  # an admin page, not read for this payload (ADMIN_PAYLOADS)
            assert page.startswith("admin.") and payload not in ADMIN_PAYLOADS
            continue
        reading = readings(matrix, world)[page]
        assert reading.status == ERROR_PAGES.get(page, 200), f"{page} answered {reading.status}"
        if not (copy in "".join(reading.texts) if field_name in MARKER_ONLY else shown(reading, stored)):
            missing.append(page)
    assert not missing, f"{field_name} with {payload!r}: its text {stored[:80]!r} is not shown on {missing}"
    if field_name in URL_FIELDS | DOI_FIELDS and dangerous_url(PAYLOADS[payload]):
        assert world.refused[field_name], f"the editor accepted {PAYLOADS[payload]!r} in {field_name}"


def page_cases():
    public = [*public_page_names(), "pdf_html", "module_staff", "lesson_staff"]
    return [(page, payload) for page in public for payload in PAYLOADS] + [
        (page, payload) for page in admin_page_names() for payload in ADMIN_PAYLOADS
    ]


def public_page_names():
    return [
        "module", "lesson", "print", "cartridge", "institution", "library", "home", "glossary", "course",
        "course_index", "information", "adaptation", "search_lesson", "api_module", "api_lesson",
        "query.search", "query.library", "query.glossary", "query.feed", "query.api",
    ]  # fmt: skip


def admin_page_names():
    return [
        "admin.module_edit", "admin.lesson_edit", "admin.institution_edit", "admin.course_edit",
        "admin.explorer_institution", "admin.contributor_edit", "admin.contributors", "admin.theme_edit",
        "admin.glossary_edit", "admin.adapt", "admin.source_changes",
    ]  # fmt: skip


@pytest.mark.parametrize(("page", "payload"), page_cases())
def test_page_keeps_its_structure(matrix, page, payload):
    """With every field hostile, the page answers, parses, and has no element the plain page lacks."""
    reading = matrix.worlds[payload].pages[page]
    plain = matrix.worlds["plain"].pages[page]
    assert reading.status == plain.status == ERROR_PAGES.get(page, 200)
    assert not reading.problems
    assert "unattributed" not in reading.findings, reading.findings["unattributed"]
    added = {tag: reading.tags[tag] - plain.tags[tag] for tag in LIVE_ELEMENTS if reading.tags[tag] != plain.tags[tag]}
    assert not added, f"{page} with {payload!r}: elements that the plain page does not have: {added}"


@pytest.mark.parametrize("page", SHARED_PAGES)
def test_pages_of_every_world_at_once(matrix, page):
    """The feed, the sitemap and the admin's reports list every world's content together."""
    reading = matrix.shared_pages[page]
    assert reading.status == 200
    assert not reading.problems
    assert not reading.findings, reading.findings
    if reading.kind == "xml":  # in the feed, every text is text: no markup at all where HTML is allowed
        assert not LIVE_ELEMENTS & set(reading.tags)


# The rich-text editor's own filter ---------------------------------------------------------------------------
# Stored rich text is served as it is stored: what keeps it harmless is the editor's conversion, which drops
# every element, attribute and link scheme that the field's features do not allow. HTML that reaches the
# editor from elsewhere (a paste, an import, an older revision) goes through the same conversion when saved.
HOSTILE_RICH_TEXT = {
    "script": "<p>kept</p><script>alert(1)</script>",
    "handler": '<p onclick="alert(1)" onmouseover="alert(1)">kept</p>',
    "javascript_link": '<p><a href="javascript:alert(1)">kept</a></p>',
    "masked_javascript_link": '<p><a href=" JaVa&#x09;ScRiPt:alert(1)">kept</a></p>',
    "data_link": '<p><a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;">kept</a></p>',
    "img_onerror": "<p>kept<img src=x onerror=alert(1) /></p>",
    "svg_onload": "<p>kept</p><svg onload=alert(1)><circle r=1 /></svg>",
    "iframe": '<p>kept</p><iframe src="javascript:alert(1)"></iframe>',
    "style": '<p style="background:url(javascript:alert(1))">kept</p><style>*{color:red}</style>',
    "form": '<form action="javascript:alert(1)"><button formaction="javascript:alert(1)">kept</button></form>',
}


def assert_harmless(html):
    document = Document(html)
    for tag, attributes, _raw in document.elements:
        assert tag not in LIVE_ELEMENTS | {"button", "input"}, html
        for name, value in attributes.items():
            assert not name.startswith("on") and name != "style", html
            assert not (name in URL_ATTRIBUTES and dangerous_url(value)), html


@pytest.mark.parametrize("features", [PROSE_FEATURES, INLINE_FEATURES], ids=["prose", "inline"])
@pytest.mark.parametrize("html", HOSTILE_RICH_TEXT.values(), ids=HOSTILE_RICH_TEXT.keys())
def test_the_rich_text_editor_stores_no_script_handler_or_javascript_link(html, features):
    converter = ContentstateConverter(features)
    stored = converter.to_database_format(converter.from_database_format(html))
    assert_harmless(stored)
    assert "kept" in Document(stored).all_text  # the words stay; only what could run goes


@pytest.mark.parametrize("payload", PAYLOADS)
def test_the_rich_text_editor_drops_a_link_to_a_script(payload):
    """What an author types as a link's address, as the Draftail editor sends it."""
    address = PAYLOADS[payload].replace("{m}", "m")
    stored = editor_rich_text("kept", PROSE_FEATURES, address)
    assert_harmless(stored)
    if not dangerous_url(address):
        assert "href" in stored


# Translators' replacements for links ----------------------------------------------------------------------------


@pytest.fixture
def translated_lesson(client, db):
    """A lesson with a link in its text and a recording, sent to French translation by its author."""
    from wagtail.models import Locale as WagtailLocale

    from tests.builders import build_lesson, build_module
    from tests.lookups import account

    module = build_module(lessons=0, institution="ottawa", publish=False)
    lesson = build_lesson(
        module,
        body=[
            ("section", {"heading": "Links", "text": RichText('<p>Read <a href="https://example.org/">this</a>.</p>')}),
            ("embed", {"url": "https://example.org/recording", "title": "A recording", "description": ""}),
        ],
    )
    module.save_revision().publish()
    client.force_login(account("prof.ottawa"))
    french = WagtailLocale.objects.get(language_code="fr")
    response = client.post(
        f"/admin/localize/submit/page/{module.pk}/", {"locales": [french.pk], "include_subtree": "on"}
    )
    assert response.status_code == 302
    return lesson


@override_settings(TWO_FACTOR_REQUIRED=False)
def test_translators_cannot_replace_a_link_with_a_script(client, translated_lesson, django_capture_on_commit_callbacks):
    """wagtail-localize lets a translator replace each link and address of the original (an "override"):
    a javascript: address is refused with a 400 that says why, and the translation never links to one."""
    from wagtail_localize.models import OverridableSegment, Translation

    from tests.lookups import version_in

    french_lesson = version_in(translated_lesson, "fr")
    translation = Translation.objects.get(
        source__object_id=translated_lesson.translation_key, target_locale=french_lesson.locale
    )
    segments = OverridableSegment.objects.filter(source=translation.source)
    assert segments.count() == 2  # the link in the text, the recording's address
    for segment in segments:
        for hostile in ("javascript:alert(document.cookie)", " JaVa\tScRiPt:alert(1)", "data:text/html,x"):
            response = client.put(
                f"/admin/localize/translate/{translation.pk}/overrides/{segment.pk}/edit/",
                f"value={hostile}",
                content_type="application/x-www-form-urlencoded",
            )
            assert response.status_code == 400, (segment.context.path, hostile, response.status_code)
            assert "address" in response.content.decode()
        allowed = client.put(
            f"/admin/localize/translate/{translation.pk}/overrides/{segment.pk}/edit/",
            "value=https://example.fr/",
            content_type="application/x-www-form-urlencoded",
        )
        assert allowed.status_code in (200, 201)
    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes on commit
        response = client.post(f"/admin/pages/{french_lesson.pk}/edit/", {"action": "publish"})
    assert response.status_code in (200, 302)
    published = LessonPage.objects.get(pk=french_lesson.pk)
    assert published.live
    html = Client().get(published.url).content.decode()
    assert 'href="https://example.fr/"' in html
    assert_harmless_page(html)


def assert_harmless_page(html):
    for tag, attributes, _raw in Document(html).elements:
        for name, value in attributes.items():
            assert not (name in URL_ATTRIBUTES and dangerous_url(value)), f"<{tag} {name}={value!r}>"
