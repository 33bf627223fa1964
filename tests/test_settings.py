"""Settings come from the environment; production refuses to start half-configured."""

import subprocess

import pytest

from tests.helpers import BASE_DIR, manage, run_python

PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "medhum.settings.production",
    "SECRET_KEY": "k7#Qx9!vLm2@Rt5^Wz8&Np4*Hs6(Jd3)Fb1_Gc0+Ye-Ua?Io=Pe~Ki[Ml]On}Bq{Cr|Ds",
    "ALLOWED_HOSTS": "commons.example.org",
    "DATABASE_URL": "postgres://medhum:secret@db.example.org:5432/medhum",
}


def test_check_deploy_is_clean_under_production_settings():
    result = manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_cookies_are_secure_http_only_and_same_site():
    names = ["SESSION_COOKIE_SECURE", "SESSION_COOKIE_HTTPONLY", "SESSION_COOKIE_SAMESITE", "CSRF_COOKIE_SECURE"]
    names += ["CSRF_COOKIE_SAMESITE", "SECURE_HSTS_SECONDS", "SECURE_SSL_REDIRECT"]
    code = f"from django.conf import settings; print([getattr(settings, name) for name in {names!r}])"
    assert run_python(code, **PRODUCTION).stdout.strip() == "[True, True, 'Lax', True, 'Lax', 31536000, True]"


def test_production_always_asks_admin_accounts_for_a_second_factor_and_counts_failed_sign_ins():
    code = (
        "from django.conf import settings; "
        "print(settings.TWO_FACTOR_REQUIRED, settings.AXES_ENABLED, settings.AXES_FAILURE_LIMIT, "
        "'accounts.two_factor.TwoFactorMiddleware' in settings.MIDDLEWARE, settings.AUTHENTICATION_BACKENDS[0])"
    )
    result = run_python(code, **PRODUCTION, TWO_FACTOR_REQUIRED="0")
    assert result.stdout.strip() == "True True 5 True axes.backends.AxesStandaloneBackend", result.stderr


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL"])
def test_production_refuses_to_start_without_a_required_variable(missing):
    environment = {key: value for key, value in PRODUCTION.items() if key != missing}
    result = manage("check", **environment)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"MedHum Commons: {missing} must be set in the environment for production (see README, Configuration)."
    ]


def test_production_serves_hashed_compressed_static_files():
    result = run_python(
        "from django.conf import settings; print(settings.STORAGES['staticfiles']['BACKEND'])", **PRODUCTION
    )
    assert result.stdout.strip() == "whitenoise.storage.CompressedManifestStaticFilesStorage"
    assert (
        "whitenoise.middleware.WhiteNoiseMiddleware"
        in run_python("from django.conf import settings; print(settings.MIDDLEWARE)", **PRODUCTION).stdout
    )


@pytest.mark.parametrize("settings_module", ["medhum.settings.dev", "medhum.settings.production"])
def test_settings_read_hosts_and_media_root_from_the_environment(settings_module, tmp_path):
    environment = {**PRODUCTION, "DJANGO_SETTINGS_MODULE": settings_module}
    environment.update(ALLOWED_HOSTS="a.example.org, b.example.org", MEDIA_ROOT=str(tmp_path))
    result = run_python(
        "from django.conf import settings; print(settings.ALLOWED_HOSTS, settings.MEDIA_ROOT)", **environment
    )
    assert result.stdout.strip() == f"['a.example.org', 'b.example.org'] {tmp_path}"


def test_database_defaults_to_a_sqlite_file_under_var_that_git_ignores():
    result = run_python(
        "from django.conf import settings; print(settings.DATABASES['default']['NAME'])",
        DJANGO_SETTINGS_MODULE="medhum.settings.dev",
    )
    assert result.stdout.strip() == str(BASE_DIR / "var" / "medhum.sqlite3")
    ignored = subprocess.run(["git", "check-ignore", "-q", "var/medhum.sqlite3"], cwd=BASE_DIR)
    assert ignored.returncode == 0, "var/ must be ignored by git"


def test_debug_is_off_unless_the_environment_turns_it_on():
    code = "from django.conf import settings; print(settings.DEBUG)"
    assert run_python(code, DJANGO_SETTINGS_MODULE="medhum.settings.base").stdout.strip() == "False"
    assert run_python(code, DJANGO_SETTINGS_MODULE="medhum.settings.base", DEBUG="true").stdout.strip() == "True"
    assert run_python(code, **PRODUCTION, DEBUG="true").stdout.strip() == "False"


def test_production_settings_refuse_to_create_demo_accounts():
    result = manage("load_demo", **PRODUCTION)
    assert result.returncode == 1
    assert "Demo accounts are for development only" in result.stderr
    assert (
        run_python(
            "from django.conf import settings; print(settings.MEDHUM_ALLOW_DEMO_DATA)", **PRODUCTION
        ).stdout.strip()
        == "False"
    )


def test_pages_are_kept_only_in_a_cache_every_worker_shares():
    code = (
        "from django.conf import settings; "
        "print(settings.CACHES['default']['BACKEND'], settings.SESSION_ENGINE, settings.PAGE_CACHE_SECONDS)"
    )
    with_redis = run_python(code, **PRODUCTION, REDIS_URL="redis://cache.internal:6379/0").stdout.split()
    assert with_redis == ["django_redis.cache.RedisCache", "django.contrib.sessions.backends.cached_db", "3600"]
    # Without Redis, each worker process would keep its own pages, out of reach of a publication elsewhere.
    without = run_python(code, **PRODUCTION).stdout.split()
    assert without == ["django.core.cache.backends.locmem.LocMemCache", "django.contrib.sessions.backends.db", "0"]
