"""Every page shape in Polish and English, opened once per cookie-banner state and checked in
every way that reads the page as it loaded (issue 9, scope 2; issue 19, scopes 1 and 2).

The pages are found in the database at test time (test_accessibility.PARAMS: every page type,
the filtered lists, search results, the consent settings page and a 404). Each is opened with
the cookie banner shown (no decision yet) and again after "reject all"; then, at 1280 px and at
320 px:
- axe-core with the WCAG 2.0, 2.1 and 2.2 A and AA rules (tests/browser/axe.py);
- 2.5.8 target size and 2.4.11 focus not obscured (a Tab walk through the whole page, on a page
  with anything fixed or sticky: only such content can cover the focus), measured from the layout
  (tests/browser/wcag22.py);
and once per banner state: exactly one h1 and no heading level skipped, link texts that make
sense out of context (test_accessibility.py). With the banner dismissed, at 1280 px:
- the accessibility tree a screen-reader user navigates by equals the reviewed snapshot
  (test_aria_snapshots.py, tests/browser/aria_snapshots/);
- 3.2.6 consistent help: the footer's help links in the same order as on the home page of the
  language (so the same order on every page);
- 1.4.10 reflow: no sideways scrolling at 320 px and at 200 % text (test_accessibility.py's
  reflow_problems, last, since it changes the text size and puts it back).

One page load serves every check of a state, instead of one per check: the checks only read the
page, and after each Tab walk the focus and the scroll are put back where a fresh load has them.
Each check's self-test (a planted fault) stays beside the check.
"""

import pytest

from tests.browser.axe import axe_violations, format_violations
from tests.browser.test_accessibility import (
    HEADINGS,
    LINKS,
    PARAMS,
    filtered_path,
    link_problems,
    open_at,
    outline_problems,
    path_for,
    reflow_problems,
)
from tests.browser.test_aria_snapshots import SNAPSHOTS, UPDATE, snapshot_of
from tests.browser.test_home import NARROW
from tests.browser.wcag22 import focus_obscured_problems, help_order, target_size_problems
from tests.helpers import WIDE, goto

pytestmark = pytest.mark.browser

# The help links' order of each language's home page, read once per test process.
HOME_HELP_ORDER = {}
BANNER = "[data-consent-banner]"
FRESH_FOCUS = "() => { document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0); }"


def resolved_url(site_url, page, name, language, banner):
    """Open the page `name` (a filtered list: filtered by its first filter box) in the tab."""
    path, status = path_for(name, language)
    open_at(page, site_url + path, status, banner)
    if name.endswith("-filtered"):
        path = filtered_path(page, path)
        open_at(page, site_url + path, status, banner)
    return site_url + path


def home_help_order(site_url, tabs, language):
    if language not in HOME_HELP_ORDER:
        page = tabs(language, "dismissed")
        resolved_url(site_url, page, "home", language, "dismissed")
        order = tuple(help_order(page))
        assert set(order) >= {"contact", "accessibility", "cookies"}, f"{language}: help links seen: {order}"
        HOME_HELP_ORDER[language] = order
    return HOME_HELP_ORDER[language]


def snapshot_failures(page, name, language, url):
    actual = snapshot_of(page)
    file = SNAPSHOTS / f"{name}-{language}.yml"
    if UPDATE:
        SNAPSHOTS.mkdir(exist_ok=True)
        file.write_text(actual, encoding="utf-8")
    if not file.exists():
        return [f"{file.name} is missing: run with UPDATE_ARIA_SNAPSHOTS=1 and review it"]
    if actual != file.read_text(encoding="utf-8"):
        return [f"{url}: the accessibility tree changed (see {file.name})"]
    return []


def layout_failures(page, label, banner):
    """axe-core, target size and focus not obscured at the current viewport.

    With the banner shown, colour contrast is read and the Tab walk goes only as far as the banner:
    the banner sits in the page's flow above the header and covers nothing, so the rest of the page
    has the colours and the focus it has with the banner dismissed, where the same width checks them
    all (contrast is nine tenths of axe's time here). Every other
    rule and target size read the whole page in both states."""
    page.locator("body").evaluate("el => el.getBoundingClientRect()")  # let the layout settle
    failures = []
    banner_only = BANNER if banner == "shown" else None
    if banner_only and page.locator(BANNER).count():
        # What the shortcut rests on: were the banner fixed or sticky, it could cover the page.
        position = page.locator(BANNER).evaluate("el => getComputedStyle(el).position")
        if position not in ("static", "relative"):
            failures.append(f"{label}: the cookie banner is {position}, no longer in the page's flow: "
                            "check the whole page with it shown (layout_failures)")
    violations = axe_violations(page, contrast_within=banner_only)
    if violations:
        failures.append(format_violations(label, violations))
    small = target_size_problems(page)
    if small:
        failures.append(f"{label}: targets under 24 px (2.5.8): " + "; ".join(small[:8]))
    hidden = focus_obscured_problems(page, through=banner_only)
    page.evaluate(FRESH_FOCUS)
    if hidden:
        failures.append(f"{label}: focus obscured (2.4.11): " + "; ".join(hidden[:5]))
    return failures


@pytest.mark.parametrize(("name", "language"), PARAMS, ids=[f"{n}-{lang}" for n, lang in PARAMS])
def test_page_shape(site_url, tabs, name, language):
    expected_help = home_help_order(site_url, tabs, language)
    failures = []
    for banner in ("shown", "dismissed"):
        page = tabs(language, banner)
        url = resolved_url(site_url, page, name, language, banner)
        assert page.locator("html").get_attribute("lang") == language, f"{url}: wrong page language"
        if banner == "dismissed":
            failures += snapshot_failures(page, name, language, url)
            order = tuple(help_order(page))
            if order != expected_help:
                failures.append(f"{url}: help links in the order {order}, on the home page {expected_help} (3.2.6)")
        for viewport in (WIDE, NARROW):
            page.set_viewport_size(viewport)
            failures += layout_failures(page, f"{url} at {viewport['width']} px, cookie banner {banner}", banner)
        links = page.evaluate(LINKS)  # at 320 px, as the visitor with the narrowest screen meets them
        assert len(links) > 5, f"{url}: only {len(links)} links seen"
        problems = outline_problems(page.evaluate(HEADINGS)) + link_problems(links)
        if problems:
            failures.append(f"{url} (banner {banner}) heading outline, link texts: " + "; ".join(problems))
        if banner == "dismissed":
            failures += reflow_problems(page, url)
    assert not failures, "\n\n".join(failures)


def test_contrast_limited_to_the_banner_still_reads_the_banner_and_every_other_rule_the_whole_page(site_url, page):
    """The banner-shown run of layout_failures: colour contrast in the banner only, the rest everywhere."""
    goto(page, site_url + "/")
    assert page.locator("[data-consent-banner]").is_visible()
    page.evaluate("""() => {
      document.querySelector('[data-consent-banner] h2').style.color = '#ddd';
      const pale = Object.assign(document.createElement('p'), {id: 'pale-in-main', textContent: 'Blady tekst'});
      pale.style.color = '#eee';
      document.querySelector('main').append(pale, Object.assign(document.createElement('img'), {src: '/x.png'}));
    }""")
    violations = {v["id"]: v for v in axe_violations(page, contrast_within="[data-consent-banner]")}
    assert "image-alt" in violations  # a rule other than contrast, outside the banner
    contrast_targets = [" ".join(node["target"]) for node in violations["color-contrast"]["nodes"]]
    assert contrast_targets and all("pale-in-main" not in target for target in contrast_targets), contrast_targets
    whole_page = {v["id"]: v for v in axe_violations(page)}
    assert any("pale-in-main" in " ".join(node["target"]) for node in whole_page["color-contrast"]["nodes"])


def test_the_banner_only_checks_refuse_a_banner_taken_out_of_the_flow(site_url, page):
    goto(page, site_url + "/")
    assert not any("no longer in the page's flow" in failure for failure in layout_failures(page, "/", "shown"))
    page.locator(BANNER).evaluate("el => { el.style.position = 'fixed'; }")
    assert any("no longer in the page's flow" in failure for failure in layout_failures(page, "/", "shown"))
