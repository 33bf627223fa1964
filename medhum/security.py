"""Security on every request: headers (a Content-Security-Policy for the public site and one for the admin,
a Permissions-Policy; the others are Django's own settings), the reader's address behind our proxies, and
two-factor sign-in for everyone who may use the admin."""

import ipaddress

from csp.middleware import CSPMiddleware
from csp.utils import default_config
from django.conf import settings
from django.contrib.auth import get_user_model


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


def client_address(request):
    """The address a request came from: the one our first proxy saw, when proxies stand in front.

    Each of the settings.TRUSTED_PROXY_COUNT proxies appends the address it received the request from to
    X-Forwarded-For, so that address sits that many places from the end; anything further left was written
    by the client and proves nothing.
    """
    hops = settings.TRUSTED_PROXY_COUNT
    if hops:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        if len(forwarded) >= hops:
            try:
                return str(ipaddress.ip_address(forwarded[-hops]))
            except ValueError:
                pass
    return request.META.get("REMOTE_ADDR")


def attempted_username(request, credentials):
    """The account a failed sign-in named, as django-axes records it: cut to the longest username there can be,
    since its column holds 255 characters and a 10,000-character name failed there (PostgreSQL: a 500)."""
    field = get_user_model().USERNAME_FIELD
    name = (credentials or {}).get(field) or request.POST.get(field) or ""
    if not isinstance(name, str):
        name = str(name)
    return name[: get_user_model()._meta.get_field(field).max_length]
