from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    """An account of the platform: a professor, a reviewer, an instructor, a student or a site manager.

    The project's own user model from the first migration, so that what every account carries (its
    institution) is a field here rather than a profile table joined on every request.
    """

    institution = models.ForeignKey(
        "courses.InstitutionPage",
        verbose_name=_("institution"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="members",
        help_text=_("The partner institution this person belongs to."),
    )

    class Meta(AbstractUser.Meta):
        swappable = "AUTH_USER_MODEL"
        verbose_name = _("user")
        verbose_name_plural = _("users")
