"""Create what every installation needs and nothing of the demo: library, institutions, themes, About, roles."""

from django.core.management.base import BaseCommand

from courses.content.build import ensure_partnership


class Command(BaseCommand):
    help = "Create the library, the partner institutions, the themes, the About page and the roles (idempotent)."

    def handle(self, *args, **options):
        ensure_partnership()
        self.stdout.write(
            "Partnership in place: library, institutions, themes, About page (en, fr, zh-hans), groups, collections."
        )
