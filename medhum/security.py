"""Security headers on every answer: a Content-Security-Policy (one for the public site, one for the admin)
and a Permissions-Policy. The other headers are Django's own settings (settings/base.py, production.py)."""

from csp.middleware import CSPMiddleware
from csp.utils import default_config
from django.conf import settings


class SecurityHeadersMiddleware(CSPMiddleware):
    """django-csp's middleware, choosing the admin's policy under its addresses.

    The public site runs no inline script or style, so its policy allows none. Wagtail's admin needs
    inline scripts and styles: it gets `ADMIN_CONTENT_SECURITY_POLICY` (STACK.md, gotcha 12).
    Placed before the page cache, so that kept pages get the headers of the day, not of the day they
    were kept.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and request.path_info.startswith(settings.ADMIN_PATH_PREFIXES):
            parts.config = default_config(settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"])
        return parts

    def process_response(self, request, response):
        response = super().process_response(request, response)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response
