"""Export: the catalogue as CSV (UTF-8 with BOM, semicolons: Polish Excel opens it as is) or
XLSX, and all attachment files as one ZIP, named as the "zalaczniki" column names them."""

import csv
import io
import zipfile

from publications.models import Licence
from scenarios.models import Audience, Level, ScenarioPage, ThematicArea
from scenarios.transfer.schema import COLUMNS, file_name, neutralise, page_row


def catalogue_pages(index):
    return (ScenarioPage.objects.child_of(index).order_by("external_id", "pk")
            .prefetch_related("audiences", "attachments__document"))


def rows(index):
    slugs = {
        "area": dict(ThematicArea.objects.values_list("pk", "slug")),
        "audience": dict(Audience.objects.values_list("pk", "slug")),
        "level": dict(Level.objects.values_list("pk", "slug")),
    }
    licences = dict(Licence.objects.values_list("pk", "short_label"))
    for page in catalogue_pages(index):
        row = page_row(page, slugs, licences)
        yield [neutralise(row[column.key]) for column in COLUMNS]


def header():
    return [column.key for column in COLUMNS]


def to_csv(index):
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(header())
    writer.writerows(rows(index))
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def to_xlsx(index):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook(write_only=True)
    sheet = book.create_sheet("scenariusze")
    for position, column in enumerate(COLUMNS):
        width = 14 if column.key in ("id", "forma", "czas_godziny", "grupa_od", "grupa_do") else 40
        sheet.column_dimensions[_letter(position)].width = width
    bold = Font(bold=True)
    sheet.append([_cell(sheet, name, font=bold) for name in header()])
    wrap = Alignment(wrap_text=True, vertical="top")
    for row in rows(index):
        sheet.append([_cell(sheet, value, alignment=wrap) for value in row])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _letter(position):
    from openpyxl.utils import get_column_letter

    return get_column_letter(position + 1)


def _cell(sheet, value, font=None, alignment=None):
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=value)
    cell.data_type = "s"  # text, never a formula, whatever it starts with
    if font:
        cell.font = font
    if alignment:
        cell.alignment = alignment
    return cell


def attachments_zip(index, target):
    """Every attachment file of the catalogue into `target` (a path or a binary file)."""
    written = set()
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for page in catalogue_pages(index):
            for attachment in page.attachments.all():
                name = file_name(attachment.document)
                if name in written:
                    continue
                try:
                    with attachment.document.file.open("rb") as handle:
                        archive.writestr(name, handle.read())
                except (FileNotFoundError, OSError):
                    continue
                written.add(name)
    return len(written)
