"""Issue 13, "Done when": every invalidation event reaches a second gunicorn worker and Varnish.

The suite starts real processes on free ports (stopped by PID at the end): gunicorn with two sync
workers (config.settings.served_test: production plus an X-Worker-Pid header) on a copy of the
demo database, varnishd with the project's VCL in front of it, and an editor process that changes
content through Wagtail's APIs. After each change, the next request through Varnish and the next
requests straight to gunicorn, answered by both workers, show the change."""

import json
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import pytest

from deploy import configs, testing
from deploy.procs import Procs, free_port, request
from deploy.stack import start_gunicorn, start_varnish

# Marked so that pytest-django creates the test database (the demo is copied from it) even when
# only these tests run; the tests themselves change nothing in it.
pytestmark = pytest.mark.django_db
HOST = {"Host": "127.0.0.1"}
BANNER = 'class="consent-banner"'


class Editor:
    def __init__(self, env, log_path):
        self.log = open(log_path, "ab")
        self.popen = subprocess.Popen([sys.executable, str(Path(__file__).with_name("editor.py"))], env=env,
                                      stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.log, text=True)

    def __call__(self, name, *args):
        self.popen.stdin.write(json.dumps([name, *args]) + "\n")
        self.popen.stdin.flush()
        line = self.popen.stdout.readline()
        assert line, "the editor process died (see its log)"
        answer = json.loads(line)
        assert "error" not in answer, answer.get("error")
        return answer["ok"]

    def stop(self):
        self.popen.stdin.close()
        try:
            self.popen.wait(10)
        except subprocess.TimeoutExpired:
            self.popen.kill()
            self.popen.wait(5)
        self.log.close()


class Site:
    def __init__(self, app, edge, token, editor):
        self.app, self.edge, self.token, self.editor = app, edge, token, editor

    def via_edge(self, path, headers=None, method="GET"):
        return request(self.edge, method, path, {**HOST, **(headers or {})}, timeout=30)

    def cached_at_edge(self, path, headers=None):
        """Requests the page until Varnish answers it from its cache (proves there is something to purge)."""
        for _ in range(3):
            status, response_headers, body = self.via_edge(path, headers)
            if response_headers.get("x-cache") == "HIT":
                return status, body
        raise AssertionError(f"{path} is not cached by Varnish: {response_headers}")

    def both_workers(self, path, headers=None, seconds=30, parallel=6):
        """Answers straight from gunicorn until both workers have answered (for at most `seconds`: on a
        loaded machine one worker can take every connection for a while); [(pid, status, body)]."""
        answers, lock = [], threading.Lock()
        deadline = time.monotonic() + seconds

        def one():
            status, response_headers, body = request(self.app, "GET", path, {**HOST, **(headers or {})}, timeout=30)
            with lock:
                answers.append((response_headers.get("x-worker-pid"), status, body))

        while time.monotonic() < deadline:
            threads = [threading.Thread(target=one) for _ in range(parallel)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(60)
            if len({pid for pid, _, _ in answers}) >= 2:
                return answers
        raise AssertionError(f"only worker(s) {set(pid for pid, _, _ in answers)} answered {path}")

    def everywhere(self, path, check, headers=None):
        """`check(status, body)` holds through Varnish and for both gunicorn workers."""
        status, response_headers, body = self.via_edge(path, headers)
        assert check(status, body.decode()), f"Varnish ({response_headers.get('x-cache')}) served stale {path}"
        for pid, status, body in self.both_workers(path, headers):
            assert check(status, body.decode()), f"worker {pid} served stale {path}"

    def warm(self, *paths, headers=None):
        for path in paths:
            self.cached_at_edge(path, headers)
            self.both_workers(path, headers)


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker, run_dirs):
    from django.core.management import call_command
    from django.db import connection

    from home.models import HomePage

    with django_db_blocker.unblock():
        if not HomePage.objects.exists():
            call_command("load_demo_content", verbosity=0)
        with testing.copied_database(connection, run_dirs("processes-db"), suffix="processes") as database_url:
            run_dir = run_dirs("processes")
            app, edge = ("127.0.0.1", free_port()), ("127.0.0.1", free_port())
            token = configs.new_purge_token()
            env = testing.served_env(database_url, run_dir, EDGE_PURGE_URLS=f"http://{edge[0]}:{edge[1]}",
                                     EDGE_PURGE_TOKEN=token,
                                     # No second BAN 5 s later: nothing here renders while content changes,
                                     # and a late BAN would make the HIT checks of the next test depend on time.
                                     EDGE_PURGE_REPEAT_SECONDS=0)
            with Procs() as procs:
                start_gunicorn(procs, run_dir, app, env, workers=2)
                start_varnish(procs, run_dir, edge, [app], token, storage="malloc,64m")
                editor = Editor(env, run_dir / "logs" / "editor.log")
                try:
                    yield Site(app, edge, token, editor)
                finally:
                    editor.stop()


@pytest.fixture(scope="module")
def pages(site):
    return site.editor("info")


def test_publishing_a_change(site, pages):
    publication, index = pages["publications"][0], pages["publication_index"]
    site.warm(publication["url"], index)
    title = f"Poprawiony tytuł {uuid.uuid4().hex[:6]}"
    site.editor("publish_title", publication["id"], title)
    for path in (publication["url"], index):
        site.everywhere(path, lambda status, body: status == 200 and title in body)


def test_unpublishing(site, pages):
    publication, index = pages["publications"][1], pages["publication_index"]
    site.warm(publication["url"], index)
    site.editor("unpublish", publication["id"])
    site.everywhere(publication["url"], lambda status, body: status == 404)
    site.everywhere(index, lambda status, body: status == 200 and publication["title"] not in body)


def test_moving_a_page(site, pages):
    moved, new_parent = pages["standard"][0], pages["standard"][1]
    site.warm(moved["url"])
    new_url = site.editor("move", moved["id"], new_parent["id"])
    assert new_url != moved["url"]
    # The old address no longer shows the page: Wagtail's redirects app sends visitors to the new one.
    site.everywhere(moved["url"], lambda status, body: status == 404 or (status == 301 and moved["title"] not in body))
    status, headers, _ = site.via_edge(moved["url"])
    assert status == 404 or headers["location"].endswith(new_url)
    site.everywhere(new_url, lambda status, body: status == 200 and moved["title"] in body)


def test_deleting_a_page(site, pages):
    deleted, index = pages["publications"][2], pages["publication_index"]
    site.warm(deleted["url"], index)
    site.editor("delete", deleted["id"])
    site.everywhere(deleted["url"], lambda status, body: status == 404)
    site.everywhere(index, lambda status, body: status == 200 and deleted["title"] not in body)


def test_a_snippet_change(site, pages):
    site.warm(pages["home"])
    text = f"Nowa stopka {uuid.uuid4().hex[:6]}"
    site.editor("footer", text)
    site.everywhere(pages["home"], lambda status, body: status == 200 and text in body)


def test_a_new_cookie_policy_version_asks_again(site, pages):
    decided = {"Cookie": f"emocni_consent={site.editor('consent_cookie', True)}"}
    site.warm(pages["home"], headers=decided)
    assert BANNER not in site.via_edge(pages["home"], decided)[2].decode()
    site.editor("bump_policy_version")
    site.everywhere(pages["home"], lambda status, body: status == 200 and BANNER in body, headers=decided)


def test_consent_variants_never_cross(site, pages):
    variants = {
        "undecided": {},
        "all": {"Cookie": f"emocni_consent={site.editor('consent_cookie', True)}"},
        "none": {"Cookie": f"emocni_consent={site.editor('consent_cookie', False)}; _ga=GA1.2"},
    }
    first = {name: site.via_edge(pages["home"], headers)[2] for name, headers in variants.items()}
    assert first["undecided"] != first["all"] and first["undecided"] != first["none"]
    for _ in range(3):
        for name, headers in variants.items():
            status, response_headers, body = site.via_edge(pages["home"], headers)
            assert body == first[name], f"{name} got another variant's page ({response_headers.get('x-cache')})"


def test_forged_consent_cookies_are_never_cached(site, pages):
    valid = site.editor("consent_cookie", True)
    forged = {"Cookie": f"emocni_consent={valid[:-3]}xyz"}  # the right variant, a wrong signature
    path = f"{pages['home']}?unknown-{uuid.uuid4().hex[:8]}=1"  # an entry of its own at the edge
    for _ in range(2):
        status, headers, body = site.via_edge(path, forged)
        assert status == 200 and headers["x-cache"] != "HIT"
        assert "no-store" in headers["cache-control"] and BANNER in body.decode()  # counts as no decision
    status, headers, body = site.via_edge(path, {"Cookie": f"emocni_consent={valid}"})
    assert BANNER not in body.decode()  # the real visitor never gets the forged request's page
    assert site.via_edge(path, {"Cookie": f"emocni_consent={valid}"})[1]["x-cache"] == "HIT"


def test_anonymous_visitors_get_the_same_bytes_and_no_cookie(site, pages):
    answers = [site.via_edge(pages["home"], headers) for headers in
               ({}, {"Cookie": "_ga=GA1.1.1; theme=dark"}, {"Cookie": "csrftoken=abc"})]
    assert len({body for _, _, body in answers}) == 1
    assert not any("set-cookie" in headers for _, headers, _ in answers)


def test_junk_parameters_and_client_no_cache_neither_poison_nor_bypass(site, pages):
    _, clean = site.cached_at_edge(pages["home"])
    for query in ("?utm_source=newsletter", "?junk=%3Cscript%3E&page=abc&" + "x=1&" * 50, "?q=" + "z" * 3000):
        status, _, body = site.via_edge(pages["home"] + query)
        assert status in (200, 404) and status != 500
    _, headers, body = site.via_edge(pages["home"], {"Cache-Control": "no-cache", "Pragma": "no-cache"})
    assert headers["x-cache"] == "HIT" and body == clean
    assert site.via_edge(pages["home"])[2] == clean  # nothing above replaced the clean entry


def test_purges_from_outside_are_refused_and_purge_nothing(site, pages):
    site.cached_at_edge(pages["home"])
    for method, headers in (("BAN", {}), ("PURGE", {}), ("BAN", {"X-Purge-Token": "not-the-token-at-all"})):
        assert site.via_edge("/", headers, method=method)[0] == 403
    # The app itself refuses the methods too (a client that reaches gunicorn directly).
    assert request(site.app, "BAN", "/", {**HOST, "X-Purge-Token": site.token})[0] in (403, 405)
    assert site.via_edge(pages["home"])[1]["x-cache"] == "HIT"
