"""Forms of the second-factor steps. Every code field lets the browser and password managers help
(WCAG 2.2 3.3.8, accessible authentication): `autocomplete="one-time-code"`, a numeric keyboard on
phones, and nothing that blocks pasting."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm

from security.second_factor import hash_recovery_code, normalise_code


class AppCodeForm(forms.Form):
    otp_token = forms.CharField(
        label=_("Code from the authenticator app"),
        help_text=_("Six digits; a new code appears every 30 seconds. You may paste it."),
        max_length=12,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True, "spellcheck": "false"}
        ),
    )

    def __init__(self, device, *args, **kwargs):
        self.device = device
        super().__init__(*args, **kwargs)

    def clean_otp_token(self):
        token = "".join(ch for ch in self.cleaned_data["otp_token"] if ch.isdigit())
        allowed, _details = self.device.verify_is_allowed()
        if not allowed:
            raise forms.ValidationError(
                _("Too many wrong codes in a row. Wait a minute, then enter the current code."), code="throttled"
            )
        if not self.device.verify_token(token):
            raise forms.ValidationError(
                _("This code is not right. Check that the clock of your phone is correct and enter the current code."),
                code="invalid",
            )
        return token


class RecoveryCodeForm(forms.Form):
    recovery_code = forms.CharField(
        label=_("Recovery code"),
        help_text=_("One of the codes you saved when you set up the second factor, e.g. abcde-12345. Each works once."),
        max_length=40,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "autofocus": True, "spellcheck": "false"}),
    )

    def __init__(self, device, *args, **kwargs):
        self.device = device
        super().__init__(*args, **kwargs)

    def clean_recovery_code(self):
        code = self.cleaned_data["recovery_code"]
        if self.device is None or not normalise_code(code):
            raise forms.ValidationError(_("This recovery code is not right or was used already."), code="invalid")
        allowed, _details = self.device.verify_is_allowed()
        if not allowed:
            raise forms.ValidationError(_("Too many wrong codes in a row. Wait a minute and try again."), code="throttled")
        if not self.device.verify_token(hash_recovery_code(code)):
            raise forms.ValidationError(_("This recovery code is not right or was used already."), code="invalid")
        return code


class AdminLoginForm(LoginForm):
    """Wagtail's login form, with the fields named for password managers (3.3.8): Wagtail's own
    widgets drop Django's autocomplete attributes."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].widget.attrs.update({"autocomplete": "username", "autocapitalize": "none"})
        self.fields["password"].widget.attrs["autocomplete"] = "current-password"
