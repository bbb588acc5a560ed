"""Production settings as the edge tests serve them: gunicorn and varnishd started by
tests/edge/, on a database copied from the test run's demo site (DATABASE_URL).

Two differences from production, both for the tests only: static files come from the finders
(no collectstatic per run), and every response says which worker process made it (X-Worker-Pid),
so a test can prove that both gunicorn workers answer with current content.
"""

import os

os.environ.setdefault("DJANGO_SECRET_KEY", "served-test-only-not-secret")
os.environ.setdefault("DJANGO_HTTPS", "0")

from .production import *  # noqa: E402,F401,F403
from .production import MIDDLEWARE, STORAGES  # noqa: E402


class WorkerPidMiddleware:
    """Outermost, so it marks responses from the app's page cache as well."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response["X-Worker-Pid"] = str(os.getpid())
        return response


MIDDLEWARE = ["config.settings.served_test.WorkerPidMiddleware", *MIDDLEWARE]
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = False
