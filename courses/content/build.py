"""Builders for the partnership's structure and the demo library, shared by the commands and the tests.

Every builder is idempotent: it finds what exists (by slug, in each language tree) and creates only
what is missing, so `load_demo` can run on every `make run`.
"""

import importlib
import pkgutil
from io import BytesIO

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page

from courses.content import artwork, modules
from courses.content.glossary import CONCEPTS
from courses.content.partnership import ABOUT, INSTITUTIONS, THEMES
from courses.language_trees import make_room_for_translation, mirror_every_page
from courses.models import (
    Contributor,
    CourseIndexPage,
    CoursePage,
    CourseSession,
    GlossaryPage,
    GlossaryTerm,
    InstitutionPage,
    LessonPage,
    LibraryPage,
    ModuleAuthor,
    ModulePage,
    SearchPage,
    Theme,
)
from courses.roles import ensure_roles
from home.models import HomeFeaturedModule, HomePage, InformationPage

DEFAULT_LANGUAGE = "en"

LIBRARY_TEXT = {
    "en": (
        "Library",
        "Teaching modules from the four partner institutions, in English, French and Chinese, "
        "on ethics, culture, critical thinking and empathy.",
    ),
    "fr": (
        "Bibliothèque",
        "Les modules d'enseignement des quatre établissements partenaires, en anglais, en français et en chinois, "
        "sur l'éthique, la culture, l'esprit critique et l'empathie.",
    ),
    "zh-hans": ("教学资源库", "四所合作院校以英语、法语和中文编写的教学模块，涵盖伦理、文化、批判性思维与共情。"),
}

SEARCH_TITLES = {"en": "Search", "fr": "Rechercher", "zh-hans": "搜索"}
COURSES_TEXT = {
    "en": ("Courses", "Syllabi that instructors of the partnership build from the shared library."),
    "fr": ("Cours", "Les programmes que les enseignants du partenariat composent à partir de la bibliothèque commune."),
    "zh-hans": ("课程", "合作院校教师利用共享资源库编排的课程大纲。"),
}

GLOSSARY_TEXT = {
    "en": (
        "Glossary",
        "The partnership's shared terms of medical humanities: each with a definition and its names in "
        "English, French and Chinese. A search for one of them finds teaching in all three languages.",
    ),
    "fr": (
        "Glossaire",
        "Les termes communs du partenariat en humanités médicales, chacun défini et nommé en français, en "
        "anglais et en chinois. Chercher l'un d'eux trouve les enseignements dans les trois langues.",
    ),
    "zh-hans": (
        "术语表",
        "合作项目共用的医学人文术语，每条均附释义及其英文、法文和中文名称。检索其中任何一个术语，都能找到三种语言的教学内容。",
    ),
}

# Whose first module each language's home page features, in order.
FEATURED_INSTITUTIONS = {
    "en": ["ottawa", "lyon", "sjtu"],
    "fr": ["lyon", "ottawa", "shutcm"],
    "zh-hans": ["sjtu", "shutcm", "lyon"],
}


def locale(language_code):
    return Locale.objects.get(language_code=language_code)


def homes():
    """The home page of each language tree, by language code."""
    return {home.locale.language_code: home for home in HomePage.objects.filter(depth=2).select_related("locale")}


def publish(page):
    # Publishing saves the page object as it is in memory: a child added since it was loaded (a lesson
    # under a new translation) must be counted, or Wagtail would not find that child at its address.
    page.refresh_from_db(fields=["numchild"])
    page.save_revision().publish()
    return page


def translate_page(source, language, fields):
    """A draft copy of `source` in `language`'s tree, linked as its translation, with `fields` replaced.

    Like `copy_for_translation`, but the translated slug is set before the first save, so Wagtail does
    not record a redirect from the untranslated slug.
    """
    target = locale(language)
    make_room_for_translation(source, target)
    parent = source.get_parent().specific.get_translation(target)
    return source.specific.copy(
        to=parent,
        update_attrs={"locale": target, **fields},
        keep_live=False,
        copy_revisions=False,
        reset_translation_key=False,
        log_action="wagtail.copy_for_translation",
    )


def ensure_translated_page(source, language, fields):
    """The `language` translation of `source`, created and published if missing."""
    translated = translation_of(source, language)
    if translated is not None:
        return translated.specific
    return publish(translate_page(source, language, fields))


def ensure_section(trees, model, slug, texts):
    """A top-level section of every home page (in the menu), with its title and introduction in each language."""
    english = trees[DEFAULT_LANGUAGE]
    section = model.objects.child_of(english).first()
    if section is None:
        title, introduction = texts[DEFAULT_LANGUAGE]
        section = publish(
            english.add_child(instance=model(title=title, slug=slug, introduction=introduction, show_in_menus=True))
        )
    for language in trees:
        if language != DEFAULT_LANGUAGE:
            title, introduction = texts[language]
            ensure_translated_page(section, language, {"title": title, "introduction": introduction, "slug": slug})
    return section


@transaction.atomic
def ensure_partnership():
    """The structure every installation needs: library sections, institutions, themes and the About page."""
    trees = homes()
    english = trees[DEFAULT_LANGUAGE]

    library = ensure_section(trees, LibraryPage, "library", LIBRARY_TEXT)

    for data in INSTITUTIONS:
        text = data["text"]
        institution = InstitutionPage.objects.child_of(library).filter(slug=data["slug"]).first()
        if institution is None:
            institution = publish(
                library.add_child(
                    instance=InstitutionPage(
                        slug=data["slug"], website=data["website"], **_institution_fields(text[DEFAULT_LANGUAGE])
                    )
                )
            )
        for language in trees:
            if language != DEFAULT_LANGUAGE:
                ensure_translated_page(
                    institution, language, {**_institution_fields(text[language]), "slug": data["slug"]}
                )

    for data in THEMES:
        theme = Theme.objects.filter(locale=locale(DEFAULT_LANGUAGE), slug=data["slug"]).first()
        if theme is None:
            theme = Theme.objects.create(
                locale=locale(DEFAULT_LANGUAGE), slug=data["slug"], **data["text"][DEFAULT_LANGUAGE]
            )
        for language in trees:
            if language != DEFAULT_LANGUAGE and theme.get_translation_or_none(locale(language)) is None:
                translated = theme.copy_for_translation(locale(language))
                translated.name = data["text"][language]["name"]
                translated.description = data["text"][language]["description"]
                translated.save()

    ensure_section(trees, CourseIndexPage, "courses", COURSES_TEXT)

    search = SearchPage.objects.child_of(english).first()
    if search is None:
        search = publish(
            english.add_child(
                instance=SearchPage(title=SEARCH_TITLES[DEFAULT_LANGUAGE], slug="search", show_in_menus=True)
            )
        )
    for language in trees:
        if language != DEFAULT_LANGUAGE:
            ensure_translated_page(search, language, {"title": SEARCH_TITLES[language], "slug": "search"})

    ensure_section(trees, GlossaryPage, "glossary", GLOSSARY_TEXT)

    about = InformationPage.objects.child_of(english).filter(slug=ABOUT[DEFAULT_LANGUAGE]["slug"]).first()
    if about is None:
        about = publish(english.add_child(instance=InformationPage(show_in_menus=True, **ABOUT[DEFAULT_LANGUAGE])))
    for language in trees:
        if language != DEFAULT_LANGUAGE:
            ensure_translated_page(about, language, dict(ABOUT[language]))
    ensure_roles()
    return library


def _institution_fields(text):
    return {
        "title": text["name"],
        "short_name": text["short_name"],
        "city": text["city"],
        "country": text["country"],
        "description": text["description"],
    }


def institution_page(slug, language):
    return InstitutionPage.objects.get(slug=slug, locale__language_code=language, depth=4)


def demo_module_data():
    """The demo modules' data, one Python module per teaching module, in a stable order."""
    names = sorted(info.name for info in pkgutil.iter_modules(modules.__path__))
    return [(name, importlib.import_module(f"{modules.__name__}.{name}").MODULE) for name in names]


@transaction.atomic
def ensure_demo_library():
    """The demo modules, their lessons, authors and translations, and the home pages' featured modules."""
    ensure_partnership()
    ensure_demo_glossary()
    media = DemoMedia()
    built = []
    for name, data in demo_module_data():
        built.append(ensure_module(data, additions=media.additions_for(name)))
    mirror_every_page()  # a no-op when publishing has mirrored everything already
    ensure_featured_modules()
    return built


def ensure_demo_glossary():
    """The glossary's seed concepts, each in every language, linked to its themes."""
    for data in CONCEPTS:
        themes = list(Theme.objects.filter(locale=locale(DEFAULT_LANGUAGE), slug__in=data["themes"]))
        original = GlossaryTerm.objects.filter(locale=locale(DEFAULT_LANGUAGE), slug=data["slug"]).first()
        if original is None:
            original = GlossaryTerm.objects.create(
                locale=locale(DEFAULT_LANGUAGE), slug=data["slug"], **_glossary_fields(data["text"][DEFAULT_LANGUAGE])
            )
            original.themes.set(themes)
        for language, text in data["text"].items():
            if language != DEFAULT_LANGUAGE and original.get_translation_or_none(locale(language)) is None:
                translated = original.copy_for_translation(locale(language))
                for name, value in _glossary_fields(text).items():
                    setattr(translated, name, value)
                translated.save()
                translated.themes.set(themes)


def _glossary_fields(text):
    return {
        "term": text["term"],
        "synonyms": "\n".join(text.get("synonyms", [])),
        "pinyin": text.get("pinyin", ""),
        "definition": text["definition"],
    }


def ensure_module(data, additions=None):
    """One module with its lessons in its original language, then each of its translations."""
    additions = additions or {}
    language = data["language"]
    institution = institution_page(data["institution"], language)
    module = ModulePage.objects.child_of(institution).filter(slug=data["slug"]).first()
    if module is None:
        contributors = [ensure_contributor(author, language) for author in data["authors"]]
        module = ModulePage(
            title=data["title"],
            slug=data["slug"],
            summary=data["summary"],
            live=False,
            objectives=[("objective", objective) for objective in data["objectives"]],
            level=data["level"],
            license=data["license"],
            references=[("citation", citation) for citation in data["references"]],
        )
        module.themes = list(Theme.objects.filter(locale__language_code=DEFAULT_LANGUAGE, slug__in=data["themes"]))
        module.contributing_institutions = [
            institution_page(slug, DEFAULT_LANGUAGE) for slug in data["contributing_institutions"]
        ]
        module.module_authors = [ModuleAuthor(contributor=contributor) for contributor in contributors]
        institution.add_child(instance=module)
        module.keywords.set(data["keywords"])
        for position, lesson in enumerate(data["lessons"]):
            publish(
                module.add_child(instance=LessonPage(**_lesson_fields(lesson, additions.get((position, language)))))
            )
        publish(module)

    for target, translation in data["translations"].items():
        ensure_module_translation(module, target, translation, data, additions)
    return module


def translation_of(page, language):
    """The page's translation in `language`: not an alias, which only stands in until there is one."""
    return page.get_translations().filter(locale__language_code=language, alias_of__isnull=True).first()


def ensure_module_translation(module, language, translation, original, additions):
    if translation_of(module, language) is not None:
        return
    for author, text in zip(original["authors"], translation["authors"], strict=True):
        contributor = ensure_contributor(author, original["language"])
        if contributor.get_translation_or_none(locale(language)) is None:
            translated = contributor.copy_for_translation(locale(language))
            translated.title = text["title"]
            translated.bio = text["bio"]
            translated.save()
    fields = {
        "title": translation["title"],
        "slug": translation["slug"],
        "summary": translation["summary"],
        "objectives": [("objective", objective) for objective in translation["objectives"]],
    }
    translated = translate_page(module, language, fields)
    translated.keywords.set(translation["keywords"])
    lessons = list(LessonPage.objects.child_of(module).order_by("path"))
    for position, (lesson, text) in enumerate(zip(lessons, translation["lessons"], strict=True)):
        publish(translate_page(lesson, language, _lesson_fields(text, additions.get((position, language)))))
    publish(translated)


def _lesson_fields(lesson, extra_blocks=None):
    body = list(lesson["body"])
    for index, block in extra_blocks or []:
        body.insert(index, block)
    return {
        "title": lesson["title"],
        "slug": lesson["slug"],
        "introduction": lesson["introduction"],
        "duration_minutes": lesson["duration_minutes"],
        "body": body,
    }


def ensure_contributor(author, language):
    """A contributor, found by name and institution in the language they first wrote in."""
    institution = institution_page(author["institution"], DEFAULT_LANGUAGE)
    contributor = Contributor.objects.filter(
        name=author["name"], institution__translation_key=institution.translation_key, locale__language_code=language
    ).first()
    if contributor is None:
        contributor = Contributor.objects.create(
            locale=locale(language),
            name=author["name"],
            title=author["title"],
            institution=institution,
            bio=author["bio"],
            orcid=author.get("orcid", ""),
        )
    return contributor


def ensure_featured_modules():
    """Three featured modules on each home page, chosen among the modules of that language's tree."""
    for language, home in homes().items():
        if home.featured_modules.exists():
            continue
        chosen = []
        for institution_slug in FEATURED_INSTITUTIONS.get(language, []):
            institution = InstitutionPage.objects.filter(slug=institution_slug, locale=home.locale).first()
            module = ModulePage.objects.live().child_of(institution).order_by("path").first() if institution else None
            if module is not None:
                chosen.append(module)
        home.featured_modules = [HomeFeaturedModule(module=module) for module in chosen]
        publish(home)


class DemoMedia:
    """The project-made picture, recording link and handout, inserted into three demo lessons."""

    def additions_for(self, module_name):
        builders = {
            "ottawa_bad_news": self._spikes,
            "sjtu_gongqing": self._empathy_video,
            "lyon_medecine_narrative": self._worksheet,
        }
        return builders[module_name]() if module_name in builders else {}

    def _spikes(self):
        image = _ensure_image("SPIKES protocol diagram", "spikes.png", artwork.spikes_diagram())
        credit = "Diagram drawn for MedHum Commons, CC BY 4.0"
        return {
            (0, "en"): [
                (
                    1,
                    (
                        "image",
                        {
                            "image": image,
                            "alt_text": "The six letters S, P, I, K, E, S in linked circles, one step after another.",
                            "caption": "SPIKES: Setting, Perception, Invitation, Knowledge, Emotions, Strategy and summary.",
                            "credit": credit,
                        },
                    ),
                )
            ],
            (0, "fr"): [
                (
                    1,
                    (
                        "image",
                        {
                            "image": image,
                            "alt_text": "Les six lettres S, P, I, K, E, S dans des cercles reliés, une étape après l'autre.",
                            "caption": "SPIKES : le cadre, la perception, l'invitation, l'information, les émotions, "
                            "la stratégie et la synthèse.",
                            "credit": "Schéma dessiné pour MedHum Commons, CC BY 4.0",
                        },
                    ),
                )
            ],
        }

    def _empathy_video(self):
        url = "https://www.youtube.com/watch?v=1Evwgu369Jw"
        return {
            (0, "zh-hans"): [
                (
                    2,
                    (
                        "embed",
                        {
                            "url": url,
                            "title": "布琳·布朗谈共情（英国皇家艺术学会动画短片，约三分钟，英文）",
                            "description": "这段动画用简单的比喻区分共情与同情：共情是走下洞穴，陪在对方身边；"
                            "同情则是站在洞口往下喊话。观看后请思考：在门诊中，哪些常用的安慰话语其实属于后者？",
                        },
                    ),
                )
            ],
            (0, "en"): [
                (
                    2,
                    (
                        "embed",
                        {
                            "url": url,
                            "title": "Brené Brown on Empathy (RSA Shorts animation, about three minutes, in English)",
                            "description": "The animation separates empathy from sympathy with a simple image: empathy "
                            "climbs down into the hole to sit beside the person; sympathy calls down from the top. "
                            "After watching, ask yourself which of the comforting phrases used in clinic belong to "
                            "the second kind.",
                        },
                    ),
                )
            ],
        }

    def _worksheet(self):
        document = _ensure_document(
            "Dossier parallèle : fiche d'écriture",
            "dossier-parallele-fiche.docx",
            artwork.worksheet_docx(
                "Dossier parallèle : fiche d'écriture",
                "Médecine narrative, séance 3 — MedHum Commons, CC BY-SA 4.0",
                [
                    "1. Le patient, tel que je l'ai rencontré (sans nom ni détail identifiant) :",
                    "2. Ce que j'ai ressenti pendant la rencontre :",
                    "3. Ce que le dossier médical ne dit pas :",
                    "4. Une phrase du patient que je veux garder :",
                ],
            ),
        )
        return {
            (2, "fr"): [
                (
                    1,
                    (
                        "resources",
                        {
                            "items": [
                                {
                                    "document": document,
                                    "description": "Fiche à remplir pendant l'atelier d'écriture, à imprimer ou à compléter à l'écran.",
                                }
                            ]
                        },
                    ),
                )
            ]
        }


def _ensure_image(title, filename, content):
    Image = get_image_model()
    image = Image.objects.filter(title=title).first()
    if image is None:
        image = Image(title=title, file=ImageFile(BytesIO(content), name=filename))
        image.save()
    return image


def _ensure_document(title, filename, content):
    Document = get_document_model()
    document = Document.objects.filter(title=title).first()
    if document is None:
        document = Document(title=title)
        document.file.save(filename, ContentFile(content), save=False)
        document.save()
    return document


def page_counts():
    """How many pages of each kind exist: what a second `load_demo` must leave unchanged."""
    return {
        model.__name__: model.objects.count() for model in (LibraryPage, InstitutionPage, ModulePage, LessonPage, Page)
    }


def ensure_demo_reviews():
    """Put four demo modules through peer review, once: submitted by their author, approved by a reviewer."""
    from django.contrib.auth import get_user_model
    from wagtail.models import Workflow

    from courses.content.reviews import REVIEWS
    from courses.models import PeerReview
    from courses.roles import PEER_REVIEW

    users = {user.username: user for user in get_user_model().objects.all()}
    workflow = Workflow.objects.get(name=PEER_REVIEW)
    for review in REVIEWS:
        module = ModulePage.objects.get(slug=review["module"], alias_of=None)
        if PeerReview.objects.filter(page=module).exists():
            continue
        module.save_revision(user=users[review["author"]])
        workflow.start(module, users[review["author"]])
        module.refresh_from_db()
        data = {key: value for key, value in review.items() if key not in ("module", "author", "reviewer")}
        module.current_workflow_task.on_action(
            module.current_workflow_task_state, users[review["reviewer"]], "approve", **data
        )


DEMO_COURSE = {
    "slug": "difficult-conversations-in-clinical-practice",
    "title": "Difficult conversations in clinical practice (MED 3102)",
    "institution": "ottawa",
    "instructor": "instructor.ottawa",
    "term": "Winter 2027",
    "audience": "Third-year medical students, University of Ottawa",
    "introduction": (
        "Four seminars on the conversations that clerkship makes unavoidable: telling a patient bad news, "
        "answering a family that asks us to keep it from them, making sure consent is really understood, and "
        "noticing when our own thinking has gone wrong. Each seminar uses a module shared by a partner "
        "university, so that we see how the same question is answered in Ottawa, Lyon and Shanghai.\n"
        "Read the lessons listed before each seminar; bring one question from your own clinical placement."
    ),
    "sessions": [
        (
            "breaking-bad-news-with-empathy",
            "2027-01-13",
            "1, 2",
            "Read lessons 1 and 2 before class. We role-play the SPIKES steps in groups of three, "
            "with one observer timing the silences.",
        ),
        (
            "family-autonomy-and-truth-telling-in-chinese-clinical-practice",
            "2027-01-20",
            "",
            "Written at Shanghai Jiao Tong University. Compare its case with Ontario's disclosure rules and come "
            "ready to argue the family's side.",
        ),
        (
            "le-consentement-eclaire-a-l-epreuve-des-cultures",
            "2027-01-27",
            "3",
            "From Lyon. Lesson 3 covers interpreters and teach-back; we practise teach-back in pairs.",
        ),
        (
            "cognitive-bias-and-diagnostic-reasoning",
            "2027-02-03",
            "",
            "Bring a case from your placement where the first diagnosis turned out wrong.",
        ),
    ],
}


def ensure_demo_course():
    """One published course by instructor.ottawa, built from modules of three partner universities."""
    from datetime import date

    from django.contrib.auth import get_user_model

    data = DEMO_COURSE
    course_list = CourseIndexPage.objects.get(locale__language_code=DEFAULT_LANGUAGE)
    if CoursePage.objects.child_of(course_list).filter(slug=data["slug"]).exists():
        return
    course = CoursePage(
        title=data["title"],
        slug=data["slug"],
        institution=institution_page(data["institution"], DEFAULT_LANGUAGE),
        term=data["term"],
        audience=data["audience"],
        introduction=data["introduction"],
        owner=get_user_model().objects.get(username=data["instructor"]),
    )
    course.sessions = [
        CourseSession(
            module=ModulePage.objects.get(slug=slug, alias_of=None),
            date=date.fromisoformat(day),
            lesson_numbers=numbers,
            notes=notes,
        )
        for slug, day, numbers, notes in data["sessions"]
    ]
    course_list.add_child(instance=course)
    publish(course)
