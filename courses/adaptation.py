"""Adapting a shared module: a copy in the adapter's own section, with its lineage and the license obeyed."""

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.models import Page

from courses.models import InstitutionPage, LessonPage, ModulePage
from courses.translation import localized_all


def original_of(module):
    """The module itself, or the original an alias stands in for."""
    return module.alias_of.specific if module.alias_of_id else module


def destination_for(user, module):
    """The user's institution section in the module's language tree, where the adaptation goes."""
    institution = getattr(user, "institution", None)
    if institution is None:
        return None
    return InstitutionPage.objects.filter(
        translation_key=institution.translation_key, locale_id=module.locale_id
    ).first()


def adaptation_refusal(module, user):
    """Why `user` may not adapt `module`, in words for them; None when they may."""
    module = original_of(module)
    if not module.live:
        return _("Only a published module can be adapted.")
    if not module.license_info.adaptable:
        return _(
            "Its license, %(license)s, does not allow adaptations. You can still use it as it is, in a course."
        ) % {"license": module.license_info.name}
    if not (user.is_authenticated and user.is_active and user.has_perm("wagtailadmin.access_admin")):
        return _("Sign in with a teaching account to adapt a module.")
    destination = destination_for(user, module)
    if destination is None or not destination.permissions_for_user(user).can_add_subpage():
        return _("Your account cannot add modules to your institution's section; ask a site manager.")
    return None


def attribution_of(module):
    """The words of the attribution, as the source module is now."""
    institution = InstitutionPage.objects.filter(path=module.path[: -Page.steplen]).first()
    authors = localized_all([author.contributor for author in module.module_authors.all()], module.locale)
    return {
        "title": module.title,
        "authors": [author.name for author in authors],
        "institution": institution.title if institution else "",
        "license": module.license,
        "license_name": str(module.license_info.name),
        "license_url": module.license_info.url,
    }


def free_slug(parent, slug):
    siblings = set(parent.get_children().values_list("slug", flat=True))
    candidate, number = slug, 1
    while candidate in siblings:
        number += 1
        candidate = f"{slug}-{number}"
    return candidate


@transaction.atomic
def adapt(module, user):
    """Copy `module` and all its lessons into `user`'s section as drafts, with the lineage recorded."""
    module = original_of(module)
    refusal = adaptation_refusal(module, user)
    if refusal:
        raise PermissionError(refusal)
    destination = destination_for(user, module)
    adaptation = module.copy(
        recursive=True,
        to=destination,
        update_attrs={
            "slug": free_slug(destination, slugify(f"{module.slug}-adapted")[:230] or "adaptation"),
            "live": False,
            "owner": user,
            "adapted_from": module,
            "adapted_from_revision": module.live_revision,
            "adapted_at": timezone.now(),
            "adapted_by": user,
            "source_attribution": attribution_of(module),
            "cultural_context": "",
        },
        keep_live=False,
        user=user,
        copy_revisions=False,
        log_action="wagtail.copy",
        reset_translation_key=True,
    )
    # Only what readers can read is shared: the source's unpublished lessons stay with their authors.
    published = set(LessonPage.objects.child_of(module).live().values_list("slug", flat=True))
    for lesson in LessonPage.objects.child_of(adaptation):
        if lesson.slug not in published:
            lesson.delete()
    # Wagtail makes the lessons the adapter's too, so that an instructor (who may edit what they own) can.
    adaptation.get_descendants().update(owner=user)
    return adaptation.specific


def published_adaptations(module):
    return (
        ModulePage.objects.live()
        .filter(adapted_from=original_of(module), alias_of__isnull=True)
        .select_related("locale")
        .order_by("-first_published_at")
    )
