"""Issue 9, scope 3: the site with the keyboard alone.

What other files already prove is not repeated here: the skip link (test_home), the menu
button's click-then-Escape (test_home), the cookie banner's focus order and its buttons by
Enter and Space (test_consent), the webinar play button by Tab and Enter loading one
youtube-nocookie player with focus in it (test_webinars). This file adds:

- the menu at 320 px opened with Enter and with Space, its links in order, Escape closing it;
  at 1280 px every menu link reached by Tab, in order;
- a walk with Tab through whole pages: every visible control reached in document order
  (no positive tabindex), every one visibly different when focused and inside the window,
  and Tab leaving the page at the end (no trap);
- the catalogue filters operated with Space (scenarios, live update announced, focus kept)
  and with Space plus Enter (publications, a plain form with a status count);
- search suggestions while typing (a native combobox with a filled list);
- the webinar player started with Space on the English page;
- hiding the cookie confirmation leaves the focus somewhere sensible, not on <body>;
- prefers-reduced-motion switches transitions and smooth scrolling off.

Run: .venv/bin/python -m pytest tests/browser/test_keyboard.py -q
"""

import re

import pytest

from tests.browser.test_home import NARROW, focused, open_page
from tests.browser.test_scenarios import wait_until
from tests.helpers import tab_to

pytestmark = pytest.mark.browser

# What a focused element may change to show the focus.
STYLE = """el => { const s = getComputedStyle(el);
  return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.backgroundColor, s.color,
          s.textDecorationLine, s.textDecorationThickness, s.borderColor].join('|'); }"""

# Controls a keyboard user must be able to reach: visible, enabled, not taken out of the order.
TABBABLE = """() => [...document.querySelectorAll(
    'a[href], button, input:not([type=hidden]), select, textarea, summary, iframe, [tabindex]')]
  .filter(el => el.tabIndex >= 0 && !el.disabled && el.getClientRects().length > 0
           && getComputedStyle(el).visibility !== 'hidden' && !el.closest('[inert]'))"""


def mark_tabbables(page):
    """Number the reachable controls in document order (data-kb-index) and return how many."""
    return page.evaluate(f"() => {{ const els = ({TABBABLE})(); els.forEach((el, i) => el.dataset.kbIndex = i);"
                         " return els.length; }")


# One call per Tab press: the newly focused control (index, style, inside the window) and the style
# the control focused before it has now that it lost the focus (kept on `window` between calls).
STEP = f"""() => {{
  const before = window.__kbPrevious;
  const unfocused = before ? ({STYLE})(before) : null;
  const el = document.activeElement;
  if (!el || el === document.body || el.dataset.kbIndex === undefined) {{
    window.__kbPrevious = null;
    return {{unfocused, state: null}};
  }}
  window.__kbPrevious = el;
  const r = el.getBoundingClientRect();
  const inside = r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
  return {{unfocused, state: [Number(el.dataset.kbIndex), ({STYLE})(el), inside]}};
}}"""


def walk(page, limit=300):
    """Tab from the top of the page until focus leaves the document (or wraps to the top).
    Returns [(index, focused style, unfocused style, in viewport)] per control reached."""
    page.evaluate("() => { window.__kbPrevious = null; }")
    steps, previous = [], None
    for _ in range(limit):
        page.keyboard.press("Tab")
        step = page.evaluate(STEP)
        if previous is not None:
            index, style, inside = previous
            steps.append((index, style, step["unfocused"], inside))
        state = step["state"]
        if state is None or (steps and state[0] <= steps[-1][0]):
            return steps
        previous = state
    pytest.fail(f"{limit} presses of Tab never left the page: a keyboard trap? ({page.url})")


def outer_html(page, index):
    return page.locator(f"[data-kb-index='{index}']").evaluate("el => el.outerHTML.slice(0, 160)")


@pytest.mark.parametrize("path", ["/", "/en/", "/scenariusze/", "/publikacje/", "/webinaria/szkolenia-dostepne/"])
def test_tab_walk_reaches_every_control_in_order_with_visible_focus(site_url, page, path):
    # Instant scrolling: with smooth scrolling the focused control is still on its way into
    # the window when its position is read.
    page.emulate_media(reduced_motion="reduce")
    open_page(page, site_url + path)
    total = mark_tabbables(page)
    assert total > 10, f"{path}: only {total} controls found"
    steps = walk(page)
    reached = [index for index, *_ in steps]
    assert reached == list(range(total)), (
        f"{path}: Tab order differs from the document order of the {total} visible controls: {reached}"
    )
    for index, style, unfocused, inside in steps:
        assert style != unfocused, f"{path}: focus is not visible on {outer_html(page, index)}"
        assert inside, f"{path}: the focused control is outside the window: {outer_html(page, index)}"


def test_menu_at_320px_opens_with_enter_and_space_and_closes_with_escape(site_url, page):
    page.set_viewport_size(NARROW)
    open_page(page, site_url + "/")
    toggle = page.locator("[data-nav-toggle]")
    links = page.locator("#site-nav-list a")
    tab_to(page, "[data-nav-toggle]")

    page.keyboard.press("Enter")
    assert toggle.get_attribute("aria-expanded") == "true" and links.first.is_visible()
    hrefs = links.evaluate_all("els => els.map(a => a.getAttribute('href'))")
    for href in hrefs:  # the links follow the button, in their order
        page.keyboard.press("Tab")
        assert focused(page, "el.getAttribute('href')") == href
    page.keyboard.press("Escape")
    assert toggle.get_attribute("aria-expanded") == "false" and not links.first.is_visible()
    assert focused(page, "el.hasAttribute('data-nav-toggle')")

    page.keyboard.press("Space")
    assert toggle.get_attribute("aria-expanded") == "true" and links.first.is_visible()
    page.keyboard.press("Escape")  # on the button itself
    assert toggle.get_attribute("aria-expanded") == "false"
    assert focused(page, "el.hasAttribute('data-nav-toggle')")
    page.keyboard.press("Tab")  # closed: the hidden links are skipped
    assert not focused(page, "!!el.closest('#site-nav-list')")


def test_menu_at_1280px_every_link_reached_in_order(site_url, page):
    open_page(page, site_url + "/en/")
    assert not page.locator("[data-nav-toggle]").is_visible()
    hrefs = page.locator("#site-nav-list a").evaluate_all("els => els.map(a => a.getAttribute('href'))")
    assert len(hrefs) >= 3
    tab_to(page, "#site-nav-list a")
    seen = [focused(page, "el.getAttribute('href')")]
    for _ in hrefs[1:]:
        page.keyboard.press("Tab")
        seen.append(focused(page, "el.getAttribute('href')"))
    assert seen == hrefs


def test_scenario_filter_with_space_updates_in_place_announces_and_keeps_focus(site_url, page):
    open_page(page, site_url + "/scenariusze/")
    page.evaluate("window.__samePage = true")
    announcer = page.locator("[data-catalogue-announcer]")
    assert announcer.get_attribute("aria-live") == "polite"
    before = page.locator("[data-total]").get_attribute("data-total")
    box = page.locator("[data-catalogue-form] input[type=checkbox]").first
    box_id = box.get_attribute("id")
    tab_to(page, f"#{box_id}")
    page.keyboard.press("Space")
    page.wait_for_url(re.compile(r"\?.+"))
    wait_until(page, f"document.querySelector('[data-total]').dataset.total !== '{before}'")
    wait_until(page, "document.querySelector('[data-catalogue-announcer]').textContent.trim().length > 0")
    after = page.locator("[data-total]").get_attribute("data-total")
    assert after in announcer.inner_text(), f"the announcement does not give the new count {after}"
    assert page.evaluate("window.__samePage") is True, "the page was reloaded"
    assert page.locator(f"#{box_id}").is_checked()
    assert focused(page, "el.id") == box_id, "focus was lost when the results were replaced"
    page.keyboard.press("Space")  # and off again, still from the keyboard
    wait_until(page, f"document.querySelector('[data-total]').dataset.total === '{before}'")
    assert focused(page, "el.id") == box_id


def test_publication_filter_with_space_and_enter(site_url, page):
    open_page(page, site_url + "/publikacje/")
    count = page.locator(".results-count[role=status]")
    before = count.inner_text()
    box = page.locator(".filter-panel input[type=checkbox]").first
    tab_to(page, f"#{box.get_attribute('id')}")
    page.keyboard.press("Space")
    assert box.is_checked()
    tab_to(page, ".filter-panel button[type=submit]")
    with page.expect_navigation(wait_until="load"):
        page.keyboard.press("Enter")
    assert f"{box.get_attribute('name')}={box.get_attribute('value')}" in page.url
    assert count.inner_text() != before, "the status count did not change after filtering"


def test_search_suggestions_while_typing(site_url, page):
    from wagtail.models import Page

    from search.analysis import is_stopword

    # The start of an English page title: something the suggestions must know. (A title that starts
    # with a filler word, "About the project", is suggested only from its next word.)
    title = next(page.title for page in Page.objects.live().filter(locale__language_code="en", depth__gt=2)
                 .order_by("path") if not is_stopword(page.title.split()[0].lower(), "en"))
    typed = title[:5]
    open_page(page, site_url + "/en/search/")
    tab_to(page, "#search-page-q")
    with page.expect_response(lambda response: "/suggestions/" in response.url) as answer:
        page.keyboard.type(typed, delay=30)
    assert answer.value.ok
    page.locator("#search-page-q-suggestions option").first.wait_for(state="attached")
    # A text box with a list is exposed as a combobox: screen readers announce the suggestions.
    combobox = page.get_by_role("combobox", name="What are you looking for?")
    assert combobox.count() == 1
    options = page.eval_on_selector_all("#search-page-q-suggestions option", "els => els.map(e => e.value)")
    assert title in options, f"{title!r} not suggested for {typed!r}: {options}"
    with page.expect_navigation(wait_until="load"):
        page.keyboard.press("Enter")
    assert page.locator("#search-page-q").input_value() == typed


def test_english_webinar_plays_with_space(site_url, page):
    page.route(re.compile(r"^https?://(?!localhost)"), lambda route: route.fulfill(status=200, body="<title>x</title>",
                                                                                 content_type="text/html"))
    from webinars.models import WebinarPage

    webinar = WebinarPage.objects.live().filter(locale__language_code="en").exclude(youtube_id="").first()
    open_page(page, site_url + webinar.get_url())
    tab_to(page, "[data-webinar-player] [data-play]")
    page.keyboard.press("Space")
    page.locator("[data-webinar-player] iframe").wait_for(state="attached")
    assert page.locator("iframe").count() == 1
    assert "youtube-nocookie.com/embed/" in page.locator("iframe").get_attribute("src")
    assert focused(page, "!!el.closest('[data-webinar-player]')"), "focus did not move into the player"


def test_hiding_the_cookie_confirmation_moves_focus_to_the_content(site_url, page):
    open_page(page, site_url + "/o-projekcie/")
    tab_to(page, "[data-consent-banner] form:has(input[name=decision][value=reject]) button")
    page.keyboard.press("Enter")
    page.locator("[data-consent-confirmation]").wait_for(state="visible")
    assert focused(page, "el.hasAttribute('data-consent-confirmation')")
    tab_to(page, "[data-consent-hide]", limit=5)
    page.keyboard.press("Enter")
    page.locator("[data-consent-banner]").wait_for(state="hidden")
    assert focused(page, "el.id") == "main", "focus fell back to the page: " + focused(page, "el.outerHTML.slice(0, 80)")
    page.keyboard.press("Tab")  # and the next Tab goes on inside the content
    assert focused(page, "!!el.closest('main')")


@pytest.mark.parametrize("motion", ["reduce", "no-preference"])
def test_prefers_reduced_motion(site_url, page, motion):
    page.emulate_media(reduced_motion=motion)
    open_page(page, site_url + "/")
    durations = page.evaluate(
        """() => [...document.querySelectorAll('a, button, .card, [data-consent-banner] *')].flatMap(el =>
            [null, '::before', '::after'].map(pseudo => {
              const s = getComputedStyle(el, pseudo);
              return Math.max(...(s.transitionDuration + ',' + s.animationDuration).split(',').map(parseFloat));
            }))"""
    )
    behaviour = page.evaluate("getComputedStyle(document.documentElement).scrollBehavior")
    if motion == "reduce":
        assert max(durations) == 0, "transitions or animations left on with prefers-reduced-motion: reduce"
        assert behaviour == "auto"
    else:
        assert max(durations) > 0 and behaviour == "smooth"  # the check above can fail


def test_tab_walk_sees_a_positive_tabindex_and_a_hidden_focus(site_url, page):
    """The walk above really notices a control taken out of order and one with no focus style."""
    page.emulate_media(reduced_motion="reduce")
    open_page(page, site_url + "/o-projekcie/")
    total = mark_tabbables(page)
    last = page.locator(f"[data-kb-index='{total - 1}']")
    last.evaluate("el => el.setAttribute('tabindex', '1')")
    steps = walk(page)
    assert steps[0][0] == total - 1, "a positive tabindex went unnoticed"
    open_page(page, site_url + "/o-projekcie/")
    mark_tabbables(page)
    plain = page.locator("[data-kb-index='3']")
    plain.evaluate("el => ['outline', 'box-shadow', 'background-color', 'color', 'text-decoration', 'border-color']"
                   ".forEach(p => el.style.setProperty(p, p === 'outline' ? 'none' : 'initial', 'important'))")
    index, style, unfocused, _ = walk(page)[3]
    assert index == 3 and style == unfocused, "a control without any focus style went unnoticed"
