"""Adapting a shared module (issue 7): a copy in one's own section, lineage kept, the license obeyed."""

import json
import re

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Page

from courses.models import InstitutionPage, LessonPage, ModulePage
from tests.lookups import account
from tests.test_admin import module_form

pytestmark = pytest.mark.django_db

User = get_user_model()


def demo(slug):
    return ModulePage.objects.get(slug=slug, alias_of=None)


def adapt_as(client, username, module):
    client.force_login(account(username))
    return client.post(f"/admin/adapt/{module.pk}/")


def blocks(lesson):
    return [(block.block_type, block.block.get_prep_value(block.value)) for block in lesson.body]


def structured_data(html):
    return json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))


def test_an_instructor_adapts_a_module_of_another_institution_into_their_own_section(client):
    source = demo("le-consentement-eclaire-a-l-epreuve-des-cultures")  # Lyon, CC BY, in French
    response = adapt_as(client, "instructor.ottawa", source)
    assert response.status_code == 302
    adaptation = ModulePage.objects.get(adapted_from=source)
    assert response["Location"] == f"/admin/pages/{adaptation.pk}/edit/"

    assert not adaptation.live and adaptation.owner.username == "instructor.ottawa"
    assert adaptation.get_parent().specific.slug == "ottawa" and adaptation.locale_id == source.locale_id
    assert adaptation.translation_key != source.translation_key
    assert adaptation.adapted_from_revision_id == source.live_revision_id
    assert adaptation.adapted_by.username == "instructor.ottawa" and adaptation.adapted_at is not None
    assert adaptation.source_attribution["title"] == source.title
    assert adaptation.source_attribution["institution"] == "Université de Lyon"
    assert adaptation.source_attribution["license"] == "cc-by" and adaptation.source_attribution["authors"]

    originals = list(LessonPage.objects.child_of(source).order_by("path"))
    copies = list(LessonPage.objects.child_of(adaptation).order_by("path"))
    assert [lesson.title for lesson in copies] == [lesson.title for lesson in originals]
    assert [blocks(lesson) for lesson in copies] == [blocks(lesson) for lesson in originals]
    assert all(lesson.owner.username == "instructor.ottawa" and not lesson.live for lesson in copies)
    # The instructor edits their copy, and only theirs.
    assert adaptation.permissions_for_user(account("instructor.ottawa")).can_edit()
    assert copies[0].permissions_for_user(account("instructor.ottawa")).can_edit()
    assert not source.permissions_for_user(account("instructor.ottawa")).can_edit()


def test_the_adaptation_credits_its_source_which_lists_it(client):
    source = demo("breaking-bad-news-with-empathy")
    adapt_as(client, "prof.sjtu", source)
    adaptation = ModulePage.objects.get(adapted_from=source)
    adaptation.cultural_context = "Shanghai students: disclosure to the family first, as local practice expects."
    adaptation.save_revision().publish()
    client.logout()

    html = client.get(adaptation.url).content.decode()
    assert "Adapted from “" in html and f'href="{source.url}">Breaking bad news with empathy</a>”' in html
    assert "(University of Ottawa)" in html and "CC BY 4.0" in html
    assert "disclosure to the family first" not in html  # the cultural context is for teaching staff
    assert structured_data(html)["isBasedOn"]["url"] == f"http://testserver{source.url}"

    listing = client.get(source.url).content.decode()
    assert "Adaptations" in listing and adaptation.title in listing
    client.force_login(account("instructor.ottawa"))
    assert "disclosure to the family first" in client.get(source.url).content.decode()
    assert "disclosure to the family first" in client.get(adaptation.url).content.decode()


def test_no_derivatives_modules_cannot_be_adapted_and_the_page_says_why(client):
    source = demo("mentoring-professional-identity-formation")  # CC BY-ND
    client.force_login(account("instructor.ottawa"))
    response = client.get(f"/admin/adapt/{source.pk}/")
    assert response.status_code == 403 and "does not allow adaptations" in response.content.decode()
    client.post(f"/admin/adapt/{source.pk}/")
    assert not ModulePage.objects.filter(adapted_from=source).exists()
    page = client.get(source.url).content.decode()
    assert "CC BY-ND 4.0, does not allow adaptations" in page and "Adapt this module for your students" not in page


def test_share_alike_adaptations_keep_the_license_locked(client):
    source = demo("medecine-narrative-lire-de-pres-pour-mieux-ecouter")  # CC BY-SA
    adapt_as(client, "prof.ottawa", source)
    adaptation = ModulePage.objects.get(adapted_from=source)
    editor = client.get(f"/admin/pages/{adaptation.pk}/edit/").content.decode()
    assert re.search(r'<select name="license"[^>]*disabled', editor)
    client.post(f"/admin/pages/{adaptation.pk}/edit/", module_form(adaptation, license="cc-by"))
    assert ModulePage.objects.get(pk=adaptation.pk).get_latest_revision_as_object().license == "cc-by-sa"
    adaptation.license = "cc-by"
    with pytest.raises(Exception, match="ShareAlike"):
        adaptation.full_clean()


def test_adaptations_go_only_into_the_adapters_own_section(client):
    lyon_section = InstitutionPage.objects.get(slug="lyon", locale__language_code="fr")
    ottawa_section = InstitutionPage.objects.get(slug="ottawa", locale__language_code="fr")
    instructor = account("instructor.ottawa")
    assert ottawa_section.permissions_for_user(instructor).can_add_subpage()
    assert not lyon_section.permissions_for_user(instructor).can_add_subpage()
    assert client.get(f"/admin/pages/add/courses/modulepage/{lyon_section.pk}/").status_code != 200
    assert not lyon_section.get_parent().specific.permissions_for_user(instructor).can_add_subpage()


def test_readers_without_a_teaching_account_cannot_adapt(client):
    source = demo("breaking-bad-news-with-empathy")
    assert client.post(f"/admin/adapt/{source.pk}/").status_code == 302  # to sign in
    client.force_login(account("student"))
    client.post(f"/admin/adapt/{source.pk}/")
    assert not ModulePage.objects.filter(adapted_from=source).exists()
    assert "Adapt this module" not in client.get(source.url).content.decode()
    client.force_login(account("instructor.ottawa"))
    assert client.get("/admin/adapt/999999/").status_code == 404
    assert Page.objects.filter(slug__endswith="-adapted").count() == 0


def test_adapting_twice_gives_two_drafts_with_distinct_addresses(client):
    source = demo("evidence-and-tradition")
    adapt_as(client, "instructor.ottawa", source)
    adapt_as(client, "instructor.ottawa", source)
    slugs = sorted(ModulePage.objects.filter(adapted_from=source).values_list("slug", flat=True))
    assert len(slugs) == 2 and len(set(slugs)) == 2


def test_only_what_is_published_is_adapted(client):
    from tests.builders import build_lesson, build_module

    module = build_module(lessons=1, institution="sjtu", title="Published with a draft lesson")
    draft_lesson = build_lesson(module, title="A lesson still being written")
    draft_lesson.unpublish()
    adapt_as(client, "instructor.ottawa", ModulePage.objects.get(pk=module.pk))
    adaptation = ModulePage.objects.get(adapted_from=module)
    assert [lesson.title for lesson in LessonPage.objects.child_of(adaptation)] == [
        LessonPage.objects.child_of(module).live().get().title
    ]

    unpublished = build_module(lessons=1, institution="sjtu", publish=False, title="Not published yet")
    response = adapt_as(client, "instructor.ottawa", unpublished)
    assert response.status_code == 403 and "Only a published module can be adapted." in response.content.decode()
    assert not ModulePage.objects.filter(adapted_from=unpublished).exists()


def test_the_adapters_are_told_when_the_source_is_published_again(client):
    source = demo("evidence-and-tradition")
    adapt_as(client, "instructor.ottawa", source)
    adaptation = ModulePage.objects.get(adapted_from=source)
    editor = f"/admin/pages/{adaptation.pk}/edit/"
    assert adaptation.source_published_since() is None
    assert "has been published again" not in client.get(editor).content.decode()
    assert "Adaptations whose original has changed" not in client.get("/admin/").content.decode()

    source = ModulePage.objects.get(pk=source.pk)
    source.summary = "A revised summary of the source."
    source.save_revision().publish()
    adaptation.refresh_from_db()
    assert adaptation.source_published_since() == ModulePage.objects.get(pk=source.pk).live_revision
    assert "has been published again" in client.get(editor).content.decode()
    dashboard = client.get("/admin/").content.decode()
    assert "Adaptations whose original has changed" in dashboard and adaptation.title in dashboard
    # Not on the dashboard of someone who does not edit it.
    client.force_login(account("prof.lyon"))
    assert "Adaptations whose original has changed" not in client.get("/admin/").content.decode()
    assert client.post(f"/admin/adapt/{adaptation.pk}/source-changes/").status_code in (302, 403)
    assert ModulePage.objects.get(pk=adaptation.pk).source_published_since() is not None

    client.force_login(account("instructor.ottawa"))
    assert client.get(f"/admin/adapt/{adaptation.pk}/source-changes/").status_code == 200
    assert client.post(f"/admin/adapt/{adaptation.pk}/source-changes/").status_code == 302
    adaptation = ModulePage.objects.get(pk=adaptation.pk)
    assert adaptation.source_published_since() is None
    assert (
        adaptation.adapted_from_revision_id != adaptation.adapted_from.live_revision_id
    )  # the lineage keeps the first
    assert "has been published again" not in client.get(editor).content.decode()
