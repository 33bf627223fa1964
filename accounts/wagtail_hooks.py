"""The admin's account page offers what a staff member needs after set-up: a new app, new recovery codes."""

from urllib.parse import urlencode

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from accounts import two_factor


@hooks.register("register_account_menu_item")
def two_factor_menu_item(request):
    if not two_factor.needs_second_factor(request.user):
        return None
    return {
        "url": f"{reverse('accounts:two_factor_setup')}?{urlencode({'next': reverse('wagtailadmin_account')})}",
        "label": _("Two-factor sign-in"),
        "help_text": _("Move to a new phone or authenticator app, and get a new set of recovery codes."),
    }
