"""Courses: an instructor's syllabus of sessions, each pointing at a shared module (DESIGN.md, Course)."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, Page, PagePermissionTester

from courses.models.pages import InstitutionPage, LessonPage, ModulePage
from courses.models.vocabulary import default_locale_only
from courses.permissions import institution_key, manages_every_institution
from courses.visibility import listed_to_every_reader

LESSON_NUMBERS = re.compile(r"^\s*\d{1,2}(\s*,\s*\d{1,2})*\s*$")


class CourseIndexPage(Page):
    """The courses built in one language tree (/<lang>/courses/)."""

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("course list")

    def permissions_for_user(self, user):
        return CoursePermissionTester(user, self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["courses"] = (
            CoursePage.objects.live().public().child_of(self).select_related("institution").order_by("title")
        )
        return context


class CoursePermissionTester(PagePermissionTester):
    """Instructors hold their rights on every course list; a course itself is its institution's only."""

    def _own_institution(self):
        user = self.user
        if user.is_superuser or manages_every_institution(user):
            return True
        course = self.page.specific_deferred
        if not isinstance(course, CoursePage):
            return False  # the course list itself is the site managers'; instructors only add to it
        key = institution_key(user)
        return key is not None and course.institution_id is not None and course.institution.translation_key == key

    def can_edit(self):
        return super().can_edit() and self._own_institution()

    def can_delete(self, ignore_bulk=False):
        return super().can_delete(ignore_bulk) and self._own_institution()

    def can_publish(self):
        return super().can_publish() and self._own_institution()

    def can_unpublish(self):
        return super().can_unpublish() and self._own_institution()

    def can_move(self):
        return super().can_move() and self._own_institution()

    def can_copy(self):
        return super().can_copy() and self._own_institution()

    def can_lock(self):
        return super().can_lock() and self._own_institution()


class CoursePageForm(WagtailAdminPageForm):
    """An instructor builds courses for their own institution; site managers for any."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.for_user is not None and not manages_every_institution(self.for_user):
            field = self.fields["institution"]
            field.queryset = field.queryset.filter(translation_key=institution_key(self.for_user))
            if not self.instance.pk and field.queryset.count() == 1:
                self.initial["institution"] = field.queryset.first().pk


class CoursePage(Page):
    """An instructor's course: ordered sessions, each referencing a shared module of any institution."""

    institution = models.ForeignKey(
        InstitutionPage,
        verbose_name=_("institution"),
        on_delete=models.PROTECT,
        related_name="courses",
        limit_choices_to=default_locale_only,
    )
    term = models.CharField(_("term"), max_length=80, blank=True, help_text=_("e.g. Autumn 2026"))
    audience = models.CharField(
        _("audience"), max_length=160, blank=True, help_text=_("e.g. Second-year medical students")
    )
    introduction = models.TextField(_("introduction"), max_length=3000, blank=True)

    base_form_class = CoursePageForm
    content_panels = [
        *Page.content_panels,
        FieldPanel("institution", widget=forms.Select),
        FieldRowPanel([FieldPanel("term"), FieldPanel("audience")]),
        FieldPanel("introduction"),
        MultiFieldPanel(
            [InlinePanel("sessions", label=_("session"), min_num=1)],
            heading=_("Sessions"),
            help_text=_(
                "In teaching order. Each session uses a shared module, always in its latest published version."
            ),
        ),
    ]
    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("course")

    def permissions_for_user(self, user):
        return CoursePermissionTester(user, self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["syllabus"] = self.syllabus()
        return context

    def syllabus(self):
        """Each session with the module and lessons a reader of this course's language opens."""
        sessions = list(self.sessions.select_related("module"))
        keys = {session.module.translation_key for session in sessions if session.module_id}
        here = {
            module.translation_key: module
            for module in ModulePage.objects.live().filter(translation_key__in=keys, locale_id=self.locale_id)
        }
        for session in sessions:
            module = session.module
            session.shown_module = None
            session.shown_lessons = []
            if module is None or not module.live:
                continue
            session.shown_module = here.get(module.translation_key, module)
            lessons = listed_to_every_reader(LessonPage.objects.live().child_of(session.shown_module).order_by("path"))
            numbers = session.chosen_lesson_numbers()
            session.shown_lessons = [
                lesson for number, lesson in enumerate(lessons, start=1) if not numbers or number in numbers
            ]
        return sessions


class CourseSession(Orderable):
    page = ParentalKey(CoursePage, on_delete=models.CASCADE, related_name="sessions")
    module = models.ForeignKey(
        ModulePage,
        verbose_name=_("module"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="course_sessions",
    )
    date = models.DateField(_("date"), null=True, blank=True)
    lesson_numbers = models.CharField(
        _("lessons to use"),
        max_length=60,
        blank=True,
        help_text=_("Leave empty for all the module's lessons, or give their numbers, e.g. 1, 3."),
    )
    notes = models.TextField(_("local notes"), max_length=2000, blank=True, help_text=_("For your students."))

    panels = [
        FieldPanel("module"),
        FieldRowPanel([FieldPanel("date"), FieldPanel("lesson_numbers")]),
        FieldPanel("notes", widget=forms.Textarea({"rows": 3})),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("session")

    def chosen_lesson_numbers(self):
        if not self.lesson_numbers.strip():
            return set()
        return {int(number) for number in self.lesson_numbers.split(",")}

    def clean(self):
        super().clean()
        if self.module_id is None:
            raise ValidationError({"module": _("Choose the shared module this session uses.")})
        # The chooser also offers a module's stand-ins in the other language trees: they are the same module.
        if self.module.alias_of_id:
            self.module = ModulePage.objects.get(pk=self.module.alias_of_id)
        if self.lesson_numbers.strip():
            if not LESSON_NUMBERS.match(self.lesson_numbers):
                raise ValidationError({"lesson_numbers": _("Write lesson numbers separated by commas, e.g. 1, 3.")})
            count = LessonPage.objects.child_of(self.module).count()
            too_high = sorted(number for number in self.chosen_lesson_numbers() if not 1 <= number <= count)
            if too_high:
                raise ValidationError(
                    {
                        "lesson_numbers": _("This module has %(count)d lessons: there is no lesson %(numbers)s.")
                        % {"count": count, "numbers": ", ".join(map(str, too_high))}
                    }
                )
