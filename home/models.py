from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search import index


class HomePage(Page):
    """The front door of one language's tree: what MedHum Commons is and for whom."""

    introduction = models.TextField(
        _("introduction"),
        max_length=400,
        help_text=_("One or two sentences under the title saying what the platform is and for whom."),
    )

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    search_fields = [*Page.search_fields, index.SearchField("introduction")]

    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")
