"""Create the three content locales and a published home page in each, linked as translations.

Every install, production included, starts with /en/, /fr/ and /zh-hans/ answering. The pages are
built field by field, as Wagtail's own project template does, because historical models in a
migration have none of treebeard's tree methods.
"""

import uuid

from django.db import migrations
from django.utils import timezone

HOME_PAGES = [
    (
        "en",
        "home",
        "Teaching in ethics, culture, critical thinking and empathy, written by professors in Lyon, "
        "Ottawa and Shanghai and shared with medical students and instructors across the partnership.",
    ),
    (
        "fr",
        "home-fr",
        "Des enseignements d'éthique, de culture, d'esprit critique et d'empathie, écrits par des "
        "enseignants de Lyon, d'Ottawa et de Shanghai et partagés avec les étudiants en médecine et "
        "les formateurs de tout le partenariat.",
    ),
    (
        "zh-hans",
        "home-zh-hans",
        "由里昂、渥太华和上海的教授编写的伦理、文化、批判性思维与共情课程，与整个合作网络的医学生和教师共享。",
    ),
]


def create_home_pages(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Locale = apps.get_model("wagtailcore.Locale")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    HomePage = apps.get_model("home.HomePage")

    # Wagtail's own initial data: a plain "Welcome" page and a site pointing at it.
    Page.objects.filter(
        content_type__app_label="wagtailcore", content_type__model="page", slug="home", depth=2
    ).delete()

    root = Page.objects.get(depth=1)
    content_type, _ = ContentType.objects.get_or_create(app_label="home", model="homepage")
    translation_key = uuid.uuid4()
    now = timezone.now()
    homes = []
    for position, (language_code, slug, introduction) in enumerate(HOME_PAGES, start=1):
        locale, _ = Locale.objects.get_or_create(language_code=language_code)
        homes.append(
            HomePage.objects.create(
                title="MedHum Commons",
                draft_title="MedHum Commons",
                slug=slug,
                introduction=introduction,
                content_type=content_type,
                locale=locale,
                translation_key=translation_key,
                path=f"{root.path}{position:04d}",
                depth=2,
                numchild=0,
                url_path=f"/{slug}/",
                live=True,
                has_unpublished_changes=False,
                first_published_at=now,
                last_published_at=now,
            )
        )
    Page.objects.filter(pk=root.pk).update(numchild=len(homes))

    # The welcome page's site went with it (cascade); the default site now serves these pages.
    Site.objects.create(
        hostname="localhost", port=80, site_name="MedHum Commons", root_page=homes[0], is_default_site=True
    )


def remove_home_pages(apps, schema_editor):
    Page = apps.get_model("wagtailcore.Page")
    apps.get_model("home.HomePage").objects.filter(depth=2).delete()
    Page.objects.filter(depth=1).update(numchild=Page.objects.filter(depth=2).count())


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(create_home_pages, remove_home_pages),
    ]
