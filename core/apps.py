from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "e-Mocni: wspólne"

    def ready(self):
        from core import site_data

        # The cached site, menus and footer (core.site_data) go stale on any content change.
        site_data.connect()

        from core import checks  # noqa: F401  (registers the SITE_URL checks)
        from core.seo import use_site_promote_panels

        use_site_promote_panels()
