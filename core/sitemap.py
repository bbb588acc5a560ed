"""sitemap.xml with every page in every language it exists in, each with its alternates.

Wagtail's own sitemap lists the pages of one site root, so one language only."""

from collections import defaultdict

from django.conf import settings
from django.template.response import TemplateResponse
from django.views.decorators.cache import cache_page
from wagtail.models import Page, Site

from core.site_url import absolute_url, site_url


@cache_page(600)
def sitemap(request):
    site = Site.find_for_request(request)
    base = site_url()  # never the request's host: a proxy's port must not reach search engines
    pages = list(
        Page.objects.live().public().filter(depth__gte=2).select_related("locale").order_by("path")
    )
    by_key = defaultdict(list)
    for page in pages:
        by_key[page.translation_key].append(page)
    entries = []
    for page in pages:
        url = page.get_url(request, current_site=site)
        if not url:
            continue
        alternates = [
            (other.locale.language_code, base + other.get_url(request, current_site=site))
            for other in by_key[page.translation_key]
        ]
        default = next((href for code, href in alternates if code == settings.LANGUAGE_CODE), None)
        entries.append({
            "loc": base + url,
            "lastmod": page.last_published_at,
            "alternates": alternates if len(alternates) > 1 else [],
            "x_default": default if len(alternates) > 1 else None,
        })
    return TemplateResponse(request, "core/sitemap.xml", {"entries": entries}, content_type="application/xml")


def robots_txt(request):
    from django.http import HttpResponse

    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /szukaj/",
        "Disallow: /en/search/",
        f"Sitemap: {absolute_url('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")
