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


class SecondFactorForm(forms.Form):
    """A code from the authenticator app, or one of the recovery codes (each works once)."""

    code = forms.CharField(
        label=_("Code"),
        max_length=40,
        help_text=_("The six digits your authenticator app shows now, or one of your recovery codes."),
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "text", "spellcheck": "false"}),
    )

    def __init__(self, *args, devices, **kwargs):
        super().__init__(*args, **kwargs)
        self.devices = devices
        self.device = None

    def clean_code(self):
        code = "".join(self.cleaned_data["code"].split()).lower()
        # Each device throttles itself after failures (django-otp): a guessed code is refused even when right.
        for device in self.devices:
            if device.verify_token(code):
                self.device = device
                return code
        raise forms.ValidationError(
            _(
                "That code is not right. Check that the time on your phone is correct and try the newest code, "
                "or use one of your recovery codes. After several wrong codes, wait a minute before trying again."
            ),
            code="invalid",
        )
