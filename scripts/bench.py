"""`make bench`: the library under load, on PostgreSQL, Redis and gunicorn, as in production.

Builds a synthetic library (default 2,000 modules of 5 lessons, across the three languages and four
institutions), serves it with gunicorn under production settings (one worker a core), drives load with
wrk from a second process (8 connections) and prints, per endpoint: requests per second, p50, p95 and
p99 latency, errors, SQL queries per request, and throughput as a ratio to a whitenoise static file
measured in the same run (the machines are shared and noisy: ratios, not absolute figures, are what
compare from run to run). Results also go to var/bench/bench-<modules>.json.

    python scripts/bench.py --modules 2000 --seconds 10
"""

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scripts.servers import (
    PYTHON,
    ROOT,
    GunicornServer,
    PostgresServer,
    RedisServer,
    manage,
    production_environment,
    shared_environment,
    sign_in,
)

READER, READER_PASSWORD = "bench.reader", "bench-reader-password"
CONNECTIONS = 8
SAMPLE = 50  # module and lesson addresses cycled through by the load
# Endpoints: (name, modes, addresses). "signed in" is never cached; "anonymous" is served by the page cache.
PAGE_MODES = ("signed in", "anonymous")


def endpoints(sample):
    return [
        ("static file (whitenoise)", ("anonymous",), ["/static/css/medhum.css"]),
        ("home", PAGE_MODES, ["/en/", "/fr/", "/zh-hans/"]),
        ("library", PAGE_MODES, ["/en/library/", "/fr/library/", "/zh-hans/library/"]),
        (
            "library, two filters",
            PAGE_MODES,
            [
                "/en/library/?theme=ethics&institution=lyon",
                "/fr/library/?theme=empathy&level=clinical",
                "/zh-hans/library/?institution=sjtu&license=cc-by",
            ],
        ),
        ("module", PAGE_MODES, sample["modules"]),
        ("lesson", PAGE_MODES, sample["lessons"]),
        ("search, English", PAGE_MODES, ["/en/search/?q=consent", "/en/search/?q=patient+story"]),
        ("search, French", PAGE_MODES, [f"/fr/search/?q={quote('éthique')}", "/fr/search/?q=consentement"]),
        (
            "search, Chinese",
            PAGE_MODES,
            [f"/zh-hans/search/?q={quote('共情')}", f"/zh-hans/search/?q={quote('知情同意')}"],
        ),
        ("search, new queries", ("signed in",), new_queries()),
        ("API, module list", PAGE_MODES, ["/api/v2/pages/?type=courses.ModulePage&limit=20&fields=title"]),
    ]


def new_queries(count=400):
    """Searches asked once each: what a search costs before its results are kept (medhum/page_cache.memo)."""
    from courses.content.synthetic_text import SENTENCES, TOPICS

    picker = random.Random(1)
    words = {
        language: sorted({word.strip(".,;:'’") for sentence in SENTENCES[language] for word in sentence.split()})
        for language in ("en", "fr")
    }
    queries = []
    for number in range(count):
        language = ("en", "fr", "zh-hans")[number % 3]
        if language == "zh-hans":
            terms = picker.sample(TOPICS[language], 2)
        else:
            terms = picker.sample([word for word in words[language] if len(word) > 3], 2)
        queries.append(f"/{language}/search/?q={quote(' '.join(terms))}")
    return queries


def run_wrk(server, paths, cookie, seconds):
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as listing:
        listing.write("\n".join(paths) + "\n")
    environment = {**os.environ, "BENCH_PATHS": listing.name, "BENCH_COOKIE": cookie}
    # A slow answer is measured as latency; only a failed one is an error (gunicorn's own timeout is 30 s).
    command = ["wrk", "-t", "2", "-c", str(CONNECTIONS), "-d", f"{seconds}s", "--timeout", "30s"]
    command += ["-s", str(ROOT / "scripts/bench.lua")]
    completed = subprocess.run([*command, server], env=environment, capture_output=True, text=True, check=True)
    os.unlink(listing.name)
    result = json.loads(completed.stdout.strip().splitlines()[-1])
    result["rps"] = result["requests"] / (result["duration_us"] / 1e6)
    return result


def count_queries(environment, addresses):
    """SQL queries and writes of one request to each address, signed in (uncached) and anonymous."""
    code = f"""
import json
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
addresses = {json.dumps(addresses)}
reader = get_user_model().objects.get(username={READER!r})
results = {{}}
for mode in {list(PAGE_MODES)!r}:
    client = Client(HTTP_HOST="127.0.0.1")
    if mode == "signed in":
        client.force_login(reader)
    for name, address in addresses.items():
        client.get(address)  # the first request of a process fills Wagtail's and Django's own caches
        with CaptureQueriesContext(connection) as queries:
            status = client.get(address).status_code
        verbs = [q["sql"].lstrip().split(" ", 1)[0].upper() for q in queries]
        writes = [verb for verb in verbs if verb in ("INSERT", "UPDATE", "DELETE")]
        results[mode + "|" + name] = {{"queries": len(queries), "writes": len(writes), "status": status}}
print(json.dumps(results))
"""
    return json.loads(manage("shell", "-v0", "-c", code, env=environment).strip().splitlines()[-1])


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--modules", type=int, default=int(os.environ.get("MODULES", 2000)))
    parser.add_argument("--lessons", type=int, default=5)
    parser.add_argument("--seconds", type=int, default=int(os.environ.get("SECONDS_PER_ENDPOINT", 10)))
    parser.add_argument("--workers", type=int, default=os.cpu_count())
    options = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("wrk is not installed (Debian: wrk); `make bench` installs it.")

    started = time.monotonic()
    database, redis = PostgresServer(), RedisServer()
    folder = tempfile.mkdtemp(prefix="medhum-bench-")
    server = None
    try:
        shared = shared_environment(database, folder)
        development = {**shared, "DJANGO_SETTINGS_MODULE": "medhum.settings.dev"}
        print(f"Building a library of {options.modules} modules of {options.lessons} lessons...", flush=True)
        manage("migrate", "--no-input", "-v0", env=development)
        build_started = time.monotonic()
        manage(
            "build_synthetic_library", f"--modules={options.modules}", f"--lessons={options.lessons}", env=development
        )
        build_seconds = time.monotonic() - build_started
        sample = json.loads(
            manage(
                "shell",
                "-v0",
                "-c",
                f"""
import json, random
from django.contrib.auth import get_user_model
from courses.models import LessonPage, ModulePage
get_user_model().objects.create_user({READER!r}, password={READER_PASSWORD!r})
picker = random.Random(8)
modules = list(ModulePage.objects.live().values_list("url_path", flat=True))
lessons = list(LessonPage.objects.live().values_list("url_path", flat=True))
def address(url_path):  # url_path is /home[-lang]/library/...: the address is /<lang>/library/...
    root, rest = url_path.strip("/").split("/", 1)
    return "/" + (root.split("-", 1)[1] if "-" in root else "en") + "/" + rest + "/"
print(json.dumps({{"modules": [address(p) for p in picker.sample(modules, min({SAMPLE}, len(modules)))],
                  "lessons": [address(p) for p in picker.sample(lessons, min({SAMPLE}, len(lessons)))]}}))
""",
                env=development,
            )
            .strip()
            .splitlines()[-1]
        )
        production = production_environment(shared, redis)
        manage("collectstatic", "--no-input", "-v0", env=production)
        server = GunicornServer(production, workers=options.workers).wait()
        cookies = sign_in(server.url, READER, READER_PASSWORD, path="/en/accounts/sign-in/")
        cookie = "; ".join(f"{name}={value}" for name, value in cookies.items())
        plan = endpoints(sample)
        queries = count_queries(production, {name: addresses[0] for name, modes, addresses in plan})

        rows = []
        for name, modes, addresses in plan:
            for mode in modes:
                if name != "search, new queries":
                    # Steady state: the page cache (anonymous) or the kept lookups (signed in) are filled.
                    run_wrk(server.url, addresses, cookie if mode == "signed in" else "", 1)
                print(f"  {name}, {mode}...", flush=True)
                result = run_wrk(server.url, addresses, cookie if mode == "signed in" else "", options.seconds)
                counted = queries.get(f"{mode}|{name}", {})
                rows.append({"endpoint": name, "mode": mode, **result, **counted})
        static_rps = rows[0]["rps"]
        for row in rows:
            row["ratio"] = row["rps"] / static_rps
    finally:
        if server:
            server.remove()
        redis.remove()
        database.remove()
        shutil.rmtree(folder, ignore_errors=True)

    report(rows, options, build_seconds, time.monotonic() - started)


def report(rows, options, build_seconds, total_seconds):
    columns = ["req/s", "p50 ms", "p95 ms", "p99 ms", "errors", "SQL", "writes", "ratio"]
    header = f"{'endpoint':26} {'reader':10} " + " ".join(f"{column:>8}" for column in columns)
    lines = [
        f"MedHum Commons bench: {options.modules} modules x {options.lessons} lessons, {options.workers} gunicorn "
        f"workers, {CONNECTIONS} connections, {options.seconds} s an endpoint (library built in {build_seconds:.0f} s)",
        header,
        "-" * len(header),
    ]
    for row in rows:
        errors = row["socket_errors"] + row["status_errors"]
        lines.append(
            f"{row['endpoint']:26} {row['mode']:10} {row['rps']:8.1f} {row['p50_us'] / 1000:8.1f} "
            f"{row['p95_us'] / 1000:8.1f} {row['p99_us'] / 1000:8.1f} {errors:8d} {row.get('queries', '-'):>8} "
            f"{row.get('writes', '-'):>8} {row['ratio']:8.3f}"
        )
    lines.append(f"ratio: requests per second over the static file's, in this run. Total {total_seconds:.0f} s.")
    print("\n".join(lines))
    output = ROOT / "var" / "bench" / f"bench-{options.modules}.json"
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(
        json.dumps(
            {
                "modules": options.modules,
                "lessons_per_module": options.lessons,
                "workers": options.workers,
                "connections": CONNECTIONS,
                "seconds_per_endpoint": options.seconds,
                "build_seconds": round(build_seconds, 1),
                "python": PYTHON,
                "rows": rows,
            },
            indent=2,
        )
    )
    print(f"Results written to {output.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
