"""The second factor for the admin: django-otp's TOTP device (an authenticator app) and static
device (one-time recovery codes), and the middleware that keeps every admin page behind them.

Recovery codes are stored hashed: a copy of the database does not hand them out.
"""

import base64
import hashlib
import secrets

from django.conf import settings
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.http import HttpResponseRedirect
from django.urls import Resolver404, resolve, reverse
from django.utils.http import urlencode
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

RECOVERY_DEVICE_NAME = "recovery-codes"
CODE_ALPHABET = "abcdefghijklmnopqrstuvwxyz234567"  # base32: no 0/1/8/9 to mistake for o/l/b/g
APP_DEVICE_NAME = "authenticator-app"

# Reachable before the second factor: signing in and out, the steps themselves, and what those
# pages load from the admin (icons, the JavaScript translation catalogue).
OPEN_URL_NAMES = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "security_2fa_verify",
    "security_2fa_recovery",
    "security_2fa_enrol",
}


def requires_second_factor(user):
    """Everyone who can use the admin, unless the settings exempt the account (dev.py only)."""
    if not settings.SECOND_FACTOR_REQUIRED or not user.is_authenticated:
        return False
    if user.get_username() in settings.SECOND_FACTOR_EXEMPT_USERNAMES:
        return False
    return user.is_superuser or user.has_perm("wagtailadmin.access_admin")


def app_device(user, confirmed=True):
    return TOTPDevice.objects.filter(user=user, confirmed=confirmed).order_by("pk").first()


def has_second_factor(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def normalise_code(text):
    return "".join(ch for ch in (text or "").lower() if ch.isalnum())


def hash_recovery_code(code):
    """16 hex characters (StaticToken.token holds 16) of SHA-256 over the normalised code."""
    return hashlib.sha256(f"e-mocni-recovery:{normalise_code(code)}".encode()).hexdigest()[:16]


def new_recovery_codes(user):
    """Replace the user's recovery codes; the plain codes are returned once and never stored."""
    device, _created = StaticDevice.objects.get_or_create(
        user=user, name=RECOVERY_DEVICE_NAME, defaults={"confirmed": True}
    )
    device.token_set.all().delete()
    codes = []
    for _ in range(settings.RECOVERY_CODE_COUNT):
        raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(10))  # 50 bits
        codes.append(f"{raw[:5]}-{raw[5:]}")
    StaticToken.objects.bulk_create(StaticToken(device=device, token=hash_recovery_code(code)) for code in codes)
    return codes


def recovery_device(user):
    return StaticDevice.objects.filter(user=user, name=RECOVERY_DEVICE_NAME, confirmed=True).first()


def recovery_codes_left(user):
    device = recovery_device(user)
    return device.token_set.count() if device else 0


def remove_second_factor(user):
    """What an administrator's reset does: the user enrols again at the next admin request."""
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()


def secret_for_display(device):
    """The key in base32, in groups of four, for typing into an app that cannot scan."""
    key = base64.b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(key[i : i + 4] for i in range(0, len(key), 4))


def qr_code_data_url(text):
    """The QR code as an SVG data URL: made here (no outside service) and allowed by the admin's
    CSP (img-src data:), with no inline style."""
    import qrcode
    import qrcode.image.svg

    image = qrcode.make(text, image_factory=qrcode.image.svg.SvgPathFillImage, box_size=10, border=2)
    svg = image.to_string()
    return "data:image/svg+xml;base64," + base64.b64encode(svg).decode()


class SecondFactorMiddleware:
    """Admin pages need a session that passed the second factor: a signed-in editor without it
    goes to the verify step (has an app) or to enrolment (has none), then back where they were."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        redirect = self.redirect_for(request)
        return redirect or self.get_response(request)

    def redirect_for(self, request):
        if not request.path_info.startswith(settings.ADMIN_CSP_PATH_PREFIX):
            return None
        user = request.user
        if not requires_second_factor(user) or user.is_verified():
            return None
        try:
            name = resolve(request.path_info).url_name
        except Resolver404:
            return None
        if name in OPEN_URL_NAMES:
            return None
        step = "security_2fa_verify" if has_second_factor(user) else "security_2fa_enrol"
        return HttpResponseRedirect(f"{reverse(step)}?{urlencode({REDIRECT_FIELD_NAME: request.get_full_path()})}")
