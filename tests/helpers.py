"""Run the project in a separate Python process, as a deployment would, with a chosen environment."""

import os
import subprocess
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

# Variables that belong to the test process only: a deployment never has them.
TEST_ONLY_VARIABLES = {"DJANGO_ALLOW_ASYNC_UNSAFE", "DATABASE_URL", "DJANGO_SETTINGS_MODULE"}


def run(arguments, environment):
    env = {key: value for key, value in os.environ.items() if key not in TEST_ONLY_VARIABLES}
    env.update(environment)
    return subprocess.run(
        [sys.executable, *arguments], cwd=BASE_DIR, env=env, capture_output=True, text=True, timeout=120
    )


def manage(*arguments, **environment):
    return run(["manage.py", *arguments], environment)


def run_python(code, **environment):
    """Run `code` after django.setup() under the settings that `environment` selects."""
    return run(["-c", f"import django; django.setup()\n{code}"], environment)
