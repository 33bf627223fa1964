from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from courses.blocks import InformationBodyBlock
from courses.models import LibraryPage, ModulePage, Theme
from courses.models.pages import prepare_cards
from courses.models.vocabulary import default_locale_only
from courses.translation import localized_all
from courses.visibility import public_q
from medhum.page_cache import memo

NEWEST_MODULES = 6


class HomePage(Page):
    """The front door of one language's tree: what MedHum Commons is, for whom, and where to start."""

    introduction = models.TextField(
        _("introduction"),
        max_length=400,
        help_text=_("One or two sentences under the title saying what the platform is and for whom."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        InlinePanel("featured_modules", heading=_("Featured modules"), label=_("featured module"), max_num=6),
    ]
    search_fields = [*Page.search_fields, index.SearchField("introduction")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "courses.LibraryPage",
        "courses.CourseIndexPage",
        "courses.SearchPage",
        "courses.GlossaryPage",
        "home.InformationPage",
    ]

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        """The page at an address in two queries, where Wagtail walks the tree with two queries a level.

        Addresses that are not a page's own (a routable page's sub-routes, such as a module's exports or
        the library's feed) fall back to Wagtail's walk, which finds them.
        """
        if path_components:
            url_path = f"{self.url_path}{'/'.join(path_components)}/"
            page = Page.objects.filter(url_path=url_path, locale_id=self.locale_id).specific().first()
            if page is not None:
                return page.route(request, [])
        return super().route(request, path_components)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        featured_ids, newest_ids = memo(f"home-modules:{self.pk}", self.modules_shown)
        cards = {
            card.pk: card for card in prepare_cards(ModulePage.objects.filter(pk__in=featured_ids + newest_ids), self)
        }
        context.update(
            library=memo(f"home-library:{self.pk}", lambda: LibraryPage.objects.child_of(self).live().first()),
            themes=memo(
                f"home-themes:{self.pk}",
                lambda: localized_all(Theme.objects.filter(default_locale_only()).order_by("pk"), self.locale),
            ),
            featured_modules=[cards[pk] for pk in featured_ids if pk in cards],
            newest_modules=[cards[pk] for pk in newest_ids if pk in cards],
        )
        return context

    def modules_shown(self):
        """The ids of the featured modules, in the managers' order, and of the newest others, newest first."""
        featured_ids = [item.module.pk for item in self.featured_modules.select_related("module") if item.module.live]
        newest = (
            ModulePage.objects.live()
            .filter(public_q(), alias_of__isnull=True)
            .descendant_of(self)
            .exclude(pk__in=featured_ids)
            .order_by("-first_published_at")
        )
        return featured_ids, list(newest.values_list("pk", flat=True)[:NEWEST_MODULES])


class HomeFeaturedModule(Orderable):
    """A module the site managers put forward on the home page."""

    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_modules")
    module = models.ForeignKey(ModulePage, verbose_name=_("module"), on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("module")]


class InformationPage(Page):
    """A page of prose about the platform itself: the partnership, accessibility, privacy."""

    introduction = models.TextField(_("introduction"), max_length=400, blank=True)
    body = StreamField(InformationBodyBlock(), verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("introduction"), index.SearchField("body")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("information page")
