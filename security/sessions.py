"""Session lifetimes for everyone who signs in: at most SESSION_ABSOLUTE_TIMEOUT after the sign-in
(12 h), and SESSION_IDLE_TIMEOUT (2 h) without a request ends it sooner.

Django alone renews a session's expiry whenever the session changes, so a busy session could
live for ever; the times are kept in the session itself and checked on every request.
"""

import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.urls import Resolver404, resolve
from django.utils.translation import gettext as _

STARTED_KEY = "security_signed_in_at"
SEEN_KEY = "security_last_request_at"
# Written at most once a minute, so that reading pages does not rewrite the session each time.
SEEN_RESOLUTION = 60
# Requests the open editor makes by itself (Wagtail's "who else is editing" ping): they are not
# the editor being active.
BACKGROUND_URL_NAMES = {"ping", "release"}


@receiver(user_logged_in)
def start_session_clock(sender, request, user, **kwargs):
    if request is not None and hasattr(request, "session"):
        now = int(time.time())
        request.session[STARTED_KEY] = now
        request.session[SEEN_KEY] = now


def is_background_request(request):
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return False
    return match.namespace == "wagtailadmin_editing_sessions" and match.url_name in BACKGROUND_URL_NAMES


class SessionLifetimeMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        expired = self.check(request)
        if expired:
            return expired
        return self.get_response(request)

    def check(self, request):
        if not request.user.is_authenticated:
            return None
        session = request.session
        now = int(time.time())
        started = session.get(STARTED_KEY)
        seen = session.get(SEEN_KEY)
        if started is None or seen is None:
            # A session from before these limits (or force_login in a test): start counting now.
            session[STARTED_KEY] = started or now
            session[SEEN_KEY] = now
            return None
        if now - started > settings.SESSION_ABSOLUTE_TIMEOUT:
            reason = _("You have been signed out: a session lasts at most %(hours)d hours. Please sign in again.") % {
                "hours": settings.SESSION_ABSOLUTE_TIMEOUT // 3600
            }
        elif now - seen > settings.SESSION_IDLE_TIMEOUT:
            reason = _(
                "You have been signed out after %(minutes)d minutes without activity. Please sign in again."
            ) % {"minutes": settings.SESSION_IDLE_TIMEOUT // 60}
        else:
            if now - seen >= SEEN_RESOLUTION and not is_background_request(request):
                session[SEEN_KEY] = now
            return None
        logout(request)
        messages.warning(request, reason)
        if request.path_info.startswith(settings.ADMIN_CSP_PATH_PREFIX):
            # The admin's own login view sends the editor back here afterwards.
            from django.contrib.auth.views import redirect_to_login

            return redirect_to_login(request.get_full_path())
        return None  # the public site: the request goes on, signed out
