"""Purge every cached page (the app's store and the edge): after a deploy that changes templates,
translations or settings, none of which is a database change the signals see."""

from django.core.management.base import BaseCommand

from core.page_cache.invalidation import purge_all


class Command(BaseCommand):
    help = "Purge the whole page cache: a new content version and a BAN to each EDGE_PURGE_URLS."

    def handle(self, *args, **options):
        purge_all("purge_page_cache command")
        self.stdout.write("Page cache purged.")
