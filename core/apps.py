from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "e-Mocni: wspólne"

    def ready(self):
        from core.page_cache import receivers

        # Any content change purges the whole page cache (core.page_cache.invalidation).
        receivers.connect()
