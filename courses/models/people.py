"""The people who write the teaching: listed on modules, in order."""

import re

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index

from courses.permissions import institution_key, manages_every_institution

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


class ContributorForm(WagtailAdminModelForm):
    """An author files new contributors under their own institution only; site managers under any."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.for_user is not None and not manages_every_institution(self.for_user):
            field = self.fields["institution"]
            field.queryset = field.queryset.filter(translation_key=institution_key(self.for_user))


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
    base_form_class = ContributorForm
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.FilterField("locale")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("contributor")
        verbose_name_plural = _("contributors")
        ordering = ["name"]
        permissions = [("change_any_contributor", _("Can edit the contributors of every institution"))]

    def __str__(self):
        return self.name

    @property
    def orcid_url(self):
        return f"https://orcid.org/{self.orcid}" if self.orcid else ""
