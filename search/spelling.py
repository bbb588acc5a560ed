"""Correcting a query word that matches nothing to the nearest word of the index.

Every indexed word is kept under its folded spelling and under that spelling with any one
letter left out (SpellingKey). A typed word is looked up under itself with one or two
letters left out; that finds every word within one edit (and most within two), which are
then measured exactly (search.analysis.osa_distance, on folded forms: Polish letters and
their plain forms are not typos). The nearest wins, the more common one among equals.
A word is offered only if its terms are in the postings of entries the public sees now, so
a word from a document that became private is never suggested.
"""

import math
import re
from functools import lru_cache

from django.core.cache import cache
from django.db.models import Count

from core.text import fold
from search.analysis import deletes, exact_terms, family_term, is_stopword, osa_distance, plain_words
from search.models import SearchPosting, SpellingKey
from search.state import cache_key

MIN_LENGTH, MAX_LENGTH = 4, 30
LETTERS = re.compile(r"^[^\W\d_]+(?:-[^\W\d_]+)*$")
CHUNK = 500


def spelling_words(text, language):
    found = set()
    for word in plain_words(text):
        lower = word.lower()
        if MIN_LENGTH <= len(lower) <= MAX_LENGTH and LETTERS.match(lower) and not is_stopword(lower, language):
            found.add(lower)
    return found


@lru_cache(maxsize=100_000)
def folded_word(word):
    return fold(word)


def remember_words(language, text):
    """Store the words of a text that the index does not know yet."""
    wanted = spelling_words(text, language)
    if not wanted:
        return
    folded = sorted({folded_word(word) for word in wanted})
    stored = set()
    for start in range(0, len(folded), CHUNK):
        rows = SpellingKey.objects.filter(language=language, key__in=folded[start:start + CHUNK])
        stored |= {word for key, word in rows.values_list("key", "word") if folded_word(word) == key}
    new = wanted - stored
    SpellingKey.objects.bulk_create(
        [SpellingKey(language=language, key=key, word=word) for word in sorted(new) for key in deletes(folded_word(word))],
        batch_size=2000, ignore_conflicts=True,
    )


def spelled_variants(folded_words, language):
    """{folded: {spellings with Polish letters}} for words the index knows."""
    variants = {}
    keys = sorted(set(folded_words))
    if not keys:
        return variants
    for key, word in SpellingKey.objects.filter(language=language, key__in=keys).values_list("key", "word"):
        if fold(word) == key and word != key:
            variants.setdefault(key, set()).add(word)
    return variants


def family_words(families, language, limit=40):
    """{family key: {indexed words of that family}} (search.analysis.family_term), found by
    the start of their folded spelling."""
    found = {}
    for family in sorted(set(families)):
        prefix = family[1:]
        high = prefix[:-1] + chr(ord(prefix[-1]) + 1)
        rows = (SpellingKey.objects.filter(language=language, key__gte=prefix, key__lt=high)
                .order_by("key", "word").values_list("key", "word")[:limit * 12])
        words = {word for key, word in rows if fold(word) == key and family_term(word, language) == family}
        found[family] = set(sorted(words)[:limit])
    return found


def max_distance(folded):
    return 1 if len(folded) <= 5 else 2


def entry_frequencies(terms, language):
    """{term: number of entries} for terms in the public postings."""
    return dict(
        SearchPosting.objects.filter(language=language, term__in=sorted(terms))
        .values_list("term").annotate(n=Count("id")).values_list("term", "n")
    )


def correction(word, language):
    """The nearest public word to a word that matched nothing, or None."""
    folded = fold(word.lower())
    if not (MIN_LENGTH <= len(folded) <= MAX_LENGTH) or not LETTERS.match(folded):
        return None
    key = cache_key("correct", language, folded)
    cached = cache.get(key)
    if cached is not None:
        return cached or None
    limit = max_distance(folded)
    keys = sorted(deletes(folded, limit))
    words = set()
    for start in range(0, len(keys), CHUNK):
        words |= set(SpellingKey.objects.filter(language=language, key__in=keys[start:start + CHUNK])
                     .values_list("word", flat=True).distinct())
    near = sorted(
        (distance, candidate) for candidate in words
        if 0 < (distance := osa_distance(folded, fold(candidate), limit)) <= limit
    )[:20]
    best = None
    if near:
        terms = {term for _d, candidate in near for term in exact_terms(candidate, language)}
        frequencies = entry_frequencies(terms, language)
        scored = []
        for distance, candidate in near:
            frequency = max((frequencies.get(term, 0) for term in exact_terms(candidate, language)), default=0)
            if frequency:
                # One edit more costs as much as being a hundred times rarer.
                scored.append((distance - math.log10(frequency) / 2, -frequency, candidate))
        if scored:
            best = min(scored)[2]
    cache.set(key, best or "", 300)
    return best
