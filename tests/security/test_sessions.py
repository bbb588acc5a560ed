"""Session lifetimes, tested by moving the session's own clock back (no sleeping)."""

import time

import pytest

from security.sessions import SEEN_KEY, STARTED_KEY

from .conftest import sign_in, totp_now


@pytest.fixture
def signed_in(client, editor):
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device = TOTPDevice.objects.create(user=editor, name="authenticator-app", confirmed=True)
    sign_in(client)
    client.post("/admin/2fa/verify/", {"otp_token": totp_now(device)})
    assert client.get("/admin/").status_code == 200
    return client


def shift(client, started=0, seen=0):
    session = client.session
    session[STARTED_KEY] -= started
    session[SEEN_KEY] -= seen
    session.save()


def test_sign_in_starts_both_clocks(signed_in):
    session = signed_in.session
    assert abs(session[STARTED_KEY] - time.time()) < 60 and abs(session[SEEN_KEY] - time.time()) < 60


def test_idle_for_two_hours_signs_out(signed_in, settings):
    shift(signed_in, started=2 * 3600 + 60, seen=2 * 3600 + 60)
    response = signed_in.get("/admin/pages/")
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/?next=/admin/pages/")
    assert "_auth_user_id" not in signed_in.session
    page = signed_in.get(response["Location"]).content.decode()
    assert "120 minutach bez aktywności" in page


def test_activity_keeps_the_session_but_twelve_hours_is_the_limit(signed_in):
    shift(signed_in, started=11 * 3600, seen=100 * 60)
    assert signed_in.get("/admin/").status_code == 200
    # The request renewed the idle clock (it was older than a minute) ...
    assert time.time() - signed_in.session[SEEN_KEY] < 60
    # ... but not the absolute one.
    shift(signed_in, started=3600 + 60)
    response = signed_in.get("/admin/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    assert "najwyżej 12 godzin" in signed_in.get(response["Location"]).content.decode()


def test_the_editors_ping_is_not_activity(signed_in):
    """An editor tab left open pings Wagtail every few seconds; that must not keep the session alive."""
    shift(signed_in, seen=30 * 60)
    before = signed_in.session[SEEN_KEY]
    signed_in.post("/admin/editing-sessions/ping/wagtailcore/page/1/999999/")
    assert signed_in.session[SEEN_KEY] == before
    signed_in.get("/admin/")
    assert signed_in.session[SEEN_KEY] > before


def test_server_side_sessions_live_no_longer_than_the_limit(settings):
    assert settings.SESSION_COOKIE_AGE == 12 * 3600 < 14 * 24 * 3600
    assert settings.SESSION_IDLE_TIMEOUT == 2 * 3600
