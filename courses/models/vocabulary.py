"""The controlled vocabularies of DESIGN.md: levels, licenses, themes, and free keywords."""

from dataclasses import dataclass

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index


class Level(models.TextChoices):
    PRECLINICAL = "preclinical", _("Preclinical")
    CLINICAL = "clinical", _("Clinical")
    POSTGRADUATE = "postgraduate", _("Postgraduate")
    FACULTY = "faculty", _("Faculty development")


@dataclass(frozen=True)
class License:
    """A Creative Commons 4.0 license and what it allows an instructor to do with a module."""

    code: str
    name: str
    url: str
    adaptable: bool
    share_alike: bool
    non_commercial: bool

    @property
    def badge(self):
        return f"licenses/{self.code}.svg"


LICENSES = {
    license.code: license
    for license in [
        License("cc-by", "CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/", True, False, False),
        License("cc-by-sa", "CC BY-SA 4.0", "https://creativecommons.org/licenses/by-sa/4.0/", True, True, False),
        License("cc-by-nc", "CC BY-NC 4.0", "https://creativecommons.org/licenses/by-nc/4.0/", True, False, True),
        License(
            "cc-by-nc-sa", "CC BY-NC-SA 4.0", "https://creativecommons.org/licenses/by-nc-sa/4.0/", True, True, True
        ),
        License("cc-by-nd", "CC BY-ND 4.0", "https://creativecommons.org/licenses/by-nd/4.0/", False, False, False),
        License(
            "cc-by-nc-nd", "CC BY-NC-ND 4.0", "https://creativecommons.org/licenses/by-nc-nd/4.0/", False, False, True
        ),
    ]
}
LICENSE_CHOICES = [(code, license.name) for code, license in LICENSES.items()]


def default_locale_only():
    """Vocabulary is linked in the site's default language; other languages' rows are its translations."""
    return models.Q(locale__language_code=settings.LANGUAGE_CODE)


class Theme(TranslatableMixin, index.Indexed, models.Model):
    """One of the partnership's teaching themes (ethics, culture, …): the library's main entry points.

    A translatable snippet rather than a tag model: each theme has a description and a name in every
    language, which a tag cannot carry. Modules link the default-language row; pages show `.localized`.
    """

    slug = models.SlugField(
        _("slug"),
        max_length=60,
        help_text=_(
            "Lowercase, with hyphens; used in library links such as ?theme=critical-thinking. Keep it in English."
        ),
    )
    name = models.CharField(_("name"), max_length=80)
    description = models.TextField(_("description"), max_length=300, help_text=_("One or two sentences."))

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.FilterField("locale")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["slug", "locale"], name="unique_theme_slug_per_locale")]

    def __str__(self):
        return self.name


class ModuleKeyword(TaggedItemBase):
    """A free keyword on a module (django-taggit), in the module's own language."""

    content_object = ParentalKey("courses.ModulePage", on_delete=models.CASCADE, related_name="tagged_keywords")
