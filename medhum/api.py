"""/api/v2/: read-only Wagtail API of the public, published teaching (never facilitator notes)."""

from django.db.models import Q, Subquery
from django.db.models.functions import Substr
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from courses.models import InstitutionPage, ModulePage, Theme
from courses.models.pages import INSTITUTION_PATH_LENGTH, MODULE_PATH_LENGTH
from courses.visibility import live_ancestors_q, public_q


class PublicPagesAPIViewSet(PagesAPIViewSet):
    """Pages with two filters of the library, `theme` and `institution` (slugs), for modules and their lessons.

    Full-text `search` is left to the site's own search, which handles Chinese and hostile queries.
    """

    known_query_parameters = (PagesAPIViewSet.known_query_parameters - {"search", "search_operator"}) | {
        "theme",
        "institution",
    }

    def get_base_queryset(self):
        # Pages restricted to signed-in readers stay out of the API even for a signed-in caller; aliases
        # (an untranslated page standing in another language's tree) would repeat their original.
        return super().get_base_queryset().filter(public_q(), live_ancestors_q(), alias_of__isnull=True)

    def get_queryset(self):
        queryset = super().get_queryset()
        theme = self.request.GET.get("theme")
        institution = self.request.GET.get("institution")
        if theme is not None:
            if not Theme.objects.filter(slug=theme).exists():
                raise BadRequestError(f"theme: no theme has the slug {theme!r}")
            modules = ModulePage.objects.filter(themes__slug=theme).values("path")
            queryset = queryset.annotate(module_path=Substr("path", 1, MODULE_PATH_LENGTH)).filter(
                Q(module_path__in=Subquery(modules)), depth__gte=5
            )
        if institution is not None:
            sections = InstitutionPage.objects.filter(slug=institution).values("path")
            if not sections.exists():
                raise BadRequestError(f"institution: no institution has the slug {institution!r}")
            queryset = queryset.annotate(section_path=Substr("path", 1, INSTITUTION_PATH_LENGTH)).filter(
                section_path__in=Subquery(sections)
            )
        return queryset


class PublicImagesAPIViewSet(ImagesAPIViewSet):
    known_query_parameters = ImagesAPIViewSet.known_query_parameters - {"search", "search_operator"}


class PublicDocumentsAPIViewSet(DocumentsAPIViewSet):
    known_query_parameters = DocumentsAPIViewSet.known_query_parameters - {"search", "search_operator"}


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)
