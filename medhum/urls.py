from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from courses import views as translation_views
from medhum import views
from medhum.api import api_router
from medhum.sitemaps import MultilingualSitemap

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": MultilingualSitemap}}, name="sitemap"),
    path("api/v2/", api_router.urls),
    # Ahead of wagtail-localize's own routes for the same addresses: they add the ownership check.
    path("admin/localize/submit/page/<int:page_id>/", translation_views.submit_page_translation),
    path(
        "admin/localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
        translation_views.submit_snippet_translation,
    ),
    path("admin/localize/update/<int:translation_source_id>/", translation_views.update_translations),
    # wagtail-localize keeps a translator's replacement for a link as typed, a javascript: address included.
    path(
        "admin/localize/translate/<int:translation_id>/overrides/<int:overridable_segment_id>/edit/",
        translation_views.edit_translation_override,
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Every public page lives under its language: /en/, /fr/, /zh-hans/. A path without one
# is redirected by LocaleMiddleware to the visitor's language (cookie, Accept-Language, else en).
urlpatterns += i18n_patterns(
    # Before Wagtail's catch-all route, which would otherwise look for a page called "accounts".
    path("accounts/", include("accounts.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler500 = "medhum.views.server_error"
