"""Template helpers for teaching pages: structured data, recordings, library links."""

import json
import logging
from urllib.parse import urlencode

from django import template
from django.utils import translation
from django.utils.safestring import mark_safe
from django.utils.translation import gettext, pgettext_lazy
from wagtail.embeds.embeds import get_embed
from wagtail.embeds.exceptions import EmbedException

register = template.Library()
logger = logging.getLogger(__name__)

# What may not appear raw inside <script>: escaped as JSON unicode escapes, as Django's json_script does.
SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.filter
def json_ld(data):
    """A schema.org JSON-LD block, safe to place in HTML whatever the data contains."""
    payload = json.dumps(data, ensure_ascii=False, sort_keys=True).translate(SCRIPT_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{payload}</script>')


@register.simple_tag
def media_embed(url):
    """The hosting site's player for `url`, or None when it cannot be reached (the template then links to it)."""
    try:
        return get_embed(url).html or None
    except EmbedException as error:
        logger.info("No embed for %s: %s", url, error)
        return None


@register.simple_tag
def library_url(library, **filters):
    """The library page filtered, e.g. {% library_url library theme="ethics" %}."""
    if library is None:
        return ""
    query = urlencode({key: value for key, value in filters.items() if value})
    return f"{library.url}?{query}" if query else library.url


@register.filter
def minutes(value):
    """Teaching time as hours and minutes in the reader's language: 1 h 30 min."""
    hours, rest = divmod(int(value or 0), 60)
    if hours and rest:
        return gettext("%(hours)d h %(minutes)d min") % {"hours": hours, "minutes": rest}
    if hours:
        return gettext("%(hours)d h") % {"hours": hours}
    return gettext("%(minutes)d min") % {"minutes": rest}


@register.simple_tag
def language_name(code):
    """A language's name in that language: English, français, 简体中文."""
    return translation.get_language_info(code)["name_local"]


@register.simple_tag
def feed_filters(request):
    """The theme and institution filters of this page's query string, for the address of its feed."""
    pairs = [(name, value) for name in ("theme", "institution") for value in request.GET.getlist(name)]
    return f"?{urlencode(pairs)}" if pairs else ""


@register.simple_tag
def latest_peer_review(page):
    """The review behind a workflow's last decision on `page`, for the email that tells its authors."""
    return page.peer_reviews.first() if page is not None else None


# Inside a sentence, French writes language names in lower case ("en anglais"), unlike in menus.
LANGUAGE_NAMES_IN_SENTENCE = {
    "en": pgettext_lazy("language name inside a sentence", "English"),
    "fr": pgettext_lazy("language name inside a sentence", "French"),
    "zh-hans": pgettext_lazy("language name inside a sentence", "Simplified Chinese"),
}


@register.simple_tag
def language_in_sentence(code):
    """A language's name in the reader's language, as it is written inside a sentence."""
    return LANGUAGE_NAMES_IN_SENTENCE.get(code, code)


@register.filter
def is_teaching_staff(user):
    """{% if user|is_teaching_staff %}: the admin is theirs (one query, kept for the request)."""
    from courses.permissions import is_teaching_staff as works_in_the_admin

    return works_in_the_admin(user)
