"""PageCacheMiddleware: anonymous GET and HEAD requests answered from the shared page cache.

Sits right after WhiteNoise, so a hit runs no other middleware and no query. On a miss the page
is rendered as usual and, when it may be shared, stored with its public cache headers:

    Cache-Control: public, max-age=60, s-maxage=86400, stale-while-revalidate=30, stale-if-error=86400
    ETag (and 304 on If-None-Match), Vary without Accept-Language (the language is in the path)

Never stored: the admin and downloads (never_cache), the consent endpoint, POSTs, requests with
a session (logged-in editors, previews: private), search with a query, error responses other
than 404, responses that set a cookie or say private/no-store. A consent cookie that is forged,
garbled, expired or of the old format makes the response `private, no-store` (and drops the
cookie): a page rendered for it never reaches any cache.
"""

from django.conf import settings
from django.http import HttpResponseNotAllowed
from django.utils.cache import add_never_cache_headers

from consent import state as consent_state
from core.page_cache import keys, store
from core.page_cache.entry import Entry

HTTP_METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")
STORED_STATUSES = (200, 404)


def _setting(name, default):
    return getattr(settings, name, default)


def public_cache_control(status):
    max_age = _setting("PAGE_CACHE_MAX_AGE", 60)
    if status == 404:
        s_maxage = min(_setting("PAGE_CACHE_S_MAXAGE", 86400), _setting("PAGE_CACHE_NOT_FOUND_SECONDS", 300))
        return f"public, max-age={max_age}, s-maxage={s_maxage}"
    return (
        f"public, max-age={max_age}, s-maxage={_setting('PAGE_CACHE_S_MAXAGE', 86400)}, "
        f"stale-while-revalidate={_setting('PAGE_CACHE_STALE_WHILE_REVALIDATE', 30)}, "
        f"stale-if-error={_setting('PAGE_CACHE_STALE_IF_ERROR', 86400)}"
    )


def shareable(response):
    """Whether a rendered response may be stored and sent with public headers."""
    if response.status_code not in STORED_STATUSES or response.streaming or response.cookies:
        return False
    control = response.get("Cache-Control", "").lower()
    return not any(word in control for word in ("private", "no-store", "no-cache"))


def without_accept_language(response):
    """LocaleMiddleware adds Vary: Accept-Language to unprefixed (Polish) paths; the language
    never comes from that header here (keys.language_of), so it would only split caches."""
    if "Vary" in response:
        kept = [v.strip() for v in response["Vary"].split(",") if v.strip() and v.strip().lower() != "accept-language"]
        if kept:
            response["Vary"] = ", ".join(kept)
        else:
            del response["Vary"]


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self._search_paths = None

    def search_paths(self):
        if self._search_paths is None:
            self._search_paths = keys.search_paths()
        return self._search_paths

    def __call__(self, request):
        if request.method not in HTTP_METHODS:
            # PURGE, BAN and other methods are for the edge cache, which takes them only from the app.
            return HttpResponseNotAllowed(HTTP_METHODS)
        version = store.current_version()
        store.sync_local_caches(version)
        path = request.path_info
        if path.startswith(keys.NEVER_CACHE_PREFIXES):
            response = self.get_response(request)
            add_never_cache_headers(response)
            return response
        if request.method not in ("GET", "HEAD") or path.startswith(keys.NEVER_PREFIXES):
            return self.get_response(request)
        if settings.SESSION_COOKIE_NAME in request.COOKIES:
            response = self.get_response(request)  # an editor (or a preview): always fresh, never shared
            add_never_cache_headers(response)
            return response
        status, variant = consent_state.consent_variant(request)
        if status == consent_state.INVALID:
            return self.refuse_to_share(request)

        query, fits = keys.normalised_query(request)
        keys.normalise_request(request, query)
        if path in self.search_paths() and request.GET.get("q", "").strip():
            return self.get_response(request)  # a query of its own: the search view's headers
        key = None
        if fits and version is not None and _setting("PAGE_CACHE_ENABLED", True):
            key = keys.page_key(request, version, query, variant)
            entry = store.get(key)
            if isinstance(entry, Entry):
                return entry.response_for(request, "hit")

        response = self.get_response(request)
        if not shareable(response):
            return response
        if not fits:
            response["Cache-Control"] = "private, no-store"
            return response
        response["Cache-Control"] = public_cache_control(response.status_code)
        without_accept_language(response)
        entry = Entry.from_response(response)
        if key is None:
            return entry.response_for(request, "off")
        if request.method == "GET":
            if store.current_version() != version:
                # Content changed while this page was rendered: it may hold the old data.
                entry.headers = [(n, v) for n, v in entry.headers if n.lower() != "cache-control"]
                entry.headers.append(("Cache-Control", "private, no-store"))
                return entry.response_for(request, "stale")
            timeout = _setting("PAGE_CACHE_SECONDS", 86400)
            if response.status_code == 404:
                timeout = _setting("PAGE_CACHE_NOT_FOUND_SECONDS", 300)
            store.put(key, entry, timeout)
        return entry.response_for(request, "miss")

    def refuse_to_share(self, request):
        """A consent cookie that fails its checks: the page is rendered as for no decision, for this
        visitor only, and the useless cookie is dropped."""
        response = self.get_response(request)
        response["Cache-Control"] = "private, no-store"
        if consent_state.cookie_name() not in response.cookies:
            response.delete_cookie(consent_state.cookie_name(), path="/", samesite="Lax")
        response["X-Page-Cache"] = "bypass"
        return response
