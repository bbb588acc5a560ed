"""What every page needs from the database, cached: the policy version, the texts of a language
and the URL of the policy page. A page view with the banner then costs no query.

Edits clear the cache at once (signals in apps.py). With the per-process memory cache of a
single machine other worker processes see a change within CONSENT_CONFIG_CACHE_SECONDS
(60 s by default); with Redis every process sees it at once."""

import uuid

from django.conf import settings
from django.core.cache import cache
from wagtail.models import Site

from consent.models import ConsentSettings, ConsentTexts, CookiePolicyPage

GENERATION_KEY = "consent:generation"
_MISSING = object()

TEXT_FIELDS = (
    "banner_heading",
    "banner_text",
    "settings_intro",
    "necessary_description",
    "analytics_description",
    "external_media_description",
)


def _timeout():
    return getattr(settings, "CONSENT_CONFIG_CACHE_SECONDS", 60)


def _generation():
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, uuid.uuid4().hex[:12], None)
        generation = cache.get(GENERATION_KEY) or "0"
    return generation


def invalidate(**kwargs):
    """Forget everything cached (signal receiver; takes any signal arguments)."""
    cache.set(GENERATION_KEY, uuid.uuid4().hex[:12], None)


def _cached(request, name, compute):
    memo = None
    if request is not None:
        memo = request.__dict__.setdefault("_consent_config", {})
        if name in memo:
            return memo[name]
    key = f"consent:{_generation()}:{name}"
    value = cache.get(key, _MISSING)
    if value is _MISSING:
        value = compute()
        cache.set(key, value, _timeout())
    if memo is not None:
        memo[name] = value
    return value


def policy(request=None):
    """{"version": int, "updated": date or None} of the current cookie policy."""

    def compute():
        row = ConsentSettings.objects.values("policy_version", "policy_updated").first()
        if row is None:
            return {"version": 1, "updated": None}
        return {"version": row["policy_version"], "updated": row["policy_updated"]}

    return _cached(request, "policy", compute)


def policy_version(request=None):
    return policy(request)["version"]


def texts(request, language):
    """The editors' texts for `language` as {field: value}; empty when there are none
    (the templates then use the built-in, translated wording)."""

    def compute():
        row = ConsentTexts.objects.filter(locale__language_code=language, live=True).values(*TEXT_FIELDS).first()
        return row or {}

    return _cached(request, f"texts:{language}", compute)


def policy_url(request, language):
    """URL of the cookie policy page in `language` (else in the default language); None if there is none."""
    site = Site.find_for_request(request) if request is not None else None
    site_id = site.pk if site else 0

    def compute():
        # Translations of a site are sibling trees, so the page is looked up by language only.
        pages = CookiePolicyPage.objects.live().public()
        page = (
            pages.filter(locale__language_code=language).first()
            or pages.filter(locale__language_code=settings.LANGUAGE_CODE).first()
        )
        return page.get_url(request) if page is not None else None

    return _cached(request, f"policy-url:{site_id}:{language}", compute)
