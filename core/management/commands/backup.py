from django.core.management.base import BaseCommand

from core.backup import write_backup


class Command(BaseCommand):
    help = ("Write one archive with a consistent snapshot of the database and every media file, plus a "
            "manifest (README: Security and operations → Backup and restore).")

    def add_arguments(self, parser):
        parser.add_argument("archive", help="e.g. backups/emocni-2026-12-01.tar.gz (.tar for no compression)")
        parser.add_argument("--no-renditions", action="store_true",
                            help="leave out image renditions (made again on first view after a restore)")

    def handle(self, archive, no_renditions=False, **options):
        manifest = write_backup(archive, include_renditions=not no_renditions)
        counts = ", ".join(f"{key} {value}" for key, value in manifest["counts"].items())
        self.stdout.write(f"Wrote {archive}: {manifest['database']} database, {len(manifest['media'])} media "
                          f"files; {counts}.")
        if manifest["missing"]:
            self.stderr.write(f"{len(manifest['missing'])} files were deleted while the backup ran and are not in "
                              f"it: {', '.join(manifest['missing'][:5])}")
