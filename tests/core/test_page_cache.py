"""The page cache (core.page_cache): no per-visitor state in anonymous pages, hits without a
query, keys that cannot be polluted or crossed, and forged consent cookies never stored."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from consent import state
from tests.core.page_cache_helpers import consent_cookie, page_urls, with_consent


@pytest.fixture
def urls(demo):
    return page_urls()


def test_every_kind_of_page_sets_no_cookie_and_is_the_same_for_two_visitors(urls, page_cache):
    for kind, url in urls.items():
        first = Client().get(url)
        page_cache.clear()  # the second visitor gets a fresh render too, not the stored copy
        second = Client(HTTP_USER_AGENT="Another browser/1.0", HTTP_ACCEPT_LANGUAGE="en").get(url)
        assert first.status_code == 200, (kind, url, first.status_code)
        assert not first.cookies and not second.cookies, (kind, url, dict(first.cookies))
        assert "Set-Cookie" not in first, kind
        assert first.content == second.content, f"{kind} ({url}) differs between two anonymous visitors"
        assert first["Cache-Control"].startswith("public"), (kind, first["Cache-Control"])


def test_a_hit_touches_no_database(urls, page_cache):
    for kind, url in urls.items():
        miss = Client().get(url)
        assert miss["X-Page-Cache"] == "miss", kind
        with CaptureQueriesContext(connection) as queries:
            hit = Client().get(url)
        assert hit["X-Page-Cache"] == "hit", kind
        assert len(queries) == 0, f"{kind}: {[q['sql'] for q in queries.captured_queries]}"
        assert hit.content == miss.content, kind


def test_head_is_answered_from_the_same_entry(demo, page_cache):
    get = Client().get("/o-projekcie/")
    head = Client().head("/o-projekcie/")
    assert head["X-Page-Cache"] == "hit"
    assert head.content == b""
    assert head["Content-Length"] == get["Content-Length"] == str(len(get.content))
    assert head["ETag"] == get["ETag"]


def test_client_no_cache_does_not_force_a_render(demo, page_cache):
    Client().get("/")
    with CaptureQueriesContext(connection) as queries:
        response = Client().get("/", HTTP_CACHE_CONTROL="no-cache", HTTP_PRAGMA="no-cache")
    assert response["X-Page-Cache"] == "hit" and len(queries) == 0


# Keys ----------------------------------------------------------------------------------


def test_unknown_parameters_are_dropped_and_known_ones_sorted(demo, page_cache):
    first = Client().get("/scenariusze/?format=online&area=zdrowie")
    assert first["X-Page-Cache"] == "miss"
    for url in ("/scenariusze/?area=zdrowie&format=online",
                "/scenariusze/?utm_source=newsletter&area=zdrowie&fbclid=x&format=online",
                "/scenariusze/?format=online&gclid=1&area=zdrowie"):
        response = Client().get(url)
        assert response["X-Page-Cache"] == "hit", url
        assert response.content == first.content
    assert Client().get("/scenariusze/?area=zdrowie")["X-Page-Cache"] == "miss"


def test_unknown_parameters_never_reach_the_page(demo, page_cache):
    """The view sees only the parameters in the key: nothing from ?utm_… can be stored in a page."""
    marker = "zzpoisonzz"
    response = Client().get(f"/o-projekcie/?utm_source={marker}&zgoda=1")
    assert marker not in response.content.decode()
    assert Client().get(f"/o-projekcie/?zgoda=1&utm_campaign={marker}2")["X-Page-Cache"] == "hit"


def test_languages_never_cross(demo, page_cache):
    polish = Client().get("/o-projekcie/")
    english = Client().get("/en/about/")
    assert '<html lang="pl"' in polish.content.decode() and '<html lang="en"' in english.content.decode()
    # The language comes from the path only: neither Accept-Language nor a language cookie moves it.
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.cookies["django_language"] = "en"
    again = client.get("/o-projekcie/")
    assert again.content == polish.content and again["Content-Language"] == "pl"
    page_cache.clear()
    rendered = client.get("/o-projekcie/")  # a fresh render, too
    assert rendered["X-Page-Cache"] == "miss" and '<html lang="pl"' in rendered.content.decode()
    assert "Accept-Language" not in rendered.get("Vary", "")


def test_consent_variants_never_cross(demo, page_cache):
    undecided = Client().get("/webinaria/")
    allowed = with_consent(Client(), choices={"external_media": True}).get("/webinaria/")
    refused = with_consent(Client(), choices={"external_media": False}).get("/webinaria/")
    assert "data-consent-banner" in undecided.content.decode()
    assert "data-consent-banner" not in allowed.content.decode()
    assert allowed["X-Page-Cache"] == refused["X-Page-Cache"] == "miss"
    assert len({undecided.content, allowed.content, refused.content}) == 3
    # Another visitor with the same choice (another consent id) shares the entry.
    same = with_consent(Client(), choices={"external_media": True}, consent_id="b" * 32).get("/webinaria/")
    assert same["X-Page-Cache"] == "hit" and same.content == allowed.content
    assert Client().get("/webinaria/").content == undecided.content


def test_an_old_policy_version_is_a_variant_of_its_own(demo, page_cache):
    from consent.models import ConsentSettings

    ConsentSettings.objects.update(policy_version=2)
    old = with_consent(Client(), version=1).get("/")
    assert "data-consent-question" in old.content.decode()  # asked again
    assert old["Cache-Control"].startswith("public")
    current = with_consent(Client(), version=2).get("/")
    assert "data-consent-question" not in current.content.decode()


@pytest.mark.parametrize("value", [
    "garbage",
    "p1-m1~garbage",
    "p1-m1~" + consent_cookie().split("~", 1)[1][:-3] + "xyz",  # bad signature
    "p1-m0~" + consent_cookie({"external_media": True}).split("~", 1)[1],  # variant does not match
    consent_cookie().split("~", 1)[1],  # the old format
    "P1-M1~" + consent_cookie().split("~", 1)[1],
    "x" * 2000,
], ids=["garbage", "variant-garbage", "bad-signature", "variant-mismatch", "old-format", "uppercase", "huge"])
def test_a_forged_consent_cookie_is_never_stored(demo, page_cache, value):
    client = Client()
    client.cookies[state.cookie_name()] = value
    response = client.get("/o-projekcie/")
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    assert response["X-Page-Cache"] == "bypass"
    assert "data-consent-question" in response.content.decode()  # no decision, as before
    assert response.cookies[state.cookie_name()]["max-age"] == 0  # the useless cookie goes
    # Nothing was stored: neither for this cookie's variant nor for anyone else.
    assert Client().get("/o-projekcie/")["X-Page-Cache"] == "miss"
    with_consent(Client()).get("/o-projekcie/")
    assert len([k for k in page_cache._cache if "page:" in k]) == 2


# Never stored --------------------------------------------------------------------------


def test_editors_and_previews_are_never_cached(demo, page_cache, admin_client):
    Client().get("/o-projekcie/")  # a stored anonymous copy
    response = admin_client.get("/o-projekcie/")
    assert "X-Page-Cache" not in response  # neither read from nor written to the store
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    admin = admin_client.get("/admin/")
    assert "no-store" in admin["Cache-Control"] and "max-age=0" in admin["Cache-Control"]


def test_downloads_search_and_posts_are_never_stored(demo, page_cache):
    from core.models import CustomDocument

    document = CustomDocument.objects.first()
    if document is not None:
        response = Client().get(document.url, HTTP_USER_AGENT="Mozilla/5.0")
        assert "no-store" in response["Cache-Control"] and "max-age=0" in response["Cache-Control"]
        assert "X-Page-Cache" not in response
    search = Client().get("/szukaj/?q=gmina")
    assert "X-Page-Cache" not in search and "public" not in search.get("Cache-Control", "")
    assert Client().get("/szukaj/?q=gmina").get("X-Page-Cache") is None
    assert Client().get("/szukaj/")["X-Page-Cache"] == "miss"


def test_errors_other_than_404_are_not_stored_and_404_is_briefly(demo, page_cache):
    missing = Client().get("/nie-ma-takiej-strony/")
    assert missing.status_code == 404 and missing["X-Page-Cache"] == "miss"
    assert "s-maxage=300" in missing["Cache-Control"]
    assert Client().get("/nie-ma-takiej-strony/")["X-Page-Cache"] == "hit"
    redirect = Client().get("/o-projekcie")  # APPEND_SLASH
    assert redirect.status_code == 301 and "X-Page-Cache" not in redirect


@pytest.mark.parametrize("method", ["PURGE", "BAN", "TRACE"])
def test_purge_and_ban_from_outside_are_refused(demo, page_cache, method):
    Client().get("/")
    response = Client().generic(method, "/")
    assert response.status_code == 405
    assert Client().get("/")["X-Page-Cache"] == "hit"  # nothing purged


def test_junk_and_huge_queries_are_never_a_500(demo, page_cache):
    for url in ("/scenariusze/?" + "&".join(f"area=a{i}" for i in range(500)),
                "/scenariusze/?q=" + "x" * 5000,
                "/?page=%ff%fe&utm=%00",
                "/publikacje/?typ=&typ=&rok=abc&page=-1",
                "/szukaj/?q=%00"):
        response = Client().get(url)
        assert response.status_code in (200, 400, 404), (url, response.status_code)
