"""Delete proof-of-consent records older than the retention period.

The period is CONSENT_RECORD_RETENTION_DAYS (default 1095 days, three years: a decision lives
six months, and the records must outlast the time in which it could be questioned). Run it
daily, e.g. from cron: `python manage.py purge_consent_records`.
"""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from consent.models import ConsentRecord

DEFAULT_RETENTION_DAYS = 3 * 365


def retention_days():
    return getattr(settings, "CONSENT_RECORD_RETENTION_DAYS", DEFAULT_RETENTION_DAYS)


class Command(BaseCommand):
    help = "Delete consent records older than CONSENT_RECORD_RETENTION_DAYS (default 1095)."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, help="Retention in days for this run (overrides the setting).")
        parser.add_argument("--dry-run", action="store_true", help="Only count what would be deleted.")

    def handle(self, *args, days=None, dry_run=False, **options):
        days = retention_days() if days is None else days
        if not isinstance(days, int) or days < 1:
            raise CommandError(f"The retention period must be a whole number of days, at least 1 (got {days!r}).")
        cutoff = timezone.now() - datetime.timedelta(days=days)
        old = ConsentRecord.objects.filter(created_at__lt=cutoff)
        if dry_run:
            self.stdout.write(f"{old.count()} record(s) older than {days} days would be deleted.")
            return
        deleted, _ = old.delete()
        self.stdout.write(f"Deleted {deleted} consent record(s) older than {days} days (before {cutoff:%Y-%m-%d %H:%M %Z}).")
