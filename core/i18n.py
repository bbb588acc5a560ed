"""Where a page or view lives in each language: hreflang alternates and the language switch."""

from urllib.parse import urlsplit

from django.conf import settings
from django.db.models import Count, OuterRef, Subquery
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Locale, Page

NO_TRANSLATION_PARAM = "untranslated"


def language_name(code):
    return dict(settings.LANGUAGES).get(code, code)


def _nearest_translated_ancestors(request, page):
    """For each language: the URL of the deepest live ancestor of `page` that exists in it
    (at worst that language's home page). Two queries."""
    ancestors = list(page.get_ancestors().filter(depth__gt=1).values_list("translation_key", "depth"))
    depth_of = dict(ancestors)
    best = {}
    candidates = Page.objects.filter(translation_key__in=depth_of).live().select_related("locale")
    for candidate in candidates:
        code = candidate.locale.language_code
        depth = depth_of[candidate.translation_key]
        if code not in best or depth > best[code][0]:
            best[code] = (depth, candidate)
    return {code: candidate.get_url(request) for code, (_depth, candidate) in best.items()}


def _routable_suffix(request, page):
    """The sub-view part of the address (e.g. "calosc/" of a handbook's one-page view): every
    language version of a routable page has the same sub-views under its own address."""
    if getattr(request, "routable_resolver_match", None) is None:
        return ""
    own = urlsplit(page.get_url(request) or "").path
    if own and request.path.startswith(own):
        return request.path[len(own):]
    return ""


def untranslated_source(request):
    """The page a visitor came from when it has no version in this language, from the switch
    link's parameter; None for a missing, malformed or deleted page (then a plain notice)."""
    value = request.GET.get(NO_TRANSLATION_PARAM, "")
    if not value.isdigit() or len(value) > 12:
        return None
    return Page.objects.live().public().filter(pk=int(value), depth__gt=1).select_related("locale").first()


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
        fallbacks = None
        suffix = _routable_suffix(request, page)
        for code, _name in settings.LANGUAGES:
            if code in translations:
                entries.append((code, translations[code].get_url(request) + suffix, True))
            else:
                if fallbacks is None:
                    fallbacks = _nearest_translated_ancestors(request, page)
                url = fallbacks.get(code) or ("/" if code == settings.LANGUAGE_CODE else f"/{code}/")
                entries.append((code, f"{url}?{NO_TRANSLATION_PARAM}={page.pk}", False))
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
    One query, whatever the number of items.
    """
    default = settings.LANGUAGE_CODE
    if index_page.locale.language_code == default:
        return None
    translated_keys = index_page.get_children().live().values("translation_key")
    children = Page.objects.filter(depth=OuterRef("depth") + 1, path__startswith=OuterRef("path")).live()
    if model is not None:
        children = children.type(model)
    missing = (children.exclude(translation_key__in=translated_keys).order_by()
               .values("depth").annotate(n=Count("pk")).values("n")[:1])
    source = (index_page.get_translations().filter(locale__language_code=default).live()
              .annotate(missing=Subquery(missing)).first())
    count = source.missing if source is not None else 0
    if not count:
        return None
    return {"count": count, "url": source.url, "language": default}
