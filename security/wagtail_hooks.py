from django.conf import settings
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.widgets.button import ListingButton

from security import admin_views, views
from security.admin_views import can_manage


@hooks.register("register_admin_urls")
def security_urls():
    return [
        path("2fa/verify/", views.verify, name="security_2fa_verify"),
        path("2fa/recovery/", views.recovery, name="security_2fa_recovery"),
        path("2fa/enrol/", views.enrol, name="security_2fa_enrol"),
        path("2fa/", views.account_settings, name="security_2fa_settings"),
        path("2fa/users/<int:user_id>/", admin_views.user_access, name="security_user_access"),
        path("2fa/lockouts/", admin_views.lockouts, name="security_lockouts"),
    ]


@hooks.register("register_account_menu_item")
def two_step_sign_in_item(request):
    return {
        "url": reverse("security_2fa_settings"),
        "label": _("Two-step sign-in"),
        "help_text": _("Your authenticator app and recovery codes."),
    }


class LockoutsMenuItem(MenuItem):
    def is_shown(self, request):
        return can_manage(request.user)


@hooks.register("register_settings_menu_item")
def lockouts_menu_item():
    return LockoutsMenuItem(_("Sign-in lockouts"), reverse("security_lockouts"), icon_name="lock", order=610)


@hooks.register("register_user_listing_buttons")
def user_security_button(user, request_user):
    if can_manage(request_user, user):
        yield ListingButton(
            _("Sign-in security"), reverse("security_user_access", args=[user.pk]), icon_name="key", priority=60
        )


class EmailWarningPanel(Component):
    """On the dashboard when nothing sends mail: password resets and moderation notices would
    otherwise vanish without anyone knowing."""

    name = "email_not_configured"
    order = 10
    template_name = "security/email_warning_panel.html"

    def render_html(self, parent_context=None):
        if getattr(settings, "EMAIL_CONFIGURED", False) or settings.DEBUG:
            return ""
        return super().render_html(parent_context)


@hooks.register("construct_homepage_panels")
def add_email_warning(request, panels):
    panels.insert(0, EmailWarningPanel())
