"""What every page needs from the database, cached: the policy version, the texts of a language
and the URL of the policy page. A page view with the banner then costs no query.

Edits clear the cache at once (signals in apps.py). With the per-process memory cache of a
single machine other worker processes see a change within CONSENT_CONFIG_CACHE_SECONDS
(60 s by default); with Redis every process sees it at once."""

from django.conf import settings
from wagtail.models import Site

from consent.models import ConsentSettings, ConsentTexts, CookiePolicyPage
from core.generation_cache import GenerationCache

_cache = GenerationCache("consent", "CONSENT_CONFIG_CACHE_SECONDS", 60)
invalidate = _cache.invalidate
_cached = _cache.cached

TEXT_FIELDS = (
    "banner_heading",
    "banner_text",
    "settings_intro",
    "necessary_description",
    "analytics_description",
    "external_media_description",
)


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
