"""Counting searches for the editors' report, without visitor data and without letting
anonymous traffic grow the database: one row per normalised query, language and day; only
short, sane queries get a row of their own, at most SEARCH_LOG_NEW_QUERIES_PER_DAY new ones a
day per language; everything else is counted together under OTHER."""

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from search.analysis import is_stopword
from search.models import SearchQueryCount
from search.normalise import fold, words

OTHER = "*"
MAX_LENGTH, MAX_WORDS, MAX_WORD = 60, 6, 30
DEFAULT_NEW_PER_DAY = 300


def loggable(query, language):
    """The query as the report shows it (folded, one space between words), or OTHER when it
    is too long, too odd or only common words to deserve a row of its own."""
    parts = words(fold(query.lower()))
    normalised = " ".join(parts)
    if (not parts or len(normalised) > MAX_LENGTH or len(parts) > MAX_WORDS or any(len(p) > MAX_WORD for p in parts)
            or all(is_stopword(p, language) for p in parts) or not any(ch.isalpha() for ch in normalised)
            or any(ch.isdigit() for ch in normalised) and sum(ch.isdigit() for ch in normalised) > 8):
        return OTHER
    return normalised


def _count(language, query, day, found):
    changes = {"searches": F("searches") + 1}
    if not found:
        changes["zero_results"] = F("zero_results") + 1
    rows = SearchQueryCount.objects.filter(language=language, query=query, day=day)
    if rows.update(**changes):
        return True
    return False


def _create(language, query, day, found):
    try:
        with transaction.atomic():
            SearchQueryCount.objects.create(language=language, query=query, day=day, searches=1,
                                            zero_results=0 if found else 1)
    except IntegrityError:
        _count(language, query, day, found)


def new_queries_today(language, today):
    """How many distinct queries have a row of their own today, this one included: counted in the
    cache (the database is counted once a day, when the counter starts), in the database when the
    cache is down (django-redis then answers None)."""
    stored_today = SearchQueryCount.objects.filter(language=language, day=today)
    key = f"search-log-new:{language}:{today.isoformat()}"
    try:
        created = cache.incr(key)
    except ValueError:  # the day's first new query in this cache (or the counter was evicted)
        cache.add(key, stored_today.count(), 60 * 60 * 26)
        try:
            created = cache.incr(key)
        except ValueError:
            created = None
    return stored_today.count() + 1 if created is None else created


def log_query(query, language, found):
    """Count one search."""
    if not query.strip():
        return
    normalised = loggable(query, language)
    today = timezone.localdate()
    if _count(language, normalised, today, found):
        return
    if normalised != OTHER:
        limit = getattr(settings, "SEARCH_LOG_NEW_QUERIES_PER_DAY", DEFAULT_NEW_PER_DAY)
        created = new_queries_today(language, today)
        if created > limit:
            normalised = OTHER
            if _count(language, normalised, today, found):
                return
    _create(language, normalised, today, found)
