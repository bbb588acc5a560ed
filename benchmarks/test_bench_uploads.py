"""`make bench`: time and peak memory of each hostile upload (issue 14), one forked process per case.

Each case runs in a child process forked from the test process, so one case's memory (which
Python and Pillow keep after freeing) never hides the next one's. Memory is the peak resident
size above the child's size when it started, sampled every 5 ms (it counts what Pillow and zlib
allocate in C, which tracemalloc does not see). SQLite only: the child writes into its own copy
of the in-memory test database.
"""

import io
import os
import pickle
import tempfile
import threading
import time

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart

from tests.core.hostile_files import MiB, docx_bomb, jpeg_with_personal_metadata, png_of_pixels, zip_of_zeros


def rss_kb():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def measure_in_child(action):
    """(seconds, peak MB above the start, result) of action() run in a forked child."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        os.close(read_end)
        start_rss, peak, done = rss_kb(), [0], threading.Event()

        def sample():
            while not done.is_set():
                peak[0] = max(peak[0], rss_kb())
                time.sleep(0.005)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        started = time.perf_counter()
        try:
            result = action()
        except BaseException as error:  # noqa: BLE001 - reported to the parent as the result
            result = f"{type(error).__name__}: {error}"[:200]
        seconds = time.perf_counter() - started
        done.set()
        sampler.join()
        peak[0] = max(peak[0], rss_kb())
        with os.fdopen(write_end, "wb") as out:
            pickle.dump((seconds, (peak[0] - start_rss) / 1024, result), out)
        os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as inp:
        data = inp.read()
    os.waitpid(pid, 0)
    return pickle.loads(data)


def outcome(response):
    context = getattr(response, "context", None) or getattr(response, "context_data", None) or {}
    form = context.get("form")
    if form is not None and form.errors:
        return f"{response.status_code}, form error: {' '.join(form.errors.get('file', []))[:90]}"
    return f"{response.status_code} {response.content[:90].decode('utf-8', 'replace')!r}"


@pytest.mark.skipif(connection.vendor != "sqlite", reason="forks the test process; SQLite only")
def test_hostile_uploads(db, capsys):
    user = get_user_model().objects.create_superuser("bench", "bench@example.org", "pass")
    client = Client()
    client.force_login(user)

    def post(url, fields):
        # Encoded here, in the parent: the child's memory is the server's work, not the client's.
        body = encode_multipart(BOUNDARY, fields)
        return lambda: outcome(client.generic("POST", url, body, content_type=MULTIPART_CONTENT))

    def post_document(name, data):
        return post("/admin/documents/add/", {
            "title": name, "file": SimpleUploadedFile(name, data), "collection": 1, "tags": ""})

    def post_image(name, data):
        return post("/admin/images/add/", {
            "title": name, "file": SimpleUploadedFile(name, data), "collection": 1, "tags": "", "alt_text": "Opis"})

    def extract(data):
        from search.extract import extract_text

        return lambda: f"{len(extract_text(io.BytesIO(data), 'docx'))} chars"

    def post_from_disk(url, name, size):
        """The body streamed from a file on disk into the WSGI handler, as a server would pass it: the
        measured memory is the app's, not a test client's copy of 200 MB."""
        body = tempfile.NamedTemporaryFile(prefix="bench-upload-", suffix=".bin")
        head = (f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n{name}\r\n"
                f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"collection\"\r\n\r\n1\r\n"
                f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n"
                f"Content-Type: application/pdf\r\n\r\n%PDF-1.4\n").encode()
        body.write(head)
        body.truncate(len(head) + size)
        body.seek(0, 2)
        body.write(f"\r\n--{BOUNDARY}--\r\n".encode())
        length = body.tell()
        body.seek(0)
        cases_files.append(body)

        def action():
            environ = client._base_environ(PATH_INFO=url, REQUEST_METHOD="POST", CONTENT_TYPE=MULTIPART_CONTENT,
                                           CONTENT_LENGTH=str(length))
            environ["wsgi.input"] = body
            return outcome(client.handler(environ))
        return action

    cases_files = []
    cases = [
        ("12 GiB ZIP of zeros, 12.9 MB", post_document("zera.zip", zip_of_zeros())),
        ("DOCX bomb (1 GiB XML), upload", post_document("bomba.docx", docx_bomb())),
        ("DOCX bomb, text extraction", extract(docx_bomb())),
        ("121 MP PNG, 0.35 MB", post_image("duzy.png", png_of_pixels())),
        ("JPEG with GPS", post_image("gps.jpg", jpeg_with_personal_metadata())),
        ("200 MB document upload", post_from_disk("/admin/documents/add/", "duzy.pdf", 200 * MiB)),
    ]
    only = os.environ.get("BENCH_UPLOADS", "")  # e.g. BENCH_UPLOADS=PNG,JPEG: only cases whose label has one
    if only:
        cases = [case for case in cases if any(word in case[0] for word in only.split(","))]
    lines = []
    for label, action in cases:
        seconds, peak_mb, result = measure_in_child(action)
        lines.append(f"{label:32} {seconds:7.2f} s  peak +{peak_mb:7.0f} MB  -> {result}")
    with capsys.disabled():
        print("\nHostile uploads (each in a fresh forked process):")
        print("\n".join(lines))
