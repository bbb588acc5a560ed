from django.apps import AppConfig


class SecurityConfig(AppConfig):
    name = "security"
    verbose_name = "e-Mocni: logowanie i bezpieczeństwo"

    def ready(self):
        from security import sessions  # noqa: F401  (connects the sign-in clock)
        from security.spreadsheets import patch_wagtail_exports

        patch_wagtail_exports()
