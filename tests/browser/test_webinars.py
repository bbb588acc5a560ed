"""Webinars in a real browser: nothing reaches YouTube or Google before the visitor plays,
exactly one youtube-nocookie.com player after, keyboard operation, axe-core WCAG 2.1 AA.

Every request to another host is caught with page.route and answered locally (or refused),
so nothing leaves the machine.

Run: .venv/bin/python -m pytest tests/browser/test_webinars.py -q
"""

from urllib.parse import parse_qs, urlsplit

import pytest

from tests.browser.axe import assert_no_axe_violations
from tests.browser.test_home import NARROW, focused, open_page
from tests.helpers import tab_to

pytestmark = pytest.mark.browser

SERIES = "/webinaria/"
WEBINAR = "/webinaria/szkolenia-dostepne/"  # episode 7: captions and PJM
VIDEO_ID = "eMocniWeb07"
NOCOOKIE_HOST = "www.youtube-nocookie.com"


class Network:
    """Every request the page makes; requests to other hosts never leave the machine:
    the youtube-nocookie.com player gets a local stand-in page, anything else is aborted."""

    def __init__(self, page, own_netloc):
        self.own = own_netloc
        self.requests = []
        page.on("request", lambda request: self.requests.append(request.url))
        page.route(lambda url: urlsplit(url).scheme in ("http", "https") and urlsplit(url).netloc != own_netloc,
                   self._foreign)

    @staticmethod
    def _foreign(route):
        if urlsplit(route.request.url).hostname == NOCOOKIE_HOST:
            route.fulfill(status=200, content_type="text/html",
                          body="<!DOCTYPE html><html lang='pl'><title>Stand-in player</title><p>player</p></html>")
        else:
            route.abort()

    def foreign(self):
        return [u for u in self.requests if not u.startswith(("data:", "blob:")) and urlsplit(u).netloc != self.own]

    def clear(self):
        self.requests.clear()


def test_nothing_from_google_before_play_then_one_nocookie_player(site_url, page, page_errors):
    network = Network(page, urlsplit(site_url).netloc)
    open_page(page, site_url + WEBINAR)
    page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")
    page.wait_for_load_state("networkidle")

    # Before the click: only the site itself, no frame, no hint to connect elsewhere.
    assert network.requests, "no requests recorded"
    assert network.foreign() == [], f"requests to other hosts before play: {network.foreign()}"
    assert page.locator("iframe").count() == 0
    assert page.locator("link[rel~=preconnect], link[rel~=dns-prefetch]").count() == 0
    thumbnail = page.locator("[data-webinar-player] img")
    assert thumbnail.evaluate("img => img.complete && img.naturalWidth > 0"), "local thumbnail did not load"
    # Undecided about external media: the sentence on what playing sends to YouTube is there.
    assert page.locator("[data-webinar-player] [data-player-notice]").is_visible()

    # Keyboard only: Tab to the play button (a real button once JS runs), Enter.
    tab_to(page, "[data-webinar-player] [data-play]")
    assert focused(page, "el.tagName") == "BUTTON"
    assert "Odtwórz film" in focused(page, "el.textContent")
    network.clear()
    # wait_for_load_state("networkidle") returns at once when the page was idle already, so the
    # frame's request is awaited explicitly (it could land after the asserts on a loaded machine).
    with page.expect_request(lambda request: urlsplit(request.url).hostname == NOCOOKIE_HOST):
        page.keyboard.press("Enter")

    frame = page.locator("[data-webinar-player] iframe")
    frame.wait_for(state="attached")
    assert page.locator("iframe").count() == 1
    src = frame.get_attribute("src")
    parts = urlsplit(src)
    assert (parts.scheme, parts.hostname, parts.path) == ("https", NOCOOKIE_HOST, f"/embed/{VIDEO_ID}")
    assert parse_qs(parts.query) == {
        "autoplay": ["1"], "cc_load_policy": ["1"], "cc_lang_pref": ["pl"], "hl": ["pl"], "rel": ["0"],
    }
    assert frame.get_attribute("title") == "Film: Szkolenia dostępne dla osób z niepełnosprawnościami i osób głuchych"
    assert focused(page, "el.tagName") == "IFRAME", "focus did not move to the player"
    # The one request that left the page went to the player (answered by the stand-in).
    assert network.foreign() and all(urlsplit(u).hostname == NOCOOKIE_HOST for u in network.foreign())
    # Wait for the frame itself: under load its title is still Chromium's "Loading …" placeholder.
    player = frame.element_handle().content_frame()
    player.wait_for_load_state("load")
    assert player.title() == "Stand-in player", "the page's CSP blocked the player frame"
    assert page.locator("[data-webinar-player] [data-play]").is_hidden()
    # The plain YouTube link stays.
    assert page.locator("a.webinar-player__link").get_attribute("href") == f"https://www.youtube.com/watch?v={VIDEO_ID}"
    assert page_errors.messages == [], "\n".join(page_errors.messages)


def allow_external_media(context, site_url, allowed=True):
    from consent import state

    value = state.encode(state.Decision("d" * 32, 1, {"external_media": allowed}))
    context.add_cookies([{"name": state.cookie_name(), "value": value, "url": site_url}])


def test_with_external_media_allowed_one_click_plays(site_url, context, page, page_errors):
    """The visitor allowed YouTube: no explanatory sentence, the button loads the nocookie player."""
    allow_external_media(context, site_url)
    network = Network(page, urlsplit(site_url).netloc)
    open_page(page, site_url + WEBINAR)
    page.wait_for_load_state("networkidle")
    assert network.foreign() == [], "nothing from YouTube before the click, even when allowed"
    assert page.locator("[data-webinar-player] [data-player-notice]").is_hidden()
    page.locator("[data-webinar-player] button[data-play]").click()
    frame = page.locator("[data-webinar-player] iframe")
    frame.wait_for(state="attached")
    assert urlsplit(frame.get_attribute("src")).hostname == NOCOOKIE_HOST
    assert page.locator("iframe").count() == 1
    assert page_errors.messages == [], "\n".join(page_errors.messages)


def test_refused_keeps_the_placeholder_and_a_choice_on_the_page_updates_it(site_url, context, page):
    allow_external_media(context, site_url, allowed=False)
    open_page(page, site_url + WEBINAR)
    notice = page.locator("[data-webinar-player] [data-player-notice]")
    assert notice.is_visible()
    assert "YouTube" in notice.inner_text()
    # Allowing YouTube in the settings (here: the JS event consent.js sends after saving) hides it.
    page.evaluate("document.dispatchEvent(new CustomEvent('emocni:consent', "
                  "{detail: {decided: true, categories: {external_media: true}}}))")
    assert notice.is_hidden()


def test_without_javascript_play_is_a_plain_youtube_link(browser, site_url):
    context = browser.new_context(java_script_enabled=False, locale="pl-PL")
    try:
        page = context.new_page()
        network = Network(page, urlsplit(site_url).netloc)
        open_page(page, site_url + WEBINAR)
        play = page.locator("[data-webinar-player] a[data-play]")
        assert play.is_visible()
        assert play.get_attribute("href") == f"https://www.youtube.com/watch?v={VIDEO_ID}"
        assert page.locator("iframe").count() == 0
        assert network.foreign() == []
    finally:
        context.close()


def test_series_page_loads_only_the_site(site_url, page, page_errors):
    network = Network(page, urlsplit(site_url).netloc)
    open_page(page, site_url + SERIES)
    page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")
    page.wait_for_load_state("networkidle")
    assert page.locator(".webinar-card").count() == 8
    assert network.foreign() == []
    assert page_errors.messages == [], "\n".join(page_errors.messages)


def test_card_youtube_link_is_not_covered_by_the_title_link(site_url, page):
    open_page(page, site_url + SERIES)
    link = page.locator(".webinar-card__action a").first
    link.scroll_into_view_if_needed()
    link.click(trial=True)  # fails if another element (the card's link overlay) would get the click


def test_copy_all_links(site_url, context, page):
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site_url)
    open_page(page, site_url + SERIES)
    button = page.locator("[data-copy-links]")
    assert button.is_visible()
    button.click()
    status = page.locator("[data-copy-status]")
    status.wait_for(state="visible")
    assert "Skopiowano" in status.inner_text()
    copied = page.evaluate("navigator.clipboard.readText()")
    lines = copied.splitlines()
    assert len(lines) == 8
    assert lines[0].startswith("1. Partnerstwo zaczyna się od diagnozy")
    assert lines[0].endswith("https://www.youtube.com/watch?v=eMocniWeb01")


def test_webinar_page_weight_before_play(site_url, page):
    """Everything the browser downloads for the page before play (HTML, CSS, JS, fonts,
    thumbnail, icon), as the browser counts it: under 150 KB."""
    open_page(page, site_url + WEBINAR)
    page.wait_for_load_state("networkidle")
    entries = page.evaluate(
        """[...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
           .map(e => ({name: e.name, size: e.encodedBodySize}))"""
    )
    total = sum(entry["size"] for entry in entries)
    print(f"\nwebinar page in the browser: {total / 1024:.1f} KB in {len(entries)} responses")
    assert any(entry["name"].endswith(".webp") for entry in entries), entries
    assert total < 150 * 1024, entries


@pytest.mark.parametrize("path", [SERIES, WEBINAR])
def test_axe_finds_no_wcag21_aa_violation(site_url, page, page_errors, path):
    url = site_url + path
    open_page(page, url)
    assert_no_axe_violations(page, url)
    assert page_errors.messages == [], "\n".join(page_errors.messages)


@pytest.mark.parametrize("path", [SERIES, WEBINAR])
def test_no_horizontal_scroll_at_320px(site_url, page, path):
    page.set_viewport_size(NARROW)
    open_page(page, site_url + path)
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
