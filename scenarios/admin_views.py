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

from scenarios import import_staging
from scenarios.transfer import exporter
from scenarios.transfer.run import default_index, may_publish, run_import
from scenarios.transfer.schema import COLUMNS

ENCODINGS = [("", _("detect it (UTF-8 or Windows-1250)")), ("utf-8", "UTF-8"),
             ("cp1250", "Windows-1250"), ("iso-8859-2", "ISO-8859-2")]


class ImportForm(forms.Form):
    """One form, two buttons: "Check the file" (nothing written) and "Import" (check and write)."""

    table = forms.FileField(label=_("Spreadsheet of scenarios"), help_text=_("A .csv or .xlsx file; the first row holds the column names (as in the export)."))
    files = forms.FileField(label=_("Attachment files (ZIP)"), required=False,
                            help_text=_("An archive of the files named in the “zalaczniki” column. Files already in the document library may be left out."))
    encoding = forms.ChoiceField(label=_("Encoding of the CSV file"), choices=ENCODINGS, required=False)
    as_drafts = forms.BooleanField(
        label=_("Save as drafts and submit for moderation"), required=False,
        help_text=_("Nothing is published: new and changed scenarios wait for a moderator's approval. "
                    "Always so when you may not publish scenarios yourself."))

    def __init__(self, *args, may_publish=True, **kwargs):
        super().__init__(*args, **kwargs)
        if not may_publish:
            self.fields["as_drafts"].initial = True
            self.fields["as_drafts"].disabled = True

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
        messages.error(request, _("Create the scenario catalogue page first."))
    return index


def import_view(request):
    index = catalogue_or_404(request)
    if index is None:
        return redirect("wagtailadmin_home")
    # Importing creates and changes many scenarios at once: only the site administrators' role
    # (core/migrations/0006_editorial_roles.py) has this permission.
    if not request.user.has_perm(IMPORT_PERMISSION):
        raise PermissionDenied
    if request.method == "POST" and "staged" in request.POST:
        return import_staged(request, index)
    publisher = may_publish(index, request.user)
    form = ImportForm(request.POST or None, request.FILES or None, may_publish=publisher)
    result = counts = staged = None
    if request.method == "POST" and form.is_valid():
        table = form.cleaned_data["table"]
        check_only = request.POST.get("action") != "import"
        as_drafts = form.cleaned_data["as_drafts"] or not publisher
        data = table.read()
        result, counts = run_import(
            index, data, table.name, form.cleaned_data["files"], form.cleaned_data["encoding"] or None,
            user=request.user, dry_run=check_only, as_drafts=as_drafts,
        )
        if counts and not check_only:
            return imported(request, counts, as_drafts)
        if counts:  # checked and valid: keep the files so that "Importuj teraz" needs no second upload
            staged = import_staging.stage(request.user, table.name, data, form.cleaned_data["files"],
                                          form.cleaned_data["encoding"])
            form = ImportForm(initial={"as_drafts": as_drafts}, may_publish=publisher)
    return render_import(request, index, form, result, counts, staged, as_drafts=form["as_drafts"].value())


def imported(request, counts, as_drafts):
    messages.success(request, gettext("Imported: %(summary)s.") % {"summary": import_summary(counts)})
    if as_drafts:
        messages.info(request, _("The scenarios were saved as drafts and submitted for "
                             "moderation; visitors see them once a moderator approves."))
    return redirect("scenarios_import")


def import_staged(request, index):
    """ "Importuj teraz" after a successful check: the staged files, checked again and written.
    Drafts as chosen on the checked form (a hidden field); a user who may not publish gets drafts anyway."""
    publisher = may_publish(index, request.user)
    as_drafts = request.POST.get("as_drafts") == "1" or not publisher
    try:
        name, data, files, encoding, key = import_staging.unstage(request.POST["staged"], request.user)
    except import_staging.StagingError:
        messages.error(request, _("The checked file is no longer available (an hour has passed or it was already "
                                  "imported). Choose the file and check it again."))
        return render_import(request, index, ImportForm(may_publish=publisher), None, None, None, status=400)
    try:
        result, counts = run_import(index, data, name, files, encoding or None, user=request.user,
                                    as_drafts=as_drafts)
    finally:
        if files is not None:
            files.close()
    if counts:
        import_staging.discard(key)
        return imported(request, counts, as_drafts)
    # The catalogue changed since the check (e.g. a slug taken meanwhile): show what is wrong now.
    return render_import(request, index, ImportForm(may_publish=publisher), result, None, None)


def render_import(request, index, form, result, counts, staged, status=200, as_drafts=False):
    return TemplateResponse(request, "scenarios/admin/import.html", {
        "page_title": gettext("Scenario import"), "header_icon": "upload", "form": form, "result": result,
        "counts": counts, "columns": COLUMNS, "index": index, "staged": staged, "staged_as_drafts": bool(as_drafts),
        "summary": import_summary(counts) if counts else "",
    }, status=status)


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
