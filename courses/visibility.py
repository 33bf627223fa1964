"""What readers may reach: live pages whose every ancestor is live too.

Wagtail serves a live page under an unpublished parent; listings (search, sitemap, API) must not
offer what the page tree has withdrawn, such as the lessons of an unpublished module.
"""

from django.db.models import Exists, F, OuterRef
from django.db.models.functions import Substr
from wagtail.models import Page


def under_live_ancestors(queryset):
    """Keep the pages of `queryset` that have no unpublished ancestor (the root and home pages aside)."""
    withdrawn_ancestor = (
        Page.objects.filter(live=False, depth__gt=1, depth__lt=OuterRef("depth"))
        .annotate(prefix_of_page=Substr(OuterRef("path"), 1, F("depth") * Page.steplen))
        .filter(path=F("prefix_of_page"))
    )
    return queryset.filter(~Exists(withdrawn_ancestor))
