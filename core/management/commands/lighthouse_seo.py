"""Lighthouse's SEO score for one page of every shape, against a running site (`make lighthouse`).

Lighthouse (npm, pinned in the Makefile, installed in .tools/) drives Debian's chromium; it takes
about 20 s a page, too slow for the test suite, whose tests/core/test_seo.py checks the tags
themselves on every page.
"""

import json
import os
import subprocess
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

LIGHTHOUSE = Path(settings.BASE_DIR) / ".tools" / "lighthouse" / "node_modules" / ".bin" / "lighthouse"
CHROME_FLAGS = "--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update"


def page_shapes():
    from home.models import StandardPage
    from publications.models import HandbookChapterPage, PublicationPage
    from scenarios.models import ScenarioPage
    from webinars.models import WebinarPage

    def first(model, **filters):
        page = model.objects.live().public().filter(locale__language_code="pl", **filters).order_by("path").first()
        return page.url if page else None

    return [
        ("home", "/"),
        ("home (en)", "/en/"),
        ("about", first(StandardPage, depth=3)),
        ("publication", first(PublicationPage, handbookpage__isnull=True)),
        ("handbook chapter", first(HandbookChapterPage)),
        ("webinar", first(WebinarPage)),
        ("catalogue", "/scenariusze/"),
        ("scenario", first(ScenarioPage)),
        ("search (noindex on purpose)", "/szukaj/?q=partnerstwo"),
    ]


class Command(BaseCommand):
    help = "Print Lighthouse's SEO score for each page shape of the running site at SITE_URL (or --base)."

    def add_arguments(self, parser):
        parser.add_argument("--base", default=settings.SITE_URL, help="The running site's address.")
        parser.add_argument("--chrome", default=os.environ.get("CHROME_PATH", "/usr/bin/chromium"))

    def handle(self, *args, base, chrome, **options):
        if not LIGHTHOUSE.exists():
            raise CommandError("Lighthouse is not installed: run `make lighthouse` (it installs it in .tools/).")
        failures = 0
        for shape, path in page_shapes():
            if path is None:
                self.stdout.write(f"{shape:30} (no such page in this database)")
                continue
            with tempfile.NamedTemporaryFile(suffix=".json") as report:
                result = subprocess.run(
                    [str(LIGHTHOUSE), base.rstrip("/") + path, "--only-categories=seo", "--output=json",
                     f"--output-path={report.name}", "--quiet", f"--chrome-flags={CHROME_FLAGS}"],
                    env={**os.environ, "CHROME_PATH": chrome}, capture_output=True, text=True, timeout=180,
                )
                if result.returncode != 0:
                    raise CommandError(f"Lighthouse failed on {path}: {result.stderr[-500:]}")
                data = json.loads(Path(report.name).read_text())
            category = data["categories"]["seo"]
            failed = [ref["id"] for ref in category["auditRefs"]
                      if ref["weight"] and data["audits"][ref["id"]]["score"] not in (None, 1)]
            score = round(category["score"] * 100)
            failures += score < 100 and not shape.startswith("search")
            self.stdout.write(f"{shape:30} {score:3}  {path}" + (f"  failing: {', '.join(failed)}" if failed else ""))
        if failures:
            raise CommandError(f"{failures} page shape(s) below 100.")
