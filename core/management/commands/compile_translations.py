"""Compile the gettext catalogues (.po -> .mo) with polib.

Django's compilemessages needs GNU gettext on the machine; polib comes with our Python
dependencies, so a fresh machine can build the catalogues with nothing else installed.
"""

from pathlib import Path

import polib
from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Compile the project's gettext catalogues (locale/ and each app's locale/) into .mo files."

    def handle(self, *args, **options):
        count = unchanged = 0
        # Only the project's own apps: installed packages ship compiled catalogues.
        app_locales = [
            Path(app.path) / "locale"
            for app in apps.get_app_configs()
            if Path(app.path).parent == Path(settings.BASE_DIR)
        ]
        for locale_path in [*settings.LOCALE_PATHS, *app_locales]:
            for po_path in sorted(Path(locale_path).glob("*/LC_MESSAGES/*.po")):
                mo_path = po_path.with_suffix(".mo")
                compiled = polib.pofile(str(po_path)).to_binary()
                # Unchanged catalogues are not rewritten: a release run twice touches no file.
                if mo_path.exists() and mo_path.read_bytes() == compiled:
                    unchanged += 1
                    continue
                mo_path.write_bytes(compiled)
                count += 1
        self.stdout.write(f"Compiled {count} catalogue(s)" + (f", {unchanged} unchanged." if unchanged else "."))
