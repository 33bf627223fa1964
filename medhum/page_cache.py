"""Whole pages kept for anonymous readers, in Django's cache (Redis in production, shared by every app server).

Thousands of students open the same lesson before a seminar, and none of them is signed in to read it:
those requests are answered from the cache, before the session, the user or the database is looked at,
so they are served even while the database is down.

What is stored: a page that Wagtail served to a reader without a session, with a 200, no cookie set,
not marked private, with no view restriction on the page, and no facilitator notes in it. What is never
served from the cache: a request that carries a session or pending messages (signed-in readers, someone
just signed out) or is not a GET.

Invalidation is one number, the cache generation: every kept page and every memo is tagged with the
generation its request started under, and is used only while the generation is still the same. Whatever
can change what a public page shows moves it on: publishing, unpublishing, moving or deleting a page,
privacy, sites and locales, images and documents, and every model of the teaching library
(institutions, themes, contributors). Coarse on purpose: publishing is rare next to reading, and a
single number is right on every app server at once, with no list to keep of which page shows which
contributor. A kept page costs one round trip to the cache: the generation and the page come together.
"""

import contextvars
import hashlib
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse
from wagtail.models import Collection, CollectionViewRestriction, Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_unpublished, post_page_move

GENERATION_KEY = "page-cache:generation"
CONTENT_APPS = {"courses", "home", "taggit", "wagtailimages", "wagtaildocs"}
SITE_WIDE_MODELS = (PageViewRestriction, Site, Locale, Collection, CollectionViewRestriction)
# Saving a draft of a live page touches only these fields, and Wagtail fills in a document's or an
# image's size and hash the first time a page shows it: what readers see does not change.
BOOKKEEPING_FIELDS = {
    "latest_revision",
    "latest_revision_created_at",
    "has_unpublished_changes",
    "draft_title",
    "locked",
    "locked_at",
    "locked_by",
    "file_size",
    "file_hash",
}
# Wagtail writes renditions and log entries while it serves or edits pages: not content.
NOT_CONTENT = {"rendition", "pagelogentry", "modellogentry"}
STAFF_ONLY_MARK = b'class="block-notes"'


def timeout():
    return getattr(settings, "PAGE_CACHE_SECONDS", 3600)


def generation():
    current = cache.get(GENERATION_KEY)
    if current is None:
        cache.add(GENERATION_KEY, uuid.uuid4().hex, None)
        current = cache.get(GENERATION_KEY, "")
    return current


# The generation as the current request started: read once a request, however many memos it uses.
_request_generation = contextvars.ContextVar("page_cache_generation", default=None)
# Memos serve published pages only: set when Wagtail serves one, so that a preview shows its draft.
_serving_published_page = contextvars.ContextVar("serving_published_page", default=False)
_MISSING = object()


def memo(key, compute):
    """`compute()`, kept in the cache until the content changes (until the generation moves on).

    For what pages show that depends on the content only, never on the reader: the menus, a module's
    authors and lessons. Pages built for signed-in readers then need few queries of their own.
    """
    if timeout() <= 0 or not _serving_published_page.get():
        return compute()
    full_key = f"memo:{_request_generation.get() or generation()}:{key}"
    value = cache.get(full_key, _MISSING)
    if value is _MISSING:
        value = compute()
        cache.set(full_key, value, timeout())
    return value


def bump_generation():
    cache.set(GENERATION_KEY, uuid.uuid4().hex, None)


def invalidate():
    """Every cached page is stale from now, and again once the current transaction commits.

    Now, because Wagtail publishes outside any transaction (and tests never commit); again at the
    commit, so that no reader caches the old page between the bump and the commit.
    """
    bump_generation()
    transaction.on_commit(bump_generation)


def changes_public_pages(instance, update_fields=None):
    if update_fields and set(update_fields) <= BOOKKEEPING_FIELDS:
        return False
    if isinstance(instance, Page):
        return True
    meta = instance._meta
    if meta.model_name in NOT_CONTENT:
        return False
    return meta.app_label in CONTENT_APPS or isinstance(instance, SITE_WIDE_MODELS)


def on_save(sender, instance, update_fields=None, **kwargs):
    if changes_public_pages(instance, update_fields):
        invalidate()


def on_delete(sender, instance, **kwargs):
    if changes_public_pages(instance):
        invalidate()


def on_page_event(sender, **kwargs):
    invalidate()


def connect_signals():
    post_save.connect(on_save, dispatch_uid="page_cache_save")
    post_delete.connect(on_delete, dispatch_uid="page_cache_delete")
    # A move rewrites tree paths in SQL, without saving the page; unpublishing may not save it either.
    post_page_move.connect(on_page_event, dispatch_uid="page_cache_move")
    page_unpublished.connect(on_page_event, dispatch_uid="page_cache_unpublish")


def mark_cacheable(page, request, serve_args, serve_kwargs):
    """Wagtail's before_serve_page hook: a public page may be kept for anonymous readers.

    Wagtail calls it when it serves a published page (never for a preview): memos may be used.
    """
    _serving_published_page.set(True)
    if AnonymousPageCacheMiddleware.may_use_cache(request):
        request.page_cache_allowed = not page.get_view_restrictions().exists()


class AnonymousPageCacheMiddleware:
    """Answer anonymous readers from the cache; store the pages Wagtail serves them. Goes before the
    session middleware, so that a cached page needs neither a session nor the database."""

    CACHE_HEADER = "X-Page-Cache"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        use_cache = self.may_use_cache(request)
        key = self.key(request) if use_cache else None
        if timeout() > 0:
            # One round trip to the cache for the generation and, for anonymous readers, the kept page.
            found = cache.get_many([GENERATION_KEY, key] if key else [GENERATION_KEY])
            current = found.get(GENERATION_KEY) or generation()
        else:
            found, current = {}, None
        token = _request_generation.set(current)
        serving = _serving_published_page.set(False)
        try:
            kept = found.get(key) if key else None
            # Kept under the generation its request started with: a page built before a change never wins.
            if kept is not None and kept[0] == current:
                return self.rebuilt(kept)
            response = self.get_response(request)
            if use_cache and self.may_store(request, response):
                response[self.CACHE_HEADER] = "miss"
                cache.set(key, (current, response.status_code, list(response.items()), response.content), timeout())
            return response
        finally:
            _serving_published_page.reset(serving)
            _request_generation.reset(token)

    def rebuilt(self, kept):
        _generation, status, headers, content = kept
        response = HttpResponse(content, status=status)
        for name, value in headers:
            response[name] = value
        response[self.CACHE_HEADER] = "hit"
        return response

    @staticmethod
    def may_use_cache(request):
        return (
            timeout() > 0
            and request.method == "GET"
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and "messages" not in request.COOKIES
            and "HTTP_AUTHORIZATION" not in request.META
            and not request.path.startswith(("/admin/", "/static/", "/media/", "/healthz"))
        )

    @staticmethod
    def key(request):
        address = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
        return f"page-cache:{hashlib.sha256(address.encode()).hexdigest()}"

    def may_store(self, request, response):
        cache_control = response.get("Cache-Control", "")
        user = getattr(request, "user", None)
        return (
            getattr(request, "page_cache_allowed", False)
            and response.status_code == 200
            and not response.streaming
            and not response.cookies
            and not any(word in cache_control for word in ("private", "no-store", "no-cache"))
            and not (user is not None and user.is_authenticated)
            and STAFF_ONLY_MARK not in response.content
        )
