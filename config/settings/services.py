"""Optional services, each switched on by its environment variable (README "Running on several machines").

Every function here reads only the environment and returns plain settings, so base.py stays readable.
A variable that is set but wrong stops the start with one line naming it (`ServiceConfigError`,
turned into `sys.exit` by base.py): an operator sees what to fix, never a traceback page.
"""

import os
from urllib.parse import urlsplit


class ServiceConfigError(Exception):
    """A service variable is set but cannot work; the message names the variable."""


def env_seconds(name, default):
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ServiceConfigError(f"{name}={raw!r} is not a number of seconds.") from None
    if value <= 0:
        raise ServiceConfigError(f"{name}={raw!r} must be more than 0 seconds.")
    return value


def redis_url():
    url = os.environ.get("REDIS_URL", "").strip()
    if not url:
        return ""
    parts = urlsplit(url)
    if parts.scheme not in {"redis", "rediss", "unix"}:
        raise ServiceConfigError(f"REDIS_URL={url!r} must start with redis://, rediss:// or unix://.")
    if parts.scheme != "unix" and not parts.hostname:
        raise ServiceConfigError(f"REDIS_URL={url!r} names no host (e.g. redis://127.0.0.1:6379/0).")
    try:
        parts.port  # noqa: B018 - raises ValueError on a junk port
    except ValueError:
        raise ServiceConfigError(f"REDIS_URL={url!r} has a port that is not a number.") from None
    return url


def redis_cache(url, prefix, timeout=300):
    """django-redis with short timeouts; errors are logged and ignored (DJANGO_REDIS_IGNORE_EXCEPTIONS),
    so a Redis outage costs a render, never a 500."""
    return {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": url,
        "KEY_PREFIX": prefix,
        "TIMEOUT": timeout,
        "OPTIONS": {
            "CLIENT_CLASS": "django_redis.client.DefaultClient",
            "SOCKET_CONNECT_TIMEOUT": env_seconds("REDIS_CONNECT_TIMEOUT", 0.5),
            "SOCKET_TIMEOUT": env_seconds("REDIS_SOCKET_TIMEOUT", 0.5),
            "IGNORE_EXCEPTIONS": True,
            # Closed connections are dropped from the pool instead of failing the next request.
            "CONNECTION_POOL_KWARGS": {"retry_on_timeout": False, "health_check_interval": 30},
        },
    }


def caches(page_cache_dir, page_cache_max_entries=5000):
    """The default cache, the page cache of issue 10 (`pages`, core.page_cache), Wagtail's renditions cache.

    Without REDIS_URL: a per-process memory cache, and the page cache in files under page_cache_dir
    (shared by the workers of one machine). With it, all three in Redis under their own prefixes;
    the page store keeps its content version without expiry (entries carry their own timeout)."""
    url = redis_url()
    if not url:
        return {
            "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
            "pages": {
                "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
                "LOCATION": str(page_cache_dir),
                "TIMEOUT": None,
                "OPTIONS": {"MAX_ENTRIES": page_cache_max_entries},
            },
        }, False
    return {
        "default": redis_cache(url, "emocni"),
        "pages": redis_cache(url, "emocni-pages", timeout=None),
        "renditions": redis_cache(url, "emocni-renditions", timeout=7 * 24 * 3600),
    }, True


S3_VARIABLES = ("AWS_STORAGE_BUCKET_NAME", "AWS_S3_ENDPOINT_URL", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY",
                "AWS_S3_REGION_NAME")


def s3_settings():
    """django-storages' S3 settings when AWS_STORAGE_BUCKET_NAME is set, else None (files on local disk)."""
    bucket = os.environ.get("AWS_STORAGE_BUCKET_NAME", "").strip()
    if not bucket:
        stray = [name for name in ("AWS_S3_ENDPOINT_URL",) if os.environ.get(name)]
        if stray:
            raise ServiceConfigError(f"{stray[0]} is set but AWS_STORAGE_BUCKET_NAME is not: name the media bucket.")
        return None
    endpoint = os.environ.get("AWS_S3_ENDPOINT_URL", "").strip() or None
    if endpoint:
        parts = urlsplit(endpoint)
        if parts.scheme not in {"http", "https"} or not parts.hostname:
            raise ServiceConfigError(f"AWS_S3_ENDPOINT_URL={endpoint!r} must be an http(s):// address.")
    access_key = os.environ.get("AWS_ACCESS_KEY_ID", "").strip()
    secret_key = os.environ.get("AWS_SECRET_ACCESS_KEY", "").strip()
    if bool(access_key) != bool(secret_key):
        missing = "AWS_SECRET_ACCESS_KEY" if access_key else "AWS_ACCESS_KEY_ID"
        raise ServiceConfigError(f"{missing} is not set: give both keys, or neither to use the machine's role.")
    if endpoint and not access_key:
        raise ServiceConfigError("AWS_ACCESS_KEY_ID is not set: an S3 service at AWS_S3_ENDPOINT_URL needs keys.")
    from botocore.config import Config

    return {
        "bucket_name": bucket,
        "endpoint_url": endpoint,
        "access_key": access_key or None,
        "secret_key": secret_key or None,
        "region_name": os.environ.get("AWS_S3_REGION_NAME", "").strip() or "us-east-1",
        "default_acl": "private",  # every object private: documents leave only through the counted view
        "querystring_auth": True,
        "querystring_expire": int(env_seconds("AWS_QUERYSTRING_EXPIRE", 300)),  # presigned downloads: 5 min
        "signature_version": "s3v4",
        "addressing_style": os.environ.get("AWS_S3_ADDRESSING_STYLE", "path"),
        # Fail fast when the store is down: an upload gets a clear error in seconds, not after minutes of retries.
        "client_config": Config(
            connect_timeout=env_seconds("AWS_S3_CONNECT_TIMEOUT", 2),
            read_timeout=env_seconds("AWS_S3_READ_TIMEOUT", 20),
            retries={"max_attempts": 2, "mode": "standard"},
            s3={"addressing_style": os.environ.get("AWS_S3_ADDRESSING_STYLE", "path")},
            signature_version="s3v4",
        ),
    }


TASK_BACKENDS = {
    # Runs each task inside the request that enqueued it: one machine, no worker to run.
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    # Rows in the site's own database, run by `manage.py run_worker` (several machines).
    "database": "django_tasks_db.DatabaseBackend",
}


def tasks():
    name = os.environ.get("TASKS_BACKEND", "").strip().lower() or "immediate"
    if name not in TASK_BACKENDS:
        raise ServiceConfigError(f"TASKS_BACKEND={name!r} is unknown: use one of {', '.join(TASK_BACKENDS)}.")
    return {"default": {"BACKEND": TASK_BACKENDS[name]}}, name
