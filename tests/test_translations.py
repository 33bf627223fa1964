"""The interface exists in French and Simplified Chinese, complete and compiled."""

import subprocess
from pathlib import Path

import pytest

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"


@pytest.mark.parametrize("language", ["fr", "zh_Hans"])
def test_catalogue_has_no_untranslated_or_fuzzy_entries(language):
    catalogue = LOCALE_DIR / language / "LC_MESSAGES" / "django.po"
    result = subprocess.run(
        ["msgfmt", "--check", "--statistics", "-o", "/dev/null", str(catalogue)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "untranslated" not in result.stderr and "fuzzy" not in result.stderr, result.stderr
    assert "translated messages" in result.stderr


@pytest.mark.parametrize("language", ["fr", "zh_Hans"])
def test_catalogue_is_compiled_by_the_set_up(language):
    source = LOCALE_DIR / language / "LC_MESSAGES" / "django.po"
    compiled = source.with_suffix(".mo")
    assert compiled.exists()
    assert compiled.stat().st_mtime >= source.stat().st_mtime
