from django.core.management.base import BaseCommand

from core.models import CustomImage


class Command(BaseCommand):
    help = ("Remove personal metadata (GPS, camera serial, names, comments) from images stored before uploads "
            "were cleaned, and delete their renditions so they are made again from the clean file. Safe to run "
            "again: clean images are left alone.")

    def handle(self, **options):
        changed = 0
        for image in CustomImage.objects.iterator():
            if not image.file or not image.file.storage.exists(image.file.name):
                continue
            if image.strip_personal_metadata():
                image.file_size = image.file.size
                image.save(update_fields=["file", "file_size", "file_hash"])
                image.renditions.all().delete()
                changed += 1
            image.file.close()
        self.stdout.write(f"Cleaned {changed} image(s).")
