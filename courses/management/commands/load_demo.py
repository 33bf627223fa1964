"""Load the demo library and its accounts, for development and tests only.

Idempotent: a second run finds everything in place and changes nothing.
"""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.test.utils import override_settings
from wagtail.users.models import UserProfile

from courses.content.build import (
    DEFAULT_LANGUAGE,
    ensure_demo_course,
    ensure_demo_library,
    ensure_demo_reviews,
    institution_page,
    page_counts,
)
from courses.roles import INSTRUCTORS, REVIEWERS, SITE_MANAGERS, STUDENTS

DEMO_PASSWORD = "medhum-demo"
# DESIGN.md's demo accounts: (username, (first name, last name), institution, group, what they do).
# Where a demo professor would work in French or Chinese, so does their admin (Wagtail's preference).
ADMIN_LANGUAGES = {"prof.lyon": "fr", "prof.sjtu": "zh-hans", "prof.shutcm": "zh-hans", "reviewer.sjtu": "zh-hans"}
DEMO_ACCOUNTS = [
    ("admin", ("Nadia", "Benali"), "lyon", SITE_MANAGERS, "site manager: everything in /admin/"),
    ("prof.lyon", ("Hélène", "Martin"), "lyon", "Authors — Lyon", "author at the Université de Lyon"),
    ("prof.ottawa", ("Daniel", "Tremblay"), "ottawa", "Authors — Ottawa", "author at the University of Ottawa"),
    ("prof.sjtu", ("Lihua", "Wang"), "sjtu", "Authors — SJTU", "author at Shanghai Jiao Tong University"),
    ("prof.shutcm", ("Jianguo", "Chen"), "shutcm", "Authors — SHUTCM", "author at the Shanghai University of TCM"),
    ("reviewer.ottawa", ("Sarah", "Nguyen"), "ottawa", REVIEWERS, "reviewer at the University of Ottawa"),
    ("reviewer.sjtu", ("Min", "Zhou"), "sjtu", REVIEWERS, "reviewer at Shanghai Jiao Tong University"),
    ("instructor.ottawa", ("Marc", "Gagnon"), "ottawa", INSTRUCTORS, "instructor at the University of Ottawa"),
    ("student", ("Léa", "Roux"), "lyon", STUDENTS, "medical student at the Université de Lyon"),
]


class Command(BaseCommand):
    help = "Create the demo accounts and library (development only)."

    def handle(self, *args, **options):
        if not settings.MEDHUM_ALLOW_DEMO_DATA:
            raise CommandError(
                "Demo accounts are for development only: these settings do not allow them (MEDHUM_ALLOW_DEMO_DATA)."
            )
        # Wagtail logs every page it creates and publishes: a few hundred lines that would bury the summary.
        wagtail_logger = logging.getLogger("wagtail")
        level = wagtail_logger.level
        wagtail_logger.setLevel(logging.WARNING)
        try:
            ensure_demo_library()
            created = ensure_demo_accounts()
            # After the accounts: the authors submit, the reviewers approve. The notification emails
            # this sends would flood the console of `make run`, and nobody reads them.
            with override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"):
                ensure_demo_reviews()
            ensure_demo_course()
        finally:
            wagtail_logger.setLevel(level)
        counts = page_counts()
        self.stdout.write(
            f"Demo library: {counts['ModulePage']} module pages and {counts['LessonPage']} lesson pages "
            "in English, French and Chinese."
        )
        self.stdout.write(f"Demo accounts: {created} created, password for all: {DEMO_PASSWORD}")
        for username, _name, _institution, _group, description in DEMO_ACCOUNTS:
            self.stdout.write(f"  {username:<20} {description}")


def ensure_demo_accounts():
    """Create the demo accounts that do not exist yet, each in its institution and group; return how many."""
    User = get_user_model()
    created = 0
    for username, (first_name, last_name), institution_slug, group_name, _description in DEMO_ACCOUNTS:
        if User.objects.filter(username=username).exists():
            continue
        user = User.objects.create_user(
            username,
            f"{username}@medhum.invalid",
            DEMO_PASSWORD,
            first_name=first_name,
            last_name=last_name,
            institution=institution_page(institution_slug, DEFAULT_LANGUAGE),
            is_superuser=username == "admin",
            is_staff=username == "admin",
        )
        user.groups.add(Group.objects.get(name=group_name))
        if username in ADMIN_LANGUAGES:
            profile = UserProfile.get_for_user(user)
            profile.preferred_language = ADMIN_LANGUAGES[username]
            profile.save(update_fields=["preferred_language"])
        created += 1
    return created
