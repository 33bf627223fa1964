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
def terms_for_translation(translation):
    """The glossary's preferred terms for the segments of a wagtail-localize translation."""
    from courses.glossary import terms_for_translation as terms

    return terms(translation)


@register.simple_tag
def query_with(request, **changes):
    """This page's query string with some parameters set (and the page number reset)."""
    query = request.GET.copy()
    query.pop("page", None)
    for name, value in changes.items():
        query[name] = value
    return query.urlencode()


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


@register.simple_tag
def languages_in_sentence(codes):
    """Several languages' names in the reader's language, as written inside a sentence: French, Simplified Chinese."""
    return ", ".join(str(LANGUAGE_NAMES_IN_SENTENCE.get(code, code)) for code in codes)


@register.filter
def is_teaching_staff(user):
    """{% if user|is_teaching_staff %}: the admin is theirs (one query, kept for the request)."""
    from courses.permissions import is_teaching_staff as works_in_the_admin

    return works_in_the_admin(user)


@register.tag
def glossary_marks(parser, token):
    """{% glossary_marks page %}…{% endglossary_marks %}: the lesson's body with the first use of each
    glossary term marked, unless the lesson's authors turned it off or there is no glossary page."""
    try:
        _tag, page = token.split_contents()
    except ValueError as error:
        raise template.TemplateSyntaxError("glossary_marks takes the page") from error
    nodelist = parser.parse(("endglossary_marks",))
    parser.delete_first_token()
    return GlossaryMarksNode(nodelist, template.Variable(page))


class GlossaryMarksNode(template.Node):
    def __init__(self, nodelist, page):
        self.nodelist = nodelist
        self.page = page

    def render(self, context):
        import hashlib

        from courses.glossary import glossary_page, mark_first_uses
        from medhum.page_cache import memo

        html = self.nodelist.render(context)
        page = self.page.resolve(context)
        glossary = glossary_page(page.locale_id)
        if glossary is None or not getattr(page, "mark_glossary_terms", False):
            return html
        reader_language = translation.get_language()
        # The same body gives the same marks until the content changes: kept by its digest.
        digest = hashlib.sha256(html.encode()).hexdigest()
        return mark_safe(
            memo(
                f"glossary-marks:{page.content_language}:{reader_language}:{digest}",
                lambda: mark_first_uses(html, page.content_language, reader_language, glossary.url),
            )
        )
