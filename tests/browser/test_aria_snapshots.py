"""Issue 19, scope 2: what a screen reader hears, kept in the repository and compared.

For each page shape in Polish and English (test_page_shapes.py takes it), Playwright's ARIA
snapshot of Chromium's accessibility tree is reduced to what a screen-reader user navigates by — landmarks, headings, form controls
and buttons, live regions, and the links of the header, menus and footer — and compared with
tests/browser/aria_snapshots/<page>-<language>.yml. A change that renames a button, drops a
landmark or changes a heading then shows up as a diff in review.

After an intended change: UPDATE_ARIA_SNAPSHOTS=1 .venv/bin/python -m pytest tests/browser/test_page_shapes.py\
  tests/browser/test_aria_snapshots.py
rewrites the files (review the diff before committing). A missing file fails the test.
"""

import os
import re
from pathlib import Path

import pytest

from tests.helpers import goto, reject_cookies

pytestmark = pytest.mark.browser

SNAPSHOTS = Path(__file__).parent / "aria_snapshots"
UPDATE = os.environ.get("UPDATE_ARIA_SNAPSHOTS") == "1"
LANDMARKS = {"banner", "navigation", "main", "contentinfo", "complementary", "search", "region", "form"}
CONTROLS = {"button", "checkbox", "radio", "textbox", "searchbox", "combobox", "listbox", "switch", "tab",
            "slider", "spinbutton", "group", "dialog", "status", "alert", "log"}
KEEP = LANDMARKS | CONTROLS | {"heading"}
# Links only where they are navigation: in the header, menus, footer and the skip link.
LINK_CONTAINERS = {"banner", "navigation", "contentinfo"}
LINE = re.compile(r'^(?P<indent>\s*)- (?P<role>[a-z]+)(?P<rest>.*)$')


def reduce_snapshot(snapshot):
    """The lines of an ARIA snapshot a screen-reader user navigates by, re-indented under the
    kept ancestors only."""
    kept, stack = [], []  # stack of (indent, role, kept_depth or None)
    for raw in snapshot.splitlines():
        match = LINE.match(raw)
        if not match:
            continue
        indent, role, rest = len(match["indent"]), match["role"], match["rest"]
        while stack and stack[-1][0] >= indent:
            stack.pop()
        roles_above = {entry[1] for entry in stack}
        depth = sum(1 for entry in stack if entry[2] is not None)
        keep = role in KEEP or (role == "link" and (roles_above & LINK_CONTAINERS or not stack))
        if keep:
            text = rest.rstrip(":").rstrip()
            kept.append("  " * depth + f"- {role}{text}")
        stack.append((indent, role, depth if keep else None))
    return "\n".join(kept) + "\n"


def snapshot_of(page):
    return reduce_snapshot(page.locator("body").aria_snapshot())


def test_banner_is_heard_as_a_labelled_region_with_its_buttons(site_url, page):
    goto(page, site_url + "/")
    actual = snapshot_of(page)
    file = SNAPSHOTS / "banner-shown-pl.yml"
    if UPDATE:
        file.write_text(actual, encoding="utf-8")
    assert actual == file.read_text(encoding="utf-8")


def test_snapshot_comparison_sees_a_renamed_landmark(site_url, page):
    goto(page, site_url + "/")
    reject_cookies(page)
    before = snapshot_of(page)
    page.evaluate("document.querySelector('nav.site-nav').setAttribute('aria-label', 'Something else')")
    after = snapshot_of(page)
    assert before != after and 'navigation "Something else"' in after


def test_reduce_keeps_landmarks_headings_controls_and_navigation_links():
    snapshot = """- banner:
  - link "e-Mocni"
  - navigation "Menu":
    - list:
      - listitem:
        - link "O projekcie"
- main:
  - heading "Title" [level=1]
  - paragraph: Some text
  - link "A link in the text"
  - button "Play"
"""
    assert reduce_snapshot(snapshot) == (
        '- banner\n  - link "e-Mocni"\n  - navigation "Menu"\n    - link "O projekcie"\n'
        '- main\n  - heading "Title" [level=1]\n  - button "Play"\n'
    )


# Live regions: what is announced. (The catalogue's polite count region is checked in
# test_keyboard.py; search suggestions are a native datalist the browser announces.) ----------


def test_cookie_confirmation_is_announced(site_url, page):
    """After "reject all" the confirmation takes the focus (a screen reader reads it at once)
    and says what was decided."""
    goto(page, site_url + "/")
    banner = page.locator("[data-consent-banner]")
    banner.locator("form:has(input[name=decision][value=reject]) button").click()
    confirmation = banner.locator("[data-consent-confirmation]")
    confirmation.wait_for(state="visible")
    assert confirmation.evaluate("el => el === document.activeElement || el.contains(document.activeElement)")
    heard = confirmation.aria_snapshot()
    assert page.locator("[data-consent-message]").inner_text().strip() in heard
    assert 'button "' in heard, heard

