"""The catalogue: filters, counts per filter value, text search, sorting and pages.

Every filter is a condition on the real relations: the area and level foreign keys, the format
column, and for audiences a subquery over the many-to-many table. The query count does not
depend on the number of scenarios: the taxonomies (one UNION query), one grouped query for the
area, format and level counts, one for the audience counts, one for the page of results and one
for its audience labels (view restrictions are subqueries of these). Counts of a
facet's values apply every other facet's filter (a value's count is what ticking it would add).
A query word matches a scenario's own text or the name or keywords of its area, level or one of
its audiences (decided in Python over the few taxonomy rows, scenarios.indexing.TaxonomyWords).
"""

import math
from collections import Counter, defaultdict
from functools import reduce
from operator import add

from django.db import connection
from django.db.models import (
    BooleanField,
    Case,
    CharField,
    Exists,
    ExpressionWrapper,
    IntegerField,
    OuterRef,
    Q,
    Value,
    When,
)
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Page, PageViewRestriction

from scenarios import filters as params
from scenarios.indexing import TaxonomyWords
from scenarios.models import FORMATS, Audience, Level, ScenarioPage, ThematicArea
from search.normalise import terms_filter

AudienceLink = ScenarioPage.audiences.through

PER_PAGE = 20
FORMAT_LABELS = {"stacjonarne": gettext_lazy("In person"), "online": gettext_lazy("Online")}
# The format's value in filter addresses, where a language's word differs from the stored value.
FORMAT_SLUGS = {"en": {"stacjonarne": "in-person"}}


TAXONOMIES = (("area", ThematicArea), ("audience", Audience), ("level", Level))


def _taxonomy_rows(locale_q, index):
    """(facet, pk, slug, name, keywords, sort_order, filled) of every taxonomy: one query (a UNION)."""
    parts = []
    for facet, model in TAXONOMIES:
        if facet == "area" and index is not None:
            filled = Exists(ScenarioPage.objects.child_of(index).live().filter(area=OuterRef("pk")))
        else:
            filled = Value(False, output_field=BooleanField())
        # A taxonomy added in the admin but not yet published is not offered as a filter.
        parts.append(model.objects.filter(locale_q, live=True).order_by()
                     .annotate(facet=Value(facet, output_field=CharField()), filled=filled)
                     .values_list("facet", "pk", "slug", "name", "keywords", "sort_order", "filled"))
    return list(parts[0].union(*parts[1:], all=True))


def taxonomies(locale, index=None):
    """{facet: [(pk, slug, name, keywords, filled)]} of the catalogue's language, in display order;
    a translated catalogue whose taxonomies are not translated yet uses the Polish ones."""
    rows = _taxonomy_rows(Q(locale=locale), index)
    found = {facet for facet, *_rest in rows}
    if len(found) < len(TAXONOMIES):
        fallback = _taxonomy_rows(Q(locale__language_code="pl"), index)
        rows += [row for row in fallback if row[0] not in found]
    by_facet = {facet: [] for facet, _model in TAXONOMIES}
    for facet, pk, slug, name, keywords, _order, filled in sorted(rows, key=lambda row: (row[5], row[3])):
        by_facet[facet].append((pk, slug, name, keywords, filled))
    return by_facet


def load_options(locale, language="pl", index=None):
    """The facets' values. Given the catalogue, areas also say whether it has a scenario in them
    (for the ZIP links), in the same query."""
    rows = taxonomies(locale, index)
    slugs = FORMAT_SLUGS.get(language, {})
    return params.Options({
        "area": [row[:3] for row in rows["area"]],
        "audience": [row[:3] for row in rows["audience"]],
        "format": [(value, slugs.get(value, value), str(FORMAT_LABELS.get(value, label))) for value, label in FORMATS],
        "level": [row[:3] for row in rows["level"]],
    }, filled_areas=frozenset(row[0] for row in rows["area"] if row[4]),
        words=TaxonomyWords.from_rows({facet: [row[:1] + row[2:4] for row in found] for facet, found in rows.items()},
                                      language))


def public_q(index):
    """The catalogue's children under no view restriction (Wagtail's .public() without its query
    first): none on the scenario itself, none on the catalogue or its ancestors. Both subqueries
    are uncorrelated, so the database runs each once, not once per scenario."""
    steps = Page.steplen
    lineage = [index.path[:end] for end in range(steps, len(index.path) + 1, steps)]
    on_lineage = PageViewRestriction.objects.filter(page__path__in=lineage)
    return ~Q(pk__in=PageViewRestriction.objects.values("page_id")) & ~Exists(on_lineage)


def has_audience(keys):
    """The scenario is linked to one of the audiences `keys` (an uncorrelated subquery over the
    many-to-many table: the database builds its set once)."""
    return Q(pk__in=AudienceLink.objects.filter(audience_id__in=keys).values("scenariopage_id"))


def text_q(filters, options):
    """Every query word matches the scenario's own text or one of its taxonomy values."""
    condition = Q()
    for forms in filters.terms:
        term = terms_filter("search_text", [forms])
        words = options.words
        areas, levels = words.matching("area", forms), words.matching("level", forms)
        audiences = words.matching("audience", forms)
        if areas:
            term |= Q(area_id__in=areas)
        if levels:
            term |= Q(level_id__in=levels)
        if audiences:
            term |= has_audience(audiences)
        condition &= term
    return condition


def hours_q(filters):
    """Duration is a range, not a facet: it narrows every count alike, so SQL applies it."""
    condition = Q()
    if filters.min_hours is not None:
        condition &= Q(duration_hours__gte=filters.min_hours)
    if filters.max_hours is not None:
        condition &= Q(duration_hours__lte=filters.max_hours)
    return condition


def facet_q(filters, skip=None):
    """The SQL condition of every active facet (but `skip`)."""
    selected = filters.selected
    condition = Q()
    if selected["area"] and skip != "area":
        condition &= Q(area_id__in=selected["area"])
    if selected["format"] and skip != "format":
        condition &= Q(format__in=selected["format"])
    if selected["level"] and skip != "level":
        condition &= Q(level_id__in=selected["level"])
    if selected["audience"] and skip != "audience":
        condition &= has_audience(selected["audience"])
    return condition


def count_facets(rows, filters):
    """({facet: Counter(key -> n)} for area, format and level, total).

    rows: (area, format, level, in a chosen audience, n) groups of the scenarios that match the
    text and the duration (at most areas × formats × levels × 2 rows, however many scenarios);
    a group counts for a facet's values when it passes every other facet."""
    areas, formats, levels = (frozenset(filters.selected[facet]) for facet in ("area", "format", "level"))
    area_counts, format_counts, level_counts = Counter(), Counter(), Counter()
    total = 0
    for area, fmt, level, audience_ok, n in rows:
        area_ok = not areas or area in areas
        format_ok = not formats or fmt in formats
        level_ok = not levels or level in levels
        failing = (not area_ok) + (not format_ok) + (not level_ok) + (not audience_ok)
        if failing == 0:
            total += n
            area_counts[area] += n
            format_counts[fmt] += n
            level_counts[level] += n
        elif failing == 1:
            if not area_ok:
                area_counts[area] += n
            elif not format_ok:
                format_counts[fmt] += n
            elif not level_ok:
                level_counts[level] += n
    return {"area": area_counts, "format": format_counts, "level": level_counts}, total


def grouped_counts(base, in_audience):
    """Two kinds of grouped rows from one pass over the matching scenarios (a materialised CTE):
    (0, area, format, level, in a chosen audience, scenarios) and
    (1, area, format, level, audience, scenarios linked to it). Raw SQL around the ORM's own
    query: Django has no CTEs, and reading the scenarios twice costs as much as the rest."""
    matching = base.order_by().annotate(in_audience=in_audience).values("pk", "area_id", "format", "level_id",
                                                                        "in_audience")
    sql, query_params = matching.query.sql_with_params()
    links = connection.ops.quote_name(AudienceLink._meta.db_table)
    statement = (
        f"WITH matching (pk, area, fmt, level, chosen) AS MATERIALIZED ({sql}) "
        # `chosen` as 0/1: PostgreSQL refuses a UNION of a boolean column with the bigint audience id.
        "SELECT 0, area, fmt, level, CASE WHEN chosen THEN 1 ELSE 0 END, COUNT(*) FROM matching "
        "GROUP BY area, fmt, level, chosen "
        "UNION ALL "
        f"SELECT 1, m.area, m.fmt, m.level, l.audience_id, COUNT(*) FROM {links} l "
        "INNER JOIN matching m ON l.scenariopage_id = m.pk GROUP BY m.area, m.fmt, m.level, l.audience_id"
    )
    with connection.cursor() as cursor:
        cursor.execute(statement, query_params)
        return cursor.fetchall()


def audience_counts(rows, filters):
    """Counter(audience -> n): scenarios linked to each audience among those that pass the text,
    the duration and every other facet (rows of kind 1 from grouped_counts)."""
    areas, formats, levels = (frozenset(filters.selected[facet]) for facet in ("area", "format", "level"))
    counts = Counter()
    for area, fmt, level, audience, n in rows:
        if (not areas or area in areas) and (not formats or fmt in formats) and (not levels or level in levels):
            counts[audience] += n
    return counts


def relevance(terms):
    """Words found in the title count; every result already has all words in its text."""
    return reduce(add, (
        Case(When(terms_filter("title_text", [forms]), then=Value(1)), default=Value(0), output_field=IntegerField())
        for forms in terms
    ))


ORDERINGS = {
    "title": ("sort_title", "pk"),
    "newest": ("-first_published_at", "sort_title", "pk"),
    "duration": ("duration_hours", "sort_title", "pk"),
    "relevance": ("-score", "sort_title", "pk"),
}


class ResultsPage(list):
    """One page of results, with what the template needs for the pager."""

    def __init__(self, items, number, num_pages, total):
        super().__init__(items)
        self.number, self.num_pages, self.count = number, num_pages, total
        self.has_previous, self.has_next = number > 1, number < num_pages
        self.has_other_pages = num_pages > 1
        self.previous_page_number, self.next_page_number = number - 1, number + 1
        self.start_index = (number - 1) * PER_PAGE + 1 if total else 0
        self.end_index = min(number * PER_PAGE, total)


def page_number(raw, num_pages, notices):
    try:
        number = int(raw)
    except ValueError:
        notices.append(_("The page number in the address was not valid; showing the first page."))
        return 1
    if number < 1:
        notices.append(_("The page number in the address was not valid; showing the first page."))
        return 1
    if number > num_pages:
        notices.append(_("There are only %(count)s pages of results; showing the last one.") % {"count": num_pages})
        return num_pages
    return number


def search(index, filters, options, notices, index_url=None):
    """(grouped counts, ResultsPage) for the filters. Each result gets `catalogue_url`: a child's
    address is the catalogue's plus its slug, so no per-result URL lookup is needed."""
    base = ScenarioPage.objects.child_of(index).live().filter(public_q(index), text_q(filters, options) & hours_q(filters))
    chosen = filters.selected["audience"]
    in_audience = (ExpressionWrapper(has_audience(chosen), output_field=BooleanField()) if chosen
                   else Value(True, output_field=BooleanField()))
    grouped = grouped_counts(base, in_audience)
    counts, total = count_facets([row[1:] for row in grouped if row[0] == 0], filters)
    counts["audience"] = audience_counts([row[1:] for row in grouped if row[0] == 1], filters)
    num_pages = max(1, math.ceil(total / PER_PAGE))
    number = page_number(filters.page, num_pages, notices)
    # One query, run even when nothing matched (so the count of queries never varies): the
    # inner query sorts and cuts narrow rows (ids), the outer one reads just those pages;
    # sorting whole scenario rows would carry every long text through the sort.
    matching = base.filter(facet_q(filters))
    outer = ScenarioPage.objects.all()
    if filters.sort == "relevance":
        matching = matching.annotate(score=relevance(filters.terms))
        outer = outer.annotate(score=relevance(filters.terms))
    offset = (number - 1) * PER_PAGE
    page_ids = matching.order_by(*ORDERINGS[filters.sort]).values("pk")[offset:offset + PER_PAGE]
    results = list(
        outer.filter(pk__in=page_ids).select_related("locale").defer("search_text", "title_text")
        .order_by(*ORDERINGS[filters.sort])
    )
    # The audience labels of the page of results: one query, run on an empty page too (with an id
    # no page has, as Django skips a query for an empty list) so the count of queries never varies.
    linked = defaultdict(set)
    for page_id, audience_id in AudienceLink.objects.filter(
            scenariopage_id__in=[p.pk for p in results] or [0]).values_list("scenariopage_id", "audience_id"):
        linked[page_id].add(audience_id)
    for page in results:
        page.catalogue_url = f"{index_url}{page.slug}/" if index_url else page.get_url()
        page.area_label = options.label("area", page.area_id)
        page.level_label = options.label("level", page.level_id)
        page.audience_labels = [label for key, _slug, label in options.choices["audience"]
                                if key in linked[page.pk]]
    return counts, ResultsPage(results, number, num_pages, total)
