"""What tests/edge/ and benchmarks/ share to serve the test run's demo site from real processes:
run folders other users can enter, a copy of the test database the processes can open, and
their environment (config.settings.served_test)."""

import contextlib
import os
import shutil
import socket
import sqlite3
import sys
import tempfile
import threading
from pathlib import Path

from deploy.configs import traversable

ROOT = Path(__file__).resolve().parent.parent
HEADER_INTERVAL = 5.0  # seconds between two header lines of a slow client


@contextlib.contextmanager
def run_dirs():
    """make(name) -> a new folder under var/tests/ (pytest's temp folders are private to their owner,
    but nginx workers and the varnish child run as other users); all removed at the end."""
    base = ROOT / "var" / "tests"
    base.mkdir(parents=True, exist_ok=True)
    made = []

    def make(name):
        folder = Path(tempfile.mkdtemp(prefix=f"{name}-", dir=base))
        folder.chmod(0o755)
        traversable(folder, ROOT)
        made.append(folder)
        return folder

    try:
        yield make
    finally:
        for folder in made if not os.environ.get("KEEP_RUN_DIRS") else ():  # KEEP_RUN_DIRS=1: logs stay
            shutil.rmtree(folder, ignore_errors=True)


@contextlib.contextmanager
def copied_database(connection, folder, suffix="served"):
    """A DATABASE_URL for a copy of `connection`'s database (the test run's demo site): the SQLite
    backup API from the in-memory test database, or a PostgreSQL database made from it as a template.
    The test run must have created its test database (a test marked django_db is collected)."""
    if not connection.settings_dict["NAME"].startswith(("test_", "file:memorydb")) and "test" not in str(
            connection.settings_dict.get("TEST", {}).get("NAME") or connection.settings_dict["NAME"]):
        raise RuntimeError(f"not a test database: {connection.settings_dict['NAME']}; mark a test django_db")
    if connection.vendor == "sqlite":
        path = Path(folder) / "db.sqlite3"
        connection.ensure_connection()
        target = sqlite3.connect(path)
        connection.connection.backup(target)
        target.close()
        yield f"sqlite:///{path}"
        return
    import psycopg

    settings_dict = connection.settings_dict
    source, copy = settings_dict["NAME"], f"{settings_dict['NAME']}_{suffix}"
    connection.close()  # a template database must have no other sessions
    admin = dict(host=settings_dict["HOST"] or "127.0.0.1", port=settings_dict["PORT"] or 5432,
                 user=settings_dict["USER"], password=settings_dict["PASSWORD"] or None, dbname="postgres",
                 autocommit=True)
    with psycopg.connect(**admin) as pg:
        pg.execute(f'DROP DATABASE IF EXISTS "{copy}"')
        pg.execute(f'CREATE DATABASE "{copy}" TEMPLATE "{source}"')
    password = f":{settings_dict['PASSWORD']}" if settings_dict["PASSWORD"] else ""
    try:
        yield f"postgres://{settings_dict['USER']}{password}@{admin['host']}:{admin['port']}/{copy}"
    finally:
        with psycopg.connect(**admin) as pg:
            pg.execute(f'DROP DATABASE IF EXISTS "{copy}" WITH (FORCE)')


def copied_media(run_dir):
    """A copy of the test run's media (the demo's images and documents) in `run_dir`/media, so
    that the served processes have files of their own whatever else the test run does with its own."""
    from django.conf import settings

    target = Path(run_dir) / "media"
    if not target.exists():
        shutil.copytree(settings.MEDIA_ROOT, target)
    return target


def served_env(database_url, run_dir, **extra):
    """The environment of the app processes (gunicorn, the editor) the tests and benchmarks start."""

    env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "PYTEST", "REDIS_"))}
    env.update({
        "DJANGO_SETTINGS_MODULE": "config.settings.served_test",
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(copied_media(run_dir)),
        "PAGE_CACHE_DIR": str(Path(run_dir) / "page-cache"),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DJANGO_SERVE_MEDIA": "1",
        "PYTHONPATH": str(ROOT),
        "PATH": f"{Path(sys.executable).parent}:{os.environ.get('PATH', '')}",
    })
    env.update({key: str(value) for key, value in extra.items()})
    return env


class SlowClient(threading.Thread):
    """Sends a request's header one line every HEADER_INTERVAL seconds, never finishing it."""

    def __init__(self, address, stop):
        super().__init__(daemon=True)
        self.sock = socket.create_connection(address, timeout=5)
        self.stop_event = stop

    def run(self):
        try:
            self.sock.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")
            for number in range(10):  # bounded: at most 10 lines, then it gives up
                if self.stop_event.wait(HEADER_INTERVAL):
                    break
                self.sock.sendall(f"X-Slow-{number}: {'a' * 20}\r\n".encode())
        except OSError:
            pass  # nginx closed it (client_header_timeout): that is the point
        finally:
            self.sock.close()
