"""What every page shows and every visitor shares, cached: the site of a host, the home page and
main menu of each language, the rendered footer (site settings, logos, footer text, links).

Keys carry a generation (read once per request) that any content change replaces, so one write
makes every entry stale: the receivers below listen to the same events as the page cache
(core.page_cache.receivers: any save or delete of the project's content models or Wagtail's
pages, sites, locales and view restrictions; publishing, unpublishing, moves). With Redis every
worker sees a new generation at once; with the per-process memory cache of a single machine the
page cache's content version empties every process's memory caches (and SITE_DATA_CACHE_SECONDS
bounds an entry's life in any case).
"""

from core.generation_cache import GenerationCache
from core.signals import connect_to_models

_cache = GenerationCache("site-data", "SITE_DATA_CACHE_SECONDS", 600, generation_per_request=True)
generation = _cache.generation
invalidate = _cache.invalidate
cached = _cache.cached

CONTENT_APPS = {"core", "home", "publications", "webinars", "scenarios", "consent", "accessibility"}
CONTENT_MODELS = {
    "wagtailcore.page", "wagtailcore.site", "wagtailcore.locale", "wagtailcore.collection",
    "wagtailcore.pageviewrestriction", "wagtailcore.collectionviewrestriction",
}
# Written while the site is served, never shown in the shared parts.
NOT_CONTENT = {"consent.consentrecord", "core.dailydownloadcount", "core.customrendition"}


def is_content(model):
    label = model._meta.label_lower
    return label not in NOT_CONTENT and (model._meta.app_label in CONTENT_APPS or label in CONTENT_MODELS)


def _on_change(sender, raw=False, **kwargs):
    if not raw and is_content(sender):
        invalidate()


def connect():
    from django.db.models.signals import m2m_changed, post_delete, post_save
    from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

    connect_to_models(is_content, "site-data", (
        (post_save, _on_change), (post_delete, _on_change), (m2m_changed, _on_change),
    ))
    for signal in (page_published, page_unpublished, post_page_move, page_slug_changed):
        signal.connect(invalidate, dispatch_uid=f"site-data-{id(signal)}")


# Wagtail's order of preference (wagtail.models.sites.get_site_for_hostname).
HOSTNAME_PORT, HOSTNAME_DEFAULT, DEFAULT, HOSTNAME = range(4)


def choose_site(sites, hostname, port):
    """The site Wagtail would choose for hostname:port among `sites` (None: none)."""
    ranked = []
    for site in sites:
        if site.hostname == hostname and site.port == port:
            ranked.append((HOSTNAME_PORT, site))
        elif site.hostname == hostname and site.is_default_site:
            ranked.append((HOSTNAME_DEFAULT, site))
        elif site.is_default_site:
            ranked.append((DEFAULT, site))
        elif site.hostname == hostname:
            ranked.append((HOSTNAME, site))
    ranked.sort(key=lambda pair: pair[0])
    if not ranked:
        return None
    if len(ranked) == 1 or ranked[0][0] in (HOSTNAME_PORT, HOSTNAME_DEFAULT):
        return ranked[0][1]
    if ranked[0][0] == DEFAULT:
        return ranked[len(ranked) == 2][1]
    return None


def site_for_request(request):
    from django.http.request import split_domain_port
    from wagtail.models import Site

    sites = cached(request, "sites", lambda: list(Site.objects.select_related("root_page").order_by("pk")))
    try:
        hostname = split_domain_port(request._get_raw_host())[0]
        port = int(request.get_port())
    except Exception:  # a malformed Host header: Wagtail's own lookup decides (and Django refuses it)
        return Site._find_for_request(request)
    return choose_site(sites, hostname, port)
