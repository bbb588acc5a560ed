import re

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


@pytest.fixture
def csrf_client(db):
    """A client that enforces CSRF like a browser-facing server does."""
    return Client(enforce_csrf_checks=True)


def csrf_token(response):
    match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', response.content.decode())
    assert match, "no CSRF token in the page"
    return match.group(1)


def decision_in(response):
    morsel = response.cookies.get(state.cookie_name())
    assert morsel is not None and morsel.value, "no decision cookie set"
    return state.decode(morsel.value)


@pytest.fixture
def decide(csrf_client):
    """POST a decision the way the forms do: a page with a form gives the CSRF token, then the POST."""

    def post(action="accept", next="/", json=False, **fields):
        token = csrf_token(csrf_client.get("/zgoda/ustawienia/"))
        data = {"csrfmiddlewaretoken": token, "decision": action, **fields}
        if next is not None:
            data["next"] = next
        headers = {"HTTP_ACCEPT": "application/json"} if json else {}
        return csrf_client.post("/zgoda/", data, **headers)

    return post


@pytest.fixture
def site(db):
    """A small site for the consent tests: the two home pages and what consent/demo.py adds
    (policy page in both languages, texts, cookie table). The full demo takes far longer."""
    from wagtail.models import Locale, Site

    from consent import demo as consent_demo
    from home.management.commands.load_demo_content import Command

    command = Command()
    pl = Locale.objects.get_or_create(language_code="pl")[0]
    en = Locale.objects.get_or_create(language_code="en")[0]
    home = command.ensure_home(pl)
    command.ensure_site(home)
    en_home = command.ensure_translation(home, en, {"title": "e-Mocni", "slug": "home-en"})
    consent_demo.load(command, home, en_home)
    return Site.objects.get(is_default_site=True)
