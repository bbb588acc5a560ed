from django import template
from django.conf import settings
from django.utils import translation
from wagtail.models import Page

from core.i18n import NO_TRANSLATION_PARAM, active_locale, alternates_for, language_name
from core.models import FooterText

register = template.Library()


@register.inclusion_tag("core/includes/hreflang.html", takes_context=True)
def hreflang_links(context):
    request = context["request"]
    page = context.get("page")
    entries = [e for e in alternates_for(request, page) if e[2]]
    default = next((url for code, url, _ in entries if code == settings.LANGUAGE_CODE), None)
    return {"request": request, "entries": entries, "x_default": default}


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
    """True when the visitor arrived here from a page missing in this language."""
    request = context.get("request")
    return bool(request and request.GET.get(NO_TRANSLATION_PARAM) == "1")


@register.simple_tag(takes_context=True)
def locale_home(context):
    """The home page in the current language (falls back to the default one)."""
    request = context["request"]
    cache = getattr(request, "_emocni_home", None)
    if cache is None:
        from wagtail.models import Site

        site = Site.find_for_request(request)
        cache = site.root_page.specific.localized if site else None
        request._emocni_home = cache
    return cache


@register.simple_tag(takes_context=True)
def main_menu(context):
    home = locale_home(context)
    if home is None:
        return Page.objects.none()
    return home.get_children().live().in_menu().public().only("id", "title", "url_path", "slug", "locale_id")


@register.simple_tag
def footer_text():
    locale = active_locale()
    footer = FooterText.objects.filter(locale=locale).first()
    if footer is None:
        footer = FooterText.objects.filter(locale__language_code=settings.LANGUAGE_CODE).first()
    return footer


@register.filter
def is_current_section(menu_page, page):
    """The menu item is the page itself or one of its ancestors."""
    if page is None or not hasattr(page, "url_path"):
        return False
    return page.url_path.startswith(menu_page.url_path)


@register.simple_tag(takes_context=True)
def localized_page_url(context, slug):
    """URL of a top-level page of the default language (by its Polish slug), in the
    current language when translated, otherwise the Polish page itself."""
    request = context["request"]
    home = locale_home(context)
    if home is None:
        return "/"
    default_home = home.get_translations(inclusive=True).filter(
        locale__language_code=settings.LANGUAGE_CODE
    ).first() or home
    page = default_home.get_children().filter(slug=slug).live().first()
    if page is None:
        return "/"
    return page.localized.get_url(request) or "/"
