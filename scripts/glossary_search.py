"""What the glossary adds to search: for five queries in each language, the results with and without carrying
the query across languages, and what that costs (SQL queries, time) on the demo library.

Run with `make glossary-search` (which loads the demo library first). Nothing is kept between searches
(no cache), so each figure is the cost of a search nobody asked before; times are medians of a few runs,
and the ratio is from this run only (the machines are shared).
"""

import os
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "medhum.settings.dev")

import django

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, override_settings  # noqa: E402

QUERIES = {
    "en": ["empathy", "informed consent", "palliative care", "narrative medicine", "hidden curriculum"],
    "fr": ["empathie", "consentement éclairé", "soins palliatifs", "biais cognitif", "piété filiale"],
    "zh-hans": ["共情", "知情同意", "安宁疗护", "孝道", "医患沟通中的叙事医学"],
}
RUNS = 5


def measure(client, language, query, exact):
    url = f"/{language}/search/"
    params = {"q": query} | ({"exact": "1"} if exact else {})
    times = []
    for _ in range(RUNS):
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            response = client.get(url, params)
            times.append(time.perf_counter() - started)
        assert response.status_code == 200, response.status_code
    html = response.content.decode()
    counts = {code: html.count(f'<li class="search-result" lang="{code}">') for code in QUERIES}
    status = re.search(r'class="filter-status" role="status">[^<]*?(\d+)', html)
    return int(status.group(1)) if status else 0, counts, len(queries), statistics.median(times)


def main():
    client = Client(HTTP_HOST="localhost")
    rows, expanded_times, exact_times = [], [], []
    with override_settings(PAGE_CACHE_SECONDS=0):
        for language, queries in QUERIES.items():
            for query in queries:
                with_glossary = measure(client, language, query, exact=False)
                as_typed = measure(client, language, query, exact=True)
                expanded_times.append(with_glossary[3])
                exact_times.append(as_typed[3])
                rows.append((language, query, with_glossary, as_typed))
    print(f"{'tree':<8} {'query':<24} {'with glossary':>28} {'words as typed':>28}   SQL   ms (glossary / typed)")
    for language, query, (total, counts, sql, seconds), (total2, counts2, sql2, seconds2) in rows:

        def shown(total, counts):
            return f"{total:>3} ({' '.join(f'{code}:{number}' for code, number in counts.items())})"

        print(
            f"{language:<8} {query:<24} {shown(total, counts):>28} {shown(total2, counts2):>28}"
            f"   {sql}/{sql2}   {seconds * 1000:.0f} / {seconds2 * 1000:.0f}"
        )
    ratio = statistics.median(expanded_times) / statistics.median(exact_times)
    print("results: total, then page-one results by the language they are written in")
    print(f"median time with the glossary over the words as typed, this run: {ratio:.2f}")


if __name__ == "__main__":
    main()
