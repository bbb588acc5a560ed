"""axe-core in the page under test, the one way every browser test runs it.

The rules: WCAG 2.0, 2.1 and 2.2, levels A and AA (axe-core 4.12's wcag22aa rules include
target-size). The script (about 550 kB) is injected once per document and kept there, so the
checks at 1280 px and at 320 px of one page load parse it once, not twice; a new page load
starts without it and gets it again.
"""

from axe_playwright_python.sync_playwright import Axe

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
_SCRIPT = Axe().axe_script

RUN = """([tags, off]) => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations'],
  rules: Object.fromEntries(off.map((id) => [id, {enabled: false}]))}).then((results) => results.violations)"""
RUN_WITHIN = """([selector, rules]) => axe.run({include: [[selector]]}, {runOnly: {type: 'rule', values: rules},
  resultTypes: ['violations']}).then((results) => results.violations)"""
# The rule that costs nine tenths of a run on these pages (it reads the colours behind every text).
CONTRAST = "color-contrast"


def axe_violations(page, tags=WCAG_TAGS, contrast_within=None):
    """axe-core's violations on the page as it is now (a list of axe's violation objects).

    contrast_within: a CSS selector to which the colour-contrast rule is limited (every other rule
    still reads the whole page); for a page whose other parts another run checks in the same state."""
    if not page.evaluate("() => typeof window.axe === 'object' && typeof window.axe.run === 'function'"):
        page.evaluate(_SCRIPT)
    if contrast_within is None:
        return page.evaluate(RUN, [tags, []])
    violations = page.evaluate(RUN, [tags, [CONTRAST]])
    if page.locator(contrast_within).count():
        violations += page.evaluate(RUN_WITHIN, [contrast_within, [CONTRAST]])
    return violations


def format_violations(url, violations):
    lines = [f"{len(violations)} axe violation(s) on {url}:"]
    for violation in violations:
        lines.append(f"- {violation['id']} [{violation['impact']}] {violation['help']} ({violation['helpUrl']})")
        for node in violation["nodes"]:
            target = " ".join(str(part) for part in node["target"])
            lines.append(f"    target: {target}")
            lines.append(f"      html: {node['html'][:200]}")
            summary = node.get("failureSummary")
            if summary:
                lines.extend(f"      {line.strip()}" for line in summary.splitlines() if line.strip())
    return "\n".join(lines)


def assert_no_axe_violations(page, label):
    violations = axe_violations(page)
    assert not violations, format_violations(label, violations)
