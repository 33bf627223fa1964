"""Who may see what teaching staff write for one another, and who may change which institution's people."""

from django.contrib.auth.models import Permission
from django.db.models import Q
from wagtail.permission_policies import ModelPermissionPolicy

# What an institution's authors may do only to their own institution's contributors.
OWNED_ACTIONS = {"change", "delete"}


def is_teaching_staff(user):
    """Anyone who works in the admin: authors, reviewers, instructors, site managers."""
    if not (user and user.is_authenticated and user.is_active):
        return False
    if user.is_superuser or hasattr(user, "_perm_cache"):
        return user.has_perm("wagtailadmin.access_admin")
    # Every page asks, for every signed-in reader: one query, where has_perm would load all permissions in two.
    if not hasattr(user, "_is_teaching_staff"):
        user._is_teaching_staff = Permission.objects.filter(
            Q(user=user) | Q(group__user=user), codename="access_admin", content_type__app_label="wagtailadmin"
        ).exists()
    return user._is_teaching_staff


def can_see_facilitator_notes(user):
    """Teaching staff see facilitator notes; students and anonymous readers never do."""
    return is_teaching_staff(user)


def manages_every_institution(user):
    return user.is_active and (user.is_superuser or user.has_perm("courses.change_any_contributor"))


def institution_key(user):
    institution = getattr(user, "institution", None)
    return institution.translation_key if institution else None


class ContributorPermissionPolicy(ModelPermissionPolicy):
    """Contributors are edited by their own institution's authors and by site managers, nobody else.

    Everyone with access may still see and choose every contributor: modules are co-written across
    the partnership.
    """

    def user_has_permission_for_instance(self, user, action, instance):
        if not self.user_has_permission(user, action):
            return False
        if action not in OWNED_ACTIONS or manages_every_institution(user):
            return True
        key = institution_key(user)
        return key is not None and instance.institution.translation_key == key

    def instances_user_has_any_permission_for(self, user, actions):
        instances = super().instances_user_has_any_permission_for(user, actions)
        if not set(actions) <= OWNED_ACTIONS or manages_every_institution(user):
            return instances
        key = institution_key(user)
        return instances.filter(institution__translation_key=key) if key else instances.none()
