"""`make bench`: the home page from the page cache (a hit) against a full render (a miss),
in-process with Django's test client, one run: requests per second and the ratio.

A miss here is the page rendered with the store switched off (the same middleware, headers,
ETag and compression work, the render and its queries); a hit is the store's answer. The load
test through gunicorn and Varnish (wrk) is in benchmarks of the edge (deploy/varnish).
"""

import time

import pytest
from django.core.cache import caches
from django.core.management import call_command
from django.test import Client, override_settings

PAGES = ["/", "/publikacje/", "/scenariusze/?area=zdrowie"]
SECONDS = 3.0
TARGET_RATIO = 10  # a hit at least ten times the requests per second of a render


def requests_per_second(client, url, seconds=SECONDS):
    client.get(url)
    count, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        response = client.get(url, HTTP_ACCEPT_ENCODING="gzip, br")
        assert response.status_code == 200
        count += 1
    return count / (time.perf_counter() - start), response


@pytest.mark.django_db
@pytest.mark.parametrize("path", PAGES)
def test_page_cache_hit_against_miss(path):
    call_command("load_demo_content", verbosity=0)
    with override_settings(PAGE_CACHE_ENABLED=False):
        miss_rate, miss = requests_per_second(Client(), path)
    caches["pages"].clear()
    with override_settings(PAGE_CACHE_ENABLED=True):
        hit_rate, hit = requests_per_second(Client(), path)
    assert hit["X-Page-Cache"] == "hit" and miss["X-Page-Cache"] == "off"
    ratio = hit_rate / miss_rate
    print(f"\n{path:28} miss {miss_rate:7.0f} req/s   hit {hit_rate:7.0f} req/s   ratio {ratio:5.1f}x   "
          f"({len(hit.content) / 1024:.1f} KB {hit.get('Content-Encoding', 'identity')})")
    assert ratio >= TARGET_RATIO
