import unicodedata
from urllib.parse import quote

from django.core.paginator import Paginator
from django.http import Http404, JsonResponse
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Page

from core.pagination import requested_page_number
from search.query import parse
from search.querylog import log_query
from search.ranking import run_search
from search.ratelimit import rate_limited
from search.snippets import snippet, suggestions

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200
KIND_LABELS = {
    "page": gettext_lazy("Page"), "publication": gettext_lazy("Publication"),
    "chapter": gettext_lazy("Handbook chapter"), "webinar": gettext_lazy("Webinar"),
    "scenario": gettext_lazy("Training scenario"), "document": gettext_lazy("Document"),
}


def clean_query(raw):
    # Control characters (NUL and friends) are not text anyone searches for; the
    # database would refuse them.
    raw = "".join(char for char in raw if unicodedata.category(char)[0] != "C")
    return " ".join(raw.split())[:MAX_QUERY_LENGTH]


def section_links(language):
    """The catalogue and the publications, in this language when translated."""
    links = []
    for slug in ("scenariusze", "publikacje"):
        page = Page.objects.live().filter(slug=slug, depth=3, locale__language_code="pl").first()
        if page:
            page = page.localized
            links.append((page.title, page.url))
    return links


def promoted_for(query, language):
    try:
        picks = Query.get(query).editors_picks.select_related("page", "page__locale")
    except Exception:  # an odd query string must not break the page
        return []
    return [pick for pick in picks if pick.page.live and pick.page.locale.language_code == language]


def results_query(query, kind, exact):
    """The query string of the results without the page number, for the pagination's links."""
    parts = [f"q={quote(query, safe='/')}", *([f"typ={kind}"] if kind else []), *(["exact=1"] if exact else [])]
    return "&".join(parts)


@rate_limited("results", "SEARCH_RATE_LIMIT", (60, 60))
def search(request):
    language = translation.get_language()
    query = clean_query(request.GET.get("q", ""))
    exact = request.GET.get("exact") == "1"
    kind = request.GET.get("typ") or None
    notices = []
    if kind and kind not in KIND_LABELS:
        notices.append(_("The result type in the address was not recognised; showing all types."))
        kind = None
    number = requested_page_number(request, notices)
    context = {"search_query": query, "notices": notices, "kind": kind, "kind_labels": KIND_LABELS}
    if len(request.GET.get("q", "")) > MAX_QUERY_LENGTH:
        notices.append(_("Your query was long, so we searched for its first %(n)s characters.") % {"n": MAX_QUERY_LENGTH})
    if query:
        parsed = parse(query, language, exact=exact)
        if parsed.only_common_words:
            notices.append(_("Your query has only common words such as “how” or “and”; add a word that says "
                             "what you are looking for."))
        elif not parsed.slots:
            notices.append(_("Your query has no letters or digits to search for."))
        if parsed.words_left_out:
            notices.append(_("We searched for the first %(n)s words of your query.") % {"n": len(parsed.slots)})
        promoted = promoted_for(query, language) if number == 1 else []
        results = run_search(query, language, kind, exclude_pages={pick.page_id for pick in promoted}, parsed=parsed)
        if results.total_matching > len(results.entries) and not kind:
            notices.append(_("%(total)s entries match; we list the best %(shown)s. Add a word to narrow the search.")
                           % {"total": results.total_matching, "shown": len(results.entries)})
        paginator = Paginator(results.entries, RESULTS_PER_PAGE)
        if number < 1 or (number > paginator.num_pages and paginator.count):
            raise Http404(_("There is no such page of results."))
        results_page = paginator.page(min(number, paginator.num_pages))
        for entry in results_page:
            entry.snippet = snippet(entry.text, results.terms, language)
            entry.kind_label = KIND_LABELS.get(entry.kind, entry.kind)
        found = bool(paginator.count or promoted)
        if number == 1:
            log_query(query, language, found)
        context.update(
            promoted=promoted,
            results=results_page,
            total=paginator.count,
            kind_counts=[(k, KIND_LABELS[k], results.kind_counts.get(k, 0)) for k in KIND_LABELS if results.kind_counts.get(k)],
            corrected_query=parsed.corrected_text, exact=exact, results_query=results_query(query, kind, exact),
            section_links=[] if found else section_links(language),
        )
    elif "q" in request.GET:
        notices.append(_("Type a word or two to search for."))
    response = TemplateResponse(request, "search/search.html", context)
    if query:
        add_never_cache_headers(response)
    return response


@rate_limited("suggestions", "SEARCH_SUGGEST_RATE_LIMIT", (240, 60))
def suggest(request):
    """JSON for the search box: a few matching titles, small and cached."""
    language = translation.get_language()
    query = clean_query(request.GET.get("q", ""))[:60]
    items = [{"title": title, "url": url} for title, url in suggestions(query, language)] if query else []
    response = JsonResponse({"q": query, "results": items})
    patch_cache_control(response, public=True, max_age=300)
    response["X-Robots-Tag"] = "noindex"
    return response
