"""Checks for the WCAG 2.2 success criteria that axe-core cannot see, measured in the page.

Each function runs JavaScript in Chromium and returns a list of problems (empty when the
page passes), so a test can assert on it and a self-test can plant a fault and see it caught.

- 2.5.8 Target Size (Minimum): every pointer target is at least 24 x 24 CSS px, or a 24 px
  circle centred on it meets no other target and no other such circle. Exempt as the criterion
  says: links inside a sentence or block of text ("inline"), and targets hidden from everyone.
- 2.4.11 Focus Not Obscured (Minimum): the focused element is never entirely covered by
  content the site fixes or sticks to the viewport (a sticky header, a banner).
- 3.2.6 Consistent Help: the help and contact links appear in the same relative order on
  every page.
"""

TARGETS_JS = """
() => {
  const MIN = 24;
  const selector = 'a[href], button, input:not([type=hidden]), select, textarea, summary, ' +
                   '[role=button], [role=link], [role=checkbox], [role=tab], [tabindex]:not([tabindex="-1"])';
  const visible = (el) => {
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none') return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };
  // A link inside a sentence or a block of text: its line box is set by the text around it.
  const inline = (el) => {
    if (el.tagName !== 'A' || getComputedStyle(el).display !== 'inline') return false;
    const block = el.closest('p, li, dd, dt, td, th, figcaption, blockquote, address, label');
    if (!block) return false;
    const own = (el.textContent || '').trim();
    const all = (block.textContent || '').trim();
    return all.length > own.length;
  };
  const describe = (el) => {
    const text = (el.getAttribute('aria-label') || el.textContent || el.value || el.name || '').trim().slice(0, 40);
    return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && typeof el.className === 'string' ?
      '.' + el.className.trim().split(/\\s+/).join('.') : '') + (text ? ' "' + text + '"' : '');
  };
  // A checkbox or radio with a label is one target: clicking the label ticks it.
  const box = (el) => {
    let r = el.getBoundingClientRect();
    let rect = {left: r.left, top: r.top, right: r.right, bottom: r.bottom};
    if ((el.type === 'checkbox' || el.type === 'radio') && el.labels) {
      for (const label of el.labels) {
        const l = label.getBoundingClientRect();
        const touches = !(l.left > rect.right + 1 || l.right < rect.left - 1 || l.top > rect.bottom + 1 || l.bottom < rect.top - 1);
        if (touches) {
          rect = {left: Math.min(rect.left, l.left), top: Math.min(rect.top, l.top),
                  right: Math.max(rect.right, l.right), bottom: Math.max(rect.bottom, l.bottom)};
        }
      }
    }
    return rect;
  };
  const seen = new Set();
  const targets = [];
  for (const el of document.querySelectorAll(selector)) {
    if (!visible(el) || el.closest('[aria-hidden=true], [inert]') || inline(el)) continue;
    // A label wrapping its control is measured with the control.
    if (el.tagName === 'INPUT' && el.closest('label') && seen.has(el.closest('label'))) continue;
    seen.add(el);
    const r = box(el);
    targets.push({el, name: describe(el), r, w: r.right - r.left, h: r.bottom - r.top,
                  cx: (r.left + r.right) / 2, cy: (r.top + r.bottom) / 2});
  }
  const distToRect = (x, y, r) => {
    const dx = Math.max(r.left - x, 0, x - r.right);
    const dy = Math.max(r.top - y, 0, y - r.bottom);
    return Math.hypot(dx, dy);
  };
  const problems = [];
  for (const a of targets) {
    if (a.w >= MIN - 0.5 && a.h >= MIN - 0.5) continue;
    for (const b of targets) {
      if (a === b || a.el.contains(b.el) || b.el.contains(a.el)) continue;
      const small = b.w < MIN - 0.5 || b.h < MIN - 0.5;
      const gap = small ? Math.hypot(a.cx - b.cx, a.cy - b.cy) : distToRect(a.cx, a.cy, b.r) * 2;
      if (gap < MIN - 0.5) {
        problems.push(`${a.name} is ${a.w.toFixed(1)}x${a.h.toFixed(1)} px and too close to ${b.name}`);
        break;
      }
    }
  }
  return problems;
}
"""

# The Tab walk, one round trip per Tab press: a keydown listener (capture phase, so before the
# browser moves the focus) records the element the previous press focused, and whether fixed or
# sticky content covers it entirely. By then the press's scroll into view is done, as it was when
# this was an evaluate after each press. The fixed and sticky elements are found once per walk (a
# full style scan costs more than the rest of a step); each step still asks whether each one is
# shown at that moment. Elements are told apart by identity (a WeakMap), so the walk ends when the
# focus comes back round to one it has seen.
# The elements fixed or sticky now: the only content that can cover the focus.
PINNED_JS = """Array.from(document.body.querySelectorAll('*')).filter((el) => {
  const position = getComputedStyle(el).position;
  return position === 'fixed' || position === 'sticky';
})"""

# What may take the focus on Tab (hidden ones included: the counts below are upper bounds).
TABBABLE = "a[href], button, input:not([type=hidden]), select, textarea, summary, iframe, [tabindex]"
WALK_START_JS = """
(tabbable) => {
  document.activeElement && document.activeElement.blur();
  window.scrollTo(0, 0);
  // Chromium's next Tab starts after the element focused last, even once it is blurred: a
  // focusable point at the top of the body puts the start of the walk where a fresh load has it.
  const start = document.createElement('span');
  start.tabIndex = -1;
  start.id = 'tab-walk-start';
  document.body.prepend(start);
  start.focus({preventScroll: true});
  const ids = new WeakMap();
  let next = 0;
  window.__pinned = null;
  window.__walk = {steps: [], measure: () => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return null;
    if (!ids.has(el)) ids.set(el, ++next);
    const key = ids.get(el);
    const href = el.getAttribute('href') || '';
    if (!window.__pinned) {
      window.__pinned = PINNED;
    }
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) return {key, href, problem: null};
    const covering = [];
    for (const other of window.__pinned) {
      const style = getComputedStyle(other);
      if (!other.isConnected || other.contains(el) || style.visibility === 'hidden' || style.display === 'none') continue;
      const o = other.getBoundingClientRect();
      if (o.left <= r.left && o.top <= r.top && o.right >= r.right && o.bottom >= r.bottom) {
        covering.push((other.tagName + '.' + (other.className || '')).toLowerCase());
      }
    }
    if (!covering.length) return {key, href, problem: null};
    const text = (el.getAttribute('aria-label') || el.textContent || '').trim().slice(0, 40);
    return {key, href, problem: `${el.tagName.toLowerCase()} "${text}" is entirely covered by ${covering.join(', ')}`};
  }};
  if (!window.__walkListener) {
    window.__walkListener = (event) => {
      if (event.key === 'Tab' && window.__walk) window.__walk.steps.push(window.__walk.measure());
    };
    window.addEventListener('keydown', window.__walkListener, true);
  }
  return document.querySelectorAll(tabbable).length;
}
""".replace("PINNED", PINNED_JS)

# The steps so far: each keydown saw the focus of the press before it (the first saw the start),
# and the last press's focus is measured now.
WALK_STEPS_JS = "() => [...window.__walk.steps.slice(1), window.__walk.measure()]"
WALK_END_JS = """() => {
  window.__walk = null;
  window.__pinned = null;
  document.getElementById('tab-walk-start').remove();
  document.activeElement && document.activeElement.blur();
}"""

HELP_JS = """
() => Array.from(document.querySelectorAll('footer a[href]'))
  .map((a) => ({href: a.getAttribute('href'), kind: a.dataset.help || ''}))
  .filter((a) => a.kind)
  .map((a) => a.kind)
"""


def target_size_problems(page):
    return page.evaluate(TARGETS_JS)


def tab_walk(page, max_steps=200):
    """Tab through the page from the top until the focus comes back round (or leaves the page):
    one {key, href, problem} per element focused, in order."""
    presses = min(page.evaluate(WALK_START_JS, TABBABLE) + 2, max_steps)  # a guess; the loop goes on if short
    pressed, walk = 0, []
    while True:
        for _ in range(presses):
            page.keyboard.press("Tab")
        pressed += presses
        walk, seen, ended = [], set(), False
        for step in page.evaluate(WALK_STEPS_JS):
            if step is None or step["key"] in seen:
                ended = True
                break
            seen.add(step["key"])
            walk.append(step)
        if ended or pressed >= max_steps:
            break
        presses = min(10, max_steps - pressed)
    page.evaluate(WALK_END_JS)
    return walk


# How many Tab stops there can be from the top of the page to the end of one region of it.
TABBABLE_THROUGH_JS = """([selector, tabbable]) => {
  const region = document.querySelector(selector);
  if (!region) return 0;
  return [...document.querySelectorAll(tabbable)].filter((el) => region.contains(el)
    || (el.compareDocumentPosition(region) & Node.DOCUMENT_POSITION_FOLLOWING)).length;
}"""


def tabbable_through(page, selector):
    return page.evaluate(TABBABLE_THROUGH_JS, [selector, TABBABLE])


# Whether anything on the page is fixed or sticky: the only content that can cover the focus. The same
# list the walk measures against (made once per walk, at its first step).
HAS_PINNED_JS = f"() => {PINNED_JS}.length > 0"


def focus_obscured_problems(page, max_steps=200, through=None):
    """Tab through the page from the top; every focused element that is entirely covered.
    through: a CSS selector; the walk stops a step after the last Tab stop of that region.
    A page with nothing fixed or sticky (at this width) cannot hide the focus under such content,
    so it is not walked (the site has none today)."""
    if not page.evaluate(HAS_PINNED_JS):
        return []
    if through is not None:
        max_steps = min(max_steps, tabbable_through(page, through) + 2)
    return [step["problem"] for step in tab_walk(page, max_steps) if step["problem"]]


def help_order(page):
    """The kinds of help links (data-help) in the footer, in document order."""
    return page.evaluate(HELP_JS)
