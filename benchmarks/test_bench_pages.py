"""`make bench`: speed and size of the busiest pages, printed, with targets as assertions.

Kept out of `make test` (timings depend on the machine); the query budget is a test.
"""

import time
import tracemalloc

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

PAGES = ["/", "/en/", "/o-projekcie/", "/szukaj/?q=gminy"]
ROUNDS = 50
TARGET_MEDIAN_MS = 100  # one request, in-process, on a 2-core CI machine


@pytest.mark.django_db
@pytest.mark.parametrize("path", PAGES)
def test_page_speed(client, path):
    call_command("load_demo_content", verbosity=0)
    client.get(path)
    timings = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        response = client.get(path)
        timings.append((time.perf_counter() - start) * 1000)
    # Memory and queries in a separate pass: tracing slows the timed requests down.
    tracemalloc.start()
    with CaptureQueriesContext(connection) as queries:
        client.get(path)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    timings.sort()
    median = timings[len(timings) // 2]
    print(f"\n{path:24} median {median:6.1f} ms  p95 {timings[int(len(timings) * 0.95)]:6.1f} ms  "
          f"queries {len(queries):3}  html {len(response.content) / 1024:5.1f} KB  peak alloc {peak / 1024:7.0f} KB")
    assert median < TARGET_MEDIAN_MS
