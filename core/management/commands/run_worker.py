"""The task worker: runs queued tasks (django-tasks' database backend) and enqueues Wagtail's
scheduled publishing every minute, once for all workers (a lock in the shared cache).

    TASKS_BACKEND=database manage.py run_worker    # queued tasks and scheduled publishing (make cluster)
    manage.py run_worker                           # only scheduled publishing, run in place (make serve)
    manage.py run_worker --once                    # one scheduling tick, then exit

With the default `immediate` backend tasks run inside requests, so there is no queue to take from;
the command then only publishes and unpublishes what editors scheduled, every minute, so a single
machine needs no cron line either.
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

    def scheduling_only(self, publish_every, stop):
        self.stdout.write(f"Tasks run inside requests (TASKS_BACKEND={settings.TASKS_BACKEND}); "
                          f"this worker only runs scheduled publishing every {publish_every:g} s.")
        self.stdout.flush()
        try:
            scheduler(publish_every, stop)
        except KeyboardInterrupt:
            pass

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=float, default=float(os.environ.get("WORKER_POLL_INTERVAL", "0.5")),
                            help="Seconds between looks for new tasks when the queue is empty.")
        parser.add_argument("--publish-every", type=float,
                            default=float(os.environ.get("SCHEDULED_PUBLISH_INTERVAL", "60")),
                            help="Seconds between runs of Wagtail's scheduled publishing.")
        parser.add_argument("--once", action="store_true",
                            help="Enqueue (or, without a queue, run) scheduled publishing once and exit.")

    def handle(self, *args, interval, publish_every, once=False, **options):
        if publish_every <= 0:
            raise CommandError("--publish-every (SCHEDULED_PUBLISH_INTERVAL) must be more than 0 seconds.")
        if once:
            schedule_once(publish_every)
            return
        stop = threading.Event()
        if settings.TASKS_BACKEND != "database":
            schedule_once(publish_every)
            self.scheduling_only(publish_every, stop)
            return
        thread = threading.Thread(target=scheduler, args=(publish_every, stop), name="scheduler", daemon=True)
        thread.start()
        schedule_once(publish_every)
        started = time.monotonic()
        try:
            call_command("db_worker", interval=interval, queue_name="*", startup_delay=False, verbosity=1)
        finally:
            stop.set()
            logger.info("Worker stopped after %.0f s", time.monotonic() - started)
