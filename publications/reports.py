"""Admin report: downloads per file and per publication, with totals over time."""

import csv
import datetime

from django.db.models import Q, Sum
from django.db.models.functions import TruncMonth
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone

from core.models import DailyDownloadCount
from publications.models import PublicationFile, PublicationPage
from security.spreadsheets import neutralise_cell


def download_report_rows():
    today = timezone.localdate()
    last_30 = today - datetime.timedelta(days=29)
    this_year = today.replace(month=1, day=1)
    files = (
        PublicationFile.objects.select_related("document", "page")
        .annotate(
            total=Sum("document__daily_downloads__count"),
            last_30=Sum("document__daily_downloads__count", filter=Q(document__daily_downloads__day__gte=last_30)),
            this_year=Sum("document__daily_downloads__count", filter=Q(document__daily_downloads__day__gte=this_year)),
        )
        .order_by("page__title", "sort_order")
    )
    publications = {}
    for file in files:
        entry = publications.setdefault(
            file.page_id, {"page": file.page, "files": [], "total": 0, "last_30": 0, "this_year": 0}
        )
        entry["files"].append(file)
        for key in ("total", "last_30", "this_year"):
            entry[key] += getattr(file, key) or 0
    return sorted(publications.values(), key=lambda e: -e["total"])


def monthly_totals(months=12):
    start = (timezone.localdate().replace(day=1) - datetime.timedelta(days=31 * (months - 1))).replace(day=1)
    document_ids = PublicationFile.objects.values("document_id")
    rows = (
        DailyDownloadCount.objects.filter(day__gte=start, document_id__in=document_ids)
        .annotate(month=TruncMonth("day"))
        .values("month")
        .annotate(total=Sum("count"))
        .order_by("month")
    )
    return [(row["month"], row["total"]) for row in rows]


def download_report(request):
    rows = download_report_rows()
    if request.GET.get("format") == "csv":
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="pobrania-publikacji.csv"'
        writer = csv.writer(response)
        writer.writerow(["publikacja", "plik", "razem", "ostatnie 30 dni", "ten rok"])
        for entry in rows:
            for file in entry["files"]:
                writer.writerow([neutralise_cell(entry["page"].title), neutralise_cell(str(file)),
                                 file.total or 0, file.last_30 or 0, file.this_year or 0])
        return response
    return TemplateResponse(
        request,
        "publications/admin/download_report.html",
        {
            "page_title": "Pobrania publikacji",
            "header_icon": "download",
            "rows": rows,
            "months": monthly_totals(),
            "publication_count": PublicationPage.objects.count(),
        },
    )
