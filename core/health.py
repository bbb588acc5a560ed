"""Health endpoints for a load balancer.

/healthz: the process answers (liveness); touches nothing else.
/readyz: this server can serve: the database answers a query, the cache takes a write and gives it
back, the media storage answers. Cheap (one query, two cache calls, one HEAD), never cached, and the
body names only the checks and "ok"/"failed", never an address, a key or an error text.

Only the database is essential: without it nothing can be served, so /readyz answers 503 and the
balancer sends traffic elsewhere. A lost cache or object store degrades the site (uncached renders;
no uploads) but every server is equally affected, so taking them all out of the pool would turn a
degradation into an outage: /readyz then answers 200 with "status": "degraded" and the failed check.
"""

import logging
import time

from django.core.cache import caches
from django.core.files.storage import default_storage
from django.db import connections
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)
PROBE_KEY = "readyz-probe"


def check_database():
    with connections["default"].cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def check_cache():
    """A set and a get; django-redis ignores (and logs) errors, so a lost value means a lost Redis."""
    cache = caches["default"]
    token = str(time.monotonic_ns())
    cache.set(PROBE_KEY, token, timeout=30)
    if cache.get(PROBE_KEY) != token:
        raise ConnectionError("the cache did not keep a value")


def check_storage():
    # A name that never exists: a HEAD on S3, a stat on disk. Only a failure to ask counts.
    default_storage.exists("readyz-probe/none")


CHECKS = {"database": check_database, "cache": check_cache, "storage": check_storage}
ESSENTIAL = {"database"}


def answer(body, status):
    response = JsonResponse(body, status=status)
    response["X-Robots-Tag"] = "noindex"
    return response


@never_cache
@require_safe
def healthz(request):
    return answer({"status": "ok"}, 200)


@never_cache
@require_safe
def readyz(request):
    results = {}
    for name, check in CHECKS.items():
        try:
            check()
        except Exception:  # any failure means "not ready"; the log has the details, the body does not
            logger.warning("Readiness check %s failed", name, exc_info=True)
            results[name] = "failed"
        else:
            results[name] = "ok"
    failed = {name for name, value in results.items() if value != "ok"}
    if failed & ESSENTIAL:
        return answer({"status": "failed", "checks": results}, 503)
    return answer({"status": "degraded" if failed else "ok", "checks": results}, 200)
