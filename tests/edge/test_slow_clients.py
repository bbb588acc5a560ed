"""Issue 14, slow clients: the single-machine production setup (nginx in front of two gunicorn sync
workers, as `make serve` starts it) keeps answering while slow clients hold connections, and
refuses an oversized upload before reading its body. Live processes, started and stopped here."""

import socket
import threading
import time

import pytest

from deploy.procs import Procs, free_port, request
from deploy.serve import upload_limit_mb
from deploy.stack import start_gunicorn, start_nginx
from deploy.testing import HEADER_INTERVAL, SlowClient

# Marked so that pytest-django creates the test database (the demo is copied from it) even when
# only these tests run; the tests themselves change nothing in it.
pytestmark = pytest.mark.django_db
SLOW_CLIENTS = 20


@pytest.fixture(scope="module")
def served(served_database, served_env, run_dirs):
    run_dir = run_dirs("serve")
    listen = ("127.0.0.1", free_port())
    socket_path = run_dir / "gunicorn.sock"
    with Procs() as procs:
        app = start_gunicorn(procs, run_dir, socket_path, served_env(served_database, run_dir), workers=2)
        start_nginx(procs, run_dir, listen, socket_path, upload_limit_mb())
        for _ in range(4):  # both workers load their templates before anything is timed
            status, _, _ = request(listen, "GET", "/", {"Host": "127.0.0.1"}, timeout=60)
            assert status == 200, (run_dir / "logs" / "gunicorn.log").read_text()[-3000:]
        yield {"address": listen, "app": app, "run_dir": run_dir}


def test_a_normal_request_answers_within_a_second_while_twenty_slow_clients_hang_on(served):
    stop = threading.Event()
    slow = [SlowClient(served["address"], stop) for _ in range(SLOW_CLIENTS)]
    for client in slow:
        client.start()
    try:
        time.sleep(0.5)  # every slow client has sent its first line
        timings = []
        deadline = time.monotonic() + HEADER_INTERVAL + 2  # across at least one round of slow lines
        while time.monotonic() < deadline and len(timings) < 20:
            start = time.monotonic()
            status, _, body = request(served["address"], "GET", "/", {"Host": "127.0.0.1"}, timeout=5)
            timings.append(time.monotonic() - start)
            assert status == 200 and b"<h1" in body
            time.sleep(0.25)
        assert len(timings) >= 5
        assert max(timings) < 1.0, f"slowest normal request {max(timings):.2f} s with {SLOW_CLIENTS} slow clients"
    finally:
        stop.set()
        for client in slow:
            client.join(timeout=10)


def test_an_oversized_upload_is_refused_before_its_body_is_sent(served):
    size = 200 * 1024 * 1024
    with socket.create_connection(served["address"], timeout=5) as sock:
        sock.sendall(
            b"POST /admin/documents/multiple/add/ HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            b"Content-Type: multipart/form-data; boundary=x\r\n"
            + f"Content-Length: {size}\r\n\r\n".encode()
        )
        answer = sock.recv(4096).decode(errors="replace")  # not one byte of the body was sent
    assert answer.startswith("HTTP/1.1 413"), answer[:200]
    assert "Plik jest za duży" in answer and "documents up to 50 MB" in answer
    assert "/admin/documents/multiple/add/" not in (served["run_dir"] / "logs" / "gunicorn.log").read_text()


def test_an_upload_within_the_limit_reaches_the_app(served):
    body = b"x" * (2 * 1024 * 1024)
    status, headers, _ = request(served["address"], "POST", "/zgoda/", {"Host": "127.0.0.1",
                                 "Content-Type": "application/octet-stream"}, body=body, timeout=10)
    assert status != 413 and "server" not in {k: v for k, v in headers.items() if v.startswith("nginx/")}


def test_the_app_is_down_gives_a_clear_page(run_dirs):
    tmp_path = run_dirs("down")
    listen = ("127.0.0.1", free_port())
    with Procs() as procs:
        start_nginx(procs, tmp_path, listen, tmp_path / "nobody-listens.sock", 51)
        status, headers, body = request(listen, "GET", "/", {"Host": "127.0.0.1"})
    assert status == 502
    assert "Serwis chwilowo niedostępny" in body.decode()
    assert "nginx/" not in headers.get("server", "")  # server_tokens off
