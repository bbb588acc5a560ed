"""HTTP headers for browsers and the edge: Cache-Control, ETag and 304, Vary, compression."""

import gzip

import brotli
import pytest
from django.test import Client

from tests.core.page_cache_helpers import with_consent


@pytest.mark.parametrize("url", ["/", "/en/about/", "/publikacje/feed/", "/sitemap.xml", "/robots.txt"])
def test_public_cache_control_for_the_edge(demo, url):
    response = Client().get(url)
    assert response["Cache-Control"] == (
        "public, max-age=60, s-maxage=86400, stale-while-revalidate=30, stale-if-error=86400"
    )
    assert response["ETag"].startswith('W/"')


def test_the_same_headers_with_the_store_on(demo, page_cache):
    miss = Client().get("/")
    hit = Client().get("/")
    for name in ("Cache-Control", "ETag", "Vary", "Content-Type", "Content-Security-Policy", "X-Frame-Options"):
        assert miss[name] == hit[name], name


def test_etag_and_304(demo, page_cache):
    first = Client().get("/o-projekcie/")
    etag = first["ETag"]
    again = Client().get("/o-projekcie/", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304 and again.content == b""
    assert again["ETag"] == etag and again["Cache-Control"] == first["Cache-Control"]
    other = Client().get("/o-projekcie/", HTTP_IF_NONE_MATCH='W/"something-else"')
    assert other.status_code == 200
    # A render gives the same ETag as long as the page is the same, also on a miss.
    page_cache.clear()
    assert Client().get("/o-projekcie/", HTTP_IF_NONE_MATCH=etag).status_code == 304


def test_vary_only_on_what_changes_the_page(demo, page_cache):
    page = Client().get("/", HTTP_ACCEPT_ENCODING="gzip")
    vary = {v.strip() for v in page["Vary"].split(",")}
    assert vary == {"Cookie", "Accept-Encoding"}  # consent state, compression; never Accept-Language
    robots = Client().get("/robots.txt")
    assert "Accept-Language" not in robots.get("Vary", "")


def test_gzip_and_brotli(demo, page_cache):
    plain = Client().get("/publikacje/", HTTP_ACCEPT_ENCODING="identity")
    assert "Content-Encoding" not in plain
    zipped = Client().get("/publikacje/", HTTP_ACCEPT_ENCODING="gzip, deflate")
    assert zipped["Content-Encoding"] == "gzip"
    assert gzip.decompress(zipped.content) == plain.content
    assert int(zipped["Content-Length"]) == len(zipped.content) < len(plain.content) / 3
    squeezed = Client().get("/publikacje/", HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert squeezed["Content-Encoding"] == "br"
    assert brotli.decompress(squeezed.content) == plain.content
    refused = Client().get("/publikacje/", HTTP_ACCEPT_ENCODING="br;q=0, gzip;q=0")
    assert "Content-Encoding" not in refused
    assert plain["ETag"] == zipped["ETag"] == squeezed["ETag"]


def test_pages_of_one_consent_state_share_headers(demo):
    decided = with_consent(Client()).get("/")
    assert decided["Cache-Control"].startswith("public")
    assert "Cookie" in decided["Vary"]


def test_search_with_a_query_and_the_admin(demo, admin_client):
    search = Client().get("/szukaj/?q=gmina")
    assert "s-maxage" not in search.get("Cache-Control", "")
    assert Client().get("/szukaj/")["Cache-Control"].startswith("public")
    admin = admin_client.get("/admin/")
    assert "no-store" in admin["Cache-Control"]
