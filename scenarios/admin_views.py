"""Admin: import scenarios from a spreadsheet (check first, then write) and export the catalogue."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from scenarios.transfer import exporter
from scenarios.transfer.run import default_index, run_import
from scenarios.transfer.schema import COLUMNS

ENCODINGS = [("", _("detect it (UTF-8 or Windows-1250)")), ("utf-8", "UTF-8"),
             ("cp1250", "Windows-1250"), ("iso-8859-2", "ISO-8859-2")]


class ImportForm(forms.Form):
    table = forms.FileField(label=_("Spreadsheet of scenarios"), help_text=_("A .csv or .xlsx file; the first row holds the column names (as in the export)."))
    files = forms.FileField(label=_("Attachment files (ZIP)"), required=False,
                            help_text=_("An archive of the files named in the “zalaczniki” column. Files already in the document library may be left out."))
    encoding = forms.ChoiceField(label=_("Encoding of the CSV file"), choices=ENCODINGS, required=False)
    dry_run = forms.BooleanField(label=_("Only check, save nothing"), required=False, initial=True)

    def clean_table(self):
        table = self.cleaned_data["table"]
        if not table.name.lower().endswith((".csv", ".xlsx")):
            raise forms.ValidationError(_("Choose a .csv or .xlsx file."))
        return table


def import_summary(counts):
    """"2 new scenarios, 1 changed, 5 unchanged": each number with its own plural form (Polish has
    three: 1 nowy scenariusz, 2 nowe scenariusze, 5 nowych scenariuszy)."""
    return ", ".join([
        ngettext("%(count)s new scenario", "%(count)s new scenarios", counts["create"]) % {"count": counts["create"]},
        ngettext("%(count)s changed", "%(count)s changed", counts["update"]) % {"count": counts["update"]},
        ngettext("%(count)s unchanged", "%(count)s unchanged", counts["unchanged"]) % {"count": counts["unchanged"]},
    ])


IMPORT_PERMISSION = "scenarios.import_scenarios"


def catalogue_or_404(request):
    index = default_index()
    if index is None:
        messages.error(request, "Najpierw utwórz stronę katalogu scenariuszy.")
    return index


def import_view(request):
    index = catalogue_or_404(request)
    if index is None:
        return redirect("wagtailadmin_home")
    # Importing creates and changes many scenarios at once: only the site administrators' role
    # (core/migrations/0006_editorial_roles.py) has this permission.
    if not request.user.has_perm(IMPORT_PERMISSION):
        raise PermissionDenied
    form = ImportForm(request.POST or None, request.FILES or None)
    result = counts = None
    if request.method == "POST" and form.is_valid():
        table = form.cleaned_data["table"]
        result, counts = run_import(
            index, table.read(), table.name, form.cleaned_data["files"], form.cleaned_data["encoding"] or None,
            user=request.user, dry_run=form.cleaned_data["dry_run"],
        )
        if counts and not form.cleaned_data["dry_run"]:
            messages.success(request, gettext("Imported: %(summary)s.") % {"summary": import_summary(counts)})
            return redirect("scenarios_import")
    return TemplateResponse(request, "scenarios/admin/import.html", {
        "page_title": gettext("Scenario import"), "header_icon": "upload", "form": form, "result": result,
        "counts": counts, "columns": COLUMNS, "index": index, "summary": import_summary(counts) if counts else "",
    })


def export_view(request):
    if not request.user.has_perm(IMPORT_PERMISSION):
        raise PermissionDenied
    index = catalogue_or_404(request)
    if index is None:
        return redirect("wagtailadmin_home")
    kind = request.GET.get("format", "csv")
    stamp = timezone.localdate().isoformat()
    if kind == "xlsx":
        response = HttpResponse(exporter.to_xlsx(index),
                                content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    elif kind == "zip":
        response = HttpResponse(content_type="application/zip")
        exporter.attachments_zip(index, response)
    else:
        kind = "csv"
        response = HttpResponse(exporter.to_csv(index), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="scenariusze-{stamp}.{kind}"'
    return response
