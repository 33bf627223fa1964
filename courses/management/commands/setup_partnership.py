"""Create what every installation needs and nothing of the demo: library sections, institutions, themes, About."""

from django.core.management.base import BaseCommand

from courses.content.build import ensure_partnership


class Command(BaseCommand):
    help = "Create the library, the four partner institutions, the themes and the About page (idempotent)."

    def handle(self, *args, **options):
        ensure_partnership()
        self.stdout.write(
            "Partnership structure in place: library, institutions, themes and About page in en, fr, zh-hans."
        )
