"""Settings shared by every environment: the entry point that reads the environment.

Safe for production by default: DEBUG is off, everything optional is switched on only
when its environment variable is set. dev.py and test.py relax what they need.
The parts no variable changes are in security.py and wagtail.py; the optional services
(Redis, S3, the task worker) are built from their variables by services.py.
"""

import os
import sys
from pathlib import Path

import dj_database_url

from config.mail import email_settings

from . import services

# The settings no environment variable changes, by subject; everything below reads the environment.
from .security import *  # noqa: F403 - sign-in, password rules, security headers, CSP
from .wagtail import *  # noqa: F403 - images and documents, search, translation, rich text

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = False
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")
# The site's public address, the start of every absolute URL it hands out (feeds, sitemap,
# canonical and Open Graph links, JSON-LD, e-mails, the Site record): core/site_url.py.
# Never taken from the request, whose Host may name a proxy's or a tunnel's port.
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").strip().rstrip("/")

INSTALLED_APPS = [
    "core",
    "home",
    "publications",
    "webinars",
    "scenarios",
    "consent",
    "accessibility",
    "search",
    # Download and readership reports, the page view beacon, the editors' dashboard panels.
    "stats",
    # The demo loader's records (DemoRecord): `make demo` never makes again what an editor changed.
    "demo",
    "security",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.table_block",
    "wagtail.contrib.routable_page",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
    # Background work (text extraction, Wagtail's index and reference updates, purges, e-mail):
    # run in the request by default, by `manage.py run_worker` when TASKS_BACKEND=database.
    "django_tasks",
    "django_tasks_db",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # An object store that is down: a clear 503 for the upload, never a traceback.
    "core.storage_middleware.StorageUnavailableMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Anonymous pages from the shared page cache; everything below runs only on a miss.
    "core.page_cache.middleware.PageCacheMiddleware",
    "core.middleware.SecurityHeadersMiddleware",
    # Wagtail's site for the request from a cached list (core.site_data): one query less per page.
    "core.middleware.CachedSiteMiddleware",
    # django-csp with a second, looser policy for the Wagtail admin (security/csp.py).
    "security.csp.SiteCSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Oversized uploads refused from their Content-Length, before CSRF or a view reads the body.
    "core.upload_limits.UploadSizeLimitMiddleware",
    # request.user.is_verified(): has this session passed the second factor?
    "django_otp.middleware.OTPMiddleware",
    # Vary: Cookie on responses that depend on the visitor's cookie consent.
    "consent.middleware.ConsentMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # After messages: both tell the editor why they are asked to sign in again.
    "security.sessions.SessionLifetimeMiddleware",
    "security.second_factor.SecondFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Database: a SQLite file unless DATABASE_URL points elsewhere (PostgreSQL in production).
DATABASES = {
    "default": dj_database_url.config(
        env="DATABASE_URL",
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Optional services (config/settings/services.py): each on only when its variable is set; a wrong
# value stops the start with one line naming the variable.
# The page cache's store without Redis: files shared by the workers of one machine (core.page_cache).
PAGE_CACHE_DIR = Path(os.environ.get("PAGE_CACHE_DIR", BASE_DIR / "var" / "page-cache"))
try:
    CACHES, REDIS_ENABLED = services.caches(PAGE_CACHE_DIR, int(os.environ.get("PAGE_CACHE_MAX_ENTRIES", "5000")))
    S3_STORAGE_OPTIONS = services.s3_settings()
    TASKS, TASKS_BACKEND = services.tasks()
except services.ServiceConfigError as error:
    sys.exit(f"Configuration error: {error}")

if REDIS_ENABLED:
    # Every app server sees the same redirects import and the same renditions.
    WAGTAIL_REDIRECTS_FILE_STORAGE = "cache"
    DJANGO_REDIS_IGNORE_EXCEPTIONS = True
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
    DJANGO_REDIS_LOGGER = "core.cache_errors"

# Page cache (core.page_cache, README "Caching"): anonymous GET/HEAD pages stored whole in
# CACHES["pages"], keyed by host, path, known query parameters, language and consent variant.
# Any content change purges the whole site (a new content version; BAN to the edge).
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE", default=True)
PAGE_CACHE_ALIAS = "pages"
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "86400"))  # in the app's store
PAGE_CACHE_NOT_FOUND_SECONDS = int(os.environ.get("PAGE_CACHE_NOT_FOUND_SECONDS", "300"))
PAGE_CACHE_MAX_AGE = int(os.environ.get("PAGE_CACHE_MAX_AGE", "60"))  # browsers
PAGE_CACHE_S_MAXAGE = int(os.environ.get("PAGE_CACHE_S_MAXAGE", "86400"))  # the edge, purged by BAN
PAGE_CACHE_STALE_WHILE_REVALIDATE = int(os.environ.get("PAGE_CACHE_STALE_WHILE_REVALIDATE", "30"))
PAGE_CACHE_STALE_IF_ERROR = int(os.environ.get("PAGE_CACHE_STALE_IF_ERROR", "86400"))
# The edge (Varnish): base URLs that get "BAN /" on every purge, and the token they check.
EDGE_PURGE_URLS = env_list("EDGE_PURGE_URLS")
EDGE_PURGE_TOKEN = os.environ.get("EDGE_PURGE_TOKEN", "")
EDGE_PURGE_TIMEOUT = float(os.environ.get("EDGE_PURGE_TIMEOUT", "2"))
# A second BAN this many seconds later catches a page rendered from old data that reached the
# edge just after the first one (0: none).
EDGE_PURGE_REPEAT_SECONDS = float(os.environ.get("EDGE_PURGE_REPEAT_SECONDS", "5"))

# The site, menus and footer every page shows (core.site_data): cached under a generation that any
# content change replaces; this bounds an entry's life in any case (seconds).
SITE_DATA_CACHE_SECONDS = int(os.environ.get("SITE_DATA_CACHE_SECONDS", "600"))
# Failed logins (django-axes) before a lockout, per username and address together, and its length.
AXES_FAILURE_LIMIT = int(os.environ.get("DJANGO_LOGIN_FAILURE_LIMIT", "10"))
AXES_COOLOFF_TIME = float(os.environ.get("DJANGO_LOGIN_COOLOFF_HOURS", "0.5"))  # hours
BEHIND_PROXY = env_bool("DJANGO_BEHIND_PROXY")
# Counters live in the shared cache when there is one (Redis), otherwise in the database: a
# per-process memory cache would give every gunicorn worker its own count.
AXES_HANDLER = (
    "security.lockout.IndexedCacheHandler" if os.environ.get("REDIS_URL") else "axes.handlers.database.AxesDatabaseHandler"
)

# Sessions: signed in for at most 12 hours, and signed out after 2 hours without a request.
SESSION_ABSOLUTE_TIMEOUT = int(os.environ.get("DJANGO_SESSION_HOURS", "12")) * 3600
SESSION_IDLE_TIMEOUT = int(os.environ.get("DJANGO_SESSION_IDLE_MINUTES", "120")) * 60
SESSION_COOKIE_AGE = SESSION_ABSOLUTE_TIMEOUT

# E-mail from EMAIL_URL or EMAIL_HOST/... (config/mail.py); without them, mail goes to the log.
_email, EMAIL_CONFIGURED = email_settings(os.environ)
globals().update(_email)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "e-Mocni <no-reply@localhost>")
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL

# Languages: Polish is the default and lives at the root; English under /en/.
LANGUAGE_CODE = "pl"
LANGUAGES = [("pl", "Polski"), ("en", "English")]
FORMAT_MODULE_PATH = ["config.formats"]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Warsaw"
USE_I18N = True
USE_TZ = True

# Static files: whitenoise with compressed, hashed names (far-future cache headers).
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    # Media on local disk, or in an S3-compatible bucket when AWS_STORAGE_BUCKET_NAME is set (core/storage.py).
    "default": (
        {"BACKEND": "core.storage.MediaS3Storage", "OPTIONS": S3_STORAGE_OPTIONS}
        if S3_STORAGE_OPTIONS
        else {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    ),
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
WHITENOISE_MAX_AGE = 3600  # unhashed files; hashed ones get a year and "immutable"

# Uploads: refuse oversized requests before they reach memory.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# Wagtail's fixed settings are in config/settings/wagtail.py.
# Links in the admin's e-mails (password reset, moderation): the public address unless the
# admin lives elsewhere.
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", SITE_URL)
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "WARNING")},
    # A cache outage is logged once per minute per process (core/cache_errors.py), not once per request.
    "filters": {"once_a_minute": {"()": "core.cache_errors.OnceAMinute"}},
    "loggers": {
        "core.cache_errors": {"handlers": ["console"], "level": "WARNING", "filters": ["once_a_minute"],
                              "propagate": False},
    },
}

# Site search (core/ratelimit.py, search/querylog.py): requests per client per window
# ("count/seconds"; the window opens with the client's first request), and how many distinct
# new queries a day get a row of their own in the query report (the rest are counted together). Behind a proxy the client is the last
# address the proxy added to X-Forwarded-For.
SEARCH_RATE_LIMIT = os.environ.get("SEARCH_RATE_LIMIT", "60/60")
SEARCH_SUGGEST_RATE_LIMIT = os.environ.get("SEARCH_SUGGEST_RATE_LIMIT", "240/60")
SEARCH_LOG_NEW_QUERIES_PER_DAY = int(os.environ.get("SEARCH_LOG_NEW_QUERIES_PER_DAY", "300"))
SEARCH_CLIENT_FROM_FORWARDED_FOR = env_bool("DJANGO_BEHIND_PROXY")
# With a task worker, e-mail leaves through it: a slow or absent SMTP server never holds a request.
# EMAIL_DELIVERY_BACKEND is the backend that really sends (whatever EMAIL_BACKEND was above).
if TASKS_BACKEND == "database":
    EMAIL_DELIVERY_BACKEND = globals().get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
    EMAIL_BACKEND = "core.mail.TaskEmailBackend"
