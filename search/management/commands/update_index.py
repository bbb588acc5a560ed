"""`update_index`: Wagtail's own index (used by the admin's search) and the site search index.

This app comes before wagtail.search in INSTALLED_APPS, so this command takes the name and
runs Wagtail's command first.
"""

from django.core.management.base import BaseCommand
from wagtail.search.management.commands.update_index import Command as WagtailUpdateIndex

from search.indexer import rebuild


class Command(BaseCommand):
    help = "Rebuild Wagtail's search index and the site search index (Polish-aware)."

    def add_arguments(self, parser):
        WagtailUpdateIndex().add_arguments(parser)

    def handle(self, *args, **options):
        WagtailUpdateIndex(stdout=self.stdout, stderr=self.stderr).handle(*args, **options)
        count = rebuild()
        if options.get("verbosity", 1):
            self.stdout.write(f"Site search: {count} entries.")
