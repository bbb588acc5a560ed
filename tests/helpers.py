"""Small functions the tests of several apps share: reading a response as HTML, its parts, its headers.

Plain functions, no fixtures (those are in tests/conftest.py and tests/browser/conftest.py), so a test
module imports exactly what it uses: `from tests.helpers import soup, html_of`.
"""

import re

import pytest
from bs4 import BeautifulSoup


def soup(response, status=200):
    """The response parsed as HTML; fails unless it has the expected status (None: any status)."""
    if status is not None:
        assert response.status_code == status, response.status_code
    return BeautifulSoup(response.content.decode(), "html.parser")


def main_html(response):
    """The page's own content (the chrome around it may carry per-request tokens)."""
    return str(soup(response).select_one("main"))


def csp(response):
    """The Content-Security-Policy header as {directive: [sources]}."""
    return {
        part.split()[0]: part.split()[1:] for part in response["Content-Security-Policy"].split("; ") if part
    }


def html_of(client, page_or_url):
    """The HTML of a page (a Page or a path), which must answer 200."""
    url = page_or_url if isinstance(page_or_url, str) else page_or_url.url
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def h1(html):
    """The inner HTML of the page's h1."""
    return re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S).group(1).strip()


# Browser pages (Playwright) -------------------------------------------------------------

# Each language's browser locale, and the wide window most page checks open pages in.
LOCALES = {"pl": "pl-PL", "en": "en-GB"}
WIDE = {"width": 1280, "height": 800}


def goto(page, url, status=200):
    """Open `url` and wait for its load event; fails unless it answers `status`."""
    response = page.goto(url, wait_until="load")
    assert response is not None, f"no response for {url}"
    assert response.status == status, f"{url} answered {response.status}, expected {status}"


def reject_cookies(page):
    """Refuse every optional cookie: "reject all" in the banner, then hide its confirmation. The
    cookie policy page shows no banner (its own settings form is the place to decide): there
    every category is answered "no" and saved."""
    banner = page.locator("[data-consent-banner]")
    if banner.count() == 0:
        form = page.locator("form[data-consent-form=settings]")
        assert form.count() == 1, f"{page.url}: neither a cookie banner nor the cookie settings form"
        for radio in form.locator("input[type=radio][value=no]").all():
            radio.check()
        form.locator("button[type=submit]").click()
        page.locator("[data-consent-status]").wait_for(state="visible")
        assert page.evaluate("window.emocniConsent.decided()") is True
        return
    banner.locator("form:has(input[name=decision][value=reject]) button").click()
    banner.locator("[data-consent-confirmation]").wait_for(state="visible")
    banner.locator("[data-consent-hide]").click()
    banner.wait_for(state="hidden")



def tab_to(page, selector, limit=80):
    """Press Tab in a Playwright page until the focused element matches `selector`; returns the
    number of presses, fails after `limit`."""
    for presses in range(1, limit + 1):
        page.keyboard.press("Tab")
        if page.evaluate("(s) => !!document.activeElement && document.activeElement.matches(s)", selector):
            return presses
    pytest.fail(f"{selector} not reached with {limit} presses of Tab")


def pass_second_factor(client, user):
    """Mark the client's session as having passed the second factor (a confirmed TOTP device of
    the user, stored in the session as django-otp's own login step would)."""
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="authenticator-app", confirmed=True)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return device
