"""Logging for a cache outage: django-redis logs each ignored error with its traceback; during an outage
that would be one traceback per cache call. This filter lets one record through per minute per process
and per message, and says how many it held back, so the log shows the outage without drowning in it."""

import logging
import time

INTERVAL = 60


class OnceAMinute(logging.Filter):
    def __init__(self, name=""):
        super().__init__(name)
        self.last_emitted = {}
        self.held_back = {}

    def filter(self, record):
        key = (record.name, record.msg)
        now = time.monotonic()
        if now - self.last_emitted.get(key, -INTERVAL) < INTERVAL:
            self.held_back[key] = self.held_back.get(key, 0) + 1
            return False
        self.last_emitted[key] = now
        skipped = self.held_back.pop(key, 0)
        if skipped:
            record.msg = f"{record.msg} ({skipped} more like it in the last minute)"
        return True
