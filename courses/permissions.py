"""Who may see what teaching staff write for one another."""


def can_see_facilitator_notes(user):
    """Teaching staff (anyone who works in the admin) see facilitator notes; students and anonymous readers never do."""
    return bool(user and user.is_authenticated and user.is_active and user.has_perm("wagtailadmin.access_admin"))
