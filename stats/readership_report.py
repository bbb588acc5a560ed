"""Admin report "Readership": views per page (counted by the beacon, stats.beacon) today, this
month, all time and in the chosen period. Only pages read at least once are listed."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from stats.models import DailyPageViewCount
from stats.periods import count_sums
from stats.report_view import PeriodReportView


@dataclass
class PageRow:
    page: object
    language: str
    count_today: int
    count_month: int
    count_total: int
    count_period: int

    @property
    def title(self):
        return self.page.title

    @property
    def url_path(self):
        return self.page.get_url() or ""


def page_rows(period, limit=None):
    totals = (
        DailyPageViewCount.objects.values("page_id", "language")
        .annotate(**count_sums("", period))
        .order_by("-count_period", "-count_total", "page_id", "language")
    )
    if limit is not None:
        totals = totals.filter(count_period__gt=0)[:limit]
    totals = list(totals)
    pages = Page.objects.filter(id__in={row["page_id"] for row in totals}).in_bulk()
    return [
        PageRow(page=pages[row["page_id"]], language=row["language"], count_today=row["count_today"],
                count_month=row["count_month"], count_total=row["count_total"], count_period=row["count_period"])
        for row in totals if row["page_id"] in pages
    ]


class ReadershipReportView(PeriodReportView):
    page_title = _("Readership")
    header_icon = "view"
    template_name = "stats/admin/readership_report.html"
    export_filename = "czytelnictwo"
    period_heading = _("Views in the chosen period: %(period)s")
    columns = {"title": _("Page"), "url_path": _("Address"), "language": _("Language")}
    count_headings = (_("Views today"), _("Views this month"), _("Views in total"))

    def get_rows(self, period):
        return page_rows(period)
