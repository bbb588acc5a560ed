from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("e-Mocni: common")

    def ready(self):
        from core.page_cache import receivers

        # Any content change purges the whole page cache (core.page_cache.invalidation).
        receivers.connect()

        from django.conf import settings
        from PIL import Image

        # No decoder anywhere (renditions, the demo) unpacks more pixels than an upload may have:
        # Pillow warns above this and refuses above twice this, before decoding.
        Image.MAX_IMAGE_PIXELS = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS
        from core import site_data

        # The cached site, menus and footer (core.site_data) go stale on any content change.
        site_data.connect()

        from core import checks  # noqa: F401  (registers the SITE_URL checks)
