"""The series page: page tree rules, the listing in order, the list of all links, query budget, demo."""

import re

from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from home.models import HomePage, StandardPage
from tests.helpers import main_html, soup
from webinars.models import (
    WebinarPage,
    WebinarSeriesPage,
)

from .conftest import add_webinar

GOOGLE_HOSTS = re.compile(r"(youtube|youtu\.be|ytimg|google|gstatic|doubleclick)", re.I)


# Page tree -----------------------------------------------------------------------------


def test_page_type_rules(series, home):
    about = StandardPage(title="O projekcie", slug="o-projekcie")
    home.add_child(instance=about)
    assert WebinarSeriesPage.can_create_at(home)
    assert not WebinarSeriesPage.can_create_at(about)
    assert not WebinarSeriesPage.can_create_at(Page.get_first_root_node())
    assert WebinarPage.can_create_at(series)
    assert not WebinarPage.can_create_at(home)
    assert not WebinarPage.can_create_at(about)
    assert WebinarPage.allowed_subpage_models() == []


# Series page ---------------------------------------------------------------------------


def test_series_lists_webinars_in_episode_order(client, series, speaker, thumbnail):
    # Created out of order: the listing follows the episode numbers.
    for number in (3, 1, 2):
        add_webinar(series, number, speakers=[speaker], thumbnail=thumbnail, duration_minutes=60 + number)
    page = soup(client.get(series.url))
    assert len(page.find_all("h1")) == 1
    cards = page.select("ol.webinar-list > li.webinar-card")
    assert [card.select_one(".card__title a").get_text() for card in cards] == [
        "Webinarium numer 1", "Webinarium numer 2", "Webinarium numer 3",
    ]
    first = cards[0]
    assert first.select_one(".webinar-card__episode").get_text(strip=True) == "Odcinek 1"
    assert first.select_one(".card__title a")["href"] == "/webinaria/webinarium-1/"
    text = first.get_text(" ", strip=True)
    assert "8 kwietnia 2018" in text  # the date, in Polish
    assert "1 godz. 1 min" in text
    assert first.select_one("time[datetime='PT1H1M']")
    assert "Anna Przykładowa" in text
    assert "Napisy (polski)" in text
    watch = first.select_one(".webinar-card__action a")
    assert watch["href"] == "https://www.youtube.com/watch?v=eMocniWeb01"
    assert "Obejrzyj w serwisie YouTube" in watch.get_text()
    # Local thumbnails only.
    for img in page.select("main img"):
        assert img["src"].startswith("/media/"), img
        assert img["loading"] == "lazy"


def test_all_links_list_for_copying_and_printing(client, series):
    for number in range(1, 4):
        add_webinar(series, number)
    add_webinar(series, 4, youtube_id="")  # no recording yet: not in the list
    page = soup(client.get(series.url))
    items = page.select("#all-links-list li")
    assert len(items) == 3
    assert items[0].get_text(" ", strip=True).startswith("1. Webinarium numer 1")
    # The address is the visible text, so copying the list copies the links.
    assert [li.a.get_text() for li in items] == [li.a["href"] for li in items]
    assert page.select_one("[data-copy-links='all-links-list']")
    assert page.select_one("[data-link-actions]").has_attr("hidden")  # shown by JS only

    text = client.get(series.url + "linki/")
    assert text["Content-Type"] == "text/plain; charset=utf-8"
    body = text.content.decode()
    assert "1. Webinarium numer 1\r\nhttps://www.youtube.com/watch?v=eMocniWeb01\r\n" in body
    assert "Webinarium numer 4" not in body


def test_series_page_ignores_unknown_query_parameters(client, series):
    add_webinar(series, 1)
    plain = client.get(series.url)
    odd = client.get(series.url + "?page=999&order=-x&utm_source=newsletter&v=<script>")
    assert odd.status_code == 200
    assert main_html(odd) == main_html(plain)


def _series_queries(client, url):
    client.get(url)  # renditions are made on first view; count a warm page
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response


def test_series_queries_do_not_grow_with_webinars(client, series, speaker, thumbnail):
    for number in range(1, 9):
        add_webinar(series, number, speakers=[speaker], thumbnail=thumbnail)
    eight, response = _series_queries(client, series.url)
    assert response.content.decode().count('class="card webinar-card"') == 8
    for number in range(9, 33):  # four times the series: a query per webinar would show at once
        add_webinar(series, number, speakers=[speaker], thumbnail=thumbnail)
    thirty_two, response = _series_queries(client, series.url)
    assert response.content.decode().count('class="card webinar-card"') == 32
    print(f"\nseries page queries: 8 webinars {eight}, 32 webinars {thirty_two}")
    assert thirty_two == eight


def test_demo_series_replaces_the_plain_page(demo, client):
    home = HomePage.objects.get(locale__language_code="pl")
    series = home.get_children().get(slug="webinaria").specific
    assert isinstance(series, WebinarSeriesPage) and series.live and series.show_in_menus
    webinars = list(series.get_webinars())
    assert [w.episode_number for w in webinars] == list(range(1, 9))
    for webinar in webinars:
        assert webinar.youtube_id_is_placeholder and len(webinar.youtube_id) == 11
        assert webinar.thumbnail and webinar.has_captions
        assert 2018 <= webinar.starts_at.year <= 2019
        full = WebinarPage.objects.get(pk=webinar.pk)
        assert len(full.transcript) > 500 and full.speaker_links.exists()
    assert sum(WebinarPage.objects.get(pk=w.pk).materials.count() for w in webinars) >= 2
    page = soup(client.get("/webinaria/"))
    assert len(page.select("li.webinar-card")) == 8
    # The menu links to the series.
    assert page.select_one(".site-nav a[href='/webinaria/']")
    for webinar in webinars:
        assert client.get(webinar.url).status_code == 200
