"""An index on Wagtail's page URL paths: `HomePage.route` finds the page at an address by its URL path (two
queries instead of two a tree level), which without it reads every page of every tree."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0011_lesson_glossary_marks"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS courses_page_url_path ON wagtailcore_page (url_path)",
            reverse_sql="DROP INDEX IF EXISTS courses_page_url_path",
        )
    ]
