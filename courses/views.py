"""Admin views of the teaching library: translation, the out-of-date translations report, adaptation.

wagtail-localize lets anyone with its "submit translation" permission translate, and update the
translations of, any page or snippet. The views here put the partnership's ownership rules in front of
its own: authors translate only their own institution's teaching and people; site managers everything.
"""

from django.apps import apps
from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.http import Http404, JsonResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.admin.auth import require_admin_access
from wagtail.models import Page
from wagtail.permissions import policy_registry
from wagtail.whitelist import check_url
from wagtail_localize.models import TranslationSource
from wagtail_localize.views.edit_translation import edit_override
from wagtail_localize.views.submit_translations import SubmitPageTranslationView, SubmitSnippetTranslationView
from wagtail_localize.views.update_translations import UpdateTranslationsView

from courses.adaptation import adapt, adaptation_refusal, attribution_of, destination_for, original_of
from courses.models import LessonPage, ModulePage
from courses.models.pages import SourceChangesSeen
from courses.source_changes import source_changes
from courses.translation import out_of_date_translations


def may_translate(user, instance):
    if isinstance(instance, Page):
        permissions = instance.specific.permissions_for_user(user)
        can_change = getattr(permissions, "can_change_content", permissions.can_edit)
        return can_change()
    return policy_registry.get_by_type(type(instance)).user_has_permission_for_instance(user, "change", instance)


@require_admin_access
def submit_page_translation(request, page_id):
    page = get_object_or_404(Page, pk=page_id)
    if not may_translate(request.user, page):
        raise PermissionDenied
    return SubmitPageTranslationView.as_view()(request, page_id=page_id)


@require_admin_access
def submit_snippet_translation(request, app_label, model_name, pk):
    try:
        model = apps.get_model(app_label, model_name)
    except LookupError as unknown:
        raise Http404 from unknown
    instance = get_object_or_404(model, pk=unquote(pk))
    if not may_translate(request.user, instance):
        raise PermissionDenied
    return SubmitSnippetTranslationView.as_view()(request, app_label=app_label, model_name=model_name, pk=pk)


@require_admin_access
def edit_translation_override(request, translation_id, overridable_segment_id):
    """A translator's replacement for a link or a recording's address of the original (wagtail-localize stores it as
    typed, and the translation links to it): refused when a browser would run it as script (javascript:)."""
    if request.method == "PUT" and check_url(QueryDict(request.body).get("value", "")) is None:
        message = _("Links may only go to web (https://), e-mail (mailto:) or telephone (tel:) addresses.")
        return JsonResponse({"value": [message]}, status=400)
    return edit_override(request, translation_id=translation_id, overridable_segment_id=overridable_segment_id)


@require_admin_access
def update_translations(request, translation_source_id):
    source = get_object_or_404(TranslationSource, pk=translation_source_id)
    try:
        instance = source.get_source_instance()
    except ObjectDoesNotExist as missing:
        raise Http404 from missing
    if not may_translate(request.user, instance):
        raise PermissionDenied
    return UpdateTranslationsView.as_view()(request, translation_source_id=translation_source_id)


@require_admin_access
def out_of_date_translations_report(request):
    """Translations whose original changed since they were last updated, for the people who may update them."""
    rows = []
    for translation in out_of_date_translations():
        original = Page.objects.filter(
            translation_key=translation.source.object_id, locale_id=translation.source.locale_id
        ).first()
        if original is None or not may_translate(request.user, original):
            continue
        rows.append(
            {
                "translation": translation,
                "original": original,
                "translated": Page.objects.filter(
                    translation_key=translation.source.object_id, locale_id=translation.target_locale_id
                ).first(),
            }
        )
    return TemplateResponse(request, "courses/admin/out_of_date_translations.html", {"rows": rows})


@require_admin_access
def adapt_module(request, page_id):
    """Confirm, then make, an adaptation of a module in the user's own section (courses/adaptation.py)."""
    module = get_object_or_404(ModulePage, pk=page_id)
    source = original_of(module)
    refusal = adaptation_refusal(source, request.user)
    if request.method == "POST" and refusal is None:
        adaptation = adapt(source, request.user)
        messages.success(
            request,
            _("“%(title)s” is now yours to adapt, as a draft in your institution's section.")
            % {"title": adaptation.title},
        )
        return redirect("wagtailadmin_pages:edit", adaptation.pk)
    context = {
        "source": source,
        "refusal": refusal,
        "destination": destination_for(request.user, source),
        "lesson_count": LessonPage.objects.child_of(source).count(),
        "attribution": attribution_of(source),
    }
    return TemplateResponse(request, "courses/admin/adapt_module.html", context, status=403 if refusal else 200)


@require_admin_access
def adaptation_source_changes(request, page_id):
    """What changed in the original since the adaptation last took it into account; then mark it as done."""
    adaptation = get_object_or_404(ModulePage, pk=page_id, adapted_from__isnull=False)
    if not adaptation.permissions_for_user(request.user).can_change_content():
        raise PermissionDenied
    source = adaptation.adapted_from
    if request.method == "POST":
        SourceChangesSeen.objects.update_or_create(
            adaptation=adaptation, defaults={"revision": source.live_revision, "seen_by": request.user}
        )
        messages.success(request, _("The original's latest changes are marked as taken into account."))
        return redirect("wagtailadmin_pages:edit", adaptation.pk)
    context = {"adaptation": adaptation, **source_changes(adaptation, request)}
    return TemplateResponse(request, "courses/admin/source_changes.html", context)


@require_admin_access
def translation_terms_report(request):
    """Translations that do not use the glossary's preferred terms, for the people who may change them."""
    from courses.glossary import translation_term_report

    rows = [row for row in translation_term_report(Page.objects.all()) if may_translate(request.user, row["page"])]
    return TemplateResponse(request, "courses/admin/translation_terms.html", {"rows": rows})
