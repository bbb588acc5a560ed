"""A webinar page: placeholder before play, CSP, JSON-LD, page weight, queries, translations."""

import json
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.contrib.staticfiles import finders
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from core.models import CustomDocument
from demo.files.pdf import build_pdf
from tests.helpers import csp, main_html, soup
from webinars.models import (
    Speaker,
    WebinarMaterial,
    WebinarPage,
    WebinarRelatedPage,
    WebinarSeriesPage,
    WebinarSpeaker,
)

from .conftest import add_webinar

GOOGLE_HOSTS = re.compile(r"(youtube|youtu\.be|ytimg|google|gstatic|doubleclick)", re.I)


def test_webinar_page_queries_do_not_grow_with_speakers_and_materials(client, series, home, thumbnail):
    def grow(page, count):
        page = WebinarPage.objects.get(pk=page.pk)
        for i in range(count):
            speaker = Speaker.objects.create(locale=home.locale, name=f"Osoba {page.pk}-{i}", organisation="FRSI")
            WebinarSpeaker.objects.create(page=page, speaker=speaker, sort_order=i)
            document = CustomDocument.objects.create(
                title=f"Plik {page.pk}-{i}", file=ContentFile(build_pdf("Plik", [[("p", "Treść")]]), name=f"plik-{i}.pdf"))
            WebinarMaterial.objects.create(page=page, document=document, sort_order=i)
            WebinarRelatedPage.objects.create(page=page, target=series, sort_order=i)
        return page

    small = grow(add_webinar(series, 1, thumbnail=thumbnail), 1)
    large = grow(add_webinar(series, 2, thumbnail=thumbnail), 6)
    counts = {}
    for page in (small, large):
        client.get(page.url)
        with CaptureQueriesContext(connection) as queries:
            html = client.get(page.url).content.decode()
        counts[page.pk] = len(queries)
    assert html.count('class="webinar-speaker"') == 6 and html.count('class="download"') == 6
    assert counts[small.pk] == counts[large.pk], counts


# Webinar page: placeholder before play --------------------------------------------------


@pytest.fixture
def webinar(series, speaker, thumbnail):
    add_webinar(series, 1, title="Poprzedni")
    page = add_webinar(series, 2, title="Mapa zasobów i partnerów", speakers=[speaker], thumbnail=thumbnail,
                       has_pjm=True, pjm_url="https://example.org/pjm/", transcript="<p>Zapis rozmowy.</p>",
                       learning_points="jak spisać zasoby\n- kogo zaprosić\n\n")
    add_webinar(series, 3, title="Następny")
    return page


def test_webinar_page_content(client, webinar):
    page = soup(client.get(webinar.url))
    main = page.select_one("main")
    assert len(page.find_all("h1")) == 1 and page.h1.get_text() == "Mapa zasobów i partnerów"
    text = main.get_text(" ", strip=True)
    for expected in ("Odcinek 2", "15 kwietnia 2018", "1 godz. 15 min", "Anna Przykładowa", "animatorka, FRSI",
                     "Napisy (polski)", "PJM", "Zapis rozmowy.", "Transkrypcja", "Czego się dowiesz"):
        assert expected in text, expected
    assert [li.get_text() for li in main.select(".webinar__learning li")] == ["jak spisać zasoby", "kogo zaprosić"]
    assert main.select_one("a[href='https://example.org/pjm/']")
    assert main.select_one("a[rel=prev]")["href"] == "/webinaria/webinarium-1/"
    assert main.select_one("a[rel=next]")["href"] == "/webinaria/webinarium-3/"
    assert main.select_one(".breadcrumbs a[href='/webinaria/']")


def test_placeholder_loads_nothing_from_google(client, webinar):
    response = client.get(webinar.url)
    page = soup(response)
    assert not page.find("iframe")
    assert not page.select("link[rel~=preconnect], link[rel~=dns-prefetch], link[rel~=prefetch]")
    # Nothing the browser fetches by itself points to another host.
    for tag, attr in (("img", "src"), ("script", "src"), ("link", "href"), ("source", "srcset"),
                      ("iframe", "src"), ("video", "src"), ("audio", "src"), ("object", "data")):
        for element in page.find_all(tag):
            value = element.get(attr)
            if value:
                host = urlsplit(value).hostname
                assert host in (None, "testserver", "localhost", "e-mocni.example.org"), f"<{tag} {attr}={value}> loads from another host"
                assert not GOOGLE_HOSTS.search(value), value
    player = page.select_one("[data-webinar-player]")
    assert player["data-embed-url"] == (
        "https://www.youtube-nocookie.com/embed/eMocniWeb02?autoplay=1&cc_load_policy=1&cc_lang_pref=pl&hl=pl&rel=0"
    )
    assert player["data-frame-title"] == "Film: Mapa zasobów i partnerów"
    thumbnail = player.select_one("img")
    assert thumbnail["src"].startswith("/media/") and thumbnail["alt"] == ""
    assert "Mapa zasobów i partnerów" in player.select_one(".webinar-player__title").get_text()
    assert "1 godz. 15 min" in player.get_text()
    assert "YouTube (Google)" in player.select_one(".webinar-player__notice").get_text()
    # Without JavaScript the play control is a plain link to the video on YouTube.
    play = player.select_one("a[data-play]")
    assert play["href"] == "https://www.youtube.com/watch?v=eMocniWeb02"
    assert play.get_text(strip=True) == "Odtwórz w serwisie YouTube"
    assert player.select_one("a.webinar-player__link")["href"] == "https://www.youtube.com/watch?v=eMocniWeb02"
    # The button JavaScript puts in its place, with a visible label.
    assert "Odtwórz film" in player.select_one("template[data-play-template]").decode_contents()


def test_only_the_webinar_page_may_frame_youtube_nocookie(client, webinar, series):
    assert csp(client.get(webinar.url))["frame-src"] == ["https://www.youtube-nocookie.com"]
    assert csp(client.get(series.url))["frame-src"] == ["'none'"]
    assert csp(client.get(webinar.url + "kalendarz/"))["frame-src"] == ["'none'"]
    rules = csp(client.get(webinar.url))
    assert rules["script-src"] == ["'self'"] and rules["img-src"] == ["'self'", "data:"]


def test_no_inline_script_or_style(client, webinar, series):
    for url in (webinar.url, series.url):
        page = soup(client.get(url))
        assert not page.select("[style]")
        assert not page.find("style")
        for script in page.find_all("script"):
            assert script.get("src") or script.get("type") == "application/ld+json", script


def test_video_object_json_ld(client, webinar):
    page = soup(client.get(webinar.url))
    scripts = page.select("script[type='application/ld+json']")
    assert len(scripts) == 1
    data = json.loads(scripts[0].string)
    assert data["@type"] == "VideoObject"
    assert data["name"] == "Mapa zasobów i partnerów"
    assert data["duration"] == "PT1H15M"
    assert data["uploadDate"] == "2018-04-15T09:00:00+00:00"
    assert data["embedUrl"] == "https://www.youtube-nocookie.com/embed/eMocniWeb02"
    assert data["thumbnailUrl"][0].startswith("https://e-mocni.example.org/media/")
    assert data["accessibilityFeature"] == ["captions", "signLanguage", "transcript"]
    assert data["contributor"][0]["name"] == "Anna Przykładowa"
    assert data["isPartOf"]["name"] == "Webinaria „Mocni w partnerstwie”"


def test_json_ld_cannot_close_its_script_element(client, series):
    evil = "</script><script>alert(1)</script> & <!--"
    page = add_webinar(series, 1, title=evil, summary=evil)
    html = client.get(page.url).content.decode()
    block = html.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0]
    assert "<" not in block and ">" not in block and "&" not in block
    assert json.loads(block)["name"] == evil


def test_webinar_page_ignores_unknown_query_parameters(client, webinar):
    plain = client.get(webinar.url)
    odd = client.get(webinar.url + "?autoplay=1&v=dQw4w9WgXcQ&t=30&list=x")
    assert odd.status_code == 200
    assert main_html(odd) == main_html(plain)
    assert b"<iframe" not in odd.content


def _static_size(url):
    path = finders.find(url.removeprefix("/static/"))
    assert path, f"static file not found: {url}"
    return Path(path).stat().st_size


def test_webinar_page_weighs_under_150_kb_before_play(client, webinar):
    """HTML + CSS + JS + thumbnail rendition (+ the fonts and icon the page also loads)."""
    response = client.get(webinar.url)
    page = soup(response)
    sizes = {"html": len(response.content)}
    css_files = [link["href"] for link in page.select("link[rel=stylesheet]")]
    for href in css_files:
        sizes[href] = _static_size(href)
    for script in page.select("script[src]"):
        sizes[script["src"]] = _static_size(script["src"])
    for img in page.select("img"):
        sizes[img["src"]] = default_storage.size(img["src"].removeprefix("/media/"))
    measured = sum(sizes.values())
    # Also what the browser fetches on its own: fonts named in the CSS, the icon.
    extra = {}
    for href in css_files:
        css = Path(finders.find(href.removeprefix("/static/"))).read_text()
        for font in re.findall(r"url\(\"?\.\./(fonts/[^\")]+)", css):
            extra[font] = _static_size("/static/" + font)
    for link in page.select("link[rel~=icon]"):
        extra[link["href"]] = _static_size(link["href"])
    total = measured + sum(extra.values())
    print(f"\nwebinar page: HTML+CSS+JS+thumbnail {measured / 1024:.1f} KB, with fonts and icon {total / 1024:.1f} KB")
    assert any(key.endswith(".webp") for key in sizes), sizes
    assert measured < 150 * 1024, sizes
    assert total < 150 * 1024, {**sizes, **extra}


def test_english_translation_uses_english_captions_and_interface(client, webinar, series, home):
    en = Locale.objects.get(language_code="en")
    en_home = home.copy_for_translation(en)
    en_home.save_revision().publish()
    en_series = series.copy_for_translation(en)
    en_series.slug = "webinars"
    en_series.save_revision().publish()
    en_webinar = WebinarPage.objects.get(pk=webinar.pk).copy_for_translation(en)
    en_webinar.save_revision().publish()
    response = client.get(en_webinar.url)
    page = soup(response)
    assert page.html["lang"] == "en"
    player = page.select_one("[data-webinar-player]")
    assert "cc_lang_pref=en&hl=en" in player["data-embed-url"]
    assert player.select_one("a[data-play]").get_text(strip=True) == "Play on YouTube"
    assert "Captions (Polish)" in page.get_text(" ", strip=True)
    assert "Episode 2" in page.get_text(" ", strip=True)
    en_series = WebinarSeriesPage.objects.get(pk=en_series.pk)
    assert en_series.url == "/en/webinars/"
    assert soup(client.get(en_series.url)).select_one("h2#recordings-title").get_text() == "Recordings"
