"""A YouTube address's start time survives into the player; no player before the webinar."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from webinars.models import WebinarPage
from webinars.youtube import embed_url, parse_start_seconds, watch_url

from .conftest import add_webinar
from .test_admin import add_url, form


@pytest.mark.parametrize("address,seconds", [
    ("https://youtu.be/dQw4w9WgXcQ?t=42", 42),
    ("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=1m2s", 62),
    ("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=1h2m3s", 3723),
    ("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=90s", 90),
    ("https://www.youtube.com/embed/dQw4w9WgXcQ?start=75", 75),
    ("https://www.youtube.com/watch?v=dQw4w9WgXcQ#t=2m", 120),
    ("youtu.be/dQw4w9WgXcQ?t=5", 5),
    ("https://youtu.be/dQw4w9WgXcQ", None),
    ("https://youtu.be/dQw4w9WgXcQ?t=abc", None),
    ("https://youtu.be/dQw4w9WgXcQ?t=0", None),
    ("https://youtu.be/dQw4w9WgXcQ?t=99999999", None),
    ("dQw4w9WgXcQ", None),
])
def test_start_time_is_read_from_the_address(address, seconds):
    assert parse_start_seconds(address) == seconds


def test_embed_and_watch_urls_carry_the_start():
    assert embed_url("dQw4w9WgXcQ", "pl", 42).endswith("&rel=0&start=42")
    assert "start=" not in embed_url("dQw4w9WgXcQ", "pl")
    assert watch_url("dQw4w9WgXcQ", 62) == "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=62s"


def test_pasted_address_with_a_time_starts_the_player_there(admin_client, series):
    response = admin_client.post(add_url(series), form(youtube_id="https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=1m2s"))
    assert response.status_code == 302, response.content.decode()[:2000]
    page = WebinarPage.objects.get(slug="mapa-zasobow")
    assert page.youtube_id == "dQw4w9WgXcQ" and page.youtube_start == 62
    player = BeautifulSoup(admin_client.get(page.url).content, "html.parser").select_one("[data-webinar-player]")
    assert player["data-embed-url"].endswith("&start=62")
    assert player.select_one("[data-play]")["href"] == "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=62s"


def test_an_editor_may_set_the_start_by_hand(admin_client, series):
    response = admin_client.post(add_url(series), form(youtube_id="https://youtu.be/dQw4w9WgXcQ?t=42",
                                                         youtube_start="30"))
    assert response.status_code == 302
    assert WebinarPage.objects.get(slug="mapa-zasobow").youtube_start == 30


def test_a_future_webinar_has_no_play_control(client, series):
    """Even when the stream's address is known in advance."""
    future = timezone.now() + datetime.timedelta(days=10)
    page = add_webinar(series, 3, starts_at=future, youtube_id="dQw4w9WgXcQ")
    html = BeautifulSoup(client.get(page.url).content, "html.parser")
    assert html.select_one(".webinar__upcoming")
    assert not html.select("[data-webinar-player], [data-play], template[data-play-template]")
    assert 'type="application/ld+json"' not in str(html) or '"VideoObject"' not in str(html)
    past = add_webinar(series, 4, youtube_id="dQw4w9WgXcQ")
    assert BeautifulSoup(client.get(past.url).content, "html.parser").select("[data-webinar-player] [data-play]")
