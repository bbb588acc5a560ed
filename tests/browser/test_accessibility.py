"""Issue 9, scopes 2 and 4: axe-core over every page type, the heading outline, reflow.

The pages are found in the database at test time (the same page types and the same lookup
as test_language_switch.py, whose CASES and resolve() are reused), plus the filtered lists,
search results, the consent settings page and a 404, in Polish and in English.

On each page, in test_page_shapes.py (one page load serves every check):
- axe-core with the WCAG 2.0, 2.1 and 2.2 A and AA rules, at 1280 px and at 320 px, once with the
  cookie banner shown (no decision yet) and once after it was dismissed ("reject all");
- exactly one h1 and no heading level skipped going down;
- link texts that make sense out of context: none generic ("więcej", "read more"), and one
  text never used for two different pages;
- reflow (reflow_problems, here): no horizontal scrolling at 320 px, and none at 200 % text size
  either, with the main controls still visible.
Here: those checks and the self-tests of the checks.

200 % text size: Chromium's own default font-size setting (what a visitor changes under
"Font size" in the browser) is doubled through the DevTools protocol, Page.setFontSizes
(standard 16 -> 32 px), which restyles the open page as the browser's own setting does. The site
sizes its text in rem, so all text doubles; the check makes sure it really did (body font-size
2x). Page zoom, device_scale_factor or --force-device-scale-factor would not do: they scale
pixels, not text. The window is 640 px wide for this check, i.e. a 1280 px window at 200 %.

The pages are opened at 1280 px and then narrowed, as a visitor turning a tablet or narrowing a
window meets them; the scenario catalogue's filters, which a page opened on a narrow screen folds,
then stay unfolded, the wider of its two states.

Run: .venv/bin/python -m pytest tests/browser/test_accessibility.py -q
"""

import pytest

from tests.browser.test_home import NARROW
from tests.browser.test_language_switch import CASES, resolve
from tests.helpers import WIDE, goto

pytestmark = pytest.mark.browser

TEXT_200 = {"width": 640, "height": 800}
SEARCHES = {"pl": "/szukaj/?q=gmina", "en": "/en/search/?q=training"}
CONSENT_SETTINGS = "/zgoda/ustawienia/"
CONSENT_SETTINGS_EN = "/en/cookie-settings/"
# Lists whose filtered view is checked as well: the first filter box of the list's own form.
FILTERED = {"publication-index", "scenario-index"}

# Every page type, and the pages that are not Wagtail pages.
PAGES = [name for name in CASES if name != "search"] + ["search-results", "consent-settings"]
PAGES += [f"{name}-filtered" for name in sorted(FILTERED)]
PARAMS = [(name, language) for name in PAGES for language in ("pl", "en")]


def path_for(name, language):
    """(path, expected status) of the page `name` in `language`, looked up now."""
    if name == "search-results":
        return SEARCHES[language], 200
    if name == "consent-settings":
        return (CONSENT_SETTINGS if language == "pl" else CONSENT_SETTINGS_EN), 200
    target = resolve(CASES[name.removesuffix("-filtered")])
    path = target.pl_path if language == "pl" else target.en_path
    return path, target.status


def filtered_path(page, path):
    """The list at `path` filtered by the first checkbox of its filter form (as the form sends it)."""
    box = page.locator("form input[type=checkbox][name]").first
    assert box.count() == 1, f"{path}: no filter checkbox"
    name, value = box.get_attribute("name"), box.get_attribute("value")
    return f"{path}{'&' if '?' in path else '?'}{name}={value}"


HEADINGS = """() => [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')]
  .filter(h => h.getClientRects().length > 0 && !h.closest('[aria-hidden=true]'))
  .map(h => [Number(h.tagName[1]), h.textContent.trim().replace(/\\s+/g, ' ').slice(0, 60)])"""


# Link texts that say nothing out of context (WCAG 2.4.4 / 2.4.9), compared lower-case.
GENERIC_LINKS = {"więcej", "czytaj więcej", "zobacz więcej", "kliknij tutaj", "tutaj", "tu", "link", "pobierz",
                 "more", "read more", "see more", "click here", "here", "download"}

# Every link's accessible name (aria-label, else its text with visually hidden parts) and the page
# it leads to (the query left out: the cookie settings link carries a way back, for instance).
LINKS = """() => [...document.querySelectorAll('a[href]')]
  .filter(a => a.getClientRects().length > 0 && !a.closest('[aria-hidden=true]'))
  .map(a => [(a.getAttribute('aria-label') || a.textContent).trim().replace(/\\s+/g, ' '), a.origin + a.pathname])"""


def link_problems(links):
    """Links named so that they cannot be told apart out of context: a generic text, or one
    name used for different destinations."""
    problems, targets = [], {}
    for name, href in links:
        if name.lower() in GENERIC_LINKS:
            problems.append(f"link text {name!r} ({href}) says nothing out of context")
        targets.setdefault(name, set()).add(href)
    problems += [f"link text {name!r} leads to {sorted(hrefs)}" for name, hrefs in targets.items() if len(hrefs) > 1]
    return problems


def outline_problems(headings):
    problems = []
    ones = [text for level, text in headings if level == 1]
    if len(ones) != 1:
        problems.append(f"{len(ones)} h1 elements: {ones}")
    for (before, before_text), (level, text) in zip(headings, headings[1:], strict=False):
        if level > before + 1:
            problems.append(f"h{before} {before_text!r} is followed by h{level} {text!r}")
    return problems


def horizontal_overflow(page):
    """None if the page does not scroll sideways, else the elements sticking out on the right."""
    return page.evaluate(
        """() => {
          const root = document.documentElement;
          if (root.scrollWidth <= root.clientWidth) return null;
          const out = [`scrollWidth ${root.scrollWidth} > clientWidth ${root.clientWidth}`];
          for (const el of document.querySelectorAll('body *')) {
            const r = el.getBoundingClientRect();
            if (r.width > 0 && r.right > root.clientWidth + 0.5) {
              out.push(el.tagName.toLowerCase() + (el.className && typeof el.className === 'string'
                ? '.' + el.className.trim().split(/\\s+/).join('.') : '') + ' right=' + Math.round(r.right));
            }
          }
          return out.slice(0, 12).join('; ');
        }"""
    )


def open_at(page, url, status, banner):
    page.set_viewport_size(WIDE)
    goto(page, url, status)
    shown = page.locator("[data-consent-banner]").is_visible()
    if banner == "dismissed":
        assert not shown, f"{url}: the cookie banner is back after it was dismissed"
    elif page.locator("form[data-consent-form=settings]").count() == 0:
        # Every page but the cookie settings themselves asks first.
        assert shown, f"{url}: no cookie banner before a decision"


# The controls a visitor must still reach after reflow: search, the language switch, the page's h1.
REFLOW_CONTROLS = ("#site-search-q", ".lang-switch a[hreflang=pl]", ".lang-switch a[hreflang=en]", "main h1")


def reflow_problems(page, url):
    """WCAG 1.4.10 reflow on the page as loaded: no sideways scrolling and the main controls still
    visible at 320 px, then at 200 % text in a 640 px window (Chromium's font-size setting doubled
    through Page.setFontSizes, which restyles the open page: the body's size is checked to have
    doubled). The font size is put back before returning, also when a check fails."""
    problems = []
    cdp = page.context.new_cdp_session(page)
    try:
        for viewport, text_size in ((NARROW, 16), (TEXT_200, 32)):
            cdp.send("Page.setFontSizes", {"fontSizes": {"standard": text_size, "fixed": round(text_size * 13 / 16)}})
            page.set_viewport_size(viewport)
            label = f"{url} at {viewport['width']} px, text {text_size * 100 // 16} %"
            body_size = page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")
            if body_size != pytest.approx(18 * text_size / 16):
                problems.append(f"{label}: body text is {body_size} px")
                continue
            overflow = horizontal_overflow(page)
            if overflow is not None:
                problems.append(f"{label}: the page scrolls sideways: {overflow}")
            problems += [f"{label}: {selector} is not visible" for selector in REFLOW_CONTROLS
                         if not page.locator(selector).first.is_visible()]
            toggle = page.locator("[data-nav-toggle]")
            menu_link = page.locator("#site-nav-list a").first
            if not (toggle.is_visible() or menu_link.is_visible()):
                problems.append(f"{label}: neither the menu nor its button is visible")
    finally:
        cdp.send("Page.setFontSizes", {"fontSizes": {"standard": 16, "fixed": 13}})
        cdp.detach()
    return problems


def test_outline_check_sees_skips_and_extra_h1():
    assert outline_problems([(1, "a"), (2, "b"), (3, "c"), (2, "d"), (3, "e")]) == []
    assert outline_problems([(1, "a"), (3, "c")]) == ["h1 'a' is followed by h3 'c'"]
    assert outline_problems([(2, "x"), (1, "a"), (1, "b")]) == ["2 h1 elements: ['a', 'b']"]


def test_link_check_sees_generic_and_ambiguous_names():
    assert link_problems([("Raport 2024", "/a"), ("Raport 2024", "/a"), ("Kontakt", "/b")]) == []
    assert link_problems([("Czytaj więcej", "/a")]) == ["link text 'Czytaj więcej' (/a) says nothing out of context"]
    assert link_problems([("PDF", "/a.pdf"), ("PDF", "/b.pdf")]) == ["link text 'PDF' leads to ['/a.pdf', '/b.pdf']"]


def test_overflow_check_sees_a_wide_element(site_url, page):
    page.set_viewport_size(NARROW)
    goto(page, site_url + "/")
    assert horizontal_overflow(page) is None
    page.evaluate("document.querySelector('main').append(Object.assign(document.createElement('div'), {id: 'wide'}))")
    page.locator("#wide").evaluate("el => { el.style.width = '900px'; el.style.height = '10px'; }")
    assert "div right=" in horizontal_overflow(page)


def test_reflow_check_sees_a_fixed_width_element_and_puts_the_text_size_back(site_url, page):
    goto(page, site_url + "/")
    assert reflow_problems(page, "/") == []
    page.evaluate("document.querySelector('main').append(Object.assign(document.createElement('div'), {id: 'wide'}))")
    page.locator("#wide").evaluate("el => { el.style.width = '30em'; el.style.height = '1px'; }")
    problems = reflow_problems(page, "/")
    # 30em of 18 px text is 540 px: too wide for 320 px, and at 200 % text (1 080 px) for 640 px.
    assert [problem.split(":")[0] for problem in problems] == ["/ at 320 px, text 100 %", "/ at 640 px, text 200 %"]
    assert page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)") == 18
