"""The site's one public address (settings.SITE_URL) and absolute URLs built from it.

Every absolute URL the site hands out — JSON-LD, the attribution line visitors copy, feeds,
iCalendar files, the sitemap, hreflang and canonical links, Open Graph tags, e-mails — starts
with SITE_URL, never with the request's Host header: behind a proxy or on an odd port the
request says where it came in, not where readers should go back to.
"""

from urllib.parse import urlsplit

from django.conf import settings


def site_url():
    """The configured public address without a trailing slash, e.g. "https://e-mocni.org.pl"."""
    return settings.SITE_URL.rstrip("/")


def site_hostname():
    return urlsplit(site_url()).hostname or "localhost"


def absolute_url(path):
    """SITE_URL + path. A URL that is absolute already (a file on an object store, another
    Wagtail site) is returned as it is; an empty path gives "" (nothing to link)."""
    if not path:
        return ""
    if "://" in path[:12] or path.startswith("//"):
        return path
    return site_url() + ("" if path.startswith("/") else "/") + path


def page_url(page, request=None):
    """A page's absolute public URL ("" when the page cannot be routed)."""
    return absolute_url(page.get_url(request))


def site_record_parts():
    """(hostname, port) the Wagtail Site record should hold for SITE_URL."""
    parts = urlsplit(site_url())
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return parts.hostname or "localhost", port


def sync_default_site():
    """Point the default Wagtail Site at SITE_URL (admin "view live" links and Wagtail's own
    full URLs use it). Returns (old root_url, new root_url), or None when there is no site."""
    from wagtail.models import Site

    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return None
    old = site.root_url
    hostname, port = site_record_parts()
    if (site.hostname, site.port) != (hostname, port):
        site.hostname, site.port = hostname, port
        site.save(update_fields=["hostname", "port"])
    return old, site.root_url
