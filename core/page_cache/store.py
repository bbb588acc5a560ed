"""The shared store (CACHES["pages"]) and the content version kept in it.

Every page key includes the content version; `bump()` writes a new random one, so every worker
misses at once, whichever process changed the content. A version that is missing (a new store,
an evicted key) is replaced by a new one: the safe direction, a miss, never a stale page.

Processes also keep caches of their own (the default LocMemCache when there is no Redis:
consent texts, the accessibility statement, Wagtail's site root paths). `sync_local_caches`
empties them when a process sees a version it has not seen yet, so a render after a purge never
uses another process's stale data.
"""

import logging
import threading
import uuid

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache

logger = logging.getLogger(__name__)

VERSION_KEY = "content-version"
_seen = {"version": None}
_lock = threading.Lock()


def alias():
    return getattr(settings, "PAGE_CACHE_ALIAS", "pages")


def store():
    return caches[alias()]


def current_version():
    """The content version; a store that cannot be read (Redis down) gives None: no caching."""
    try:
        cache = store()
        version = cache.get(VERSION_KEY)
        if version is None:
            cache.add(VERSION_KEY, uuid.uuid4().hex, None)
            version = cache.get(VERSION_KEY)
    except Exception:  # a down store must not take the site down: pages are rendered instead
        logger.warning("Page cache store unavailable", exc_info=True)
        return None
    return version


def bump():
    """A new content version: every page key of every worker changes at once."""
    version = uuid.uuid4().hex
    try:
        store().set(VERSION_KEY, version, None)
    except Exception:
        logger.error("Page cache store unavailable: the content version was not changed", exc_info=True)
        return None
    sync_local_caches(version)
    return version


def sync_local_caches(version):
    """Empty this process's own memory caches when the content version moved on."""
    if version is None or _seen["version"] == version:
        return
    with _lock:
        if _seen["version"] == version:
            return
        _seen["version"] = version
    for name in settings.CACHES:
        if name != alias() and isinstance(caches[name], LocMemCache):
            caches[name].clear()


def get(key):
    try:
        return store().get(key)
    except Exception:
        logger.warning("Page cache store unavailable", exc_info=True)
        return None


def put(key, entry, timeout):
    try:
        store().set(key, entry, timeout)
    except Exception:
        logger.warning("Page cache store unavailable: page not stored", exc_info=True)
