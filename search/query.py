"""Running a search over SearchEntry: match, rank, facet, snippet, suggest."""

import difflib
import re
from collections import Counter
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db.models.functions import Length
from django.utils.html import escape
from django.utils.safestring import mark_safe

from search.models import SearchEntry, SearchWord
from search.normalise import fold, query_terms, terms_filter, word_forms, words

MAX_WORDS = 12
SNIPPET_WORDS = 30


@dataclass
class SearchResults:
    query: str
    terms: list
    entries: object  # a queryset, ordered by score
    kind_counts: dict = field(default_factory=dict)


def spelling_variants(query):
    """Spellings with Polish letters, from the index, of the words typed."""
    folded = {fold(word) for word in words(query)[:MAX_WORDS]}
    variants = {}
    for key, word in SearchWord.objects.filter(folded__in=folded).values_list("folded", "word"):
        variants.setdefault(key, set()).add(word)
    return variants


class RankedEntries:
    """The ranked results as a sequence of ids; entries are loaded only for the slice
    shown (Paginator slices it), so a page of results costs one more small query."""

    def __init__(self, ids):
        self.ids = ids

    def __len__(self):
        return len(self.ids)

    def count(self):
        return len(self.ids)

    def exists(self):
        return bool(self.ids)

    def __getitem__(self, index):
        if isinstance(index, slice):
            wanted = self.ids[index]
            by_id = SearchEntry.objects.in_bulk(wanted)
            return [by_id[i] for i in wanted if i in by_id]
        return self[index:index + 1][0]

    def __iter__(self):
        return iter(self[:])


def run_search(query, language, kind=None, exclude_pages=()):
    terms = query_terms(query, language, spelling_variants(query))[:MAX_WORDS]
    if not terms:
        return SearchResults(query, [], RankedEntries([]))
    matching = SearchEntry.objects.filter(language=language).filter(terms_filter("index_text", terms))
    # One pass over the table. Every row here matches every term in its text, so only the
    # title hits differ: those are counted here in Python on the short title index, which
    # spares the database a second round of LIKEs over the long text.
    rows = []
    for entry_id, entry_kind, page_id, document_id, length, title, title_index in matching.annotate(
        length=Length("index_text")
    ).values_list("id", "kind", "page_id", "document_id", "length", "title", "title_index"):
        title_hits = sum(1 for forms in terms if any(f" {form}" in title_index for form in forms))
        score = 10 * title_hits + len(terms) - (3 if document_id is not None else 0)
        rows.append((entry_id, entry_kind, page_id, document_id, score, length, title))
    # A document whose page matches too adds nothing: the page result leads to the same place.
    matched_pages = {row[2] for row in rows if row[3] is None}
    excluded = set(exclude_pages)
    rows = [
        row for row in rows
        if not (row[3] is not None and row[2] in matched_pages) and not (row[3] is None and row[2] in excluded)
    ]
    kind_counts = dict(Counter(row[1] for row in rows))
    if kind:
        rows = [row for row in rows if row[1] == kind]
    # Higher score first, pages before documents, then the shorter text (the words weigh
    # more in it, as in BM25's length norm), then title.
    rows.sort(key=lambda row: (-row[4], row[3] is not None, row[5], row[6], row[0]))
    return SearchResults(query, terms, RankedEntries([row[0] for row in rows]), kind_counts)


def _word_matches(word, terms, language):
    forms = word_forms(word, language)
    return any(form.startswith(term_form) for form in forms for term_forms in terms for term_form in term_forms)


def snippet(text, terms, language):
    """About 30 words around the first match, matched words in <mark>. Safe HTML."""
    tokens = re.split(r"(\s+)", text or "")
    word_positions = [i for i, token in enumerate(tokens) if token.strip()]
    if not word_positions:
        return ""
    first = next(
        (n for n, i in enumerate(word_positions) if any(_word_matches(w, terms, language) for w in words(tokens[i]))),
        0,
    )
    start = max(0, first - 8)
    chosen = word_positions[start:start + SNIPPET_WORDS]
    out = []
    for i in chosen:
        token = tokens[i]
        if any(_word_matches(w, terms, language) for w in words(token)):
            out.append(f"<mark>{escape(token)}</mark>")
        else:
            out.append(escape(token))
    prefix = "… " if start > 0 else ""
    suffix = " …" if start + SNIPPET_WORDS < len(word_positions) else ""
    return mark_safe(prefix + " ".join(out) + suffix)


def vocabulary(language):
    """Folded words of every title in a language, for "did you mean" (cached a few minutes)."""
    key = f"search-vocabulary-{language}"
    vocab = cache.get(key)
    if vocab is None:
        vocab = sorted(
            {fold(w) for title in SearchEntry.objects.filter(language=language).values_list("title", flat=True)
             for w in words(title) if len(w) > 3}
        )
        cache.set(key, vocab, 300)
    return vocab


def did_you_mean(query, language):
    """A spelling-tolerant rewrite of the query from words in titles, or None."""
    vocab = vocabulary(language)
    changed = False
    result = []
    for word in words(query):
        folded = fold(word)
        if folded in vocab or len(folded) < 4:
            result.append(word)
            continue
        close = difflib.get_close_matches(folded, vocab, n=1, cutoff=0.75)
        if close:
            result.append(close[0])
            changed = True
        else:
            result.append(word)
    return " ".join(result) if changed else None


def suggestions(query, language, limit=8):
    """Titles whose words start with what was typed (the last word may be unfinished)."""
    folded = fold(query).strip()[:60]
    if len(folded) < 2:
        return []
    key = f"search-suggest-{language}-{folded}"
    found = cache.get(key)
    if found is None:
        terms = query_terms(query, language)[:MAX_WORDS]
        last = words(folded)[-1:] or [""]
        terms = terms[:-1] + [terms[-1] | {last[0]}] if terms else []
        found = list(
            SearchEntry.objects.filter(language=language, document__isnull=True)
            .filter(terms_filter("title_index", terms))
            .order_by("title")
            .values_list("title", "url")[:limit]
        )
        cache.set(key, found, 300)
    return found
