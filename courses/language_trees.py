"""Every published module and lesson is reachable in every language's tree (DESIGN.md, Page tree).

Where a page has no translation in a language yet, that language's tree holds a Wagtail alias of it: a
page that shows the original text (marked with its own language) under that tree's interface, which
Wagtail republishes whenever the original is published and unpublishes with it. A translation takes
the alias's place when it is made.
"""

from wagtail.models import Locale, Page

from courses.models import InstitutionPage, LessonPage, ModulePage

MIRRORED_TYPES = (ModulePage, LessonPage)


def mirror_into_every_language(page):
    """Give a live original module or lesson an alias in each language tree where it has no version yet.

    Returns the aliases made.
    """
    page = page.specific
    if not isinstance(page, MIRRORED_TYPES) or page.alias_of_id or not page.live:
        return []
    made = []
    present = set(Page.objects.filter(translation_key=page.translation_key).values_list("locale_id", flat=True))
    parent = page.get_parent()
    for locale in Locale.objects.exclude(pk__in=present):
        # A lesson waits for its module to reach that tree: the module brings it along when it does.
        if parent.get_translation_or_none(locale) is not None:
            made.append(page.copy_for_translation(locale, alias=True))
    if isinstance(page, ModulePage):
        # The lessons of every version of the module, in each tree the module now reaches: they may have
        # been published before it, or belong to its original while this is a translation.
        for version in ModulePage.objects.filter(translation_key=page.translation_key, alias_of__isnull=True):
            for lesson in LessonPage.objects.child_of(version).live().filter(alias_of__isnull=True):
                made.extend(mirror_into_every_language(lesson))
    return made


def make_room_for_translation(source, locale):
    """Remove the alias that stands for `source` in `locale`'s tree, so that a translation can replace it."""
    alias = Page.objects.filter(translation_key=source.translation_key, locale=locale).exclude(alias_of=None).first()
    if alias is not None:
        alias.delete()  # with the aliases of its lessons, which are its children


def remove_mirrors_of(page):
    """Delete the aliases in other trees of `page` and of everything below it, before `page` is deleted."""
    originals = page.get_descendants(inclusive=True).values("pk")
    aliases = Page.objects.filter(alias_of__in=originals).exclude(locale_id=page.locale_id).order_by("depth")
    for alias in aliases:
        # Deleting a module's alias has already taken its lessons' aliases with it.
        if Page.objects.filter(pk=alias.pk).exists():
            alias.delete()


def follow_move(page):
    """After `page` moved, move each of its aliases under the new parent's version in the alias's language."""
    parent = page.get_parent()
    for alias in Page.objects.filter(alias_of=page).exclude(locale_id=page.locale_id):
        target = parent.get_translation_or_none(alias.locale)
        if target is None:
            alias.delete()
        elif alias.get_parent().pk != target.pk:
            alias.move(target, pos="last-child")


def on_published(sender, instance, **kwargs):
    if instance.alias_of_id:
        # Wagtail has just copied its original's content into it, text language and all: an original
        # revision does not know the language it will be published in. Set it again.
        original = Page.objects.filter(pk=instance.alias_of_id).values_list("locale__language_code", flat=True)
        type(instance).objects.filter(pk=instance.pk).update(text_language=original.first() or "")
        return
    mirror_into_every_language(instance)
    record_text_language(instance)


def record_text_language(page):
    """Once a page is published its text is in its own language, and so is the text of its aliases."""
    language = page.locale.language_code
    page.text_language = language
    model = type(page)
    model.objects.filter(pk=page.pk).update(text_language=language)
    model.objects.filter(alias_of=page).update(text_language=language)


def on_delete(sender, instance, **kwargs):
    if not instance.alias_of_id:
        remove_mirrors_of(instance)


def on_moved(sender, instance, **kwargs):
    if not instance.alias_of_id:
        follow_move(instance)


def on_section_published(sender, instance, **kwargs):
    """An institution that reaches another tree (its translation is published) brings its modules along."""
    for version in InstitutionPage.objects.filter(translation_key=instance.translation_key, alias_of__isnull=True):
        for module in ModulePage.objects.child_of(version).live().filter(alias_of__isnull=True):
            mirror_into_every_language(module)


def mirror_every_page():
    """Bring every tree up to date (after loading content, or on a site that predates mirroring)."""
    made = []
    for module in ModulePage.objects.live().filter(alias_of__isnull=True).order_by("depth", "pk"):
        made.extend(mirror_into_every_language(module))
    return made
