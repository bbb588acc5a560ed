"""Synonyms editors keep in the admin (search.models.Synonym), applied when a query runs.

A group lists words or phrases that mean the same ("osoby starsze, seniorzy"). When the
meaningful words of a query contain one of them, matched by their terms (so "osób
starszych" meets "osoby starsze"), those words may also be met by any other phrase of the
group, all of whose words must then be in the text.
"""

from django.core.cache import cache

from search.analysis import exact_terms, is_stopword, plain_words
from search.models import Synonym
from search.state import generation

SYNONYM_WEIGHT = 0.9


def phrase_words(phrase, language):
    return [word for word in plain_words(phrase) if not is_stopword(word, language)]


def groups(language):
    """[[phrase words, ...], ...] for a language, cached until the index or the list changes."""
    key = f"search-synonyms:{generation()}:{language}"
    found = cache.get(key)
    if found is None:
        found = []
        for synonym in Synonym.objects.filter(language=language):
            phrases = [words for words in (phrase_words(p, language) for p in synonym.phrases()) if words]
            if len(phrases) >= 2:
                found.append(phrases)
        cache.set(key, found, 600)
    return found


def matches(word_terms, language):
    """(start, end, [other phrases]) for each synonym phrase found in the query, given the
    stems of each of its meaningful words; the longest first, no two overlapping."""
    words = word_terms
    found = []
    for group in groups(language):
        for phrase in group:
            size = len(phrase)
            for start in range(len(words) - size + 1):
                if all(words[start + i] & exact_terms(phrase[i], language) for i in range(size)):
                    others = [other for other in group if other is not phrase]
                    found.append((start, start + size, others))
    found.sort(key=lambda item: (-(item[1] - item[0]), item[0]))
    chosen, taken = [], set()
    for start, end, others in found:
        if taken.isdisjoint(range(start, end)):
            chosen.append((start, end, others))
            taken.update(range(start, end))
    return sorted(chosen)
