"""Fixtures for the edge tests: a real varnishd (and nginx, gunicorn) started by the test itself
on free ports, stopped by PID. A missing program fails the test: it is never skipped."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from deploy import configs, testing
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
    with testing.run_dirs() as make:
        yield make


@pytest.fixture(scope="session")
def served_database(django_db_setup, django_db_blocker, run_dirs):
    """A copy of the test run's demo database for the processes the tests start (its DATABASE_URL)."""
    from django.core.management import call_command
    from django.db import connection

    from home.models import HomePage

    with django_db_blocker.unblock():
        if not HomePage.objects.exists():  # emptied by a transactional test
            call_command("load_demo_content", verbosity=0)
        with testing.copied_database(connection, run_dirs("db")) as url:
            yield url


@pytest.fixture(scope="session")
def served_env():
    return testing.served_env
