"""Entries of the shared cache that one write makes stale.

Their keys carry a generation; invalidate() writes a new one, and every older entry is left to
expire unread (its timeout bounds its life in any case). With Redis every worker sees the new
generation at once; with the per-process memory cache, only the process that wrote it.
Used for what (nearly) every page reads: core.site_data (site, menus, footer) and
consent.config (the policy version, the banner texts, the policy page's URL).
"""

import uuid

from django.conf import settings
from django.core.cache import cache

_MISSING = object()


class GenerationCache:
    """prefix names the keys ("site-data:<generation>:<name>"); the timeout comes from the setting
    timeout_setting (default_timeout seconds without it). Values are remembered on the request
    too, so a page asks the cache once per name; with generation_per_request the generation is
    read once per request as well (later changes show from the next request on)."""

    def __init__(self, prefix, timeout_setting, default_timeout, *, generation_per_request=False):
        self.prefix = prefix
        self.generation_key = f"{prefix}:generation"
        self.timeout_setting = timeout_setting
        self.default_timeout = default_timeout
        self.generation_per_request = generation_per_request
        attribute = prefix.replace("-", "_")
        self._memo_attribute = f"_{attribute}"
        self._generation_attribute = f"_{attribute}_generation"

    def timeout(self):
        return getattr(settings, self.timeout_setting, self.default_timeout)

    def generation(self, request=None):
        remember = self.generation_per_request and request is not None
        if remember and self._generation_attribute in request.__dict__:
            return request.__dict__[self._generation_attribute]
        value = cache.get(self.generation_key)
        if value is None:
            # add, not set: of two processes starting at once, both keep the first one's.
            cache.add(self.generation_key, uuid.uuid4().hex[:12], None)
            value = cache.get(self.generation_key) or "0"
        if remember:
            request.__dict__[self._generation_attribute] = value
        return value

    def invalidate(self, **kwargs):
        """A new generation: every cached entry is stale (a signal receiver; any arguments)."""
        cache.set(self.generation_key, uuid.uuid4().hex[:12], None)

    def cached(self, request, name, compute):
        """compute() once per generation for `name` (which must say what it depends on: site,
        language…), remembered on the request too."""
        memo = request.__dict__.setdefault(self._memo_attribute, {}) if request is not None else None
        if memo is not None and name in memo:
            return memo[name]
        key = f"{self.prefix}:{self.generation(request)}:{name}"
        value = cache.get(key, _MISSING)
        if value is _MISSING:
            value = compute()
            cache.set(key, value, self.timeout())
        if memo is not None:
            memo[name] = value
        return value
