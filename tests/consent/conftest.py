import pytest
from django.core.cache import cache
from django.test import Client

from consent import state


@pytest.fixture(autouse=True)
def _fresh_cache():
    """consent.config caches the policy version and texts; the test database is rolled back
    without signals, so every test starts from an empty cache."""
    cache.clear()
    yield
    cache.clear()


ANALYTICS_SCRIPT = {"src": "/stats/script.js", "attrs": {"data-site": "1"}}
# What a browser sends with a form posted from one of the site's own pages.
SAME_ORIGIN = {"HTTP_ORIGIN": "http://testserver", "HTTP_SEC_FETCH_SITE": "same-origin"}
CROSS_SITE = {"HTTP_ORIGIN": "https://evil.example", "HTTP_SEC_FETCH_SITE": "cross-site"}


@pytest.fixture(autouse=True)
def analytics_configured(settings):
    """Most tests here exercise both optional categories, so the site has an analytics integration
    (statistics are a category only then); tests of the default set CONSENT_ANALYTICS_SCRIPT = None."""
    settings.CONSENT_ANALYTICS_SCRIPT = ANALYTICS_SCRIPT


@pytest.fixture
def csrf_client(db):
    """A client that enforces CSRF like a browser-facing server does (the consent endpoint checks
    Origin / Sec-Fetch-Site instead of a token)."""
    return Client(enforce_csrf_checks=True)


def decision_in(response):
    morsel = response.cookies.get(state.cookie_name())
    assert morsel is not None and morsel.value, "no decision cookie set"
    return state.decode(morsel.value)


@pytest.fixture
def decide(csrf_client):
    """POST a decision the way a browser sends the forms: from a page of the site, no token."""

    def post(action="accept", next="/", json=False, **fields):
        data = {"decision": action, **fields}
        if next is not None:
            data["next"] = next
        headers = dict(SAME_ORIGIN)
        if json:
            headers["HTTP_ACCEPT"] = "application/json"
        return csrf_client.post("/zgoda/", data, **headers)

    return post


@pytest.fixture
def site(db):
    """The site with what demo/sections/consent.py adds (policy page in both languages, texts, cookie
    table). The test database starts with the whole demo, which has them; after a transactional test
    emptied it, only the two home pages and these are built again (the full demo takes far longer)."""
    from wagtail.models import Locale, Site

    from demo.management.commands.load_demo_content import Command
    from demo.sections import consent as consent_demo
    from home.models import HomePage

    if HomePage.objects.exists():
        return Site.objects.get(is_default_site=True)
    command = Command()
    pl = Locale.objects.get_or_create(language_code="pl")[0]
    en = Locale.objects.get_or_create(language_code="en")[0]
    home = command.ensure_home(pl)
    command.ensure_site(home)
    en_home = command.ensure_translation(home, en, {"title": "e-Mocni", "slug": "home-en"})
    consent_demo.load(command, home, en_home)
    return Site.objects.get(is_default_site=True)
