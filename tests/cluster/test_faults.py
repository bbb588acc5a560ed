"""Parts of the cluster stopped on purpose: an app server under load, Redis, the object store."""

import hashlib
import re
import secrets
import shutil
import subprocess
import threading
import time
from pathlib import Path

import redis
from cluster_http import PDF, browser, upload_document, wait_for

from deploy.cluster import cluster as control

LOAD_SCRIPT = """
local paths = {"/", "/en/", "/healthz", "/o-projekcie/", "/robots.txt"}
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end
"""


def wrk_summary(output):
    failures = {}
    socket = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    if socket:
        failures.update(zip(("connect", "read", "write", "timeout"), map(int, socket.groups()), strict=True))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    failures["non_2xx_3xx"] = int(non_2xx.group(1)) if non_2xx else 0
    requests = re.search(r"(\d+) requests in", output)
    return int(requests.group(1)) if requests else 0, failures


def test_stopping_app_a_during_load_loses_no_request(state, balancer, app_a, restart_after, tmp_path):
    assert shutil.which("wrk"), "wrk is missing (make cluster installs it)"
    script = tmp_path / "paths.lua"
    script.write_text(LOAD_SCRIPT)
    load = subprocess.Popen(["wrk", "-t2", "-c32", "-d20s", "--timeout", "30s", "-s", str(script), balancer + "/"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    time.sleep(6)
    stopper = threading.Thread(target=restart_after, args=("app_a",))
    stopper.start()  # SIGTERM: gunicorn finishes what it has, nginx sends the rest to B
    output, _ = load.communicate(timeout=90)
    stopper.join()
    assert "app_a" not in control.running(state), "app A was not stopped during the load"
    total, failures = wrk_summary(output)
    assert total > 0, output
    assert not any(failures.values()), f"{failures} of {total} requests failed:\n{output}"


def page_answers(base, path="/"):
    answer = browser().get(base + path, timeout=30)
    return answer.status_code


def test_without_redis_pages_still_answer_and_caching_resumes_after(state, app_a, app_b, restart_after):
    store = redis.Redis(host="127.0.0.1", port=state["ports"]["redis"])
    restart_after("redis")
    started = time.monotonic()
    for base in (app_a, app_b):
        for path in ("/", "/en/", "/o-projekcie/", "/robots.txt"):
            assert page_answers(base, path) == 200, f"{base}{path} without Redis"
    ready = browser().get(app_a + "/readyz", timeout=10)
    assert ready.status_code == 200 and ready.json() == {
        "status": "degraded", "checks": {"database": "ok", "cache": "failed", "storage": "ok"}}
    assert time.monotonic() - started < 60

    control.start_service(state, "redis")
    assert store.dbsize() == 0  # a new, empty Redis
    wait_for(lambda: browser().get(app_a + "/readyz", timeout=10).json()["status"] == "ok", what="cache ok again")
    for base in (app_a, app_b):
        assert page_answers(base, "/") == 200
    assert store.dbsize() > 0, "nothing was cached after Redis came back"


def test_without_the_object_store_uploads_fail_clearly_and_pages_still_read(state, editor_on_a, app_a, app_b,
                                                                           restart_after):
    from wagtail.documents import get_document_model

    restart_after("weed")
    title = f"upload while the store is down {secrets.token_hex(4)}"
    started = time.monotonic()
    answer = upload_document(editor_on_a, app_a, title, PDF)
    assert answer.status_code == 503, answer.status_code
    assert "nothing was saved" in answer.text or "nic nie zostało zapisane" in answer.text, answer.text[:500]
    assert "Traceback" not in answer.text
    assert time.monotonic() - started < 30, "the upload waited too long for the store"
    assert not get_document_model().objects.filter(title=title).exists(), "a half-saved document was left"
    for base in (app_a, app_b):
        for path in ("/", "/en/", "/o-projekcie/"):
            assert page_answers(base, path) == 200, f"{base}{path} without the object store"

    control.start_service(state, "weed")
    answer = upload_document(editor_on_a, app_a, title, PDF)
    assert answer.status_code in (302, 303), "uploads did not work again after the store came back"
    assert get_document_model().objects.filter(title=title).count() == 1


def release_snapshot(state):
    """What a release could change: applied migrations, static files, catalogues, the search index."""
    from django.conf import settings
    from django.db.migrations.recorder import MigrationRecorder

    from search.models import SearchEntry, SearchPosting

    static_root = Path(settings.STATIC_ROOT)
    root = Path(settings.BASE_DIR)
    return {
        "migrations": sorted(MigrationRecorder.Migration.objects.values_list("app", "name")),
        # collectstatic rewrites hashed files with the same bytes: their content is what must not change
        "static": sorted((str(path.relative_to(static_root)), hashlib.sha256(path.read_bytes()).hexdigest())
                         for path in static_root.rglob("*") if path.is_file()),
        "catalogues": sorted((str(path.relative_to(root)), path.stat().st_mtime_ns)
                             for path in root.glob("**/LC_MESSAGES/*.mo") if ".venv" not in path.parts),
        "search": sorted(SearchEntry.objects.values_list("page_id", "document_id", "language", "title", "text",
                                                         "url", "word_count"), key=repr),
        # the inverted index itself, by entry (page or document), not by row id
        "postings": sorted(SearchPosting.objects.values_list("entry__page_id", "entry__document_id", "language",
                                                             "term", "weight", "field", "positions"), key=repr),
    }


def test_the_release_step_run_again_changes_nothing(state):
    before = release_snapshot(state)
    assert before["migrations"] and before["static"] and before["search"]
    control.manage(state, "release", "--verbosity", "2")
    after = release_snapshot(state)
    for part in before:
        assert before[part] == after[part], f"the second release changed {part}"
    log = (Path(state["run"]) / "logs" / "manage.log").read_text().rsplit("$ manage.py release", 1)[1]
    assert "No migrations to apply" in log and "0 static files copied" in log
    # Django's compilemessages says so of each catalogue whose .mo is newer than its .po, and
    # "processing file" of each one it compiles again.
    assert "already compiled and up to date" in log and "processing file" not in log
