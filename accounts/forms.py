"""The admin's user forms, with the institution every account belongs to."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.users.forms import UserCreationForm, UserEditForm


def institution_field():
    from courses.models import InstitutionPage
    from courses.models.vocabulary import default_locale_only

    return forms.ModelChoiceField(
        label=_("Institution"),
        queryset=InstitutionPage.objects.filter(default_locale_only()).order_by("title"),
        help_text=_("The partner institution this person belongs to: it decides which section they write in."),
    )


class InstitutionRequired:
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["institution"] = institution_field()


class AccountCreationForm(InstitutionRequired, UserCreationForm):
    class Meta(UserCreationForm.Meta):
        fields = UserCreationForm.Meta.fields | {"institution"}


class AccountEditForm(InstitutionRequired, UserEditForm):
    class Meta(UserEditForm.Meta):
        fields = UserEditForm.Meta.fields | {"institution"}
