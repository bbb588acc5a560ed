import os

from .base import *  # noqa: F401,F403

DEBUG = True
# A fixed key for local development only; production.py refuses to start without its own.
SECRET_KEY = SECRET_KEY or "dev-only-not-secret-e-mocni"  # noqa: F405
ALLOWED_HOSTS = ["localhost", "127.0.0.1", "[::1]"]
STORAGES = {  # noqa: F405
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# The local account `make run` creates (ensure_admin) signs in with its password alone, so a
# newcomer gets straight in. Only here: production and test settings require the second factor
# of every admin user.
SECOND_FACTOR_EXEMPT_USERNAMES = [os.environ.get("DJANGO_ADMIN_USER", "admin")]
