from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig


class AccountsConfig(AppConfig):
    default = True  # this module also holds UsersConfig, which INSTALLED_APPS names in full
    default_auto_field = "django.db.models.BigAutoField"
    name = "accounts"
    verbose_name = _("Accounts")


class UsersConfig(WagtailUsersAppConfig):
    """Wagtail's user administration, with the account's institution in its forms and listing."""

    default = False
    user_viewset = "accounts.viewsets.AccountViewSet"
