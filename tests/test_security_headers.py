"""Security headers: a Content-Security-Policy without inline scripts on public pages, the admin's own
policy, and the other headers, on built and on kept pages alike."""

import pytest

from courses.models import LessonPage

pytestmark = pytest.mark.django_db


def directives(response):
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in policy.split("; ") if part.strip()}


def public_pages():
    lesson = LessonPage.objects.filter(locale__language_code="en", alias_of__isnull=True).first()
    return ["/en/", "/en/library/?theme=ethics", "/en/search/?q=empathy", "/fr/glossary/", lesson.url, "/en/nowhere/"]


def test_public_pages_allow_no_inline_script_nor_style_and_no_framing(client):
    for url in public_pages():
        response = client.get(url)
        policy = directives(response)
        assert policy["script-src"] == ["'self'"], url
        assert policy["style-src"] == ["'self'"], url
        assert policy["object-src"] == ["'none'"] and policy["base-uri"] == ["'self'"], url
        assert policy["frame-ancestors"] == ["'none'"] and response["X-Frame-Options"] == "DENY", url
        assert "'unsafe-inline'" not in response["Content-Security-Policy"], url
        assert response["X-Content-Type-Options"] == "nosniff", url
        assert response["Referrer-Policy"] == "strict-origin-when-cross-origin", url
        assert "camera=()" in response["Permissions-Policy"] and "geolocation=()" in response["Permissions-Policy"]


def test_pages_kept_for_anonymous_readers_carry_the_same_headers(client):
    url = public_pages()[-2]
    built = client.get(url)
    kept = client.get(url)
    assert kept["X-Page-Cache"] == "hit"
    for header in ("Content-Security-Policy", "Permissions-Policy", "X-Content-Type-Options", "Referrer-Policy"):
        assert kept[header] == built[header], header


def test_recordings_play_only_from_the_hosts_the_policy_lets_in(client, settings):
    frames = directives(client.get("/en/"))["frame-src"]
    assert frames == settings.MEDIA_EMBED_ORIGINS
    providers = {provider["endpoint"] for finder in settings.WAGTAILEMBEDS_FINDERS for provider in finder["providers"]}
    assert providers and all("youtube.com" in endpoint or "vimeo.com" in endpoint for endpoint in providers)


def test_the_admin_has_its_own_policy(admin_client):
    response = admin_client.get("/admin/")
    policy = directives(response)
    assert "'unsafe-inline'" in policy["script-src"]  # Wagtail's admin runs inline scripts (STACK.md, 12)
    assert policy["frame-ancestors"] == ["'self'"]  # its page preview
    assert policy["object-src"] == ["'none'"]


def test_https_answers_carry_hsts(client, settings):
    settings.SECURE_HSTS_SECONDS = 31_536_000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    response = client.get("/en/", secure=True)
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"
