"""The language switch on every page type, used with the keyboard, and axe-core on the English side.

For one Polish page of each type (found in the database at test time) the switch's English
link is focused and activated with Enter. Where the page has an English translation we must
land on it (and its hreflang="pl" alternate must point back); where it has none, on an English
page whose notice names the Polish page and links back to it. The way back to Polish is taken at
320 px. axe-core checks these English pages in test_page_shapes.py (the same URLs, from `resolve`,
banner dismissed, at 1280 and 320 px); here it runs only on the search results for the query the
switch carries over, which no page shape opens.

Run: .venv/bin/python -m pytest tests/browser/test_language_switch.py -q
"""

import uuid
from dataclasses import dataclass
from urllib.parse import urlsplit

import pytest
from django.apps import apps
from django.conf import settings
from django.urls import reverse, translate_url
from django.utils import translation

from core.i18n import NO_TRANSLATION_PARAM
from tests.browser.axe import assert_no_axe_violations
from tests.browser.test_home import NARROW
from tests.helpers import WIDE, goto, reject_cookies

pytestmark = pytest.mark.browser

SEARCH_QUERY = "gmina"
SWITCH = ".lang-switch a.lang-switch__link"


@dataclass(frozen=True)
class Case:
    model: str = ""  # "app.Model" for a Wagtail page type; empty for the Django views
    variant: str = "first"  # "first" live Polish page, or the first one "translated"/"untranslated"
    route: str = ""  # name of a RoutablePageMixin sub-view of the page (e.g. the handbook on one page)
    view: str = ""  # "search" or "404" for the pages that are not Wagtail pages


CASES = {
    "home": Case("home.HomePage"),
    "standard-translated": Case("home.StandardPage", "translated"),
    "standard-untranslated": Case("home.StandardPage", "untranslated"),
    "publication-index": Case("publications.PublicationIndexPage"),
    "publication-translated": Case("publications.PublicationPage", "translated"),
    "publication-untranslated": Case("publications.PublicationPage", "untranslated"),
    "handbook": Case("publications.HandbookPage"),
    "handbook-one-page": Case("publications.HandbookPage", route="full_view"),
    "chapter-translated": Case("publications.HandbookChapterPage", "translated"),
    "chapter-untranslated": Case("publications.HandbookChapterPage", "untranslated"),
    "webinar-series": Case("webinars.WebinarSeriesPage"),
    "webinar-translated": Case("webinars.WebinarPage", "translated"),
    "webinar-untranslated": Case("webinars.WebinarPage", "untranslated"),
    "scenario-index": Case("scenarios.ScenarioIndexPage"),
    "scenario-translated": Case("scenarios.ScenarioPage", "translated"),
    "scenario-untranslated": Case("scenarios.ScenarioPage", "untranslated"),
    "cookie-policy": Case("consent.CookiePolicyPage"),
    "search": Case(view="search"),
    "not-found": Case(view="404"),
}
if apps.is_installed("accessibility"):
    CASES["accessibility-statement"] = Case("accessibility.AccessibilityStatementPage")


@dataclass
class Target:
    """What the test expects, read from the database."""

    pl_path: str  # path (and query) of the Polish page we start from
    en_path: str  # where the English link must lead (path and query)
    status: int = 200
    translated: bool = True  # False: the English page shows the "only in Polish" notice
    pl_title: str = ""  # title of the Polish page, named in the notice
    pl_back_path: str = ""  # where the switch on the English page leads back to


def path_of(url):
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def nearest_english_ancestor(page):
    """The page the switch must lead to for a Polish-only page: the deepest live ancestor that has
    a live English version (the English home page at worst)."""
    from wagtail.models import Page

    for ancestor in page.get_ancestors().filter(depth__gt=1).order_by("-depth"):
        english = Page.objects.live().filter(translation_key=ancestor.translation_key, locale__language_code="en")
        if english.exists():
            return ancestor, english.get()
    raise AssertionError(f"no ancestor of {page.url} has an English version, not even the home page")


def resolve(case):
    from wagtail.models import Page

    if case.view == "search":
        with translation.override("pl"):
            pl = f"{reverse('search')}?q={SEARCH_QUERY}"
        with translation.override("en"):
            en = f"{reverse('search')}?q={SEARCH_QUERY}"
        return Target(pl_path=pl, en_path=en, pl_back_path=pl)
    if case.view == "404":
        slug = f"nie-ma-takiej-strony-{uuid.uuid4().hex[:8]}"
        assert not Page.objects.filter(slug=slug).exists()
        pl = f"/{slug}/"
        # translate_url depends on the language active in this thread; say it outright.
        with translation.override("pl"):
            en = path_of(translate_url(pl, "en"))
        return Target(pl_path=pl, en_path=en, status=404, pl_back_path=pl)

    model = apps.get_model(case.model)
    polish = Page.objects.exact_type(model).live().public().filter(locale__language_code="pl").order_by("path")
    english_keys = set(
        Page.objects.exact_type(model)
        .live()
        .filter(locale__language_code="en")
        .values_list("translation_key", flat=True)
    )
    if case.variant == "translated":
        polish = polish.filter(translation_key__in=english_keys)
    elif case.variant == "untranslated":
        polish = polish.exclude(translation_key__in=english_keys)
    page = polish.first()
    assert page is not None, f"no live Polish {case.model} ({case.variant}) in the demo content"
    route = page.specific.reverse_subpage(case.route) if case.route else ""  # the same in every language
    pl_path = path_of(page.get_url()) + route
    if page.translation_key in english_keys:
        english = Page.objects.live().get(translation_key=page.translation_key, locale__language_code="en")
        return Target(pl_path=pl_path, en_path=path_of(english.get_url()) + route, pl_back_path=pl_path)
    ancestor, english = nearest_english_ancestor(page)
    return Target(
        pl_path=pl_path,
        en_path=f"{path_of(english.get_url())}?{NO_TRANSLATION_PARAM}={page.pk}",
        translated=False,
        pl_title=page.title,
        pl_back_path=path_of(ancestor.get_url()),
    )


# Helpers ---------------------------------------------------------------------------------


def press_enter_on(page, link, expected_status=200):
    """Focus `link` like a keyboard user would and press Enter; wait for the next page."""
    link.focus()
    assert link.evaluate("el => el === document.activeElement"), "the link did not take the focus"
    with page.expect_navigation(wait_until="load") as navigation:
        page.keyboard.press("Enter")
    response = navigation.value
    assert response is not None and response.status == expected_status, (
        f"{page.url} answered {response.status if response else None}, expected {expected_status}"
    )


def html_lang(page):
    return page.locator("html").get_attribute("lang")


def current_path(page):
    return path_of(page.url)


def hreflang_href(page, code):
    links = page.locator(f"head link[rel=alternate][hreflang='{code}']")
    assert links.count() == 1, f"{page.url}: {links.count()} hreflang={code} alternates"
    return links.get_attribute("href")


POLISH_LETTERS = "ąćęłńśźżĄĆĘŁŃŚŹŻ"


def polish_words_outside_polish_parts(page):
    """Words with letters only Polish uses in the document title and in the site's own parts of
    the page (header, footer, language notice), unless inside an element marked lang="pl"."""
    return page.evaluate(
        r"""(letters) => {
          const pattern = new RegExp('\\S*[' + letters + ']\\S*', 'g');
          const found = document.title.match(pattern) || [];
          for (const root of document.querySelectorAll('.site-header, footer, .language-notice')) {
            const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const marked = node.parentElement.closest('[lang]');
              if (marked && marked.getAttribute('lang').startsWith('pl')) continue;
              found.push(...(node.textContent.match(pattern) || []));
            }
          }
          return found;
        }""",
        POLISH_LETTERS,
    )


# The walk over every page type ------------------------------------------------------------


@pytest.mark.parametrize("case", list(CASES.values()), ids=list(CASES))
def test_switch_to_english_and_back_by_keyboard(site_url, page, case):
    target = resolve(case)
    start = site_url + target.pl_path
    goto(page, start, target.status)
    assert html_lang(page) == "pl"
    reject_cookies(page)

    # To English with the keyboard.
    press_enter_on(page, page.locator(f"{SWITCH}[hreflang=en]"), target.status)
    english_url = page.url
    assert html_lang(page) == "en", f"{english_url}: <html lang={html_lang(page)!r}>"
    assert current_path(page) == target.en_path, f"{start} -> {english_url}, expected {target.en_path}"
    untranslated_words = polish_words_outside_polish_parts(page)
    assert not untranslated_words, (
        f"{english_url}: Polish words in the title, header, footer or notice: {untranslated_words}"
    )
    notice = page.locator(".language-notice")

    if target.translated:
        assert notice.count() == 0, f"{english_url}: a 'not translated' notice on a translated page"
        if target.status == 200:
            assert hreflang_href(page, "pl") == start, f"{english_url}: hreflang=pl does not lead back to {start}"
            assert path_of(hreflang_href(page, "en")) == current_path(page)
    else:
        assert notice.count() == 1 and notice.is_visible(), f"{english_url}: no visible language notice"
        assert target.pl_title in notice.inner_text(), f"the notice does not name {target.pl_title!r}"
        back_link = notice.locator("a[hreflang=pl]")
        assert back_link.count() == 1, f"{english_url}: the notice has no link to the Polish page"
        assert back_link.get_attribute("lang") == "pl"
        assert back_link.get_attribute("href") == target.pl_path
        assert back_link.inner_text().strip() == target.pl_title

    # The way back is taken at 320 px. axe-core: see the module's docstring.
    if case.view == "search":
        assert_no_axe_violations(page, f"{english_url} at {WIDE['width']} px")
    page.set_viewport_size(NARROW)
    page.locator("body").evaluate("el => el.getBoundingClientRect()")  # let the new layout settle
    if case.view == "search":
        assert_no_axe_violations(page, f"{english_url} at {NARROW['width']} px")

    if not target.translated:
        # The notice's link brings the visitor back to the page they were reading.
        press_enter_on(page, page.locator(".language-notice a[hreflang=pl]"))
        assert current_path(page) == target.pl_path and html_lang(page) == "pl"
        page.go_back(wait_until="load")
        assert page.url == english_url

    # Back to Polish with the switch.
    assert page.locator(f"{SWITCH}[hreflang=pl]").is_visible(), "the switch is not visible at 320 px"
    press_enter_on(page, page.locator(f"{SWITCH}[hreflang=pl]"), target.status)
    assert html_lang(page) == "pl", f"{page.url}: <html lang={html_lang(page)!r}>"
    assert current_path(page) == target.pl_back_path, f"{english_url} -> {page.url}, expected {target.pl_back_path}"
    assert page.locator(".language-notice").count() == 0


# The switch itself ------------------------------------------------------------------------

FOCUS_STYLE = "el => { const s = getComputedStyle(el); return [s.backgroundColor, s.outline, s.boxShadow].join('|'); }"


@pytest.mark.parametrize("where", ["pl-home", "en-home", "pl-untranslated", "en-search"])
def test_switch_marks_the_current_language_and_the_link_languages(site_url, page, where):
    untranslated = resolve(CASES["standard-untranslated"])
    paths = {"pl-home": "/", "en-home": "/en/", "pl-untranslated": untranslated.pl_path}
    paths["en-search"] = resolve(CASES["search"]).en_path
    goto(page, site_url + paths[where])
    language = html_lang(page)
    assert language == where[:2]

    nav = page.locator("nav.lang-switch-nav")
    assert nav.count() == 1 and nav.get_attribute("aria-label"), "the language switch is not a labelled <nav>"
    links = page.locator(SWITCH)
    names = dict(settings.LANGUAGES)
    assert [links.nth(i).get_attribute("hreflang") for i in range(links.count())] == list(names)
    for link in links.all():
        code = link.get_attribute("hreflang")
        assert link.get_attribute("lang") == code, f"link to {code} has lang={link.get_attribute('lang')!r}"
        assert link.is_visible()
        text = link.text_content()
        assert names[code] in text, f"the link to {code} is not named {names[code]!r}: {text!r}"
        if code == language:
            assert link.get_attribute("aria-current") == "true", f"the current language {code} is not marked"
            continue
        assert link.get_attribute("aria-current") is None, f"{code} is marked current on a {language} page"
        href = link.get_attribute("href")
        assert urlsplit(href).path != urlsplit(page.url).path
        if where == "pl-untranslated":
            # Missing in English: the link carries the page for the notice, and what it says
            # about its destination (read by screen readers) must be true.
            assert path_of(href) == untranslated.en_path
            if urlsplit(href).path != "/en/":
                assert "home page" not in text, f"{href} is not the home page, yet the link says: {text!r}"

    # A keyboard user sees where the focus is: the focused link looks different.
    other = page.locator(f"{SWITCH}:not([aria-current])").first
    before = other.evaluate(FOCUS_STYLE)
    for _ in range(20):
        page.keyboard.press("Tab")
        if other.evaluate("el => el === document.activeElement"):
            break
    else:
        pytest.fail("twenty Tabs never reached the language switch")
    assert other.evaluate(FOCUS_STYLE) != before, "the focused language link looks the same as unfocused"


def test_polish_word_check_sees_unmarked_polish(site_url, page):
    """The check used above really finds Polish text that is not marked lang="pl"."""
    goto(page, site_url + "/en/")
    assert polish_words_outside_polish_parts(page) == []
    page.evaluate("document.querySelector('footer').append(Object.assign(document.createElement('p'), {id: 'x'}))")
    page.locator("footer #x").evaluate("el => { el.textContent = 'Deklaracja dostępności'; }")
    assert polish_words_outside_polish_parts(page) == ["dostępności"]
    page.locator("footer #x").evaluate("el => el.setAttribute('lang', 'pl')")
    assert polish_words_outside_polish_parts(page) == []
