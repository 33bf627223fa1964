import logging

from django.http import HttpResponseBadRequest
from django.middleware.locale import LocaleMiddleware
from django.utils.translation import gettext

logger = logging.getLogger(__name__)


class PageLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, but only pages are sent into a language.

    Wagtail's catch-all page route makes every path look valid under /<lang>/, so the stock middleware
    would answer a missing API object or document with a redirect to /en/api/... instead of a 404.
    """

    OUTSIDE_LANGUAGES = ("/api/", "/admin/", "/documents/", "/static/", "/media/")

    def process_response(self, request, response):
        if request.path_info.startswith(self.OUTSIDE_LANGUAGES):
            return response
        return super().process_response(request, response)


class RefuseNulBytesMiddleware:
    """A NUL byte in an address is never meaningful; PostgreSQL refuses it in any query, with a 500.

    Answer 400 with a message before any view sees it.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path or any(
            "\x00" in key or "\x00" in "".join(values) for key, values in request.GET.lists()
        ):
            return HttpResponseBadRequest(
                gettext("This address contains a NUL character (%00), which no page or filter can use."),
                content_type="text/plain; charset=utf-8",
            )
        return self.get_response(request)


class RefuseOversizedNumbersMiddleware:
    """SQLite cannot compare with an integer wider than 64 bits and raises OverflowError, where PostgreSQL
    simply finds nothing. Such a number only comes from a crafted form or address: answer 400, not 500.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, OverflowError):
            logger.warning("Refused an oversized number in %s: %s", request.path, exception)
            return HttpResponseBadRequest(
                gettext("A number in this request is too large to be an identifier or a page number."),
                content_type="text/plain; charset=utf-8",
            )
        return None
