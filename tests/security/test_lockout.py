"""Sign-in throttling: 30 wrong passwords lock the username from that address, even against the
right password; other addresses still work; an administrator unlocks."""

import pytest
from django.core.management import call_command
from django.test import override_settings

from .conftest import sign_in

CACHE_HANDLER = "security.lockout.IndexedCacheHandler"
DB_HANDLER = "axes.handlers.database.AxesDatabaseHandler"


def hammer(client, times=30, ip="198.51.100.7"):
    statuses = [sign_in(client, password=f"zle-{n}", ip=ip).status_code for n in range(times)]
    return statuses


@pytest.mark.parametrize("handler", [DB_HANDLER, CACHE_HANDLER])
def test_thirty_wrong_passwords_lock_even_the_right_one(client, editor, handler):
    with override_settings(AXES_HANDLER=handler):
        statuses = hammer(client)
        # A few ordinary "wrong password" forms first, then the lockout page.
        assert statuses[0] == 200 and statuses[-1] == 429
        assert statuses.index(429) == 9  # the 10th failure locks (AXES_FAILURE_LIMIT)
        response = sign_in(client)
        assert response.status_code == 429
        html = response.content.decode()
        assert "Logowanie zablokowane" in html and "Sign-in locked" in html
        assert 'lang="pl"' in html and 'lang="en"' in html
        assert "30 minut" in html and "30 minutes" in html
        assert "_auth_user_id" not in client.session


@pytest.mark.parametrize("handler", [DB_HANDLER, CACHE_HANDLER])
def test_lockout_is_per_username_and_address(client, editor, handler):
    """An attacker at one address locks only that pair: the editor at their own address signs in."""
    with override_settings(AXES_HANDLER=handler):
        hammer(client, 12, ip="203.0.113.66")
        assert sign_in(client, ip="203.0.113.66").status_code == 429
        response = sign_in(client, ip="198.51.100.7")
        assert response.status_code == 302 and client.session["_auth_user_id"] == str(editor.pk)


@pytest.mark.parametrize("handler", [DB_HANDLER, CACHE_HANDLER])
def test_admin_command_unlocks_username(client, editor, handler, capsys):
    with override_settings(AXES_HANDLER=handler):
        hammer(client, 12)
        assert sign_in(client).status_code == 429
        call_command("axes_reset_username", "redaktorka")
        assert "removed" in capsys.readouterr().out
        response = sign_in(client)
        assert response.status_code == 302


@pytest.mark.parametrize("handler", [DB_HANDLER, CACHE_HANDLER])
def test_admin_lockouts_page_lists_and_unlocks(client, editor, handler):
    from django.contrib.auth import get_user_model
    from django.test import Client

    with override_settings(AXES_HANDLER=handler):
        hammer(client, 12, ip="203.0.113.66")
        manager = Client()
        manager.force_login(get_user_model().objects.create_superuser("szefowa", "s@example.org", "x-Haslo-2026"))
        page = manager.get("/admin/2fa/lockouts/")
        html = page.content.decode()
        assert page.status_code == 200 and "redaktorka" in html and "203.0.113.66" in html
        manager.post("/admin/2fa/lockouts/", {"username": "redaktorka"})
        assert sign_in(client, ip="203.0.113.66").status_code == 302
        # The per-user page in the user listing offers the same.
        assert manager.get(f"/admin/2fa/users/{editor.pk}/").status_code == 200


def test_front_end_login_is_throttled_too(client, editor):
    for n in range(10):
        client.post("/_util/login/", {"username": "redaktorka", "password": f"zle-{n}"}, REMOTE_ADDR="198.51.100.9")
    response = client.post(
        "/_util/login/", {"username": "redaktorka", "password": "Dobre-Haslo-2026"}, REMOTE_ADDR="198.51.100.9"
    )
    assert response.status_code == 429


def test_non_managers_cannot_unlock(client, editor):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    plain = get_user_model().objects.create_user("autor", "a@example.org", "x-Haslo-2026")
    plain.groups.add(Group.objects.get(name="Editors"))
    from django_otp.plugins.otp_totp.models import TOTPDevice

    TOTPDevice.objects.create(user=editor, name="authenticator-app", confirmed=True)
    client.force_login(plain)
    # Wagtail answers PermissionDenied in the admin with a redirect to the dashboard and a message.
    response = client.get("/admin/2fa/lockouts/")
    assert response.status_code == 302 and response["Location"] == "/admin/"
    client.post(f"/admin/2fa/users/{editor.pk}/", {"action": "reset_2fa"})
    assert TOTPDevice.objects.filter(user=editor).exists()


@override_settings(BEHIND_PROXY=True)
def test_behind_proxy_the_address_is_the_one_the_proxy_added(rf):
    from security.lockout import client_ip

    request = rf.get("/", HTTP_X_FORWARDED_FOR="6.6.6.6, 192.0.2.10", REMOTE_ADDR="127.0.0.1")
    assert client_ip(request) == "192.0.2.10"


@pytest.mark.parametrize("handler", [DB_HANDLER, CACHE_HANDLER])
def test_reset_by_address_and_everything(client, editor, handler):
    with override_settings(AXES_HANDLER=handler):
        hammer(client, 12, ip="203.0.113.66")
        hammer(client, 12, ip="203.0.113.77")
        call_command("axes_reset_ip", "203.0.113.66")
        assert sign_in(client, ip="203.0.113.66").status_code == 302
        client.logout()
        assert sign_in(client, ip="203.0.113.77").status_code == 429
        call_command("axes_reset")
        assert sign_in(client, ip="203.0.113.77").status_code == 302


def test_reset_second_factor_command(editor):
    from django_otp.plugins.otp_totp.models import TOTPDevice

    TOTPDevice.objects.create(user=editor, name="authenticator-app", confirmed=True)
    call_command("reset_second_factor", "redaktorka")
    assert not TOTPDevice.objects.filter(user=editor).exists()
