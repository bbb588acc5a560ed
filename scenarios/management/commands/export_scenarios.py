from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from scenarios.models import ScenarioIndexPage
from scenarios.transfer import exporter
from scenarios.transfer.run import default_index


class Command(BaseCommand):
    help = "Export the scenario catalogue to CSV or XLSX (by the file's extension), optionally with a ZIP of files."

    def add_arguments(self, parser):
        parser.add_argument("file", help="where to write: a .csv or .xlsx path")
        parser.add_argument("--files", help="also write all attachment files into this ZIP")
        parser.add_argument("--index", type=int, help="id of the catalogue page (default: the Polish catalogue)")

    def handle(self, *args, **options):
        index = (ScenarioIndexPage.objects.filter(pk=options["index"]).first() if options["index"]
                 else default_index())
        if index is None:
            raise CommandError("No scenario catalogue page found.")
        target = Path(options["file"])
        if target.suffix.lower() == ".xlsx":
            data = exporter.to_xlsx(index)
        elif target.suffix.lower() == ".csv":
            data = exporter.to_csv(index)
        else:
            raise CommandError("The file name must end in .csv or .xlsx.")
        target.write_bytes(data)
        message = f"Wrote {target}."
        if options["files"]:
            count = exporter.attachments_zip(index, options["files"])
            message += f" {count} file(s) in {options['files']}."
        self.stdout.write(self.style.SUCCESS(message))
