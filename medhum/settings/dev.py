"""Development: DEBUG, a fake key, mails on the console, SQLite under var/ by default."""

import os

from .base import *  # noqa: F403
from .base import env_bool, env_list

DEBUG = env_bool("DEBUG", default=True)
SECRET_KEY = "dev-only-not-secret-medhum-commons"
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
MEDHUM_ALLOW_DEMO_DATA = True
# runserver is one process: its own memory is a cache every request shares.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "3600"))
# The demo accounts sign in with their password alone; TWO_FACTOR_REQUIRED=1 shows the two-factor steps.
TWO_FACTOR_REQUIRED = env_bool("TWO_FACTOR_REQUIRED", default=False)
