"""A cache whose entries all go stale at once: every key carries a generation, and a change writes a
new generation instead of deleting keys one by one (the shared cache may hold any number of them).

Used by core.site_data (site, menus, footer) and consent.config (policy version, texts); each has
its own key prefix, so a content change and a consent change invalidate only their own entries.
"""

import uuid

from django.conf import settings
from django.core.cache import cache

_MISSING = object()


class GenerationCache:
    def __init__(self, prefix, timeout_setting, default_timeout):
        self.prefix = prefix
        self.generation_key = f"{prefix}:generation"
        self.timeout_setting = timeout_setting
        self.default_timeout = default_timeout
        # Attributes on the request: the generation read once per request, and the values it used.
        self._request_generation = f"_{prefix.replace('-', '_')}_generation"
        self._request_memo = f"_{prefix.replace('-', '_')}_values"

    def timeout(self):
        return getattr(settings, self.timeout_setting, self.default_timeout)

    def generation(self, request=None):
        """The current generation, read from the cache once per request."""
        if request is not None and self._request_generation in request.__dict__:
            return request.__dict__[self._request_generation]
        value = cache.get(self.generation_key)
        if value is None:
            cache.add(self.generation_key, uuid.uuid4().hex[:12], None)
            value = cache.get(self.generation_key) or "0"
        if request is not None:
            request.__dict__[self._request_generation] = value
        return value

    def invalidate(self, **kwargs):
        """A new generation: every cached entry is stale (usable as a signal receiver)."""
        cache.set(self.generation_key, uuid.uuid4().hex[:12], None)

    def cached(self, request, name, compute):
        """compute() once per generation for `name` (which must say what it depends on: site,
        language…), remembered on the request too."""
        memo = request.__dict__.setdefault(self._request_memo, {}) if request is not None else None
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
