"""A production-like platform on loopback: PostgreSQL and Redis from Debian's packages, gunicorn servers.

Used by the multi-server test and by `make bench`. Each server gets a free port and a folder of its
own, so nothing else on the machine is touched.
"""

import glob
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
PG_BIN = max(glob.glob("/usr/lib/postgresql/*/bin"), default=None, key=lambda path: int(path.split("/")[-2]))


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
    """A throw-away PostgreSQL cluster with one database, `medhum`, owned by the superuser `medhum`."""

    def __init__(self):
        if PG_BIN is None:
            raise RuntimeError("PostgreSQL is not installed (Debian: postgresql); `make test` installs it")
        self.port = free_port()
        self.folder = tempfile.mkdtemp(prefix="medhum-pg-")
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres", "postgres")
        self.data = f"{self.folder}/data"
        self.url = f"postgres://medhum@127.0.0.1:{self.port}/medhum"
        initdb = [f"{PG_BIN}/initdb", "-D", self.data, "-U", "medhum", "-A", "trust", "-E", "UTF8"]
        subprocess.run(as_database_owner(initdb), check=True, capture_output=True)
        self.start()
        createdb = [f"{PG_BIN}/createdb", "-h", "127.0.0.1", "-p", str(self.port), "-U", "medhum", "medhum"]
        subprocess.run(as_database_owner(createdb), check=True)

    def start(self):
        # fsync off: a throw-away cluster, where durability is not what is measured.
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        start = [f"{PG_BIN}/pg_ctl", "-D", self.data, "-o", options, "-l", f"{self.folder}/log", "-w", "start"]
        subprocess.run(as_database_owner(start), check=True, capture_output=True)

    def stop(self):
        stop = [f"{PG_BIN}/pg_ctl", "-D", self.data, "-m", "fast", "-w", "stop"]
        subprocess.run(as_database_owner(stop), capture_output=True)

    def remove(self):
        self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)


class RedisServer:
    def __init__(self):
        if shutil.which("redis-server") is None:
            raise RuntimeError("Redis is not installed (Debian: redis-server); `make test` installs it")
        self.port = free_port()
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
        )
        wait_for_port(self.port)
        self.url = f"redis://127.0.0.1:{self.port}/0"

    def remove(self):
        self.process.terminate()
        self.process.wait(timeout=10)


def manage(*arguments, env, capture=True):
    """Run manage.py with `env`; its output as text."""
    completed = subprocess.run(
        [PYTHON, "manage.py", *arguments], cwd=ROOT, env=env, check=True, capture_output=capture, text=True
    )
    return completed.stdout if capture else ""


def shared_environment(database, shared_folder):
    """What every process of the platform shares: the database and the media storage."""
    environment = {
        **os.environ,
        "DATABASE_URL": database.url,
        "MEDIA_ROOT": str(Path(shared_folder) / "media"),
        "STATIC_ROOT": str(Path(shared_folder) / "static"),
    }
    environment.pop("DJANGO_SETTINGS_MODULE", None)
    return environment


def production_environment(shared, redis, **extra):
    return {
        **shared,
        "DJANGO_SETTINGS_MODULE": "medhum.settings.production",
        "SECRET_KEY": "local-platform-" + "x" * 40,
        "ALLOWED_HOSTS": "127.0.0.1",
        "REDIS_URL": redis.url,
        # Served over plain HTTP on loopback, with no proxy in front.
        "SECURE_SSL_REDIRECT": "false",
        **extra,
    }


class GunicornServer:
    def __init__(self, environment, workers):
        self.port = free_port()
        self.process = subprocess.Popen(
            [PYTHON, "-m", "gunicorn", "-c", "gunicorn.conf.py", "medhum.wsgi"],
            cwd=ROOT,
            env={**environment, "PORT": str(self.port), "WEB_CONCURRENCY": str(workers)},
            stderr=subprocess.DEVNULL,
        )
        self.url = f"http://127.0.0.1:{self.port}"

    def wait(self):
        wait_for_port(self.port)
        return self

    def remove(self):
        self.process.terminate()
        self.process.wait(timeout=30)


def sign_in(server, username, password, path="/admin/login/"):
    """A session on `server` through a sign-in form (the admin's, or the readers' one).

    Returns the cookies, to send by hand: production marks them Secure (HTTPS only), and these servers
    speak plain HTTP on loopback.
    """
    import base64
    import re

    import requests

    login = requests.get(f"{server}{path}", timeout=10)
    cookies = dict(login.cookies)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', login.text).group(1)
    response = requests.post(
        f"{server}{path}",
        data={"username": username, "password": password, "csrfmiddlewaretoken": token},
        cookies=cookies,
        allow_redirects=False,
        timeout=10,
    )
    if response.status_code != 302:
        raise RuntimeError(f"could not sign in as {username} on {server}: {response.status_code}")
    cookies = {**cookies, **dict(response.cookies)}
    # Production asks an admin account for a second factor: set up an authenticator app as a person would,
    # reading the key off the set-up page and answering with the code it gives.
    step = requests.get(f"{server}/admin/", cookies=cookies, allow_redirects=False, timeout=10)
    if step.status_code == 302 and "/accounts/two-factor/setup/" in step.headers["Location"]:
        from django_otp.oath import totp

        setup = requests.get(f"{server}{step.headers['Location']}", cookies=cookies, timeout=10)
        key = re.search(r'<code class="qr-code__key" translate="no">([A-Z2-7 ]+)</code>', setup.text).group(1)
        code = f"{totp(base64.b32decode(key.replace(' ', ''))):06d}"
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', setup.text).group(1)
        confirmed = requests.post(
            setup.url,
            data={"code": code, "csrfmiddlewaretoken": token},
            cookies={**cookies, **dict(setup.cookies)},
            allow_redirects=False,
            timeout=10,
        )
        if "<code>" not in confirmed.text:
            raise RuntimeError(f"could not set up two-factor sign-in for {username} on {server}")
        cookies = {**cookies, **dict(setup.cookies), **dict(confirmed.cookies)}
    return cookies
