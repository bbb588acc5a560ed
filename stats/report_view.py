"""The shape both statistics reports share: a period form in the query string, a table, and the
same rows as CSV or XLSX through Wagtail's SpreadsheetExportMixin (whose cells security/
spreadsheets.py neutralises, so a title such as =HYPERLINK(…) stays text in a spreadsheet)."""

from django.http import HttpResponse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.admin.views.mixins import SpreadsheetExportMixin

from stats.periods import PeriodForm

# Every report's rows end with the same counts: today, this month, in total and in the chosen period.
COUNTS = ("count_today", "count_month", "count_total", "count_period")


class PeriodReportView(SpreadsheetExportMixin, WagtailAdminTemplateMixin, TemplateView):
    # A report names its own columns ({field: heading}) and what its counts count: the headings
    # of today's, this month's and the total count, and of the period's (with %(period)s).
    columns = {}
    count_headings = ()
    period_heading = _("Downloads in the chosen period: %(period)s")

    @property
    def list_export(self):
        return [*self.columns, *COUNTS]

    @property
    def export_headings(self):
        return {**self.columns, **dict(zip(COUNTS[:3], self.count_headings, strict=True))}

    def get_rows(self, period):
        raise NotImplementedError

    @cached_property
    def form(self):
        return PeriodForm(self.request.GET)

    @cached_property
    def show_export_buttons(self):
        return self.form.is_valid()

    def get_heading(self, queryset, field):
        if field == "count_period":
            return str(self.period_heading) % {"period": self.period.label}
        return super().get_heading(queryset, field)

    def get(self, request, *args, **kwargs):
        if not self.form.is_valid():
            if self.is_export:
                messages = [str(error) for errors in self.form.errors.values() for error in errors]
                text = _gettext("The report was not made: %(problems)s") % {"problems": " ".join(messages)}
                return HttpResponse(text, status=400, content_type="text/plain; charset=utf-8")
            return self.render_to_response(self.get_context_data(rows=[]), status=400)
        self.period = self.form.cleaned_data["period_value"]
        rows = self.get_rows(self.period)
        if self.is_export:
            return self.as_spreadsheet(rows, request.GET.get("export"))
        return self.render_to_response(self.get_context_data(rows=rows))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(form=self.form, period=getattr(self, "period", None), view=self)
        return context
