from django.middleware.locale import LocaleMiddleware


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
