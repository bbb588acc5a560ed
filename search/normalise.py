"""One text normalisation for indexing and for queries: Snowball stems plus folded diacritics.

Each word gets two forms: stemmed with its Polish letters and then folded ("seniorów" ->
"senior"), and folded first and then stemmed ("seniorow"). A visitor who types without
Polish letters reaches the second form, one who types them reaches the first; stored text
carries both, so either way the query meets the text. "ł" folds to "l" ("Łódź" -> "lodz").
English text gets the English stemmer.
"""

import re
from functools import lru_cache, reduce
from operator import and_, or_

import snowballstemmer
from django.db.models import Q

from core.text import fold

WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*", re.UNICODE)


@lru_cache(maxsize=4)
def _stemmer(language):
    name = {"pl": "polish", "en": "english"}.get((language or "pl")[:2], "polish")
    return snowballstemmer.stemmer(name)


def words(text):
    return WORD.findall(text or "")


@lru_cache(maxsize=20_000)
def word_forms(word, language="pl"):
    stemmer = _stemmer(language)
    lower = word.lower()
    return frozenset({fold(stemmer.stemWord(lower)), stemmer.stemWord(fold(lower))})


def index_text(text, language="pl"):
    """Every form of every word, space-separated with spaces at both ends (for " form" lookups)."""
    forms = []
    seen = set()
    for word in words(text):
        for form in sorted(word_forms(word, language)):
            if form not in seen:
                seen.add(form)
                forms.append(form)
    return f" {' '.join(forms)} " if forms else ""


# Short words that carry no meaning of their own; a query of only these keeps them.
STOPWORDS = {
    "pl": {"a", "i", "w", "we", "z", "ze", "o", "od", "do", "na", "po", "dla", "oraz", "lub", "czy", "jak",
           "to", "sie", "się", "u", "za", "przy", "pod", "nad", "bez", "ale"},
    "en": {"a", "an", "the", "of", "and", "or", "for", "to", "in", "on", "at", "by", "with", "how", "is"},
}


def query_terms(text, language="pl", variants=None):
    """For each meaningful word typed, the set of forms any of which may match.

    `variants` maps a folded word to the spellings with Polish letters seen in the index;
    the forms of the word as typed, of its folded spelling and of those variants are
    joined, so "utrzymac" and "utrzymać" give the same set."""
    typed = words(text)
    stop = STOPWORDS.get((language or "pl")[:2], set())
    meaningful = [word for word in typed if word.lower() not in stop and fold(word) not in stop] or typed
    terms = []
    for word in meaningful:
        folded = fold(word)
        spellings = {word.lower(), folded, *(variants or {}).get(folded, ())}
        terms.append(frozenset().union(*(word_forms(spelling, language) for spelling in spellings)))
    return terms


def spelled_words(text):
    """(folded, word) for words that have letters beyond ASCII."""
    pairs = set()
    for word in words(text):
        lower = word.lower()
        folded = fold(lower)
        if folded != lower and len(lower) <= 60:
            pairs.add((folded, lower))
    return pairs


def text_matches(indexed, terms):
    """Python-side check: every term matches a word start in the indexed text."""
    return all(any(f" {form}" in indexed for form in forms) for forms in terms)


def terms_filter(field, terms):
    """A Q for querysets: every term matches the start of a word in `field` (built by index_text)."""
    if not terms:
        return Q()
    return reduce(and_, (reduce(or_, (Q(**{f"{field}__contains": f" {form}"}) for form in forms)) for forms in terms))
