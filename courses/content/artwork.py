"""Pictures and handouts made by the project for the demo library (nothing is downloaded)."""

import zipfile
from io import BytesIO
from xml.sax.saxutils import escape

from PIL import Image, ImageDraw, ImageFont

ACCENT = (10, 100, 102)
PAPER = (251, 250, 247)
RULE = (190, 206, 204)


def spikes_diagram():
    """The SPIKES mnemonic as six linked steps, letters only so that one picture serves every language."""
    width, height, radius = 1200, 360, 78
    image = Image.new("RGB", (width, height), PAPER)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=84)
    step = (width - 2 * 110) / 5
    centres = [(110 + index * step, height / 2) for index in range(6)]
    for (x1, y), (x2, _) in zip(centres, centres[1:], strict=False):
        draw.line((x1 + radius, y, x2 - radius, y), fill=RULE, width=10)
    for (x, y), letter in zip(centres, "SPIKES", strict=True):
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=ACCENT)
        draw.text((x, y), letter, font=font, fill=PAPER, anchor="mm")
    buffer = BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def worksheet_docx(title, subtitle, prompts, lines_per_prompt=6):
    """A one-page worksheet as a Word document that students can fill in on screen or print."""
    paragraphs = [_paragraph(title, size=32, bold=True), _paragraph(subtitle, size=20)]
    for prompt in prompts:
        paragraphs.append(_paragraph(prompt, size=24, bold=True))
        paragraphs.extend(_paragraph("_" * 80, size=24) for _ in range(lines_per_prompt))
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        + "".join(paragraphs)
        + "</w:body></w:document>"
    )
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", ROOT_RELATIONSHIPS)
        archive.writestr("word/document.xml", document)
    return buffer.getvalue()


def _paragraph(text, size, bold=False):
    properties = f'<w:rPr>{"<w:b/>" if bold else ""}<w:sz w:val="{size}"/></w:rPr>'
    return f'<w:p><w:r>{properties}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
ROOT_RELATIONSHIPS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/>'
    "</Relationships>"
)
