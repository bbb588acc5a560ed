"""The second factor: every admin page needs it; enrolment with a QR code made here; the code
and recovery codes work (a recovery code once); an administrator resets it."""

import re

import pytest
from django.test import override_settings
from django_otp.plugins.otp_totp.models import TOTPDevice

from .conftest import sign_in, totp_now

ADMIN_PAGES = ["/admin/", "/admin/pages/", "/admin/images/", "/admin/users/", "/admin/2fa/"]


@pytest.mark.parametrize("path", ADMIN_PAGES)
def test_password_alone_leads_to_enrolment(client, editor, path):
    assert sign_in(client).status_code == 302
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/2fa/enrol/?next=")


def test_with_an_app_the_password_alone_leads_to_the_code(client, editor):
    TOTPDevice.objects.create(user=editor, name="authenticator-app", confirmed=True)
    sign_in(client)
    response = client.get("/admin/pages/")
    assert response.status_code == 302 and response["Location"] == "/admin/2fa/verify/?next=%2Fadmin%2Fpages%2F"
    # Enrolling another app is refused until the code is given: a stolen password is not enough.
    assert client.get("/admin/2fa/enrol/")["Location"].startswith("/admin/2fa/verify/")


def test_enrolment_shows_a_local_qr_code_then_recovery_codes_once(client, editor):
    sign_in(client)
    page = client.get("/admin/2fa/enrol/?next=/admin/pages/")
    html = page.content.decode()
    assert page.status_code == 200
    assert re.search(r'<img class="security-qr" src="data:image/svg\+xml;base64,', html)
    assert 'autocomplete="one-time-code"' in html and 'inputmode="numeric"' in html
    device = TOTPDevice.objects.get(user=editor, confirmed=False)
    secret = re.search(r'<code class="security-secret">([A-Z2-7 ]+)</code>', html).group(1)
    import base64

    assert base64.b32decode(secret.replace(" ", "") + "=" * (-len(secret.replace(" ", "")) % 8)) == device.bin_key

    wrong = client.post("/admin/2fa/enrol/", {"otp_token": "000000" if totp_now(device) != "000000" else "111111"})
    assert wrong.status_code == 200 and "nieprawidłowy" in wrong.content.decode()

    device.refresh_from_db()
    device.throttle_reset()  # the wrong code started django-otp's back-off
    done = client.post("/admin/2fa/enrol/", {"otp_token": totp_now(device), "next": "/admin/pages/"})
    codes = re.findall(r"<li><code>([a-z2-7]{5}-[a-z2-7]{5})</code></li>", done.content.decode())
    assert len(codes) == 10 and len(set(codes)) == 10
    device.refresh_from_db()
    assert device.confirmed
    assert client.get("/admin/pages/").status_code == 200
    # Stored hashed, never shown again.
    from django_otp.plugins.otp_static.models import StaticToken

    stored = set(StaticToken.objects.filter(device__user=editor).values_list("token", flat=True))
    assert len(stored) == 10 and not stored & set(codes)
    assert not any(code in client.get("/admin/2fa/").content.decode() for code in codes)


def enrolled_editor(client, editor):
    from security.second_factor import new_recovery_codes

    device = TOTPDevice.objects.create(user=editor, name="authenticator-app", confirmed=True)
    return device, new_recovery_codes(editor)


def test_code_from_the_app_passes_and_returns_to_the_page(client, editor):
    device, _codes = enrolled_editor(client, editor)
    sign_in(client)
    response = client.post("/admin/2fa/verify/", {"otp_token": totp_now(device), "next": "/admin/pages/"})
    assert response.status_code == 302 and response["Location"] == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200


def test_verify_never_redirects_off_site(client, editor):
    device, _codes = enrolled_editor(client, editor)
    sign_in(client)
    response = client.post("/admin/2fa/verify/", {"otp_token": totp_now(device), "next": "https://evil.example/"})
    assert response["Location"] == "/admin/"


def test_recovery_code_works_once(client, editor):
    from django.test import Client

    _device, codes = enrolled_editor(client, editor)
    sign_in(client)
    # Typed with capitals and spaces, as people copy codes from paper.
    response = client.post("/admin/2fa/recovery/", {"recovery_code": " " + codes[3].upper().replace("-", " ")})
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200

    again = Client()
    sign_in(again)
    reused = again.post("/admin/2fa/recovery/", {"recovery_code": codes[3]})
    assert reused.status_code == 200 and "został już użyty" in reused.content.decode()
    assert again.get("/admin/")["Location"].startswith("/admin/2fa/verify/")


def test_wrong_codes_are_throttled(client, editor):
    device, _codes = enrolled_editor(client, editor)
    sign_in(client)
    for _ in range(3):
        client.post("/admin/2fa/verify/", {"otp_token": "12345"})
    # Even the right code waits for the back-off now (django-otp's throttling).
    response = client.post("/admin/2fa/verify/", {"otp_token": totp_now(device)})
    assert response.status_code == 200 and "Zbyt wiele" in response.content.decode()


def test_administrator_resets_a_lost_second_factor(client, editor):
    from django.contrib.auth import get_user_model
    from django.test import Client

    device, _codes = enrolled_editor(client, editor)
    manager = Client()
    manager.force_login(get_user_model().objects.create_superuser("szefowa", "s@example.org", "x-Haslo-2026"))
    listing = manager.get("/admin/users/").content.decode()
    assert f"/admin/2fa/users/{editor.pk}/" in listing
    manager.post(f"/admin/2fa/users/{editor.pk}/", {"action": "reset_2fa"})
    assert not TOTPDevice.objects.filter(user=editor).exists()
    sign_in(client)
    assert client.get("/admin/")["Location"].startswith("/admin/2fa/enrol/")


def test_editor_can_make_new_recovery_codes(client, editor):
    _device, codes = enrolled_editor(client, editor)
    client.force_login(editor)
    page = client.post("/admin/2fa/", {"action": "codes"})
    fresh = re.findall(r"<li><code>([a-z2-7]{5}-[a-z2-7]{5})</code></li>", page.content.decode())
    assert len(fresh) == 10 and not set(fresh) & set(codes)


def test_users_without_admin_access_are_not_asked(client, db):
    """A reader of restricted pages (no admin access) signs in at /_util/login/ and just reads."""
    from django.contrib.auth import get_user_model

    get_user_model().objects.create_user("czytelnik", "c@example.org", "Haslo-Czytelnika-1")
    response = client.post("/_util/login/", {"username": "czytelnik", "password": "Haslo-Czytelnika-1"})
    assert response.status_code == 302
    assert client.get("/").status_code == 200
    # Their admin request is Wagtail's "no access", not an enrolment they could not use.
    assert "/2fa/" not in client.get("/admin/").get("Location", "")


def test_test_and_production_settings_exempt_nobody():
    from django.conf import settings

    assert settings.SECOND_FACTOR_REQUIRED and settings.SECOND_FACTOR_EXEMPT_USERNAMES == []


def test_dev_settings_exempt_only_the_local_admin(client, db):
    from django.contrib.auth import get_user_model

    get_user_model().objects.create_superuser("admin", "a@example.org", "mocni-demo-2026")
    with override_settings(SECOND_FACTOR_EXEMPT_USERNAMES=["admin"]):
        sign_in(client, username="admin", password="mocni-demo-2026")
        assert client.get("/admin/").status_code == 200


def test_dev_settings_file_names_the_exemption():
    from pathlib import Path

    dev = (Path(__file__).resolve().parents[2] / "config/settings/dev.py").read_text()
    production = (Path(__file__).resolve().parents[2] / "config/settings/production.py").read_text()
    assert "SECOND_FACTOR_EXEMPT_USERNAMES" in dev and "SECOND_FACTOR_EXEMPT" not in production
