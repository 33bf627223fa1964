"""Safe uploads (issue 9, point 3): image size and pixel limits, a document allow-list checked by content,
documents served as attachments of the right type, SVG and HTML refused (medhum/uploads.py)."""

import io
import struct
import zipfile
import zlib

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from PIL import ImageFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client):
    user = get_user_model().objects.create_superuser("uploader", "uploader@medhum.invalid", "a-long-test-password")
    client.force_login(user)
    return client


def png(width=2, height=2, trailing=b""):
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), (120, 40, 40)).save(buffer, "PNG")
    return buffer.getvalue() + trailing


def png_claiming(width, height):
    """A tiny PNG whose header claims a huge picture: a decompression bomb, by its own account."""
    data = bytearray(png())
    header = b"IHDR" + struct.pack(">II", width, height) + bytes(data[24:29])
    data[12:29] = header
    data[29:33] = struct.pack(">I", zlib.crc32(header))
    return bytes(data)


def large_png():
    """42 megapixels of one grey: a small file, a large picture."""
    buffer = io.BytesIO()
    PILImage.new("L", (7_000, 6_000), 128).save(buffer, "PNG")
    return buffer.getvalue()


def gif_frames(count, size=1000):
    buffer = io.BytesIO()
    frames = [PILImage.new("P", (size, size), index % 200) for index in range(count)]
    frames[0].save(buffer, "GIF", save_all=True, append_images=frames[1:])
    return buffer.getvalue()


def zipped(members):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data, method in members:
            archive.writestr(zipfile.ZipInfo(name), data, compress_type=method)
    return buffer.getvalue()


def open_document(mimetype):
    return zipped([("mimetype", mimetype, zipfile.ZIP_STORED), ("content.xml", "<office/>", zipfile.ZIP_DEFLATED)])


PDF = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
HTML = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>'
DOCX = zipped([("[Content_Types].xml", "<Types/>", zipfile.ZIP_DEFLATED), ("word/document.xml", "<w/>", 8)])

GOOD_DOCUMENTS = {
    "reading.pdf": (PDF, "application/pdf"),
    "handout.docx": (DOCX, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "slides.odp": (open_document("application/vnd.oasis.opendocument.presentation"), None),
    "notes.odt": (open_document("application/vnd.oasis.opendocument.text"), "application/vnd.oasis.opendocument.text"),
    "book.epub": (open_document("application/epub+zip"), "application/epub+zip"),
    "interview.mp3": (b"ID3\x04\x00\x00\x00\x00\x00\x00" + b"\xff\xfb\x90\x00" * 64, "audio/mpeg"),
    "interview.m4a": (b"\x00\x00\x00\x20ftypM4A \x00\x00\x00\x00" + b"\x00" * 64, "audio/mp4"),
    "interview.ogg": (b"OggS\x00\x02" + b"\x00" * 64, "audio/ogg"),
    "case.txt": ("Mme L., 78 ans, refuse la transfusion. 患者拒绝输血。\n".encode(), "text/plain; charset=utf-8"),
}

BAD_DOCUMENTS = {
    "page.html": (HTML, "not allowed"),
    "drawing.svg": (SVG, "not allowed"),
    "page-in-disguise.pdf": (HTML, "its content does not match its name"),
    "drawing-in-disguise.txt": (SVG, "web page or an SVG drawing"),
    "page-in-disguise.txt": (b"Notes\n" + HTML, "web page or an SVG drawing"),
    "program.mp3": (b"MZ\x90\x00\x03" + b"\x00" * 64, "its content does not match its name"),
    "archive.docx": (zipped([("evil.js", "alert(1)", 8)]), "its content does not match its name"),
    "not-a-zip.xlsx": (b"PK\x03\x04 broken", "its content does not match its name"),
    "spreadsheet-called-text.odt": (
        open_document("application/vnd.oasis.opendocument.spreadsheet"),
        "its content does not match its name",
    ),
    "binary.txt": (b"\x00\x01\x02\xff\xfe" * 20, "its content does not match its name"),
    "program.exe": (b"MZ\x90\x00", "not allowed"),
}


def upload_document(client, name, data):
    return client.post(
        "/admin/documents/add/",
        {"title": name, "file": SimpleUploadedFile(name, data), "collection": Collection.get_first_root_node().pk},
    )


def upload_image(client, name, data):
    return client.post(
        "/admin/images/add/",
        {"title": name, "file": SimpleUploadedFile(name, data), "collection": Collection.get_first_root_node().pk},
    )


@pytest.mark.parametrize("name", list(GOOD_DOCUMENTS))
def test_documents_of_the_allowed_kinds_are_accepted_and_downloaded_as_attachments(editor, name):
    data, content_type = GOOD_DOCUMENTS[name]
    assert upload_document(editor, name, data).status_code == 302
    document = get_document_model().objects.get(title=name)
    response = editor.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == data
    assert response["Content-Disposition"].startswith("attachment;")
    assert name in response["Content-Disposition"]
    if content_type:
        assert response["Content-Type"] == content_type
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'"


@pytest.mark.parametrize("name", list(BAD_DOCUMENTS))
def test_documents_that_are_not_what_they_claim_or_could_run_are_refused(editor, name):
    data, reason = BAD_DOCUMENTS[name]
    count = get_document_model().objects.count()
    response = upload_document(editor, name, data)
    assert response.status_code == 200
    assert reason in response.content.decode()
    assert get_document_model().objects.count() == count


def test_the_multiple_upload_checks_content_too(editor):
    count = get_document_model().objects.count()
    response = editor.post(
        "/admin/documents/multiple/add/",
        {"files[]": SimpleUploadedFile("disguised.pdf", HTML), "collection": Collection.get_first_root_node().pk},
    )
    assert response.status_code == 200
    assert response.json()["success"] is False
    assert "its content does not match its name" in str(response.json())
    assert get_document_model().objects.count() == count


def test_a_plain_image_is_accepted(editor):
    assert upload_image(editor, "ward.png", png(40, 30)).status_code == 302
    assert get_image_model().objects.get(title="ward.png").width == 40


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("drawing.svg", SVG, "Not a supported image format"),
        ("page.png", HTML, "Not a valid .png image. The extension does not match the file format (svg)"),
        ("bomb.png", png_claiming(100_000, 100_000), "This file has too many pixels"),
        ("large.png", large_png(), "This file has too many pixels (42000000). Maximum pixels 40000000."),
        ("animation.gif", gif_frames(45), "This file has too many pixels"),
        ("heavy.png", png(trailing=b"\x00" * (10 * 1024 * 1024)), "This file is too big"),
        ("picture.jpg", png(), "does not match the file format (png)"),
    ],
)
def test_images_that_are_too_big_too_many_pixels_or_not_images_are_refused(editor, name, data, reason):
    count = get_image_model().objects.count()
    response = upload_image(editor, name, data)
    assert response.status_code == 200
    assert reason in response.content.decode()
    assert get_image_model().objects.count() == count


def test_picture_data_cut_short_gets_a_message_not_an_error(editor, monkeypatch):
    # Pillow's default; WeasyPrint, once imported, lets the whole process read cut-short images instead.
    monkeypatch.setattr(ImageFile, "LOAD_TRUNCATED_IMAGES", False)
    count = get_image_model().objects.count()
    response = upload_image(editor, "truncated.png", png_claiming(4_000, 3_000))
    assert response.status_code == 200
    assert "Upload a valid image" in response.content.decode()
    assert get_image_model().objects.count() == count


def test_documents_are_never_reached_under_media_in_development(client, settings):
    """The proxy serves MEDIA_URL in production (README): documents go through Django, where privacy holds."""
    assert settings.WAGTAILDOCS_SERVE_METHOD == "serve_view"
    assert settings.WAGTAILDOCS_INLINE_CONTENT_TYPES == []
