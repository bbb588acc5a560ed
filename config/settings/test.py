import os
import tempfile

from .base import *  # noqa: F401,F403

SECRET_KEY = "test-only-not-secret"
DEBUG = False
ALLOWED_HOSTS = ["*"]
# A public address unlike the test client's host (testserver) and any live server's port, so
# a test sees at once when an absolute URL comes from the request instead of SITE_URL.
SITE_URL = "https://e-mocni.example.org"
WAGTAILADMIN_BASE_URL = SITE_URL
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# TEST_MEDIA_ROOT: the folder tests/db_snapshot.py builds the demo's files into; else one per process.
MEDIA_ROOT = os.environ.get("TEST_MEDIA_ROOT") or tempfile.mkdtemp(prefix="emocni-test-media-")
STORAGES = {  # noqa: F405
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages", "TIMEOUT": None},
}
# The page store is off in tests, so that a test that changes content inside its (never committed)
# transaction, or counts the queries of a render, sees a fresh render; headers, keys and the
# consent variant are still on. The `page_cache` fixture (tests/conftest.py) switches the store on.
PAGE_CACHE_ENABLED = False
EDGE_PURGE_URLS = []
EDGE_PURGE_REPEAT_SECONDS = 0
STATIC_ROOT = tempfile.mkdtemp(prefix="emocni-test-static-")
WHITENOISE_AUTOREFRESH = True
