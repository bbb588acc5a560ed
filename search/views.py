import unicodedata

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Page

from core.i18n import active_locale

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200


def search(request):
    # Malformed or oversized input is trimmed, never an error page.
    raw = request.GET.get("q", "")
    # Control characters (NUL and friends) are not text anyone searches for; the
    # database would refuse them.
    raw = "".join(char for char in raw if unicodedata.category(char)[0] != "C")
    query = " ".join(raw.split())[:MAX_QUERY_LENGTH]
    locale = active_locale()
    promoted = []
    results_page = None
    if query:
        search_query = Query.get(query)
        search_query.add_hit()
        promoted = [
            pick
            for pick in search_query.editors_picks.select_related("page").all()
            if pick.page.live and pick.page.locale_id == locale.id
        ]
        promoted_ids = [pick.page_id for pick in promoted]
        results = (
            Page.objects.live()
            .public()
            .filter(locale=locale)
            .exclude(id__in=promoted_ids)
            .specific()
            .search(query)
        )
        paginator = Paginator(results, RESULTS_PER_PAGE)
        try:
            results_page = paginator.page(request.GET.get("page", 1))
        except PageNotAnInteger:
            results_page = paginator.page(1)
        except EmptyPage:
            results_page = paginator.page(paginator.num_pages)
    response = TemplateResponse(
        request,
        "search/search.html",
        {"search_query": query, "promoted": promoted, "results": results_page},
    )
    if query:
        add_never_cache_headers(response)
    return response
