"""The task worker: runs queued tasks (django-tasks' database backend) and enqueues Wagtail's
scheduled publishing every minute, once for all workers (a lock in the shared cache).

    TASKS_BACKEND=database manage.py run_worker
"""

import logging
import os
import threading
import time

from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import close_old_connections

logger = logging.getLogger(__name__)
LOCK_KEY = "worker:publish-scheduled"


def schedule_once(interval):
    """Enqueue the scheduled-publishing task unless another worker did so in this interval.

    `cache.add` is atomic in Redis; when the cache is down it answers None and we enqueue anyway
    (a second run in the same minute finds nothing left to publish)."""
    if cache.add(LOCK_KEY, "1", timeout=max(1, int(interval) - 1)) is False:
        return False
    from core.tasks import publish_scheduled_task

    publish_scheduled_task.enqueue()
    return True


def scheduler(interval, stop):
    while not stop.wait(interval):
        try:
            schedule_once(interval)
        except Exception:  # the database may be restarting: try again next time
            logger.exception("Could not enqueue scheduled publishing")
        finally:
            close_old_connections()


class Command(BaseCommand):
    help = "Run background tasks (TASKS_BACKEND=database) and scheduled publishing every minute."

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=float, default=float(os.environ.get("WORKER_POLL_INTERVAL", "0.5")),
                            help="Seconds between looks for new tasks when the queue is empty.")
        parser.add_argument("--publish-every", type=float,
                            default=float(os.environ.get("SCHEDULED_PUBLISH_INTERVAL", "60")),
                            help="Seconds between runs of Wagtail's scheduled publishing.")

    def handle(self, *args, interval, publish_every, **options):
        if settings.TASKS_BACKEND != "database":
            raise CommandError("TASKS_BACKEND is not 'database': tasks run inside requests, no worker is needed.")
        stop = threading.Event()
        thread = threading.Thread(target=scheduler, args=(publish_every, stop), name="scheduler", daemon=True)
        thread.start()
        schedule_once(publish_every)
        started = time.monotonic()
        try:
            call_command("db_worker", interval=interval, queue_name="*", startup_delay=False, verbosity=1)
        finally:
            stop.set()
            logger.info("Worker stopped after %.0f s", time.monotonic() - started)
