"""Back up the site: the database and every uploaded file in one timestamped archive (README, Backups)."""

from django.conf import settings
from django.core.management.base import BaseCommand

from medhum.backups import ENGINE_NAMES, create_backup


class Command(BaseCommand):
    help = "Write the database and every file under MEDIA_ROOT into one archive, medhum-backup-<UTC time>.tar.gz."

    def add_arguments(self, parser):
        parser.add_argument(
            "--output", metavar="DIR", help="where to write the archive (default: BACKUP_DIR, var/backups/)"
        )

    def handle(self, *args, output=None, **options):
        path, manifest = create_backup(output or settings.BACKUP_DIR)
        counts = manifest["counts"]
        media = sum(1 for name in manifest["files"] if name.startswith("media/"))
        size = path.stat().st_size / 1_000_000
        self.stdout.write(
            f"Backup written to {path} ({size:.1f} MB): the {ENGINE_NAMES[manifest['database']['engine']]} "
            f"database ({counts['pages']} pages, {counts['revisions']} revisions, {counts['users']} users) "
            f"and {media} media files."
        )
