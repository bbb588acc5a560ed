"""A real HTTP server around the app for one test, inside that test's transaction.

pytest-django's live_server makes a test transactional (its database is flushed afterwards, which
the tests sharing the worker would see) and Django's test server serves all of MEDIA_ROOT itself,
which no deployment does. This server runs only the app (WSGIHandler), on a free port, and shares
the test's database connection, so it sees the test's rows and leaves nothing behind."""

import contextlib
import socket
import threading
from urllib.parse import urlsplit

from django.core.handlers.wsgi import WSGIHandler
from django.core.servers.basehttp import ThreadedWSGIServer, WSGIRequestHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections, connections


class QuietHandler(WSGIRequestHandler):
    def log_message(self, *args):
        pass


class SharedConnectionServer(ThreadedWSGIServer):
    def _close_connections(self):
        pass  # the connection is the test's, inside its transaction


@contextlib.contextmanager
def app_server():
    connection = connections["default"]  # the wrapper itself, not the thread-local proxy
    server = SharedConnectionServer(("127.0.0.1", 0), QuietHandler, connections_override={"default": connection})
    server.set_app(WSGIHandler())
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    connection.inc_thread_sharing()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(10)
        connection.dec_thread_sharing()
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


def raw_request(base_url, head, read_until=None):
    """Send `head` (request line and headers, no body) and return (status, reply bytes)."""
    parts = urlsplit(base_url)
    with socket.create_connection((parts.hostname, parts.port), timeout=10) as sock:
        sock.sendall(head.encode())
        reply = b""
        while chunk := sock.recv(65536):
            reply += chunk
            if read_until and read_until in reply:
                break
    return int(reply.split(b" ", 2)[1]), reply
