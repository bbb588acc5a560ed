"""Running a search over the postings: match, rank, facet, snippet, suggest.

Ranking, the same on SQLite and PostgreSQL (the database only sums integers; the order is
decided here, with ties broken by URL and title, never by row order):
1. entries meeting every slot first, then those meeting most;
2. then the score: for each slot, its best alternative's sum of term weight × rarity
   (BM25's idf), so a rare word weighs more than a common one and a title or heading hit
   more than one in the text (the weights carry those bonuses);
3. the best RERANK entries get proximity and exact-phrase bonuses from the positions;
4. pages before documents; a document whose page is found too is left out (same place).
"""

import math
from collections import Counter
from dataclasses import dataclass, field

from django.db import connection

from search.models import SearchEntry, SearchPosting
from search.query import ParsedQuery, parse

RERANK = 60
DOCUMENT_FACTOR = 0.8
NEAR = 4


@dataclass
class SearchResults:
    query: str
    terms: frozenset
    entries: object
    kind_counts: dict = field(default_factory=dict)
    parsed: ParsedQuery = None


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


def _table(model):
    return connection.ops.quote_name(model._meta.db_table)


def unit_weights(units, language):
    """{entry id: (kind, page id, document id, words, url, title, [weight per unit])}."""
    every = sorted({term for unit in units for term in unit})
    columns, params = [], []
    for unit in units:
        marks = ", ".join(["%s"] * len(unit))
        columns.append(f"MAX(CASE WHEN p.term IN ({marks}) THEN p.weight ELSE 0 END)")
        params.extend(sorted(unit))
    sql = (
        f"SELECT e.id, e.kind, e.page_id, e.document_id, e.word_count, e.url, e.title, agg.* FROM ("
        f"SELECT p.entry_id AS entry_key, {', '.join(columns)} FROM {_table(SearchPosting)} p "
        f"WHERE p.language = %s AND p.term IN ({', '.join(['%s'] * len(every))}) GROUP BY p.entry_id"
        f") agg JOIN {_table(SearchEntry)} e ON e.id = agg.entry_key"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, language, *every])
        return {row[0]: (row[1], row[2], row[3], row[4], row[5], row[6], row[8:]) for row in cursor.fetchall()}


def _positions(entry_ids, terms, language):
    found = {}
    rows = SearchPosting.objects.filter(language=language, entry_id__in=entry_ids, term__in=sorted(terms))
    for entry_id, term, positions in rows.values_list("entry_id", "term", "positions"):
        found.setdefault(entry_id, {})[term] = [int(p) for p in positions.split()]
    return found


def proximity_bonus(slots, term_positions):
    """A share of the score for query words found near each other, more when in the order
    typed and as close as typed (an exact phrase), most when the whole query is a phrase."""
    placed = []
    for slot in slots:
        positions = sorted({p for term in slot.terms() for p in term_positions.get(term, ())})
        placed.append(positions)
    pairs = near = phrase = 0
    for i in range(len(slots) - 1):
        here, there = placed[i], placed[i + 1]
        if not here or not there:
            continue
        pairs += 1
        gap = slots[i + 1].position - slots[i].end
        best = min((abs(b - a), b - a) for a in here for b in there)
        if best[0] <= NEAR:
            near += 1
        if any(b - a == gap for a in here for b in there):
            phrase += 1
    if not pairs:
        return 0.0
    bonus = 0.15 * near / pairs + 0.25 * phrase / pairs
    if phrase == len(slots) - 1:
        bonus += 0.2
    return bonus


def run_search(query, language, kind=None, exclude_pages=(), exact=False, parsed=None):
    parsed = parsed or parse(query, language, exact=exact)
    slots = parsed.slots
    if not slots:
        return SearchResults(query, frozenset(), RankedEntries([]), parsed=parsed)
    units = []
    for slot in slots:
        for _weight, slot_units in slot.alternatives:
            for unit in slot_units:
                if unit not in units:
                    units.append(unit)
    rows = unit_weights(units, language)
    index_of = {unit: i for i, unit in enumerate(units)}
    total = max(len(rows), SearchEntry.objects.filter(language=language).count())
    frequency = [0] * len(units)
    for *_meta, weights in rows.values():
        for i, weight in enumerate(weights):
            if weight:
                frequency[i] += 1
    idf = [math.log(1 + (total - n + 0.5) / (n + 0.5)) for n in frequency]
    ranked = []
    for entry_id, (entry_kind, page_id, document_id, words, url, title, weights) in rows.items():
        matched, score = 0, 0.0
        for slot in slots:
            best = 0.0
            for weight, slot_units in slot.alternatives:
                values = [weights[index_of[unit]] for unit in slot_units]
                if all(values):
                    best = max(best, weight * sum(idf[index_of[u]] * v for u, v in zip(slot_units, values)) / 1000)
            if best:
                matched += 1
                score += best
        if document_id is not None:
            score *= DOCUMENT_FACTOR
        ranked.append([matched, score, entry_id, entry_kind, page_id, document_id, words, url, title])
    # A document whose page matches too adds nothing: the page result leads to the same place.
    matched_pages = {row[4] for row in ranked if row[5] is None}
    excluded = set(exclude_pages)
    ranked = [
        row for row in ranked
        if not (row[5] is not None and row[4] in matched_pages) and not (row[5] is None and row[4] in excluded)
    ]
    kind_counts = dict(Counter(row[3] for row in ranked))
    if kind:
        ranked = [row for row in ranked if row[3] == kind]

    def order(row):
        return (-row[0], -round(row[1], 6), row[5] is not None, row[6], row[7], row[8])

    ranked.sort(key=order)
    if len(slots) > 1 and ranked:
        top = ranked[:RERANK]
        positions = _positions([row[2] for row in top], parsed.terms(), language)
        for row in top:
            row[1] *= 1 + proximity_bonus(slots, positions.get(row[2], {}))
        top.sort(key=order)
        ranked[:RERANK] = top
    return SearchResults(query, parsed.terms(), RankedEntries([row[2] for row in ranked]), kind_counts, parsed)
