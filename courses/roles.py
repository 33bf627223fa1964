"""The partnership's roles as Django groups, and each institution's section and collection (DESIGN.md, Roles).

Idempotent: run by `setup_partnership` on every set-up, and again whenever an institution page is
published, so that a site manager who adds a partner in the admin gives it its authors' group, its
section's permissions and its collection in the same action, with no code change.
"""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from courses.models import CourseIndexPage, InstitutionPage, LibraryPage, PeerReviewTask

REVIEWERS = "Reviewers"
INSTRUCTORS = "Instructors"
STUDENTS = "Students"
SITE_MANAGERS = "Site managers"
PEER_REVIEW = "Peer review"

AUTHOR_PAGE_PERMISSIONS = ["add_page", "change_page"]  # publishing goes through peer review
MANAGER_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "bulk_delete_page", "lock_page", "unlock_page"]
AUTHOR_MEDIA_PERMISSIONS = [
    "add_image",
    "change_image",
    "choose_image",
    "add_document",
    "change_document",
    "choose_document",
]
MANAGER_MEDIA_PERMISSIONS = [*AUTHOR_MEDIA_PERMISSIONS, "delete_image", "delete_document"]
MANAGER_MODEL_PERMISSIONS = [
    "courses.publish_without_review",
    "courses.add_theme",
    "courses.change_theme",
    "courses.delete_theme",
    "courses.add_glossaryterm",
    "courses.change_glossaryterm",
    "courses.delete_glossaryterm",
    "courses.add_contributor",
    "courses.change_contributor",
    "courses.delete_contributor",
    "courses.change_any_contributor",
    "wagtail_localize.submit_translation",
    "accounts.add_user",
    "accounts.change_user",
    "accounts.delete_user",
]
AUTHOR_MODEL_PERMISSIONS = [
    "courses.add_glossaryterm",
    "courses.change_glossaryterm",
    "courses.add_contributor",
    "courses.change_contributor",
    "wagtail_localize.submit_translation",  # of their own institution's pages (courses/views.py)
]


def authors_group_name(institution):
    return f"Authors — {institution.short_name}"


def permission(dotted):
    app_label, codename = dotted.split(".") if "." in dotted else (None, dotted)
    permissions = Permission.objects.filter(codename=codename)
    return permissions.get(content_type__app_label=app_label) if app_label else permissions.get()


def grant_page_permissions(group, page, codenames):
    for codename in codenames:
        GroupPagePermission.objects.get_or_create(
            group=group,
            page=page,
            permission=Permission.objects.get(content_type__app_label="wagtailcore", codename=codename),
        )


def grant_collection_permissions(group, collection, codenames):
    for codename in codenames:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=permission(codename)
        )


def institution_collection(institution):
    """The collection for an institution's images and documents, under the root collection."""
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=institution.title).first()
    return existing or root.add_child(name=institution.title)


def one_page_per_institution():
    """Each institution once: its page in the default language, or its first page if it has none there yet."""
    chosen = {}
    for institution in InstitutionPage.objects.select_related("locale").order_by("pk"):
        current = chosen.get(institution.translation_key)
        in_default_language = institution.locale.language_code == settings.LANGUAGE_CODE
        if current is None or (in_default_language and current.locale.language_code != settings.LANGUAGE_CODE):
            chosen[institution.translation_key] = institution
    return chosen.values()


def give_published_institution_its_roles(sender, instance, **kwargs):
    ensure_roles()


@transaction.atomic
def ensure_roles():
    """Create or complete every group and its permissions; return the groups by name."""
    access_admin = permission("wagtailadmin.access_admin")
    groups = {}

    for institution in one_page_per_institution():
        group, _ = Group.objects.get_or_create(name=authors_group_name(institution))
        group.permissions.add(access_admin, *(permission(name) for name in AUTHOR_MODEL_PERMISSIONS))
        # The section in every language tree: a translation of the institution page.
        for section in InstitutionPage.objects.filter(translation_key=institution.translation_key):
            grant_page_permissions(group, section, AUTHOR_PAGE_PERMISSIONS)
        grant_collection_permissions(group, institution_collection(institution), AUTHOR_MEDIA_PERMISSIONS)
        groups[group.name] = group

    for name in (REVIEWERS, INSTRUCTORS):
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(access_admin)
        groups[name] = group
    # Approving a review publishes as the reviewer; TeachingPagePermissionTester allows it only there.
    for library in LibraryPage.objects.all():
        grant_page_permissions(groups[REVIEWERS], library, ["publish_page"])
    # Instructors add adaptations (and edit what they own) in their own institution's section only:
    # one group for all, so TeachingPagePermissionTester.can_add_subpage checks the institution.
    for section in InstitutionPage.objects.all():
        grant_page_permissions(groups[INSTRUCTORS], section, ["add_page"])
    # Courses: every course list, every tree; CoursePermissionTester keeps each course to its institution.
    for course_list in CourseIndexPage.objects.all():
        grant_page_permissions(groups[INSTRUCTORS], course_list, ["add_page", "change_page", "publish_page"])

    groups[STUDENTS], _ = Group.objects.get_or_create(name=STUDENTS)  # readers: no admin at all

    managers, _ = Group.objects.get_or_create(name=SITE_MANAGERS)
    managers.permissions.add(access_admin, *(permission(name) for name in MANAGER_MODEL_PERMISSIONS))
    grant_page_permissions(managers, Page.get_first_root_node(), MANAGER_PAGE_PERMISSIONS)
    grant_collection_permissions(managers, Collection.get_first_root_node(), MANAGER_MEDIA_PERMISSIONS)
    groups[SITE_MANAGERS] = managers
    ensure_review_workflow(groups[REVIEWERS])
    return groups


def ensure_review_workflow(reviewers):
    """Every module and lesson of every library goes through peer review by another institution."""
    task = PeerReviewTask.objects.filter(name=PEER_REVIEW).first()
    if task is None:
        task = PeerReviewTask.objects.create(name=PEER_REVIEW)
    task.groups.add(reviewers)
    workflow, _ = Workflow.objects.get_or_create(name=PEER_REVIEW)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for library in LibraryPage.objects.all():
        WorkflowPage.objects.update_or_create(page=library, defaults={"workflow": workflow})
    return workflow
