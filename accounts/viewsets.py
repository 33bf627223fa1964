"""Wagtail's user administration, showing and editing the institution of each account."""

import django_filters
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.users.views import users

from accounts.forms import AccountCreationForm, AccountEditForm


class AccountFilterSet(users.UserFilterSet):
    institution = django_filters.ModelChoiceFilter(
        label=_("Institution"),
        field_name="institution",
        queryset=lambda request: _institutions(),
    )

    class Meta(users.UserFilterSet.Meta):
        fields = ["institution"]


def _institutions():
    from courses.models import InstitutionPage
    from courses.models.vocabulary import default_locale_only

    return InstitutionPage.objects.filter(default_locale_only()).order_by("title")


class AccountIndexView(users.IndexView):
    @cached_property
    def columns(self):
        columns = list(super().columns)
        columns.insert(3, Column("institution", label=_("Institution"), accessor="institution", sort_key="institution"))
        return columns

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("institution")


class AccountViewSet(users.UserViewSet):
    index_view_class = AccountIndexView
    filterset_class = AccountFilterSet

    def get_form_class(self, for_update=False):
        return AccountEditForm if for_update else AccountCreationForm
