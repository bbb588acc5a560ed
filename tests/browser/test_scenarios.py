"""The scenario catalogue in a real browser: accessibility, narrow screens, filters with and
without JavaScript, the copy button."""

import re

import pytest

from tests.browser.axe import assert_no_axe_violations
from tests.browser.test_home import NARROW, open_page

pytestmark = pytest.mark.browser

SCENARIO = "/scenariusze/e-recepta-odbieranie-i-wykupienie-lekow/"
PAGES = [
    "/scenariusze/",
    "/scenariusze/?q=recepta&area=zdrowie&audience=seniorzy&level=podstawowy&min_hours=1&max_hours=6&sort=duration",
    "/scenariusze/?area=nieznany&min_hours=abc&page=99",
    SCENARIO,
    "/scenariusze/konto-w-banku-przez-internet/",
    "/en/scenarios/?area=health&format=in-person&q=pharmacy",
    "/en/scenarios/e-prescriptions-receiving-one-and-collecting-the-medicines/",
]
PHONE = {"width": 375, "height": 740}


def wait_until(page, expression, timeout=10_000):
    """Poll a JS expression from here: page.wait_for_function evaluates strings with eval(),
    which the site's Content Security Policy rightly forbids."""
    waited = 0
    while not page.evaluate(expression):
        if waited >= timeout:
            raise AssertionError(f"still false after {timeout} ms: {expression}")
        page.wait_for_timeout(100)
        waited += 100


def total(page):
    return int(page.locator("[data-total]").get_attribute("data-total"))


def expected(language="pl", **filters):
    from scenarios.models import ScenarioPage

    return ScenarioPage.objects.live().filter(locale__language_code=language, **filters).distinct().count()


@pytest.mark.parametrize("path", PAGES)
def test_axe_finds_no_wcag21_aa_violation(site_url, page, page_errors, path):
    url = site_url + path
    open_page(page, url)
    assert_no_axe_violations(page, url)
    assert not page_errors.messages, page_errors.messages


@pytest.mark.parametrize("path", [PAGES[1], SCENARIO])
def test_no_horizontal_scroll_at_320px(site_url, page, path):
    page.set_viewport_size(NARROW)
    open_page(page, site_url + path)
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_filters_work_without_javascript(browser, site_url):
    context = browser.new_context(java_script_enabled=False, locale="pl-PL")
    try:
        page = context.new_page()
        open_page(page, site_url + "/scenariusze/")
        assert total(page) == expected()
        assert page.locator("[data-sort-button]").is_visible()
        assert not page.locator("[data-clear-all]").is_visible()
        # The checkboxes are folded (phones see the results first): one click unfolds them.
        assert not page.locator("#f-area-zdrowie").is_visible()
        page.click("[data-filter-disclosure] > summary")
        page.check("#f-area-zdrowie")
        page.check("#f-audience-seniorzy")
        page.fill("#catalogue-q", "recepta")
        page.click(".filter-panel button[type=submit]")
        page.wait_for_load_state("load")
        assert "area=zdrowie" in page.url and "audience=seniorzy" in page.url and "q=recepta" in page.url
        found = total(page)
        assert 0 < found < expected(area__slug="zdrowie")
        assert page.locator(".scenario-list .card__title").count() == found
        assert page.locator("meta[name=robots]").get_attribute("content") == "noindex, follow"
        assert page.locator("[data-clear-all]").is_visible()
        page.select_option("#catalogue-sort", "duration")
        page.click("[data-sort-button]")
        page.wait_for_load_state("load")
        assert "sort=duration" in page.url and total(page) == found
        page.click(".chip >> text=Seniorzy")
        page.wait_for_load_state("load")
        assert "audience=" not in page.url and "area=zdrowie" in page.url and total(page) > found
        page.goto(site_url + "/scenariusze/?min_hours=abc")
        assert "w godzinach" in page.locator(".notice").first.inner_text()
        page.goto(site_url + "/scenariusze/")
        page.click(".pagination a[rel=next]")
        page.wait_for_load_state("load")
        assert "page=2" in page.url
    finally:
        context.close()


def test_phone_shows_the_count_and_results_before_the_filters(browser, site_url):
    for javascript in (True, False):
        context = browser.new_context(java_script_enabled=javascript, locale="pl-PL", viewport=PHONE)
        try:
            page = context.new_page()
            open_page(page, site_url + "/scenariusze/")
            # (The consent banner and the site header come first on every page.) From the start of
            # the filter panel, the count and the first result are within one screen.
            panel = page.locator(".filter-panel").bounding_box()
            first_result = page.locator(".scenario-list .card").first.bounding_box()
            count = page.locator("#results-summary").bounding_box()
            assert count["y"] < first_result["y"] < panel["y"] + PHONE["height"], (panel, count, first_result)
            visible = page.locator("[data-catalogue-form] input[type=checkbox]:visible").count()
            assert visible == 0, f"{visible} checkboxes before the results (JavaScript {javascript})"
            page.click("[data-filter-disclosure] > summary")
            page.check("#f-area-zdrowie")
            assert page.locator("[data-catalogue-form] input[type=checkbox]:visible").count() == 9 + 5 + 2 + 3
        finally:
            context.close()


def test_wide_screens_unfold_the_filters(site_url, page):
    open_page(page, site_url + "/scenariusze/")
    assert page.locator("#f-area-zdrowie").is_visible()


def test_filters_update_in_place_with_javascript(site_url, page, page_errors):
    open_page(page, site_url + "/scenariusze/")
    page.evaluate("window.__samePage = true")
    assert not page.locator("[data-sort-button]").is_visible()
    page.check("#f-area-finanse")
    page.wait_for_url(re.compile(r"area=finanse"))
    wait_until(page, f"document.querySelector('[data-total]').dataset.total !== '{expected()}'")
    assert page.evaluate("window.__samePage") is True, "the page was reloaded"
    finance = expected(area__slug="finanse")
    assert total(page) == finance
    announcer = page.locator("[data-catalogue-announcer]")
    wait_until(page, "document.querySelector('[data-catalogue-announcer]').textContent.length > 0")
    assert str(finance) in announcer.inner_text()
    online = expected(area__slug="finanse", format="online")
    assert page.locator("[data-count-for=f-format-online]").inner_text() == f"({online})"
    assert page.locator("#f-area-finanse").is_checked()
    assert page.locator("[data-clear-all]").is_visible()

    page.fill("#catalogue-q", "blik")
    page.wait_for_url(re.compile(r"q=blik"))
    wait_until(page, f"document.querySelector('[data-total]').dataset.total !== '{finance}'")
    assert 0 < total(page) < finance
    assert page.evaluate("window.__samePage") is True

    page.go_back()
    wait_until(page, f"document.querySelector('[data-total]').dataset.total === '{finance}'")
    assert "q=" not in page.url and page.locator("#f-area-finanse").is_checked()
    page.select_option("#catalogue-sort", "duration")
    page.wait_for_url(re.compile(r"sort=duration"))
    assert page.evaluate("window.__samePage") is True
    assert not page_errors.messages, page_errors.messages


def test_english_filters_use_english_slugs_with_and_without_javascript(browser, site_url, page, page_errors):
    context = browser.new_context(java_script_enabled=False, locale="en-GB")
    try:
        plain = context.new_page()
        open_page(plain, site_url + "/en/scenarios/")
        assert total(plain) == expected("en")
        plain.click("[data-filter-disclosure] > summary")
        plain.check("#f-area-health")
        plain.check("#f-format-in-person")
        plain.click(".filter-panel button[type=submit]")
        plain.wait_for_load_state("load")
        assert "area=health" in plain.url and "format=in-person" in plain.url
        assert total(plain) == expected("en", area__slug="health", format="stacjonarne") > 0
        plain.goto(site_url + "/en/scenarios/?area=zdrowie")
        assert "not recognised" in plain.locator("[role=status].notice").first.inner_text()
    finally:
        context.close()
    open_page(page, site_url + "/en/scenarios/")
    page.evaluate("window.__samePage = true")
    page.check("#f-area-health")
    page.wait_for_url(re.compile(r"area=health"))
    health = expected("en", area__slug="health")
    wait_until(page, f"document.querySelector('[data-total]').dataset.total === '{health}'")
    online = expected("en", area__slug="health", format="online")
    assert page.locator("[data-count-for=f-format-online]").inner_text() == f"({online})"
    page.fill("#catalogue-q", "pharmacy")
    page.wait_for_url(re.compile(r"q=pharmacy"))
    wait_until(page, f"document.querySelector('[data-total]').dataset.total !== '{health}'")
    assert 0 < total(page) < health
    assert page.evaluate("window.__samePage") is True
    assert not page_errors.messages, page_errors.messages


def test_copy_attribution_button(browser, site_url):
    context = browser.new_context(locale="pl-PL")
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site_url)
    try:
        page = context.new_page()
        open_page(page, site_url + SCENARIO)
        button = page.locator("[data-copy-target=attribution-text]")
        assert button.is_visible()
        button.click()
        wait_until(page, "document.querySelector('[data-copy-target] + [role=status]').textContent !== ''")
        copied = page.evaluate("navigator.clipboard.readText()")
        assert copied.startswith("„E-recepta") and "Licencja: CC BY 4.0, https://creativecommons.org" in copied
    finally:
        context.close()
    no_js = browser.new_context(java_script_enabled=False)
    try:
        page = no_js.new_page()
        open_page(page, site_url + SCENARIO)
        assert not page.locator("[data-copy-target=attribution-text]").is_visible()
        assert "Źródło:" in page.locator("#attribution-text").inner_text()
    finally:
        no_js.close()
