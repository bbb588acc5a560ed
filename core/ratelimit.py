"""Per-client request limits counted in the cache: site search, its suggestions, the page-view beacon.

Each client gets a window that opens with its first request and lasts the limit's seconds; it
may send N requests in it. The window is the client's own, not the clock's minute: with windows
cut at clock boundaries two requests a millisecond apart could fall into different windows, and
the count started again between them. Refused requests count too, so a client that keeps
hammering stays refused, and Retry-After says exactly when its window ends.

An IPv6 address counts by its /64, which one machine usually holds whole. Nothing is written to
the database. With the cache down (django-redis ignores the error and answers None) nothing is
counted and every request passes: search must not go away with Redis."""

import ipaddress
import math
import time

from django.conf import settings
from django.core.cache import cache

clock = time.time  # module level so that a test can move the clock


def client_address(request):
    """The client's address: REMOTE_ADDR, or behind our proxy the last address it added to
    X-Forwarded-For (earlier ones are whatever the client sent)."""
    if getattr(settings, "SEARCH_CLIENT_FROM_FORWARDED_FOR", False):
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if forwarded:
            return forwarded[-1]
    return request.META.get("REMOTE_ADDR", "")


def client_key(request):
    address = client_address(request) or "unknown"
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address[:64]
    if ip.version == 6:
        return str(ipaddress.ip_network(f"{ip}/64", strict=False).network_address)
    return str(ip)


def parse_limit(value, default):
    """(requests, seconds) from a setting written "N/seconds"; the default when it is malformed."""
    try:
        count, seconds = (int(part) for part in str(value).split("/"))
        return max(1, count), max(1, seconds)
    except (TypeError, ValueError):
        return default


def count_up(key, timeout):
    """The counter at `key` after adding one (created at 1 when missing); None with the cache down.
    One round trip once the counter exists, which is every request but a window's first."""
    try:
        return cache.incr(key)
    except ValueError:  # the window's first request, or the counter expired a moment ago
        if cache.add(key, 1, timeout):
            return 1
        try:
            return cache.incr(key)  # another request created it in between
        except ValueError:
            return 1


def seconds_to_wait(scope, request, limit):
    """Count this request against the client's window: 0 when it may go on, otherwise how many
    whole seconds are left until the window ends."""
    count, seconds = limit
    now = clock()
    client = f"rate:{scope}:{client_key(request)}"
    # The window's first request stores its time (add: of two at once, one wins); later ones read it.
    opened = cache.get_or_set(f"{client}:opened", now, seconds)
    if not isinstance(opened, (int, float)) or not now - seconds < opened <= now:
        opened = now  # the stored time is from a window that has just ended, or the cache is down
        cache.set(f"{client}:opened", now, seconds)
    used = count_up(f"{client}:{opened!r}", seconds + 1)  # a window's counter never carries over
    if used is None or used <= count:
        return 0
    return max(1, math.ceil(opened + seconds - now))
