"""The editor's own second-factor steps: enrol (QR code, first code, recovery codes shown once),
verify at each sign-in, a recovery code instead of the app, and the settings page."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from security.forms import AppCodeForm, RecoveryCodeForm
from security.second_factor import (
    APP_DEVICE_NAME,
    app_device,
    has_second_factor,
    new_recovery_codes,
    qr_code_data_url,
    recovery_codes_left,
    recovery_device,
    remove_second_factor,
    secret_for_display,
)


def next_url(request):
    target = request.POST.get(REDIRECT_FIELD_NAME) or request.GET.get(REDIRECT_FIELD_NAME) or ""
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return target
    return reverse("wagtailadmin_home")


def signed_in_step(view):
    """The steps are for a signed-in user only; anyone else goes to the login first."""

    @never_cache
    @sensitive_post_parameters("otp_token", "recovery_code")
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return view(request, *args, **kwargs)

    return wrapper


# Each step's title: the page's <title> and its heading (security/step_base.html).
STEP_TITLES = {
    "security/verify.html": gettext_lazy("Second step of signing in"),
    "security/recovery.html": gettext_lazy("Sign in with a recovery code"),
    "security/enrol.html": gettext_lazy("Set up two-step sign-in"),
    "security/recovery_codes.html": gettext_lazy("Your recovery codes"),
}


def step_response(request, template_name, **extra):
    context = {"next": next_url(request), "redirect_field_name": REDIRECT_FIELD_NAME, "title": STEP_TITLES[template_name]}
    return TemplateResponse(request, template_name, {**context, **extra})


@signed_in_step
def verify(request):
    if request.user.is_verified():
        return redirect(next_url(request))
    device = app_device(request.user)
    if device is None:
        return redirect(f"{reverse('security_2fa_enrol')}?{request.GET.urlencode()}")
    form = AppCodeForm(device, request.POST or None)
    if request.method == "POST" and form.is_valid():
        otp_login(request, device)
        return redirect(next_url(request))
    return step_response(request, "security/verify.html", form=form)


@signed_in_step
def recovery(request):
    if request.user.is_verified():
        return redirect(next_url(request))
    device = recovery_device(request.user)
    form = RecoveryCodeForm(device, request.POST or None)
    if request.method == "POST" and form.is_valid():
        otp_login(request, device)
        left = recovery_codes_left(request.user)
        messages.warning(
            request,
            _("You signed in with a recovery code; %(left)d unused codes are left. "
              "Make new ones or set up your app again in “Two-step sign-in” in your account.") % {"left": left},
        )
        return redirect(next_url(request))
    return step_response(request, "security/recovery.html", form=form)


@signed_in_step
def enrol(request):
    user = request.user
    if has_second_factor(user):
        # Replacing the app needs a verified session first: a stolen password alone must not
        # be enough to attach the thief's phone.
        if user.is_verified():
            return redirect("security_2fa_settings")
        return redirect(f"{reverse('security_2fa_verify')}?{request.GET.urlencode()}")
    device = app_device(user, confirmed=False)
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=APP_DEVICE_NAME, confirmed=False)
    form = AppCodeForm(device, request.POST or None)
    if request.method == "POST" and form.is_valid():
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        TOTPDevice.objects.filter(user=user, confirmed=False).delete()
        codes = new_recovery_codes(user)
        otp_login(request, device)
        return step_response(request, "security/recovery_codes.html", codes=codes)
    return step_response(
        request,
        "security/enrol.html",
        form=form,
        qr_code=qr_code_data_url(device.config_url),
        secret=secret_for_display(device),
        issuer=settings.OTP_TOTP_ISSUER,
    )


@never_cache
def account_settings(request):
    """Status, new recovery codes, or a new app (the old one stops working at once)."""
    user = request.user
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "codes" and has_second_factor(user):
            codes = new_recovery_codes(user)
            return step_response(request, "security/recovery_codes.html", codes=codes, replaced=True)
        if action == "replace":
            remove_second_factor(user)
            return redirect("security_2fa_enrol")
    return TemplateResponse(
        request,
        "security/account_settings.html",
        {
            "page_title": _("Two-step sign-in"),
            "header_title": _("Two-step sign-in"),
            "header_icon": "key",
            "enrolled": has_second_factor(user),
            "codes_left": recovery_codes_left(user),
            "device": app_device(user),
        },
    )
