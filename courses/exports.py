"""A module taken out of the platform: a print view, a PDF handout and an IMS Common Cartridge 1.3.

An export holds what its reader may read on the site, no more: lessons limited to signed-in readers
only for signed-in readers, facilitator notes only for teaching staff. In a cartridge the notes go to
pages of their own, marked for instructors, because a learning management system shows its students
whatever else the cartridge holds.
"""

import re
import zipfile
from io import BytesIO
from pathlib import Path
from urllib.parse import unquote, urlsplit
from xml.etree import ElementTree

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.exceptions import SuspiciousFileOperation
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from courses.permissions import can_see_facilitator_notes

HANDOUT_STYLESHEET = "css/handout.css"
# Sections of a lesson are h3 in a handout, under the lesson's own h2.
HANDOUT_HEADING_LEVEL = 3


def handout_context(module, request):
    """What every export of `module` holds for the reader of `request`."""
    user = request.user
    staff = can_see_facilitator_notes(user)
    listed = module.lessons()
    readable = [lesson for lesson in listed if user.is_authenticated or not lesson.needs_sign_in]
    lessons = []
    for number, lesson in enumerate(readable, start=1):
        blocks = list(lesson.body) if staff else lesson.public_blocks()
        anchor = f"lesson-{number}"
        # Section anchors are unique within a lesson; the handout holds them all, so they take its number.
        sections = {block.id: f"{anchor}-{section}" for block, section in lesson.table_of_contents(blocks)}
        lessons.append(
            {
                "page": lesson,
                "number": number,
                "anchor": anchor,
                "blocks": [(block, sections.get(block.id)) for block in blocks],
                "public_blocks": [(block, sections.get(block.id)) for block in lesson.public_blocks()],
                "facilitator_notes": [block for block in blocks if block.block_type == "facilitator_notes"],
            }
        )
    reading = module.reading_context()
    url = request.build_absolute_uri(module.get_url(request))
    return {
        **reading,
        "page": module,
        "lessons": lessons,
        "withheld_lessons": len(listed) - len(readable),
        "total_minutes": sum(lesson.duration_minutes for lesson in readable),
        "show_facilitator_notes": staff,
        "show_cultural_context": staff,
        "module_url": url,
        "citation": module.citation(reading, url),
        "peer_review": module.latest_approval(),
        "source_module": module.adapted_from if module.adapted_from_id and module.adapted_from.live else None,
        "heading_level": HANDOUT_HEADING_LEVEL,
        "exported_at": timezone.now(),
        "in_export": True,
    }


def file_name(module, extension):
    return f"{slugify(module.slug) or 'module'}.{extension}"


def local_file(url):
    """The file on this server that a static or media address names, or None (other hosts, other paths)."""
    parts = urlsplit(url)
    path = unquote(parts.path)
    if path.startswith(settings.STATIC_URL):
        relative = path.removeprefix(settings.STATIC_URL)
        try:
            found = finders.find(relative)
        except SuspiciousFileOperation:
            return None
        if found:
            return Path(found)
        root = Path(settings.STATIC_ROOT)
    elif path.startswith(settings.MEDIA_URL):
        root, relative = Path(settings.MEDIA_ROOT), path.removeprefix(settings.MEDIA_URL)
    else:
        return None
    candidate = (root / relative).resolve()
    # An address such as /media/../settings.py must not reach outside the folder it names.
    if not candidate.is_relative_to(root.resolve()) or not candidate.is_file():
        return None
    return candidate


def render_pdf(request, context):
    """The PDF handout: the handout template laid out by WeasyPrint, with this server's files only."""
    from weasyprint import CSS, HTML  # loads Pango: only the PDF export pays for it
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class LocalFilesOnly(URLFetcher):
        """Images and stylesheets from this server's own static and media folders; nothing from the network."""

        def fetch(self, url, headers=None):
            found = local_file(url)
            if found is None:
                raise ValueError(f"Not a file of this site: {url}")
            return URLFetcherResponse(found.as_uri(), found.read_bytes())

    html = render_to_string("courses/exports/handout_pdf.html", context, request)
    stylesheet = CSS(filename=finders.find(HANDOUT_STYLESHEET))
    document = HTML(string=html, base_url=request.build_absolute_uri("/"), url_fetcher=LocalFilesOnly())
    return document.write_pdf(stylesheets=[stylesheet])


# IMS Common Cartridge 1.3: the content-packaging namespace and the cartridge's profile of IEEE LOM.
CC_NAMESPACE = "http://www.imsglobal.org/xsd/imsccv1p3/imscp_v1p1"
LOM_MANIFEST_NAMESPACE = "http://ltsc.ieee.org/xsd/imsccv1p3/LOM/manifest"
LOM_RESOURCE_NAMESPACE = "http://ltsc.ieee.org/xsd/imsccv1p3/LOM/resource"
XSI_NAMESPACE = "http://www.w3.org/2001/XMLSchema-instance"
CC_SCHEMA_LOCATIONS = " ".join(
    [
        CC_NAMESPACE,
        "http://www.imsglobal.org/profile/cc/ccv1p3/ccv1p3_imscp_v1p2_v1p0.xsd",
        LOM_MANIFEST_NAMESPACE,
        "http://www.imsglobal.org/profile/cc/ccv1p3/LOM/ccv1p3_lommanifest_v1p0.xsd",
        LOM_RESOURCE_NAMESPACE,
        "http://www.imsglobal.org/profile/cc/ccv1p3/LOM/ccv1p3_lomresource_v1p0.xsd",
    ]
)
for prefix, namespace in [
    ("", CC_NAMESPACE),
    ("lomimscc", LOM_MANIFEST_NAMESPACE),
    ("lom", LOM_RESOURCE_NAMESPACE),
    ("xsi", XSI_NAMESPACE),
]:
    ElementTree.register_namespace(prefix, namespace)
CARTRIDGE_FOLDER = "web_resources"
SITE_ADDRESS = re.compile(r'(?P<attribute>\b(?:href|src))="(?P<url>/[^"/][^"]*|/)"')


class Cartridge:
    """The files of a cartridge and the manifest that lists them, built page by page."""

    def __init__(self, request):
        self.request = request
        self.files = {}  # path in the zip -> bytes
        self.assets = {}  # address on the site -> path in the zip
        self.resources = []  # (identifier, href, files, for_instructors)

    def page(self, identifier, name, template, context, for_instructors=False):
        html = render_to_string(template, {**context, "stylesheet": "style.css"}, self.request)
        path = f"{CARTRIDGE_FOLDER}/{name}"
        self.files[path] = self.relocated(html).encode()
        self.resources.append((identifier, path, for_instructors))
        return identifier

    def relocated(self, html):
        """Images and stylesheets travel in the cartridge; links to the site become absolute addresses."""

        def relocate(match):
            url = match["url"]
            found = local_file(url) if match["attribute"] == "src" else None
            if found is None:
                return f'{match["attribute"]}="{self.request.build_absolute_uri(url)}"'
            if url not in self.assets:
                name = f"media/{len(self.assets) + 1:03d}-{found.name}"
                self.assets[url] = name
                self.files[f"{CARTRIDGE_FOLDER}/{name}"] = found.read_bytes()
            return f'{match["attribute"]}="{self.assets[url]}"'

        return SITE_ADDRESS.sub(relocate, html)

    def zip(self, manifest):
        buffer = BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("imsmanifest.xml", manifest)
            for path, content in self.files.items():
                archive.writestr(path, content)
        return buffer.getvalue()


def build_cartridge(request, context):
    """The module as an IMS Common Cartridge 1.3: one web page for the overview and one for each lesson."""
    cartridge = Cartridge(request)
    cartridge.files[f"{CARTRIDGE_FOLDER}/style.css"] = Path(finders.find(HANDOUT_STYLESHEET)).read_bytes()
    student_context = {**context, "show_facilitator_notes": False, "show_cultural_context": False}
    items = [(cartridge.page("overview", "index.html", "courses/exports/cartridge_overview.html", context), None)]
    for lesson in context["lessons"]:
        number = lesson["number"]
        name = f"{number:02d}-{slugify(lesson['page'].slug) or 'lesson'}"
        lesson_page = cartridge.page(
            f"lesson_{number}",
            f"{name}.html",
            "courses/exports/cartridge_lesson.html",
            {**student_context, "lesson": lesson},
        )
        notes_page = None
        if context["show_facilitator_notes"] and lesson["facilitator_notes"]:
            notes_page = cartridge.page(
                f"lesson_{number}_notes",
                f"{name}-facilitator-notes.html",
                "courses/exports/cartridge_notes.html",
                {**context, "lesson": lesson},
                for_instructors=True,
            )
        items.append((lesson_page, notes_page))
    return cartridge.zip(manifest(cartridge, context, items))


def manifest(cartridge, context, items):

    def cc(tag):
        return f"{{{CC_NAMESPACE}}}{tag}"

    def lom(tag):
        return f"{{{LOM_MANIFEST_NAMESPACE}}}{tag}"

    module = context["page"]
    language = module.content_language
    root = ElementTree.Element(
        cc("manifest"),
        {
            "identifier": f"medhum-{module.translation_key}-{module.live_revision_id or 0}",
            f"{{{XSI_NAMESPACE}}}schemaLocation": CC_SCHEMA_LOCATIONS,
        },
    )
    metadata = ElementTree.SubElement(root, cc("metadata"))
    ElementTree.SubElement(metadata, cc("schema")).text = "IMS Common Cartridge"
    ElementTree.SubElement(metadata, cc("schemaversion")).text = "1.3.0"
    lom_root = ElementTree.SubElement(metadata, lom("lom"))
    general = ElementTree.SubElement(lom_root, lom("general"))

    def lom_string(parent, tag, text):
        element = ElementTree.SubElement(parent, lom(tag))
        ElementTree.SubElement(element, lom("string"), {"language": language}).text = text

    lom_string(general, "title", module.title)
    ElementTree.SubElement(general, lom("language")).text = language
    if module.summary:
        lom_string(general, "description", module.summary)
    keywords = [tag.name for tag in module.keywords.all()] + [theme.name for theme in context["themes"]]
    for keyword in dict.fromkeys(keywords):
        lom_string(general, "keyword", keyword)
    rights = ElementTree.SubElement(lom_root, lom("rights"))
    restrictions = ElementTree.SubElement(rights, lom("copyrightAndOtherRestrictions"))
    ElementTree.SubElement(restrictions, lom("value")).text = "yes"
    lom_string(rights, "description", rights_statement(context))

    organization = ElementTree.SubElement(
        ElementTree.SubElement(root, cc("organizations")),
        cc("organization"),
        {"identifier": "organization", "structure": "rooted-hierarchy"},
    )
    top = ElementTree.SubElement(organization, cc("item"), {"identifier": "module"})
    ElementTree.SubElement(top, cc("title")).text = module.title
    notes = _("Facilitator notes")
    titles = {"overview": module.title}
    for lesson in context["lessons"]:
        titles[f"lesson_{lesson['number']}"] = lesson["page"].title
        titles[f"lesson_{lesson['number']}_notes"] = f"{lesson['page'].title} · {notes}"
    for page_resource, notes_resource in items:
        for resource in filter(None, (page_resource, notes_resource)):
            item = ElementTree.SubElement(
                top, cc("item"), {"identifier": f"item_{resource}", "identifierref": f"resource_{resource}"}
            )
            ElementTree.SubElement(item, cc("title")).text = titles[resource]

    resources = ElementTree.SubElement(root, cc("resources"))
    shared = [path for path in cartridge.files if not path.endswith(".html")]
    for identifier, href, for_instructors in cartridge.resources:
        resource = ElementTree.SubElement(
            resources, cc("resource"), {"identifier": f"resource_{identifier}", "type": "webcontent", "href": href}
        )
        if for_instructors:
            # The cartridge's way to keep a resource from students: intended for the instructor role only.
            role = ElementTree.SubElement(
                ElementTree.SubElement(
                    ElementTree.SubElement(
                        ElementTree.SubElement(resource, cc("metadata")), f"{{{LOM_RESOURCE_NAMESPACE}}}lom"
                    ),
                    f"{{{LOM_RESOURCE_NAMESPACE}}}educational",
                ),
                f"{{{LOM_RESOURCE_NAMESPACE}}}intendedEndUserRole",
            )
            ElementTree.SubElement(role, f"{{{LOM_RESOURCE_NAMESPACE}}}source").text = "IMSGLC_CC_Rolesv1p2"
            ElementTree.SubElement(role, f"{{{LOM_RESOURCE_NAMESPACE}}}value").text = "Instructor"
        ElementTree.SubElement(resource, cc("file"), {"href": href})
        ElementTree.SubElement(resource, cc("dependency"), {"identifierref": "resource_shared"})
    shared_resource = ElementTree.SubElement(
        resources, cc("resource"), {"identifier": "resource_shared", "type": "webcontent"}
    )
    for path in shared:
        ElementTree.SubElement(shared_resource, cc("file"), {"href": path})
    ElementTree.indent(root)
    return ElementTree.tostring(root, encoding="utf-8", xml_declaration=True)


def rights_statement(context):
    """The license and attribution, as one sentence for the manifest (in the module's own words)."""
    module, license_info = context["page"], context["license"]
    authors = ", ".join(author.name for author in context["authors"])
    institution = context["institution"].title if context["institution"] else ""
    statement = f"{license_info.name} ({license_info.url}). {authors}"
    if institution:
        statement += f", {institution}"
    statement += f". MedHum Commons: {context['module_url']}"
    if module.source_attribution:
        source = module.source_attribution
        statement += (
            f" Adapted from “{source.get('title')}” by {', '.join(source.get('authors', []))}"
            f" ({source.get('institution')}), {source.get('license_name')}."
        )
    return statement
