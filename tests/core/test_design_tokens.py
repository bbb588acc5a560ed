"""Design tokens and static asset budgets.

Reads static/css/site.css as text, so no database or Django settings are
needed. Contrast follows WCAG 2.1 (relative luminance, sRGB).
"""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CSS = ROOT / "static" / "css" / "site.css"
JS = ROOT / "static" / "js" / "site.js"

TOKENS = (
    "ink",
    "ink-muted",
    "brand",
    "accent",
    "surface",
    "tint",
    "border",
    "focus",
    "ok",
    "error",
)
WHITE = "#ffffff"


def css_text():
    return CSS.read_text(encoding="utf-8")


def parse_tokens(css):
    """Return {name: '#rrggbb'} from the first :root block."""
    block = re.search(r":root\s*\{([^}]*)\}", css)
    assert block, "no :root block in site.css"
    return {name: value.lower() for name, value in re.findall(r"--([a-z-]+):\s*(#[0-9a-fA-F]{6})\s*;", block.group(1))}


def luminance(hex_colour):
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    r, g, b = linear
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a, b):
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.fixture(scope="module")
def tokens():
    return parse_tokens(css_text())


def test_contrast_helper_matches_known_values():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


def test_all_tokens_present(tokens):
    assert set(TOKENS) <= set(tokens), f"missing: {set(TOKENS) - set(tokens)}"


def test_tokens_one_per_line():
    # Templates and tools grep for this exact form.
    css = css_text()
    for name in TOKENS:
        assert re.search(rf"^  --{name}: #[0-9a-f]{{6}};$", css, re.MULTILINE), name


# (foreground, background, minimum ratio); "white" means #ffffff.
PAIRS = [
    ("ink", "white", 4.5),
    ("ink-muted", "white", 4.5),
    ("brand", "white", 4.5),
    ("accent", "white", 4.5),
    ("ok", "white", 4.5),
    ("error", "white", 4.5),
    ("ink", "surface", 4.5),
    ("brand", "surface", 4.5),
    ("brand", "tint", 4.5),
    ("white", "brand", 4.5),
    ("white", "accent", 4.5),
    ("ink", "focus", 4.5),
    ("border", "white", 3.0),  # non-text: lines and input borders
]


@pytest.mark.parametrize("fg,bg,minimum", PAIRS, ids=[f"{f}-on-{b}" for f, b, _ in PAIRS])
def test_contrast(tokens, fg, bg, minimum):
    colour = {**tokens, "white": WHITE}
    ratio = contrast(colour[fg], colour[bg])
    assert ratio >= minimum, f"{fg} on {bg}: {ratio:.2f} < {minimum}"


def test_asset_budgets():
    assert CSS.stat().st_size < 40_000
    assert JS.stat().st_size < 20_000


def test_fonts_are_local_and_swap():
    css = css_text()
    assert "font-display: swap" in css
    urls = [u.strip("'\" ") for u in re.findall(r"url\(([^)]*)\)", css)]
    assert urls, "no url() in site.css"
    for url in urls:
        assert "http" not in url and not url.startswith("//"), url
        # Relative to the CSS file, as the browser and whitenoise resolve it.
        assert (CSS.parent / url).resolve().is_file(), f"missing file for {url}"


# One stylesheet per component: the tokens and shared parts in static/css/site.css, each app's own
# styles in <app>/static/<app>/<app>.css, linked by the templates that use them.
COMPONENT_CSS = {
    "consent": ROOT / "consent/static/consent/consent.css",
    "publications": ROOT / "publications/static/publications/publications.css",
    "scenarios": ROOT / "scenarios/static/scenarios/scenarios.css",
    "webinars": ROOT / "webinars/static/webinars/webinars.css",
}


@pytest.mark.parametrize("app", sorted(COMPONENT_CSS))
def test_component_stylesheets_use_only_the_design_tokens(tokens, app):
    css = COMPONENT_CSS[app].read_text(encoding="utf-8")
    used = set(re.findall(r"var\(--([a-z][a-z0-9-]*)", css))
    assert used, f"{app}.css uses no token"
    assert used <= set(tokens), f"{app}.css uses undefined tokens: {used - set(tokens)}"
    assert ":root" not in css, f"{app}.css defines tokens of its own; they belong in site.css"
    literals = set(re.findall(r"#[0-9a-fA-F]{3,8}\b", css)) - {"#fff", "#ffffff"}  # white, as in site.css
    assert not literals, f"{app}.css has colour literals instead of tokens: {literals}"


def test_component_styles_are_not_in_the_site_stylesheet():
    css = css_text()
    for selector in (".consent-banner", ".publication__cover", ".handbook-toc", ".chapter-pager"):
        assert selector not in css, f"{selector} is back in site.css"


@pytest.mark.parametrize("template,stylesheet", [
    ("publications/templates/publications/publication_page.html", "publications/publications.css"),
    ("publications/templates/publications/handbook_chapter_page.html", "publications/publications.css"),
    ("publications/templates/publications/handbook_full.html", "publications/publications.css"),
    ("scenarios/templates/scenarios/scenario_page.html", "scenarios/scenarios.css"),
    ("scenarios/templates/scenarios/scenario_index_page.html", "scenarios/scenarios.css"),
    ("webinars/templates/webinars/webinar_page.html", "webinars/webinars.css"),
    ("webinars/templates/webinars/webinar_series_page.html", "webinars/webinars.css"),
    ("core/templates/base.html", "consent/consent.css"),
])
def test_each_page_template_links_its_component_stylesheet(template, stylesheet):
    text = (ROOT / template).read_text(encoding="utf-8")
    assert f"{{% static '{stylesheet}' %}}" in text


def test_no_template_has_inline_styles():
    offenders = [
        str(path.relative_to(ROOT)) for path in ROOT.glob("*/templates/**/*.html")
        if re.search(r"<style\b|\sstyle=", path.read_text(encoding="utf-8"))
    ]
    assert not offenders, offenders
