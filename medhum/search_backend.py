"""Wagtail's database search backend (modelsearch), with one mend for SQLite.

On SQLite each word goes into the full-text MATCH expression inside double quotes, and a double quote typed in a
search box (`"unclosed`) ended that string early: "unterminated string", a 500 in the admin's listings of images,
documents, modules and snippets. Plain-text searches mean nothing by a quote, so quotes become spaces there.
PostgreSQL and the other databases get modelsearch's own backend unchanged.
"""

from modelsearch.backends.database import SearchBackend as database_backend
from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteAutocompleteQueryCompiler,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from modelsearch.query import PlainText


class QuotesAsSpaces:
    def build_search_query_content(self, query, config=None):
        if isinstance(query, PlainText) and '"' in query.query_string:
            query = PlainText(query.query_string.replace('"', " "), operator=query.operator, boost=query.boost)
        return super().build_search_query_content(query, config)


class QuoteSafeSearchCompiler(QuotesAsSpaces, SQLiteSearchQueryCompiler):
    pass


class QuoteSafeAutocompleteCompiler(QuotesAsSpaces, SQLiteAutocompleteQueryCompiler):
    pass


class QuoteSafeSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = QuoteSafeSearchCompiler
    autocomplete_query_compiler_class = QuoteSafeAutocompleteCompiler


# The name Wagtail looks for in a backend's module.
def SearchBackend(params):
    backend = database_backend(params)
    if type(backend) is SQLiteSearchBackend:
        return QuoteSafeSQLiteSearchBackend(params)
    return backend
