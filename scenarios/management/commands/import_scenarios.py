from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from scenarios.models import ScenarioIndexPage
from scenarios.transfer.run import default_index, may_publish, run_import
from scenarios.transfer.schema import COLUMNS


class Command(BaseCommand):
    help = ("Import training scenarios from CSV (UTF-8, UTF-8 with BOM, Windows-1250) or XLSX. Every row is "
            "checked first; nothing is written unless all rows are valid. Columns: "
            + ", ".join(column.key for column in COLUMNS) + ".")

    def add_arguments(self, parser):
        parser.add_argument("file", help="the .csv or .xlsx file")
        parser.add_argument("--files", help="a ZIP archive or a folder with the files named in the 'zalaczniki' column")
        parser.add_argument("--index", type=int, help="id of the catalogue page (default: the Polish catalogue)")
        parser.add_argument("--encoding", help="force the CSV encoding, e.g. cp1250 or iso-8859-2")
        parser.add_argument("--dry-run", action="store_true", help="check and report, write nothing")
        parser.add_argument("--as-drafts", action="store_true",
                            help="publish nothing: save drafts and submit them to the moderation workflow")
        parser.add_argument("--user", help="username of the importing editor: owner of the new scenarios and files; "
                            "drafts are forced when this user may not publish")

    def handle(self, *args, **options):
        # The problems are translated as they are found. Django runs a command with no language
        # activated, which gettext treats as settings.LANGUAGE_CODE; saying so here keeps the report
        # in the site's main language (Polish) whatever the caller had active (call_command in a test
        # or after a request). The command's own summary lines stay English, for operators.
        with translation.override(settings.LANGUAGE_CODE):
            self.import_file(options)

    def import_file(self, options):
        index = (ScenarioIndexPage.objects.filter(pk=options["index"]).first() if options["index"]
                 else default_index())
        if index is None:
            raise CommandError("No scenario catalogue page found (create one or pass --index).")
        user = None
        if options["user"]:
            user = get_user_model().objects.filter(**{get_user_model().USERNAME_FIELD: options["user"]}).first()
            if user is None:
                raise CommandError(f"No user named {options['user']!r}.")
        as_drafts = options["as_drafts"] or not may_publish(index, user)
        try:
            with open(options["file"], "rb") as handle:
                data = handle.read()
        except OSError as error:
            raise CommandError(f"Cannot read {options['file']}: {error}") from None
        result, counts = run_import(index, data, options["file"], options["files"], options["encoding"],
                                    user=user, dry_run=options["dry_run"], as_drafts=as_drafts)
        if result.problems:
            for problem in result.problems:
                self.stderr.write(str(problem))
            raise CommandError(f"{len(result.problems)} problem(s) found; nothing was imported.")
        verb = "would be" if options["dry_run"] else "were"
        if as_drafts and not options["dry_run"]:
            verb = "were saved as drafts for moderation and"
        self.stdout.write(self.style.SUCCESS(
            f"{counts['create']} new, {counts['update']} updated, {counts['unchanged']} unchanged scenario(s) "
            f"{verb} imported into “{index.title}”."))
