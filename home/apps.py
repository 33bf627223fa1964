from django.apps import AppConfig


class HomeConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "home"

    def ready(self):
        from medhum import page_cache

        # The site's shell owns the cache of whole pages: anything that changes a public page empties it.
        page_cache.connect_signals()
