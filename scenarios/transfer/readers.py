"""Reading a spreadsheet into rows of text cells, whatever Polish office software produced it."""

import csv
import io
import zipfile
from dataclasses import dataclass

from core.validators import ZipExpansionError, check_zip_expansion

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
        where = f"wiersz {self.row}" if self.row else "plik"
        if self.column:
            where += f", kolumna „{self.column}”"
        return f"{where}: {self.message}"


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
            raise TableError([Problem(0, "", f"plik nie jest zapisany w kodowaniu {encoding} ({error}).")]) from None
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
        raise TableError([Problem(0, "", "nie rozpoznajemy kodowania pliku. Zapisz go jako „CSV UTF-8” "
                                         "albo CSV w kodowaniu Windows-1250.")]) from None
    suspicious = sorted({char for char in text if char in ISO_8859_2_AS_CP1250})
    if suspicious:
        raise TableError([Problem(0, "", "plik wygląda na zapisany w kodowaniu ISO-8859-2 (znaki "
                                         f"{' '.join(suspicious)} zamiast polskich liter). Zapisz go jako "
                                         "„CSV UTF-8” albo w kodowaniu Windows-1250.")])
    return text, "cp1250"


def sniff_delimiter(text):
    first = text.split("\n", 1)[0]
    counts = {delimiter: first.count(delimiter) for delimiter in (";", ",", "\t")}
    return max(counts, key=counts.get) if any(counts.values()) else ","


def read_csv(data, encoding=None):
    text, _used = decode(data, encoding)
    if "\x00" in text:
        raise TableError([Problem(0, "", "plik zawiera znaki binarne; to nie jest plik CSV.")])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(text))
    try:
        return [list(row) for _n, row in zip(range(MAX_ROWS + 2), reader, strict=False)]
    except csv.Error as error:
        raise TableError([Problem(reader.line_num, "", f"nie da się odczytać pliku CSV ({error}).")]) from None


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
        raise TableError([Problem(0, "", f"to nie jest poprawny plik XLSX ({error}).")]) from None
    except ZipExpansionError:
        raise TableError([Problem(0, "", "plik XLSX po rozpakowaniu byłby ogromny (wygląda na bombę ZIP); "
                                         "zapisz arkusz jeszcze raz albo jako CSV.")]) from None
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        raise TableError([Problem(0, "", f"to nie jest poprawny plik XLSX ({error}).")]) from None
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
        raise TableError([Problem(0, "", "obsługujemy pliki .csv i .xlsx.")])
    rows = [[cell.replace("\r\n", "\n").replace("\r", "\n") for cell in row] for row in rows]
    if len(rows) > MAX_ROWS + 1:
        raise TableError([Problem(0, "", f"plik ma więcej niż {MAX_ROWS} wierszy; podziel go na części.")])
    if not rows or not any(cell.strip() for cell in rows[0]):
        raise TableError([Problem(1, "", "pierwszy wiersz musi zawierać nazwy kolumn.")])
    return rows
