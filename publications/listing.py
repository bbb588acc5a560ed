"""The publication list: filters by type and year (GET, no JS needed), counts and pagination."""

from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import Count, F, Prefetch
from django.db.models.functions import ExtractYear
from django.http import Http404
from django.utils.translation import gettext as _

from core.i18n import more_in_default_language
from core.models import CustomImage
from core.pagination import requested_page_number
from publications.models import PublicationPage
from publications.models.publication import PUBLICATION_TYPES

PER_PAGE = 12
COVER_FILTER = "fill-240x320|format-webp"


def _selected(request, name, allowed):
    raw = request.GET.getlist(name)
    chosen = [value for value in raw if value in allowed]
    return list(dict.fromkeys(chosen)), len(chosen) != len(raw)


def _year_counts(queryset):
    rows = (
        queryset.filter(publication_date__isnull=False)
        .annotate(year=ExtractYear("publication_date"))
        .values_list("year")
        .annotate(n=Count("id"))
        .order_by()
    )
    return dict(rows)


def publication_listing(index_page, request):
    base = PublicationPage.objects.child_of(index_page).live().public()
    type_labels = dict(PUBLICATION_TYPES)
    year_counts = _year_counts(base)
    types, bad_types = _selected(request, "typ", type_labels)
    years, bad_years = _selected(request, "rok", {str(year) for year in year_counts})
    notices = []
    if bad_types or bad_years:
        notices.append(_("Some filters in the address were not recognised and have been ignored."))

    by_type = base.filter(publication_date__year__in=years) if years else base
    type_counts = dict(by_type.values_list("publication_type").annotate(n=Count("id")).order_by())
    if types:
        year_counts = _year_counts(base.filter(publication_type__in=types))
    results = by_type.filter(publication_type__in=types) if types else by_type

    results = (
        results.select_related("locale")
        .prefetch_related(Prefetch("cover", queryset=CustomImage.objects.prefetch_renditions(COVER_FILTER)))
        .order_by(F("publication_date").desc(nulls_last=True), "-first_published_at", "title")
    )
    paginator = Paginator(results, PER_PAGE)
    number = requested_page_number(request, notices)
    if number < 1 or number > paginator.num_pages:
        raise Http404(_("There is no such page of results."))
    page_of_results = paginator.page(number)

    def query_without(name, value):
        params = [("typ", t) for t in types if not (name == "typ" and t == value)]
        params += [("rok", y) for y in years if not (name == "rok" and y == value)]
        return "?" + urlencode(params) if params else "?"

    chips = [(type_labels[t], query_without("typ", t)) for t in types] + [
        (y, query_without("rok", y)) for y in years
    ]
    filter_query = urlencode([("typ", t) for t in types] + [("rok", y) for y in years])
    return {
        "publications": page_of_results,
        "type_options": [
            (value, label, type_counts.get(value, 0), value in types)
            for value, label in PUBLICATION_TYPES
            if type_counts.get(value) or value in types
        ],
        "year_options": [
            (str(year), count, str(year) in years) for year, count in sorted(year_counts.items(), reverse=True)
        ],
        "active_filters": chips,
        "filter_query": filter_query,
        "notices": notices,
        "cover_filter": COVER_FILTER,
        # On a translated list: how many publications exist only in the default language.
        "more": more_in_default_language(index_page, PublicationPage),
    }
