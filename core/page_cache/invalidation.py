"""Purging: the whole site, on any content change.

For a site of this size (a few hundred pages) a page's dependencies (its listings, parents, the
home page, feeds, sitemap, the catalogue's filtered views, iCalendar files, both languages) are
not worth tracking one by one: every content change makes every cached page stale, in the app's
store (a new content version) and at the edge (`BAN /` to each EDGE_PURGE_URLS). Never wrong,
and cheap: a purge costs one write and one small HTTP request per edge.

Inside a transaction the version is bumped at once (so this process never serves a stale page
while the transaction runs) and again after the commit, with the BAN: another worker may have
rendered old data in between. A rolled-back transaction costs one extra miss.
"""

import http.client
import logging
import threading
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction

from core.page_cache import store

logger = logging.getLogger(__name__)


def purge_all(reason: str):
    """Make every cached page stale, in every worker and at the edge. Inside a transaction the
    real purge waits for the commit (once per transaction, whatever the number of changes)."""
    connection = transaction.get_connection()
    if connection.in_atomic_block:
        store.bump()
        pending = _pending_purge(connection)
        if pending is not None:
            pending.reasons.append(reason)
        else:
            transaction.on_commit(_PendingPurge(reason))
        return
    _purge_now(reason)


class _PendingPurge:
    """The on-commit callback of one transaction; later purges in it only add their reason."""

    page_cache_purge = True

    def __init__(self, reason):
        self.reasons = [reason]

    def __call__(self):
        _purge_now("; ".join(dict.fromkeys(self.reasons)))


def _pending_purge(connection):
    for entry in getattr(connection, "run_on_commit", ()):
        func = entry[1]
        if getattr(func, "page_cache_purge", False):
            return func
    return None


def _purge_now(reason):
    version = store.bump()
    logger.info("Page cache purged (%s): content version %s", reason[:200], version)
    urls = list(getattr(settings, "EDGE_PURGE_URLS", []) or [])
    if not urls:
        return
    ban_edges(urls)
    repeat = float(getattr(settings, "EDGE_PURGE_REPEAT_SECONDS", 0) or 0)
    if repeat > 0:
        # A page rendered from the old data by another worker may reach the edge just after the
        # BAN; the second BAN removes it. A daemon thread: it never holds up the editor's request.
        timer = threading.Timer(repeat, ban_edges, args=(urls,))
        timer.daemon = True
        timer.start()


def ban_edges(urls, host=""):
    """`BAN /` to each edge cache: X-Ban-Host names one host, empty for all. Errors are logged,
    never raised: an edge that is down must not break publishing. Returns the statuses."""
    token = getattr(settings, "EDGE_PURGE_TOKEN", "")
    timeout = float(getattr(settings, "EDGE_PURGE_TIMEOUT", 2))
    statuses = []
    for url in urls:
        statuses.append(_ban(url, token, host, timeout))
    return statuses


def _ban(url, token, host, timeout):
    try:
        parts = urlsplit(url)
        connection_class = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
        connection = connection_class(parts.hostname, parts.port, timeout=timeout)
        try:
            connection.request("BAN", "/", headers={"X-Purge-Token": token, "X-Ban-Host": host})
            status = connection.getresponse().status
        finally:
            connection.close()
    except (OSError, ValueError, http.client.HTTPException) as error:
        logger.error("Edge purge failed for %s: %s", url, error)
        return None
    if status >= 300:
        logger.error("Edge purge refused by %s: HTTP %s", url, status)
    return status
