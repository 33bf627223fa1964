"""The people who write the teaching: listed on modules, in order."""

import re

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index

ORCID_PATTERN = re.compile(r"^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$")


def validate_orcid(value):
    """An ORCID iD: four groups of four digits, the last character an ISO 7064 11,2 checksum."""
    if not ORCID_PATTERN.match(value):
        raise ValidationError(_("Write the ORCID iD as 0000-0002-1825-0097."), code="orcid_format")
    digits = value.replace("-", "")
    total = 0
    for digit in digits[:-1]:
        total = (total + int(digit)) * 2
    check = (12 - total % 11) % 11
    if digits[-1] != ("X" if check == 10 else str(check)):
        raise ValidationError(
            _("This ORCID iD has a typing error: its check digit does not match."), code="orcid_checksum"
        )


class Contributor(TranslatableMixin, index.Indexed, models.Model):
    """A professor or clinician who writes modules; their title and bio are translated."""

    name = models.CharField(
        _("name"), max_length=120, help_text=_("As the person writes it, e.g. 王丽华 or Hélène Martin.")
    )
    title = models.CharField(_("title"), max_length=160, blank=True, help_text=_("e.g. Professor of Medical Ethics"))
    institution = models.ForeignKey(
        "courses.InstitutionPage",
        verbose_name=_("institution"),
        on_delete=models.PROTECT,
        related_name="contributors",
    )
    bio = models.TextField(_("short bio"), max_length=800, blank=True)
    orcid = models.CharField(
        _("ORCID iD"),
        max_length=19,
        blank=True,
        validators=[validate_orcid],
        help_text=_("Optional, e.g. 0000-0002-1825-0097"),
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("title"),
        FieldPanel("institution"),
        FieldPanel("bio"),
        MultiFieldPanel([FieldPanel("orcid"), FieldPanel("photo")], heading=_("Optional")),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.FilterField("locale")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("contributor")
        verbose_name_plural = _("contributors")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def orcid_url(self):
        return f"https://orcid.org/{self.orcid}" if self.orcid else ""
