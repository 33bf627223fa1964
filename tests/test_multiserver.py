"""Two app servers on one PostgreSQL and one Redis, as in production (issue 8).

The test starts its own PostgreSQL cluster and Redis server from Debian's packages (installed by
`make test`) on free loopback ports, loads the demo library, and runs two gunicorn servers under
production settings. It needs no Django test database: everything goes through HTTP and manage.py.
"""

import re
import shutil
import tempfile
import time

import pytest
import requests

from scripts.servers import (
    GunicornServer,
    PostgresServer,
    RedisServer,
    manage,
    production_environment,
    shared_environment,
    sign_in,
)

PUBLISH_DEADLINE = 2.0  # seconds: a change published through one server is served by the other by then


@pytest.fixture(scope="module")
def platform():
    """PostgreSQL, Redis, the demo library, and two gunicorn servers (A and B) sharing them."""
    database, redis = PostgresServer(), RedisServer()
    folder = tempfile.mkdtemp(prefix="medhum-shared-")
    shared = shared_environment(database, folder)
    development = {**shared, "DJANGO_SETTINGS_MODULE": "medhum.settings.dev"}
    manage("migrate", "--no-input", "-v0", env=development)
    manage("load_demo", env=development)
    production = production_environment(shared, redis)
    manage("collectstatic", "--no-input", "-v0", env=production)
    servers = [GunicornServer(production, workers=2) for _ in range(2)]
    for server in servers:
        server.wait()
    yield {
        "A": servers[0].url,
        "B": servers[1].url,
        "database": database,
        "shell": lambda code: manage("shell", "-v0", "-c", code, env=development).strip(),
    }
    for server in servers:
        server.remove()
    redis.remove()
    database.remove()
    shutil.rmtree(folder, ignore_errors=True)


def admin_post(server, cookies, path):
    form = requests.get(f"{server}{path}", cookies=cookies, timeout=10)
    assert form.status_code == 200, form.status_code
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.text).group(1)
    return requests.post(
        f"{server}{path}", data={"csrfmiddlewaretoken": token}, cookies=cookies, allow_redirects=False, timeout=20
    )


def served_within(url, expected, deadline):
    started = time.monotonic()
    while time.monotonic() - started < deadline:
        response = requests.get(url, timeout=5)
        if expected(response):
            return time.monotonic() - started
        time.sleep(0.05)
    raise AssertionError(f"{url} did not change within {deadline} s")


def test_a_change_published_through_one_server_is_served_by_the_other(platform):
    a, b = platform["A"], platform["B"]
    pk, lesson_url, module_url = platform["shell"](
        "from courses.models import LessonPage; "
        "lesson = LessonPage.objects.live().filter(locale__language_code='en', alias_of=None).first(); "
        "print(lesson.pk, lesson.url, lesson.get_parent().url)"
    ).split()
    for url in (lesson_url, module_url):
        requests.get(f"{b}{url}", timeout=10)
        assert requests.get(f"{b}{url}", timeout=10).headers["X-Page-Cache"] == "hit"  # B holds it

    # An author's draft, then published through server A's admin.
    platform["shell"](
        "from courses.models import LessonPage; "
        f"lesson = LessonPage.objects.get(pk={pk}); lesson.title = 'Rewritten across servers'; lesson.save_revision()"
    )
    cookies = sign_in(a, "admin", "medhum-demo")
    response = admin_post(a, cookies, f"/admin/bulk/wagtailcore/page/publish/?id={pk}")
    assert response.status_code == 302

    elapsed = served_within(f"{b}{lesson_url}", lambda r: "Rewritten across servers" in r.text, PUBLISH_DEADLINE)
    print(f"B served the change {elapsed:.2f} s after A published it")
    # No stale page afterwards, on either server, for the lesson or the module that lists it.
    for server in (a, b):
        for url in (lesson_url, module_url, lesson_url, module_url):
            assert "Rewritten across servers" in requests.get(f"{server}{url}", timeout=10).text

    # Unpublished through A: gone from B as fast.
    response = admin_post(a, cookies, f"/admin/pages/{pk}/unpublish/")
    assert response.status_code == 302
    served_within(f"{b}{lesson_url}", lambda r: r.status_code == 404, PUBLISH_DEADLINE)

    # A session opened on A is known to B: sessions live in Redis and the database, not in a server.
    assert requests.get(f"{b}/admin/", cookies=cookies, allow_redirects=False, timeout=10).status_code == 200


def test_kept_pages_outlive_a_database_outage_and_the_site_recovers_by_itself(platform):
    b, database = platform["B"], platform["database"]
    kept, never_read = "/en/library/", "/fr/library/?level=preclinical"
    requests.get(f"{b}{kept}", timeout=10)
    assert requests.get(f"{b}{kept}", timeout=10).headers["X-Page-Cache"] == "hit"

    database.stop()
    try:
        response = requests.get(f"{b}{kept}", timeout=10)
        assert response.status_code == 200 and response.headers["X-Page-Cache"] == "hit"
        started = time.monotonic()
        response = requests.get(f"{b}{never_read}", timeout=10)
        assert response.status_code == 503 and "Retry-After" in response.headers
        assert time.monotonic() - started < 3, "an uncached page must fail fast while the database is down"
        assert requests.get(f"{b}/healthz", timeout=10).status_code == 503
    finally:
        database.start()
    served_within(f"{b}{never_read}", lambda r: r.status_code == 200, 15)
    assert requests.get(f"{b}/healthz", timeout=10).json()["status"] == "ok"


def test_a_lesson_served_under_production_settings_carries_the_security_headers(platform):
    lesson_url = platform["shell"](
        "from courses.models import LessonPage; "
        "print(LessonPage.objects.live().filter(locale__language_code='fr', alias_of=None).first().url)"
    )
    # Behind the TLS proxy, which says so in X-Forwarded-Proto.
    response = requests.get(f"{platform['A']}{lesson_url}", headers={"X-Forwarded-Proto": "https"}, timeout=10)
    assert response.status_code == 200
    print("\n".join(f"{name}: {value}" for name, value in sorted(response.headers.items())))
    headers = response.headers
    assert headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    policy = dict(part.split(" ", 1) for part in headers["Content-Security-Policy"].split("; "))
    assert policy["script-src"] == policy["style-src"] == "'self'" and policy["frame-ancestors"] == "'none'"
    assert headers["X-Frame-Options"] == "DENY" and headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "camera=()" in headers["Permissions-Policy"]
    assert "Set-Cookie" not in headers  # an anonymous reader gets no cookie

    form = requests.get(f"{platform['A']}/fr/accounts/sign-in/", headers={"X-Forwarded-Proto": "https"}, timeout=10)
    token_cookie = form.headers["Set-Cookie"]
    assert "Secure" in token_cookie and "SameSite=Lax" in token_cookie
