from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SecurityConfig(AppConfig):
    name = "security"
    verbose_name = _("e-Mocni: sign-in and security")

    def ready(self):
        from security import sessions  # noqa: F401  (connects the sign-in clock)
        from security.spreadsheets import patch_wagtail_exports

        patch_wagtail_exports()
