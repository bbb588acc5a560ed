"""axe-core in the page under test, the one way every browser test runs it.

The rules: WCAG 2.0, 2.1 and 2.2, levels A and AA (axe-core 4.12's wcag22aa rules include
target-size). The script (about 550 kB) is injected once per document and kept there, so the
checks at 1280 px and at 320 px of one page load parse it once, not twice; a new page load
starts without it and gets it again.
"""

from axe_playwright_python.sync_playwright import Axe

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
_SCRIPT = Axe().axe_script

RUN = """(tags) => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})
  .then((results) => results.violations)"""


def axe_violations(page, tags=WCAG_TAGS):
    """axe-core's violations on the page as it is now (a list of axe's violation objects)."""
    if not page.evaluate("() => typeof window.axe === 'object' && typeof window.axe.run === 'function'"):
        page.evaluate(_SCRIPT)
    return page.evaluate(RUN, tags)


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
