"""Two app servers on one PostgreSQL and one Redis, as in production (issue 8).

The test starts its own PostgreSQL cluster and Redis server from Debian's packages (installed by
`make test`) on free loopback ports, loads the demo library, and runs two gunicorn servers under
production settings. It needs no Django test database: everything goes through HTTP and manage.py.
"""

import glob
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
import requests

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
PG_BIN = max(glob.glob("/usr/lib/postgresql/*/bin"), default=None, key=lambda path: int(path.split("/")[-2]))
PUBLISH_DEADLINE = 2.0  # seconds: a change published through one server is served by the other by then


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise TimeoutError(f"nothing listens on port {port} after {timeout} s")


def as_database_owner(command):
    """PostgreSQL refuses to run as root: as root, run its commands as the `postgres` system user."""
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


class PostgresServer:
    def __init__(self):
        self.port = free_port()
        self.folder = tempfile.mkdtemp(prefix="medhum-pg-")
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres", "postgres")
        self.data = f"{self.folder}/data"
        subprocess.run(
            as_database_owner([f"{PG_BIN}/initdb", "-D", self.data, "-U", "medhum", "-A", "trust", "-E", "UTF8"]),
            check=True,
            capture_output=True,
        )
        self.url = f"postgres://medhum@127.0.0.1:{self.port}/medhum"

    def start(self):
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        subprocess.run(
            as_database_owner(
                [f"{PG_BIN}/pg_ctl", "-D", self.data, "-o", options, "-l", f"{self.folder}/log", "-w", "start"]
            ),
            check=True,
            capture_output=True,
        )

    def stop(self):
        subprocess.run(
            as_database_owner([f"{PG_BIN}/pg_ctl", "-D", self.data, "-m", "fast", "-w", "stop"]), capture_output=True
        )


def start_redis():
    port = free_port()
    process = subprocess.Popen(
        ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    wait_for_port(port)
    return process, f"redis://127.0.0.1:{port}/0"


@pytest.fixture(scope="module")
def platform():
    """PostgreSQL, Redis, the demo library, and two gunicorn servers (A and B) sharing them."""
    assert PG_BIN and shutil.which("redis-server"), "`make test` installs Debian's postgresql and redis-server"
    database = PostgresServer()
    database.start()
    redis, redis_url = start_redis()
    shared = Path(tempfile.mkdtemp(prefix="medhum-shared-"))
    common = {
        **os.environ,
        "DATABASE_URL": database.url,
        "MEDIA_ROOT": str(shared / "media"),  # the storage every app server shares
        "STATIC_ROOT": str(shared / "static"),
    }
    common.pop("DJANGO_SETTINGS_MODULE", None)
    subprocess.run(
        as_database_owner(
            [f"{PG_BIN}/createdb", "-h", "127.0.0.1", "-p", str(database.port), "-U", "medhum", "medhum"]
        ),
        check=True,
    )
    development = {**common, "DJANGO_SETTINGS_MODULE": "medhum.settings.dev"}
    for command in (["migrate", "--no-input", "-v0"], ["load_demo"]):
        subprocess.run([PYTHON, "manage.py", *command], cwd=ROOT, env=development, check=True, capture_output=True)
    production = {
        **common,
        "DJANGO_SETTINGS_MODULE": "medhum.settings.production",
        "SECRET_KEY": "multi-server-test-" + "x" * 40,
        "ALLOWED_HOSTS": "127.0.0.1",
        "REDIS_URL": redis_url,
        "SECURE_SSL_REDIRECT": "false",
        "WEB_CONCURRENCY": "2",
    }
    subprocess.run([PYTHON, "manage.py", "collectstatic", "--no-input", "-v0"], cwd=ROOT, env=production, check=True)
    servers = {}
    for name in ("A", "B"):
        port = free_port()
        process = subprocess.Popen(
            [PYTHON, "-m", "gunicorn", "-c", "gunicorn.conf.py", "medhum.wsgi"],
            cwd=ROOT,
            env={**production, "PORT": str(port)},
            stderr=subprocess.DEVNULL,
        )
        servers[name] = (process, f"http://127.0.0.1:{port}")
    for _process, url in servers.values():
        wait_for_port(int(url.rsplit(":", 1)[1]))
    yield {
        "A": servers["A"][1],
        "B": servers["B"][1],
        "database": database,
        "shell": lambda code: subprocess.run(
            [PYTHON, "manage.py", "shell", "-v0", "-c", code],
            cwd=ROOT,
            env=development,
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip(),
    }
    for process, _url in servers.values():
        process.terminate()
        process.wait(timeout=20)
    redis.terminate()
    database.stop()
    shutil.rmtree(shared, ignore_errors=True)
    subprocess.run(["rm", "-rf", database.folder])


def sign_in(server, username):
    """An admin session on `server`: cookies sent by hand, since production marks them Secure (HTTPS only)."""
    login = requests.get(f"{server}/admin/login/", timeout=10)
    cookies = dict(login.cookies)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', login.text).group(1)
    response = requests.post(
        f"{server}/admin/login/",
        data={"username": username, "password": "medhum-demo", "csrfmiddlewaretoken": token},
        cookies=cookies,
        allow_redirects=False,
        timeout=10,
    )
    assert response.status_code == 302, response.text[:500]
    return {**cookies, **dict(response.cookies)}


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
    cookies = sign_in(a, "admin")
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
