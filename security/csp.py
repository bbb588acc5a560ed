"""django-csp's middleware with a second policy for the Wagtail admin.

The public site keeps settings.CONTENT_SECURITY_POLICY (no inline code at all); paths under
ADMIN_CSP_PATH_PREFIX get settings.ADMIN_CONTENT_SECURITY_POLICY, which allows only what the
Wagtail 8 admin is measured to need (see the comment beside it in config/settings/security.py).
"""

from csp.constants import HEADER
from csp.middleware import CSPMiddleware
from django.conf import settings


class SiteCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if (
            not report_only
            and parts.config is None
            and request.path_info.startswith(settings.ADMIN_CSP_PATH_PREFIX)
        ):
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY
            # Wagtail's inline scripts carry no nonce; a nonce in the policy would switch off
            # 'unsafe-inline' in browsers and break them.
            parts.nonce = None
        return parts

    def process_response(self, request, response):
        response = super().process_response(request, response)
        if request.path_info.startswith(settings.ADMIN_CSP_PATH_PREFIX) and HEADER in response:
            # The editor's preview renders the public page through a request of its own, which
            # gets the public policy, frame-ancestors 'none' included; the admin frames it.
            response[HEADER] = response[HEADER].replace("frame-ancestors 'none'", "frame-ancestors 'self'")
        return response
