"""Settings shared by every environment, safe for production on their own.

Nothing secret lives here: hosts, database and keys come from the environment
(see README, "Configuration"). `dev`, `test` and `production` refine them.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_INLINE
from django.utils.translation import gettext_lazy as _
from wagtail.embeds import oembed_providers

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent
VAR_DIR = BASE_DIR / "var"


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or not value.strip():
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG")
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "accounts",
    "home",
    "courses",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.api.v2",
    "rest_framework",
    "csp",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "wagtail.embeds",
    "wagtail.sites",
    "accounts.apps.UsersConfig",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail_localize",
    "wagtail_localize.locales",  # Wagtail's locale admin, as wagtail-localize extends it
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    # Before staticfiles, so that runserver serves static files the way production does.
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "medhum.security.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before the session: a page kept for anonymous readers needs neither a session nor the database.
    "medhum.page_cache.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "medhum.middleware.PageLocaleMiddleware",
    "medhum.middleware.RefuseNulBytesMiddleware",
    "medhum.middleware.RefuseOversizedNumbersMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "accounts.two_factor.TwoFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last: turns a sign-in refused for too many failures into the page that says so (429).
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "medhum.urls"
WSGI_APPLICATION = "medhum.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# Database: DATABASE_URL (postgres://user:password@host:port/name), else a SQLite file under var/.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'medhum.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # A database that does not answer should fail a request in seconds, not hang it.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("connect_timeout", 5)

# Cache: Redis when REDIS_URL is set (shared by every app server: pages, sessions, Wagtail's own
# lookups), else each process's memory. A Redis that stops answering slows nothing down: the cache is
# skipped and pages are built from the database.
REDIS_URL = os.environ.get("REDIS_URL", "").strip()
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "medhum",
            "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 1, "SOCKET_TIMEOUT": 1},
        }
    }
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
    # Sessions read from Redis and written through to the database: any app server, no query per request.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    # Per process: sessions stay in the database, where every process finds them.
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# How long a page (and a content lookup) is kept at most; publishing empties the cache at once (0: off).
# Without Redis each worker process would keep its own copies, and a publication seen by one worker would
# not reach the others: kept pages need the shared cache, so they are off by default without it.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "3600" if REDIS_URL else "0"))

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: the interface and the content trees exist in these three, under /<lang>/.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("fr", _("French")),
    ("zh-hans", _("Simplified Chinese")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# A translation starts as a draft, even of a published original: the original text stays on the public
# page (as an untranslated copy) until the translator publishes the translation.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# The admin speaks the partnership's three languages; each editor picks theirs in Account → Preferences.
WAGTAILADMIN_PERMITTED_LANGUAGES = [("en", "English"), ("fr", "Français"), ("zh-hans", "简体中文")]

# Static files: whitenoise serves them in every setting; production adds hashing and compression.
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", VAR_DIR / "static"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
MEDIA_URL = os.environ.get("MEDIA_URL", "/media/")
# Where `manage.py backup` writes its archives (README, Backups): never under MEDIA_ROOT, which anyone may read.
BACKUP_DIR = Path(os.environ.get("BACKUP_DIR", VAR_DIR / "backups"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# The page editor of a long lesson posts many fields.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Lessons embed recordings from these hosts only (WAGTAILEMBEDS_FINDERS): their players are plain
# iframes, which the Content-Security-Policy below lets in; any other address is offered as a link.
MEDIA_EMBED_ORIGINS = [
    "https://www.youtube.com",
    "https://www.youtube-nocookie.com",
    "https://player.vimeo.com",
]
WAGTAILEMBEDS_FINDERS = [
    {
        "class": "wagtail.embeds.finders.oembed",
        "providers": [oembed_providers.youtube, oembed_providers.vimeo],
    }
]

# Public pages run no inline script or style: nothing injected into a page can run.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "media-src": [SELF],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": MEDIA_EMBED_ORIGINS,
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# Wagtail's admin runs inline scripts and styles, shows uploads as blobs and previews pages in frames.
ADMIN_PATH_PREFIXES = ("/admin/",)
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:"],
        "media-src": [SELF, "blob:"],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "frame-src": [SELF, *MEDIA_EMBED_ORIGINS],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    }
}
# Nothing here uses a camera, a microphone, the reader's position or payments; nor may an embedded player.
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), "
    "payment=(), usb=(), browsing-topics=()"
)

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
# A signed-in session lasts one reading day, not Django's two weeks: students often read on shared
# computers in libraries and hospital wards, and a session left open there should not outlive the day.
SESSION_COOKIE_AGE = 12 * 60 * 60

# Readers sign in on the site, in their language (accounts.urls), not in the admin.
LOGIN_URL = "accounts:sign_in"

# Sign-in lockout (django-axes), on the site's sign-in and the admin's alike: five failures for one
# account from one address pause that pair for fifteen minutes. Counting the pair, not the address,
# keeps a university's shared address (one NAT for a whole campus) from locking out everyone behind it,
# and counting the pair, not the account, keeps a stranger from locking a professor out from afar.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
# Successful sign-ins are not logged with their address: failures are what the lockout needs.
AXES_DISABLE_ACCESS_LOG = True
AXES_VERBOSE = False
# The reader's address behind our reverse proxies (medhum.security.client_address): each of the
# TRUSTED_PROXY_COUNT proxies appends the address it saw to X-Forwarded-For; what a client sends there
# itself is never trusted. Without proxies (0), REMOTE_ADDR.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
AXES_CLIENT_IP_CALLABLE = "medhum.security.client_address"
AXES_USERNAME_CALLABLE = "medhum.security.attempted_username"

# Two-factor sign-in (accounts.two_factor) for every account that may use the admin; readers without
# admin access sign in with their password alone. Development turns it off for the demo accounts.
TWO_FACTOR_REQUIRED = env_bool("TWO_FACTOR_REQUIRED", default=True)
OTP_TOTP_ISSUER = "MedHum Commons"

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "MedHum Commons <noreply@localhost>")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    # Background tasks run inline here; their every start and finish is noise, their failures are not.
    # WeasyPrint reports each step of laying out a PDF handout; only its warnings matter.
    "loggers": {"django_tasks": {"level": "WARNING"}, "weasyprint": {"level": "WARNING"}},
}

# Wagtail
WAGTAIL_SITE_NAME = "MedHum Commons"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# The project normalises search text itself (courses/search.py): PostgreSQL must not stem it again,
# or it would find what SQLite does not.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "medhum.search_backend", "SEARCH_CONFIG": "simple"}}
# The admin must not call out to the internet: no update check, no gravatar.
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Uploads (medhum/uploads.py): images by name and content, at most 10 MB and 40 megapixels (all frames of
# an animation counted), never SVG; documents from an allow-list, checked by content, always downloaded as
# attachments of a fixed type, through Django (so that private collections stay private), never inline.
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_IMAGE_FORM_BASE = "medhum.uploads.SafeImageForm"
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "pptx", "odp", "xlsx", "ods", "epub", "mp3", "m4a", "ogg", "txt"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILDOCS_DOCUMENT_FORM_BASE = "medhum.uploads.SafeDocumentForm"
# What each allowed extension is served as: fixed here, since Python guesses from the machine's own
# /etc/mime.types, which a fresh server may lack.
WAGTAILDOCS_CONTENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "odt": "application/vnd.oasis.opendocument.text",
    "odp": "application/vnd.oasis.opendocument.presentation",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "epub": "application/epub+zip",
    "mp3": "audio/mpeg",
    "m4a": "audio/mp4",
    "ogg": "audio/ogg",
    "txt": "text/plain; charset=utf-8",
}
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# A lesson limited to signed-in readers sends them to the site's sign-in page; a URL name, so that it
# resolves under the language of the lesson being read (/fr/accounts/sign-in/?next=...).
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL
# Privacy of pages and document collections is "signed-in readers" (or groups) only: Wagtail stores
# shared passwords in plain text, and a password passed around a class cannot be withdrawn from one person.
WAGTAIL_PRIVATE_PAGE_OPTIONS = {"SHARED_PASSWORD": False}
WAGTAILDOCS_PRIVATE_COLLECTION_OPTIONS = {"SHARED_PASSWORD": False}

# Demo accounts and content are refused unless a development setting allows them.
MEDHUM_ALLOW_DEMO_DATA = False
