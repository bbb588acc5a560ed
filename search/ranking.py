"""Running a search over the postings: match, rank, facet, snippet, suggest.

Ranking, the same on SQLite and PostgreSQL (the database only sums integers; the order is
decided here, with ties broken by URL and title, never by row order):
1. entries meeting every slot first, then those meeting most;
2. then the score: for each slot, its best alternative's sum of term weight × rarity
   (BM25's idf), so a rare word weighs more than a common one and a title or heading hit
   more than one in the text (the weights carry those bonuses);
3. the best RERANK entries get proximity and exact-phrase bonuses from the positions;
4. pages before documents (a document's weights are lower from indexing on); a document
   whose page is found too is left out (same place). At most MAX_RESULTS are ranked.
"""

import math
from collections import Counter
from dataclasses import dataclass, field

from django.db import connection
from django.db.models import Count

from search.models import SearchEntry, SearchPosting
from search.query import ParsedQuery, parse

RERANK = 60
NEAR = 4
# Results ranked and listed at most; a query matching more says so (search.views).
MAX_RESULTS = 500


@dataclass
class SearchResults:
    query: str
    terms: frozenset
    entries: object
    kind_counts: dict = field(default_factory=dict)
    parsed: ParsedQuery = None
    total_matching: int = 0


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


def _greatest(expressions):
    if len(expressions) == 1:
        return expressions[0]
    name = "GREATEST" if connection.vendor == "postgresql" else "MAX"  # the scalar max on SQLite
    return f"{name}({', '.join(expressions)})"


def entry_frequencies(terms, language):
    rows = (SearchPosting.objects.filter(language=language, term__in=sorted(terms))
            .values_list("term").annotate(n=Count("entry_id")).values_list("term", "n"))
    return dict(rows)


def best_entries(slots, language, kind=None, limit=None):
    """(total matching, [(entry id, slots met, score)] best first, at most `limit`).

    One aggregate over the postings of the query's terms: the best weight of each unit per
    entry, then, per slot, its best alternative's sum of weight × rarity; ordered by slots
    met and score in the database, so only the best `limit` rows travel to Python."""
    units = []
    for slot in slots:
        for _weight, slot_units in slot.alternatives:
            units.extend(unit for unit in slot_units if unit not in units)
    frequencies = entry_frequencies({t for unit in units for t in unit}, language)
    total = SearchEntry.objects.filter(language=language).count() or 1
    idf = []
    for unit in units:
        n = max((frequencies.get(term, 0) for term in unit), default=0)
        idf.append(math.log(1 + (total - n + 0.5) / (n + 0.5)) / 1000)
    columns, params = [], []
    for number, unit in enumerate(units):
        # FILTER, not MAX(CASE ...): each row is tested once per unit instead of building a value.
        columns.append(f"COALESCE(MAX(p.weight) FILTER (WHERE p.term IN ({', '.join(['%s'] * len(unit))})), 0) AS u{number}")
        params.extend(sorted(unit))
    met, scores = [], []
    for slot in slots:
        conditions, values = [], []
        for weight, slot_units in slot.alternatives:
            numbers = [units.index(unit) for unit in slot_units]
            condition = " AND ".join(f"u{n} > 0" for n in numbers)
            # Floating point on both databases (a bare literal would be NUMERIC on PostgreSQL).
            gained = " + ".join(f"CAST({idf[n]!r} AS DOUBLE PRECISION) * u{n}" for n in numbers)
            conditions.append(f"({condition})")
            values.append(f"(CASE WHEN {condition} THEN CAST({weight!r} AS DOUBLE PRECISION) * ({gained}) ELSE 0 END)")
        met.append(f"(CASE WHEN {' OR '.join(conditions)} THEN 1 ELSE 0 END)")
        scores.append(_greatest(values))
    every = sorted({t for unit in units for t in unit})
    where = f"p.language = %s AND p.term IN ({', '.join(['%s'] * len(every))})"
    where_params = [language, *every]
    if kind:
        where += f" AND p.entry_id IN (SELECT id FROM {_table(SearchEntry)} WHERE language = %s AND kind = %s)"
        where_params += [language, kind]
    sql = (
        f"SELECT entry_id, met, score, COUNT(*) OVER () FROM ("
        f"SELECT entry_id, {' + '.join(met)} AS met, {' + '.join(scores)} AS score FROM ("
        f"SELECT p.entry_id AS entry_id, {', '.join(columns)} FROM {_table(SearchPosting)} p "
        f"WHERE {where} GROUP BY p.entry_id) weights) ranked "
        f"ORDER BY met DESC, score DESC, entry_id LIMIT %s"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, *where_params, limit or MAX_RESULTS])
        rows = cursor.fetchall()
    return (rows[0][3] if rows else 0), [(entry_id, met, float(score)) for entry_id, met, score, _n in rows]


def _positions(entry_ids, terms, language):
    # The entries fix the language; no language filter, so that the (entry, term) index is the
    # only one that fits and PostgreSQL seeks it whatever its statistics say (with a stale
    # estimate it read every posting of the language through the (language, term) index).
    found = {}
    rows = SearchPosting.objects.filter(entry_id__in=entry_ids, term__in=sorted(terms))
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
    total, best = best_entries(slots, language)
    counts_from = None
    if kind and total > len(best):  # the kind's entries may lie beyond the best MAX_RESULTS
        counts_from = best
        total, best = best_entries(slots, language, kind)
    ranked, kind_counts = _rank(best, slots, parsed, language, exclude_pages)
    if counts_from is not None:
        kind_counts = _rank(counts_from, slots, parsed, language, exclude_pages, rerank=False)[1]
    if kind:
        ranked = [row for row in ranked if row[3] == kind]
    results = SearchResults(query, parsed.terms(), RankedEntries([row[2] for row in ranked]), kind_counts, parsed)
    results.total_matching = total
    return results


def _rank(best, slots, parsed, language, exclude_pages, rerank=True):
    meta = {
        row[0]: row[1:]
        for row in SearchEntry.objects.filter(pk__in=[entry_id for entry_id, _m, _s in best])
        .values_list("id", "kind", "page_id", "document_id", "word_count", "url", "title")
    }
    ranked = [[met, score, entry_id, *meta[entry_id]] for entry_id, met, score in best if entry_id in meta]
    # A document whose page matches too adds nothing: the page result leads to the same place.
    matched_pages = {row[4] for row in ranked if row[5] is None}
    excluded = set(exclude_pages)
    ranked = [
        row for row in ranked
        if not (row[5] is not None and row[4] in matched_pages) and not (row[5] is None and row[4] in excluded)
    ]

    def order(row):
        return (-row[0], -round(row[1], 6), row[5] is not None, row[6], row[7], row[8])

    ranked.sort(key=order)
    if rerank and len(slots) > 1 and ranked:
        top = ranked[:RERANK]
        positions = _positions([row[2] for row in top], parsed.terms(), language)
        for row in top:
            row[1] *= 1 + proximity_bonus(slots, positions.get(row[2], {}))
        top.sort(key=order)
        ranked[:RERANK] = top
    return ranked, dict(Counter(row[3] for row in ranked))
