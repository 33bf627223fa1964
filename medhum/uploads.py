"""Safe uploads: what the admin accepts as an image or a document, beyond its name.

Wagtail checks an image's name against its content and its size and pixels (settings: WAGTAILIMAGES_*); here
the frames of an animation count too (Willow counts one, so a GIF of a thousand frames passed), and picture
data cut short is refused with a message (Willow failed on it). Wagtail checks a document's name against an
allow-list (WAGTAILDOCS_EXTENSIONS). A name proves nothing about a document's
content, so here each kind must also start the way its format does, and a page of HTML or SVG (which a
browser would run, given the chance) is refused whatever it is called. Documents are then always served as
attachments, with the type of their kind and `nosniff` (settings: WAGTAILDOCS_*).
"""

import zipfile
from pathlib import PurePath

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from PIL import Image as PILImage
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

MARKUP = (b"<!doctype", b"<html", b"<head", b"<body", b"<script", b"<svg", b"<?xml", b"<iframe", b"<object", b"<embed")
HEAD_BYTES = 4096


def _office_open_xml(file, head):
    return "[Content_Types].xml" in (_zip_members(file) or ())


def _open_document(kind):
    """ODF and EPUB store their own type, uncompressed, as the archive's first member."""

    def check(file, head):
        return head.startswith(b"PK\x03\x04") and head[30:38] == b"mimetype" and kind.encode() in head[38:120]

    return check


def _zip_members(file):
    try:
        file.seek(0)
        with zipfile.ZipFile(file) as archive:  # reads the directory only: nothing is decompressed
            return set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return None
    finally:
        file.seek(0)


def _mp3(file, head):
    return head.startswith(b"ID3") or (len(head) > 1 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0)


def _plain_text(file, head):
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        # A multi-byte character cut at the end of the sample is still text.
        if error.start < len(head) - 3:
            return False
    return b"\x00" not in head


SIGNATURES = {
    "pdf": lambda file, head: head.startswith(b"%PDF-"),
    "docx": _office_open_xml,
    "pptx": _office_open_xml,
    "xlsx": _office_open_xml,
    "odt": _open_document("application/vnd.oasis.opendocument.text"),
    "odp": _open_document("application/vnd.oasis.opendocument.presentation"),
    "ods": _open_document("application/vnd.oasis.opendocument.spreadsheet"),
    "epub": _open_document("application/epub+zip"),
    "mp3": _mp3,
    "m4a": lambda file, head: head[4:8] == b"ftyp",
    "ogg": lambda file, head: head.startswith(b"OggS"),
    "txt": _plain_text,
}


def check_document(file):
    """Refuse a document whose content is not what its name says, or that a browser would run as a page."""
    extension = PurePath(file.name).suffix.lower().lstrip(".")
    file.seek(0)
    head = file.read(HEAD_BYTES)
    file.seek(0)
    # Every other kind has a binary signature that a page cannot have; text could be a page in disguise.
    if extension == "txt" and any(marker in head.lower() for marker in MARKUP):
        raise ValidationError(
            _("This file holds a web page or an SVG drawing, which the library does not accept as a document."),
            code="markup",
        )
    check = SIGNATURES.get(extension)
    if check is None or not check(file, head):
        raise ValidationError(
            _("This file is not a real .%(extension)s file: its content does not match its name."),
            code="content_mismatch",
            params={"extension": extension},
        )


class SafeDocumentForm(BaseDocumentForm):
    """Wagtail's document form (settings.WAGTAILDOCS_DOCUMENT_FORM_BASE), checking the content of a new file."""

    def clean_file(self):
        file = self.cleaned_data.get("file")
        if file and "file" in self.changed_data:
            check_document(file)
        return file


def frames_up_to(file, limit):
    """How many frames an image has, counting no further than `limit` (so a bomb is not unpacked whole)."""
    file.seek(0)
    try:
        with PILImage.open(file) as image:
            frames = 1
            while frames <= limit:
                try:
                    image.seek(frames)
                except EOFError:
                    break
                frames += 1
            return frames
    finally:
        file.seek(0)


class SafeImageField(WagtailImageField):
    def check_image_pixel_size(self, f):
        try:
            super().check_image_pixel_size(f)
        except OSError as error:  # truncated or corrupt picture data
            raise ValidationError(self.error_messages["invalid_image"], code="invalid_image") from error
        if self.max_image_pixels is None:
            return
        width, height = f.image.get_size()
        frames = frames_up_to(f, self.max_image_pixels // max(width * height, 1))
        if width * height * frames > self.max_image_pixels:
            raise ValidationError(
                self.error_messages["file_too_many_pixels"]
                % {"num_pixels": width * height * frames, "max_pixels_count": self.max_image_pixels},
                code="file_too_many_pixels",
            )


class SafeImageForm(BaseImageForm):
    """Wagtail's image form (settings.WAGTAILIMAGES_IMAGE_FORM_BASE), with the file field above."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            field = self.fields["file"]
            safe = SafeImageField(label=field.label, required=field.required, widget=field.widget)
            self.fields["file"] = safe
