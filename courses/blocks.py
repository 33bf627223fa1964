"""The teaching blocks a lesson is made of. Their names are stored in JSON: rename only with a data migration."""

import re
from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.utils.html import strip_tags
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.rich_text import RichText

INLINE_FEATURES = ["bold", "italic", "link"]
PROSE_FEATURES = ["bold", "italic", "link", "ol", "ul", "h3", "blockquote"]

doi_validator = RegexValidator(
    r"^10\.\d{4,9}/\S+$", _("A DOI looks like 10.1001/jama.286.15.1897 (without https://doi.org/).")
)


class SectionBlock(blocks.StructBlock):
    """A titled part of the lesson; its heading appears in the lesson's table of contents."""

    heading = blocks.CharBlock(label=_("heading"), max_length=160)
    text = blocks.RichTextBlock(label=_("text"), features=PROSE_FEATURES)

    class Meta:
        icon = "doc-full"
        label = _("Section")
        description = _("A heading and its text; headings build the table of contents.")
        template = "blocks/section_block.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        # The lesson passes anchors made unique across its sections; alone, the heading gives one.
        context.setdefault("anchor", section_anchor(value["heading"]))
        return context


def section_anchor(heading):
    """A stable fragment id for a heading, in any script (Chinese headings keep their characters)."""
    return slugify(heading, allow_unicode=True) or "section"


class CaptionedImageBlock(blocks.StructBlock):
    """A picture with the text alternative, caption and credit that accessibility and licensing require."""

    image = ImageChooserBlock(
        label=_("image"),
        help_text=_("Never a photograph of an identifiable patient: images in the library cannot be made private."),
    )
    alt_text = blocks.CharBlock(
        label=_("text alternative"),
        max_length=300,
        help_text=_("What the image shows, for readers who cannot see it. Required."),
    )
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=300)
    credit = blocks.CharBlock(
        label=_("credit"), required=False, max_length=200, help_text=_("Author, source and license.")
    )

    class Meta:
        icon = "image"
        label = _("Image")
        description = _("An image with its text alternative, caption and credit.")
        template = "blocks/image_block.html"


class MediaEmbedBlock(blocks.StructBlock):
    """A video or sound recording from a hosting site, with a description for those who cannot play it."""

    url = blocks.URLBlock(
        label=_("address"), help_text=_("A YouTube, Vimeo or SoundCloud page, or a link to a sound or video file.")
    )
    title = blocks.CharBlock(label=_("title"), max_length=200)
    description = blocks.TextBlock(
        label=_("description or transcript"),
        required=False,
        help_text=_("What the recording contains, for readers who cannot play it and for print."),
    )

    class Meta:
        icon = "media"
        label = _("Video or audio")
        description = _("A video or audio recording by its address.")
        template = "blocks/media_embed_block.html"


class ExcerptBlock(blocks.StructBlock):
    """A passage of literature, a described artwork or a testimony to read closely."""

    kind = blocks.ChoiceBlock(
        label=_("kind"),
        choices=[
            ("literature", _("Literature")),
            ("artwork", _("Artwork")),
            ("testimony", _("Testimony")),
            ("historical", _("Historical text")),
        ],
    )
    text = blocks.TextBlock(
        label=_("text"), help_text=_("Quote only public-domain or licensed texts, or describe the artwork.")
    )
    source = blocks.CharBlock(label=_("source"), max_length=300, help_text=_("Author, work, year."))
    commentary = blocks.RichTextBlock(label=_("commentary"), features=INLINE_FEATURES, required=False)

    class Meta:
        icon = "openquote"
        label = _("Excerpt")
        description = _("A literary passage, an artwork or a testimony, with its source.")
        template = "blocks/excerpt_block.html"


class CaseVignetteBlock(blocks.StructBlock):
    """A clinical case for discussion, saved only once the author vouches for the patient's privacy."""

    title = blocks.CharBlock(label=_("title"), max_length=200)
    presentation = blocks.RichTextBlock(label=_("presentation"), features=PROSE_FEATURES)
    consent = blocks.ChoiceBlock(
        label=_("privacy"),
        choices=[
            ("deidentified", _("The case is fictional or de-identified: no patient can be recognised.")),
            ("consent_obtained", _("The patient gave written consent to this use in teaching.")),
        ],
        help_text=_("Required, as peer-reviewed medical-education journals require."),
    )

    class Meta:
        icon = "clipboard-list"
        label = _("Clinical case")
        description = _("A case vignette; you confirm it is de-identified or consented.")
        template = "blocks/case_block.html"


class DiscussionBlock(blocks.StructBlock):
    """Questions for a group to discuss."""

    questions = blocks.ListBlock(blocks.TextBlock(label=_("question")), label=_("questions"), min_num=1)

    class Meta:
        icon = "help"
        label = _("Discussion questions")
        description = _("Questions for group discussion.")
        template = "blocks/discussion_block.html"


class ReflectionBlock(blocks.StructBlock):
    """A prompt that asks students to write about their own experience."""

    prompt = blocks.TextBlock(label=_("prompt"))
    guidance = blocks.TextBlock(label=_("guidance"), required=False, help_text=_("Shown under the prompt."))

    class Meta:
        icon = "edit"
        label = _("Reflection prompt")
        description = _("A personal writing prompt with guidance.")
        template = "blocks/reflection_block.html"


class ActivityBlock(blocks.StructBlock):
    """Something students do in class: role-play, close reading, debate."""

    title = blocks.CharBlock(label=_("title"), max_length=200)
    duration_minutes = blocks.IntegerBlock(label=_("duration (minutes)"), min_value=1, max_value=480)
    group_size = blocks.CharBlock(label=_("group size"), max_length=40, help_text=_("e.g. 3–4, or whole class"))
    instructions = blocks.RichTextBlock(label=_("instructions"), features=PROSE_FEATURES)

    class Meta:
        icon = "group"
        label = _("Activity")
        description = _("A class activity with duration, group size and instructions.")
        template = "blocks/activity_block.html"


class TakeawaysBlock(blocks.StructBlock):
    """The points a student should leave the lesson with."""

    items = blocks.ListBlock(blocks.CharBlock(label=_("point"), max_length=400), label=_("key points"), min_num=1)

    class Meta:
        icon = "tick"
        label = _("Key takeaways")
        description = _("The few points to remember.")
        template = "blocks/takeaways_block.html"


class CitationBlock(blocks.StructBlock):
    """A structured reference, so that citations read the same everywhere and can be exported."""

    authors = blocks.CharBlock(
        label=_("authors"), max_length=300, help_text=_("Surname Initials, separated by commas.")
    )
    title = blocks.CharBlock(label=_("title"), max_length=400)
    venue = blocks.CharBlock(label=_("journal or publisher"), max_length=200, required=False)
    year = blocks.IntegerBlock(label=_("year"), min_value=1, max_value=2100, required=False)
    doi = blocks.CharBlock(label=_("DOI"), max_length=200, required=False, validators=[doi_validator])
    url = blocks.URLBlock(label=_("web address"), required=False)

    class Meta:
        icon = "link"
        label = _("Citation")
        template = "blocks/citation_block.html"

    def clean(self, value):
        value = super().clean(value)
        doi = value.get("doi", "")
        if doi and re.match(r"^https?://", doi):
            raise blocks.StructBlockValidationError({"doi": ValidationError(doi_validator.message)})
        return value


class FurtherReadingBlock(blocks.StructBlock):
    """Books and articles to go further."""

    citations = blocks.ListBlock(CitationBlock(), label=_("references"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("Further reading")
        description = _("References to go further, with authors, title, venue, year and DOI.")
        template = "blocks/further_reading_block.html"


class ResourceBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    description = blocks.CharBlock(label=_("description"), max_length=200, required=False)


class ResourcesBlock(blocks.StructBlock):
    """Slides, handouts and worksheets from the document library, to download."""

    items = blocks.ListBlock(ResourceBlock(), label=_("files"), min_num=1)

    class Meta:
        icon = "doc-full-inverse"
        label = _("Resources to download")
        description = _("Slides, handouts or worksheets from the document library.")
        template = "blocks/resources_block.html"


class FacilitatorNotesBlock(blocks.StructBlock):
    """Guidance for the teacher: timing, expected answers, pitfalls. Never shown to students."""

    text = blocks.RichTextBlock(label=_("notes"), features=PROSE_FEATURES)

    class Meta:
        icon = "warning"
        label = _("Facilitator notes")
        description = _("For teaching staff only: never shown to students or anonymous readers.")
        template = "blocks/facilitator_notes_block.html"


class LessonBodyBlock(blocks.StreamBlock):
    section = SectionBlock()
    image = CaptionedImageBlock()
    embed = MediaEmbedBlock()
    excerpt = ExcerptBlock()
    case = CaseVignetteBlock()
    discussion = DiscussionBlock()
    reflection = ReflectionBlock()
    activity = ActivityBlock()
    takeaways = TakeawaysBlock()
    further_reading = FurtherReadingBlock()
    resources = ResourcesBlock()
    facilitator_notes = FacilitatorNotesBlock()

    class Meta:
        block_counts = {"section": {"min_num": 1}}


class ObjectivesBlock(blocks.StreamBlock):
    objective = blocks.CharBlock(
        label=_("objective"), max_length=300, help_text=_("One sentence beginning with a verb.")
    )


class ReferencesBlock(blocks.StreamBlock):
    citation = CitationBlock()


def text_of(value):
    """The plain text inside a block value (struct, list, rich text or string), for reading time and excerpts."""
    if isinstance(value, str):
        return value
    if isinstance(value, RichText):
        return strip_tags(value.source)
    if isinstance(value, dict):  # StructValue
        return " ".join(text_of(item) for item in value.values())
    if isinstance(value, Iterable):  # ListValue, StreamValue
        return " ".join(text_of(getattr(item, "value", item)) for item in value)
    return ""


class InformationBodyBlock(blocks.StreamBlock):
    """The prose of an information page (About, accessibility): sections and images."""

    section = SectionBlock()
    image = CaptionedImageBlock()
