"""The test database as the suite starts it: migrated, with the demo loaded, built once and copied.

Migrating and loading the demo takes about a minute of CPU; every pytest process needs the same result
(two xdist workers, two passes of `make test`). So the first process to need it builds it in a
subprocess, into a SQLite file and a media folder under var/test-snapshots/<fingerprint>/, and every
process copies that into its own in-memory database (sqlite3's backup API) and its own MEDIA_ROOT.

The fingerprint is a hash of every file of the project that is not a test or prose (models, migrations,
the demo loader and its texts, settings, templates, requirements): change any of them and the next run
builds a new snapshot; the older ones are removed. PostgreSQL runs do not use it (tests/conftest.py).
"""

import fcntl
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STORE = ROOT / "var" / "test-snapshots"
DATABASE_FILE = "db.sqlite3"
MEDIA_FOLDER = "media"
COMPLETE_MARK = "complete"

# What cannot change the database the demo loader builds: the tests themselves, benchmarks, CI, the
# deployment and build files, the project-wide CSS, JavaScript and fonts (the loader reads none of them), prose.
NOT_INPUTS = ("tests/", "benchmarks/", ".ci/", "deploy/", "static/", "Makefile")
PROSE = (".md", ".txt")
RECIPE = "tests/db_snapshot.py"  # how the snapshot is built: an input although it is under tests/


def _project_files():
    try:
        listed = subprocess.run(
            ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
            cwd=ROOT, capture_output=True, check=True,
        ).stdout.decode().split("\0")
    except (OSError, subprocess.CalledProcessError):  # not a git checkout: every file but the usual noise
        listed = [str(path.relative_to(ROOT)) for path in ROOT.rglob("*") if path.is_file()
                  and not {".git", ".venv", ".tools", "var", "media", "node_modules", "__pycache__"} & set(path.parts)]
    return sorted(name for name in listed if name and (name == RECIPE or not name.startswith(NOT_INPUTS))
                  and (not name.endswith(PROSE) or name.startswith("requirements")))


def fingerprint():
    digest = hashlib.sha256(sys.version.encode())
    for name in _project_files():
        path = ROOT / name
        if path.is_file():  # a file deleted but not yet staged is listed too
            digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:20]


def _build(target):
    """Migrate a new SQLite file and load the demo into it, in a process of its own (its own settings,
    media folder and database), exactly as the test settings would do it in process."""
    target.mkdir(parents=True)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": f"sqlite:///{target / DATABASE_FILE}",
        "TEST_MEDIA_ROOT": str(target / MEDIA_FOLDER),
    }
    steps = [[sys.executable, "manage.py", command, *options, "--verbosity", "0"]
             for command, *options in (["migrate", "--noinput"], ["load_demo_content"])]
    steps.append([sys.executable, "-c", "import django; django.setup(); import tests.db_snapshot as s; s.warm_renditions()"])
    for step in steps:
        done = subprocess.run(step, cwd=ROOT, env=env, capture_output=True, text=True)
        if done.returncode:
            raise RuntimeError(f"Building the test database failed at `{' '.join(step[1:])}`:\n"
                               f"{done.stdout}{done.stderr}")
    (target / COMPLETE_MARK).touch()


def warm_renditions():
    """Render every live page once, so the image renditions its templates ask for are in the snapshot.
    Without them each test made them again (its transaction rolled back the rows): about 2 200
    renditions and 13 s of CPU over the tests outside the browser."""
    from django.test import Client
    from wagtail.models import Page

    client = Client()
    for page in Page.objects.live().filter(depth__gt=1).specific().iterator():
        url = page.get_url()
        if url:
            response = client.get(url)
            if response.status_code >= 500:
                raise RuntimeError(f"{url} answered {response.status_code} while the snapshot was built")


def ensure():
    """The folder of the snapshot for the code as it is now, built first if there is none. Processes
    starting together wait for the one that builds it (a file lock)."""
    key = fingerprint()
    target = STORE / key
    if (target / COMPLETE_MARK).exists():
        return target
    STORE.mkdir(parents=True, exist_ok=True)
    with open(STORE / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (target / COMPLETE_MARK).exists():
            for old in STORE.iterdir():
                if old.is_dir():
                    shutil.rmtree(old, ignore_errors=True)
            _build(target)
    return target


def restore(snapshot, connection, media_root):
    """Point the connection at its in-memory test database (as Django's test set-up would name it) and
    fill that database and MEDIA_ROOT from the snapshot."""
    from django.conf import settings

    test_name = connection.creation._get_test_db_name()
    connection.close()
    settings.DATABASES[connection.alias]["NAME"] = test_name
    connection.settings_dict["NAME"] = test_name
    connection.ensure_connection()
    source = sqlite3.connect(snapshot / DATABASE_FILE)
    try:
        source.backup(connection.connection)
    finally:
        source.close()
    shutil.copytree(snapshot / MEDIA_FOLDER, media_root, dirs_exist_ok=True)
