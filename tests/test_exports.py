"""Exports of a module: the print version, the PDF handout and the IMS Common Cartridge."""

import io
import re
import zipfile
from xml.etree import ElementTree

import pytest
from django.core.exceptions import ValidationError
from pypdf import PdfReader
from wagtail.models import PageViewRestriction

from courses.exports import CC_NAMESPACE, LOM_MANIFEST_NAMESPACE, LOM_RESOURCE_NAMESPACE
from courses.models import LessonPage, ModulePage
from tests.builders import build_lesson, build_module
from tests.lookups import version_in

pytestmark = pytest.mark.django_db
NS = {"cc": CC_NAMESPACE, "lomimscc": LOM_MANIFEST_NAMESPACE, "lom": LOM_RESOURCE_NAMESPACE}


def export(client, module, kind):
    return client.get(f"{module.url}export/{kind}/")


def pdf_text(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    return reader, "".join(page.extract_text() for page in reader.pages)


def squeezed(text):
    """Text without white space: a title that wraps onto two lines of the PDF is still one title."""
    return re.sub(r"\s+", "", text)


def embedded_fonts(reader):
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"].get("/Font", {}).values():
            font = font.get_object()
            fonts.add(str(font["/BaseFont"]))
            for descendant in font.get("/DescendantFonts", []):
                fonts.add(str(descendant.get_object()["/BaseFont"]))
    return fonts


def cartridge(response):
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert ".imscc" in response["Content-Disposition"]
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    assert archive.testzip() is None
    return archive, ElementTree.fromstring(archive.read("imsmanifest.xml"))


def chinese_module():
    return ModulePage.objects.live().get(slug="yihuan-goutong-zhong-de-gongqing", locale__language_code="zh-hans")


def test_the_module_page_links_to_its_three_exports(client, module):
    html = client.get(module.url).content.decode()
    for kind in ("print", "pdf", "cartridge"):
        assert f'href="{module.url}export/{kind}/"' in html


def test_the_pdf_has_the_module_and_every_lesson_title_with_chinese_set_in_a_chinese_font(client):
    module = chinese_module()
    lessons = list(module.lessons())
    assert lessons
    reader, text = pdf_text(export(client, module, "pdf"))
    assert squeezed(module.title) in squeezed(text)
    for lesson in lessons:
        assert squeezed(lesson.title) in squeezed(text)
    # Extraction passes even when glyphs are empty boxes: the font itself must be a Simplified Chinese one.
    assert any("CJK-SC" in font for font in embedded_fonts(reader))
    assert reader.metadata.title == module.title


def test_the_pdf_of_a_french_module_keeps_its_accents_and_carries_license_and_references(client):
    module = ModulePage.objects.live().get(slug="accompagner-la-fin-de-vie", locale__language_code="fr")
    reader, text = pdf_text(export(client, module, "pdf"))
    assert squeezed(module.title) in squeezed(text)
    for lesson in module.lessons():
        assert squeezed(lesson.title) in squeezed(text)
    assert "CC BY-NC 4.0" in text
    assert "Références" in text  # the handout's chrome follows the reader's language
    assert len(reader.pages) > len(list(module.lessons())) + 2  # cover, contents, a page or more a lesson


def test_facilitator_notes_reach_teaching_staff_exports_only(client, lesson_with_every_block, staff_user, student_user):
    module = lesson_with_every_block.get_parent().specific
    for reader in (None, student_user):
        if reader:
            client.force_login(reader)
        assert "marker-notes" not in pdf_text(export(client, module, "pdf"))[1]
        assert "marker-notes" not in export(client, module, "print").content.decode()
        archive, manifest = cartridge(export(client, module, "cartridge"))
        assert not any(b"marker-notes" in archive.read(name) for name in archive.namelist())
        assert manifest.find(".//lom:intendedEndUserRole", NS) is None

    client.force_login(staff_user)
    assert "marker-notes" in pdf_text(export(client, module, "pdf"))[1]
    assert "marker-notes" in export(client, module, "print").content.decode()
    archive, manifest = cartridge(export(client, module, "cartridge"))
    # In a cartridge the notes are pages of their own, for the instructor role: never in the students' lesson.
    holding_notes = [name for name in archive.namelist() if b"marker-notes" in archive.read(name)]
    assert len(holding_notes) == 1 and holding_notes[0].endswith("-facilitator-notes.html")
    notes_resource = manifest.find(f".//cc:resource[@href='{holding_notes[0]}']", NS)
    assert notes_resource.find(".//lom:intendedEndUserRole/lom:value", NS).text == "Instructor"


def test_every_teaching_block_is_in_the_handout(client, lesson_with_every_block):
    module = lesson_with_every_block.get_parent().specific
    html = export(client, module, "print").content.decode()
    text = pdf_text(export(client, module, "pdf"))[1]
    for marker in ("section", "image caption", "embed title", "excerpt", "case", "discussion", "reflection"):
        assert f"marker-{marker}" in html
        assert f"marker-{marker}" in text
    # On paper a recording is a link with its address, never a player.
    assert "<iframe" not in html
    assert "youtube.com/watch?v=1Evwgu369Jw" in text


def test_the_cartridge_is_a_valid_package_that_references_every_file_it_holds(client, lesson_with_every_block):
    module = lesson_with_every_block.get_parent().specific
    archive, manifest = cartridge(export(client, module, "cartridge"))
    assert manifest.tag == f"{{{CC_NAMESPACE}}}manifest"
    assert manifest.findtext("cc:metadata/cc:schema", namespaces=NS) == "IMS Common Cartridge"
    assert manifest.findtext("cc:metadata/cc:schemaversion", namespaces=NS) == "1.3.0"

    referenced = {element.get("href") for element in manifest.iterfind(".//cc:file", NS)}
    held = set(archive.namelist()) - {"imsmanifest.xml"}
    assert referenced == held
    for resource in manifest.iterfind(".//cc:resource", NS):
        if resource.get("href"):
            assert resource.get("href") in held
    identifiers = {resource.get("identifier") for resource in manifest.iterfind(".//cc:resource", NS)}
    for item in manifest.iterfind(".//cc:item[@identifierref]", NS):
        assert item.get("identifierref") in identifiers

    # The lesson's image travels in the cartridge, and the page points to it there.
    lesson_file = next(name for name in held if name.endswith(f"{lesson_with_every_block.slug}.html"))
    lesson_html = archive.read(lesson_file).decode()
    image_paths = re.findall(r'<img src="([^"]+)"', lesson_html)
    assert image_paths and all(not path.startswith(("/", "http")) for path in image_paths)
    assert all(f"web_resources/{path}" in held for path in image_paths)
    # Links back to the site are absolute, so they work from inside a learning management system.
    assert not re.search(r'href="/[^/]', lesson_html)


def test_the_cartridge_manifest_carries_title_language_license_and_keywords(client):
    module = ModulePage.objects.live().get(slug="accompagner-la-fin-de-vie", locale__language_code="fr")
    archive, manifest = cartridge(export(client, module, "cartridge"))
    general = manifest.find("cc:metadata/lomimscc:lom/lomimscc:general", NS)
    assert general.findtext("lomimscc:title/lomimscc:string", namespaces=NS) == module.title
    assert general.findtext("lomimscc:language", namespaces=NS) == "fr"
    keywords = {element.text for element in general.iterfind("lomimscc:keyword/lomimscc:string", NS)}
    assert {tag.name for tag in module.keywords.all()} <= keywords
    rights = manifest.findtext(
        "cc:metadata/lomimscc:lom/lomimscc:rights/lomimscc:description/lomimscc:string", namespaces=NS
    )
    assert "CC BY-NC 4.0" in rights and "creativecommons.org/licenses/by-nc/4.0" in rights
    titles = [element.text for element in manifest.iterfind(".//cc:item/cc:title", NS)]
    for lesson in module.lessons():
        assert lesson.title in titles


def test_an_adaptation_exports_its_attribution(client, module):
    from courses.adaptation import adapt
    from tests.lookups import account

    module.refresh_from_db()
    adaptation = adapt(module, account("instructor.ottawa"))
    adaptation.save_revision().publish()
    for lesson in LessonPage.objects.child_of(adaptation):
        lesson.save_revision().publish()
    text = squeezed(pdf_text(export(client, adaptation, "pdf"))[1])
    assert squeezed(f"Adapted from “{module.title}”") in text
    archive, manifest = cartridge(export(client, adaptation, "cartridge"))
    assert f"Adapted from “{module.title}”" in manifest.findtext(".//lomimscc:rights//lomimscc:string", namespaces=NS)


def test_lessons_for_signed_in_readers_are_left_out_of_anonymous_exports_and_said_to_be(client, module, student_user):
    private = build_lesson(module, title="Signed-in lesson")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    html = export(client, module, "print").content.decode()
    assert "Signed-in lesson" not in html
    assert "One lesson is for signed-in readers" in html
    assert "Signed-in lesson" not in pdf_text(export(client, module, "pdf"))[1]
    archive, _ = cartridge(export(client, module, "cartridge"))
    assert not any(name.endswith(f"{private.slug}.html") for name in archive.namelist())

    client.force_login(student_user)
    assert "Signed-in lesson" in export(client, module, "print").content.decode()
    assert squeezed("Signed-in lesson") in squeezed(pdf_text(export(client, module, "pdf"))[1])


def test_a_module_limited_to_signed_in_readers_keeps_its_exports_to_them(client, module):
    PageViewRestriction.objects.create(page=module, restriction_type=PageViewRestriction.LOGIN)
    for kind in ("print", "pdf", "cartridge"):
        response = export(client, module, kind)
        assert response.status_code == 302
        assert "/accounts/sign-in/" in response["Location"]


def test_an_unpublished_module_has_no_exports(client):
    draft = build_module(lessons=1, publish=False)
    for kind in ("print", "pdf", "cartridge"):
        assert export(client, draft, kind).status_code == 404


def test_an_untranslated_module_exports_its_original_text_in_the_reader_s_tree(client):
    module = chinese_module()
    stand_in = version_in(module, "fr")
    assert stand_in.alias_of_id
    html = export(client, stand_in, "print").content.decode()
    assert f'<article class="handout" lang="{module.content_language}">' in html
    archive, manifest = cartridge(export(client, stand_in, "cartridge"))
    assert manifest.findtext(".//lomimscc:language", namespaces=NS) == "zh-hans"


def test_the_print_version_is_one_page_with_one_main_heading(client, module):
    html = export(client, module, "print").content.decode()
    assert html.count("<h1") == 1
    for lesson in module.lessons():
        assert lesson.title in html
        assert '<a href="#lesson-' in html
    assert "license" in html.lower()


def test_exports_answer_unknown_addresses_with_404(client, module):
    for path in ("export/", "export/pdf/extra/", "export/docx/", "export/pdf/..%2F..%2F/"):
        assert client.get(f"{module.url}{path}").status_code == 404
    assert client.get(f"{module.url}export/pdf/%00/").status_code == 400


def test_a_lesson_may_not_take_the_exports_address(module):
    lesson = LessonPage.objects.child_of(module).first().specific
    lesson.slug = ModulePage.EXPORTS_SLUG
    with pytest.raises(ValidationError) as refusal:
        lesson.full_clean()
    assert "slug" in refusal.value.message_dict


def test_signed_in_readers_exports_are_never_stored_by_a_shared_cache(client, module, student_user):
    client.force_login(student_user)
    for kind in ("pdf", "cartridge"):
        response = export(client, module, kind)
        assert "private" in response["Cache-Control"]
        assert "Cookie" in response["Vary"]
