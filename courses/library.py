"""The library's catalogue: one entry per module across the three language trees, filtered and counted.

A module and its translations share a `translation_key`; the library counts and lists those keys, and
shows each in the reader's language where a translation exists, else in its original. Every number of
queries here is fixed: it does not grow with the size of the library.
"""

import hashlib
import re
from dataclasses import dataclass, field

from django import forms
from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Case, CharField, Count, Max, Min, Subquery, Value, When
from django.db.models.functions import Coalesce, Lower, Substr
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag
from wagtail.models import Locale, Page

from courses.glossary import Expansion, expand, glossary_page, matched_concept
from courses.models import InstitutionPage, LessonPage, LibraryPage, ModulePage, Theme
from courses.models.pages import INSTITUTION_PATH_LENGTH, MODULE_PATH_LENGTH, prepare_cards
from courses.models.vocabulary import LICENSE_CHOICES, Level, default_locale_only
from courses.search import MAX_QUERY_LENGTH, MAX_QUERY_TERMS, excerpt, highlight_terms, query_words, search_query
from courses.visibility import live_ancestors_q, public_q, under_live_ancestors
from medhum.page_cache import memo

MODULES_PER_PAGE = 20
KEYWORDS_SHOWN = 20

OPEN_FACETS = {"theme", "language"}
SORTS = [("newest", _("Newest first")), ("updated", _("Recently updated")), ("title", _("Title"))]


CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class LibraryFilterForm(forms.Form):
    """The library's filters and words to search for, read from the query string: a view is a link to share."""

    q = forms.CharField(label=_("Search the library"), required=False, max_length=MAX_QUERY_LENGTH, strip=True)
    theme = forms.MultipleChoiceField(label=_("Theme"), required=False)
    institution = forms.MultipleChoiceField(label=_("Institution"), required=False)
    language = forms.MultipleChoiceField(label=_("Language"), required=False, choices=settings.LANGUAGES)
    level = forms.MultipleChoiceField(label=_("Level"), required=False, choices=Level.choices)
    license = forms.MultipleChoiceField(label=_("License"), required=False, choices=LICENSE_CHOICES)
    keyword = forms.MultipleChoiceField(label=_("Keyword"), required=False)
    sort = forms.ChoiceField(label=_("Sort by"), required=False, choices=SORTS)

    FACETS = ("theme", "institution", "language", "level", "license", "keyword")

    def __init__(self, data, *, themes, institutions, keywords):
        super().__init__(data)
        self.fields["theme"].choices = [(theme.slug, theme.name) for theme in themes]
        self.fields["institution"].choices = [(institution.slug, institution.title) for institution in institutions]
        self.fields["keyword"].choices = keywords

    def clean_q(self):
        query = CONTROL_CHARACTERS.sub(" ", self.cleaned_data["q"]).strip()
        if len(query_words(query)) > MAX_QUERY_TERMS:
            raise forms.ValidationError(
                _("Search for %(count)d words at most: shorten your search and try again."),
                code="too_many_terms",
                params={"count": MAX_QUERY_TERMS},
            )
        return query

    def query(self):
        return self.cleaned_data.get("q", "") if self.is_valid() else ""

    def filter_fields(self):
        """The facets and the sort order: every field but the search words."""
        return [field for field in self if field.name != "q"]

    def has_filter_errors(self):
        return any(field.errors for field in self.filter_fields())

    def chosen(self):
        """The valid filters: {facet: [values]} without empty facets."""
        data = self.cleaned_data if self.is_valid() else {}
        return {facet: data[facet] for facet in self.FACETS if data.get(facet)}


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    checked: bool


@dataclass
class Facet:
    name: str
    label: str
    values: list = field(default_factory=list)

    @property
    def open(self):
        """Shown unfolded: the main facets, and any facet with a value chosen."""
        return self.name in OPEN_FACETS or any(value.checked for value in self.values)


@dataclass
class Catalogue:
    form: LibraryFilterForm
    page: object  # a Paginator page of module cards
    facets: list
    total: int
    chosen: dict
    query: str = ""


def versions():
    """Every live, public module page of every language tree (aliases are copies, not versions)."""
    sections = memo(
        "institution-sections", lambda: list(InstitutionPage.objects.values_list("path", "slug").order_by("path"))
    )
    # Each module's institution from its path (a CASE over the few sections), not a subquery per module.
    institution = Case(
        *(When(path__startswith=path, then=Value(slug)) for path, slug in sections), output_field=CharField()
    )
    return ModulePage.objects.live().filter(public_q(), alias_of__isnull=True).annotate(institution_slug=institution)


FACET_LOOKUPS = {
    "theme": "themes__slug",
    "institution": "institution_slug",
    "language": "locale__language_code",
    "level": "level",
    "license": "license",
    "keyword": "tagged_keywords__tag__slug",
}


def apply_filters(queryset, chosen, except_facet=None):
    """Keep the modules matching every facet (any of the values chosen within one facet)."""
    for facet, values in chosen.items():
        if facet == except_facet:
            continue
        matching = versions().filter(**{f"{FACET_LOOKUPS[facet]}__in": values}).values("translation_key")
        queryset = queryset.filter(translation_key__in=matching)
    return queryset


def catalogue(request, library):
    """Everything the library page shows, for the query string of `request`, from the tree of `library`."""
    form, keywords = filter_form(request, library)
    chosen = form.chosen()
    base = versions()
    matching_search = modules_matching(form.query())
    if matching_search is not None:
        base = base.filter(translation_key__in=matching_search)
    sort = (form.cleaned_data.get("sort") if form.is_valid() else "") or "newest"
    # The list and the counts are the same for every reader until the content changes: kept per library,
    # filters, search and order.
    view = f"{library.pk}:{sorted((name, sorted(values)) for name, values in chosen.items())}:{form.query()}"
    view_key = hashlib.sha256(view.encode()).hexdigest()
    keys = ordered_keys(apply_filters(base, chosen) if form.is_valid() else base.none(), library.locale_id, sort)
    paginator = Paginator(KeptKeys(keys, f"{view_key}:{sort}"), MODULES_PER_PAGE)
    page = paginator.get_page(request.GET.get("page"))
    page.object_list = cards_for(list(page.object_list), library)

    facets = []
    if form.is_valid():
        facets = memo(f"facets:{view_key}", lambda: facet_counts(base, chosen, form, keywords))
    return Catalogue(form=form, page=page, facets=facets, total=paginator.count, chosen=chosen, query=form.query())


class KeptKeys:
    """The ordered translation keys for the paginator: their number and each page of them kept until the
    content changes, so that neither count nor order is computed again for every reader."""

    def __init__(self, keys, key):
        self.keys = keys
        self.key = key

    def count(self):
        return memo(f"library-count:{self.key}", self.keys.count)

    def __getitem__(self, window):
        return memo(f"library-page:{self.key}:{window.start}:{window.stop}", lambda: list(self.keys[window]))


def modules_matching(query):
    """The translation keys of the modules whose text, or one of whose lessons' text, matches `query`.

    None when the query holds no word to search for (empty, or only punctuation): nothing to narrow.
    """
    backend_query = search_query(query)
    if backend_query is None:
        return None
    pages = under_live_ancestors(Page.objects.all()).values("pk")
    found = (
        Page.objects.live()
        .public()
        .type(ModulePage, LessonPage)
        .filter(pk__in=Subquery(pages))
        .search(backend_query, order_by_relevance=False)
    )
    module_paths = {page.path[:MODULE_PATH_LENGTH] for page in found}
    return ModulePage.objects.filter(path__in=module_paths).values("translation_key")


def ordered_keys(matching, locale_id, sort="newest"):
    """The translation keys of the matching modules, one per module, in the chosen order."""
    groups = (
        matching.order_by()  # the page manager's tree order would split the groups
        .values("translation_key")
        .annotate(
            published=Min("first_published_at"),
            updated=Max("last_published_at"),
            title_here=Max(Case(When(locale_id=locale_id, then=Lower("title")))),
            title_anywhere=Min(Lower("title")),
        )
    )
    order = {
        "newest": ["-published", "translation_key"],
        "updated": ["-updated", "translation_key"],
        "title": [Coalesce("title_here", "title_anywhere").asc(), "translation_key"],
    }[sort]
    return groups.order_by(*order).values_list("translation_key", flat=True)


def filter_form(request, library, form_class=LibraryFilterForm):
    """The filter form for `library`, with the choices of its language."""
    themes, institutions, keywords = memo(f"filter-choices:{library.pk}", lambda: filter_choices(library))
    form = form_class(
        request.GET,
        themes=themes,
        institutions=institutions,
        keywords=[(slug, name) for slug, name, _uses in keywords],
    )
    return form, keywords


def filter_choices(library):
    locale = library.locale
    themes = Theme.objects.filter(default_locale_only()).order_by("pk")
    localized_themes = {theme.slug: theme for theme in Theme.objects.filter(locale=locale)}
    institutions = list(InstitutionPage.objects.child_of(library).live().order_by("title"))
    keywords = list(
        Tag.objects.filter(courses_modulekeyword_items__content_object__live=True)
        .annotate(uses=Count("courses_modulekeyword_items__content_object__translation_key", distinct=True))
        .order_by("-uses", "name")
        .values_list("slug", "name", "uses")
    )
    return [localized_themes.get(theme.slug, theme) for theme in themes], institutions, keywords


def cards_for(keys, library):
    """One card per module, in `keys` order: the version in the library's language, else the original."""
    versions_of = {}
    candidates = ModulePage.objects.live().filter(public_q(), alias_of__isnull=True, translation_key__in=keys)
    for version in prepare_cards(candidates.order_by("pk"), library):  # oldest first: the original
        versions_of.setdefault(version.translation_key, []).append(version)
    cards = []
    for key in keys:
        group = versions_of.get(key)
        if group:
            card = next((version for version in group if version.locale_id == library.locale_id), group[0])
            card.languages = sorted(version.locale.language_code for version in group)
            cards.append(card)
    # An untranslated module opens in the reader's own tree (its alias there), so the interface stays theirs.
    elsewhere = {card.translation_key for card in cards if card.locale_id != library.locale_id}
    stand_ins = {
        alias.translation_key: alias
        for alias in Page.objects.live().filter(
            translation_key__in=elsewhere, locale_id=library.locale_id, alias_of__isnull=False
        )
    }
    for card in cards:
        card.reader_page = stand_ins.get(card.translation_key, card)
    return cards


def facet_counts(base, chosen, form, keywords):
    """For each facet, how many modules each value would give together with the other facets' filters."""
    facets = []
    for name in LibraryFilterForm.FACETS:
        lookup = FACET_LOOKUPS[name]
        counts = dict(
            apply_filters(base, chosen, except_facet=name)
            .order_by()  # the page manager's tree order would split the groups
            .values(lookup)
            .annotate(modules=Count("translation_key", distinct=True))
            .values_list(lookup, "modules")
        )
        choices = form.fields[name].choices
        if name == "keyword":
            shown = {slug for slug, _name, _uses in keywords[:KEYWORDS_SHOWN]} | set(chosen.get(name, []))
            choices = [(slug, label) for slug, label in choices if slug in shown]
        if name == "language":
            choices = [(code, translation.get_language_info(code)["name_local"]) for code, _label in choices]
        facets.append(
            Facet(
                name=name,
                label=str(form.fields[name].label),  # kept in the cache: a lazy text would cost a class to unpickle
                values=[
                    FacetValue(str(value), str(label), counts.get(value, 0), value in chosen.get(name, []))
                    for value, label in choices
                ],
            )
        )
    return facets


RESULTS_PER_PAGE = 20
# Results beyond the 50th page of a search are not ranked: refine the search to reach them.
RANKED_RESULTS = 1000


class SearchForm(LibraryFilterForm):
    """The library's filters, and the switch that keeps a search to the words as typed."""

    exact = forms.BooleanField(
        label=_("Only the words I typed: do not add their translations from the glossary"), required=False
    )


@dataclass
class SearchResults:
    form: LibraryFilterForm
    query: str
    page: object = None
    total: int = 0
    library: object = None
    expansion: Expansion = None
    glossary: object = None  # the glossary page of this tree, which results found through it link to


def search_results(request, search_page):
    """Modules and lessons of every language matching the query and the library's filters.

    The glossary carries the query across languages: a concept it names is searched for under its terms
    in all three, unless the reader asks for the words as typed. Results matching the words as typed, in
    the reader's language, come first.
    """
    library = LibraryPage.objects.child_of(search_page.get_parent()).live().first()
    form, _keywords = filter_form(request, library, form_class=SearchForm)
    found = SearchResults(form=form, query="", library=library)
    if not form.is_valid():
        return found
    found.query = form.query()
    backend_query = search_query(found.query)
    if backend_query is None:
        return found
    exact = form.cleaned_data["exact"]
    found.expansion = Expansion(backend_query, [], []) if exact else expand(found.query, backend_query)
    found.glossary = glossary_page(search_page.locale_id) if found.expansion.expanded else None

    # The search backend filters only on indexed fields: the rest of the choice goes in as a set of pages.
    allowed = Page.objects.filter(live_ancestors_q(), alias_of__isnull=True)
    chosen = form.chosen()
    if chosen:
        modules = apply_filters(versions(), chosen).values("path")
        allowed = allowed.annotate(module_path=Substr("path", 1, MODULE_PATH_LENGTH)).filter(
            module_path__in=Subquery(modules)
        )
    if chosen.get("language"):  # in search, a language is the language the result is written in
        allowed = allowed.filter(locale__language_code__in=chosen["language"])
    pages = Page.objects.live().filter(public_q()).type(ModulePage, LessonPage).filter(pk__in=allowed.values("pk"))
    # The ranked results are the same for every reader until the content changes: kept per tree, query and
    # filters, as page numbers; each page of them shows what its readers may see.
    filters = sorted((name, sorted(values)) for name, values in chosen.items())
    key = hashlib.sha256(f"search:{search_page.pk}:{found.query}:{filters}:{exact}".encode()).hexdigest()
    expanded = found.expansion.expanded
    ranked = memo(
        f"search:{key}",
        lambda: ranked_results(
            pages, found.expansion.query, backend_query if expanded else None, search_page.locale_id
        ),
    )
    paginator = Paginator(ranked["pages"], RESULTS_PER_PAGE)
    found.page = paginator.get_page(request.GET.get("page"))
    found.total = ranked["total"]
    shown = list(found.page.object_list)
    found.page.object_list = memo(
        f"search-entries:{key}:{found.page.number}",
        lambda: result_entries(shown, found, search_page, through_glossary=set(ranked["through_glossary"])),
    )
    return found


def ranked_results(pages, backend_query, direct_query, locale_id):
    """The ids of the best RANKED_RESULTS matches, in order, how many pages match in all, and which of
    them only the glossary found.

    With a glossary expansion (`direct_query` the reader's own words), pages matching the words as
    typed come first, by their own relevance, those in the reader's language before the others; then
    the pages only the glossary found, by the relevance of the whole expanded query.
    """
    results = pages.only("id", "locale_id").search(backend_query)
    total = results.count()
    best = [(page.pk, page.locale_id) for page in results[:RANKED_RESULTS]]
    if direct_query is None:
        return {"total": total, "pages": [pk for pk, _locale in best], "through_glossary": []}
    # The words as typed keep their own ranking (the glossary's extra terms would blur it).
    direct = [(page.pk, page.locale_id) for page in pages.only("id", "locale_id").search(direct_query)[:RANKED_RESULTS]]
    direct.sort(key=lambda item: item[1] != locale_id)  # stable: the reader's language first, each by rank
    found_directly = {pk for pk, _locale in direct}
    through_glossary = [pk for pk, _locale in best if pk not in found_directly]
    return {
        "total": total,
        "pages": ([pk for pk, _locale in direct] + through_glossary)[:RANKED_RESULTS],
        "through_glossary": through_glossary,
    }


def excerpt_around(text, typed_terms, glossary_terms):
    pieces = excerpt(text, typed_terms)
    if glossary_terms and (not pieces or not pieces[1]):
        return excerpt(text, glossary_terms)
    return pieces


def result_entries(pks, found, search_page, through_glossary=frozenset()):
    """What each result shows, in a fixed number of queries: title, module, institution, language, the
    languages it is also translated into, an excerpt, and the glossary concept that found it if any."""
    pages = {page.pk: page for page in Page.objects.filter(pk__in=pks).specific()}
    languages = dict(Locale.objects.values_list("pk", "language_code"))
    prefixes = {page.path[:MODULE_PATH_LENGTH] for page in pages.values()} | {
        page.path[:INSTITUTION_PATH_LENGTH] for page in pages.values()
    }
    ancestors = {page.path: page for page in Page.objects.filter(path__in=prefixes).specific()}
    translations = {}
    for translation_key, locale_id in (
        Page.objects.live()
        .filter(
            public_q(), alias_of__isnull=True, translation_key__in={page.translation_key for page in pages.values()}
        )
        .values_list("translation_key", "locale_id")
    ):
        translations.setdefault(translation_key, set()).add(languages[locale_id])
    typed_terms, glossary_terms = highlight_terms(found.query), found.expansion.highlight_terms()
    entries = []
    for pk in pks:
        page = pages.get(pk)
        if page is None:
            continue
        module = ancestors.get(page.path[:MODULE_PATH_LENGTH])
        text = page.summary if isinstance(page, ModulePage) else f"{page.introduction} {page.public_text()}"
        language = languages[page.locale_id]
        entries.append(
            {
                "page": page,
                "kind": "module" if isinstance(page, ModulePage) else "lesson",
                "module": module if module is not None and module.pk != page.pk else None,
                "institution": ancestors.get(page.path[:INSTITUTION_PATH_LENGTH]),
                "language": language,
                "also_in": sorted(translations.get(page.translation_key, set()) - {language}),
                # Around the words as typed where the text holds them, else around a term the glossary added.
                "excerpt": excerpt_around(text, typed_terms, glossary_terms),
                "via": (
                    matched_concept(found.expansion.matches, language, f"{page.title} {text}")
                    if pk in through_glossary
                    else None
                ),
            }
        )
    return entries
