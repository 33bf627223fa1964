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
