"""Courses (issue 7): an instructor's syllabus that sends students straight into the shared lessons."""

import re

import pytest
from django.contrib.auth import get_user_model
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from courses.models import CourseIndexPage, CoursePage, CourseSession, InstitutionPage, LessonPage, ModulePage
from tests.lookups import account

pytestmark = pytest.mark.django_db

User = get_user_model()


def demo_course():
    return CoursePage.objects.get(slug="difficult-conversations-in-clinical-practice")


def course_form(course=None, **overrides):
    module = ModulePage.objects.get(slug="breaking-bad-news-with-empathy", alias_of=None)
    data = {
        "title": "Ethics in the clinic",
        "slug": "ethics-in-the-clinic",
        "institution": InstitutionPage.objects.get(slug="ottawa", locale__language_code="en").pk,
        "term": "Autumn 2027",
        "audience": "Second-year students",
        "introduction": "Four seminars.",
        "sessions": inline_formset([{"module": module.pk, "date": "2027-09-08", "lesson_numbers": "", "notes": ""}]),
        "seo_title": "",
        "search_description": "",
    }
    if course is not None:
        data.update(title=course.title, slug=course.slug, institution=course.institution_id)
    data.update(overrides)
    return nested_form_data(data)


def lyon_course():
    course_list = CourseIndexPage.objects.get(locale__language_code="en")
    course = CoursePage(
        title="Soigner et accompagner",
        slug="soigner-et-accompagner",
        institution=InstitutionPage.objects.get(slug="lyon", locale__language_code="en"),
    )
    course.sessions = [CourseSession(module=ModulePage.objects.get(slug="accompagner-la-fin-de-vie", alias_of=None))]
    course_list.add_child(instance=course)
    course.save_revision().publish()
    return course


def test_the_syllabus_lists_sessions_in_order_and_links_into_the_shared_lessons(client):
    html = client.get("/en/courses/difficult-conversations-in-clinical-practice/").content.decode()
    titles = re.findall(r'<h3 class="syllabus__title">.*?<a href="[^"]+"[^>]*>([^<]+)</a>', html, re.S)
    assert titles == [
        "Breaking bad news with empathy",
        "Family, Autonomy and Truth-telling in Chinese Clinical Practice",
        "Informed Consent Across Cultures",  # the Lyon module, in the course's language
        "Cognitive Bias and Diagnostic Reasoning",
    ]
    assert html.index("Jan. 13, 2027") < html.index("Jan. 20, 2027")
    bad_news = ModulePage.objects.get(slug="breaking-bad-news-with-empathy", alias_of=None)
    lessons = list(LessonPage.objects.child_of(bad_news).live().order_by("path"))
    assert lessons[0].url in html and lessons[1].url in html and lessons[2].url not in html  # "1, 2" only
    consent = ModulePage.objects.get(slug="informed-consent-across-cultures")
    consent_lessons = list(LessonPage.objects.child_of(consent).live().order_by("path"))
    assert consent_lessons[2].url in html and consent_lessons[0].url not in html  # "3" only
    for lesson in lessons[:2] + consent_lessons[2:]:
        assert client.get(lesson.url).status_code == 200


def test_the_syllabus_always_shows_the_latest_published_lessons(client):
    bad_news = ModulePage.objects.get(slug="breaking-bad-news-with-empathy", alias_of=None)
    lesson = LessonPage.objects.child_of(bad_news).order_by("path").first()
    lesson.title = "SPIKES, revised"
    lesson.save_revision().publish()
    assert "SPIKES, revised" in client.get(demo_course().url).content.decode()


def test_the_course_list_shows_the_published_courses(client):
    html = client.get("/en/courses/").content.decode()
    assert "Difficult conversations in clinical practice (MED 3102)" in html
    assert "University of Ottawa" in html and "Winter 2027" in html
    assert 'href="/en/courses/"' in client.get("/en/").content.decode()  # in the main menu
    for language in ("fr", "zh-hans"):
        assert client.get(f"/{language}/courses/").status_code == 200


def test_instructors_edit_their_own_institutions_courses(client):
    client.force_login(account("instructor.ottawa"))
    course = demo_course()
    assert client.get(f"/admin/pages/{course.pk}/edit/").status_code == 200
    response = client.post(
        f"/admin/pages/{course.pk}/edit/", {**course_form(course, term="Winter 2028"), "action-publish": "publish"}
    )
    assert response.status_code == 302
    assert CoursePage.objects.get(pk=course.pk).term == "Winter 2028"


def test_instructors_cannot_edit_another_institutions_course_even_by_a_crafted_post(client):
    course = lyon_course()
    client.force_login(account("instructor.ottawa"))
    assert client.get(f"/admin/pages/{course.pk}/edit/").status_code in (302, 403)
    client.post(f"/admin/pages/{course.pk}/edit/", {**course_form(course, term="Hijacked"), "action-publish": "1"})
    client.post(f"/admin/pages/{course.pk}/delete/")
    course = CoursePage.objects.get(pk=course.pk)
    assert course.term == "" and course.live
    permissions = course.permissions_for_user(account("instructor.ottawa"))
    assert not (
        permissions.can_edit() or permissions.can_delete() or permissions.can_publish() or permissions.can_move()
    )
    # Nor the course list itself, which belongs to the site managers.
    course_list = CourseIndexPage.objects.get(locale__language_code="en")
    assert not course_list.permissions_for_user(account("instructor.ottawa")).can_edit()
    assert course_list.permissions_for_user(account("instructor.ottawa")).can_add_subpage()


def test_an_instructor_builds_a_course_for_their_own_institution_only(client):
    client.force_login(account("instructor.ottawa"))
    course_list = CourseIndexPage.objects.get(locale__language_code="en")
    lyon = InstitutionPage.objects.get(slug="lyon", locale__language_code="en").pk
    response = client.post(f"/admin/pages/add/courses/coursepage/{course_list.pk}/", course_form(institution=lyon))
    assert response.status_code == 200 and "institution" in response.context["form"].errors
    response = client.post(
        f"/admin/pages/add/courses/coursepage/{course_list.pk}/", {**course_form(), "action-publish": "publish"}
    )
    assert response.status_code == 302
    course = CoursePage.objects.get(slug="ethics-in-the-clinic")
    assert course.live and course.institution.slug == "ottawa"
    assert client.get(course.url).status_code == 200


@pytest.mark.parametrize("numbers", ["0", "9", "1, x", "1;2", "1" * 40])
def test_lesson_numbers_that_do_not_exist_are_a_form_error(client, numbers):
    client.force_login(account("instructor.ottawa"))
    course_list = CourseIndexPage.objects.get(locale__language_code="en")
    module = ModulePage.objects.get(slug="breaking-bad-news-with-empathy", alias_of=None)
    data = course_form(
        sessions=inline_formset([{"module": module.pk, "date": "", "lesson_numbers": numbers, "notes": ""}])
    )
    response = client.post(f"/admin/pages/add/courses/coursepage/{course_list.pk}/", data)
    assert response.status_code == 200
    assert not CoursePage.objects.filter(slug="ethics-in-the-clinic").exists()


def test_a_session_given_a_modules_stand_in_uses_the_module_itself():
    original = ModulePage.objects.get(slug="breaking-bad-news-with-empathy", alias_of=None)
    stand_in = ModulePage.objects.get(translation_key=original.translation_key, locale__language_code="zh-hans")
    assert stand_in.alias_of_id == original.pk
    session = CourseSession(page=demo_course(), module=stand_in)
    session.clean()
    assert session.module.pk == original.pk


def test_a_session_whose_module_is_not_published_yet_says_so(client):
    from tests.builders import build_module

    draft = build_module(lessons=1, institution="ottawa", publish=False, title="Draft for a course")
    course = demo_course()
    CourseSession.objects.create(page=course, module=draft, sort_order=99)
    html = client.get(course.url).content.decode()
    assert "A module not published yet" in html and "Draft for a course" not in html
