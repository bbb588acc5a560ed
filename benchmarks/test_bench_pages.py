"""`make bench`: speed and size of the busiest pages, printed, with targets as assertions.

Kept out of `make test` (timings depend on the machine); the query budget is a test.
"""

import pytest
from django.core.management import call_command

from benchmarks.timing import time_page

PAGES = ["/", "/en/", "/o-projekcie/", "/szukaj/?q=gminy"]
ROUNDS = 50
TARGET_MEDIAN_MS = 100  # one request, in-process, on a 2-core CI machine


@pytest.mark.django_db
@pytest.mark.parametrize("path", PAGES)
def test_page_speed(client, path):
    call_command("load_demo_content", verbosity=0)
    timing = time_page(client, path, ROUNDS)
    print("\n" + timing.line(path))
    assert timing.median < TARGET_MEDIAN_MS
