from django.core.management.base import BaseCommand
from wagtail.documents import get_document_model


class Command(BaseCommand):
    help = "Check documents' files for accessibility (tags, language, title, text, fonts; headings in DOCX/ODT)."

    def add_arguments(self, parser):
        parser.add_argument("--all", action="store_true", help="Check again files already checked.")

    def handle(self, *args, **options):
        documents = get_document_model().objects.all()
        if not options["all"]:
            documents = documents.filter(accessibility_problems__isnull=True)
        checked = with_problems = 0
        for document in documents.iterator():
            problems = document.check_accessibility()
            type(document).objects.filter(pk=document.pk).update(accessibility_problems=problems)
            checked += problems is not None
            with_problems += bool(problems)
        self.stdout.write(f"Checked {checked} file(s); {with_problems} with problems.")
