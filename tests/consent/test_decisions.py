"""Every decision path through POST /zgoda/: accept, reject, each custom combination, grant,
withdrawal, with and without JavaScript, and everything that must be refused."""

import itertools
import json

import pytest
from django.test import Client

from consent import categories, state
from consent.models import ConsentRecord, ConsentSettings
from tests.consent.conftest import CROSS_SITE, SAME_ORIGIN, decision_in

ALL_ON = {"analytics": True, "external_media": True}
ALL_OFF = {"analytics": False, "external_media": False}


# Accept and reject ---------------------------------------------------------------------


@pytest.mark.parametrize("action,expected,record_action", [
    ("accept", ALL_ON, "accept_all"),
    ("reject", ALL_OFF, "reject_all"),
])
def test_banner_buttons_without_js(site, decide, action, expected, record_action):
    response = decide(action, next="/o-projekcie/")
    assert response.status_code == 303
    assert response["Location"] == "/o-projekcie/?zgoda=1"
    decision = decision_in(response)
    assert decision.as_dict() == expected
    assert decision.version == 1
    record = ConsentRecord.objects.get()
    assert record.action == record_action
    assert str(record.consent_id).replace("-", "") == decision.consent_id
    assert (record.analytics, record.external_media) == (expected["analytics"], expected["external_media"])
    assert record.policy_version == 1 and record.language == "pl"


@pytest.mark.parametrize("action,expected", [("accept", ALL_ON), ("reject", ALL_OFF)])
def test_banner_buttons_with_js(site, decide, action, expected):
    response = decide(action, next="/", json=True)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    data = json.loads(response.content)
    assert data["ok"] is True and data["decided"] is True
    assert data["categories"] == expected
    assert data["message"]
    assert decision_in(response).as_dict() == expected
    assert ConsentRecord.objects.count() == 1


def test_decision_cookie_attributes(db, decide):
    morsel = decide("accept").cookies[state.cookie_name()]
    assert morsel["httponly"] is True
    assert morsel["samesite"] == "Lax"
    assert morsel["path"] == "/"
    assert morsel["max-age"] == 182 * 24 * 60 * 60  # six months
    assert len(morsel.value) < 300


def test_confirmation_message_in_the_language_of_the_page(site, decide):
    assert "accepted additional cookies" in json.loads(decide("accept", next="/en/", json=True).content)["message"]
    assert "Zapisaliśmy Twoją zgodę" in json.loads(decide("accept", next="/", json=True).content)["message"]
    assert ConsentRecord.objects.filter(language="en").count() == 1


# The settings form ---------------------------------------------------------------------


@pytest.mark.parametrize("analytics,media", list(itertools.product(["yes", "no"], repeat=2)))
@pytest.mark.parametrize("as_json", [False, True])
def test_each_custom_combination(site, decide, analytics, media, as_json):
    response = decide("save", next="/polityka-cookies/#ustawienia", json=as_json, analytics=analytics,
                      external_media=media)
    if as_json:
        assert response.status_code == 200
    else:
        assert response.status_code == 303
        assert response["Location"] == "/polityka-cookies/?zgoda=1#ustawienia"
    expected = {"analytics": analytics == "yes", "external_media": media == "yes"}
    assert decision_in(response).as_dict() == expected
    record = ConsentRecord.objects.get()
    assert record.action == "custom"
    assert {"analytics": record.analytics, "external_media": record.external_media} == expected


def test_grant_one_category_keeps_the_others(site, decide, csrf_client):
    # No decision yet: only the granted category is on.
    response = decide("grant", category="external_media", json=True)
    assert json.loads(response.content)["categories"] == {"analytics": False, "external_media": True}
    # With analytics already allowed, granting media keeps analytics.
    decide("save", analytics="yes", external_media="no")
    response = decide("grant", category="external_media")
    assert decision_in(response).as_dict() == ALL_ON
    assert list(ConsentRecord.objects.order_by("id").values_list("action", flat=True)) == ["grant", "custom", "grant"]


def test_withdrawal_is_one_post_and_deletes_analytics_cookies(site, decide, csrf_client):
    first = decision_in(decide("accept"))
    csrf_client.cookies["_pk_id.1.a1b2"] = "visitor"
    csrf_client.cookies["_pk_ses.1.a1b2"] = "1"
    csrf_client.cookies["unrelated"] = "keep"

    response = decide("save", analytics="no", external_media="yes")

    second = decision_in(response)
    assert second.as_dict() == {"analytics": False, "external_media": True}
    # The same browser keeps its consent id: the records show the history.
    assert second.consent_id == first.consent_id
    assert ConsentRecord.objects.filter(consent_id=first.consent_id).count() == 2
    for name in ("_pk_id.1.a1b2", "_pk_ses.1.a1b2"):
        assert name in response.cookies, f"{name} not deleted"
        assert response.cookies[name]["max-age"] == 0 and response.cookies[name].value == ""
    assert "unrelated" not in response.cookies


def test_analytics_cookies_are_left_alone_while_analytics_is_allowed(site, decide, csrf_client):
    csrf_client.cookies["_pk_id.1.a1b2"] = "visitor"
    response = decide("accept")
    assert "_pk_id.1.a1b2" not in response.cookies


def test_records_hold_no_ip_address_or_user_agent(site, csrf_client):
    csrf_client.post(
        "/zgoda/", {"decision": "accept", "next": "/"},
        HTTP_USER_AGENT="Mozilla/5.0 Secret-Agent", REMOTE_ADDR="203.0.113.9",
        HTTP_X_FORWARDED_FOR="198.51.100.7", **SAME_ORIGIN,
    )
    fields = {field.name for field in ConsentRecord._meta.get_fields()}
    assert fields == {"id", "consent_id", "created_at", "action", "policy_version", "analytics",
                      "external_media", "language"}
    stored = json.dumps(list(ConsentRecord.objects.values()), default=str)
    for secret in ("203.0.113.9", "198.51.100.7", "Secret-Agent"):
        assert secret not in stored


def test_a_new_policy_version_is_recorded(site, decide):
    decide("accept")
    settings_row = ConsentSettings.objects.get()
    settings_row.policy_version = 2
    settings_row.save()
    response = decide("reject")
    assert decision_in(response).version == 2
    assert list(ConsentRecord.objects.order_by("id").values_list("policy_version", flat=True)) == [1, 2]


# Where the visitor is sent back --------------------------------------------------------


@pytest.mark.parametrize("next_value,location", [
    ("/o-projekcie/", "/o-projekcie/?zgoda=1"),
    ("/szukaj/?q=gmina&page=2", "/szukaj/?q=gmina&page=2&zgoda=1"),
    ("/szukaj/?q=gmina&zgoda=1", "/szukaj/?q=gmina&zgoda=1"),
    ("/en/about/", "/en/about/?zgoda=1"),
    ("/polityka-cookies/?wroc=%2F#ustawienia", "/polityka-cookies/?wroc=%2F&zgoda=1#ustawienia"),
    ("http://testserver/o-projekcie/", "/o-projekcie/?zgoda=1"),
])
def test_same_site_next_is_followed(site, decide, next_value, location):
    assert decide("reject", next=next_value)["Location"] == location


@pytest.mark.parametrize("next_value", [
    "https://evil.example/",
    "//evil.example/path",
    "///evil.example/",
    "/\\evil.example/",
    "\\\\evil.example",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(document.cookie)",
    " javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "http:evil.example",
    "https:/evil.example",
    "\x00/evil",
    "/ok\r\nSet-Cookie: x=1",
    "evil.example/relative",
    "",
    "x" * 5000,
])
def test_open_redirects_are_refused(site, decide, next_value):
    response = decide("accept", next=next_value)
    assert response.status_code == 303
    assert response["Location"] == "/?zgoda=1"
    assert ConsentRecord.objects.count() == 1  # the decision itself is still valid and saved


def test_missing_next_goes_home_in_the_default_language(site, decide):
    assert decide("accept", next=None)["Location"] == "/?zgoda=1"


# Refused requests ----------------------------------------------------------------------


@pytest.mark.parametrize("headers", [
    CROSS_SITE,
    {"HTTP_ORIGIN": "https://evil.example"},
    {"HTTP_ORIGIN": "null"},
    {"HTTP_ORIGIN": "http://testserver.evil.example"},
    {"HTTP_SEC_FETCH_SITE": "cross-site"},
    {"HTTP_SEC_FETCH_SITE": "same-site", "HTTP_ORIGIN": "http://sub.testserver"},
    {"HTTP_REFERER": "https://evil.example/page"},
    {"HTTP_ORIGIN": "http://testserver", "HTTP_SEC_FETCH_SITE": "cross-site"},
])
def test_cross_site_post_is_a_clear_403(site, csrf_client, headers):
    before = ConsentRecord.objects.count()
    response = csrf_client.post("/zgoda/", {"decision": "accept", "next": "/"}, **headers)
    assert response.status_code == 403
    html = response.content.decode()
    assert "<h1>Nie zapisaliśmy Twojej decyzji w sprawie cookies</h1>" in html
    assert "z innej strony internetowej" in html
    assert state.cookie_name() not in response.cookies
    assert ConsentRecord.objects.count() == before


def test_cross_site_post_is_refused_in_the_page_language(site, csrf_client):
    before = ConsentRecord.objects.count()
    response = csrf_client.post("/zgoda/", {"decision": "accept", "next": "/en/"}, **CROSS_SITE)
    assert response.status_code == 403
    assert '<html lang="en"' in response.content.decode()
    assert "sent from another website" in response.content.decode()
    assert ConsentRecord.objects.count() == before


@pytest.mark.parametrize("headers", [
    SAME_ORIGIN,
    {"HTTP_ORIGIN": "http://testserver"},
    {"HTTP_SEC_FETCH_SITE": "same-origin"},
    {"HTTP_REFERER": "http://testserver/o-projekcie/"},
    {},  # no browser at all (no Origin, no Sec-Fetch-Site): not a forged post in someone's browser
])
def test_same_origin_post_works_without_js_and_without_a_token(site, csrf_client, headers):
    before = ConsentRecord.objects.count()
    response = csrf_client.post("/zgoda/", {"decision": "accept", "next": "/o-projekcie/"}, **headers)
    assert response.status_code == 303
    assert response["Location"] == "/o-projekcie/?zgoda=1"
    assert decision_in(response).as_dict() == ALL_ON
    assert ConsentRecord.objects.count() == before + 1


def test_cross_site_failure_with_js_is_json(db, csrf_client):
    response = csrf_client.post("/zgoda/", {"decision": "accept"}, HTTP_ACCEPT="application/json", **CROSS_SITE)
    assert response.status_code == 403
    data = json.loads(response.content)
    assert data["ok"] is False and data["error"]


@pytest.mark.parametrize("fields", [
    {"decision": "maybe"},
    {"decision": ""},
    {"decision": "accept", "marketing": "yes"},
    {"decision": "save", "analytics": "yes", "external_media": "yes", "advertising": "yes"},
    {"decision": "save", "analytics": "tak", "external_media": "yes"},
    {"decision": "save", "analytics": "1", "external_media": "0"},
    {"decision": "save", "analytics": "yes"},
    {"decision": "save"},
    {"decision": "save", "analytics": "", "external_media": "no"},
    {"decision": "grant", "category": "necessary"},
    {"decision": "grant", "category": "advertising"},
    {"decision": "grant"},
    {"decision": "save", "analytics": ["yes", "no"], "external_media": "no"},
])
@pytest.mark.parametrize("as_json", [False, True])
def test_malformed_posts_are_400_with_a_message(site, decide, fields, as_json):
    fields = dict(fields)
    action = fields.pop("decision")
    response = decide(action, json=as_json, **fields)
    assert response.status_code == 400
    if as_json:
        data = json.loads(response.content)
        assert data["ok"] is False and data["error"]
    else:
        html = response.content.decode()
        assert "Nie zapisaliśmy Twojej decyzji" in html and "Niczego nie zapisaliśmy" in html
        assert 'href="/"' in html  # a way back
    assert state.cookie_name() not in response.cookies
    assert ConsentRecord.objects.count() == 0


def test_missing_choice_names_the_category(site, decide):
    response = decide("save", next="/en/cookie-policy/", analytics="yes")
    assert response.status_code == 400
    assert "Missing: External media (YouTube)." in response.content.decode()


def test_post_without_any_fields(db, csrf_client):
    response = csrf_client.post("/zgoda/", {}, **SAME_ORIGIN)
    assert response.status_code == 400


def test_garbage_body_is_not_a_500(db):
    client = Client()
    response = client.post("/zgoda/", data=b"\xff\xfe\x00garbage", content_type="application/x-www-form-urlencoded",
                           **SAME_ORIGIN)
    assert response.status_code in (400, 403)


def test_get_goes_to_the_settings_and_other_methods_are_refused(site, client):
    response = client.get("/zgoda/")
    assert response.status_code == 302 and response["Location"] == "/polityka-cookies/#ustawienia"
    assert client.put("/zgoda/").status_code in (403, 405)


def test_a_forged_cookie_does_not_carry_over_its_consent_id(site, decide, csrf_client):
    forged = state.encode(state.Decision("f" * 32, 1, ALL_ON)).replace(":", ":x", 1)
    csrf_client.cookies[state.cookie_name()] = forged
    decision = decision_in(decide("reject"))
    assert decision.consent_id != "f" * 32


def test_categories_are_the_ones_the_issue_names():
    assert categories.ALL == ("necessary", "analytics", "external_media")
