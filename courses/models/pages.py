"""The library's page tree: Library > Institution > Module > Lesson, one tree per language."""

import math
import re

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator, MaxValueValidator, MinValueValidator
from django.db import models
from django.http import HttpResponse
from django.urls import reverse
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.http import content_disposition_header
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from rest_framework import serializers
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from courses.blocks import LessonBodyBlock, ObjectivesBlock, ReferencesBlock, section_anchor, text_of
from courses.models.vocabulary import LICENSE_CHOICES, LICENSES, Level, ModuleKeyword, Theme, default_locale_only
from courses.panels import PeerReviewsPanel, SourceUpdatePanel
from courses.permissions import can_see_facilitator_notes
from courses.search import HAN, index_text
from courses.translation import language_code, localized_all
from courses.visibility import listed_to_every_reader
from medhum.page_cache import memo

# Home > Library > Institution > Module > Lesson: a page's path begins with its ancestors' (steplen 4 a level).
INSTITUTION_PATH_LENGTH = 4 * 4
MODULE_PATH_LENGTH = 5 * 4
SUMMARY_MAX_LENGTH = 280  # what a library card shows in full
WORDS_PER_MINUTE = 220  # English or French prose read attentively
CJK_CHARACTERS_PER_MINUTE = 350
CJK_CHARACTER = re.compile(f"[{HAN}]")
WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\d+", re.UNICODE)


def reading_minutes(text):
    """Minutes an attentive student needs for `text`, counting Chinese by characters and the rest by words."""
    cjk = len(CJK_CHARACTER.findall(text))
    words = len(WORD.findall(CJK_CHARACTER.sub(" ", text)))
    return max(1, math.ceil(words / WORDS_PER_MINUTE + cjk / CJK_CHARACTERS_PER_MINUTE))


def iso_duration(minutes):
    """ISO 8601 duration for schema.org's timeRequired, e.g. PT2H30M."""
    hours, rest = divmod(int(minutes), 60)
    return "PT" + (f"{hours}H" if hours else "") + (f"{rest}M" if rest or not hours else "")


class PeerReviewedPage(Page):
    """The library's pages: publishing them follows the peer-review rules (courses.models.review)."""

    class Meta:
        abstract = True

    def permissions_for_user(self, user):
        from courses.models.review import TeachingPagePermissionTester  # review builds on these pages

        return TeachingPagePermissionTester(user, self)

    @property
    def content_language(self):
        """The language the text is written in: an alias standing in another language's tree has its original's."""
        if self.alias_of_id:
            return self.alias_of.locale.language_code
        return language_code(self.locale_id)

    @property
    def is_untranslated_copy(self):
        return self.content_language != self.locale.language_code

    def original_page(self):
        """The page whose text this one shows while it is untranslated: its original, in its own tree."""
        if self.alias_of_id:
            return self.alias_of
        return (
            Page.objects.filter(
                translation_key=self.translation_key,
                locale__language_code=self.content_language,
                alias_of__isnull=True,
            )
            .exclude(pk=self.pk)
            .first()
        )


class TeachingTextPage(PeerReviewedPage):
    """A module or a lesson: pages whose text may stand, untranslated, in another language's tree."""

    # The language of the text readers get now. It differs from the page's locale while the page shows
    # its original: as an alias, and after a translator has started translating it (wagtail-localize
    # turns the alias into a page of its own) until the translation is published.
    text_language = models.CharField(max_length=20, blank=True, editable=False)

    class Meta:
        abstract = True

    @property
    def content_language(self):
        return self.text_language or super().content_language


class LibraryPage(RoutablePageMixin, PeerReviewedPage):
    """The library of one language: every module of the partnership, filtered (/<lang>/library/).

    Its children are the institutions' sections; its Atom feed of new modules is at feed/.
    """

    introduction = models.TextField(_("introduction"), max_length=600, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["courses.InstitutionPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("library")

    def get_context(self, request, *args, **kwargs):
        from courses.library import catalogue  # the catalogue queries these page models

        context = super().get_context(request, *args, **kwargs)
        context.update(library=self, catalogue=catalogue(request, self))
        return context

    @path("feed/")
    def feed(self, request):
        from courses.feeds import NewModulesFeed

        return NewModulesFeed()(request, self)


class InstitutionPage(PeerReviewedPage):
    """A partner institution: its profile, and the section of the library where its authors work.

    The institution is this page; contributors, courses and accounts point here, and its authors'
    permissions attach to it.
    """

    short_name = models.CharField(_("short name"), max_length=40, help_text=_("e.g. SJTU, used on badges."))
    city = models.CharField(_("city"), max_length=80)
    country = models.CharField(_("country"), max_length=80)
    website = models.URLField(_("website"), blank=True)
    description = RichTextField(_("description"), features=["bold", "italic", "link"], blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("short_name"),
        FieldRowPanel([FieldPanel("city"), FieldPanel("country")]),
        FieldPanel("website"),
        FieldPanel("description"),
        FieldPanel("logo"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("description")]
    parent_page_types = ["courses.LibraryPage"]
    subpage_types = ["courses.ModulePage"]

    class Meta:
        verbose_name = _("institution")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        modules = ModulePage.objects.live().public().child_of(self).order_by("title")
        context["modules"] = prepare_cards(modules, self)
        context["library"] = self.get_parent()
        return context


class ModulePageQuerySet(PageQuerySet):
    def with_theme(self, slug):
        return self.filter(themes__slug=slug).distinct()

    def with_card_data(self):
        return self.select_related("locale", "alias_of__locale").prefetch_related(
            "themes", "module_authors__contributor"
        )


ModulePageManager = PageManager.from_queryset(ModulePageQuerySet)


def prepare_cards(modules, page):
    """Attach what a module card shows (institution, themes, authors) to each module, in a fixed number of queries."""
    modules = list(modules.with_card_data())
    if not modules:
        return []
    locale = page.locale
    steplen = Page.steplen
    institutions = {
        institution.path: institution
        for institution in InstitutionPage.objects.filter(path__in={module.path[:-steplen] for module in modules})
    }
    themes = {theme.pk: theme for theme in localized_all({t for m in modules for t in m.themes.all()}, locale)}
    for module in modules:
        module.institution = institutions.get(module.path[:-steplen])
        module.localized_themes = [themes[theme.pk] for theme in module.themes.all() if theme.pk in themes]
    return modules


def module_publication_problems(summary, themes, has_lessons):
    """What stops a module from being published, by field; empty when it may be published."""
    problems = {}
    if not (summary or "").strip():
        problems["summary"] = _("Write a summary before publishing: it is what readers see in the library.")
    if not themes:
        problems["themes"] = _("Choose at least one theme before publishing.")
    if not has_lessons:
        problems["__all__"] = _("Add at least one lesson under this module before publishing it.")
    return problems


class TeachingPageForm(WagtailAdminPageForm):
    """Reviewers open the editor of the work they review to comment on it, never to rewrite it."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Page.live defaults to True, so a page being created would be checked as if already published
        # (a new module without lessons could never be saved as a draft); Wagtail sets `live` only after.
        if not self.instance.pk:
            self.instance.live = False

    def clean(self):
        cleaned_data = super().clean()
        if (
            self.for_user is not None
            and self.instance.pk
            and self.changed_data
            and not self.instance.permissions_for_user(self.for_user).can_change_content()
        ):
            self.add_error(
                None,
                _(
                    "Only the authors' institution and site managers change this text. "
                    "Reviewers comment on it and approve it or ask for changes."
                ),
            )
        return cleaned_data


class ModulePageForm(TeachingPageForm):
    """Tells the author, in the editor, what a module still needs before it can be published."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.license_locked and "license" in self.fields:
            self.fields["license"].disabled = True
            self.fields["license"].help_text = _(
                "Locked: this adaptation of a ShareAlike module keeps the original's license."
            )

    def clean(self):
        cleaned_data = super().clean()
        if self.data.get("action-publish") or self.data.get("action-submit"):
            problems = module_publication_problems(
                cleaned_data.get("summary"), cleaned_data.get("themes"), self.instance.has_lessons()
            )
            for field, message in problems.items():
                self.add_error(None if field == "__all__" else field, message)
        return cleaned_data


class ModulePage(RoutablePageMixin, TeachingTextPage):
    """A unit of teaching (1–6 hours) written at one institution; its children are its lessons."""

    summary = models.TextField(
        _("summary"),
        max_length=SUMMARY_MAX_LENGTH,
        validators=[MaxLengthValidator(SUMMARY_MAX_LENGTH)],
        blank=True,
        help_text=_("One or two sentences, at most 280 characters: shown on library cards and in search results."),
    )
    objectives = StreamField(
        ObjectivesBlock(),
        blank=True,
        verbose_name=_("learning objectives"),
        help_text=_("What students will be able to do afterwards; three to five."),
    )
    themes = ParentalManyToManyField(
        Theme,
        blank=True,
        related_name="modules",
        verbose_name=_("themes"),
        limit_choices_to=default_locale_only,
        help_text=_("At least one, to publish."),
    )
    contributing_institutions = ParentalManyToManyField(
        "courses.InstitutionPage",
        blank=True,
        related_name="contributed_modules",
        verbose_name=_("contributing institutions"),
        limit_choices_to=default_locale_only,
        help_text=_("Other partners whose teachers contributed, besides the institution that owns the module."),
    )
    level = models.CharField(_("level"), max_length=20, choices=Level.choices, default=Level.CLINICAL)
    license = models.CharField(
        _("license"),
        max_length=20,
        choices=LICENSE_CHOICES,
        default="cc-by",
        help_text=_(
            "Creative Commons 4.0. ND modules cannot be adapted by instructors; SA adaptations keep this license."
        ),
    )
    keywords = ClusterTaggableManager(through=ModuleKeyword, blank=True, verbose_name=_("keywords"))
    references = StreamField(ReferencesBlock(), blank=True, verbose_name=_("references"))

    # Lineage of an adaptation (courses/adaptation.py): set once, when the copy is made, never edited.
    adapted_from = models.ForeignKey(
        "courses.ModulePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="adaptations",
        editable=False,
    )
    adapted_from_revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )
    adapted_at = models.DateTimeField(null=True, blank=True, editable=False)
    adapted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )
    # What the attribution says, as it was on the day: it must outlive changes to (or the loss of) the source.
    source_attribution = models.JSONField(default=dict, blank=True, editable=False)
    cultural_context = models.TextField(
        _("cultural context"),
        max_length=1500,
        blank=True,
        help_text=_(
            "For an adaptation: what was changed, for which students, and why. Shown to teaching staff here "
            "and on the original's list of adaptations."
        ),
    )

    objects = ModulePageManager()
    base_form_class = ModulePageForm

    api_fields = [
        APIField("summary"),
        APIField("language", serializer=serializers.CharField(source="content_language", read_only=True)),
        APIField("level"),
        APIField("license", serializer=serializers.DictField(source="api_license", read_only=True)),
        APIField("themes", serializer=serializers.ListField(source="api_themes", read_only=True)),
        APIField("institution", serializer=serializers.DictField(source="api_institution", read_only=True)),
        APIField("authors", serializer=serializers.ListField(source="api_authors", read_only=True)),
        APIField("keywords", serializer=serializers.ListField(source="api_keywords", read_only=True)),
        APIField("objectives"),
        APIField("references"),
    ]

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("objectives"),
        InlinePanel(
            "module_authors", heading=_("Authors"), label=_("author"), help_text=_("In the order of the byline.")
        ),
        FieldPanel("references"),
    ]
    classification_panels = [
        FieldPanel("cultural_context"),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel([FieldPanel("level"), FieldPanel("license")], heading=_("Audience and license")),
        FieldPanel("keywords"),
        FieldPanel("contributing_institutions", widget=forms.CheckboxSelectMultiple),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList([SourceUpdatePanel(), *content_panels], heading=_("Content")),
            ObjectList(classification_panels, heading=_("Classification")),
            ObjectList([PeerReviewsPanel()], heading=_("Peer review")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )
    search_fields = [
        *Page.search_fields,
        index.SearchField("search_title", boost=3),
        index.SearchField("search_body"),
        index.FilterField("level"),
        index.FilterField("license"),
    ]
    parent_page_types = ["courses.InstitutionPage"]
    subpage_types = ["courses.LessonPage"]

    class Meta:
        verbose_name = _("module")

    def search_title(self):
        return index_text(self.title)

    def search_body(self):
        objectives = " ".join(str(objective.value) for objective in self.objectives)
        return index_text(self.summary, objectives, " ".join(tag.name for tag in self.keywords.all()))

    def has_lessons(self):
        """Lessons of its own, or, for a translation whose lessons are not translated yet, its original's."""
        if not self.pk:
            return False
        versions = ModulePage.objects.filter(translation_key=self.translation_key, alias_of__isnull=True)
        return any(LessonPage.objects.child_of(version).exists() for version in versions)

    def source_published_since(self):
        """The source's newer publication that this adaptation's editors have not taken into account, or None."""
        if not self.adapted_from_id:
            return None
        source = self.adapted_from
        # Kept apart from the page: revisions of the adaptation must not bring back an older "seen".
        seen = (
            SourceChangesSeen.objects.filter(adaptation_id=self.pk).values_list("revision_id", flat=True).first()
            or self.adapted_from_revision_id
        )
        if not source.live or source.live_revision_id in (None, seen):
            return None
        return source.live_revision

    @property
    def license_locked(self):
        """An adaptation of a ShareAlike module keeps its source's license (CC BY-SA, BY-NC-SA)."""
        source_license = LICENSES.get(self.source_attribution.get("license", ""))
        return bool(source_license and source_license.share_alike)

    def clean(self):
        super().clean()
        if self.license_locked and self.license != self.source_attribution["license"]:
            raise ValidationError({"license": _("An adaptation of a ShareAlike module keeps the original's license.")})
        # An alias mirrors a published module; its lessons' aliases are made just after it.
        if self.live and not self.alias_of_id:
            problems = module_publication_problems(self.summary, list(self.themes.all()), self.has_lessons())
            if problems:
                raise ValidationError(problems)

    @property
    def license_info(self):
        return LICENSES[self.license]

    @property
    def api_license(self):
        return {"code": self.license, "name": self.license_info.name, "url": self.license_info.url}

    @property
    def api_themes(self):
        return [{"slug": theme.slug, "name": theme.name} for theme in localized_all(self.themes.all(), self.locale)]

    @property
    def api_institution(self):
        institution = InstitutionPage.objects.parent_of(self).first()
        return {"slug": institution.slug, "name": institution.title, "id": institution.pk} if institution else {}

    @property
    def api_authors(self):
        contributors = [author.contributor for author in self.module_authors.select_related("contributor")]
        return [
            {"name": person.name, "title": person.title, "orcid": person.orcid}
            for person in localized_all(contributors, self.locale)
        ]

    @property
    def api_keywords(self):
        return [tag.name for tag in self.keywords.all()]

    # The exports live under the module's address, so a lesson may not take this slug (LessonPage.clean).
    EXPORTS_SLUG = "export"

    @path(f"{EXPORTS_SLUG}/print/", name="print")
    def print_view(self, request):
        """The whole module on one page, laid out for the browser's Print command."""
        from courses.exports import handout_context

        return self.render(
            request, template="courses/exports/handout_print.html", context_overrides=handout_context(self, request)
        )

    @path(f"{EXPORTS_SLUG}/pdf/", name="pdf")
    def pdf_handout(self, request):
        from courses.exports import file_name, handout_context, render_pdf

        pdf = render_pdf(request, handout_context(self, request))
        return export_response(request, pdf, "application/pdf", file_name(self, "pdf"), as_attachment=False)

    @path(f"{EXPORTS_SLUG}/cartridge/", name="cartridge")
    def common_cartridge(self, request):
        from courses.exports import build_cartridge, file_name, handout_context

        cartridge = build_cartridge(request, handout_context(self, request))
        return export_response(request, cartridge, "application/zip", file_name(self, "imscc"), as_attachment=True)

    def lessons(self):
        """Live lessons in order, with those that ask readers to sign in (marked `needs_sign_in`)."""
        return memo(
            f"lessons:{self.pk}",
            lambda: listed_to_every_reader(LessonPage.objects.live().child_of(self).order_by("path")),
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        reading = self.reading_context()
        lessons = list(self.lessons())
        url = request.build_absolute_uri(self.get_url(request))
        context.update(
            reading,
            lessons=lessons,
            total_minutes=sum(lesson.duration_minutes for lesson in lessons),
            breadcrumb=[page for page in (reading["library"], reading["institution"]) if page],
            citation=self.citation(reading, url),
            structured_data=self.structured_data(reading, url, lessons),
            peer_review=self.latest_approval(),
            **self.adaptation_context(request),
        )
        return context

    def adaptation_context(self, request):
        """What the page says about adaptation: where this one comes from, who adapted it, may the reader."""
        from courses.adaptation import adaptation_refusal  # adaptation builds on these models

        original = self.alias_of.specific if self.alias_of_id else self
        source = self.adapted_from if self.adapted_from_id and self.adapted_from.live else None
        adaptations = memo(
            f"adaptations:{original.pk}:{self.locale_id}",
            lambda: prepare_cards(
                ModulePage.objects.live().filter(adapted_from=original, alias_of__isnull=True).order_by("title"), self
            ),
        )
        staff = can_see_facilitator_notes(request.user)
        return {
            "source_module": source,
            "adaptations": adaptations,
            "show_cultural_context": staff,
            "adapt_url": reverse("adapt_module", args=[original.pk]) if staff else None,
            "adapt_refusal": adaptation_refusal(original, request.user) if staff else None,
        }

    def latest_approval(self):
        """The peer review that last approved this module, its reviewer's institution in the page's language."""
        return memo(f"approval:{self.pk}", self._latest_approval)

    def _latest_approval(self):
        review = self.peer_reviews.filter(decision="approve").select_related("reviewer_institution").first()
        if review and review.reviewer_institution:
            institution = review.reviewer_institution
            review.reviewer_institution = institution.get_translation_or_none(self.locale) or institution
        return review

    def reading_context(self):
        """What the module page and each of its lessons show about the module: no query once kept (memo)."""
        reading = memo(f"reading:{self.pk}", self._reading_context)
        return {**reading, "module": self, "level_label": Level(self.level).label, "license": self.license_info}

    def _reading_context(self):
        locale = self.locale
        authors = localized_all(
            [author.contributor for author in self.module_authors.select_related("contributor")], locale
        )
        affiliations = {
            institution.pk: localized
            for institution, localized in _with_localized(
                InstitutionPage.objects.filter(pk__in={author.institution_id for author in authors}), locale
            )
        }
        for author in authors:
            author.affiliation = affiliations.get(author.institution_id)
        return {
            "institution": InstitutionPage.objects.parent_of(self).first(),
            "library": LibraryPage.objects.ancestor_of(self).first(),
            "authors": authors,
            "themes": localized_all(self.themes.all(), locale),
            "contributing_institutions": localized_all(self.contributing_institutions.all(), locale),
            "keywords": [tag.name for tag in self.keywords.all()],
        }

    def citation(self, reading, url):
        """The 'How to cite' line: authors, year, title, institution, platform, address, license."""
        names = ", ".join(author.name for author in reading["authors"])
        published = self.first_published_at
        institution = reading["institution"].title if reading["institution"] else ""
        where = "; ".join(str(part) for part in (institution, published.year if published else "") if part)
        parts = [f"{names}." if names else "", f"{self.title}.", f"{where}." if where else ""]
        return " ".join(part for part in parts if part) + f" MedHum Commons. {url} ({self.license_info.name})"

    def structured_data(self, reading, url, lessons=()):
        data = learning_resource(self, reading, url, self.summary)
        data["name"] = self.title
        data["learningResourceType"] = "module"
        data["timeRequired"] = iso_duration(sum(lesson.duration_minutes for lesson in lessons)) if lessons else None
        data["hasPart"] = [
            {"@type": "LearningResource", "name": lesson.title, "url": url_for(lesson, url)} for lesson in lessons
        ]
        if self.source_attribution:
            source = self.adapted_from if self.adapted_from_id and self.adapted_from.live else None
            data["isBasedOn"] = {
                "@type": "LearningResource",
                "name": self.source_attribution.get("title"),
                "url": url_for(source, url) if source else None,
                "license": self.source_attribution.get("license_url"),
            }
        return {key: value for key, value in data.items() if value not in (None, "", [])}


def export_response(request, content, content_type, filename, as_attachment):
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = content_disposition_header(as_attachment, filename)
    # What an export holds depends on who asks (signed in, teaching staff): only anonymous readers' copies
    # may be shared by a cache (medhum/page_cache.py keeps them, as it keeps pages).
    patch_vary_headers(response, ["Cookie"])
    if request.user.is_authenticated:
        patch_cache_control(response, private=True)
    return response


def _with_localized(objects, locale):
    objects = list(objects)
    return zip(objects, localized_all(objects, locale), strict=True)


def url_for(page, absolute_url_of_module):
    """The absolute address of a page of the same site as `absolute_url_of_module`."""
    origin = re.match(r"^https?://[^/]+", absolute_url_of_module)
    return (origin.group(0) if origin else "") + page.url


def learning_resource(module, reading, url, description):
    """schema.org LearningResource keys shared by modules and lessons."""
    institution = reading["institution"]
    organization = (
        {"@type": "CollegeOrUniversity", "name": institution.title, "url": institution.website or None}
        if institution
        else None
    )
    return {
        "@context": "https://schema.org",
        "@type": "LearningResource",
        "name": None,
        "description": description,
        "url": url,
        "inLanguage": module.content_language,
        "license": module.license_info.url,
        "educationalLevel": str(reading["level_label"]),
        "about": [{"@type": "DefinedTerm", "name": theme.name, "termCode": theme.slug} for theme in reading["themes"]],
        "author": [
            {
                "@type": "Person",
                "name": person.name,
                "jobTitle": person.title or None,
                "sameAs": person.orcid_url or None,
            }
            for person in reading["authors"]
        ],
        "provider": organization,
        "sourceOrganization": organization,
        "keywords": ", ".join(reading["keywords"]) or None,
        "datePublished": module.first_published_at.date().isoformat() if module.first_published_at else None,
        "dateModified": module.last_published_at.date().isoformat() if module.last_published_at else None,
    }


class SourceChangesSeen(models.Model):
    """The source revision whose changes an adaptation's editors have last taken into account."""

    adaptation = models.OneToOneField("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    revision = models.ForeignKey("wagtailcore.Revision", null=True, on_delete=models.SET_NULL, related_name="+")
    seen_at = models.DateTimeField(auto_now=True)
    seen_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")

    def __str__(self):
        return f"{self.adaptation_id}: source revision {self.revision_id} seen"


class ModuleAuthor(Orderable):
    """One author of a module, in byline order."""

    page = ParentalKey(ModulePage, on_delete=models.CASCADE, related_name="module_authors")
    contributor = models.ForeignKey(
        "courses.Contributor", verbose_name=_("contributor"), on_delete=models.PROTECT, related_name="authorships"
    )

    panels = [FieldPanel("contributor")]

    class Meta(Orderable.Meta):
        verbose_name = _("author")
        verbose_name_plural = _("authors")


class LessonPage(TeachingTextPage):
    """One reading or teaching session of a module: a stream of teaching blocks."""

    introduction = models.TextField(
        _("introduction"), max_length=500, blank=True, help_text=_("One or two sentences saying what this lesson does.")
    )
    duration_minutes = models.PositiveSmallIntegerField(
        _("teaching time (minutes)"),
        default=60,
        validators=[MinValueValidator(5), MaxValueValidator(600)],
        help_text=_("How long the session takes in class."),
    )
    body = StreamField(LessonBodyBlock(), verbose_name=_("body"))
    mark_glossary_terms = models.BooleanField(
        _("mark glossary terms"),
        default=True,
        help_text=_(
            "Mark the first use of each glossary term in the lesson: readers see its definition and its names in "
            "the other languages on hover, focus or tap."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        FieldPanel("duration_minutes"),
        FieldPanel("body"),
        FieldPanel("mark_glossary_terms"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList([PeerReviewsPanel()], heading=_("Peer review")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )
    search_fields = [
        *Page.search_fields,
        index.SearchField("search_title", boost=3),
        index.SearchField("search_body"),
    ]
    parent_page_types = ["courses.ModulePage"]
    subpage_types = []
    # The body goes out without its facilitator notes: never the raw `body`.
    api_fields = [
        APIField("introduction"),
        APIField("duration_minutes"),
        APIField("language", serializer=serializers.CharField(source="locale.language_code", read_only=True)),
        APIField("body", serializer=serializers.ListField(source="api_body", read_only=True)),
    ]

    class Meta:
        verbose_name = _("lesson")

    base_form_class = TeachingPageForm

    @property
    def module(self):
        return memo(f"module-of:{self.pk}", lambda: ModulePage.objects.parent_of(self).first())

    def clean(self):
        super().clean()
        if self.slug == ModulePage.EXPORTS_SLUG:
            raise ValidationError(
                {"slug": _("This address is kept for the module's print and download versions: choose another.")}
            )

    def public_blocks(self):
        """The body without facilitator notes: what a student, a feed or a search excerpt may see."""
        return [block for block in self.body if block.block_type != "facilitator_notes"]

    def search_title(self):
        return index_text(self.title)

    def search_body(self):
        # Built from the public blocks only: facilitator notes can never be found, nor quoted in an excerpt.
        return index_text(self.introduction, self.public_text())

    @property
    def api_body(self):
        return [
            {"type": block.block_type, "id": block.id, "value": block.block.get_api_representation(block.value)}
            for block in self.public_blocks()
        ]

    def public_text(self):
        return " ".join(text_of(block.value) for block in self.public_blocks())

    def reading_minutes(self):
        return reading_minutes(self.public_text())

    def table_of_contents(self, blocks):
        """(anchor, heading) for each section, anchors made unique within the lesson."""
        seen, entries = {}, []
        for block in blocks:
            if block.block_type == "section":
                anchor = section_anchor(block.value["heading"])
                seen[anchor] = seen.get(anchor, 0) + 1
                entries.append((block, anchor if seen[anchor] == 1 else f"{anchor}-{seen[anchor]}"))
        return entries

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        module = self.module
        show_notes = can_see_facilitator_notes(request.user)
        blocks = list(self.body) if show_notes else self.public_blocks()
        anchors = {block.id: anchor for block, anchor in self.table_of_contents(blocks)}
        siblings = list(module.lessons()) if module else []
        position = next((i for i, lesson in enumerate(siblings) if lesson.pk == self.pk), None)
        reading = module.reading_context() if module else {}
        context.update(reading)
        if module:
            url = request.build_absolute_uri(self.get_url(request))
            module_url = request.build_absolute_uri(module.get_url(request))
            context.update(
                breadcrumb=[page for page in (reading["library"], reading["institution"], module) if page],
                citation=module.citation(reading, module_url),
                structured_data=self.structured_data(reading, url, module_url),
            )
        context.update(
            blocks=[(block, anchors.get(block.id)) for block in blocks],
            table_of_contents=[(anchors[block.id], block.value["heading"]) for block in blocks if block.id in anchors],
            show_facilitator_notes=show_notes,
            reading_minutes=self.reading_minutes(),
            lessons=siblings,
            lesson_number=position + 1 if position is not None else None,
            previous_lesson=siblings[position - 1] if position else None,
            next_lesson=siblings[position + 1] if position is not None and position + 1 < len(siblings) else None,
        )
        return context

    def structured_data(self, reading, url, module_url):
        data = learning_resource(reading["module"], reading, url, self.introduction)
        data["name"] = self.title
        data["learningResourceType"] = "lesson"
        data["timeRequired"] = iso_duration(self.duration_minutes)
        data["isPartOf"] = {"@type": "LearningResource", "name": reading["module"].title, "url": module_url}
        return {key: value for key, value in data.items() if value not in (None, "", [])}


class SearchPage(Page):
    """Search across every module and lesson of the library, in all three languages (/<lang>/search/?q=)."""

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("search page")

    def get_context(self, request, *args, **kwargs):
        from courses.library import search_results  # the catalogue queries these page models

        context = super().get_context(request, *args, **kwargs)
        context["search"] = search_results(request, self)
        return context
