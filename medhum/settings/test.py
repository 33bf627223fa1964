"""Tests: a fake key, a fast password hasher, plain static files served from the source tree."""

import tempfile
from pathlib import Path

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-not-secret-medhum-commons"
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
MEDHUM_ALLOW_DEMO_DATA = True
# The images and documents of one test run, away from the development media.
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="medhum-test-media-"))
# One process: the page cache and the kept lookups are on, as in production with Redis.
PAGE_CACHE_SECONDS = 3600
# Tests sign in with force_login and reach the admin directly; tests/test_two_factor.py turns the second
# step on and proves it, and test_settings.py that production always asks for it.
TWO_FACTOR_REQUIRED = False
