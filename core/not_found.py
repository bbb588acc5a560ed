"""A 404 that helps: pages that exist only in another language, unknown language prefixes.

Wagtail answers 404 for /en/<path> when the page has no English version. Here we look for the
same path in the other languages' trees (each URL segment may be a Polish or an English slug)
and offer that page, and the nearest page that exists in the requested language. An address
under a language code the site does not have (/de/...) gets the list of languages; /pl/...
(Polish has no prefix) is redirected to the address without it.
"""

import re

from django.conf import settings
from django.http import HttpResponseNotFound, HttpResponsePermanentRedirect
from django.template import loader
from django.utils import translation
from django.views.decorators.csrf import requires_csrf_token
from wagtail.models import Page, Site

LANGUAGE_PREFIX = re.compile(r"^[a-z]{2}(?:-[a-z]{2,4})?$")
MAX_SEGMENTS = 8  # deeper than any page of the site: not worth a lookup
SLUG = re.compile(r"^[\w-]{1,255}\Z")


def _segments(request):
    path = request.path_info.strip("/")
    return [part for part in path.split("/") if part] if path else []


def _other_language_page(request, segments):
    """(page, nearest) for a path whose segments lead to a live page in any language; nearest
    is the deepest page on the way that exists in the active language. None when nothing fits."""
    site = Site.find_for_request(request)
    if site is None or not segments or len(segments) > MAX_SEGMENTS:
        return None
    if not all(SLUG.match(segment) for segment in segments):
        return None  # no page has such a slug (and PostgreSQL refuses NUL bytes in a query)
    active = translation.get_language()
    keys = [site.root_page.translation_key]
    nearest = None
    for slug in segments:
        # The children, in every language, of the node reached so far (in every language).
        depth = len(keys) + 2  # the root is depth 1, the home pages depth 2
        parents = set(Page.objects.filter(translation_key=keys[-1], depth=depth - 1).values_list("path", flat=True))
        children = [
            child
            for child in Page.objects.live().public().filter(slug=slug[:255], depth=depth).select_related("locale")
            if child.path[: -Page.steplen] in parents
        ]
        if not children:
            return None
        chosen = next((c for c in children if c.locale.language_code == active), children[0])
        keys.append(chosen.translation_key)
        translated = Page.objects.live().filter(translation_key=chosen.translation_key,
                                                locale__language_code=active).first()
        if translated is not None:
            nearest = translated
    page = chosen.specific
    if page.locale.language_code == active:
        return None  # it exists here: a real 404 for another reason (e.g. private)
    return page, nearest


@requires_csrf_token
def page_not_found(request, exception=None, template_name="404.html"):
    segments = _segments(request)
    language = translation.get_language()
    context = {"request_path": request.path}
    if segments and LANGUAGE_PREFIX.match(segments[0]) and segments[0] not in dict(settings.LANGUAGES):
        context["unknown_language"] = segments[0][:10]
        context["languages"] = [
            (code, name, "/" if code == settings.LANGUAGE_CODE else f"/{code}/") for code, name in settings.LANGUAGES
        ]
    elif segments and segments[0] == settings.LANGUAGE_CODE and all(SLUG.match(s) for s in segments[1:]):
        # The default language has no prefix: /pl/x/ is /x/.
        rest = "/".join(segments[1:])
        return HttpResponsePermanentRedirect(f"/{rest}/" if rest else "/")
    else:
        local = segments[1:] if language != settings.LANGUAGE_CODE and segments[:1] == [language] else segments
        found = _other_language_page(request, local)
        if found:
            page, nearest = found
            context["other_language_page"] = page
            context["other_language_url"] = page.get_url(request)
            context["nearest_page"] = nearest
    body = loader.get_template(template_name).render(context, request)
    return HttpResponseNotFound(body)
