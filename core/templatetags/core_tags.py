from dataclasses import dataclass

from django import template
from django.conf import settings
from django.db.models import Subquery
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.safestring import mark_safe
from wagtail.models import Page, Site

from core import site_data
from core.i18n import NO_TRANSLATION_PARAM, alternates_for, language_name, untranslated_source
from core.models import FooterText
from core.site_url import absolute_url
from core.text import anchor

register = template.Library()


@register.inclusion_tag("core/includes/hreflang.html", takes_context=True)
def hreflang_links(context):
    request = context["request"]
    page = context.get("page")
    entries = [(code, absolute_url(url)) for code, url, exists in alternates_for(request, page) if exists]
    default = next((url for code, url in entries if code == settings.LANGUAGE_CODE), None)
    return {"entries": entries, "x_default": default}


@register.inclusion_tag("core/includes/language_switch.html", takes_context=True)
def language_switch(context):
    request = context["request"]
    current = translation.get_language()
    items = [
        {
            "code": code,
            "name": language_name(code),
            "url": url,
            "exists": exists,
            "current": code == current,
        }
        for code, url, exists in alternates_for(request, context.get("page"))
    ]
    return {"items": items}


@register.simple_tag(takes_context=True)
def untranslated_notice(context):
    """When the visitor arrived here from a page missing in this language: a dict with the
    page they came from (None when it cannot be found any more), else None."""
    request = context.get("request")
    if request is None or NO_TRANSLATION_PARAM not in request.GET:
        return None
    source = untranslated_source(request)
    if source is not None:
        return {"page": source, "url": source.get_url(request), "language": source.locale.language_code}
    return {"page": None}


def _site_key(request):
    site = Site.find_for_request(request)
    return f"{site.pk if site else 0}:{translation.get_language()}"


@register.simple_tag(takes_context=True)
def locale_home(context):
    """The home page in the current language (falls back to the default one); cached per site
    and language (core.site_data)."""
    request = context["request"]
    page = context.get("page")
    if isinstance(page, Page) and page.depth == 2:
        request._emocni_home = page  # a page right under the root is its language's home
    if not hasattr(request, "_emocni_home"):
        request._emocni_home = site_data.cached(request, f"home:{_site_key(request)}", lambda: _find_home(request))
    return request._emocni_home


def _find_home(request):
    site = Site.find_for_request(request)
    if site is None:
        return None
    # One query: the site's root page in the active language.
    home = (
        Page.objects.filter(
            locale__language_code=translation.get_language(),
            translation_key=Subquery(Page.objects.filter(id=site.root_page_id).values("translation_key")[:1]),
        )
        .live()
        .first()
    )
    return home or site.root_page


@dataclass(frozen=True)
class MenuItem:
    id: int
    title: str
    url: str
    url_path: str


@register.simple_tag(takes_context=True)
def main_menu(context):
    """[MenuItem] of the home page's menu children; cached per site and language."""
    request = context["request"]

    def compute():
        home = locale_home(context)
        if home is None:
            return []
        children = home.get_children().live().in_menu().public().only("id", "title", "url_path", "slug", "locale_id")
        return [MenuItem(child.id, child.title, child.get_url(request), child.url_path) for child in children]

    return site_data.cached(request, f"menu:{_site_key(request)}", compute)


@register.simple_tag(takes_context=True)
def site_footer(context):
    """The footer (site settings, logos, footer text, fixed pages), rendered once per site and
    language and cached: the same for every page and visitor."""
    request = context["request"]
    return site_data.cached(
        request, f"footer:{_site_key(request)}",
        lambda: mark_safe(render_to_string("core/includes/footer.html", context.flatten())),  # noqa: S308
    )


@register.simple_tag
def footer_text():
    published = FooterText.objects.filter(live=True)  # a footer added but never published stays hidden
    footer = published.filter(locale__language_code=translation.get_language()).first()
    if footer is None:
        footer = published.filter(locale__language_code=settings.LANGUAGE_CODE).first()
    return footer


@register.filter
def is_current_section(menu_page, page):
    """The menu item is the page itself or one of its ancestors."""
    if page is None or not hasattr(page, "url_path"):
        return False
    return page.url_path.startswith(menu_page.url_path)


FOOTER_PAGE_SLUGS = ("polityka-cookies", "deklaracja-dostepnosci", "polityka-prywatnosci")


@register.simple_tag(takes_context=True)
def footer_page_urls(context):
    """URLs of the footer's fixed pages (found by their Polish slugs), in the current
    language where translated, otherwise the Polish page. Two queries in all."""
    request = context["request"]
    home = locale_home(context)
    if home is None:
        return {}
    pages = Page.objects.live().filter(
        depth=home.depth + 1, slug__in=FOOTER_PAGE_SLUGS, locale__language_code=settings.LANGUAGE_CODE
    ).only("id", "slug", "url_path", "translation_key", "locale_id")
    by_key = {page.translation_key: page for page in pages}
    urls = {page.slug: page.get_url(request) for page in pages}
    if translation.get_language() != settings.LANGUAGE_CODE:
        for translated in Page.objects.live().filter(translation_key__in=by_key, locale_id=home.locale_id).only(
            "id", "slug", "url_path", "translation_key", "locale_id"
        ):
            urls[by_key[translated.translation_key].slug] = translated.get_url(request)
    return {slug.replace("-", "_"): url for slug, url in urls.items()}


@register.filter
def json_ld(data):
    """A schema.org data block; <, > and & escaped so the JSON cannot close the element."""
    import json

    from django.utils.safestring import mark_safe

    text = json.dumps({k: v for k, v in data.items() if v is not None}, ensure_ascii=False)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return mark_safe(f'<script type="application/ld+json">{text}</script>')


@register.filter(name="anchor")
def anchor_filter(text):
    return anchor(text)
