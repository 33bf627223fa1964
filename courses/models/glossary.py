"""The partnership's trilingual glossary: one concept of the field, named and defined in each language."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from courses.models.vocabulary import Theme, default_locale_only


class GlossaryTerm(TranslatableMixin, index.Indexed, models.Model):
    """A concept in one language: its preferred term, other words for it, and what it means.

    A translatable snippet: the rows of one concept share a `translation_key`, so that a search in one
    language can be carried to the concept's terms in the others, and translators keep the same word
    for the same idea across the partnership.
    """

    slug = models.SlugField(
        _("slug"),
        max_length=80,
        help_text=_("Lowercase, with hyphens, the same in every language; the glossary links to #slug. In English."),
    )
    term = models.CharField(_("preferred term"), max_length=120)
    synonyms = models.TextField(
        _("synonyms"),
        blank=True,
        max_length=600,
        help_text=_("Other words for the same idea in this language, one per line. Searches find them too."),
    )
    pinyin = models.CharField(
        _("pinyin"),
        max_length=200,
        blank=True,
        help_text=_(
            "Chinese terms only: Hanyu Pinyin with tone marks, such as “zhīqíng tóngyì”. The glossary is sorted by it."
        ),
    )
    definition = models.TextField(
        _("definition"), max_length=600, help_text=_("One or two sentences, written for medical students.")
    )
    themes = models.ManyToManyField(
        Theme,
        verbose_name=_("related themes"),
        blank=True,
        related_name="+",
        limit_choices_to=default_locale_only,
    )

    panels = [
        FieldPanel("term"),
        FieldPanel("synonyms"),
        FieldPanel("pinyin"),
        FieldPanel("definition"),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("slug"),
    ]
    # wagtail-localize: the slug stays the concept's; the pinyin, empty in an English original, is the
    # Chinese translator's to fill in.
    translatable_fields = [
        SynchronizedField("slug", overridable=False),
        TranslatableField("term"),
        TranslatableField("synonyms"),
        TranslatableField("definition"),
        SynchronizedField("pinyin"),
    ]
    search_fields = [
        index.SearchField("term"),
        index.AutocompleteField("term"),
        index.SearchField("synonyms"),
        index.SearchField("definition"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary")
        ordering = ["term"]
        constraints = [models.UniqueConstraint(fields=["slug", "locale"], name="unique_glossary_slug_per_locale")]

    def __str__(self):
        return self.term

    def synonym_list(self):
        return [line.strip() for line in self.synonyms.splitlines() if line.strip()]

    def forms(self):
        """Every word this language has for the concept: the preferred term first."""
        return list(dict.fromkeys([self.term.strip(), *self.synonym_list()]))


class GlossaryPage(Page):
    """The glossary in one language, alphabetical (by pinyin in Chinese) and searchable (/<lang>/glossary/)."""

    introduction = models.TextField(_("introduction"), max_length=600, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("glossary page")

    def get_context(self, request, *args, **kwargs):
        from courses.glossary import glossary_listing  # the listing reads the snippets above

        context = super().get_context(request, *args, **kwargs)
        context["glossary"] = glossary_listing(request, self)
        return context
