"""Reading the catalogue's GET parameters. Nothing a visitor types can fail the page: an
unknown, empty or malformed value is dropped and explained in a notice."""

import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal
from urllib.parse import urlencode

from django.utils.translation import gettext as _

from search.normalise import query_terms

MAX_QUERY_LENGTH = 200
MAX_TERMS = 8
MAX_VALUES = 20  # per parameter; more would only be abuse
HOURS = re.compile(r"^\d{1,3}(?:[.,]\d{1,2})?$")
FACETS = ("area", "audience", "format", "level")  # the order of the filter panel
FACETS_ORDER = ("area", "format", "level", "audience")  # the order of catalogue.count_facets
SORTS = ("relevance", "title", "newest", "duration")


@dataclass
class Options:
    """The values each facet can take: {facet: [(key, slug, label)]} in display order."""

    choices: dict
    filled_areas: frozenset = frozenset()  # areas with at least one scenario in the catalogue
    words: object = None  # scenarios.indexing.TaxonomyWords: which values a query word names

    def by_slug(self, facet):
        return {slug: key for key, slug, _label in self.choices[facet]}

    def label(self, facet, key):
        for option_key, _slug, label in self.choices[facet]:
            if option_key == key:
                return label
        return ""


@dataclass
class Filters:
    selected: dict = field(default_factory=lambda: {facet: [] for facet in FACETS})  # facet -> [key]
    slugs: dict = field(default_factory=lambda: {facet: [] for facet in FACETS})  # facet -> [slug]
    min_hours: Decimal | None = None
    max_hours: Decimal | None = None
    q: str = ""
    terms: list = field(default_factory=list)
    sort: str = "title"
    sort_given: bool = False
    page: str = "1"

    @property
    def active(self):
        """Anything that narrows the list (sorting and paging do not)."""
        return bool(any(self.selected.values()) or self.terms or self.min_hours is not None
                    or self.max_hours is not None)

    def params(self, drop=None, sort=True):
        """The state as ordered (name, value) pairs; `drop` = (name, value) to leave out."""
        pairs = [("q", self.q)] if self.q else []
        for facet in FACETS:
            pairs += [(facet, slug) for slug in self.slugs[facet]]
        for name in ("min_hours", "max_hours"):
            value = getattr(self, name)
            if value is not None:
                pairs.append((name, format_hours_param(value)))
        if sort and self.sort_given and self.sort != default_sort(self):
            pairs.append(("sort", self.sort))
        if drop:
            pairs = [pair for pair in pairs if pair != drop]
        return pairs

    def query_string(self, drop=None):
        return urlencode(self.params(drop))


def default_sort(filters):
    return "relevance" if filters.terms else "title"


def format_hours_param(value):
    text = f"{value.normalize():f}"
    return text


def clean_text(raw):
    """Printable text only (no control characters), single spaces."""
    raw = "".join(char for char in raw if unicodedata.category(char)[0] != "C" or char in " \t\n")
    return " ".join(raw.split())


def parse_hours(raw, notices):
    raw = raw.strip()
    if not raw:
        return None
    if not HOURS.match(raw):
        notices.add(_("The duration must be a number of hours, for example 2 or 1,5; we ignored “%(value)s”.")
                    % {"value": clean_text(raw)[:20]})
        return None
    return Decimal(raw.replace(",", "."))


def parse(request, options, language):
    """(Filters, [notice]) from the query string."""
    notices = set()
    get = request.GET
    filters = Filters()
    for facet in FACETS:
        known = options.by_slug(facet)
        for raw in get.getlist(facet)[:MAX_VALUES]:
            value = raw.strip()
            if not value:
                notices.add(_("An empty filter in the address was ignored."))
            elif value not in known:
                notices.add(_("Some filters in the address were not recognised and have been ignored."))
            elif known[value] not in filters.selected[facet]:
                filters.selected[facet].append(known[value])
                filters.slugs[facet].append(value)
    filters.min_hours = parse_hours(get.get("min_hours", ""), notices)
    filters.max_hours = parse_hours(get.get("max_hours", ""), notices)
    if filters.min_hours is not None and filters.max_hours is not None and filters.min_hours > filters.max_hours:
        notices.add(_("The shortest duration was longer than the longest one, so the duration filter was ignored."))
        filters.min_hours = filters.max_hours = None
    q = clean_text(get.get("q", ""))
    if len(q) > MAX_QUERY_LENGTH:
        q = q[:MAX_QUERY_LENGTH].rsplit(" ", 1)[0]
        notices.add(_("The search text was too long; we used its first %(count)s characters.")
                    % {"count": MAX_QUERY_LENGTH})
    terms = query_terms(q, language)
    if len(terms) > MAX_TERMS:
        terms = terms[:MAX_TERMS]
        notices.add(_("We searched for the first %(count)s words only.") % {"count": MAX_TERMS})
    filters.q, filters.terms = q, terms
    sort = get.get("sort", "").strip()  # empty: the default order (the form's first choice)
    if sort in SORTS:
        filters.sort, filters.sort_given = sort, True
    elif sort:
        notices.add(_("The sort order in the address was not recognised; the default order is used."))
    if filters.sort == "relevance" and not filters.terms or not filters.sort_given:
        filters.sort = default_sort(filters)
    filters.page = get.get("page", "1").strip() or "1"
    return filters, sorted(notices)
