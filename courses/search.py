"""Full-text search in English, French and Chinese, the same on SQLite and PostgreSQL.

Wagtail's database backends split Chinese only at punctuation, fold French accents on SQLite but not
PostgreSQL, and stem English on PostgreSQL but not SQLite. So the project normalises text itself, the
same way when it indexes and when it searches, and hands the backend only plain lowercase terms:

- Chinese runs are segmented into words with jieba (finer, overlapping words when indexing);
- other words are case- and accent-folded, and indexed with their English and French stems;
- a query word matches when its folded form or either stem matches; every query word must match.
"""

import logging
import re
import unicodedata
from functools import lru_cache

import jieba
import snowballstemmer
from wagtail.search.query import And, Or, PlainText

jieba.setLogLevel(logging.WARNING)

MAX_QUERY_LENGTH = 200
MAX_QUERY_TERMS = 12

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # CJK ideographs: Extension A, the main block, compatibility
CJK_RUN = re.compile(f"[{HAN}]+")
TOKEN = re.compile(f"[{HAN}]+|[^\\W_]+", re.UNICODE)
STEMMERS = (snowballstemmer.stemmer("english"), snowballstemmer.stemmer("french"))


def fold(word):
    """Lowercase without accents: Éthique → ethique."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(character for character in decomposed if not unicodedata.combining(character))


@lru_cache(maxsize=20_000)
def forms(word):
    """The forms under which a non-Chinese word is indexed and searched: folded, English and French stems."""
    folded = fold(word)
    return tuple(dict.fromkeys([folded, *(stemmer.stemWord(folded) for stemmer in STEMMERS)]))


def _words(text, for_index):
    for token in TOKEN.findall(text or ""):
        if CJK_RUN.fullmatch(token):
            segments = jieba.cut_for_search(token) if for_index else jieba.cut(token)
            yield from (segment for segment in segments if segment.strip())
        else:
            yield token


def index_text(*texts):
    """What the search backend indexes for these texts: normalised terms separated by spaces."""
    terms = []
    for text in texts:
        for word in _words(text, for_index=True):
            terms.extend(forms(word) if not CJK_RUN.fullmatch(word) else (word,))
    return " ".join(terms)


def query_words(query):
    """The distinct words of a reader's query, Chinese segmented."""
    return list(dict.fromkeys(_words(query, for_index=False)))


def search_query(query):
    """A backend query for the reader's text: every word, in any of its forms. None when nothing is left."""
    words = query_words(query)
    if not words:
        return None
    clauses = []
    for word in words:
        alternatives = [word] if CJK_RUN.fullmatch(word) else list(forms(word))
        clauses.append(
            Or([PlainText(term) for term in alternatives]) if len(alternatives) > 1 else PlainText(alternatives[0])
        )
    return And(clauses) if len(clauses) > 1 else clauses[0]


def highlight_terms(query):
    """Folded query words and their stems, to find them again in a text for an excerpt."""
    terms = set()
    for word in query_words(query):
        terms.update([word] if CJK_RUN.fullmatch(word) else forms(word))
    return terms


def excerpt(text, terms, width=220):
    """A window of `text` around the first word matching `terms`, as (before, match, after) pieces to mark up."""
    text = " ".join((text or "").split())
    if not text:
        return []
    for match in TOKEN.finditer(text):
        token = match.group(0)
        hit = _find_hit(token, terms)
        if hit is not None:
            start, end = match.start() + hit[0], match.start() + hit[1]
            if CJK_RUN.fullmatch(token):
                width //= 2  # a Chinese character carries about as much as a short word
            left = max(0, start - width // 2)
            right = min(len(text), end + width // 2)
            return [
                ("…" if left else "") + text[left:start],
                text[start:end],
                text[end:right] + ("…" if right < len(text) else ""),
            ]
    return [text[:width] + ("…" if len(text) > width else ""), "", ""]


def _find_hit(token, terms):
    """Where in `token` a search term appears: the whole word for alphabets, the segment for Chinese."""
    if CJK_RUN.fullmatch(token):
        for term in sorted((t for t in terms if CJK_RUN.fullmatch(t)), key=len, reverse=True):
            position = token.find(term)
            if position >= 0:
                return position, position + len(term)
        return None
    return (0, len(token)) if set(forms(token)) & terms else None
