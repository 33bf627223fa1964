"""Backups of the whole site, the database and the uploaded files in one archive, and restoring them.

`manage.py backup` writes `medhum-backup-YYYYmmdd-HHMMSS.tar.gz` (UTC), which holds:

- `manifest.json`: format version, time, database engine, Django and Wagtail versions, applied migrations, row
  counts of the main tables, and the size and sha256 of every other member;
- `database/db.sqlite3` (SQLite's online backup, safe while the site runs) or `database/db.dump` (`pg_dump`'s
  custom format);
- `media/...`: every file under MEDIA_ROOT, renditions included. Their rows are in the database, and Wagtail makes
  a rendition again only when it has no row for it: an archive without their files would restore broken images.

`manage.py restore` checks the archive in full (safe member names, format, engine, checksums) before it changes
anything, then replaces the database and the contents of MEDIA_ROOT.
"""

import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
import time
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath

import django
import wagtail
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.management.base import CommandError
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.recorder import MigrationRecorder

FORMAT = "medhum-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
MEDIA_PREFIX = "media/"
DATABASE_MEMBERS = {"sqlite": "database/db.sqlite3", "postgresql": "database/db.dump"}
ENGINE_NAMES = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}


class BackupError(CommandError):
    """A backup or a restore that cannot go on; its message says why in one line."""


# Writing a backup


def create_backup(output_dir):
    """Write one archive of the database and the media into `output_dir`; return its path and manifest."""
    vendor = current_engine()
    output_dir = Path(output_dir).expanduser().resolve()
    media_root = Path(settings.MEDIA_ROOT).resolve()
    if output_dir.is_relative_to(media_root):
        raise BackupError(
            f"The backup directory {output_dir} is inside MEDIA_ROOT, which is served to anyone: choose another."
        )
    try:
        output_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise BackupError(f"Cannot create the backup directory {output_dir}: {error.strerror}.") from error
    if not os.access(output_dir, os.W_OK | os.X_OK):
        raise BackupError(f"The backup directory {output_dir} is not writable.")

    created = datetime.now(UTC).replace(microsecond=0)
    target = output_dir / f"medhum-backup-{created:%Y%m%d-%H%M%S}.tar.gz"
    if target.exists():
        raise BackupError(f"{target} already exists: wait a second and try again.")
    try:
        # Everything is written in a hidden folder beside the target and renamed at the end: a failure
        # anywhere leaves no half archive under a backup's name.
        with tempfile.TemporaryDirectory(prefix=".medhum-backup-", dir=output_dir) as work:
            work = Path(work)
            database_member = DATABASE_MEMBERS[vendor]
            database_file = work / PurePosixPath(database_member).name
            dump_database(database_file)
            partial = work / "archive.tar.gz"
            files = {}
            with tarfile.open(partial, "w:gz", compresslevel=6) as archive:
                files[database_member] = _add_file(archive, database_file, database_member)
                for path, relative in media_files(media_root):
                    files[MEDIA_PREFIX + relative] = _add_file(archive, path, MEDIA_PREFIX + relative)
                manifest = _manifest(created, vendor, files)
                _add_bytes(archive, MANIFEST, json.dumps(manifest, indent=2, ensure_ascii=False).encode())
            # The archive holds every password hash and every draft: for its owner's eyes only.
            partial.chmod(0o600)
            os.replace(partial, target)
    except OSError as error:
        raise BackupError(f"Could not write the backup into {output_dir}: {error}.") from error
    return target, manifest


def current_engine():
    vendor = connection.vendor
    if vendor not in DATABASE_MEMBERS:
        raise BackupError(f"Backups know SQLite and PostgreSQL databases, not {vendor}.")
    return vendor


def dump_database(target):
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        destination = sqlite3.connect(target)
        try:
            # SQLite's online backup: a consistent copy, even while other connections write.
            connection.connection.backup(destination, progress=_SQLiteWait("backed up"))
        except sqlite3.Error as error:
            raise BackupError(f"SQLite could not copy the database: {error}.") from error
        finally:
            destination.close()
    else:
        database = connection.settings_dict
        run_postgres_program(
            "pg_dump", database, "--format=custom", "--no-owner", "--file", str(target), "--dbname", database["NAME"]
        )


class _SQLiteWait:
    """Gives up a SQLite backup that cannot go on, where sqlite3 would wait and try again forever.

    LOCKED: this very connection has written in a transaction still open (it cannot copy from or into itself
    then); BUSY: another process writes, and has been writing for longer than `patience` seconds.
    """

    def __init__(self, what, patience=60):
        self.what, self.patience, self.busy_since = what, patience, None

    def __call__(self, status, remaining, total):
        if status == getattr(sqlite3, "SQLITE_LOCKED", 6):
            raise BackupError(f"The database cannot be {self.what} from inside a transaction that wrote to it.")
        if status != getattr(sqlite3, "SQLITE_BUSY", 5):
            self.busy_since = None
        elif self.busy_since is None:
            self.busy_since = time.monotonic()
        elif time.monotonic() - self.busy_since > self.patience:
            raise BackupError(
                f"The database could not be {self.what}: another process kept it locked for {self.patience} s."
            )


def run_postgres_program(program, database, *arguments):
    """Run a PostgreSQL client program against `database` (a DATABASES entry); the password goes in its environment.

    On the command line it would show in every process listing of the machine.
    """
    executable = shutil.which(program)
    if executable is None:
        raise BackupError(
            f"{program} was not found: install PostgreSQL's client programs (Debian: postgresql-client), "
            "of the server's version or newer."
        )
    command = [executable, "--no-password"]
    for option, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if database.get(key):
            command += [option, str(database[key])]
    command += arguments
    environment = dict(os.environ)
    if database.get("PASSWORD"):
        environment["PGPASSWORD"] = str(database["PASSWORD"])
    options = database.get("OPTIONS") or {}
    if options.get("sslmode"):
        environment["PGSSLMODE"] = str(options["sslmode"])
    if options.get("connect_timeout"):
        environment["PGCONNECT_TIMEOUT"] = str(options["connect_timeout"])
    result = subprocess.run(command, env=environment, stdin=subprocess.DEVNULL, capture_output=True, text=True)
    if result.returncode != 0:
        raise BackupError(f"{program} failed: {_first_error(result.stderr) or f'exit status {result.returncode}'}")
    return result


def _first_error(stderr):
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    errors = [line for line in lines if "error" in line.lower() or "fatal" in line.lower()]
    return (errors or lines or [""])[0]


def media_files(media_root):
    """Every regular file under `media_root`, with its path relative to it; links are left out."""
    if not media_root.is_dir():
        return
    for directory, subdirectories, filenames in os.walk(media_root):
        subdirectories.sort()
        for filename in sorted(filenames):
            path = Path(directory) / filename
            if path.is_file() and not path.is_symlink():
                yield path, path.relative_to(media_root).as_posix()


class _HashingReader:
    """Hashes what tarfile reads: the checksum is that of the bytes stored, even if the file changes meanwhile."""

    def __init__(self, stream):
        self.stream = stream
        self.sha256 = hashlib.sha256()

    def read(self, size=-1):
        data = self.stream.read(size)
        self.sha256.update(data)
        return data


def _add_file(archive, path, name):
    with open(path, "rb") as stream:
        info = archive.gettarinfo(arcname=name, fileobj=stream)
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        reader = _HashingReader(stream)
        archive.addfile(info, reader)
    return {"sha256": reader.sha256.hexdigest(), "size": info.size}


def _add_bytes(archive, name, data):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mode = 0o600
    info.mtime = int(datetime.now(UTC).timestamp())
    archive.addfile(info, io.BytesIO(data))


def _manifest(created, vendor, files):
    applied = MigrationRecorder(connection).applied_migrations()
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "created_at": created.isoformat(),
        "database": {"engine": vendor, "member": DATABASE_MEMBERS[vendor]},
        "versions": {"django": django.get_version(), "wagtail": wagtail.__version__},
        "migrations": sorted(f"{app}.{name}" for app, name in applied),
        "counts": row_counts(),
        "files": files,
    }


def row_counts():
    from django.contrib.auth import get_user_model
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Page, Revision

    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "users": get_user_model().objects.count(),
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
    }


# Restoring a backup


class UnpackedBackup:
    """An archive checked in full and unpacked into a private folder, not restored yet."""

    def __init__(self, archive, manifest, directory):
        self.archive, self.manifest, self.directory = archive, manifest, directory

    @property
    def media_count(self):
        return sum(1 for name in self.manifest["files"] if name.startswith(MEDIA_PREFIX))

    def describe(self):
        counts = self.manifest.get("counts", {})
        versions = self.manifest.get("versions", {})
        return (
            f"{self.archive.name}: made {self.manifest['created_at']} on {ENGINE_NAMES[self.engine]} "
            f"(Django {versions.get('django', '?')}, Wagtail {versions.get('wagtail', '?')}); "
            f"{counts.get('pages', '?')} pages, {counts.get('revisions', '?')} revisions, "
            f"{counts.get('users', '?')} users, {counts.get('images', '?')} images, "
            f"{counts.get('documents', '?')} documents, {self.media_count} media files."
        )

    @property
    def engine(self):
        return self.manifest["database"]["engine"]

    def unknown_migrations(self):
        """Migrations the backup's database has and this release does not: it was made by a newer release."""
        known = {f"{app}.{name}" for app, name in MigrationExecutor(connection).loader.disk_migrations}
        return sorted(set(self.manifest["migrations"]) - known)


@contextmanager
def unpack_backup(archive):
    """Check `archive` and unpack it into a private folder, removed afterwards; changes nothing else."""
    archive = Path(archive)
    media_parent = Path(settings.MEDIA_ROOT).resolve().parent
    # Beside MEDIA_ROOT when possible, so that the media are moved into place rather than copied.
    staging_parent = media_parent if os.access(media_parent, os.W_OK | os.X_OK) else None
    with tempfile.TemporaryDirectory(prefix=".medhum-restore-", dir=staging_parent) as directory:
        directory = Path(directory)
        manifest = _unpack(archive, directory)
        yield UnpackedBackup(archive, manifest, directory)


def _unpack(archive, directory):
    if not archive.is_file():
        raise BackupError(f"No backup archive at {archive}.")
    try:
        with tarfile.open(archive, "r:gz") as tar:
            members = tar.getmembers()
            names = [_check_member(member) for member in members]
            if len(set(names)) != len(names):
                raise BackupError(f"{archive.name} holds the same name twice: refused, nothing was restored.")
            if MANIFEST not in names or not tar.getmember(MANIFEST).isfile():
                raise BackupError(f"{archive.name} has no {MANIFEST}: it is not a MedHum Commons backup.")
            try:
                manifest = json.load(tar.extractfile(MANIFEST))
            except (ValueError, UnicodeDecodeError) as error:
                raise BackupError(f"The manifest of {archive.name} is not valid JSON: {error}.") from error
            _check_manifest(manifest, archive)
            present = {member.name for member in members if member.isfile()} - {MANIFEST}
            listed = set(manifest["files"])
            if present - listed:
                raise BackupError(f"{archive.name} holds files its manifest does not list: {sorted(present - listed)}.")
            if listed - present:
                raise BackupError(f"{archive.name} lacks files its manifest lists: {sorted(listed - present)}.")
            # The "data" filter refuses again what _check_member refused, should anything slip through.
            tar.extractall(directory, members=[m for m in members if m.name != MANIFEST], filter="data")
    except (tarfile.TarError, EOFError, OSError) as error:
        raise BackupError(f"{archive.name} cannot be read as a backup archive (.tar.gz): {error}.") from error
    for name, expected in sorted(manifest["files"].items()):
        with open(directory / name, "rb") as stream:
            digest = hashlib.file_digest(stream, "sha256").hexdigest()
        if digest != expected["sha256"]:
            raise BackupError(
                f"{name} in {archive.name} does not match its checksum: the archive is damaged or was altered; "
                "nothing was restored."
            )
    return manifest


def _check_member(member):
    name = member.name
    path = PurePosixPath(name)
    if path.is_absolute() or ".." in path.parts or "\\" in name or not name:
        raise BackupError(
            f"The archive holds a member with an unsafe name, {name!r} (absolute or leading out of its folder): "
            "refused, nothing was restored."
        )
    if not (member.isfile() or member.isdir()):
        raise BackupError(
            f"The archive holds {name!r}, a link or special file, where a backup has only plain files: "
            "refused, nothing was restored."
        )
    return name


def _check_manifest(manifest, archive):
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError(f"{archive.name} is not a MedHum Commons backup (its manifest says otherwise).")
    version = manifest.get("format_version")
    if version != FORMAT_VERSION:
        raise BackupError(
            f"{archive.name} is a backup of format version {version}; this release reads version {FORMAT_VERSION}."
        )
    try:
        engine = manifest["database"]["engine"]
        files = manifest["files"]
        valid = (
            engine in DATABASE_MEMBERS
            and isinstance(manifest["created_at"], str)
            and isinstance(manifest["migrations"], list)
            and DATABASE_MEMBERS[engine] in files
            and all(isinstance(entry["sha256"], str) for entry in files.values())
        )
    except (KeyError, TypeError, AttributeError):
        valid = False
    if not valid:
        raise BackupError(f"The manifest of {archive.name} is incomplete or malformed.")
    current = current_engine()
    if engine != current:
        raise BackupError(
            f"{archive.name} holds a {ENGINE_NAMES[engine]} database and this site runs on {ENGINE_NAMES[current]}: "
            "restore it on a site of the same engine."
        )


def restore_backup(backup):
    """Replace the database, then the contents of MEDIA_ROOT, with those of `backup`; empty the cache."""
    if connection.in_atomic_block:
        raise BackupError("A restore cannot run inside a database transaction.")
    database_file = backup.directory / backup.manifest["database"]["member"]
    if backup.engine == "sqlite":
        connection.ensure_connection()
        source = sqlite3.connect(database_file)
        try:
            # Page by page into the live database, in one write transaction: all or nothing.
            source.backup(connection.connection, progress=_SQLiteWait("restored"))
        except sqlite3.Error as error:
            raise BackupError(f"SQLite could not restore the database: {error}.") from error
        finally:
            source.close()
    else:
        database = connection.settings_dict
        # pg_restore works in its own connection; ours must hold nothing that it has to drop.
        connection.close()
        run_postgres_program(
            "pg_restore",
            database,
            "--clean",
            "--if-exists",
            "--no-owner",
            "--single-transaction",
            "--dbname",
            database["NAME"],
            str(database_file),
        )
    ContentType.objects.clear_cache()
    replace_media(backup.directory / MEDIA_PREFIX.rstrip("/"), backup.directory)
    cache.clear()


def replace_media(source, scratch):
    """Make MEDIA_ROOT hold exactly the files in `source`: what is there now is moved aside, then removed."""
    media_root = Path(settings.MEDIA_ROOT)
    media_root.mkdir(parents=True, exist_ok=True)
    replaced = Path(tempfile.mkdtemp(prefix="replaced-", dir=scratch))
    for entry in list(media_root.iterdir()):
        shutil.move(entry, replaced / entry.name)
    try:
        for entry in list(source.iterdir()) if source.is_dir() else []:
            shutil.move(entry, media_root / entry.name)
    except OSError as error:
        for entry in list(media_root.iterdir()):
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()
        for entry in list(replaced.iterdir()):
            shutil.move(entry, media_root / entry.name)
        raise BackupError(
            f"The database was restored but the media files could not be put in place ({error}): "
            f"{media_root} holds its files of before the restore."
        ) from error


def pending_migrations():
    executor = MigrationExecutor(connection)
    return executor.migration_plan(executor.loader.graph.leaf_nodes())
