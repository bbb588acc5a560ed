"""Issue 14: anonymous searches cannot grow the database without bound; a client is rate limited."""

import pytest
from django.core.cache import cache

from search.models import SearchQueryCount
from search.querylog import OTHER, log_query, loggable


@pytest.mark.parametrize("query,stored", [
    ("Lider  Partnerstwa", "lider partnerstwa"), ("a" * 300, OTHER), (" ".join(["słowo"] * 20), OTHER),
    ("jak i czy", OTHER), ("!!!", OTHER), ("1234567890123", OTHER), ("Łódź", "lodz"),
])
def test_only_short_sane_queries_get_a_row(query, stored):
    assert loggable(query, "pl") == stored


def test_distinct_new_queries_per_day_are_capped(db, settings):
    settings.SEARCH_LOG_NEW_QUERIES_PER_DAY = 5
    for n in range(40):
        log_query(f"skaner{chr(97 + n % 26)}{chr(97 + n // 26)}", "pl", False)
    assert SearchQueryCount.objects.count() == 6  # five queries and the "other" row
    other = SearchQueryCount.objects.get(query=OTHER)
    assert other.searches == 35 and other.zero_results == 35
    log_query("skaneraa", "pl", True)  # repeats of a stored query are still counted
    assert SearchQueryCount.objects.get(query="skaneraa").searches == 2


def test_repeats_are_counted_in_one_row(db):
    for _ in range(3):
        log_query("Bankowość", "pl", True)
    assert SearchQueryCount.objects.get(query="bankowosc").searches == 3


def test_search_is_rate_limited_per_client(demo, client, settings):
    settings.SEARCH_RATE_LIMIT = "3/60"
    cache.clear()
    statuses = [client.get("/szukaj/", {"q": f"lider {n}"}).status_code for n in range(5)]
    assert statuses == [200, 200, 200, 429, 429]
    response = client.get("/szukaj/", {"q": "lider"})
    assert response.status_code == 429 and int(response["Retry-After"]) <= 60
    assert "Zbyt wiele wyszukiwań" in response.content.decode()
    other = client.get("/szukaj/", {"q": "lider"}, REMOTE_ADDR="10.0.0.9")
    assert other.status_code == 200


def test_suggestions_are_rate_limited(demo, client, settings):
    settings.SEARCH_SUGGEST_RATE_LIMIT = "2/60"
    cache.clear()
    statuses = [client.get("/szukaj/podpowiedzi/", {"q": "lid"}).status_code for _ in range(3)]
    assert statuses == [200, 200, 429]


def test_ipv6_clients_count_by_their_network(demo, client, settings):
    settings.SEARCH_RATE_LIMIT = "2/60"
    cache.clear()
    a = client.get("/szukaj/", {"q": "lider"}, REMOTE_ADDR="2001:db8::1").status_code
    b = client.get("/szukaj/", {"q": "lider"}, REMOTE_ADDR="2001:db8::2").status_code
    c = client.get("/szukaj/", {"q": "lider"}, REMOTE_ADDR="2001:db8::3").status_code
    assert (a, b, c) == (200, 200, 429)


def test_behind_a_proxy_the_forwarded_client_counts(demo, client, settings):
    settings.SEARCH_RATE_LIMIT = "1/60"
    settings.SEARCH_CLIENT_FROM_FORWARDED_FOR = True
    cache.clear()
    first = client.get("/szukaj/", {"q": "lider"}, HTTP_X_FORWARDED_FOR="spoofed, 192.0.2.1").status_code
    second = client.get("/szukaj/", {"q": "lider"}, HTTP_X_FORWARDED_FOR="192.0.2.2").status_code
    again = client.get("/szukaj/", {"q": "lider"}, HTTP_X_FORWARDED_FOR="other, 192.0.2.1").status_code
    assert (first, second, again) == (200, 200, 429)
