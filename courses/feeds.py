"""Atom feeds of newly published modules: the whole library, or one theme or institution of it."""

from django.contrib.syndication.views import Feed
from django.http import HttpResponseBadRequest
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import gettext as _

from courses.library import apply_filters, cards_for, filter_form, ordered_keys, versions

FEED_LENGTH = 30


class NewModulesFeed(Feed):
    feed_type = Atom1Feed

    def __call__(self, request, library):
        form, _keywords = filter_form(request, library)
        if not form.is_valid():
            errors = "; ".join(f"{name}: {' '.join(messages)}" for name, messages in form.errors.items())
            return HttpResponseBadRequest(
                _("These filters could not be understood:") + " " + errors, content_type="text/plain; charset=utf-8"
            )
        self.request, self.library, self.form = request, library, form
        return super().__call__(request)

    def get_object(self, request):
        return self.library

    def title(self, library):
        chosen = [
            str(label)
            for name, values in self.form.chosen().items()
            for value, label in self.form.fields[name].choices
            if value in values
        ]
        return " · ".join(["MedHum Commons", library.title, *chosen])

    def link(self, library):
        return self.request.build_absolute_uri(library.get_url(self.request) + self._query())

    def feed_url(self, library):
        return self.request.build_absolute_uri()

    def subtitle(self, library):
        return _("Newly published teaching modules in medical humanities.")

    def items(self, library):
        matching = apply_filters(versions(), self.form.chosen())
        return cards_for(list(ordered_keys(matching, library.locale_id, "newest")[:FEED_LENGTH]), library)

    def item_title(self, module):
        return module.title

    def item_description(self, module):
        # Atom's <summary type="html"> is read as HTML by feed readers: the plain-text summary goes in escaped.
        return escape(module.summary)

    def item_link(self, module):
        return self.request.build_absolute_uri(module.reader_page.get_url(self.request))

    def item_guid(self, module):
        return f"urn:medhum:module:{module.translation_key}"

    def item_pubdate(self, module):
        return module.first_published_at

    def item_updateddate(self, module):
        return module.last_published_at

    def item_author_name(self, module):
        return ", ".join(author.contributor.name for author in module.module_authors.all())

    def item_categories(self, module):
        return [theme.name for theme in module.localized_themes]

    def _query(self):
        query = self.request.GET.urlencode()
        return f"?{query}" if query else ""
