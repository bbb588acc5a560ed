"""Optional services switched on by their variables (config/settings/services.py), the health
endpoints (core/health.py) and a Redis that is down (django-redis, errors logged and ignored)."""

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.core.cache import caches
from django.test import override_settings

from config.settings import services
from deploy.cluster import processes

ROOT = Path(__file__).resolve().parents[2]


def start_with(env):
    """`manage.py check` under production settings with `env`: (exit code, stderr)."""
    base = {key: value for key, value in os.environ.items()
            if not key.startswith(("AWS_", "REDIS_", "TASKS_", "DJANGO_", "DATABASE_"))}
    base.update({"DJANGO_SETTINGS_MODULE": "config.settings.production", "DJANGO_SECRET_KEY": "x" * 50, **env})
    result = subprocess.run([sys.executable, "manage.py", "check"], cwd=ROOT, env=base, capture_output=True,
                            text=True, timeout=120)
    return result.returncode, result.stderr.strip()


@pytest.mark.parametrize(("env", "variable"), [
    ({"REDIS_URL": "http://127.0.0.1:6379"}, "REDIS_URL"),
    ({"REDIS_URL": "redis://127.0.0.1:notaport/0"}, "REDIS_URL"),
    ({"REDIS_URL": "redis://127.0.0.1/0", "REDIS_SOCKET_TIMEOUT": "soon"}, "REDIS_SOCKET_TIMEOUT"),
    ({"AWS_S3_ENDPOINT_URL": "http://127.0.0.1:8333"}, "AWS_STORAGE_BUCKET_NAME"),
    ({"AWS_STORAGE_BUCKET_NAME": "media", "AWS_S3_ENDPOINT_URL": "s3.example.org"}, "AWS_S3_ENDPOINT_URL"),
    ({"AWS_STORAGE_BUCKET_NAME": "media", "AWS_ACCESS_KEY_ID": "key"}, "AWS_SECRET_ACCESS_KEY"),
    ({"AWS_STORAGE_BUCKET_NAME": "media", "AWS_S3_ENDPOINT_URL": "http://127.0.0.1:8333"}, "AWS_ACCESS_KEY_ID"),
    ({"TASKS_BACKEND": "celery"}, "TASKS_BACKEND"),
    ({"DJANGO_SECRET_KEY": ""}, "DJANGO_SECRET_KEY"),
])
def test_a_wrong_service_variable_stops_the_start_with_one_line_naming_it(env, variable):
    code, stderr = start_with(env)
    assert code != 0
    assert "Traceback" not in stderr
    assert len(stderr.splitlines()) == 1, stderr
    assert variable in stderr


def test_without_variables_every_service_is_off(monkeypatch):
    for name in ("REDIS_URL", "AWS_STORAGE_BUCKET_NAME", "AWS_S3_ENDPOINT_URL", "TASKS_BACKEND"):
        monkeypatch.delenv(name, raising=False)
    cache_settings, redis_on = services.caches("/tmp/pages")
    assert not redis_on and cache_settings["default"]["BACKEND"].endswith("LocMemCache")
    assert cache_settings["pages"]["BACKEND"].endswith("FileBasedCache")
    assert services.s3_settings() is None
    assert services.tasks() == ({"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}},
                                "immediate")


def test_redis_url_gives_django_redis_with_timeouts_for_every_cache(monkeypatch):
    monkeypatch.setenv("REDIS_URL", "redis://127.0.0.1:6379/7")
    cache_settings, redis_on = services.caches("/tmp/pages")
    assert redis_on and set(cache_settings) == {"default", "pages", "renditions"}
    for alias in cache_settings.values():
        assert alias["BACKEND"] == "django_redis.cache.RedisCache"
        assert alias["OPTIONS"]["IGNORE_EXCEPTIONS"] is True
        assert 0 < alias["OPTIONS"]["SOCKET_CONNECT_TIMEOUT"] <= 1 and 0 < alias["OPTIONS"]["SOCKET_TIMEOUT"] <= 1
    assert len({alias["KEY_PREFIX"] for alias in cache_settings.values()}) == 3


def redis_caches(url):
    monkey = {"REDIS_URL": url}
    previous = os.environ.get("REDIS_URL")
    os.environ.update(monkey)
    try:
        return services.caches("/tmp/pages")[0]
    finally:
        if previous is None:
            os.environ.pop("REDIS_URL")
        else:
            os.environ["REDIS_URL"] = previous


def dead_redis_url():
    return f"redis://127.0.0.1:{processes.free_port()}/0"  # nothing listens there


REDIS_SETTINGS = {"DJANGO_REDIS_IGNORE_EXCEPTIONS": True, "DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS": True,
                  "DJANGO_REDIS_LOGGER": "core.cache_errors"}


def test_the_shared_redis_keeps_values_between_clients():
    with override_settings(CACHES=redis_caches("redis://127.0.0.1:6379/7"), **REDIS_SETTINGS):
        caches["default"].set("services-test", "kept", 30)
        assert caches["default"].get("services-test") == "kept"
        caches["default"].delete("services-test")


@pytest.mark.django_db
def test_a_redis_that_is_down_costs_a_render_never_a_500(client, demo, caplog):
    with override_settings(CACHES=redis_caches(dead_redis_url()), **REDIS_SETTINGS):
        started = time.monotonic()
        assert caches["default"].get("anything") is None
        caches["default"].set("anything", 1)
        assert time.monotonic() - started < 2
        # the search endpoints too: their rate limit counts in the cache and lets everyone through without it
        for path in ("/", "/en/", "/o-projekcie/", "/robots.txt", "/szukaj/?q=lider", "/szukaj/podpowiedzi/?q=lid"):
            assert client.get(path).status_code == 200, path
        ready = client.get("/readyz")
    assert ready.status_code == 200
    assert json.loads(ready.content) == {"status": "degraded",
                                         "checks": {"database": "ok", "cache": "failed", "storage": "ok"}}
    assert any(record.name == "core.cache_errors" for record in caplog.records)


@pytest.mark.django_db
def test_with_redis_down_the_cap_on_new_search_queries_still_holds():
    from search.models import SearchQueryCount
    from search.querylog import OTHER, log_query

    with override_settings(CACHES=redis_caches(dead_redis_url()), SEARCH_LOG_NEW_QUERIES_PER_DAY=3, **REDIS_SETTINGS):
        for word in ("skaner", "drukarka", "monitor", "klawiatura", "myszka"):
            log_query(word, "pl", True)
    assert SearchQueryCount.objects.count() == 4  # three queries of their own, the rest as "other"
    assert SearchQueryCount.objects.get(query=OTHER).searches == 2


@pytest.mark.django_db
def test_health_endpoints_answer_never_cached_and_name_no_secret(client):
    for path in ("/healthz", "/readyz"):
        answer = client.get(path)
        assert answer.status_code == 200
        assert "no-store" in answer["Cache-Control"] and "max-age=0" in answer["Cache-Control"]
        assert answer["Content-Type"] == "application/json"
    body = json.loads(client.get("/readyz").content)
    assert body == {"status": "ok", "checks": {"database": "ok", "cache": "ok", "storage": "ok"}}
    assert client.post("/readyz").status_code == 405


@pytest.mark.django_db
def test_readyz_fails_without_the_database(client, monkeypatch):
    from core import health

    def broken():
        raise health.connections["default"].Database.OperationalError("password=secret host=db.internal")

    monkeypatch.setitem(health.CHECKS, "database", broken)
    answer = client.get("/readyz")
    assert answer.status_code == 503
    assert json.loads(answer.content)["checks"]["database"] == "failed"
    assert b"secret" not in answer.content and b"internal" not in answer.content


def test_cache_errors_are_logged_once_a_minute():
    import logging

    from core.cache_errors import OnceAMinute

    gate = OnceAMinute()
    record = logging.LogRecord("core.cache_errors", logging.ERROR, __file__, 1, "Exception ignored", (), None)
    assert gate.filter(record)
    assert not any(gate.filter(logging.LogRecord("core.cache_errors", logging.ERROR, __file__, 1,
                                                 "Exception ignored", (), None)) for _ in range(50))
