"""Consent that tells the truth: statistics are a category only when an analytics integration is
configured; the banner, the settings form, the cookie table and the cookie name only real ones."""

import pytest

from consent import categories, state
from tests.consent.conftest import ANALYTICS_SCRIPT, decision_in
from tests.helpers import soup


@pytest.fixture
def no_analytics(settings):
    settings.CONSENT_ANALYTICS_SCRIPT = None


def test_without_analytics_only_youtube_is_asked_about(site, client, no_analytics):
    assert categories.active() == ("external_media",)
    page = soup(client.get("/en/"))
    banner = page.select_one("[data-consent-banner]").get_text(" ").lower()
    assert "youtube" in banner
    assert "statistic" not in banner and "measure" not in banner
    assert page.select_one("script[data-consent-state]")["data-consent-state"] == (
        '{"decided":false,"categories":{"external_media":false}}'
    )


@pytest.mark.parametrize("path", ["/polityka-cookies/", "/en/cookie-policy/", "/zgoda/ustawienia/"])
def test_without_analytics_the_policy_names_no_statistics(site, client, no_analytics, path):
    page = soup(client.get(path))
    radios = page.select("form[data-consent-form=settings] input[type=radio]")
    assert {r["name"] for r in radios} == {"external_media"}
    captions = [c.get_text(strip=True) for c in page.select(".cookie-table caption")]
    assert len(captions) == 2  # necessary, external media
    names = {c.get_text() for c in page.select(".cookie-table tbody th code")}
    assert not any(name.startswith("_pk_") for name in names)


def test_without_analytics_the_decision_holds_only_youtube(site, decide, no_analytics):
    response = decide("accept")
    cookie = response.cookies[state.cookie_name()].value
    assert cookie.startswith("p1-m1~")
    assert decision_in(response).as_dict() == {"external_media": True}
    assert decide("save", external_media="no").status_code == 303
    refused = decide("save", analytics="yes", external_media="yes")
    assert refused.status_code == 400  # no such choice on this site


def test_with_analytics_statistics_are_asked_about(site, client, settings):
    from consent.models import ConsentTexts

    settings.CONSENT_ANALYTICS_SCRIPT = ANALYTICS_SCRIPT
    assert categories.active() == ("analytics", "external_media")
    ConsentTexts.objects.all().delete()  # the built-in wording (editors write their own for their tool)
    banner = soup(client.get("/en/")).select_one("[data-consent-banner]").get_text(" ")
    assert "statistics tool" in banner
    radios = soup(client.get("/en/cookie-policy/")).select("form[data-consent-form=settings] input[type=radio]")
    assert {r["name"] for r in radios} == {"analytics", "external_media"}


@pytest.mark.parametrize("choices,variant", [
    ({"analytics": True, "external_media": True}, "p1-a1-m1"),
    ({"analytics": False, "external_media": True}, "p1-a0-m1"),
    ({"analytics": False, "external_media": False}, "p1-a0-m0"),
])
def test_the_variant_names_the_rendered_state(site, choices, variant):
    decision = state.Decision("a" * 32, 1, choices)
    value = state.encode(decision)
    assert value.split("~", 1)[0] == variant == state.variant(decision)
    assert state.VARIANT.match(variant)
    assert state.decode(value) == decision


def test_a_cookie_of_another_category_set_is_no_decision(site, settings):
    """Made before an analytics integration was added: it never covered statistics, so ask again."""
    settings.CONSENT_ANALYTICS_SCRIPT = None
    value = state.encode(state.Decision("a" * 32, 1, {"external_media": True}))
    settings.CONSENT_ANALYTICS_SCRIPT = ANALYTICS_SCRIPT
    assert state.decode(value) is None
