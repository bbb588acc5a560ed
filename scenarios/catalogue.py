"""The catalogue: filters, counts per filter value, text search, sorting and pages.

The query count does not depend on the number of scenarios: the taxonomies (3 queries),
view restrictions (1), one grouped query for every count, one for the page of results.
Counts are computed in Python from the grouped rows (area, format, level, audiences, n):
bounded by areas × formats × levels × audience combinations (hundreds, at most a few
thousand) however many scenarios there are; the text condition is evaluated twice.
"""

import math
from collections import Counter
from functools import lru_cache, reduce
from operator import add, or_

from django.db.models import Case, Count, Exists, IntegerField, OuterRef, Q, Value, When
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from scenarios import filters as params
from scenarios.models import FORMATS, Audience, Level, ScenarioPage, ThematicArea
from search.normalise import terms_filter

PER_PAGE = 20
FORMAT_LABELS = {"stacjonarne": gettext_lazy("In person"), "online": gettext_lazy("Online")}
# The format's value in filter addresses, where a language's word differs from the stored value.
FORMAT_SLUGS = {"en": {"stacjonarne": "in-person"}}


def taxonomy(model, locale, **annotations):
    """[(pk, slug, name, *annotations)] of the catalogue's language, in display order."""
    names = ("pk", "slug", "name", *annotations)
    items = list(model.objects.filter(locale=locale).annotate(**annotations).order_by("sort_order", "name")
                 .values_list(*names))
    if not items:  # a translated catalogue whose taxonomies are not translated yet
        items = list(
            model.objects.filter(locale__language_code="pl").annotate(**annotations).order_by("sort_order", "name")
            .values_list(*names)
        )
    return items


def load_options(locale, language="pl", index=None):
    """The facets' values. Given the catalogue, areas also say whether it has a scenario in them
    (for the ZIP links), in the same query."""
    filled = {}
    if index is not None:
        filled["filled"] = Exists(ScenarioPage.objects.child_of(index).live().filter(area=OuterRef("pk")))
    areas = taxonomy(ThematicArea, locale, **filled)
    slugs = FORMAT_SLUGS.get(language, {})
    return params.Options({
        "area": [row[:3] for row in areas],
        "audience": taxonomy(Audience, locale),
        "format": [(value, slugs.get(value, value), str(FORMAT_LABELS.get(value, label))) for value, label in FORMATS],
        "level": taxonomy(Level, locale),
    }, filled_areas=frozenset(row[0] for row in areas if row[3:] and row[3]))


@lru_cache(maxsize=4096)
def keys_of(audience_keys):
    """" 3 7 " -> {3, 7}; few distinct strings (combinations of audiences), so remembered."""
    return frozenset(int(part) for part in audience_keys.split())


def hours_q(filters):
    """Duration is a range, not a facet: it narrows every count alike, so SQL applies it."""
    condition = Q()
    if filters.min_hours is not None:
        condition &= Q(duration_hours__gte=filters.min_hours)
    if filters.max_hours is not None:
        condition &= Q(duration_hours__lte=filters.max_hours)
    return condition


def facet_q(filters):
    """The SQL condition of every active facet."""
    selected = filters.selected
    condition = Q()
    if selected["area"]:
        condition &= Q(area_id__in=selected["area"])
    if selected["format"]:
        condition &= Q(format__in=selected["format"])
    if selected["level"]:
        condition &= Q(level_id__in=selected["level"])
    if selected["audience"]:
        condition &= reduce(or_, (Q(audience_keys__contains=f" {key} ") for key in selected["audience"]))
    return condition


def count_facets(rows, filters):
    """({facet: Counter(key -> n)}, total): each value counted with the other facets' filters.

    rows: (area, format, level, audience keys, n) groups of the scenarios that match the text
    and the duration; a group counts for a facet's values when it passes every other facet.
    Written out long-hand: with 10 000 scenarios this loop sees a thousand groups or more."""
    areas, formats, levels, audiences = (frozenset(filters.selected[facet]) for facet in params.FACETS_ORDER)
    area_counts, format_counts, level_counts, audience_counts = Counter(), Counter(), Counter(), Counter()
    total = 0
    for area, fmt, level, audience_keys, n in rows:
        keys = keys_of(audience_keys)
        area_ok = not areas or area in areas
        format_ok = not formats or fmt in formats
        level_ok = not levels or level in levels
        audience_ok = not audiences or not audiences.isdisjoint(keys)
        failing = (not area_ok) + (not format_ok) + (not level_ok) + (not audience_ok)
        if failing == 0:
            total += n
            area_counts[area] += n
            format_counts[fmt] += n
            level_counts[level] += n
            for key in keys:
                audience_counts[key] += n
        elif failing == 1:
            if not area_ok:
                area_counts[area] += n
            elif not format_ok:
                format_counts[fmt] += n
            elif not level_ok:
                level_counts[level] += n
            else:
                for key in keys:
                    audience_counts[key] += n
    counts = {"area": area_counts, "format": format_counts, "level": level_counts, "audience": audience_counts}
    return counts, total


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
    base = ScenarioPage.objects.child_of(index).live().public()
    text_q = terms_filter("search_text", filters.terms) & hours_q(filters)
    rows = (
        base.filter(text_q).order_by()
        .values_list("area_id", "format", "level_id", "audience_keys")
        .annotate(n=Count("pk"))
    )
    counts, total = count_facets(rows, filters)
    num_pages = max(1, math.ceil(total / PER_PAGE))
    number = page_number(filters.page, num_pages, notices)
    # One query, run even when nothing matched (so the count of queries never varies): the
    # inner query sorts and cuts narrow rows (ids), the outer one reads just those pages;
    # sorting whole scenario rows would carry every long text through the sort.
    matching = base.filter(text_q, facet_q(filters))
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
    for page in results:
        page.catalogue_url = f"{index_url}{page.slug}/" if index_url else page.get_url()
        page.area_label = options.label("area", page.area_id)
        page.level_label = options.label("level", page.level_id)
        page.audience_labels = [label for key, _slug, label in options.choices["audience"]
                                if key in keys_of(page.audience_keys)]
    return counts, ResultsPage(results, number, num_pages, total)
