"""The page view beacon: counts per page, language and day; refuses bad input, robots and posts
from other sites; sets no cookie; the pages it counts stay cacheable and identical for everyone."""

import pytest
from django.test import Client
from django.utils import timezone
from wagtail.models import Page

from stats.models import DailyPageViewCount

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36"
SAME_ORIGIN = {"HTTP_SEC_FETCH_SITE": "same-origin", "HTTP_ORIGIN": "http://testserver", "HTTP_USER_AGENT": BROWSER}


def beacon(data, **headers):
    return Client().post("/stats/view/", data, **{**SAME_ORIGIN, **headers})


def views_of(page):
    return sum(DailyPageViewCount.objects.filter(page=page).values_list("count", flat=True))


@pytest.fixture
def about_pages(demo):
    polish = Page.objects.get(url_path__endswith="/o-projekcie/", locale__language_code="pl")
    english = Page.objects.get(translation_key=polish.translation_key, locale__language_code="en")
    return polish, english


def test_a_view_is_counted_per_page_language_and_day(about_pages):
    polish, english = about_pages
    for _ in range(2):
        assert beacon({"page": polish.id, "lang": "pl"}).status_code == 204
    assert beacon({"page": english.id, "lang": "en"}).status_code == 204
    row = DailyPageViewCount.objects.get(page=polish)
    assert (row.language, row.day, row.count) == ("pl", timezone.localdate(), 2)
    assert DailyPageViewCount.objects.get(page=english).language == "en"


def test_nothing_about_the_visitor_is_stored(about_pages):
    polish, _ = about_pages
    response = beacon({"page": polish.id, "lang": "pl"}, HTTP_COOKIE="tracking=1")
    assert response.status_code == 204 and not response.cookies
    assert "Set-Cookie" not in response
    assert "no-store" in response["Cache-Control"] or "no-cache" in response["Cache-Control"]
    fields = {field.name for field in DailyPageViewCount._meta.get_fields()}
    assert fields == {"id", "page", "language", "day", "count"}


@pytest.mark.parametrize("data", [
    {}, {"page": "abc", "lang": "pl"}, {"page": "-3", "lang": "pl"}, {"page": "1" * 40, "lang": "pl"},
    {"page": "999999", "lang": "pl"}, {"lang": "pl"}, {"page": "3"}, {"page": "3", "lang": "de"},
])
def test_bad_input_gets_400(demo, data):
    response = beacon(data)
    assert response.status_code == 400
    assert not DailyPageViewCount.objects.exists()


def test_a_language_other_than_the_pages_is_refused(about_pages):
    polish, english = about_pages
    assert beacon({"page": polish.id, "lang": "en"}).status_code == 400
    assert views_of(polish) == 0


def test_unpublished_pages_and_the_tree_root_are_not_counted(about_pages):
    polish, _ = about_pages
    polish.unpublish()
    assert beacon({"page": polish.id, "lang": "pl"}).status_code == 400
    assert beacon({"page": Page.get_first_root_node().id, "lang": "pl"}).status_code == 400


@pytest.mark.parametrize("agent", ["", "Googlebot/2.1 (+http://www.google.com/bot.html)", "curl/8.5.0",
                                   "Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome/140.0 Safari/537.36"])
def test_robots_are_not_counted(about_pages, agent):
    polish, _ = about_pages
    assert beacon({"page": polish.id, "lang": "pl"}, HTTP_USER_AGENT=agent).status_code == 204
    assert views_of(polish) == 0


@pytest.mark.parametrize("headers", [
    {"HTTP_SEC_FETCH_SITE": "cross-site"},
    {"HTTP_SEC_FETCH_SITE": "same-site"},
    {"HTTP_SEC_FETCH_SITE": None, "HTTP_ORIGIN": "https://evil.example"},
    {"HTTP_SEC_FETCH_SITE": None, "HTTP_ORIGIN": None, "HTTP_REFERER": "https://evil.example/page"},
])
def test_posts_from_other_sites_are_refused(about_pages, headers):
    polish, _ = about_pages
    client_headers = {**SAME_ORIGIN, **headers}
    client_headers = {name: value for name, value in client_headers.items() if value is not None}
    response = Client().post("/stats/view/", {"page": polish.id, "lang": "pl"}, **client_headers)
    assert response.status_code == 403
    assert views_of(polish) == 0


def test_only_post(demo):
    response = Client().get("/stats/view/")
    assert response.status_code == 405
    assert "no-store" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def test_too_many_from_one_client(about_pages, settings):
    polish, _ = about_pages
    settings.STATS_BEACON_RATE_LIMIT = "3/60"
    statuses = [beacon({"page": polish.id, "lang": "pl"}).status_code for _ in range(5)]
    assert statuses == [204, 204, 204, 429, 429]
    assert views_of(polish) == 3


def test_pages_stay_cacheable_and_identical(about_pages, page_cache):
    polish, _ = about_pages
    first = Client().get(polish.url)
    second = Client(HTTP_USER_AGENT=BROWSER).get(polish.url)
    assert first["Cache-Control"].startswith("public, ") and not first.cookies
    assert second["X-Page-Cache"] == "hit"
    assert first.content == second.content
    html = first.content.decode()
    assert f'data-view-page="{polish.id}"' in html and 'data-view-language="pl"' in html
    assert 'data-view-count="/stats/view/"' in html


def test_previews_and_search_results_have_no_beacon(demo, rf):
    from stats.templatetags.stats_tags import view_beacon_attributes

    assert "data-view-count" not in Client().get("/szukaj/?q=senior").content.decode()
    page = Page.objects.get(url_path__endswith="/o-projekcie/", locale__language_code="pl")
    request = rf.get("/")
    assert "data-view-page" in view_beacon_attributes({"page": page, "request": request})
    request.is_preview = True
    assert view_beacon_attributes({"page": page, "request": request}) == ""
