"""`make bench`: rebuilding the site search index over the demo, as `make release` does.

A rebuild that finds nothing changed reads each entry and writes neither postings nor spelling keys
(the digest of its title, text and postings is the one stored); one that must rewrite every entry
deletes and inserts all postings and looks up every word for the spelling index. Both are timed
in the same run, so the ratio holds on a noisy machine. Target: the unchanged rebuild takes at most
half the time of the full one.
"""

import time

import pytest
from django.core.management import call_command

from search.indexer import rebuild
from search.models import SearchEntry, SearchPosting


def timed_rebuild():
    start = time.perf_counter()
    rebuild()
    return time.perf_counter() - start


@pytest.mark.django_db
def test_rebuild_of_an_unchanged_index_is_mostly_reads():
    call_command("load_demo_content", verbosity=0)
    rebuild()  # every entry with its digest
    postings = SearchPosting.objects.count()
    full, unchanged = [], []
    for _round in range(2):
        SearchEntry.objects.update(postings_digest="")
        full.append(timed_rebuild())
        unchanged.append(timed_rebuild())
    assert SearchPosting.objects.count() == postings
    ratio = min(unchanged) / min(full)
    print(f"\nrebuild over {SearchEntry.objects.count()} entries ({postings} postings): every entry rewritten "
          f"{min(full):.2f} s, nothing changed {min(unchanged):.2f} s (ratio {ratio:.2f})")
    assert ratio <= 0.5
