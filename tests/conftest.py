import pytest
from django.core.cache import cache
from django.db import connection


def pytest_report_header(config):
    from django.conf import settings

    database = settings.DATABASES["default"]
    return f"database: {database['ENGINE'].rsplit('.', 1)[-1]} ({database.get('HOST') or 'local file'})"


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Wagtail caches site root paths; each test starts from what its database holds."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def database_vendor():
    return connection.vendor
