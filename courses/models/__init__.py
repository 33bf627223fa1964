from courses.models.courses import CourseIndexPage, CoursePage, CourseSession
from courses.models.glossary import GlossaryPage, GlossaryTerm
from courses.models.pages import (
    InstitutionPage,
    LessonPage,
    LibraryPage,
    ModuleAuthor,
    ModulePage,
    ModulePageForm,
    SearchPage,
    module_publication_problems,
)
from courses.models.people import Contributor
from courses.models.review import PeerReview, PeerReviewForm, PeerReviewTask, Rating
from courses.models.vocabulary import LICENSES, Level, License, ModuleKeyword, Theme

__all__ = [
    "LICENSES",
    "Contributor",
    "CourseIndexPage",
    "CoursePage",
    "CourseSession",
    "GlossaryPage",
    "GlossaryTerm",
    "InstitutionPage",
    "LessonPage",
    "Level",
    "LibraryPage",
    "License",
    "ModuleAuthor",
    "ModuleKeyword",
    "ModulePage",
    "ModulePageForm",
    "PeerReview",
    "PeerReviewForm",
    "PeerReviewTask",
    "Rating",
    "SearchPage",
    "Theme",
    "module_publication_problems",
]
