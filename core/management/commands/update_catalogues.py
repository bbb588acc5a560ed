"""Update the gettext catalogues from the code and templates (a pure-Python `makemessages`).

    manage.py update_catalogues                 # write the .po files (pl and en)
    manage.py update_catalogues --fill-english  # also copy each English msgid into its empty msgstr
    manage.py update_catalogues --check         # write nothing; fail if a catalogue is out of date

After an update: translate the new entries (empty msgstr, or marked fuzzy when a close
translation was offered: check it and remove the `#, fuzzy` line), then run
`manage.py compile_translations`.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from core.catalogues.merge import update


def describe(key):
    context, msgid = key
    return f"[{context}] {msgid!r}" if context else repr(msgid)


class Command(BaseCommand):
    help = "Extract interface strings from templates and Python into the pl and en .po catalogues."

    def add_arguments(self, parser):
        parser.add_argument("--check", action="store_true",
                            help="Write nothing; list what is missing or obsolete and fail if anything is.")
        parser.add_argument("--fill-english", action="store_true",
                            help="Copy the msgid (English) into every untranslated English msgstr.")

    def handle(self, *args, check=False, fill_english=False, verbosity=1, **options):
        languages = [code for code, _name in settings.LANGUAGES]
        reports, warnings = update(settings.BASE_DIR, languages, write=not check, fill_english=fill_english)
        for warning in warnings:
            # Unreadable files always; calls with a variable instead of a literal only on request.
            if verbosity > 1 or (verbosity > 0 and "cannot be read" in warning):
                self.stderr.write(f"warning: {warning}")
        stale = []
        for report in reports:
            path = report.path.relative_to(settings.BASE_DIR)
            if report.out_of_date:
                stale.append(report)
            for label, keys in (("new", report.added), ("obsolete", report.removed),
                                ("plural changed", report.plural_changed)):
                if keys and (check or verbosity > 0):
                    self.stdout.write(f"{path}: {len(keys)} {label}")
                    for key in keys if (check or verbosity > 1) else ():
                        self.stdout.write(f"    {describe(key)}")
            if report.rewritten and not check and verbosity > 1:
                self.stdout.write(f"{path}: written")
        if check and stale:
            raise CommandError(
                f"{len(stale)} catalogue(s) out of date: run `manage.py update_catalogues` and translate the new entries."
            )
        if verbosity > 0:
            written = sum(report.rewritten for report in reports)
            action = "would change" if check else "written"
            self.stdout.write(f"{len(reports)} catalogue(s) checked, {written} {action}.")
