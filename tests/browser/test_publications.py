"""Publications and the handbook in a real browser: accessibility, layout, no-JS filters."""

import pytest

from tests.browser.axe import assert_no_axe_violations
from tests.browser.test_home import NARROW, open_page

pytestmark = pytest.mark.browser

PAGES = [
    "/publikacje/",
    "/publikacje/?typ=handbook",
    "/publikacje/partnerstwa-daja-moc/",
    "/publikacje/mocni-w-partnerstwie/",
    "/publikacje/mocni-w-partnerstwie/lider/",
    "/publikacje/mocni-w-partnerstwie/calosc/",
]


@pytest.mark.parametrize("path", PAGES)
def test_axe_finds_no_wcag21_aa_violation(site_url, page, page_errors, path):
    url = site_url + path
    open_page(page, url)
    assert_no_axe_violations(page, url)
    assert not page_errors.messages


@pytest.mark.parametrize("path", PAGES[2:5])
def test_no_horizontal_scroll_at_320px(site_url, page, path):
    page.set_viewport_size(NARROW)
    open_page(page, site_url + path)
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_filters_work_without_javascript(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        open_page(page, site_url + "/publikacje/")
        page.check("#typ-catalogue")
        page.click(".filter-panel button[type=submit]")
        page.wait_for_load_state("load")
        assert "typ=catalogue" in page.url
        titles = page.locator(".publication-list .card__title").all_inner_texts()
        assert titles == ["Ramowy katalog kompetencji cyfrowych"]
        page.click(".chip")
        page.wait_for_load_state("load")
        assert len(page.locator(".publication-list .card__title").all_inner_texts()) == 3
    finally:
        context.close()


def test_copy_citation_button_appears_with_javascript(site_url, page):
    open_page(page, site_url + "/publikacje/mocni-w-partnerstwie/")
    button = page.locator("[data-copy-target=citation-text]")
    assert button.is_visible()
    assert "Iwona Kusak" in page.locator("#citation-text").inner_text()
