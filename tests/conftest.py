import io

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.management import call_command
from django.db import connections

from tests.builders import build_lesson, build_module


def pytest_report_header(config):
    from django.conf import settings

    database = settings.DATABASES["default"]
    return f"database: {database['ENGINE'].rsplit('.', 1)[-1]} ({database.get('HOST') or 'local file'})"


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database holds the partnership and the demo library, loaded once for the whole run.

    Tests that build their own small trees build them beside it. Transactional tests (the browser
    ones) get this state back after each test through serialized rollback.
    """
    with django_db_blocker.unblock():
        call_command("load_demo", stdout=io.StringIO())
        for alias in connections:
            connection = connections[alias]
            if hasattr(connection, "_test_serialized_contents"):
                connection._test_serialized_contents = connection.creation.serialize_db_to_string()


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Wagtail caches site root paths; each test starts from what its database holds."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def staff_user(db):
    """A teacher who works in the admin: sees facilitator notes."""
    from django.contrib.auth.models import Permission

    user = get_user_model().objects.create_user("teacher", "teacher@medhum.invalid", "a-long-test-password")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


@pytest.fixture
def student_user(db):
    return get_user_model().objects.create_user("student.test", "student@medhum.invalid", "a-long-test-password")


@pytest.fixture
def module(db):
    """A small published module of two lessons at Lyon, in English."""
    module = build_module(lessons=2, authors=1)
    return module


@pytest.fixture
def lesson_with_every_block(db):
    module = build_module(lessons=0, authors=1, publish=False)
    lesson = build_lesson(module, every_block=True)
    module.save_revision().publish()
    return lesson
