"""Load the demo library and its accounts, for development and tests only.

Idempotent: a second run finds everything in place and changes nothing.
"""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from courses.content.build import ensure_demo_library, page_counts

DEMO_PASSWORD = "medhum-demo"
DEMO_ACCOUNTS = [
    ("admin", "site manager (everything in /admin/)"),
]


class Command(BaseCommand):
    help = "Create the demo accounts and library (development only)."

    def handle(self, *args, **options):
        if not settings.MEDHUM_ALLOW_DEMO_DATA:
            raise CommandError(
                "Demo accounts are for development only: these settings do not allow them (MEDHUM_ALLOW_DEMO_DATA)."
            )
        created = ensure_demo_accounts()
        # Wagtail logs every page it creates and publishes: a few hundred lines that would bury the summary.
        wagtail_logger = logging.getLogger("wagtail")
        level = wagtail_logger.level
        wagtail_logger.setLevel(logging.WARNING)
        try:
            ensure_demo_library()
        finally:
            wagtail_logger.setLevel(level)
        counts = page_counts()
        self.stdout.write(
            f"Demo library: {counts['ModulePage']} module pages and {counts['LessonPage']} lesson pages "
            "in English, French and Chinese."
        )
        self.stdout.write(f"Demo accounts: {created} created, password for all: {DEMO_PASSWORD}")
        for username, description in DEMO_ACCOUNTS:
            self.stdout.write(f"  {username:<20} {description}")


def ensure_demo_accounts():
    """Create the demo accounts that do not exist yet; return how many were created."""
    User = get_user_model()
    created = 0
    if not User.objects.filter(username="admin").exists():
        User.objects.create_superuser("admin", "admin@medhum.invalid", DEMO_PASSWORD)
        created += 1
    return created
