"""What readers may reach: live pages whose every ancestor is live too.

Wagtail serves a live page under an unpublished parent; listings (search, sitemap, API) must not
offer what the page tree has withdrawn, such as the lessons of an unpublished module.
"""

from django.db.models import Q
from wagtail.models import Page, PageViewRestriction

from medhum.page_cache import memo


def under_live_ancestors(queryset):
    """Keep the pages of `queryset` that have no unpublished ancestor (the root and home pages aside)."""
    return queryset.filter(live_ancestors_q())


def live_ancestors_q():
    """Pages with no unpublished ancestor, as a filter: only unpublished pages with children can hide any,
    and they are few (a draft module, a withdrawn section), kept until the content changes."""
    withdrawn = memo(
        "withdrawn-sections",
        lambda: list(Page.objects.filter(live=False, depth__gt=1, numchild__gt=0).values_list("path", "depth")),
    )
    under_live = Q()
    for path, depth in withdrawn:
        under_live &= ~Q(path__startswith=path, depth__gt=depth)
    return under_live


def view_restrictions():
    """(path, restriction type) of every page view restriction, kept until the content changes."""
    return memo(
        "view-restrictions",
        lambda: [(r.page.path, r.restriction_type) for r in PageViewRestriction.objects.select_related("page")],
    )


def public_q():
    """Wagtail's `.public()` as a filter, from the kept restrictions: pages under none of them."""
    public = Q()
    for path, _restriction_type in view_restrictions():
        public &= ~Q(path__startswith=path)
    return public


def listed_to_every_reader(queryset):
    """The pages of `queryset` that a page may list to any reader, each marked `needs_sign_in`.

    Public pages, and pages only limited to signed-in readers: those are listed too, so that a student
    sees the whole module and knows what signing in opens; reading one sends an anonymous reader to sign
    in. Pages limited to some groups (or by a shared password) stay out, as Wagtail's `.public()` keeps
    them. Listings that reach anonymous readers outside the site (API, sitemap, feeds, search) keep
    using `.public()`: they never list a restricted page.
    """
    restrictions = view_restrictions()
    sign_in_paths = [path for path, kind in restrictions if kind == PageViewRestriction.LOGIN]
    withheld = Q()
    for path, kind in restrictions:
        if kind != PageViewRestriction.LOGIN:
            withheld |= Q(path__startswith=path)
    pages = list(queryset.exclude(withheld) if withheld else queryset)
    for page in pages:
        page.needs_sign_in = page.path.startswith(tuple(sign_in_paths))
    return pages
