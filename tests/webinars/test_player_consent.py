"""The external-media choice drives the player: allowed, no explanatory sentence before the one
click; undecided or refused, the placeholder with its sentence on what playing sends."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client

from consent import state

NOTICE = "Odtworzenie wczyta film z serwisu YouTube"


def player(response):
    return BeautifulSoup(response.content.decode(), "html.parser").select_one("[data-webinar-player]")


@pytest.fixture
def webinar_url(demo):
    from webinars.models import WebinarPage

    return WebinarPage.objects.live().filter(locale__language_code="pl").exclude(youtube_id="").first().url


def visitor(choice):
    client = Client()
    if choice is not None:
        client.cookies[state.cookie_name()] = state.encode(state.Decision("c" * 32, 1, {"external_media": choice}))
    return client


@pytest.mark.parametrize("choice", [None, False])
def test_undecided_or_refused_keeps_the_sentence(webinar_url, choice):
    node = player(visitor(choice).get(webinar_url))
    notice = node.select_one("[data-player-notice]")
    assert not notice.has_attr("hidden")
    assert notice.get_text().startswith(NOTICE[:20])
    assert node.select_one("a[data-play]")["href"].startswith("https://www.youtube.com/watch?v=")


def test_allowed_goes_straight_to_the_player(webinar_url):
    node = player(visitor(True).get(webinar_url))
    assert node.select_one("[data-player-notice]").has_attr("hidden")
    assert node["data-embed-url"].startswith("https://www.youtube-nocookie.com/embed/")
    assert node.select_one("template[data-play-template]")
