"""The live accessibility statement of the current language, cached: its URL for the footer of
every page and its contact (person, e-mail, phone) for "an accessible version is available on
request" notes on publications and scenarios.

A page view then costs no query once the cache is warm. Publishing, unpublishing, moving or
deleting a page and saving a site clear the cache at once (signals in apps.py). With the
per-process memory cache other worker processes see a change within
ACCESSIBILITY_CACHE_SECONDS (60 s by default); with Redis every process sees it at once.
"""

from django.conf import settings
from django.core.cache import cache
from django.utils import translation
from wagtail.models import Site

from accessibility.contact import Contact
from accessibility.models import AccessibilityStatementPage

CACHE_KEY = "accessibility:statements"
_MISSING = object()


def _timeout():
    return getattr(settings, "ACCESSIBILITY_CACHE_SECONDS", 60)


def invalidate(**kwargs):
    """Forget the cached statements (signal receiver; takes any signal arguments)."""
    cache.delete(CACHE_KEY)


def _lookup(language, request):
    pages = AccessibilityStatementPage.objects.live().order_by("path").only(
        "id", "path", "url_path", "locale_id", "osoba", "email", "telefon"
    )
    page = pages.filter(locale__language_code=language).first()
    if page is None and language != settings.LANGUAGE_CODE:
        page = pages.filter(locale__language_code=settings.LANGUAGE_CODE).first()
    if page is None:
        return None
    return {"person": page.osoba, "email": page.email, "phone": page.telefon, "url": page.get_url(request) or ""}


def _site_id(request):
    if request is None:
        return None
    site = getattr(request, "_wagtail_site", _MISSING)
    if site is _MISSING:
        site = Site.find_for_request(request)
    return site.pk if site is not None else None


def current_statement(request=None, language=None):
    """The Contact of the live statement in `language` (the active one by default), falling back
    to the statement in the default language; None when there is no live statement."""
    language = language or translation.get_language() or settings.LANGUAGE_CODE
    memo = None
    if request is not None:
        memo = request.__dict__.setdefault("_accessibility_statement", {})
        if language in memo:
            return memo[language]
    key = f"{_site_id(request)}:{language}"
    statements = cache.get(CACHE_KEY) or {}
    data = statements.get(key, _MISSING)
    if data is _MISSING:
        data = _lookup(language, request)
        statements = dict(statements, **{key: data})
        cache.set(CACHE_KEY, statements, _timeout())
    contact = Contact(**data) if data else None
    if memo is not None:
        memo[language] = contact
    return contact
