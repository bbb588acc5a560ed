"""Result snippets and the search box's suggestions."""

from django.core.cache import cache
from django.db.models import Q
from django.db.models.functions import Length
from django.utils.html import escape
from django.utils.safestring import mark_safe

from core.text import fold
from search.analysis import exact_terms, is_stopword, plain_words, tokens
from search.models import SearchEntry, SearchPosting
from search.postings import TITLE_MARK
from search.state import cache_key

SNIPPET_WORDS = 30
MAX_SCANNED = 5000  # words looked through for the first match
SUGGESTIONS = 8
CANDIDATES = 40


def _word_matches(word, terms, language):
    if not terms or len(word) > 60 or is_stopword(word, language):
        return False
    return bool(exact_terms(word, language) & terms)


def snippet(text, terms, language):
    """About 30 words around the first match, matched words in <mark>. Safe HTML. Only the
    words up to the first match and the window shown are looked at."""
    pieces = (text or "").split()
    if not pieces:
        return ""

    def hit(piece):
        return any(_word_matches(w, terms, language) for w in plain_words(piece))

    first = next((i for i, piece in enumerate(pieces[:MAX_SCANNED]) if hit(piece)), 0)
    start = max(0, first - 8)
    chosen = range(start, min(len(pieces), start + SNIPPET_WORDS))
    out = [f"<mark>{escape(pieces[i])}</mark>" if hit(pieces[i]) else escape(pieces[i]) for i in chosen]
    prefix = "… " if start > 0 else ""
    suffix = " …" if start + SNIPPET_WORDS < len(pieces) else ""
    return mark_safe(prefix + " ".join(out) + suffix)


def _prefix_range(prefix):
    return prefix, prefix[:-1] + chr(ord(prefix[-1]) + 1)


def suggestions(query, language, limit=SUGGESTIONS):
    """Pages whose titles have every word typed, the last one perhaps unfinished: matched on
    the title terms of the index, shortest titles first."""
    typed = [word for _p, word in tokens(query[:60])]
    typed = [word for word in typed if not is_stopword(word, language)] or typed
    typed = typed[:-1] if len(typed) > 1 and len(typed[-1]) < 2 else typed  # "bankowość x": wait for more
    if not typed or len(fold(query).strip()) < 2 or len(typed[-1]) < 2:
        return []
    key = cache_key("suggest", language, fold(" ".join(typed).lower()))
    found = cache.get(key)
    if found is not None:
        return found
    *complete, last = typed
    last = fold(last.lower())
    low, high = _prefix_range(TITLE_MARK + last)
    # A stem can be shorter than what was typed ("bankowo…" → "bankow").
    shorter = sorted(TITLE_MARK + term for term in exact_terms(last, language) | {last[:n] for n in range(3, len(last))})
    title_postings = SearchPosting.objects.filter(language=language)
    # Two subqueries, not one with OR: each can then walk the (language, term) index.
    started = title_postings.filter(term__gte=low, term__lt=high).values("entry_id")
    stems = title_postings.filter(term__in=shorter).values("entry_id")
    rows = SearchEntry.objects.filter(language=language, document__isnull=True).filter(
        Q(pk__in=started) | Q(pk__in=stems)
    )
    for word in complete:
        marked = sorted(TITLE_MARK + term for term in exact_terms(word, language))
        rows = rows.filter(pk__in=title_postings.filter(term__in=marked).values("entry_id"))
    # The shortest titles first; the exact order is decided below, the same on every database.
    titles = list(rows.annotate(size=Length("title")).order_by("size", "id").values_list("title", "url")[:CANDIDATES])
    titles.sort(key=lambda row: (len(row[0]), fold(row[0]), row[1]))
    found = [(title, url) for title, url in titles if _title_fits(title, typed, language)][:limit]
    cache.set(key, found, 300)
    return found


def _title_fits(title, typed, language):
    """Every typed word is a word of the title, the last as the start of one."""
    words = [fold(w.lower()) for w in plain_words(title)]
    *complete, last = typed
    last = fold(last.lower())
    if not any(w.startswith(last) or (exact_terms(w, language) & exact_terms(last, language)) for w in words):
        return False
    return all(any(exact_terms(w, language) & exact_terms(word, language) for w in words) for word in complete)


