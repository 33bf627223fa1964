"""The demo library: loaded by `make run` and by the tests, idempotent, and real enough to teach from."""

import re
from collections import Counter

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from courses.blocks import LessonBodyBlock
from courses.content.build import demo_module_data, page_counts
from courses.models import Contributor, LessonPage, ModulePage, Theme
from courses.models.pages import CJK_CHARACTER, WORD

pytestmark = pytest.mark.django_db


def library_counts():
    return {
        **page_counts(),
        "contributors": Contributor.objects.count(),
        "themes": Theme.objects.count(),
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
        "users": get_user_model().objects.count(),
        "revisions": sum(page.revisions.count() for page in ModulePage.objects.all()),
    }


def test_load_demo_twice_leaves_the_same_counts():
    before = library_counts()  # the test database was loaded once already
    call_command("load_demo")
    assert library_counts() == before
    assert before["ModulePage"] >= 12


def test_demo_admin_can_sign_in_with_the_printed_password(client):
    response = client.post("/en/accounts/sign-in/", {"username": "admin", "password": "medhum-demo"})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(get_user_model().objects.get(username="admin").pk)


def test_load_demo_is_refused_outside_development(settings):
    settings.MEDHUM_ALLOW_DEMO_DATA = False
    users = get_user_model().objects.count()
    with pytest.raises(CommandError, match="development only"):
        call_command("load_demo")
    assert get_user_model().objects.count() == users


def test_demo_library_covers_every_institution_theme_level_and_several_licenses():
    modules = [module for _, module in demo_module_data()]
    assert len(modules) >= 12
    per_institution = Counter(module["institution"] for module in modules)
    assert set(per_institution) == {"lyon", "ottawa", "sjtu", "shutcm"}
    assert min(per_institution.values()) >= 2
    assert {theme for module in modules for theme in module["themes"]} >= {
        "ethics",
        "culture",
        "critical-thinking",
        "empathy",
    }
    assert {module["level"] for module in modules} == {"preclinical", "clinical", "postgraduate", "faculty"}
    assert len({module["license"] for module in modules}) >= 3
    languages = Counter(module["language"] for module in modules)
    assert languages["fr"] >= 3 and languages["zh-hans"] >= 3
    assert sum(1 for module in modules if module["translations"]) >= 4
    assert all(2 <= len(module["lessons"]) <= 4 for module in modules)


def test_every_demo_lesson_has_at_least_300_words_of_teaching():
    """Facilitator notes excluded; Chinese counted at two characters a word."""
    for lesson in LessonPage.objects.live():
        text = lesson.public_text()
        words = len(WORD.findall(CJK_CHARACTER.sub(" ", text))) + len(CJK_CHARACTER.findall(text)) / 2
        assert words >= 300, f"{lesson.url} has {words:.0f} words"


def test_every_block_type_appears_in_the_demo_library():
    used = {block.block_type for lesson in LessonPage.objects.all() for block in lesson.body}
    assert used == set(LessonBodyBlock.base_blocks)


def test_demo_modules_are_published_in_their_language_tree_with_translations_linked():
    consent = ModulePage.objects.get(slug="le-consentement-eclaire-a-l-epreuve-des-cultures", alias_of=None)
    assert consent.live and consent.locale.language_code == "fr"
    english = consent.get_translation(consent.locale.__class__.objects.get(language_code="en"))
    assert english.live and english.title == "Informed Consent Across Cultures"
    assert LessonPage.objects.child_of(english).live().count() == LessonPage.objects.child_of(consent).count() == 3


def test_demo_content_has_no_placeholder_text():
    placeholder = re.compile(r"lorem ipsum|TODO|TBD|xxx", re.IGNORECASE)
    for lesson in LessonPage.objects.all():
        assert not placeholder.search(lesson.public_text()), lesson.url


def test_four_demo_modules_went_through_peer_review_by_another_institution(client):
    from courses.models import PeerReview
    from courses.models.review import owning_institution_key

    reviews = PeerReview.objects.select_related("reviewer_institution", "task_state")
    assert reviews.count() == 4
    for review in reviews:
        assert review.decision == "approve" and review.task_state.status == "approved"
        assert review.reviewer_institution.translation_key != owning_institution_key(review.page)
        assert review.page.specific.live and review.revision_id == review.page.live_revision_id
    html = client.get(ModulePage.objects.get(slug="dayi-jingcheng", alias_of=None).url).content.decode()
    assert "经上海交通大学的评审人审核" in html
