"""System checks for the site's public address (settings.SITE_URL)."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Error, Tags, Warning, register
from django.db import DatabaseError

from core.site_url import site_record_parts


@register()
def site_url_is_an_address(app_configs, **kwargs):
    value = getattr(settings, "SITE_URL", "")
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.path not in ("", "/") or parts.query:
        return [Error(
            f"SITE_URL must be the site's public address, like https://e-mocni.org.pl, not {value!r}.",
            hint="Set the SITE_URL environment variable to scheme and host (and port, if not 80 or 443).",
            id="core.E001",
        )]
    return []


@register(Tags.database)
def site_record_matches_site_url(app_configs, **kwargs):
    """Runs with `migrate` and `check --database default`: the Site record still names another
    address (Wagtail's admin links would point there)."""
    try:
        from wagtail.models import Site

        site = Site.objects.filter(is_default_site=True).first()
    except DatabaseError:  # tables not there yet (before the first migrate)
        return []
    if site is None or (site.hostname, site.port) == site_record_parts():
        return []
    return [Warning(
        f"The default Site record is {site.root_url}, but SITE_URL is {settings.SITE_URL}.",
        hint="Run `manage.py sync_site_url` (make run and make serve do) to point the Site record at SITE_URL.",
        id="core.W001",
    )]
