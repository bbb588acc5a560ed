"""The search page in a real browser: results, suggestions with JS, plain form without, axe."""

import pytest

from tests.browser.axe import assert_no_axe_violations
from tests.browser.test_home import open_page

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("path", ["/szukaj/?q=partnerstwo+gminne", "/szukaj/?q=xyzzy", "/en/search/?q=municipalities"])
def test_search_pages_pass_axe(site_url, page, page_errors, path):
    url = site_url + path
    open_page(page, url)
    assert_no_axe_violations(page, url)
    assert not page_errors.messages


def test_suggestions_fill_a_datalist_while_typing(site_url, page):
    open_page(page, site_url + "/szukaj/")
    with page.expect_response(lambda response: "/szukaj/podpowiedzi/" in response.url) as answer:
        page.fill("#search-page-q", "lid")
    assert answer.value.ok
    # A locator wait, not wait_for_function: the site's CSP forbids eval, which that uses.
    page.locator("#search-page-q-suggestions option").first.wait_for(state="attached")
    options = page.eval_on_selector_all("#search-page-q-suggestions option", "els => els.map(e => e.value)")
    assert any(option.startswith("Lider") for option in options)
    page.press("#search-page-q", "Enter")
    page.wait_for_load_state("load")
    assert page.locator(".search-result").count() > 0


def test_search_works_without_javascript(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        open_page(page, site_url + "/szukaj/")
        page.fill("#search-page-q", "poradnik partnerstwo gminne")
        page.press("#search-page-q", "Enter")
        page.wait_for_load_state("load")
        first = page.locator(".search-result h3 a").first
        assert "Mocni w partnerstwie" in first.inner_text()
        assert page.locator("#search-page-q-suggestions").count() == 0
    finally:
        context.close()


def test_correction_links_work_without_javascript(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        open_page(page, site_url + "/szukaj/?q=poczta+elektorniczna")
        correction = page.locator(".search-correction")
        assert "Pokazujemy wyniki dla:" in correction.inner_text()
        assert "Poczta elektroniczna" in page.locator(".search-result h3 a").first.inner_text()
        page.click(".search-correction p:nth-child(2) a")  # "Szukaj dokładnie: …"
        page.wait_for_load_state("load")
        assert "exact=1" in page.url and page.locator(".search-correction").count() == 0
        page.go_back()
        page.click(".search-correction p:first-child a")
        page.wait_for_load_state("load")
        assert "elektroniczna" in page.url and page.locator(".search-correction").count() == 0
    finally:
        context.close()
