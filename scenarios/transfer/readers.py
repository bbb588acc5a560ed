"""Reading a spreadsheet into rows of text cells, whatever Polish office software produced it, and its
header row into column positions. The problems are translated as they are found (the reader's language)."""

import csv
import io
import zipfile
from dataclasses import dataclass

from django.utils.translation import gettext, ngettext

from core.validators import ZipExpansionError, check_zip_expansion
from scenarios.transfer.schema import BY_KEY, COLUMNS
from search.normalise import fold

MAX_ROWS = 5000
MAX_CELL = 20_000
# What Windows-1250 makes of the bytes ISO-8859-2 uses for ą ś ź Ą Ś Ź: a file in the other
# of the two encodings would quietly turn Polish letters into these symbols.
ISO_8859_2_AS_CP1250 = "±¶ľˇ¦¬"


@dataclass
class Problem:
    row: int  # 1 = the header row, as the spreadsheet numbers it; 0 = the file as a whole
    column: str
    message: str

    def __str__(self):
        where = gettext("row %(row)s") % {"row": self.row} if self.row else gettext("file")
        if self.column:
            where = gettext("%(where)s, column “%(column)s”") % {"where": where, "column": self.column}
        return gettext("%(where)s: %(message)s") % {"where": where, "message": self.message}


class TableError(Exception):
    def __init__(self, problems):
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = problems


def decode(data, encoding=None):
    """(text, encoding name) of a CSV file; TableError if the encoding is not one we accept."""
    if encoding:
        try:
            return data.decode(encoding), encoding
        except (LookupError, UnicodeDecodeError) as error:
            raise TableError([Problem(0, "", gettext("the file is not saved in the %(encoding)s encoding (%(error)s).")
                                      % {"encoding": encoding, "error": error})]) from None
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1250")
    except UnicodeDecodeError:
        raise TableError([Problem(0, "", gettext("we do not recognise the file's encoding. Save it as “CSV UTF-8” "
                                                 "or as CSV in the Windows-1250 encoding."))]) from None
    suspicious = sorted({char for char in text if char in ISO_8859_2_AS_CP1250})
    if suspicious:
        raise TableError([Problem(0, "", gettext(
            "the file looks saved in the ISO-8859-2 encoding (the characters %(characters)s instead of Polish "
            "letters). Save it as “CSV UTF-8” or in the Windows-1250 encoding.") % {"characters": " ".join(suspicious)})])
    return text, "cp1250"


def sniff_delimiter(text):
    first = text.split("\n", 1)[0]
    counts = {delimiter: first.count(delimiter) for delimiter in (";", ",", "\t")}
    return max(counts, key=counts.get) if any(counts.values()) else ","


def read_csv(data, encoding=None):
    text, _used = decode(data, encoding)
    if "\x00" in text:
        raise TableError([Problem(0, "", gettext("the file contains binary characters; it is not a CSV file."))])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(text))
    try:
        return [list(row) for _n, row in zip(range(MAX_ROWS + 2), reader, strict=False)]
    except csv.Error as error:
        raise TableError([Problem(reader.line_num, "", gettext("the CSV file cannot be read (%(error)s).")
                                   % {"error": error})]) from None


def cell_text(value):
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def read_xlsx(data):
    from openpyxl import load_workbook

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            check_zip_expansion(archive)  # before openpyxl unpacks the shared strings into memory
    except zipfile.BadZipFile as error:
        raise TableError([Problem(0, "", gettext("this is not a valid XLSX file (%(error)s).") % {"error": error})]) from None
    except ZipExpansionError:
        raise TableError([Problem(0, "", gettext("the XLSX file would be huge once unpacked (it looks like a ZIP "
                                                 "bomb); save the sheet again or as CSV."))]) from None
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        raise TableError([Problem(0, "", gettext("this is not a valid XLSX file (%(error)s).") % {"error": error})]) from None
    try:
        sheet = book.worksheets[0]
        rows = []
        for row in sheet.iter_rows(values_only=True):
            rows.append([cell_text(value) for value in row])
            if len(rows) > MAX_ROWS + 1:
                break
        return rows
    finally:
        book.close()


def read_table(data, filename, encoding=None):
    """[[cell, …], …] from a .csv or .xlsx file's bytes; the first row is the header."""
    name = filename.lower()
    if name.endswith(".xlsx"):
        rows = read_xlsx(data)
    elif name.endswith((".csv", ".txt")):
        rows = read_csv(data, encoding)
    else:
        raise TableError([Problem(0, "", gettext("we accept .csv and .xlsx files."))])
    rows = [[cell.replace("\r\n", "\n").replace("\r", "\n") for cell in row] for row in rows]
    if len(rows) > MAX_ROWS + 1:
        raise TableError([Problem(0, "", ngettext(
            "the file has more than %(count)s row; split it into parts.",
            "the file has more than %(count)s rows; split it into parts.", MAX_ROWS) % {"count": MAX_ROWS})])
    if not rows or not any(cell.strip() for cell in rows[0]):
        raise TableError([Problem(1, "", gettext("the first row must hold the column names."))])
    return rows


def header_key(cell):
    return fold(cell.strip()).replace(" ", "_").replace("-", "_")


def read_header(header, problems):
    """{column key: position} of the header row; what is wrong with it goes to `problems`."""
    positions = {}
    for position, cell in enumerate(header):
        key = header_key(cell)
        if not key:
            continue
        if key not in BY_KEY:
            message = gettext("unknown column. Allowed: %(columns)s.") % {"columns": ", ".join(BY_KEY)}
            problems.append(Problem(1, cell.strip(), message))
        elif key in positions:
            problems.append(Problem(1, key, gettext("the column appears twice.")))
        else:
            positions[key] = position
    for column in COLUMNS:
        if column.required and column.key not in positions:
            message = gettext("missing required column (%(contents)s).") % {"contents": column.help}
            problems.append(Problem(1, column.key, message))
    return positions
