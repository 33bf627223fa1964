from django.apps import AppConfig


class CoursesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "courses"
    verbose_name = "Teaching modules and courses"

    def ready(self):
        from wagtail.signals import page_published

        from courses.models import InstitutionPage
        from courses.roles import give_published_institution_its_roles

        page_published.connect(give_published_institution_its_roles, sender=InstitutionPage)
