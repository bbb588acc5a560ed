"""The inverted index of one entry: its terms, with weights fixed when it is indexed."""

import hashlib

from django.db import connection

from search.analysis import analyse, tokens
from search.models import SearchEntry, SearchPosting, SpellingKey

# BM25's term-frequency saturation and length norm, with a fixed typical length so that a
# weight never changes when other entries do (the query adds the rarity of each term).
K1, B, TYPICAL_WORDS = 1.2, 0.75, 300
SCALE = 1000
TITLE_BONUS, HEADING_BONUS = 1500, 500
# A document weighs less than a page with the same words: the page says what it is for.
DOCUMENT_FACTOR = 0.8
# Gap between the title's positions and the text's, so a phrase never spans them.
TEXT_START_GAP = 50
MAX_POSITIONS = 24
TITLE_MARK = "^"


def term_weight(count, words):
    norm = K1 * (1 - B + B * words / TYPICAL_WORDS)
    return round(SCALE * count * (K1 + 1) / (count + norm))


POSTING_FIELDS = ("language", "term", "weight", "field", "positions")


def entry_postings(entry, headings, language):
    """The postings of an entry's title, headings and text, as (language, term, weight, field,
    positions) tuples (POSTING_FIELDS); `posting_rows` makes them rows to save."""
    title_terms = analyse(entry.title, language)
    text_start = len(tokens(entry.title)) + TEXT_START_GAP
    text_terms = analyse(entry.text, language, start=text_start)
    heading_terms = set()
    for heading in headings:
        heading_terms |= set(analyse(heading, language))
    words = text_start - TEXT_START_GAP + len(tokens(entry.text))
    rows = []
    for term in title_terms.keys() | text_terms.keys():
        positions = title_terms.get(term, []) + text_terms.get(term, [])
        weight = term_weight(len(positions), words)
        field = SearchPosting.BODY
        if term in heading_terms:
            weight += HEADING_BONUS
            field = SearchPosting.HEADING
        if term in title_terms:
            weight += TITLE_BONUS
            field = SearchPosting.TITLE
        if entry.document_id is not None:
            weight = max(1, round(weight * DOCUMENT_FACTOR))
        stored = " ".join(str(position) for position in positions[:MAX_POSITIONS])
        rows.append((entry.language, term[:64], weight, field, stored))
    # Title words again under "^" + term, weightless, for the search box's suggestions: a
    # range of these is a walk along the index, without looking at the text's postings.
    for term in title_terms:
        rows.append((entry.language, (TITLE_MARK + term)[:64], 0, SearchPosting.TITLE, ""))
    return rows, words


def posting_rows(entry, postings):
    """Unsaved SearchPosting rows of an entry from its posting tuples."""
    return [SearchPosting(entry_id=entry.pk, **dict(zip(POSTING_FIELDS, values, strict=True))) for values in postings]


def write_postings(entry, headings, language):
    """Replace the entry's postings (inside the caller's transaction), unless the entry's title,
    text and postings are those written last time (their digest is the one stored on the entry)
    and its postings are there (rows deleted behind the digest's back are written again: it is what
    index_missing repairs). True when they were written."""
    postings, words = entry_postings(entry, headings, language)
    digest = hashlib.sha256(repr((entry.title, entry.text, sorted(postings))).encode()).hexdigest()
    changed = {}
    stored = SearchPosting.objects.filter(entry_id=entry.pk)
    if digest != entry.postings_digest or not stored.exists():
        stored.delete()
        SearchPosting.objects.bulk_create(posting_rows(entry, postings), batch_size=2000)
        changed["postings_digest"] = digest
    if entry.word_count != words:
        changed["word_count"] = words
    if changed:
        type(entry).objects.filter(pk=entry.pk).update(**changed)
        for name, value in changed.items():
            setattr(entry, name, value)
    return "postings_digest" in changed


def refresh_statistics():
    """After many postings were written at once (a rebuild), tell PostgreSQL's planner how
    large the index now is. With the statistics of a near-empty table it reads every posting
    of a language to find a few (measured: 74 ms instead of 1 ms per query on 650 000
    postings) until autovacuum catches up. Outside a transaction it also VACUUMs, which marks
    the pages all-visible, so the (language, term, entry, weight) index answers the ranking's
    aggregate alone, without reading the table. SQLite plans by its indexes: nothing to do."""
    if connection.vendor != "postgresql":
        return
    command = "ANALYZE" if connection.in_atomic_block else "VACUUM (ANALYZE)"
    with connection.cursor() as cursor:
        for model in (SearchEntry, SearchPosting, SpellingKey):
            cursor.execute(f"{command} {connection.ops.quote_name(model._meta.db_table)}")
