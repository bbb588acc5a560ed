"""Admin report "Downloads": every document once, wherever it is linked (publications, scenarios,
webinar materials, any page), with the pages that link it and their languages, and the downloads
counted by core.downloads today, this month, all time and in the chosen period.

A file is one file: a download is counted per document and day, not per language. A document's
languages are those of the pages that link it (the Polish handbook linked from the English page
is one file, listed once, with both languages)."""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.documents import get_document_model

from stats.periods import count_sums
from stats.references import languages_of, pages_linking_documents
from stats.report_view import PeriodReportView


@dataclass
class DocumentRow:
    document: object
    pages: list = field(default_factory=list)
    languages: list = field(default_factory=list)
    count_today: int = 0
    count_month: int = 0
    count_total: int = 0
    count_period: int = 0

    @property
    def title(self):
        return self.document.title

    @property
    def file_name(self):
        return self.document.filename

    @property
    def pages_text(self):
        return "; ".join(f"{page.title} ({page.locale.language_code})" for page in self.pages)

    @property
    def languages_text(self):
        return ", ".join(self.languages)


def document_rows(period):
    documents = (
        get_document_model().objects.annotate(**count_sums("daily_downloads", period))
        .order_by("-count_period", "-count_total", "title", "id")
    )
    documents = list(documents)
    linking = pages_linking_documents([document.id for document in documents])
    rows = []
    for document in documents:
        pages = linking.get(document.id, [])
        rows.append(DocumentRow(
            document=document, pages=pages, languages=languages_of(pages),
            count_today=document.count_today, count_month=document.count_month,
            count_total=document.count_total, count_period=document.count_period,
        ))
    return rows


class DownloadReportView(PeriodReportView):
    page_title = pgettext_lazy("statistics report", "Downloads")
    header_icon = "download"
    template_name = "stats/admin/download_report.html"
    export_filename = "pobrania"
    columns = {
        "title": _("File"),
        "file_name": _("File name"),
        "pages_text": _("Linked from (language)"),
        "languages_text": _("Languages"),
    }
    count_headings = (_("Downloads today"), _("Downloads this month"), _("Downloads in total"))

    def get_rows(self, period):
        return document_rows(period)
