"""<title>, description, canonical, robots, Open Graph and Twitter tags (core/seo.py decides)."""

from django import template
from django.utils import translation
from django.utils.encoding import escape_uri_path

from core import seo
from core.i18n import alternates_for
from core.site_url import absolute_url

register = template.Library()


@register.simple_tag(takes_context=True)
def page_title(context, title=None):
    """The <title> text: the given title, else the page's, with the site's name once."""
    return seo.document_title(title or seo.title_for(context.get("page")))


@register.inclusion_tag("core/includes/seo_meta.html", takes_context=True)
def seo_meta(context, canonical=True, title=None):
    request = context.get("request")
    page = context.get("page")
    description = context.get("meta_description") or seo.description_for(page) or seo.site_description()
    language = translation.get_language() or "pl"
    url = absolute_url(escape_uri_path(request.path)) if request is not None else ""
    alternates = []
    if request is not None and page is not None:
        # The same (cached) entries as the hreflang links and the language switch: no queries.
        alternates = [
            seo.OG_LOCALES.get(code, code) for code, _url, exists in alternates_for(request, page)
            if exists and code != language
        ]
    return {
        "title": title or seo.title_for(page) or seo.document_title(""),
        "description": description,
        "canonical": url if canonical else "",
        "url": url,
        "og_type": getattr(page, "og_type", "website") if page is not None else "website",
        "og_locale": seo.OG_LOCALES.get(language, language),
        "og_locale_alternates": alternates,
        "image": seo.share_image_for(context, page),
        "site_name": seo.SITE_NAME,
    }


@register.simple_tag(takes_context=True)
def noindex_variant(context):
    """True for an address with a query string: a filtered or later listing page, the notice
    after a language switch (?untranslated=), a consent redirect. The plain address (the
    canonical link) is the one to index."""
    request = context.get("request")
    return bool(request is not None and request.GET)
