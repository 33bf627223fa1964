from django.apps import AppConfig


class CoursesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "courses"
    verbose_name = "Teaching modules and courses"

    def ready(self):
        from django.db.models.signals import pre_delete
        from wagtail.signals import page_published, post_page_move

        from courses import language_trees
        from courses.models import InstitutionPage
        from courses.roles import give_published_institution_its_roles

        page_published.connect(give_published_institution_its_roles, sender=InstitutionPage)
        page_published.connect(language_trees.on_section_published, sender=InstitutionPage)
        for model in language_trees.MIRRORED_TYPES:
            page_published.connect(language_trees.on_published, sender=model)
            pre_delete.connect(language_trees.on_delete, sender=model)
            post_page_move.connect(language_trees.on_moved, sender=model)
