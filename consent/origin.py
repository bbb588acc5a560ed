"""Where a consent post comes from, without a per-visitor token.

The consent forms are on every page, and every anonymous page is the same for all visitors
(so that caches can serve it): a CSRF token, which is per visitor, cannot be in them. Browsers
say where a post comes from instead: `Sec-Fetch-Site` (same-origin, same-site, cross-site, none)
and `Origin` on every POST, `Referer` on most. A post is refused when any of them points to
another site. A request with none of them does not come from a browser made in the last years
(every current browser sends Origin with a POST), so it is not a forged post in a visitor's
browser either; it is allowed.
"""

from urllib.parse import urlsplit

from django.conf import settings


def own_origin(request):
    return f"{request.scheme}://{request.get_host()}"


def _origin_of(url):
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if not parts.scheme or not parts.netloc:
        return None
    return f"{parts.scheme}://{parts.netloc}".lower()


def trusted_origins(request):
    return {own_origin(request).lower(), *(origin.lower() for origin in getattr(settings, "CSRF_TRUSTED_ORIGINS", ()))}


def cross_site_reason(request):
    """Why the POST is refused (a short text for the log), or "" when it comes from this site."""
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site is not None and fetch_site.strip().lower() != "same-origin":
        return f"Sec-Fetch-Site: {fetch_site[:40]}"
    origin = request.headers.get("Origin")
    if origin is not None:
        if origin.strip().lower() not in trusted_origins(request):
            return f"Origin: {origin[:100]}"
        return ""
    referer = request.headers.get("Referer")
    if referer is not None and _origin_of(referer) not in trusted_origins(request):
        return "Referer from another site"
    return ""
