"""POST /stats/view/: the page view beacon (static/js/site.js sends it once per page view).

It needs no consent: it stores a number per page, language and day, and nothing about the
visitor (no address, no cookie, no browser details). The page's HTML names only the page
(`data-view-page`, the same for everyone), so pages stay cacheable.

Answers: 204 counted, or not counted because the sender is an obvious robot; 400 bad input;
403 a post from another site (consent.origin, as the consent forms); 405 anything but POST;
429 too many from one client (counted in the cache, never stored)."""

import logging

from django.conf import settings
from django.core.exceptions import BadRequest, RequestDataTooBig
from django.http import HttpResponse
from django.http.multipartparser import MultiPartParserError
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from wagtail.models import Page

from consent.origin import cross_site_reason
from core.downloads import BOT_PATTERN
from core.ratelimit import parse_limit, seconds_to_wait
from stats.counting import count_view

logger = logging.getLogger(__name__)

DEFAULT_LIMIT = (120, 60)  # views per client per minute: far above anyone reading
LANGUAGES = {code for code, _name in settings.LANGUAGES}


def plain(status, text=""):
    return HttpResponse(text, status=status, content_type="text/plain; charset=utf-8")


def is_robot(request):
    agent = request.headers.get("User-Agent", "")
    return not agent or bool(BOT_PATTERN.search(agent))


def over_limit(request):
    limit = parse_limit(getattr(settings, "STATS_BEACON_RATE_LIMIT", None), DEFAULT_LIMIT)
    return seconds_to_wait("stats-beacon", request, limit) > 0


def read_fields(request):
    """(page id, language) from the form body, or None when they are missing or malformed."""
    try:
        page_id, language = request.POST.get("page", ""), request.POST.get("lang", "")
    except (BadRequest, MultiPartParserError, RequestDataTooBig, ValueError):
        return None
    if not (page_id.isascii() and page_id.isdigit() and len(page_id) <= 12) or language not in LANGUAGES:
        return None
    return int(page_id), language


@never_cache
@csrf_exempt  # the pages carry no per-visitor token; cross_site_reason checks where the post comes from
@require_POST
def page_view_beacon(request):
    reason = cross_site_reason(request)
    if reason:
        logger.info("Page view beacon refused (cross-site post): %s", reason)
        return plain(403, "Refused: sent from another website.")
    if is_robot(request):
        return plain(204)
    if over_limit(request):
        return plain(429, "Too many requests.")
    fields = read_fields(request)
    if fields is None:
        return plain(400, "Expected a page id and a language code.")
    page_id, language = fields
    page = Page.objects.filter(id=page_id, live=True, depth__gt=1).select_related("locale").first()
    if page is None or page.locale.language_code != language:
        return plain(400, "No published page with this id in this language.")
    count_view(page, language)
    return plain(204)
