"""`make bench`: a normal request's latency while 20 slow-header clients hold connections (issue 14).

Before: plain gunicorn with 2 sync workers, as `make serve` ran it until now. After: nginx in front
(`make serve`). Each normal request waits at most CAP seconds; the test in tests/edge/ asserts the
1 s target, this prints both figures measured in one run.
"""

import os
import threading
import time

import pytest

from deploy import testing
from deploy.procs import Procs, free_port, request
from deploy.serve import upload_limit_mb
from deploy.stack import start_gunicorn, start_nginx

SLOW_CLIENTS = 20
NORMAL_REQUESTS = 5
CAP = 15.0


def latencies(address):
    """Normal requests' latencies (None: no answer within CAP) while SLOW_CLIENTS slow clients hang on."""
    stop = threading.Event()
    slow = [testing.SlowClient(address, stop) for _ in range(SLOW_CLIENTS)]
    for client in slow:
        client.start()
    results = []
    try:
        time.sleep(0.5)
        for _ in range(NORMAL_REQUESTS):
            start = time.monotonic()
            try:
                status, _, _ = request(address, "GET", "/", {"Host": "127.0.0.1"}, timeout=CAP)
                results.append(time.monotonic() - start if status == 200 else None)
            except OSError:
                results.append(None)
    finally:
        stop.set()
        for client in slow:
            client.join(timeout=10)
    return results


@pytest.fixture(scope="module")
def database_url(django_db_setup, django_db_blocker):
    """The demo database copied for the served processes (outside any test transaction: SQLite's
    backup cannot read a database its own connection is writing in)."""
    from django.core.management import call_command
    from django.db import connection

    with testing.run_dirs() as run_dirs, django_db_blocker.unblock():
        call_command("load_demo_content", verbosity=0)
        with testing.copied_database(connection, run_dirs("slow-db"), suffix="slow") as url:
            yield url, run_dirs


@pytest.mark.django_db
def test_latency_with_slow_clients(database_url):
    database_url, run_dirs = database_url
    lines = []
    for layer in ("plain gunicorn (before)", "nginx -> gunicorn (make serve)"):
        run_dir = run_dirs("slow")
        app = ("127.0.0.1", free_port())
        with Procs() as procs:
            start_gunicorn(procs, run_dir, app, testing.served_env(database_url, run_dir), workers=2,
                           access_log=False)
            address = app
            if "nginx" in layer:
                address = ("127.0.0.1", free_port())
                start_nginx(procs, run_dir, address, app, upload_limit_mb(), access_log="off")
            for _ in range(4):
                request(address, "GET", "/", {"Host": "127.0.0.1"}, timeout=60)
            results = latencies(address)
        answered = [r for r in results if r is not None]
        worst = f"{max(answered):.2f} s" if answered else "-"
        lines.append(f"  {layer:32} answered {len(answered)}/{len(results)} within {CAP:.0f} s, slowest {worst}")
        print(lines[-1], flush=True)
    print(f"\n{SLOW_CLIENTS} slow-header clients (a line every {testing.HEADER_INTERVAL:.0f} s), "
          f"load average {os.getloadavg()[0]:.1f}:\n" + "\n".join(lines))
