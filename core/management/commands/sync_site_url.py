"""Point the default Wagtail Site record at SITE_URL (run at every start and release)."""

from django.core.management.base import BaseCommand

from core.site_url import sync_default_site


class Command(BaseCommand):
    help = "Set the default Site's hostname and port from the SITE_URL setting."

    def handle(self, *args, **options):
        result = sync_default_site()
        if result is None:
            self.stdout.write("No default Site yet: nothing to do (the demo loader creates it from SITE_URL).")
            return
        old, new = result
        if old != new:
            self.stdout.write(f"Site record: {old} -> {new}")
        elif options["verbosity"] > 1:
            self.stdout.write(f"Site record already {new}")
