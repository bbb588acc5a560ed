"""The banner, the decision cookie as the pages read it, the policy page and the cookie jar."""

import re
import time
from unittest import mock

import pytest
from bs4 import BeautifulSoup
from django.core import signing
from django.template import Context, Template
from django.test import Client, RequestFactory, override_settings

from consent import state
from consent.models import ConsentSettings, ConsentTexts
from tests.consent.conftest import decision_in
from tests.helpers import soup

ALL_ON = {"analytics": True, "external_media": True}


def banner(response):
    return soup(response).select_one("[data-consent-banner]")


def question_shown(response):
    node = banner(response)
    return node is not None and not node.select_one("[data-consent-question]").has_attr("hidden")


def cookie_value(decision):
    return state.encode(decision)


def with_decision(client, choices=None, version=1, consent_id="a" * 32):
    client.cookies[state.cookie_name()] = cookie_value(state.Decision(consent_id, version, choices or ALL_ON))
    return client


# The banner ----------------------------------------------------------------------------


@pytest.mark.parametrize("path,lang,heading,accept,settings_href", [
    ("/", "pl", "Pliki cookies w serwisie e-Mocni", "Akceptuję wszystkie", "/polityka-cookies/?wroc=%2F#ustawienia"),
    ("/en/", "en", "Cookies on the e-Mocni website", "Accept all cookies",
     "/en/cookie-policy/?wroc=%2Fen%2F#ustawienia"),
])
def test_banner_on_first_visit(site, client, path, lang, heading, accept, settings_href):
    response = client.get(path)
    node = banner(response)
    assert node is not None and node.name == "section"
    assert node["aria-label"]  # a labelled region
    assert node.select_one("h2").get_text(strip=True) == heading
    forms = node.select("form[method=post]")
    assert len(forms) == 2
    for form in forms:
        assert form["action"] == "/zgoda/"
        # No per-visitor token: the page is the same for every visitor (consent.origin checks posts).
        assert form.select_one("input[name=csrfmiddlewaretoken]") is None
        assert form.select_one("input[name=next]")["value"] == path
        # No field may shadow form.action / form.submit in the DOM (consent.js reads them).
        assert not form.select("[name=action], [name=submit], [id=action], [id=submit]")
    buttons = node.select("form[method=post] button")
    assert [b.get_text(strip=True) for b in buttons][0] == accept
    # Equal weight: the same element and the same classes.
    assert buttons[0]["class"] == buttons[1]["class"] == ["button"]
    assert node.select_one("a.consent-banner__link")["href"] == settings_href
    assert node.select_one("[data-consent-confirmation]").has_attr("hidden")


def test_banner_comes_right_after_the_skip_link(site, client):
    body = soup(client.get("/")).body
    elements = [child for child in body.children if getattr(child, "name", None)]
    assert "skip-link" in elements[0]["class"]
    # consent.js, then the banner: the first focusable things after the skip link are in the banner.
    assert elements[1].name == "script" and elements[1]["src"].endswith("consent/consent.js")
    assert elements[2].has_attr("data-consent-banner")
    assert elements[3].name == "header"


def test_banner_gone_after_a_decision(site, decide, csrf_client):
    decide("reject", next="/")
    response = csrf_client.get("/")
    assert banner(response) is None
    # A decided visitor's page sets no cookie either.
    assert not response.cookies


@pytest.mark.parametrize("choices,message", [
    ({"analytics": True, "external_media": True}, "Zapisaliśmy Twoją zgodę na dodatkowe pliki cookies."),
    ({"analytics": False, "external_media": False}, "Zapisaliśmy Twoją odmowę"),
    ({"analytics": False, "external_media": True}, "Zapisaliśmy Twoje ustawienia plików cookies."),
])
def test_confirmation_after_a_no_js_decision(site, client, choices, message):
    with_decision(client, choices)
    response = client.get("/szukaj/?q=gmina&zgoda=1")
    node = banner(response)
    assert node is not None
    assert node.select_one("[data-consent-question]").has_attr("hidden")
    confirmation = node.select_one("[data-consent-confirmation]")
    assert not confirmation.has_attr("hidden")
    assert message in confirmation.get_text()
    # "Hide" works without JS: a GET to the same page without the parameter.
    hide = confirmation.select_one("form[method=get]")
    assert hide["action"] == "/szukaj/"
    assert [(i["name"], i["value"]) for i in hide.select("input")] == [("q", "gmina")]
    assert hide.select_one("button[data-consent-hide]")


def test_confirmation_parameter_alone_shows_nothing_new(site, client):
    """A shared link with ?zgoda=1 shows the question to someone who has not decided."""
    response = client.get("/?zgoda=1")
    assert question_shown(response)
    assert banner(response).select_one("[data-consent-confirmation]").has_attr("hidden")


# Cookies that count as no decision -----------------------------------------------------


@pytest.mark.parametrize("value", [
    "",
    "garbage",
    "a" * 5000,
    "eyJpIjoiYWFhYSJ9:1tZ:forged",
    signing.dumps({"i": "a" * 32, "v": 1, "c": {"analytics": 1, "external_media": 1}}, salt="other-salt"),
    signing.dumps({"i": "a" * 32, "v": 1, "c": {"analytics": 1}}, salt=state.SALT),
    signing.dumps({"i": "a" * 32, "v": 1, "c": {"analytics": True, "external_media": 1}}, salt=state.SALT),
    signing.dumps({"i": "a" * 32, "v": 1, "c": {"analytics": 2, "external_media": 1}}, salt=state.SALT),
    signing.dumps({"i": "a" * 32, "v": 1, "c": {"analytics": 1, "external_media": 1, "ads": 1}}, salt=state.SALT),
    signing.dumps({"i": "not-hex", "v": 1, "c": {"analytics": 1, "external_media": 1}}, salt=state.SALT),
    signing.dumps({"i": "a" * 32, "v": "1", "c": {"analytics": 1, "external_media": 1}}, salt=state.SALT),
    signing.dumps({"i": "a" * 32, "v": 0, "c": {"analytics": 1, "external_media": 1}}, salt=state.SALT),
    signing.dumps(["a" * 32, 1], salt=state.SALT),
    signing.dumps("just a string", salt=state.SALT),
], ids=lambda value: f"{len(value)}-chars")  # values hold time stamps: ids must not (pytest-xdist)
def test_garbled_or_forged_cookie_means_no_decision(site, client, value):
    client.cookies[state.cookie_name()] = value
    response = client.get("/")
    assert response.status_code == 200
    assert question_shown(response)


def test_tampered_cookie_means_no_decision(site, decide, csrf_client):
    value = decision_in(decide("reject"))
    good = state.encode(value)
    variant, signed = good.split("~", 1)
    payload, rest = signed.split(":", 1)
    # Flip the choices in the (readable) payload and keep the old signature.
    tampered = variant + "~" + signing.b64_encode(
        signing.b64_decode(payload.encode()).replace(b'"analytics":0', b'"analytics":1')
    ).decode() + ":" + rest
    assert tampered != good
    csrf_client.cookies[state.cookie_name()] = tampered
    assert question_shown(csrf_client.get("/"))
    # The variant in front is not trusted either: it must match the signed choices.
    csrf_client.cookies[state.cookie_name()] = "p1-a1-m1~" + signed
    assert question_shown(csrf_client.get("/"))
    csrf_client.cookies[state.cookie_name()] = good
    assert banner(csrf_client.get("/")) is None


def test_old_format_cookie_means_no_decision(site, client):
    """A cookie of the format before the variant was added (the signed payload alone)."""
    signed = state.encode(state.Decision("a" * 32, 1, ALL_ON)).split("~", 1)[1]
    client.cookies[state.cookie_name()] = signed
    assert question_shown(client.get("/"))


def test_expired_cookie_means_no_decision(site, client):
    seven_months_ago = time.time() - 213 * 24 * 3600
    with mock.patch("django.core.signing.time.time", return_value=seven_months_ago):
        old = cookie_value(state.Decision("b" * 32, 1, ALL_ON))
    client.cookies[state.cookie_name()] = old
    assert question_shown(client.get("/"))
    five_months_ago = time.time() - 150 * 24 * 3600
    with mock.patch("django.core.signing.time.time", return_value=five_months_ago):
        recent = cookie_value(state.Decision("b" * 32, 1, ALL_ON))
    client.cookies[state.cookie_name()] = recent
    assert banner(client.get("/")) is None


def test_raising_the_policy_version_asks_again(site, decide, csrf_client):
    decide("accept")
    assert banner(csrf_client.get("/")) is None
    row = ConsentSettings.objects.get()
    row.policy_version = 2
    row.save()  # the signal clears the cached version
    response = csrf_client.get("/")
    assert question_shown(response)
    assert "Wersja polityki: 2." in csrf_client.get("/polityka-cookies/").content.decode()
    # The old choice no longer counts for the JS API either.
    assert '"decided":false' in soup(response).select_one("script[data-consent-state]")["data-consent-state"]


def test_policy_version_cannot_go_down(site):
    from django.core.exceptions import ValidationError

    row = ConsentSettings.objects.get()
    row.policy_version = 3
    row.save()
    row.policy_version = 2
    with pytest.raises(ValidationError):
        row.full_clean()


# Editors' texts ------------------------------------------------------------------------


def test_editors_texts_per_language(site, client):
    texts = ConsentTexts.objects.get(locale__language_code="en")
    texts.banner_heading = "Biscuits? Cookies!"
    texts.save()
    assert banner(client.get("/en/")).select_one("h2").get_text() == "Biscuits? Cookies!"
    assert banner(client.get("/")).select_one("h2").get_text() == "Pliki cookies w serwisie e-Mocni"


def test_built_in_texts_when_editors_have_none(site, client):
    ConsentTexts.objects.all().delete()
    assert banner(client.get("/en/")).select_one("h2").get_text() == "Cookies on the e-Mocni website"
    assert banner(client.get("/")).select_one("h2").get_text() == "Pliki cookies w serwisie e-Mocni"


# The policy page -----------------------------------------------------------------------


@pytest.mark.parametrize("path,caption", [
    ("/polityka-cookies/", "Niezbędne pliki cookies"),
    ("/en/cookie-policy/", "Necessary cookies"),
])
def test_policy_page_shows_table_and_form_with_nothing_preselected(site, client, path, caption):
    response = client.get(path)
    assert response.status_code == 200
    page = soup(response)
    assert page.select("h1") and len(page.select("h1")) == 1
    assert banner(response) is None  # the page itself is the settings: no banner on top of it
    captions = [c.get_text(strip=True) for c in page.select(".cookie-table caption")]
    assert captions[0] == caption and len(captions) == 3
    names = [c.get_text() for c in page.select(".cookie-table tbody th code")]
    assert {"emocni_consent", "csrftoken", "YSC"} <= set(names)
    form = page.select_one("form[data-consent-form=settings]")
    assert form["method"] == "post" and form["action"] == "/zgoda/"
    radios = form.select("input[type=radio]")
    assert {r["name"] for r in radios} == {"analytics", "external_media"}
    assert not any(r.has_attr("checked") for r in radios)
    assert all(r.has_attr("required") for r in radios)
    assert all(page.select_one(f"label[for={r['id']}]") for r in radios)
    assert page.select_one("#ustawienia")


def test_policy_page_shows_the_current_choice(site, client):
    with_decision(client, {"analytics": False, "external_media": True})
    form = soup(client.get("/polityka-cookies/")).select_one("form[data-consent-form=settings]")
    checked = {(r["name"], r["value"]) for r in form.select("input[type=radio][checked]")}
    assert checked == {("analytics", "no"), ("external_media", "yes")}


def test_policy_page_after_saving_without_js(site, client):
    with_decision(client, {"analytics": False, "external_media": True})
    page = soup(client.get("/polityka-cookies/?wroc=%2Fo-projekcie%2F&zgoda=1"))
    status = page.select_one("[data-consent-status]")
    assert not status.has_attr("hidden")
    assert status.select_one("a")["href"] == "/o-projekcie/"
    assert page.select_one("input[name=next]")["value"] == "/polityka-cookies/?wroc=%2Fo-projekcie%2F#ustawienia"


@pytest.mark.parametrize("back", ["https://evil.example/", "//evil.example/", "javascript:alert(1)"])
def test_policy_page_refuses_foreign_back_links(site, client, back):
    with_decision(client)
    page = soup(client.get("/polityka-cookies/", {"wroc": back, "zgoda": "1"}))
    assert page.select_one("[data-consent-status] a") is None
    assert page.select_one("input[name=next]")["value"] == "/polityka-cookies/#ustawienia"


def test_footer_link_goes_to_the_policy_page(site, client):
    footer = soup(client.get("/")).select_one("footer")
    assert footer.find("a", string="Ustawienia cookies")["href"] == "/polityka-cookies/"


def test_settings_page_without_a_policy_page(db, client):
    """Sites without a CookiePolicyPage still get the form, at /zgoda/ustawienia/."""
    from consent.models import CookiePolicyPage

    for page in CookiePolicyPage.objects.all():
        page.delete()
    response = client.get("/zgoda/ustawienia/")
    assert response.status_code == 200
    assert soup(response).select_one("form[data-consent-form=settings]")
    assert client.get("/zgoda/")["Location"] == "/zgoda/ustawienia/#ustawienia"


# Cookies, storage and caching ----------------------------------------------------------


@pytest.mark.parametrize("path", ["/", "/en/", "/polityka-cookies/", "/szukaj/?q=gmina", "/nie-ma-takiej/"])
def test_no_cookie_at_all_before_a_decision(site, client, path):
    response = client.get(path)
    assert not response.cookies, dict(response.cookies)


def test_pages_vary_on_cookie_and_the_banner_is_public(site, client):
    """The banner has no per-visitor token any more: the page is shared, keyed on the consent state."""
    first = client.get("/")
    assert "Cookie" in first["Vary"]
    assert first["Cache-Control"].startswith("public")
    with_decision(client)
    later = client.get("/")
    assert "Cookie" in later["Vary"]
    assert later["Cache-Control"].startswith("public")


def test_a_shared_cache_keeps_consent_states_apart(site):
    """With Django's whole-site cache in front, one visitor's state never reaches another."""
    from django.conf import settings

    middleware = (
        ["django.middleware.cache.UpdateCacheMiddleware"]
        + list(settings.MIDDLEWARE)
        + ["django.middleware.cache.FetchFromCacheMiddleware"]
    )
    with override_settings(MIDDLEWARE=middleware, CACHE_MIDDLEWARE_SECONDS=300):
        decided = with_decision(Client())
        undecided = Client()
        assert banner(decided.get("/o-projekcie/")) is None
        assert question_shown(undecided.get("/o-projekcie/"))
        assert banner(decided.get("/o-projekcie/")) is None
        assert question_shown(Client().get("/o-projekcie/"))
        # Another decided visitor (another cookie) and the undecided one again.
        assert banner(with_decision(Client(), consent_id="c" * 32).get("/o-projekcie/")) is None
        assert question_shown(undecided.get("/o-projekcie/"))


# Gating for other features -------------------------------------------------------------


def render(template, request, **context):
    return Template("{% load consent_tags %}" + template).render(Context({"request": request, **context}))


@pytest.mark.parametrize("choices,expected", [
    (None, "no"),
    ({"analytics": True, "external_media": False}, "no"),
    ({"analytics": False, "external_media": True}, "yes"),
])
def test_template_tag_and_python_api(site, choices, expected):
    request = RequestFactory().get("/")
    if choices is not None:
        request.COOKIES[state.cookie_name()] = cookie_value(state.Decision("d" * 32, 1, choices))
    html = render('{% consent_allows "external_media" as ok %}{% if ok %}yes{% else %}no{% endif %}', request)
    assert html == expected
    assert state.allows(request, "external_media") is (expected == "yes")
    assert state.allows(request, "necessary") is True
    assert state.allows(request, "advertising") is False


def test_grant_form_for_the_webinar_player(site):
    request = RequestFactory().get("/webinaria/odcinek-1/?t=5")
    html = render('{% consent_grant_form "external_media" "Play and remember my choice for YouTube" "player" %}',
                  request, csrf_token="tok")
    form = BeautifulSoup(html, "html.parser").form
    assert form["method"] == "post" and form["action"] == "/zgoda/"
    fields = {i["name"]: i["value"] for i in form.select("input")}
    assert fields == {"decision": "grant", "category": "external_media",
                      "next": "/webinaria/odcinek-1/?t=5#player"}
    assert form.button.get_text() == "Play and remember my choice for YouTube"
    assert render('{% consent_grant_form "necessary" "x" %}', request).strip() == ""


@pytest.mark.parametrize("analytics_allowed", [False, True])
def test_analytics_snippet_only_with_consent(site, client, analytics_allowed):
    with override_settings(CONSENT_ANALYTICS_SCRIPT={"src": "/stats/script.js", "attrs": {"data-site": "1",
                                                                                         "onload": "x()"}}):
        with_decision(client, {"analytics": analytics_allowed, "external_media": False})
        html = client.get("/").content.decode()
    tag = re.search(r'<script src="/stats/script.js"[^>]*>', html)
    if analytics_allowed:
        assert tag and 'data-site="1"' in tag.group(0) and "onload" not in tag.group(0)
    else:
        assert tag is None


def test_no_analytics_snippet_when_unset(site, client, settings):
    settings.CONSENT_ANALYTICS_SCRIPT = None
    with_decision(client, {"external_media": True})
    html = client.get("/").content.decode()
    assert [s for s in re.findall(r'<script src="([^"]+)"', html)] == [
        "/static/js/site.js", "/static/consent/consent.js"]


def test_the_js_state_carries_no_consent_id(site, client):
    with_decision(client, consent_id="e" * 32)
    html = client.get("/").content.decode()
    assert "e" * 32 not in html
    state_attr = soup(client.get("/")).select_one("script[data-consent-state]")["data-consent-state"]
    assert state_attr.startswith('{"decided":true,"categories":{"analytics":true,"external_media":true}')
    assert "e" * 32 not in state_attr


def test_the_banner_adds_no_query_to_a_warm_page(site, client, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get("/")
    with CaptureQueriesContext(connection) as queries:
        client.get("/")
    consent_tables = [q["sql"] for q in queries.captured_queries if "consent_" in q["sql"]]
    assert consent_tables == []


def test_settings_page_in_english_too(demo, client):
    from django.urls import reverse
    from django.utils import translation

    with translation.override("en"):
        english = reverse("consent_settings")
    with translation.override("pl"):
        polish = reverse("consent_settings")
    assert (polish, english) == ("/zgoda/ustawienia/", "/en/cookie-settings/")
    response = client.get(english)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="en"' in html and 'data-consent-form="settings"' in html
