"""Issue 19, scope 1: the WCAG 2.2 AA criteria axe-core cannot judge.

axe-core's own wcag22aa rules run in test_page_shapes.py (tests/browser/axe.py). Measured from the
layout in Chromium (tests/browser/wcag22.py), on every page shape in Polish and English at 1280 and
320 px (test_page_shapes.py runs them):
- 2.5.8 target size: every control at least 24 x 24 px or spaced so that a 24 px circle on it
  meets no other target (the catalogue's checkboxes with their labels, the filter chips and
  their remove buttons, the language switch, the menu);
- 2.4.11 focus not obscured: Tab through the whole page with the cookie banner dismissed, and
  through the banner while it is shown (it sits in the flow, so the rest of the page is walked
  in the dismissed state); no focused element is ever entirely covered by fixed or sticky content;
- 3.2.6 consistent help: the contact and help links sit in the same order on every page.
Here: each check's self-test, which plants the fault it looks for.
"""

import pytest

from tests.browser.wcag22 import (
    focus_obscured_problems,
    help_order,
    tab_walk,
    tabbable_through,
    target_size_problems,
)
from tests.helpers import goto

pytestmark = pytest.mark.browser


# Self-tests: each check sees the fault it exists for. ---------------------------------------


PLANT_BUTTONS = """(gap) => {
  const box = document.createElement('div');
  box.id = 'planted-targets';
  for (const label of ['A', 'B']) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = label;
    Object.assign(button.style, {width: '16px', height: '16px', padding: '0', margin: '0', minWidth: '0',
      minHeight: '0', border: '0', display: 'inline-block', verticalAlign: 'top', marginRight: gap + 'px'});
    box.append(button);
  }
  document.querySelector('main').prepend(box);
}"""


def test_target_check_sees_16px_targets_side_by_side(site_url, page):
    goto(page, site_url + "/")
    assert target_size_problems(page) == []
    page.evaluate(PLANT_BUTTONS, 0)
    problems = target_size_problems(page)
    assert any('button "A" is 16.0x16.0' in problem for problem in problems), problems


def test_target_check_allows_a_small_target_with_enough_space(site_url, page):
    """2.5.8's spacing exception: a 16 px target whose 24 px circle meets no other target passes."""
    goto(page, site_url + "/")
    page.evaluate(PLANT_BUTTONS, 30)
    problems = [problem for problem in target_size_problems(page) if 'button "A"' in problem or 'button "B"' in problem]
    assert problems == [], problems


def test_focus_check_sees_a_sticky_element_over_the_focus(site_url, page):
    goto(page, site_url + "/")
    assert focus_obscured_problems(page) == []
    page.evaluate(
        """() => { const cover = document.createElement('div'); cover.className = 'planted-cover';
          Object.assign(cover.style, {position: 'fixed', left: '0', top: '0', width: '100vw', height: '100vh',
            background: 'white', zIndex: '10'});
          document.body.append(cover); }"""
    )
    problems = focus_obscured_problems(page)
    assert problems and "planted-cover" in problems[0], problems


COUNT_TABS = """() => { window.__tabs = 0;
  window.addEventListener('keydown', (event) => { if (event.key === 'Tab') window.__tabs += 1; }, true); }"""


def test_focus_check_walks_only_a_page_with_fixed_or_sticky_content(site_url, page):
    """Nothing fixed or sticky: nothing can cover the focus, no Tab is pressed. A sticky element, even
    one that covers nothing, and the page is walked again."""
    goto(page, site_url + "/")
    page.evaluate(COUNT_TABS)
    assert focus_obscured_problems(page) == [] and page.evaluate("window.__tabs") == 0
    page.evaluate("""() => { const note = Object.assign(document.createElement('p'), {textContent: 'Przyklejona notka'});
      Object.assign(note.style, {position: 'sticky', bottom: '0'}); document.querySelector('footer').append(note); }""")
    assert focus_obscured_problems(page) == [] and page.evaluate("window.__tabs") > 10


def test_tab_walk_goes_from_the_skip_link_round_the_whole_page(site_url, page):
    # The walk presses Tab in batches and reads the steps afterwards: it must still see every
    # stop once, in order, from the skip link to the end of the footer, and the same again.
    goto(page, site_url + "/")
    walk = tab_walk(page)
    hrefs = [step["href"] for step in walk]
    last_footer_link = page.evaluate("() => [...document.querySelectorAll('footer a[href]')].pop().getAttribute('href')")
    assert hrefs[0] == page.locator("a.skip-link").get_attribute("href")
    assert last_footer_link in hrefs
    assert len({step["key"] for step in walk}) == len(walk) > 10
    assert [step["href"] for step in tab_walk(page)] == hrefs


def test_walk_through_the_banner_reaches_its_last_control_and_stops_after_it(site_url, page):
    goto(page, site_url + "/")
    banner = "[data-consent-banner]"
    assert page.locator(banner).is_visible()
    steps = tabbable_through(page, banner)
    walk = tab_walk(page, max_steps=steps + 2)
    last_in_banner = page.locator(f"{banner} a[href]").last.get_attribute("href")
    hrefs = [step["href"] for step in walk]
    # Hidden controls (the confirmation's) are counted too: the walk may go a few stops further.
    assert last_in_banner in hrefs and len(walk) <= steps + 2 < len(tab_walk(page)), hrefs
    # A fixed layer over the whole page: the short walk still reports the focus it covers.
    page.evaluate("""() => {
      const cover = document.createElement('div');
      Object.assign(cover.style, {position: 'fixed', inset: '0', background: '#fff', zIndex: '99'});
      document.body.append(cover);
    }""")
    assert focus_obscured_problems(page, through=banner)


def test_help_check_sees_a_moved_link(site_url, page):
    goto(page, site_url + "/")
    before = help_order(page)
    page.evaluate(
        """() => { const link = document.querySelector('footer a[data-help=contact]');
          link.closest('footer').append(link); }"""
    )
    assert help_order(page) != before
