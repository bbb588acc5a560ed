"""Facet counts against a brute-force count, over random filter combinations (property-based,
with a fixed seed so a failure can be replayed; hypothesis is not among the dependencies)."""

import random
from decimal import Decimal
from urllib.parse import urlencode

from django.test import RequestFactory

from scenarios import catalogue as engine
from scenarios import filters as params
from scenarios.indexing import full_index_text
from scenarios.models import ScenarioPage
from search.normalise import query_terms, text_matches
from tests.scenarios.factories import random_scenarios

QUERIES = ["", "", "", "senior", "e-recepta", "bank", "zdjęcia", "pjm", "szkolenia dla seniorow", "internet",
           "łódź", "lodz", "kurs online", "xyzzy"]
HOURS = [None, None, "0.5", "1", "2", "3", "4", "6", "12", "44"]


def records(index):
    """Each scenario as the brute force sees it: keys read from the relations, and the text of
    its own columns with the words of its area, level and audiences."""
    pages = ScenarioPage.objects.child_of(index).live().select_related("area", "level", "locale").prefetch_related(
        "audiences")
    return [{"pk": p.pk, "area": p.area_id, "format": p.format, "level": p.level_id, "hours": p.duration_hours,
             "audience": {a.pk for a in p.audiences.all()}, "text": full_index_text(p)} for p in pages]


def matches(record, chosen, low, high, terms, skip=None):
    for facet in params.FACETS:
        if facet == skip or not chosen[facet]:
            continue
        value = record[facet]
        if facet == "audience":
            if not value & set(chosen[facet]):
                return False
        elif value not in chosen[facet]:
            return False
    if low is not None and record["hours"] < low:
        return False
    if high is not None and record["hours"] > high:
        return False
    return text_matches(record["text"], terms)


def random_query(rng, options):
    pairs = []
    for facet in params.FACETS:
        choices = options.choices[facet]
        for _key, slug, _label in rng.sample(choices, rng.choice([0, 0, 1, 1, 2, min(3, len(choices))])):
            pairs.append((facet, slug))
    low, high = rng.choice(HOURS), rng.choice(HOURS)
    if low:
        pairs.append(("min_hours", low.replace(".", ",") if rng.random() < 0.5 else low))
    if high:
        pairs.append(("max_hours", high))
    q = rng.choice(QUERIES)
    if q:
        pairs.append(("q", q))
    return pairs


def test_facet_counts_and_totals_equal_a_brute_force_count(catalogue):
    random_scenarios(catalogue, 250, seed=11)  # audiences from none to three, all durations
    data = records(catalogue)
    options = engine.load_options(catalogue.locale_id)
    rng = random.Random(20191230)
    factory = RequestFactory()
    checked = 0
    for _round in range(200):
        pairs = random_query(rng, options)
        request = factory.get("/scenariusze/?" + urlencode(pairs))
        filters, _notices = params.parse(request, options, "pl")
        counts, results = engine.search(catalogue, filters, options, [])
        chosen = filters.selected
        low, high = filters.min_hours, filters.max_hours
        terms = query_terms(filters.q, "pl")
        expected_total = [r for r in data if matches(r, chosen, low, high, terms)]
        assert results.count == len(expected_total), pairs
        assert {page.pk for page in results} <= {r["pk"] for r in expected_total}, pairs
        assert len(results) == min(engine.PER_PAGE, len(expected_total)), pairs
        for facet in params.FACETS:
            for key, _slug, _label in options.choices[facet]:
                expected = sum(
                    1 for r in data
                    if matches(r, chosen, low, high, terms, skip=facet)
                    and (key in r["audience"] if facet == "audience" else r[facet] == key)
                )
                assert counts[facet].get(key, 0) == expected, (pairs, facet, key)
                checked += 1
    assert checked == 200 * sum(len(options.choices[f]) for f in params.FACETS)


def test_hours_bounds_are_inclusive(catalogue):
    options = engine.load_options(catalogue.locale_id)
    request = RequestFactory().get("/scenariusze/?min_hours=2&max_hours=2")
    filters, _ = params.parse(request, options, "pl")
    _counts, results = engine.search(catalogue, filters, options, [])
    assert results.count == ScenarioPage.objects.filter(duration_hours=Decimal("2"), locale=catalogue.locale).count() > 0
