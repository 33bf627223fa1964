"""Whole pages kept for anonymous readers (medhum/page_cache.py): what is kept, for whom, until when."""

import re
from unittest import mock

import pytest
from django.db import OperationalError
from django.test import Client
from wagtail.models import PageViewRestriction

from courses.models import Contributor, InstitutionPage, LessonPage, ModulePage, Theme
from medhum import page_cache
from tests.builders import build_module
from tests.lookups import account, version_in

pytestmark = pytest.mark.django_db


def read(client, url):
    response = client.get(url)
    return response.status_code, response.get(page_cache.AnonymousPageCacheMiddleware.CACHE_HEADER)


def lesson_of(module):
    return LessonPage.objects.child_of(module).live().first().specific


def test_an_anonymous_reader_is_served_the_kept_page_without_a_database_query(
    client, module, django_assert_num_queries
):
    lesson = lesson_of(module)
    assert read(client, lesson.url) == (200, "miss")
    with django_assert_num_queries(0):
        response = client.get(lesson.url)
    assert response.status_code == 200 and response["X-Page-Cache"] == "hit"
    assert lesson.title in response.content.decode()


def test_each_language_and_each_query_is_kept_apart(client, module):
    french = version_in(module, "fr")
    english_html = client.get(module.url).content.decode()
    french_html = client.get(french.url).content.decode()
    assert '<html lang="en"' in english_html and '<html lang="fr"' in french_html
    assert '<html lang="fr"' in client.get(french.url).content.decode()  # the kept French page
    assert read(client, "/en/library/?theme=ethics")[1] == "miss"
    assert read(client, "/en/library/?theme=empathy")[1] == "miss"
    assert read(client, "/en/library/?theme=ethics")[1] == "hit"


def test_publishing_unpublishing_moving_and_deleting_reach_readers_at_once(client, module):
    lesson = lesson_of(module)
    client.get(lesson.url), client.get(module.url)

    lesson.title = "A title published a moment ago"
    lesson.save_revision().publish()
    assert "A title published a moment ago" in client.get(lesson.url).content.decode()
    assert "A title published a moment ago" in client.get(module.url).content.decode()

    LessonPage.objects.get(pk=lesson.pk).unpublish()
    assert client.get(lesson.url).status_code == 404

    old_address = module.url
    ModulePage.objects.get(pk=module.pk).move(
        InstitutionPage.objects.get(slug="ottawa", locale__language_code="en"), pos="last-child"
    )
    moved = ModulePage.objects.get(pk=module.pk)
    assert client.get(old_address)["Location"] == moved.url  # Wagtail's redirect to the new address
    assert client.get(moved.url).status_code == 200

    moved.delete()
    assert client.get(moved.url).status_code == 404


def test_a_saved_draft_and_a_first_look_at_an_image_leave_the_kept_page_alone(client, lesson_with_every_block):
    lesson = lesson_with_every_block
    client.get(lesson.url)  # creates the image's rendition, records the document's size
    assert client.get(lesson.url)["X-Page-Cache"] == "hit"


def test_a_saved_draft_leaves_the_kept_page_alone(client, module):
    lesson = lesson_of(module)
    client.get(lesson.url)
    lesson.title = "A draft title nobody may read yet"
    lesson.save_revision()
    response = client.get(lesson.url)
    assert response["X-Page-Cache"] == "hit"
    assert "A draft title" not in response.content.decode()


def test_privacy_given_to_a_kept_page_applies_at_once(client, module):
    lesson = lesson_of(module)
    client.get(lesson.url)
    PageViewRestriction.objects.create(page=lesson, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(lesson.url)
    assert response.status_code == 302 and "/accounts/sign-in/" in response["Location"]


def test_institutions_themes_and_contributors_shown_on_a_page_are_fresh(client, module):
    client.get(module.url), client.get("/en/library/")

    author = Contributor.objects.get(pk=module.module_authors.first().contributor_id)
    author.name = "Dr Renamed Author"
    author.save()
    assert "Dr Renamed Author" in client.get(module.url).content.decode()

    theme = Theme.objects.get(slug="ethics", locale__language_code="en")
    theme.name = "Ethics, renamed"
    theme.save()
    assert "Ethics, renamed" in client.get("/en/library/").content.decode()

    lyon = InstitutionPage.objects.get(slug="lyon", locale__language_code="en")
    lyon.short_name = "UdL-renamed"
    lyon.save_revision().publish()
    assert "UdL-renamed" in client.get(module.url).content.decode()


def test_signed_in_readers_are_never_served_nor_stored(client, lesson_with_every_block, staff_user):
    url = lesson_with_every_block.url
    client.get(url)  # kept for anonymous readers, without the notes
    staff = Client()
    staff.force_login(staff_user)
    response = staff.get(url)
    assert "X-Page-Cache" not in response
    assert "marker-notes" in response.content.decode()  # built for them, not the anonymous copy
    anonymous = client.get(url)
    assert anonymous["X-Page-Cache"] == "hit" and "marker-notes" not in anonymous.content.decode()


def module_count(html):
    return int(re.search(r'<p class="filter-status" role="status">\s*(\d+) modules?', html).group(1))


def test_lists_kept_for_signed_in_readers_follow_publication(client, module, staff_user):
    """The library's order, count and facets and the home page's newest modules are kept for every reader
    (memo): a module published or withdrawn shows at once, on every page of results."""
    staff = Client()
    staff.force_login(staff_user)
    addresses = ["/en/", "/en/library/?sort=title", "/en/library/?theme=ethics&language=en&sort=updated"]
    before = [staff.get(address).content.decode() for address in addresses]
    assert all("Aardvark ethics, published a moment ago" not in html for html in before)

    fresh = build_module(title="Aardvark ethics, published a moment ago")
    after = [staff.get(address).content.decode() for address in addresses]
    assert all("Aardvark ethics, published a moment ago" in html for html in after)
    assert module_count(after[2]) == module_count(before[2]) + 1

    ModulePage.objects.get(pk=fresh.pk).unpublish()
    assert all("Aardvark ethics" not in staff.get(address).content.decode() for address in addresses)


def test_a_page_holding_facilitator_notes_or_behind_privacy_is_never_stored(client, module, rf):
    middleware = page_cache.AnonymousPageCacheMiddleware(lambda request: None)
    request = rf.get(module.url)
    request.page_cache_allowed = True
    notes = mock.Mock(status_code=200, streaming=False, cookies={}, content=b'<aside class="block-notes">')
    notes.get.return_value = ""
    assert not middleware.may_store(request, notes)

    lesson = lesson_of(module)
    PageViewRestriction.objects.create(page=lesson, restriction_type=PageViewRestriction.LOGIN)
    page_cache.mark_cacheable(lesson, request, (), {})
    assert request.page_cache_allowed is False


def test_a_reader_with_messages_waiting_gets_a_page_built_for_them(client, module):
    client.get(module.url)
    client.cookies["messages"] = "anything"
    assert read(client, module.url)[1] is None


def test_kept_pages_are_served_while_the_database_is_down_and_others_get_a_calm_503(module):
    client = Client(raise_request_exception=False)
    lesson = lesson_of(module)
    client.get(lesson.url)
    with mock.patch(
        "django.db.backends.base.base.BaseDatabaseWrapper.cursor", side_effect=OperationalError("connection refused")
    ):
        kept = client.get(lesson.url)
        assert kept.status_code == 200 and kept["X-Page-Cache"] == "hit"
        down = client.get(module.url)
    assert down.status_code == 503
    assert down["Retry-After"] == "30"
    assert "Briefly unavailable" in down.content.decode()
    assert client.get(module.url).status_code == 200  # and back, by itself


def test_anonymous_exports_are_kept_too(client, module):
    url = f"{module.url}export/pdf/"
    assert read(client, url) == (200, "miss")
    assert read(client, url) == (200, "hit")


def test_the_cache_can_be_switched_off(client, module, settings):
    settings.PAGE_CACHE_SECONDS = 0
    client.get(module.url)
    assert read(client, module.url) == (200, None)


def test_scheduled_publishing_reaches_readers(client, module):
    from datetime import timedelta

    from django.core.management import call_command
    from django.utils import timezone

    lesson = lesson_of(module)
    client.get(lesson.url)
    lesson.title = "Published on schedule"
    lesson.go_live_at = timezone.now() - timedelta(minutes=1)
    lesson.save_revision(approved_go_live_at=lesson.go_live_at)
    call_command("publish_scheduled")
    assert "Published on schedule" in client.get(lesson.url).content.decode()


def test_the_admin_is_never_kept(client):
    client.force_login(account("prof.lyon"))
    assert "X-Page-Cache" not in client.get("/admin/")
