"""Sign-in lockout (django-axes): the lockout page, a cache handler an administrator can unlock
by username, and the list of current lockouts for the admin.

Lockouts are per username *and* IP address together (settings.AXES_LOCKOUT_PARAMETERS): ten wrong
passwords from one address lock that username from that address for the cool-off time; the same
editor signing in from their own address is not affected.
"""

import time

from axes.handlers.cache import AxesCacheHandler
from axes.helpers import get_client_ip_address, get_client_username, get_cool_off, get_failure_limit
from django.conf import settings
from django.shortcuts import render
from django.utils import timezone

INDEX_KEY = "security:lockout-index"
INDEX_LIMIT = 500  # pairs remembered for the admin list; the counters themselves are not limited


def client_ip(request):
    """REMOTE_ADDR; behind our proxy, the right-most X-Forwarded-For entry: the one the proxy
    itself wrote. Entries further left come from the client and could be anything."""
    if getattr(settings, "BEHIND_PROXY", False):
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if forwarded:
            return forwarded[-1]
    return request.META.get("REMOTE_ADDR")


def lockout_response(request, original_response=None, credentials=None):
    """The page a locked-out sign-in gets (HTTP 429), in Polish and English at once: whoever is
    locked out may have the admin in either language, and the page must be understood."""
    cool_off = get_cool_off(request)
    minutes = int(cool_off.total_seconds() // 60) if cool_off else None
    # Rendered now: axes' middleware returns it from outside the view, past the template phase.
    return render(
        request,
        "security/lockout.html",
        {"failure_limit": get_failure_limit(request, credentials), "minutes": minutes},
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )


class IndexedCacheHandler(AxesCacheHandler):
    """django-axes' cache handler (counters in Redis, shared by every machine) that also remembers
    which (username, IP) pairs failed. Axes keys its counters by a hash of both, so without this
    `manage.py axes_reset_username` and the admin could not find a username's counters."""

    def user_login_failed(self, sender, credentials, request=None, **kwargs):
        super().user_login_failed(sender, credentials, request=request, **kwargs)
        if request is None:
            return
        username = get_client_username(request, credentials)
        if username is None:
            return
        index = self.cache.get(INDEX_KEY) or {}
        pair = f"{username}\n{get_client_ip_address(request)}"
        index[pair] = time.time()
        if len(index) > INDEX_LIMIT:
            index = dict(sorted(index.items(), key=lambda item: item[1])[-INDEX_LIMIT:])
        cool_off = get_cool_off(request)
        self.cache.set(INDEX_KEY, index, timeout=int(cool_off.total_seconds()) if cool_off else None)

    def pairs(self):
        """[(username, ip, failures)] still counted in the cache."""
        from axes.helpers import get_client_cache_keys
        from axes.models import AccessAttempt

        found = []
        for pair in self.cache.get(INDEX_KEY) or {}:
            username, ip = pair.split("\n", 1)
            keys = get_client_cache_keys(AccessAttempt(username=username, ip_address=ip))
            failures = max((self.cache.get(key, 0) for key in keys), default=0)
            if failures:
                found.append((username, ip, failures))
        return found

    def reset_attempts(self, *, ip_address=None, username=None, ip_or_username=False):
        """By username, by address, by both, or everything (`axes_reset`): the index says which
        counters those are."""

        def matches(user, ip):
            if ip_address is None and username is None:
                return True
            hits = [user == username if username is not None else None, ip == ip_address if ip_address else None]
            hits = [hit for hit in hits if hit is not None]
            return any(hits) if ip_or_username else all(hits)

        count = 0
        pairs = {(user, ip) for user, ip, _failures in self.pairs() if matches(user, ip)}
        if username is not None and ip_address is not None:
            pairs.add((username, ip_address))
        for user, ip in pairs:
            count += super().reset_attempts(ip_address=ip, username=user)
        self._forget(matches)
        return count

    def _forget(self, matches):
        index = self.cache.get(INDEX_KEY) or {}
        kept = {pair: seen for pair, seen in index.items() if not matches(*pair.split("\n", 1))}
        if kept != index:
            self.cache.set(INDEX_KEY, kept, timeout=None if kept else 1)


def current_lockouts():
    """[{username, ip, failures, locked}] for the admin list: every counted pair, locked or not."""
    from axes.handlers.proxy import AxesProxyHandler

    limit = settings.AXES_FAILURE_LIMIT
    handler = AxesProxyHandler.get_implementation()
    if isinstance(handler, IndexedCacheHandler):
        rows = handler.pairs()
    else:
        from axes.models import AccessAttempt

        attempts = AccessAttempt.objects.all()
        cool_off = get_cool_off()
        if cool_off:
            attempts = attempts.filter(attempt_time__gte=timezone.now() - cool_off)
        rows = attempts.order_by("-attempt_time").values_list("username", "ip_address", "failures_since_start")[:500]
    return [
        {"username": username, "ip": ip, "failures": failures, "locked": failures >= limit}
        for username, ip, failures in rows
    ]


def unlock(username, ip=None):
    """Remove the counters of one username (from every address, or from one): returns how many."""
    from axes.utils import reset

    return reset(username=username, ip=ip) if ip else reset(username=username)
