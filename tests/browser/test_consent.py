"""Cookie consent in a real browser: focus order, keyboard, no reload with JS, the whole flow
without JS, the cookie jar, storage and network before a decision, axe-core WCAG 2.1 AA.

Run: .venv/bin/python -m pytest tests/browser/test_consent.py -q
"""

from urllib.parse import urlsplit

import pytest

from tests.browser.axe import assert_no_axe_violations
from tests.browser.test_home import focused, open_page

pytestmark = pytest.mark.browser

COOKIE = "emocni_consent"
POLICY = {"pl": "/polityka-cookies/", "en": "/en/cookie-policy/"}


def cookie_names(context):
    return sorted(cookie["name"] for cookie in context.cookies())


def mark_document(page):
    """A marker that survives only as long as the document does (a reload loses it)."""
    page.evaluate("window.__sameDocument = true")


def same_document(page):
    return page.evaluate("window.__sameDocument === true")


# Before any decision --------------------------------------------------------------------


def test_before_a_decision_no_cookie_no_storage_no_other_host(site_url, page, context, page_errors):
    own = urlsplit(site_url).netloc
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    for path in ("/", "/o-projekcie/", POLICY["pl"], "/en/"):
        open_page(page, site_url + path)
        page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")
        page.wait_for_load_state("networkidle")
        storage = page.evaluate("[localStorage.length, sessionStorage.length]")
        assert storage == [0, 0], f"{path}: something in web storage before a decision: {storage}"
        assert page.evaluate("window.emocniConsent.decided()") is False
        assert page.evaluate("window.emocniConsent.allows('external_media')") is False
        assert page.evaluate("window.emocniConsent.allows('necessary')") is True
    # Not even a CSRF cookie: the pages are the same for every visitor (and so cacheable).
    assert cookie_names(context) == [], context.cookies()
    foreign = [u for u in requests if not u.startswith("data:") and urlsplit(u).netloc != own]
    assert foreign == [], f"requests to other hosts before a decision: {foreign}"
    assert page_errors.messages == [], "\n".join(page_errors.messages)


# Focus order and keyboard ----------------------------------------------------------------


def test_banner_is_next_after_the_skip_link(site_url, page):
    open_page(page, site_url + "/")
    page.keyboard.press("Tab")
    assert focused(page, "el.classList.contains('skip-link')")
    page.keyboard.press("Tab")
    assert focused(page, "!!el.closest('[data-consent-banner]')"), focused(page, "el.outerHTML.slice(0, 200)")
    assert focused(page, "el.textContent.trim()") == "Akceptuję wszystkie"
    page.keyboard.press("Tab")
    assert focused(page, "el.textContent.trim()") == "Odrzucam wszystkie"
    page.keyboard.press("Tab")
    assert focused(page, "el.textContent.trim()") == "Ustawienia cookies"
    assert focused(page, "el.getAttribute('href')").startswith(POLICY["pl"])
    page.keyboard.press("Tab")
    assert not focused(page, "!!el.closest('[data-consent-banner]')")
    region = page.get_by_role("region", name="Pliki cookies w serwisie e-Mocni")
    assert region.count() == 1 and region.is_visible()


@pytest.mark.parametrize("button,key,expected", [
    # No analytics integration is configured: YouTube is the only category (statistics only
    # appear with one, see test_analytics_script_only_after_consent).
    ("Akceptuję wszystkie", "Enter", {"external_media": True}),
    ("Odrzucam wszystkie", "Space", {"external_media": False}),
])
def test_buttons_by_keyboard_with_js_no_reload(site_url, page, context, page_errors, button, key, expected):
    open_page(page, site_url + "/o-projekcie/")
    mark_document(page)
    events = page.evaluate_handle(
        "(() => { const seen = []; document.addEventListener('emocni:consent', e => seen.push(e.detail)); return seen; })()"
    )
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    if button == "Odrzucam wszystkie":
        page.keyboard.press("Tab")
    assert focused(page, "el.textContent.trim()") == button
    page.keyboard.press(key)

    confirmation = page.locator("[data-consent-confirmation]")
    confirmation.wait_for(state="visible")
    assert same_document(page), "the page reloaded"
    assert urlsplit(page.url).path == "/o-projekcie/" and "zgoda" not in page.url
    assert focused(page, "el.hasAttribute('data-consent-confirmation')"), "focus did not move to the confirmation"
    assert page.locator("[data-consent-question]").is_hidden()
    assert "Zapisaliśmy" in confirmation.inner_text()
    assert COOKIE in cookie_names(context)
    assert page.evaluate("window.emocniConsent.decided()") is True
    for category, allowed in expected.items():
        assert page.evaluate(f"window.emocniConsent.allows('{category}')") is allowed
    assert events.json_value() == [{"decided": True, "categories": expected}]

    # "Hide" by keyboard: the banner goes, still without a reload.
    page.keyboard.press("Tab")  # the "change your settings" link
    page.keyboard.press("Tab")
    assert focused(page, "el.hasAttribute('data-consent-hide')")
    page.keyboard.press("Enter")
    assert page.locator("[data-consent-banner]").is_hidden()
    assert same_document(page)

    # The next page has no banner.
    open_page(page, site_url + "/")
    assert page.locator("[data-consent-banner]").count() == 0
    assert page.evaluate("window.emocniConsent.decided()") is True
    assert page_errors.messages == [], "\n".join(page_errors.messages)


def test_settings_form_with_js_no_reload(site_url, page, context, page_errors):
    open_page(page, site_url + POLICY["pl"])
    assert page.locator("[data-consent-banner]").count() == 0  # the page is the settings
    mark_document(page)
    assert page.locator("form[data-consent-form=settings] input[type=radio]:checked").count() == 0
    assert page.get_by_label("Nie zgadzam się na analityczne pliki cookies").count() == 0  # no statistics here
    page.get_by_label("Tak, pokazuj filmy z YouTube").check()
    page.get_by_role("button", name="Zapisz ustawienia cookies").click()
    status = page.locator("[data-consent-status]")
    status.wait_for(state="visible")
    assert same_document(page)
    assert focused(page, "el.hasAttribute('data-consent-status')")
    assert page.evaluate("[emocniConsent.allows('analytics'), emocniConsent.allows('external_media')]") == [False, True]
    # Reloaded, the form shows the saved choice.
    open_page(page, site_url + POLICY["pl"])
    checked = page.locator("input[type=radio]:checked").evaluate_all("els => els.map(e => e.id)")
    assert sorted(checked) == ["consent-external_media-yes"]
    assert page_errors.messages == [], "\n".join(page_errors.messages)


def test_settings_form_refuses_a_missing_choice_in_the_browser(site_url, page, context):
    open_page(page, site_url + POLICY["en"])
    page.get_by_role("button", name="Save cookie settings").click()
    # `required` radios: the browser stops the form; nothing is saved.
    assert page.evaluate("document.querySelector('input[name=external_media]').validity.valueMissing") is True
    page.wait_for_timeout(200)
    assert COOKIE not in cookie_names(context)


# Without JavaScript ---------------------------------------------------------------------


def test_whole_flow_without_javascript(site_url, browser):
    context = browser.new_context(java_script_enabled=False, locale="pl-PL")
    try:
        page = context.new_page()
        open_page(page, site_url + "/o-projekcie/")
        page.get_by_role("button", name="Odrzucam wszystkie").click()
        page.wait_for_load_state("load")
        # Back on the same page, with the confirmation.
        assert urlsplit(page.url).path == "/o-projekcie/" and "zgoda=1" in page.url
        confirmation = page.locator("[data-consent-confirmation]")
        assert confirmation.is_visible()
        assert "odmowę" in confirmation.inner_text()
        assert COOKIE in cookie_names(context)
        # "Hide" reloads the page without the parameter.
        page.get_by_role("button", name="Ukryj tę wiadomość").click()
        page.wait_for_load_state("load")
        assert urlsplit(page.url).path == "/o-projekcie/" and "zgoda" not in page.url
        assert page.locator("[data-consent-banner]").count() == 0

        # Change of mind on the settings page: one POST.
        page.get_by_role("link", name="Ustawienia cookies").last.click()
        page.wait_for_load_state("load")
        assert urlsplit(page.url).path == POLICY["pl"]
        checked = page.locator("input[type=radio]:checked").evaluate_all("els => els.map(e => e.id)")
        assert sorted(checked) == ["consent-external_media-no"]
        page.get_by_label("Tak, pokazuj filmy z YouTube").check()
        page.get_by_role("button", name="Zapisz ustawienia cookies").click()
        page.wait_for_load_state("load")
        assert urlsplit(page.url).path == POLICY["pl"] and "zgoda=1" in page.url
        assert page.locator("[data-consent-status]").is_visible()
        checked = page.locator("input[type=radio]:checked").evaluate_all("els => els.map(e => e.id)")
        assert sorted(checked) == ["consent-external_media-yes"]
    finally:
        context.close()


def test_banner_settings_link_and_way_back_without_javascript(site_url, browser):
    context = browser.new_context(java_script_enabled=False, locale="pl-PL")
    try:
        page = context.new_page()
        open_page(page, site_url + "/o-projekcie/partnerzy/")
        page.locator("[data-consent-banner]").get_by_role("link", name="Ustawienia cookies").click()
        page.wait_for_load_state("load")
        assert urlsplit(page.url).path == POLICY["pl"]
        page.get_by_label("Nie pokazuj filmów z YouTube").check()
        page.get_by_role("button", name="Zapisz ustawienia cookies").click()
        page.wait_for_load_state("load")
        page.get_by_role("link", name="Wróć do poprzednio oglądanej strony").click()
        page.wait_for_load_state("load")
        assert urlsplit(page.url).path == "/o-projekcie/partnerzy/"
        assert page.locator("[data-consent-banner]").count() == 0
    finally:
        context.close()


# axe-core ------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/", "/en/", "/o-projekcie/"])
def test_axe_with_the_banner_shown(site_url, page, path):
    open_page(page, site_url + path)
    assert page.locator("[data-consent-question]").is_visible()
    assert_no_axe_violations(page, site_url + path + " (banner)")


def test_axe_with_the_confirmation_and_after_hiding(site_url, page):
    open_page(page, site_url + "/")
    page.get_by_role("button", name="Akceptuję wszystkie").click()
    page.locator("[data-consent-confirmation]").wait_for(state="visible")
    assert_no_axe_violations(page, "/ (confirmation)")
    page.get_by_role("button", name="Ukryj tę wiadomość").click()
    assert_no_axe_violations(page, "/ (banner hidden)")
    open_page(page, site_url + "/o-projekcie/")
    assert_no_axe_violations(page, "/o-projekcie/ (after a decision)")


@pytest.mark.parametrize("language", ["pl", "en"])
def test_axe_on_the_policy_page(site_url, page, language):
    open_page(page, site_url + POLICY[language])
    assert page.locator("form[data-consent-form=settings]").is_visible()
    assert_no_axe_violations(page, POLICY[language])
    page.locator("input[type=radio][value=no]").first.check()
    page.locator("input[type=radio][value=yes]").last.check()
    page.locator("form[data-consent-form=settings] button[type=submit]").click()
    page.locator("[data-consent-status]").wait_for(state="visible")
    assert_no_axe_violations(page, POLICY[language] + " (saved)")


def test_banner_fits_320px(site_url, page):
    page.set_viewport_size({"width": 320, "height": 640})
    open_page(page, site_url + "/")
    sizes = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert sizes[0] <= sizes[1], sizes
    for name in ("Akceptuję wszystkie", "Odrzucam wszystkie"):
        box = page.get_by_role("button", name=name).bounding_box()
        assert box["height"] >= 44 and box["x"] >= 0 and box["x"] + box["width"] <= 320


def test_analytics_script_only_after_consent(site_url, page, settings):
    """The optional self-hosted analytics script: never requested before consent or after a
    refusal; with JS, loaded as soon as analytics is accepted (no reload needed). Its address is made up
    under /analytics/ (the site's own cookieless page-view beacon, /stats/view/, is always sent)."""
    settings.CONSENT_ANALYTICS_SCRIPT = {"src": "/analytics/script.js", "attrs": {"data-site-id": "1"}}
    stats = []
    page.on("request", lambda request: stats.append(request.url) if "/analytics/" in request.url else None)
    open_page(page, site_url + "/")
    page.get_by_role("button", name="Odrzucam wszystkie").click()
    page.locator("[data-consent-confirmation]").wait_for(state="visible")
    open_page(page, site_url + "/o-projekcie/")
    page.wait_for_load_state("networkidle")
    assert stats == [] and page.locator("script[data-consent-analytics]").count() == 0

    open_page(page, site_url + POLICY["pl"])
    page.get_by_label("Tak, zgadzam się na analityczne pliki cookies").check()
    page.get_by_label("Nie pokazuj filmów z YouTube").check()
    page.get_by_role("button", name="Zapisz ustawienia cookies").click()
    page.locator("[data-consent-status]").wait_for(state="visible")
    page.wait_for_load_state("networkidle")
    assert [urlsplit(u).path for u in stats] == ["/analytics/script.js"]
    assert page.locator("script[data-consent-analytics]").get_attribute("data-site-id") == "1"
    # Server-rendered on the next page.
    stats.clear()
    open_page(page, site_url + "/o-projekcie/")
    assert page.locator("script[data-consent-analytics][src='/analytics/script.js']").count() == 1


@pytest.mark.parametrize("path", [POLICY["pl"], POLICY["en"]])
def test_policy_page_fits_320px(site_url, page, path):
    page.set_viewport_size({"width": 320, "height": 640})
    open_page(page, site_url + path)
    sizes = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert sizes[0] <= sizes[1], sizes
