"""Restore a backup made by `manage.py backup`: it replaces the database and the media files (README, Backups)."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from medhum.backups import ENGINE_NAMES, pending_migrations, restore_backup, unpack_backup


class Command(BaseCommand):
    help = "Replace the database and every file under MEDIA_ROOT with those of a backup archive."

    def add_arguments(self, parser):
        parser.add_argument("archive", help="a medhum-backup-*.tar.gz written by manage.py backup")
        parser.add_argument(
            "--no-input",
            "--noinput",
            action="store_false",
            dest="interactive",
            help="do not ask for confirmation",
        )

    def handle(self, *args, archive, interactive=True, **options):
        with unpack_backup(archive) as backup:
            self.stdout.write(f"Checked {backup.describe()}")
            unknown = backup.unknown_migrations()
            if unknown:
                self.stderr.write(
                    f"Warning: this backup was made by a newer release ({len(unknown)} migrations unknown here, "
                    f"such as {unknown[0]}): restore it with that release."
                )
            if interactive and not self.confirmed(backup):
                raise CommandError("Restore cancelled: nothing was changed.")
            restore_backup(backup)
        self.stdout.write(
            f"Restored the database and {backup.media_count} media files from {backup.archive.name}; cache emptied."
        )
        if pending_migrations():
            self.stdout.write("This release has migrations the backup predates: run `manage.py migrate` now.")

    def confirmed(self, backup):
        question = (
            f"This replaces the whole {ENGINE_NAMES[connection.vendor]} database "
            f"({connection.settings_dict['NAME']}) and every file in {settings.MEDIA_ROOT} with the backup's: "
            f"whatever was changed since {backup.manifest['created_at']} is lost.\n"
            "Type 'yes' to restore, anything else to cancel: "
        )
        try:
            answer = input(question)
        except EOFError:
            return False
        return answer.strip().lower() == "yes"
