"""Test files in the order that ends both xdist workers together: the longest first.

A worker that picks up a 30-second file (the catalogue round trip) near the end of a pass keeps
the pass going while the other one has nothing left to do; measured, the workers' busy times
differed by 24 s in a 150 s pass. With the longest files handed out first and the short ones
filling in at the end, the workers finish within a few seconds of each other (longest processing
time first, the classic rule for sharing jobs between machines).

The times come from the previous runs on this checkout: each run's controller adds up setup, call
and teardown per test and stores them in var/test-durations.json (git-ignored); a file's time is
the sum over its tests collected now, so a run of a few tests (-k) updates only theirs. Files with
no recorded test keep their place after the known ones; with no record at all (a fresh clone) the order
is pytest's own. Within a file the order never changes (module fixtures and loadfile rely on it),
and every worker reads the same record, so all of them collect the same order, as xdist requires.
"""

import json
import os
from collections import defaultdict
from pathlib import Path

RECORD = Path(__file__).resolve().parent.parent / "var" / "test-durations.json"


def file_of(nodeid):
    return nodeid.split("::", 1)[0]


def read_record():
    try:
        record = json.loads(RECORD.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {name: float(seconds) for name, seconds in record.items() if isinstance(seconds, int | float)}


def longest_first(items):
    """Reorder `items` in place: whole files, the longest recorded first."""
    record = read_record()
    if not record:
        return
    first_seen, file_seconds = {}, defaultdict(lambda: -1.0)
    for index, item in enumerate(items):
        name = file_of(item.nodeid)
        first_seen.setdefault(name, index)
        if item.nodeid in record:
            file_seconds[name] = max(file_seconds[name], 0.0) + record[item.nodeid]
    items.sort(key=lambda item: (-file_seconds[file_of(item.nodeid)], first_seen[file_of(item.nodeid)]))


class DurationRecorder:
    """On the controller (or a run without xdist): each report's duration, added up per test."""

    def __init__(self):
        self.seconds = defaultdict(float)

    def add(self, report):
        self.seconds[report.nodeid] += report.duration

    def save(self):
        if not self.seconds:
            return
        record = read_record()
        record.update({nodeid: round(seconds, 3) for nodeid, seconds in self.seconds.items()})
        RECORD.parent.mkdir(parents=True, exist_ok=True)
        partial = RECORD.with_suffix(f".{os.getpid()}.tmp")
        partial.write_text(json.dumps(record, indent=0, sort_keys=True), encoding="utf-8")
        partial.replace(RECORD)  # a concurrent run reads the old record or the new one, never half
