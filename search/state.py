"""A generation number of the search index, kept in the cache: anything cached from the
index (corrections, suggestions, the synonym table) names it in its key, so that a change
to the index (a page made private, a document restricted) is never hidden by a cache."""

import hashlib

from django.core.cache import cache

KEY = "search-index-generation"


def generation():
    value = cache.get(KEY)
    if value is None:
        cache.add(KEY, 1, None)
        value = cache.get(KEY, 1)
    return value


def bump():
    try:
        cache.incr(KEY)
    except ValueError:  # not set yet (or evicted)
        cache.set(KEY, 2, None)


def cache_key(kind, language, text):
    """A cache key for something read from the index: short, ASCII, of this generation."""
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]
    return f"search-{kind}:{generation()}:{language}:{digest}"
