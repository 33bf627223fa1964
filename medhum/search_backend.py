"""Wagtail's database search backend (modelsearch), with one mend for SQLite.

On SQLite each word goes into the full-text MATCH expression inside double quotes, and a double quote typed in a
search box (`"unclosed`) ended that string early: "unterminated string", a 500 in the admin's listings of images,
documents, modules and snippets. Plain-text searches mean nothing by a quote, so quotes become spaces there.
PostgreSQL and the other databases get modelsearch's own backend unchanged.
"""

from functools import lru_cache

from modelsearch.backends.database import SearchBackend as database_backend
from modelsearch.query import PlainText


class QuotesAsSpaces:
    def build_search_query_content(self, query, config=None):
        if isinstance(query, PlainText) and '"' in query.query_string:
            query = PlainText(query.query_string.replace('"', " "), operator=query.operator, boost=query.boost)
        return super().build_search_query_content(query, config)


@lru_cache
def quote_safe(backend_class):
    # modelsearch's SQLite module can be imported only where SQLite's full-text model exists: on SQLite.
    from modelsearch.backends.database.sqlite.sqlite import (
        SQLiteAutocompleteQueryCompiler,
        SQLiteSearchQueryCompiler,
    )

    return type(
        "QuoteSafeSQLiteSearchBackend",
        (backend_class,),
        {
            "query_compiler_class": type("QuoteSafeSearchCompiler", (QuotesAsSpaces, SQLiteSearchQueryCompiler), {}),
            "autocomplete_query_compiler_class": type(
                "QuoteSafeAutocompleteCompiler", (QuotesAsSpaces, SQLiteAutocompleteQueryCompiler), {}
            ),
        },
    )


# The name Wagtail looks for in a backend's module.
def SearchBackend(params):
    backend = database_backend(params)
    if type(backend).__name__ == "SQLiteSearchBackend":
        return quote_safe(type(backend))(params)
    return backend
