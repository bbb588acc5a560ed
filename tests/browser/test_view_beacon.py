"""The page view beacon in a real browser: one POST to /stats/view/ per page view, counted once,
with no cookie set. Headless Chromium calls itself "HeadlessChrome", which the beacon treats as
a robot, so the counted case uses an ordinary desktop user agent.

The counts are read only after the beacon was answered: the test's own database transaction would
otherwise hold a lock on the table that the live server writes to (SQLite's shared cache). No other
browser test sends a desktop user agent, so these pages have no count before."""

import pytest
from wagtail.models import Page

from stats.models import DailyPageViewCount

pytestmark = pytest.mark.browser

DESKTOP = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36"


def views_of(path_end, language):
    page = Page.objects.get(url_path__endswith=path_end, locale__language_code=language)
    return page, sum(DailyPageViewCount.objects.filter(page=page).values_list("count", flat=True))


@pytest.mark.parametrize("url,path_end,language", [("/o-projekcie/", "/o-projekcie/", "pl"),
                                                   ("/en/about/", "/about/", "en")])
def test_the_beacon_fires_once_per_page_view(browser, site_url, url, path_end, language):
    context = browser.new_context(locale="pl-PL", user_agent=DESKTOP)
    try:
        page = context.new_page()
        beacons = []
        page.on("request", lambda request: beacons.append(request) if "/stats/view/" in request.url else None)
        with page.expect_response(lambda response: "/stats/view/" in response.url) as answer:
            page.goto(site_url + url, wait_until="load")
        assert answer.value.status == 204
        page.wait_for_timeout(500)  # a second beacon, if any, would be on its way by now
        assert len(beacons) == 1
        assert beacons[0].method == "POST"
        page_record, counted = views_of(path_end, language)
        assert beacons[0].post_data == f"page={page_record.id}&lang={language}"
        assert counted == 1
        assert context.cookies() == []
    finally:
        context.close()


def test_headless_robots_are_not_counted(page, site_url):
    with page.expect_response(lambda response: "/stats/view/" in response.url) as answer:
        page.goto(site_url + "/publikacje/", wait_until="load")
    assert answer.value.status == 204
    assert views_of("/publikacje/", "pl")[1] == 0
