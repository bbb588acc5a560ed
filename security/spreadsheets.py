"""CSV and XLSX exports never hand a spreadsheet a formula (CSV/formula injection).

A cell whose text starts with =, +, -, @, a tab or a carriage return is run as a formula by
Excel and LibreOffice; a title such as =HYPERLINK("http://…") then becomes a live link, or
worse. Report exports put an apostrophe in front of such text (OWASP's advice: spreadsheets
show it as literal text), and XLSX cells are also typed as text. Numbers and dates stay as they
are. This covers every report: ours call neutralise_cell, and Wagtail's own exports (page
reports, site history, form submissions, snippet listings such as the consent records) go
through SpreadsheetExportMixin, which apps.py wraps with it.

The scenario export/import is a round trip, not a report: scenarios/transfer uses the same rule
and its importer removes the apostrophe again (scenarios/transfer/cells.py).
"""

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(value):
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def patch_wagtail_exports():
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    if getattr(SpreadsheetExportMixin, "_formulas_neutralised", False):
        return
    original = SpreadsheetExportMixin.preprocess_field_value

    def preprocess_field_value(self, field, value, export_format):
        return neutralise_cell(original(self, field, value, export_format))

    SpreadsheetExportMixin.preprocess_field_value = preprocess_field_value
    SpreadsheetExportMixin._formulas_neutralised = True
