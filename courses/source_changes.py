"""What changed in an adaptation's original since its editors last took it into account.

"Then" is the original as it was published when the adaptation was made, or when its editors last
marked the original's changes as taken into account; "now" is the original as published today. The
module is compared field by field and each lesson block by block, with Wagtail's own comparison
classes (the ones behind its revision history), so that an editor carries over what they need
without losing their own edits.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _
from wagtail.admin.compare import StreamBlockComparison, StreamFieldComparison
from wagtail.admin.panels import ObjectList
from wagtail.models import PageLogEntry

from courses.models import LessonPage
from courses.models.pages import SourceChangesSeen

PUBLICATION_ACTIONS = ("wagtail.publish", "wagtail.unpublish")


@dataclass
class BlockChange:
    label: str
    status: str  # "added", "removed" or "changed"
    html: str


@dataclass
class PageChanges:
    title: str
    status: str  # "added", "withdrawn", "changed" or "unchanged"
    fields: list = field(default_factory=list)  # Wagtail comparisons of the fields that changed
    blocks: list = field(default_factory=list)  # BlockChange, in the order of the lesson
    unchanged_blocks: int = 0
    page: object = None

    STATUS_LABELS = {
        "added": _("New lesson"),
        "withdrawn": _("No longer published"),
        "changed": _("Changed"),
        "unchanged": _("Unchanged"),
    }

    @property
    def status_label(self):
        return self.STATUS_LABELS[self.status]


def baseline(adaptation):
    """(revision of the original, moment) that the adaptation last took into account."""
    seen = SourceChangesSeen.objects.filter(adaptation_id=adaptation.pk).select_related("revision").first()
    if seen and seen.revision:
        return seen.revision, seen.seen_at
    return adaptation.adapted_from_revision, adaptation.adapted_at


def source_changes(adaptation, request):
    """The module's changes and each lesson's, between the baseline and the original's live version."""
    source = adaptation.adapted_from
    then_revision, moment = baseline(adaptation)
    module_then = then_revision.as_object() if then_revision else None
    module_now = source.live_revision.as_object() if source.live_revision else source
    module = compare_pages(module_then, module_now, request)

    lessons = list(LessonPage.objects.child_of(source).select_related("live_revision").order_by("path"))
    published_then = revisions_live_at([lesson.pk for lesson in lessons], moment)
    lesson_changes = []
    for lesson in lessons:
        then = published_then.get(lesson.pk)
        now = lesson.live_revision if lesson.live else None
        if then is None and now is None:
            continue
        changes = compare_pages(then.as_object() if then else None, now.as_object() if now else None, request)
        changes.page = lesson
        lesson_changes.append(changes)
    return {
        "source": source,
        "then_revision": then_revision,
        "then_moment": moment,
        "now_revision": source.live_revision,
        "module": module,
        "lessons": lesson_changes,
        "changed_lessons": [lesson for lesson in lesson_changes if lesson.status != "unchanged"],
    }


def revisions_live_at(page_ids, moment):
    """{page id: the revision that was live at `moment`}, from the publication log (one query)."""
    if moment is None:
        return {}
    entries = (
        PageLogEntry.objects.filter(page_id__in=page_ids, action__in=PUBLICATION_ACTIONS, timestamp__lte=moment)
        .select_related("revision")
        .order_by("page_id", "timestamp", "pk")
    )
    latest = {}
    for entry in entries:
        latest[entry.page_id] = entry.revision if entry.action == "wagtail.publish" else None
    return {page_id: revision for page_id, revision in latest.items() if revision is not None}


def compare_pages(then, now, request):
    """How a page changed: its fields through Wagtail's comparisons, its teaching blocks one by one."""
    if then is None or now is None:
        present = now or then
        return PageChanges(title=present.title, status="added" if then is None else "withdrawn")
    changes = PageChanges(title=now.title, status="unchanged")
    panels = [*now.content_panels, *getattr(now, "classification_panels", [])]
    bound = ObjectList(panels).bind_to_model(type(now)).get_bound_panel(instance=now, request=request, form=None)
    for comparison_class in bound.get_comparison():
        comparison = comparison_class(then, now)
        if not comparison.has_changed():
            continue
        if isinstance(comparison, StreamFieldComparison) and comparison.field.name == "body":
            changes.blocks, changes.unchanged_blocks = block_changes(comparison)
        else:
            changes.fields.append(comparison)
    if changes.fields or changes.blocks:
        changes.status = "changed"
    return changes


def block_changes(comparison):
    """The body's added, removed and changed blocks, in order, and how many stayed the same."""
    stream = StreamBlockComparison(comparison.field.stream_block, True, True, comparison.val_a, comparison.val_b)
    changed, unchanged = [], 0
    for block in stream.get_block_comparisons():
        label = str(block.block.label)
        if block.is_new():
            changed.append(BlockChange(label, "added", block.htmlvalue(block.val_b)))
        elif block.is_deleted():
            changed.append(BlockChange(label, "removed", block.htmlvalue(block.val_a)))
        elif block.has_changed():
            changed.append(BlockChange(label, "changed", block.htmldiff()))
        else:
            unchanged += 1
    return changed, unchanged
