"""Fixtures for the edge tests: a real varnishd (and nginx, gunicorn) started by the test itself
on free ports, stopped by PID. A missing program fails the test: it is never skipped."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from deploy import configs
from deploy.procs import Procs, free_port, request
from deploy.stack import start_varnish


class StubApp(BaseHTTPRequestHandler):
    """Stands in for the app to test the VCL's own rules: answers each path with the headers its
    name asks for, counts fetches and remembers what it was sent."""

    protocol_version = "HTTP/1.1"
    CACHEABLE = "public, max-age=60, s-maxage=600, stale-while-revalidate=30, stale-if-error=86400"

    def do_GET(self):
        server = self.server
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        with server.lock:
            server.fetches += 1
            number = server.fetches
            server.seen.append({"method": self.command, "path": self.path, "headers": dict(self.headers)})
        path = self.path.split("?")[0]
        cookie = self.headers.get("Cookie", "")
        status, headers = 200, {"Cache-Control": self.CACHEABLE, "Vary": "Accept-Language, Cookie"}
        if path.startswith("/private"):
            headers["Cache-Control"] = "private"
        elif path.startswith("/nocc"):
            del headers["Cache-Control"]
        elif path.startswith("/setcookie"):
            headers["Set-Cookie"] = "csrftoken=abc; Path=/"
        elif path.startswith("/short"):
            headers["Cache-Control"] = "public, max-age=1, s-maxage=1, stale-while-revalidate=30, stale-if-error=600"
            if server.failing:
                status = 500
        if "~forged" in cookie:  # the app's answer to a cookie whose signature fails
            headers["Cache-Control"] = "private, no-store"
        body = (f"fetch={number} path={self.path} cookie={cookie} variant={self.headers.get('X-Consent-Variant')} "
                f"lang={self.headers.get('Accept-Language')} cc={self.headers.get('Cache-Control')}").encode()
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    do_HEAD = do_POST = do_GET

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def stub_app():
    server = ThreadingHTTPServer(("127.0.0.1", 0), StubApp)
    server.fetches, server.seen, server.failing, server.lock = 0, [], False, threading.Lock()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


class Edge:
    def __init__(self, address, token):
        self.address, self.token = address, token

    def get(self, path, headers=None, method="GET", **kwargs):
        return request(self.address, method, path, headers=headers, **kwargs)


@pytest.fixture(scope="module")
def edge(stub_app, run_dirs):
    """varnishd with the project's VCL in front of the stub app."""
    run_dir = run_dirs("vcl")
    token = configs.new_purge_token()
    listen = ("127.0.0.1", free_port())
    with Procs() as procs:
        start_varnish(procs, run_dir, listen, [stub_app.server_address], token, storage="malloc,32m")
        yield Edge(listen, token)


@pytest.fixture(scope="session")
def run_dirs():
    """Run folders under var/tests/ (not pytest's private temp folders: nginx workers and the
    varnish child run as other users and must reach their sockets and files), removed at the end."""
    import shutil
    import tempfile
    from pathlib import Path

    base = Path(__file__).resolve().parents[2] / "var" / "tests"
    base.mkdir(parents=True, exist_ok=True)
    made = []

    def make(name):
        folder = Path(tempfile.mkdtemp(prefix=f"{name}-", dir=base))
        folder.chmod(0o755)
        made.append(folder)
        return folder

    yield make
    for folder in made:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def served_database(django_db_setup, django_db_blocker, tmp_path_factory):
    """A copy of the test run's demo database that processes started by the tests can open:
    the SQLite backup API from the in-memory test database, or a PostgreSQL database made from
    the test database as a template. Returns its DATABASE_URL."""
    from django.core.management import call_command
    from django.db import connection

    from home.models import HomePage

    with django_db_blocker.unblock():
        if not HomePage.objects.exists():  # emptied by a transactional test
            call_command("load_demo_content", verbosity=0)
        if connection.vendor == "sqlite":
            import sqlite3

            path = tmp_path_factory.mktemp("served-db") / "db.sqlite3"
            connection.ensure_connection()
            target = sqlite3.connect(path)
            connection.connection.backup(target)
            target.close()
            yield f"sqlite:///{path}"
            return
        import psycopg

        settings_dict = connection.settings_dict
        source, copy = settings_dict["NAME"], f"{settings_dict['NAME']}_served"
        connection.close()
        admin = dict(host=settings_dict["HOST"] or "127.0.0.1", port=settings_dict["PORT"] or 5432,
                     user=settings_dict["USER"], password=settings_dict["PASSWORD"] or None, dbname="postgres",
                     autocommit=True)
        with psycopg.connect(**admin) as pg:
            pg.execute(f'DROP DATABASE IF EXISTS "{copy}"')
            pg.execute(f'CREATE DATABASE "{copy}" TEMPLATE "{source}"')
        password = f":{settings_dict['PASSWORD']}" if settings_dict["PASSWORD"] else ""
        yield f"postgres://{settings_dict['USER']}{password}@{admin['host']}:{admin['port']}/{copy}"
        with psycopg.connect(**admin) as pg:
            pg.execute(f'DROP DATABASE IF EXISTS "{copy}" WITH (FORCE)')


@pytest.fixture(scope="session")
def served_env():
    return _served_env


def _served_env(database_url, run_dir, **extra):
    """The environment of the app processes the edge tests start (config.settings.served_test)."""
    import os
    import sys
    from pathlib import Path

    from django.conf import settings

    env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "PYTEST", "REDIS_"))}
    env.update({
        "DJANGO_SETTINGS_MODULE": "config.settings.served_test",
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(settings.MEDIA_ROOT),  # the demo's files, written by the test run
        "PAGE_CACHE_DIR": str(Path(run_dir) / "page-cache"),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DJANGO_SERVE_MEDIA": "1",
        "PYTHONPATH": str(Path(__file__).resolve().parents[2]),
        "PATH": f"{Path(sys.executable).parent}:{os.environ.get('PATH', '')}",
    })
    env.update({key: str(value) for key, value in extra.items()})
    return env
