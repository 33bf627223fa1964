"""SQL queries of the pages signed-in readers get (never from the page cache): few, fixed, and no writes.

Issue 8's budget: at most 15 queries for a lesson or a module page, 20 for the library, whatever the
size of the library. The first request fills Wagtail's and the project's kept lookups (memos); the
budget is for the requests after it, as most requests are.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.models import LessonPage, ModulePage
from tests.builders import build_module
from tests.lookups import account

pytestmark = pytest.mark.django_db
WRITES = ("INSERT", "UPDATE", "DELETE")


def queries_for(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    writes = [query["sql"] for query in captured if query["sql"].lstrip().upper().startswith(WRITES)]
    assert not writes, writes
    return len(captured)


def addresses():
    module = ModulePage.objects.live().get(slug="informed-consent-across-cultures", locale__language_code="en")
    lesson = LessonPage.objects.live().child_of(module).first()
    return {
        "module": (module.url, 15),
        "lesson": (lesson.url, 15),
        "library": ("/en/library/", 20),
        "library, two filters": ("/en/library/?theme=ethics&institution=lyon", 20),
        "library in Chinese, two filters": ("/zh-hans/library/?language=fr&level=clinical", 20),
    }


@pytest.fixture(autouse=True)
def sessions_as_in_production(settings):
    """Production keeps sessions in Redis, written through to the database (base settings, REDIS_URL)."""
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"


def test_signed_in_pages_stay_within_their_query_budget_as_the_library_grows(client):
    client.force_login(account("student"))
    before = {name: queries_for(client, url) for name, (url, _budget) in addresses().items()}
    for name, (_url, budget) in addresses().items():
        assert before[name] <= budget, f"{name}: {before[name]} queries, budget {budget}"

    for number in range(12):
        build_module(lessons=2, institution=["lyon", "ottawa", "sjtu", "shutcm"][number % 4])
    after = {name: queries_for(client, url) for name, (url, _budget) in addresses().items()}
    assert after == before


def test_teaching_staff_pages_stay_within_the_budget_too(client):
    client.force_login(account("prof.ottawa"))
    for name, (url, budget) in addresses().items():
        assert queries_for(client, url) <= budget, name


def test_the_page_at_an_address_is_found_through_an_index():
    """`HomePage.route` looks pages up by URL path: without an index that reads every page of every tree."""
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, "wagtailcore_page")
    assert any(constraint["index"] and constraint["columns"] == ["url_path"] for constraint in constraints.values())
