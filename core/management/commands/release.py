"""`manage.py release` (`make release`): the once-per-deploy step, separate from serving.

Migrate, collect static files, compile translations, update the search index. Run it on one
machine before the new code starts serving; the old servers keep serving while it runs:
- migrations must be additive for one release (add columns and tables, remove them in the next);
- collectstatic adds the new hashed files and never deletes the old ones the old servers link to;
- a compiled catalogue is rewritten only when its .po is newer (Django's compilemessages);
- the search index is rebuilt inside one transaction, so a search never sees it half empty.
Running it twice changes nothing (tests/core/test_release.py, tests/cluster/test_release.py).
"""

import contextlib
import time

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction


class Command(BaseCommand):
    help = "Migrate, collect static files, compile translations and update the search index (once per deploy)."

    def add_arguments(self, parser):
        parser.add_argument("--skip-index", action="store_true", help="Leave the search index as it is.")

    def step(self, title, function):
        started = time.monotonic()
        self.stdout.write(f"release: {title}...")
        function()
        self.stdout.write(f"release: {title} done in {time.monotonic() - started:.1f} s")

    def handle(self, *args, skip_index=False, verbosity=1, **options):
        quiet = {"verbosity": max(0, verbosity - 1), "stdout": self.stdout, "stderr": self.stderr}
        self.step("migrate", lambda: call_command("migrate", interactive=False, **quiet))
        self.step("collectstatic", lambda: call_command("collectstatic", interactive=False, **quiet))
        self.step("compile translations", lambda: self.compile_translations(quiet))
        if not skip_index:
            self.step("search index", self.update_index)
        self.stdout.write(self.style.SUCCESS("release: done"))

    def compile_translations(self, quiet):
        # compilemessages walks the current folder for locale/ folders: the project's, not the caller's;
        # '.*' keeps it out of .venv (installed packages ship compiled catalogues), .tools and .git.
        with contextlib.chdir(settings.BASE_DIR):
            call_command("compilemessages", ignore_patterns=[".*", "node_modules"], **quiet)

    def update_index(self):
        with transaction.atomic():
            call_command("update_index", verbosity=0, stdout=self.stdout, stderr=self.stderr)
