"""What the catalogue template shows: facets with counts, chips, notices, sort, pages."""

from decimal import Decimal

from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.i18n import more_in_default_language
from scenarios import catalogue
from scenarios import filters as params
from scenarios.models import ScenarioPage

FACET_LEGENDS = {
    "area": gettext_lazy("Thematic area"),
    "audience": gettext_lazy("Audience"),
    "format": gettext_lazy("Format"),
    "level": gettext_lazy("Level"),
}
SORT_LABELS = {
    "relevance": gettext_lazy("Best match"),
    "title": gettext_lazy("Title (A to Z)"),
    "newest": gettext_lazy("Newest first"),
    "duration": gettext_lazy("Shortest first"),
}


def facet_panels(options, filters, counts):
    panels = []
    for facet in params.FACETS:
        items = [
            {
                "slug": slug, "label": label, "count": counts[facet].get(key, 0),
                "checked": key in filters.selected[facet], "id": f"f-{facet}-{slug}",
            }
            for key, slug, label in options.choices[facet]
        ]
        panels.append({"name": facet, "legend": FACET_LEGENDS[facet], "items": items})
    return panels


def chips(options, filters):
    found = []
    if filters.q:
        found.append((_("Text: “%(q)s”") % {"q": filters.q}, filters.query_string(drop=("q", filters.q))))
    for facet in params.FACETS:
        for key, slug in zip(filters.selected[facet], filters.slugs[facet], strict=True):
            found.append((options.label(facet, key), filters.query_string(drop=(facet, slug))))
    for name, template in (("min_hours", _("At least %(hours)s h")), ("max_hours", _("At most %(hours)s h"))):
        value = getattr(filters, name)
        if value is not None:
            text = params.format_hours_param(value)
            found.append((template % {"hours": number_format(Decimal(text))}, filters.query_string(drop=(name, text))))
    return found


def catalogue_context(index, request):
    language = index.locale.language_code if index.locale_id else "pl"
    options = catalogue.load_options(index.locale_id, language, index=index)
    filters, notices = params.parse(request, options, language)
    index_url = index.get_url(request)
    counts, results = catalogue.search(index, filters, options, notices, index_url)
    query = filters.query_string()
    default = params.default_sort(filters)
    sorts = [("", SORT_LABELS[default], filters.sort == default)] + [
        (value, SORT_LABELS[value], filters.sort == value) for value in ("title", "newest", "duration") if value != default
    ]
    return {
        "filters": filters,
        "facets": facet_panels(options, filters, counts),
        "results": results,
        "notices": notices,
        "chips": chips(options, filters),
        "filter_query": query,
        "is_filtered": bool(filters.active or request.GET),
        "sort_options": sorts,
        "min_hours_value": params.format_hours_param(filters.min_hours) if filters.min_hours is not None else "",
        "max_hours_value": params.format_hours_param(filters.max_hours) if filters.max_hours is not None else "",
        "catalogue_url": index_url,
        # Only areas that have scenarios here (a translated catalogue may have none in some).
        "zip_areas": [(index_url + index.reverse_subpage(index.area_zip_route(), args=[slug]), label)
                      for key, slug, label in options.choices["area"] if key in options.filled_areas],
        # A translated catalogue: how many scenarios exist only in the default language.
        "more": more_in_default_language(index, ScenarioPage),
    }
