"""Which requests the page cache may answer, and the key of each.

A key names exactly what a page depends on: scheme and host, path, the query parameters the
site's views read (sorted by name, unknown ones dropped, so `?utm_source=x` cannot multiply
entries), the language (from the path only) and the consent variant (consent.state). The view
itself then sees only those parameters (`normalise_request`), so the page rendered for a key can
never depend on anything outside it: a cache entry cannot be poisoned through the query string.
"""

import hashlib
from urllib.parse import urlencode

from django.conf import settings
from django.http import QueryDict
from django.utils.translation import get_language_from_path

from consent import categories

# Every query parameter a public view reads (publications, the scenario catalogue, search, the
# consent confirmation, the language switch). Anything else is dropped before the view runs.
KNOWN_PARAMS = frozenset({
    "page", "typ", "rok", "exact",                                # lists (publications, search)
    "area", "audience", "format", "level", "min_hours", "max_hours", "sort", "q",  # catalogue
    "zgoda", "wroc",                                              # consent confirmation, way back
    "untranslated",                                               # language switch notice
})
MAX_VALUES = 20  # per parameter (the catalogue reads no more)
MAX_QUERY_LENGTH = 2048  # normalised; longer queries are rendered but not stored
# Never from the page cache, whatever the visitor: the admin, downloads (counted), the consent
# endpoint, the page view beacon (counted), media files.
NEVER_PREFIXES = ("/admin/", "/django-admin/", "/documents/", "/zgoda/", "/stats/", "/media/", "/static/")
NEVER_CACHE_PREFIXES = ("/admin/", "/django-admin/", "/documents/", "/stats/")  # and told so: never_cache


def normalised_query(request):
    """The known parameters of the request, sorted by name (values in their order), capped.
    Returns (query string, within limits)."""
    pairs = []
    fits = True
    for name in sorted(set(request.GET.keys()) & KNOWN_PARAMS):
        values = request.GET.getlist(name)
        if len(values) > MAX_VALUES:
            values, fits = values[:MAX_VALUES], False
        pairs.extend((name, value) for value in values)
    query = urlencode(pairs)
    if len(query) > MAX_QUERY_LENGTH:
        fits = False
    return query, fits


def normalise_request(request, query):
    """Let the view see only the normalised query string (the one in the key)."""
    request.META["QUERY_STRING"] = query
    request.GET = QueryDict(query)


def language_of(request):
    """The language of the page: from the URL path only, as LocaleMiddleware decides it for this
    site (i18n_patterns with the default language unprefixed)."""
    return get_language_from_path(request.path_info) or settings.LANGUAGE_CODE


def config_fingerprint():
    """What changes every page but lives in settings, not in the database: a deploy with another
    analytics integration gets new keys."""
    return ",".join(categories.active())


def page_key(request, version, query, variant):
    parts = "\n".join([
        version, config_fingerprint(), request.scheme, request.get_host(), request.path, query,
        language_of(request), variant,
    ])
    return "page:" + hashlib.sha256(parts.encode("utf-8", "surrogateescape")).hexdigest()


def search_paths():
    """The search page in every language: with a query it is never stored (short public headers)."""
    from django.urls import reverse
    from django.utils import translation

    paths = set()
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            paths.add(reverse("search"))
            paths.add(reverse("search_suggest"))
    return frozenset(paths)
