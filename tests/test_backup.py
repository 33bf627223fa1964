"""Nothing lost: `manage.py backup` and `manage.py restore` bring back pages, revisions, translations, accounts and
uploaded files as they were, and a damaged, hostile or mismatched archive changes nothing.

The round trip commits its data (pg_dump and pg_restore work in connections of their own), so it is a transactional
test; serialized rollback gives the next tests the demo library back.
"""

import hashlib
import io
import json
import tarfile
from collections import defaultdict
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.db.migrations.recorder import MigrationRecorder
from PIL import Image as PillowImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

from courses.models import ModulePage
from medhum import backups

pytestmark = pytest.mark.django_db

OTHER_ENGINE = {"sqlite": "postgresql", "postgresql": "sqlite"}


# What must come back


def media_state():
    root = Path(settings.MEDIA_ROOT)
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def site_state():
    """Pages, revisions, translations, accounts and media files, in a form that compares with ==."""
    pages = list(
        Page.objects.order_by("pk").values_list(
            "pk", "title", "draft_title", "url_path", "live", "locale__language_code", "translation_key"
        )
    )
    revisions = defaultdict(list)
    for row in Revision.objects.order_by("pk").values_list(
        "base_content_type__model", "object_id", "pk", "content", "created_at", "user__username"
    ):
        revisions[row[:2]].append(row[2:])
    translations = defaultdict(set)  # each page's versions: language, and whether an original or an alias
    for key, language, alias_of in Page.objects.values_list("translation_key", "locale__language_code", "alias_of"):
        translations[key].add((language, alias_of is None))
    users = {
        user.username: (user.password, user.is_active, sorted(group.name for group in user.groups.all()))
        for user in get_user_model().objects.prefetch_related("groups")
    }
    return {
        "pages": pages,
        "revisions": dict(revisions),
        "translations": dict(translations),
        "users": users,
        "media": media_state(),
    }


def upload_image_and_document():
    """An image with a rendition and a document, each with its file in MEDIA_ROOT."""
    picture = io.BytesIO()
    PillowImage.new("RGB", (64, 48), (180, 40, 40)).save(picture, "PNG")
    image = get_image_model()(title="Backup test picture", file=ImageFile(picture, name="backup-test.png"))
    image.save()
    rendition = image.get_rendition("width-32")
    document = get_document_model()(title="Backup test handout")
    document.file.save("backup-test-handout.txt", ContentFile(b"Read chapter two before class.\n"))
    return image, rendition, document


def back_up(directory):
    out = io.StringIO()
    call_command("backup", output=str(directory), stdout=out)
    [archive] = Path(directory).glob("medhum-backup-*.tar.gz")
    assert f"Backup written to {archive}" in out.getvalue()
    return archive


def restore(archive, **options):
    out = io.StringIO()
    call_command("restore", str(archive), stdout=out, **{"interactive": False, **options})
    return out.getvalue()


# The round trip


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_restore_brings_back_everything_the_backup_held(tmp_path, client):
    image, rendition, document = upload_image_and_document()
    before = site_state()
    for stored in (image.file, rendition.file, document.file):
        assert stored.name in before["media"]

    archive = back_up(tmp_path)
    assert archive.name.startswith("medhum-backup-") and archive.stat().st_mode & 0o077 == 0
    assert list(tmp_path.iterdir()) == [archive], "no temporary file left beside the archive"
    with tarfile.open(archive) as tar:
        manifest = json.load(tar.extractfile("manifest.json"))
        members = {member.name for member in tar.getmembers()}
    assert manifest["format_version"] == backups.FORMAT_VERSION
    assert manifest["database"]["engine"] == connection.vendor
    assert manifest["counts"] == backups.row_counts()
    assert manifest["counts"]["images"] >= 1 and manifest["counts"]["documents"] >= 1
    applied = MigrationRecorder(connection).applied_migrations()
    assert manifest["migrations"] == sorted(f"{app}.{name}" for app, name in applied)
    assert members == {"manifest.json", *manifest["files"]}
    media_in_archive = {
        name.removeprefix("media/"): entry["sha256"]
        for name, entry in manifest["files"].items()
        if name.startswith("media/")
    }
    assert media_in_archive == before["media"]

    # Damage: a module and its lessons deleted, an account deleted, a translation retitled and published,
    # a draft saved, the image file overwritten, the document file deleted, a stray file added.
    originals = ModulePage.objects.filter(live=True, alias_of=None)
    module = originals.filter(locale__language_code="en", numchild__gt=0).first()
    module_url, module_title, module_key = module.url, module.title, module.translation_key
    module.delete()
    get_user_model().objects.get(username="student").delete()
    french = originals.filter(locale__language_code="fr").exclude(translation_key=module_key).first()
    french_url, french_title = french.url, french.title
    french.title = "Titre écrasé par erreur"
    french.save_revision().publish()
    other = originals.filter(locale__language_code="en").first()
    other.title = "A draft saved after the backup"
    other.save_revision()
    media_root = Path(settings.MEDIA_ROOT)
    (media_root / image.file.name).write_bytes(b"not a picture any more")
    (media_root / document.file.name).unlink()
    (media_root / "documents" / "uploaded-after-the-backup.txt").write_text("stray")
    assert "Titre écrasé par erreur" in client.get(french_url).content.decode()  # now in the page cache
    damaged = site_state()
    for part in ("pages", "revisions", "translations", "users", "media"):
        assert damaged[part] != before[part], part

    output = restore(archive)

    assert "Restored the database" in output
    after = site_state()
    assert after["pages"] == before["pages"]
    assert after["revisions"] == before["revisions"]
    assert after["translations"] == before["translations"]
    assert after["users"] == before["users"]
    assert after["media"] == before["media"]
    assert not list(media_root.parent.glob(".medhum-restore-*")), "the unpacked archive is removed"
    # The site serves what was restored, not what the cache kept of the damage.
    response = client.get(module_url)
    assert response.status_code == 200 and module_title in response.content.decode()
    page = client.get(french_url).content.decode()
    assert french_title in page and "Titre écrasé par erreur" not in page
    assert get_user_model().objects.get(username="student").check_password("medhum-demo")


# Archives that must change nothing


@pytest.fixture(scope="module")
def demo_archive(django_db_setup, django_db_blocker, tmp_path_factory):
    """One backup of the demo library for the tests below, which only read it."""
    with django_db_blocker.unblock():
        return back_up(tmp_path_factory.mktemp("backups"))


@pytest.fixture
def archive(demo_archive):
    """The demo library's backup, with its image and documents."""
    archive = demo_archive
    with tarfile.open(archive) as tar:
        names = tar.getnames()
    assert any(name.startswith("media/original_images/") for name in names)
    assert any(name.startswith("media/documents/") for name in names)
    return archive


@pytest.fixture
def changed_since(archive):
    """A change made after the backup: a restore that happened would undo it."""
    page = ModulePage.objects.filter(live=True, alias_of=None).first()
    page.title = "Changed after the backup"
    page.save_revision().publish()
    (Path(settings.MEDIA_ROOT) / "documents" / "after-the-backup.txt").write_text("kept unless restored")
    return site_state()


def rewrite(archive, target, change_manifest=None, change_member=None, rename=None, extra=()):
    """A copy of `archive` with its manifest or members altered, and `extra` (TarInfo, bytes) members added.

    Extra files are listed in the manifest with their true checksum: only what else is wrong with them can refuse them.
    """
    with tarfile.open(archive) as source, tarfile.open(target, "w:gz") as copy:
        manifest = json.load(source.extractfile("manifest.json"))
        for member in source.getmembers():
            if member.name == "manifest.json":
                continue
            data = source.extractfile(member).read()
            if change_member:
                data = change_member(member.name, data)
            member.size = len(data)
            member.name = (rename or {}).get(member.name, member.name)
            copy.addfile(member, io.BytesIO(data))
        for info, data in extra:
            if info.isfile():
                info.size = len(data)
                manifest["files"][info.name] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
            copy.addfile(info, io.BytesIO(data) if info.isfile() else None)
        if change_manifest:
            change_manifest(manifest)
        data = json.dumps(manifest).encode()
        info = tarfile.TarInfo("manifest.json")
        info.size = len(data)
        copy.addfile(info, io.BytesIO(data))
    return target


def flip_a_byte(data):
    middle = len(data) // 2
    return data[:middle] + bytes([data[middle] ^ 0xFF]) + data[middle + 1 :]


@pytest.mark.parametrize("tampered", ["database/", "media/original_images/"])
def test_a_tampered_archive_is_refused_and_nothing_changes(archive, changed_since, tmp_path, tampered):
    def tamper(name, data):
        return flip_a_byte(data) if name.startswith(tampered) else data

    damaged = rewrite(archive, tmp_path / "tampered.tar.gz", change_member=tamper)
    with pytest.raises(CommandError, match="does not match its checksum.*nothing was restored"):
        restore(damaged)
    assert site_state() == changed_since
    assert not list(Path(settings.MEDIA_ROOT).parent.glob(".medhum-restore-*"))


def member(name, kind=tarfile.REGTYPE, target=""):
    info = tarfile.TarInfo(name)
    info.type, info.linkname = kind, target
    return info


@pytest.mark.parametrize(
    "hostile",
    [
        (member("../outside-the-staging.txt"), b"escaped"),
        (member("media/../../outside-the-staging.txt"), b"escaped"),
        (member("/tmp/medhum-absolute.txt"), b"escaped"),
        (member("media/documents/link-to-passwords", tarfile.SYMTYPE, "/etc/passwd"), b""),
        (member("media/documents/hard-link", tarfile.LNKTYPE, "manifest.json"), b""),
    ],
    ids=["parent", "media-parent", "absolute", "symlink", "hard-link"],
)
def test_an_archive_with_a_member_leading_out_is_refused(archive, changed_since, tmp_path, hostile):
    hostile_archive = rewrite(archive, tmp_path / "hostile.tar.gz", extra=[hostile])
    with pytest.raises(CommandError, match="refused, nothing was restored"):
        restore(hostile_archive)
    assert site_state() == changed_since
    assert not (tmp_path / "outside-the-staging.txt").exists()
    assert not Path("/tmp/medhum-absolute.txt").exists()
    assert not list(Path(settings.MEDIA_ROOT).parent.glob("outside-the-staging.txt"))


def test_a_backup_of_another_database_engine_is_refused(archive, changed_since, tmp_path):
    engine = OTHER_ENGINE[connection.vendor]
    ours, theirs = backups.DATABASE_MEMBERS[connection.vendor], backups.DATABASE_MEMBERS[engine]

    def other_engine(manifest):
        manifest["database"] = {"engine": engine, "member": theirs}
        manifest["files"][theirs] = manifest["files"].pop(ours)

    foreign = rewrite(archive, tmp_path / "foreign.tar.gz", change_manifest=other_engine, rename={ours: theirs})
    with pytest.raises(CommandError, match="database and this site runs on .*same engine"):
        restore(foreign)
    assert site_state() == changed_since


def test_a_backup_of_another_format_version_is_refused(archive, changed_since, tmp_path):
    newer = rewrite(archive, tmp_path / "newer.tar.gz", change_manifest=lambda m: m.update(format_version=2))
    with pytest.raises(CommandError, match="format version 2; this release reads version 1"):
        restore(newer)
    assert site_state() == changed_since


def test_a_file_that_is_not_a_backup_is_refused(changed_since, tmp_path):
    not_a_backup = tmp_path / "notes.tar.gz"
    not_a_backup.write_bytes(b"just some notes")
    with pytest.raises(CommandError, match="cannot be read as a backup archive"):
        restore(not_a_backup)
    with pytest.raises(CommandError, match="No backup archive at"):
        restore(tmp_path / "missing.tar.gz")
    assert site_state() == changed_since


@pytest.mark.parametrize("answer", ["no", "", "y", "oui", EOFError])
def test_restore_asks_first_and_only_yes_goes_ahead(archive, changed_since, monkeypatch, answer):
    questions = []

    def ask(question):
        questions.append(question)
        if answer is EOFError:
            raise EOFError
        return answer

    monkeypatch.setattr("builtins.input", ask)
    with pytest.raises(CommandError, match="Restore cancelled: nothing was changed"):
        restore(archive, interactive=True)
    [question] = questions
    assert "replaces the whole" in question and str(settings.MEDIA_ROOT) in question and "'yes'" in question
    assert site_state() == changed_since


# Backups that cannot be written say why


def test_a_backup_into_a_file_or_into_the_media_folder_is_refused(tmp_path):
    a_file = tmp_path / "a-file"
    a_file.write_text("")
    with pytest.raises(CommandError, match="Cannot create the backup directory"):
        call_command("backup", output=str(a_file / "backups"), stdout=io.StringIO())
    with pytest.raises(CommandError, match="inside MEDIA_ROOT, which is served to anyone"):
        call_command("backup", output=str(Path(settings.MEDIA_ROOT) / "backups"), stdout=io.StringIO())
    assert not (Path(settings.MEDIA_ROOT) / "backups").exists()


POSTGRES = {"NAME": "medhum", "USER": "medhum", "PASSWORD": "s3cret-password", "HOST": "db.internal", "PORT": "5433"}


def test_postgres_programs_get_the_password_in_their_environment_only(monkeypatch):
    calls = []

    class Finished:
        returncode, stderr = 0, ""

    def run(command, env, **kwargs):
        calls.append((command, env))
        return Finished()

    monkeypatch.setattr(backups.shutil, "which", lambda program: f"/usr/bin/{program}")
    monkeypatch.setattr(backups.subprocess, "run", run)
    backups.run_postgres_program("pg_dump", POSTGRES, "--format=custom", "--dbname", "medhum")
    [(command, environment)] = calls
    assert not any("s3cret" in argument for argument in command)
    assert environment["PGPASSWORD"] == "s3cret-password"
    assert command[:2] == ["/usr/bin/pg_dump", "--no-password"]
    assert {"--host", "db.internal", "--port", "5433", "--username", "medhum"} <= set(command)


def test_a_missing_or_failing_pg_dump_is_one_clear_line(monkeypatch):
    monkeypatch.setenv("PATH", "")
    with pytest.raises(CommandError, match="pg_dump was not found: install PostgreSQL's client programs"):
        backups.run_postgres_program("pg_dump", POSTGRES)

    class Failed:
        returncode = 1
        stderr = 'pg_dump: error: connection to server at "db.internal" failed: no route\nmore detail\n'

    monkeypatch.setattr(backups.shutil, "which", lambda program: f"/usr/bin/{program}")
    monkeypatch.setattr(backups.subprocess, "run", lambda *args, **kwargs: Failed())
    with pytest.raises(CommandError, match=r'^pg_dump failed: pg_dump: error: connection to server at "db.internal"'):
        backups.run_postgres_program("pg_dump", POSTGRES)
