"""Showing linked vocabulary in the reader's language without a query per item."""


def localized_all(objects, locale):
    """Each translatable object in `locale` where a translation exists, else as given, in the same order.

    One query for the lot, where `obj.localized` would make one per object.
    """
    objects = list(objects)
    missing = {obj.translation_key for obj in objects if obj.locale_id != locale.pk}
    if not missing:
        return objects
    model = type(objects[0])
    translations = {
        item.translation_key: item for item in model.objects.filter(locale=locale, translation_key__in=missing)
    }
    return [translations.get(obj.translation_key, obj) if obj.locale_id != locale.pk else obj for obj in objects]


def language_code(locale_id):
    """The language code of a locale, without a query once kept (locales hardly ever change)."""
    from wagtail.models import Locale

    from medhum.page_cache import memo

    codes = memo("language-codes", lambda: dict(Locale.objects.values_list("pk", "language_code")))
    return codes.get(locale_id) or Locale.objects.get(pk=locale_id).language_code


def out_of_date_translations():
    """Translations of pages whose original has been published again since it was last sent to translation.

    wagtail-localize keeps the source text it extracted (TranslationSource.last_updated_at); a later
    publication of the original means the translators have not seen its changes yet.
    """
    from django.db.models import Exists, OuterRef
    from wagtail.models import Page
    from wagtail_localize.models import Translation

    republished = Page.objects.filter(
        translation_key=OuterRef("source__object_id"),
        locale_id=OuterRef("source__locale_id"),
        last_published_at__gt=OuterRef("source__last_updated_at"),
    )
    return (
        Translation.objects.filter(enabled=True)
        .filter(Exists(republished))
        .select_related("source", "source__locale", "target_locale")
        .order_by("source__last_updated_at")
    )
