"""One way to time a page for every benchmark: warm it up, time `rounds` requests, then count
its queries and peak allocation in a separate, untimed pass (tracing slows requests down)."""

import time
import tracemalloc
from dataclasses import dataclass

from django.db import connection
from django.test.utils import CaptureQueriesContext


@dataclass
class PageTiming:
    median: float
    p95: float
    queries: int
    html_kb: float
    peak_kb: float
    status: int

    def line(self, label, width=24):
        return (f"{label:{width}} median {self.median:6.1f} ms  p95 {self.p95:6.1f} ms  queries {self.queries:3}  "
                f"html {self.html_kb:5.1f} KB  peak alloc {self.peak_kb:7.0f} KB")


def time_page(client, url, rounds):
    client.get(url)
    timings = []
    for _ in range(rounds):
        start = time.perf_counter()
        response = client.get(url)
        timings.append((time.perf_counter() - start) * 1000)
    tracemalloc.start()
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    timings.sort()
    return PageTiming(
        median=timings[len(timings) // 2], p95=timings[int(len(timings) * 0.95)], queries=len(queries),
        html_kb=len(response.content) / 1024, peak_kb=peak / 1024, status=response.status_code,
    )
