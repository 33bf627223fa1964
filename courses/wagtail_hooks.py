"""Admin: the module listing with filters by theme and institution; themes and contributors as snippets."""

import django_filters
from django import forms
from django.core.exceptions import PermissionDenied
from django.db.models import OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.admin.widgets import ListingButton
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views import snippets as snippet_views

from courses.models import Contributor, GlossaryTerm, InstitutionPage, ModulePage, Theme
from courses.models.pages import SourceChangesSeen
from courses.models.vocabulary import LICENSE_CHOICES, Level, default_locale_only
from courses.permissions import ContributorPermissionPolicy

register_permission_policy(Contributor, ContributorPermissionPolicy(Contributor))


class ModuleFilterSet(PageListingViewSet.filterset_class):
    theme = django_filters.ModelMultipleChoiceFilter(
        label=_("Theme"),
        field_name="themes",
        queryset=Theme.objects.filter(default_locale_only()),
        widget=forms.CheckboxSelectMultiple,
        distinct=True,
    )
    institution = django_filters.ModelChoiceFilter(
        label=_("Institution"),
        queryset=InstitutionPage.objects.filter(default_locale_only()).order_by("title"),
        method="filter_institution",
    )
    level = django_filters.MultipleChoiceFilter(
        label=_("Level"), choices=Level.choices, widget=forms.CheckboxSelectMultiple
    )
    license = django_filters.MultipleChoiceFilter(
        label=_("License"), choices=LICENSE_CHOICES, widget=forms.CheckboxSelectMultiple
    )

    class Meta:
        model = ModulePage
        fields = []

    def filter_institution(self, queryset, name, institution):
        """Modules in the institution's section, in every language's tree."""
        sections = InstitutionPage.objects.filter(translation_key=institution.translation_key).values_list(
            "path", flat=True
        )
        return queryset.filter(path__regex=r"^(" + "|".join(sections) + r")") if sections else queryset.none()


class ModuleListingViewSet(PageListingViewSet):
    model = ModulePage
    icon = "doc-full"
    menu_label = _("Modules")
    menu_order = 150
    add_to_admin_menu = True
    filterset_class = ModuleFilterSet
    columns = [
        *PageListingViewSet.columns,
        Column("level", label=_("Level"), accessor="get_level_display", sort_key="level"),
        Column("license", label=_("License"), accessor="get_license_display", sort_key="license"),
    ]


class ThemeViewSet(snippet_views.SnippetViewSet):
    model = Theme
    icon = "tag"
    menu_label = _("Themes")
    list_display = ["name", "slug", "locale"]
    add_to_admin_menu = False


class GlossaryViewSet(snippet_views.SnippetViewSet):
    model = GlossaryTerm
    icon = "openquote"
    menu_label = _("Glossary")
    menu_order = 160
    add_to_admin_menu = True
    list_display = ["term", "synonyms", "locale"]
    list_filter = ["themes"]


class ContributorIndexView(snippet_views.IndexView):
    def get_edit_url(self, instance):
        # Every contributor is listed; only the ones this user may change link to the editor.
        if self.user_has_permission_for_instance("change", instance):
            return super().get_edit_url(instance)
        return None


class ContributorEditView(snippet_views.EditView):
    def get_object(self, queryset=None):
        contributor = super().get_object(queryset)
        # Wagtail's edit view checks the model permission only; ownership is per contributor.
        if not self.user_has_permission_for_instance("change", contributor):
            raise PermissionDenied
        return contributor


class ContributorViewSet(snippet_views.SnippetViewSet):
    model = Contributor
    index_view_class = ContributorIndexView
    edit_view_class = ContributorEditView
    icon = "user"
    menu_label = _("Contributors")
    list_display = ["name", "title", "institution"]
    list_filter = ["institution"]


@hooks.register("register_admin_viewset")
def register_module_listing():
    return ModuleListingViewSet("modules")


register_snippet(ThemeViewSet)
register_snippet(GlossaryViewSet)
register_snippet(ContributorViewSet)


@hooks.register("register_admin_urls")
def register_translation_report_url():
    from courses.views import out_of_date_translations_report, translation_terms_report

    return [
        path(
            "reports/out-of-date-translations/",
            out_of_date_translations_report,
            name="out_of_date_translations",
        ),
        path("reports/translation-terms/", translation_terms_report, name="translation_terms"),
    ]


@hooks.register("register_reports_menu_item")
def register_translation_report_menu_item():
    return MenuItem(_("Translations to update"), reverse("out_of_date_translations"), icon_name="resubmit", order=800)


@hooks.register("register_reports_menu_item")
def register_translation_terms_menu_item():
    return MenuItem(_("Glossary terms in translations"), reverse("translation_terms"), icon_name="openquote", order=810)


@hooks.register("register_admin_urls")
def register_adaptation_url():
    from courses.views import adapt_module, adaptation_source_changes

    return [
        path("adapt/<int:page_id>/", adapt_module, name="adapt_module"),
        path("adapt/<int:page_id>/source-changes/", adaptation_source_changes, name="adaptation_source_changes"),
    ]


class AdaptationSourcesPanel(Component):
    """On the dashboard: the adaptations this person edits whose original has been published again."""

    name = "adaptation_sources"
    template_name = "courses/admin/adaptation_sources_panel.html"
    order = 150

    def get_context_data(self, parent_context):
        user = parent_context["request"].user
        # Only those whose source moved on (in SQL), then only those this person may edit (per page).
        seen = SourceChangesSeen.objects.filter(adaptation=OuterRef("pk")).values("revision")[:1]
        candidates = (
            ModulePage.objects.filter(adapted_from__live=True, alias_of__isnull=True)
            .exclude(adapted_from__live_revision=Coalesce(Subquery(seen), "adapted_from_revision"))
            .select_related("adapted_from")
        )
        return {
            "adaptations": [
                adaptation
                for adaptation in candidates
                if adaptation.source_published_since() and adaptation.permissions_for_user(user).can_change_content()
            ],
        }


@hooks.register("construct_homepage_panels")
def add_adaptation_sources_panel(request, panels):
    panels.append(AdaptationSourcesPanel())


def adapt_button(page, user, view_name=None, next_url=None):
    if page.specific_class is ModulePage and user.has_perm("wagtailadmin.access_admin"):
        yield ListingButton(_("Adapt"), reverse("adapt_module", args=[page.pk]), icon_name="copy", priority=70)


hooks.register("register_page_header_buttons", adapt_button)
hooks.register("register_page_listing_more_buttons", adapt_button)
