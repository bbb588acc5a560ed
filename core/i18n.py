"""Where a page or view lives in each language: hreflang alternates and the language switch."""

from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Locale, Page, Site

NO_TRANSLATION_PARAM = "untranslated"


def language_name(code):
    return dict(settings.LANGUAGES).get(code, code)


def _locale_home_urls(request):
    """URL of the home page in each language that has one."""
    site = Site.find_for_request(request)
    if site is None:
        return {}
    root = site.root_page
    urls = {}
    for translated in root.get_translations(inclusive=True).live().select_related("locale"):
        urls[translated.locale.language_code] = translated.get_url(request)
    return urls


def alternates_for(request, page=None):
    cached = getattr(request, "_emocni_alternates", None)
    if cached is None:
        cached = request._emocni_alternates = _alternates_for(request, page)
    return cached


def _alternates_for(request, page=None):
    """Return [(language_code, url, exists)] for every site language.

    exists is False when the page has no live translation in that language; the url then
    leads to that language's home page with a notice.
    """
    current = translation.get_language()
    entries = []
    if page is not None and isinstance(page, Page):
        translations = {
            p.locale.language_code: p
            for p in page.get_translations(inclusive=True).live().select_related("locale")
        }
        homes = None
        for code, _name in settings.LANGUAGES:
            if code in translations:
                entries.append((code, translations[code].get_url(request), True))
            else:
                if homes is None:
                    homes = _locale_home_urls(request)
                home = homes.get(code) or "/"
                entries.append((code, f"{home}?{NO_TRANSLATION_PARAM}=1", False))
        return entries
    # A Django view (search, errors): the same URL pattern in the other language.
    path = request.get_full_path()
    for code, _name in settings.LANGUAGES:
        entries.append((code, path if code == current else translate_url(path, code), True))
    return entries


def active_locale():
    try:
        return Locale.get_active()
    except Locale.DoesNotExist:
        return Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()


def more_in_default_language(index_page, model=None):
    """For a list page in another language than the default one: how many live items under the
    default-language version of this list have no live translation here, and where that list is.

    Returns None on the default language's own list or when nothing is missing, else a dict
    {"count", "url", "language"} for the template core/includes/more_in_default_language.html.
    Two queries, whatever the number of items.
    """
    default = settings.LANGUAGE_CODE
    if index_page.locale.language_code == default:
        return None
    source = index_page.get_translations().filter(locale__language_code=default).live().first()
    if source is None:
        return None
    children = source.get_children().live()
    if model is not None:
        children = children.type(model)
    translated_keys = index_page.get_children().live().values("translation_key")
    count = children.exclude(translation_key__in=translated_keys).count()
    if not count:
        return None
    return {"count": count, "url": source.url, "language": default}
