"""Build a large synthetic library for `make bench`: many modules of several lessons, in every tree.

The pages are written in bulk, as a live library would hold them (tree paths, URL paths, themes,
authors, keywords, search index), because thousands of one-by-one publications would take longer than
the benchmark itself. Their text is recombined from a few sentences per language: benchmark data, not
teaching material, and refused under production settings like the demo library.
"""

import random
import time
import uuid

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone
from taggit.models import Tag
from wagtail.models import Page
from wagtail.search.backends import get_search_backends

from courses.content.build import institution_page, locale
from courses.content.synthetic_text import LANGUAGES, SENTENCES, TOPICS
from courses.models import Contributor, LessonPage, ModuleAuthor, ModulePage, Theme
from courses.models.vocabulary import LICENSES, Level, ModuleKeyword

INSTITUTIONS = ["lyon", "ottawa", "sjtu", "shutcm"]


class Command(BaseCommand):
    help = "Build a synthetic library of many modules for the benchmark (never under production settings)."

    def add_arguments(self, parser):
        parser.add_argument("--modules", type=int, default=2000, help="how many modules (default 2000)")
        parser.add_argument("--lessons", type=int, default=5, help="lessons per module (default 5)")
        parser.add_argument("--seed", type=int, default=2016)

    def handle(self, *args, modules, lessons, seed, **options):
        if not getattr(settings, "MEDHUM_ALLOW_DEMO_DATA", False):
            raise CommandError("The synthetic library is for benchmarks: refused under these settings.")
        if modules < 1 or lessons < 1:
            raise CommandError("--modules and --lessons must be at least 1.")
        started = time.monotonic()
        call_command("setup_partnership", stdout=self.stdout)
        generator = random.Random(seed)
        with transaction.atomic():
            built = Builder(generator, lessons).build(modules)
        self.stdout.write(f"Built {built} modules with {lessons} lessons each in {time.monotonic() - started:.0f} s.")


class Builder:
    def __init__(self, generator, lessons_per_module):
        self.random = generator
        self.lessons_per_module = lessons_per_module
        self.now = timezone.now()
        self.module_type = ContentType.objects.get_for_model(ModulePage)
        self.lesson_type = ContentType.objects.get_for_model(LessonPage)
        self.themes = list(Theme.objects.filter(locale__language_code="en"))
        self.authors = {}

    def text(self, language, sentences):
        separator = "" if language == "zh-hans" else " "
        return separator.join(self.random.choice(SENTENCES[language]) for _ in range(sentences))

    def author(self, institution, language):
        key = (institution.pk, language)
        if key not in self.authors:
            self.authors[key] = [
                Contributor.objects.create(
                    locale=locale(language), name=f"Synthetic Author {institution.slug}-{n}", institution=institution
                )
                for n in range(5)
            ]
        return self.random.choice(self.authors[key])

    def build(self, count):
        parents = {}
        for number in range(count):
            language = LANGUAGES[number % len(LANGUAGES)]
            institution = institution_page(INSTITUTIONS[(number // len(LANGUAGES)) % len(INSTITUTIONS)], language)
            parents.setdefault(institution.pk, (institution, []))[1].append((number, language))
        modules, lessons = [], []
        for institution, numbers in parents.values():
            step = last_step(institution)
            for offset, (number, language) in enumerate(numbers, start=1):
                module = self.module(institution, step + offset, number, language)
                modules.append(module)
                lessons.extend(
                    self.lesson(module, position, language) for position in range(1, self.lessons_per_module + 1)
                )
            Page.objects.filter(pk=institution.pk).update(numchild=step + len(numbers))
        insert_pages(ModulePage, modules)
        insert_pages(LessonPage, lessons)
        self.relations(modules)
        for backend in get_search_backends():
            backend.add_bulk(ModulePage, modules)
            backend.add_bulk(LessonPage, lessons)
        return len(modules)

    def module(self, institution, step, number, language):
        topic = self.random.choice(TOPICS[language])
        module = ModulePage(
            title=f"{topic} {number + 1}",
            slug=f"synthetic-module-{number + 1}",
            path=Page._get_path(institution.path, institution.depth + 1, step),
            depth=institution.depth + 1,
            numchild=self.lessons_per_module,
            url_path=f"{institution.url_path}synthetic-module-{number + 1}/",
            locale_id=institution.locale_id,
            content_type=self.module_type,
            translation_key=uuid.uuid4(),
            live=True,
            first_published_at=self.now,
            last_published_at=self.now,
            summary=self.text(language, 2)[:280],
            objectives=[("objective", self.text(language, 1)) for _ in range(3)],
            level=self.random.choice(Level.values),
            license=self.random.choice(list(LICENSES)),
            text_language=language,
        )
        module.synthetic = {"institution": institution, "language": language, "topic": topic}
        return module

    def lesson(self, module, position, language):
        sections = [
            (
                "section",
                {
                    "heading": f"{self.random.choice(TOPICS[language])} ({n})",
                    "text": f"<p>{self.text(language, 6)}</p>",
                },
            )
            for n in range(1, 5)
        ]
        body = [*sections, ("discussion", {"questions": [self.text(language, 1), self.text(language, 1)]})]
        return LessonPage(
            title=f"{module.title}: {position}",
            slug=f"lesson-{position}",
            path=Page._get_path(module.path, module.depth + 1, position),
            depth=module.depth + 1,
            numchild=0,
            url_path=f"{module.url_path}lesson-{position}/",
            locale_id=module.locale_id,
            content_type=self.lesson_type,
            translation_key=uuid.uuid4(),
            live=True,
            first_published_at=self.now,
            last_published_at=self.now,
            introduction=self.text(language, 1),
            duration_minutes=self.random.choice([30, 45, 60, 90]),
            body=body,
            text_language=language,
        )

    def relations(self, modules):
        theme_links, authors, keywords = [], [], []
        tags = {}
        for module in modules:
            details = module.synthetic
            for theme in self.random.sample(self.themes, k=min(2, len(self.themes))):
                theme_links.append(ModulePage.themes.through(modulepage_id=module.pk, theme_id=theme.pk))
            authors.append(
                ModuleAuthor(
                    page_id=module.pk,
                    sort_order=0,
                    contributor=self.author(details["institution"], details["language"]),
                )
            )
            name = details["topic"].lower()
            if name not in tags:
                tags[name] = Tag.objects.get_or_create(name=name, defaults={"slug": f"synthetic-{len(tags)}"})[0]
            keywords.append(ModuleKeyword(content_object_id=module.pk, tag=tags[name]))
        ModulePage.themes.through.objects.bulk_create(theme_links)
        ModuleAuthor.objects.bulk_create(authors)
        ModuleKeyword.objects.bulk_create(keywords)


def last_step(parent):
    last = parent.get_last_child()
    return Page._get_lastpos_in_path(last.path) if last else 0


def insert_pages(model, pages):
    """Page rows in bulk, then the model's own rows: Django's bulk_create refuses multi-table models."""
    base_fields = [field for field in Page._meta.concrete_fields if not field.primary_key]
    rows = Page.objects.bulk_create(
        [Page(**{field.attname: getattr(page, field.attname) for field in base_fields}) for page in pages],
        batch_size=500,
    )
    for page, row in zip(pages, rows, strict=True):
        page.pk = page.id = page.page_ptr_id = row.pk
    fields = model._meta.local_concrete_fields
    columns = ", ".join(connection.ops.quote_name(field.column) for field in fields)
    placeholders = ", ".join(["%s"] * len(fields))
    values = [[field.get_db_prep_save(field.pre_save(page, True), connection) for field in fields] for page in pages]
    with connection.cursor() as cursor:
        cursor.executemany(f"INSERT INTO {model._meta.db_table} ({columns}) VALUES ({placeholders})", values)
