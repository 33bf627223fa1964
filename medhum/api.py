"""/api/v2/: read-only Wagtail API of the public, published teaching (never facilitator notes)."""

from django.core.exceptions import ValidationError
from django.db.models import Q, Subquery
from django.db.models.functions import Substr
from django.http import Http404
from wagtail.api.v2.filters import FieldsFilter, SearchFilter
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from courses.models import InstitutionPage, ModulePage, Theme
from courses.models.pages import INSTITUTION_PATH_LENGTH, MODULE_PATH_LENGTH
from courses.visibility import live_ancestors_q, public_q


class CheckedFieldsFilter(FieldsFilter):
    """?first_published_at=junk answers 400: Wagtail converts only numbers and booleans before filtering."""

    def filter_queryset(self, request, queryset, view):
        try:
            return super().filter_queryset(request, queryset, view)
        except ValidationError as error:  # a date field given something else: uncaught, a 500
            raise BadRequestError(f"field filter error: {' '.join(error.messages)}") from error


def public_filters(backends):
    """Wagtail's filters with field values checked, and without full-text search, on listings and details."""
    return [
        CheckedFieldsFilter if backend is FieldsFilter else backend
        for backend in backends
        if backend is not SearchFilter
    ]


MAX_OFFSET = 2**63 - 1  # the databases' largest integer


class BoundedPagination(WagtailPagination):
    def paginate_queryset(self, queryset, request, view=None):
        try:
            too_far = int(request.GET.get("offset", 0)) > MAX_OFFSET
        except ValueError:
            too_far = False  # Wagtail's own message says what is wrong with it
        if too_far:  # PostgreSQL would refuse the OFFSET with an error: a 5xx
            raise BadRequestError(f"offset cannot be higher than {MAX_OFFSET}")
        return super().paginate_queryset(queryset, request, view)


class ExplainedRefusalsMixin:
    """Malformed input that Wagtail or DRF would answer with a 500 or a bare 404: refused, saying why."""

    pagination_class = BoundedPagination

    def find_object(self, queryset, request):
        if "id" in request.GET:
            try:
                int(request.GET["id"])
            except ValueError as error:  # Wagtail hands the id to the database as given: a ValueError, a 500
                raise BadRequestError("id must be an integer") from error
        return super().find_object(queryset, request)

    def perform_content_negotiation(self, request, force=False):
        try:
            return super().perform_content_negotiation(request, force)
        except Http404 as error:  # DRF's 404 for an unknown ?format= has no message
            raise Http404(f"format: no format is called {request.GET.get('format', '')!r}; use json") from error


class PublicPagesAPIViewSet(ExplainedRefusalsMixin, PagesAPIViewSet):
    """Pages with two filters of the library, `theme` and `institution` (slugs), for modules and their lessons.

    Full-text `search` is left to the site's own search, which handles Chinese and hostile queries.
    """

    filter_backends = public_filters(PagesAPIViewSet.filter_backends)
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


class PublicImagesAPIViewSet(ExplainedRefusalsMixin, ImagesAPIViewSet):
    filter_backends = public_filters(ImagesAPIViewSet.filter_backends)
    known_query_parameters = ImagesAPIViewSet.known_query_parameters - {"search", "search_operator"}


class PublicDocumentsAPIViewSet(ExplainedRefusalsMixin, DocumentsAPIViewSet):
    filter_backends = public_filters(DocumentsAPIViewSet.filter_backends)
    known_query_parameters = DocumentsAPIViewSet.known_query_parameters - {"search", "search_operator"}


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)
