import pytest
from axes.handlers.proxy import AxesProxyHandler
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _fresh_lockout_state():
    """Each test starts with no failed sign-ins counted, whichever handler it uses."""
    AxesProxyHandler.implementation = None
    cache.clear()
    yield
    AxesProxyHandler.implementation = None
    cache.clear()


@pytest.fixture
def editor(db):
    from django.contrib.auth import get_user_model

    return get_user_model().objects.create_superuser("redaktorka", "redaktorka@example.org", "Dobre-Haslo-2026")


def totp_now(device):
    from django_otp.oath import totp

    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift):06d}"


def sign_in(client, username="redaktorka", password="Dobre-Haslo-2026", ip="198.51.100.7", **extra):
    return client.post(
        "/admin/login/", {"username": username, "password": password}, REMOTE_ADDR=ip, **extra
    )
