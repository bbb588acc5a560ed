from django.core.management.base import BaseCommand

from core.backup import restore_backup


class Command(BaseCommand):
    help = ("Restore an archive made by `manage.py backup` into an empty site (the database and the media), "
            "then migrate. Refuses a site with content unless --force.")

    def add_arguments(self, parser):
        parser.add_argument("archive")
        parser.add_argument("--force", action="store_true",
                            help="replace the database and overwrite media files of a site that is not empty")

    def handle(self, archive, force=False, **options):
        manifest = restore_backup(archive, force=force)
        counts = ", ".join(f"{key} {value}" for key, value in manifest["counts"].items())
        self.stdout.write(f"Restored {archive} (made {manifest['created']}): {counts}, "
                          f"{len(manifest['media'])} media files.")
