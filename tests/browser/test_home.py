"""The public site in a real browser (Debian's Chromium through Playwright).

Run: .venv/bin/python -m pytest tests/browser -q
"""

from urllib.parse import urlsplit

import pytest

from tests.browser.axe import assert_no_axe_violations, axe_violations

pytestmark = pytest.mark.browser

HOME = {"pl": "/", "en": "/en/"}
ABOUT = {"pl": "/o-projekcie/", "en": "/en/about/"}
SEARCH = {"pl": "/szukaj/?q=gmina", "en": "/en/search/?q=community"}
# "gmina" itself finds nothing in the demo content (the database search backend does no
# Polish stemming: the texts say "gmin", "gminie", "gminę"); "gmin" gives a results list.
SEARCH_WITH_RESULTS = {"pl": "/szukaj/?q=gmin", "en": SEARCH["en"]}

NARROW = {"width": 320, "height": 640}



def open_page(page, url):
    """Go to `url` and wait until the page and everything it loads is in."""
    response = page.goto(url, wait_until="load")
    assert response is not None, f"no response for {url}"
    assert response.status == 200, f"{url} answered {response.status}"
    return response


def focused(page, js):
    """Evaluate `js(el)` on document.activeElement."""
    return page.evaluate(f"(() => {{ const el = document.activeElement; return ({js}); }})()")


# 1. No console errors ---------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [HOME["pl"], HOME["en"], ABOUT["pl"], ABOUT["en"], SEARCH["pl"], SEARCH["en"]],
)
def test_no_console_errors(site_url, page, page_errors, path):
    open_page(page, site_url + path)
    # Anything loaded lazily (images further down) must not fail either.
    page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")
    page.wait_for_load_state("networkidle")
    assert page_errors.messages == [], "\n".join(page_errors.messages)


# 2. axe-core: WCAG 2.1 A and AA ------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [HOME["pl"], HOME["en"], ABOUT["pl"], ABOUT["en"], SEARCH["pl"], SEARCH_WITH_RESULTS["pl"], SEARCH["en"]],
)
def test_axe_wcag21_aa(site_url, page, path):
    url = site_url + path
    open_page(page, url)
    if path in SEARCH_WITH_RESULTS.values():
        # A real results list, not the "nothing matched" page.
        assert page.locator("ol.search-results > li").count() > 0, f"no search results on {url}"
    assert_no_axe_violations(page, url)


def test_axe_check_sees_a_planted_violation(site_url, page):
    """The axe run above really checks the page (under the site's CSP too)."""
    open_page(page, site_url + HOME["pl"])
    page.evaluate(
        """(() => {
          const img = document.createElement('img');
          img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
          img.width = 10; img.height = 10;
          document.querySelector('main').append(img);
        })()"""
    )
    assert "image-alt" in [violation["id"] for violation in axe_violations(page)]


# 3. Skip link ------------------------------------------------------------------------


@pytest.mark.parametrize("path", [HOME["pl"], HOME["en"], ABOUT["pl"]])
def test_skip_link_is_first_and_moves_focus_to_main(site_url, page, path):
    open_page(page, site_url + path)
    page.keyboard.press("Tab")

    assert focused(page, "el.classList.contains('skip-link')"), (
        "first Tab did not land on the skip link, but on: " + focused(page, "el.outerHTML.slice(0, 200)")
    )
    assert focused(page, "el.getAttribute('href')") == "#main"
    # Visible while focused (WCAG 2.4.7): a real box inside the viewport.
    box = page.locator(".skip-link").bounding_box()
    assert box is not None and box["width"] > 1 and box["height"] > 1, f"skip link not visible on focus: {box}"
    assert box["x"] >= 0 and box["y"] >= 0, f"skip link off screen on focus: {box}"

    page.keyboard.press("Enter")
    page.wait_for_function("location.hash === '#main'")
    assert focused(page, "!!el.closest('main#main')"), (
        "after Enter on the skip link focus is not in <main id=main> but on: "
        + focused(page, "el.outerHTML.slice(0, 200)")
    )


# 4. No horizontal scrolling at 320 px ------------------------------------------------


@pytest.mark.parametrize("path", [HOME["pl"], HOME["en"], ABOUT["pl"], ABOUT["en"]])
def test_no_horizontal_scroll_at_320px(site_url, page, path):
    page.set_viewport_size(NARROW)
    open_page(page, site_url + path)
    sizes = page.evaluate("({scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth})")
    assert sizes["innerWidth"] == NARROW["width"]
    if sizes["scrollWidth"] > sizes["innerWidth"]:
        # Name the culprits to make the failure useful.
        wide = page.evaluate(
            """(() => {
              const out = [];
              for (const el of document.querySelectorAll('body *')) {
                const r = el.getBoundingClientRect();
                if (r.right > window.innerWidth + 0.5 && r.width > 0) {
                  out.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                    + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '')
                    + ' right=' + Math.round(r.right));
                }
              }
              return out.slice(0, 15);
            })()"""
        )
        pytest.fail(
            f"{path}: scrollWidth {sizes['scrollWidth']} > innerWidth {sizes['innerWidth']}; "
            f"elements past the right edge: {wide}"
        )


# 5. Nothing leaves the site's own host -----------------------------------------------


@pytest.mark.parametrize("language", ["pl", "en"])
def test_no_third_party_requests(site_url, page, language):
    own = urlsplit(site_url).netloc
    urls = []
    page.on("request", lambda request: urls.append(request.url))
    for path in (HOME[language], ABOUT[language]):
        open_page(page, site_url + path)
        page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")
        page.wait_for_load_state("networkidle")

    assert urls, "no requests recorded"
    # The pages themselves plus their CSS, JS and images, at least.
    assert any(urlsplit(u).path.endswith(".css") for u in urls), urls
    foreign = [u for u in urls if not u.startswith("data:") and urlsplit(u).netloc != own]
    assert foreign == [], f"requests to hosts other than {own}: {foreign}"


# 6. Menu toggle on narrow screens ----------------------------------------------------


@pytest.mark.parametrize("path", [HOME["pl"], HOME["en"]])
def test_menu_toggle_at_320px(site_url, page, path):
    page.set_viewport_size(NARROW)
    open_page(page, site_url + path)
    toggle = page.locator("[data-nav-toggle]")
    menu = page.locator("#site-nav-list")
    first_link = menu.locator("a").first

    assert toggle.count() == 1
    assert toggle.is_visible(), "the menu button stays hidden at 320 px with JavaScript on"
    assert toggle.get_attribute("aria-expanded") == "false"
    assert toggle.get_attribute("aria-controls") == "site-nav-list"
    assert not first_link.is_visible(), "the menu list is not collapsed at 320 px"

    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "true"
    assert first_link.is_visible(), "the menu list did not open"

    # Into the list with the keyboard, then Escape: closed, focus back on the button.
    page.keyboard.press("Tab")
    assert focused(page, "!!el.closest('#site-nav-list')"), "Tab after the open button does not enter the list"
    page.keyboard.press("Escape")
    assert toggle.get_attribute("aria-expanded") == "false"
    assert not first_link.is_visible(), "Escape did not close the menu list"
    assert focused(page, "el.hasAttribute('data-nav-toggle')"), (
        "focus did not return to the menu button after Escape: " + focused(page, "el.outerHTML.slice(0, 200)")
    )


def test_menu_list_without_javascript_at_320px(site_url, browser):
    """Without JS the button stays hidden and the menu is simply there."""
    context = browser.new_context(java_script_enabled=False, viewport=NARROW)
    try:
        page = context.new_page()
        open_page(page, site_url + HOME["pl"])
        assert not page.locator("[data-nav-toggle]").is_visible()
        assert page.locator("#site-nav-list a").first.is_visible()
    finally:
        context.close()


# 7. Language switch ------------------------------------------------------------------


def test_language_switch_to_translated_page(site_url, page, page_errors):
    open_page(page, site_url + ABOUT["pl"])
    page.locator(".lang-switch a[hreflang='en']").click()
    page.wait_for_load_state("load")
    assert urlsplit(page.url).path == ABOUT["en"]
    assert page.evaluate("document.documentElement.lang") == "en"
    assert page.locator(".language-notice").count() == 0
    assert page_errors.messages == [], "\n".join(page_errors.messages)


def test_language_switch_to_untranslated_page_goes_to_nearest_english_page_with_notice(site_url, page, page_errors):
    open_page(page, site_url + "/o-projekcie/partnerzy/")
    page.locator(".lang-switch a[hreflang='en']").click()
    page.wait_for_load_state("load")
    assert urlsplit(page.url).path == ABOUT["en"]  # the nearest translated ancestor
    assert page.locator(".language-notice a[hreflang='pl']").get_attribute("href") == "/o-projekcie/partnerzy/"
    assert page.evaluate("document.documentElement.lang") == "en"
    notice = page.locator(".language-notice")
    assert notice.count() == 1
    assert notice.is_visible(), "the 'not translated' notice is in the page but not visible"
    assert notice.inner_text().strip()
    assert page_errors.messages == [], "\n".join(page_errors.messages)


def test_page_errors_collector_catches_errors(site_url, page, page_errors):
    """The collector used above really sees console errors and uncaught exceptions."""
    open_page(page, site_url + HOME["pl"])
    page.evaluate("console.error('boom-console')")
    page.evaluate("setTimeout(() => { throw new Error('boom-uncaught'); }, 0)")
    page.wait_for_timeout(100)
    joined = "\n".join(page_errors.messages)
    assert "boom-console" in joined
    assert "boom-uncaught" in joined


# 8. Favicon (split out of 1: Chromium requests it only once per browser session) --


def test_favicon_is_served(site_url, page):
    """Browsers fetch an icon for every site: the <link rel=icon> target if the page
    names one, /favicon.ico otherwise. A 404 there is a console error on first visit."""
    open_page(page, site_url + HOME["pl"])
    icon = page.evaluate("(() => { const l = document.querySelector('link[rel~=icon]'); return l ? l.href : null; })()")
    url = icon or site_url + "/favicon.ico"
    if url.startswith("data:"):
        return
    response = page.request.get(url)
    assert response.status == 200, (
        f"{url} answered {response.status}: add an icon (e.g. <link rel=icon> in base.html to a static file)"
    )
