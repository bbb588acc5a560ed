"""Issue 19, scope 4: Windows high contrast (forced colours) keeps the site usable.

With `forced-colors: active` emulated, backgrounds and box shadows vanish and the browser paints
text, borders and outlines in the user's system colours. Checked on the page shapes with the most
controls, in Polish and English: every control reached by Tab shows a real outline (a style, a
width of 2 px or more, not transparent); checkboxes and buttons keep a visible edge (the native
box or a border); every SVG icon paints in currentColor, so it follows the system colours.
Self-test: a stylesheet that removes the focus outline is caught.
"""

import pytest

from tests.browser.test_accessibility import path_for
from tests.helpers import goto

pytestmark = pytest.mark.browser

PAGES = ["home", "scenario-index", "webinar-translated", "publication-translated", "search-results"]

CONTROLS_JS = """
() => {
  const problems = [];
  const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  for (const el of document.querySelectorAll('input[type=checkbox], input[type=radio]')) {
    if (!visible(el)) continue;
    const s = getComputedStyle(el);
    if (s.appearance === 'none' && parseFloat(s.borderTopWidth) < 1) problems.push(`checkbox ${el.name || el.id} has no edge`);
  }
  for (const el of document.querySelectorAll('button, .button, input[type=submit]')) {
    if (!visible(el)) continue;
    const s = getComputedStyle(el);
    if (s.appearance === 'none' || s.appearance === 'auto' && el.classList.contains('button')) {
      if (parseFloat(s.borderTopWidth) < 1 || s.borderTopStyle === 'none') {
        problems.push(`button "${el.textContent.trim().slice(0, 30)}" has no border`);
      }
    }
  }
  for (const shape of document.querySelectorAll('svg path, svg circle, svg rect, svg line, svg polyline, svg polygon')) {
    const svg = shape.closest('svg');
    if (!visible(svg) || svg.closest('[aria-hidden=true]') && !svg.closest('a, button, .notice, label')) continue;
    const s = getComputedStyle(shape);
    const colour = getComputedStyle(svg).color;
    for (const prop of ['fill', 'stroke']) {
      const value = s[prop];
      if (value === 'none' || value.startsWith('url(')) continue;
      if (value !== colour) problems.push(`an icon in ${svg.parentElement.className || svg.parentElement.tagName} paints ${prop} ${value}, not currentColor`);
    }
  }
  return [...new Set(problems)];
}
"""

FOCUS_JS = """
() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const s = getComputedStyle(el);
  const width = parseFloat(s.outlineWidth);
  const transparent = /rgba\\(.*,\\s*0\\)$/.test(s.outlineColor) || s.outlineColor === 'transparent';
  if (s.outlineStyle === 'none' || width < 2 || transparent) {
    return `${el.tagName.toLowerCase()} "${(el.textContent || el.value || '').trim().slice(0, 30)}": outline ${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`;
  }
  return null;
}
"""


def forced_colour_problems(page, steps=60):
    problems = list(page.evaluate(CONTROLS_JS))
    page.evaluate("() => { document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0); }")
    for _ in range(steps):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement === document.body"):
            break
        problem = page.evaluate(FOCUS_JS)
        if problem:
            problems.append("focus: " + problem)
    return problems


@pytest.mark.parametrize("language", ["pl", "en"])
@pytest.mark.parametrize("name", PAGES)
def test_forced_colours_keep_focus_controls_and_icons_visible(site_url, page, name, language):
    page.emulate_media(forced_colors="active")
    path, status = path_for(name, language)
    goto(page, site_url + path, status)
    assert page.evaluate("matchMedia('(forced-colors: active)').matches")
    problems = forced_colour_problems(page)
    assert not problems, f"{path} in forced colours: " + "; ".join(problems[:10])


def test_forced_colour_check_sees_a_missing_focus_outline(site_url, page):
    page.emulate_media(forced_colors="active")
    goto(page, site_url + "/")
    # Through the CSS object model: the site's CSP refuses inline <style> elements.
    page.evaluate("""() => { const sheet = [...document.styleSheets].find((s) => s.href && s.href.includes('site'));
      sheet.insertRule('*:focus-visible, a:focus-visible, button:focus-visible { outline: none !important; }',
                       sheet.cssRules.length); }""")
    problems = forced_colour_problems(page, steps=5)
    assert any(problem.startswith("focus:") for problem in problems), problems
