from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.http import HttpResponsePermanentRedirect
from django.templatetags.static import static
from django.urls import include, path, re_path
from django.utils.translation import gettext_lazy as _
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from consent import views as consent_views
from core.downloads import serve_document
from core.health import healthz, readyz
from core.media_paths import serve_public_media
from core.sitemap import robots_txt, sitemap
from search import views as search_views
from stats.beacon import page_view_beacon

urlpatterns = [
    # For load balancers: outside the language prefixes, never cached (core/health.py).
    path("healthz", healthz, name="healthz"),
    path("readyz", readyz, name="readyz"),
    # Browsers ask for /favicon.ico whatever the page says; send them to the static icon.
    path("favicon.ico", lambda request: HttpResponsePermanentRedirect(static("icons/favicon.svg"))),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("admin/", include(wagtailadmin_urls)),
    # Our view first: it counts downloads and names files readably; Wagtail's urls stay for the rest.
    path("documents/<int:document_id>/<str:document_filename>", serve_document, name="wagtaildocs_serve"),
    path("documents/", include(wagtaildocs_urls)),
    # Consent forms post here from any page, in any language.
    path("zgoda/", include("consent.urls")),
    # The page view beacon (static/js/site.js): one count per page view, no visitor data; never cached.
    path("stats/view/", page_view_beacon, name="stats_page_view"),
]

if getattr(settings, "S3_STORAGE_OPTIONS", None):
    # Media in an object store: renditions and public originals read from the bucket by any server.
    from core.media_views import serve_media

    urlpatterns += [re_path(r"^media/(?P<path>.+)$", serve_media, name="media_from_storage")]
elif settings.DEBUG or getattr(settings, "SERVE_MEDIA", False):
    # Single-machine setups: the app serves image renditions itself, and nothing else from the
    # media storage (documents, originals and unfinished uploads answer 404; core/media_paths.py).
    urlpatterns += [
        re_path(r"^media/(?P<path>.*)$", serve_public_media),
    ]

# Polish at the root, English under /en/.
urlpatterns += i18n_patterns(
    path(_("search/"), search_views.search, name="search"),
    path(_("search/suggestions/"), search_views.suggest, name="search_suggest"),
    # The consent settings on their own (sites without a cookie policy page), in each language.
    path(_("cookie-settings/"), consent_views.settings_page, name="consent_settings"),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)


# Helpful 404s: the page in another language, unknown language prefixes.
handler404 = "core.not_found.page_not_found"
