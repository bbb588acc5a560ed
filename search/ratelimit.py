"""A cheap per-client limit for the search endpoints, counted in the cache.

A fixed window per client address (an IPv6 address counts by its /64, which one machine
usually holds whole). Over the limit the view answers 429 with a page that says when to
try again; nothing is written to the database."""

import ipaddress
import time
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.template.response import TemplateResponse


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
    try:
        count, seconds = (int(part) for part in str(value).split("/"))
        return max(1, count), max(1, seconds)
    except (TypeError, ValueError):
        return default


def rate_limited(name, setting, default):
    """Decorate a view: at most N requests per client per window (setting "N/seconds")."""

    def decorate(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            count, seconds = parse_limit(getattr(settings, setting, None), default)
            window = int(time.time() // seconds)
            key = f"search-rate:{name}:{client_key(request)}:{window}"
            if cache.add(key, 1, seconds + 1):
                used = 1
            else:
                try:
                    used = cache.incr(key)
                except ValueError:  # expired in between
                    cache.set(key, 1, seconds + 1)
                    used = 1
            if used > count:
                retry = seconds - int(time.time()) % seconds
                response = TemplateResponse(request, "search/too_many.html", {"retry_after": retry}, status=429)
                response["Retry-After"] = str(retry)
                response["Cache-Control"] = "no-store"
                return response
            return view(request, *args, **kwargs)

        return wrapper

    return decorate
