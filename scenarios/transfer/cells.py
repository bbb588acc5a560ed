"""Turning one cell's text into a value, or a message saying what is wrong with it (in Polish:
the messages are for editors, who read them in the admin and in the command's output)."""

import re
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_slug

from scenarios.models.scenario import ATTACHMENT_KINDS, MAX_HOURS, MIN_HOURS
from scenarios.transfer.schema import DANGEROUS_START, normal_lines, normal_text
from search.normalise import fold

EXTERNAL_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$")
HOURS = re.compile(r"^\d{1,3}(?:[.,]\d{1,2})?$")
FORMATS = {"stacjonarne": "stacjonarne", "stacjonarna": "stacjonarne", "stationary": "stacjonarne",
           "online": "online"}
KINDS = {**{key: key for key, _label in ATTACHMENT_KINDS}, "karta pracy": "karta-pracy", "slajdy": "prezentacja"}


class CellError(Exception):
    pass


def unformula(raw):
    """The cell's text; a cell that a spreadsheet would run as a formula is refused. A leading
    apostrophe (how our export and spreadsheets mark literal text) is removed."""
    if raw.startswith("'") and raw.lstrip("'").startswith(DANGEROUS_START):
        return raw[1:]
    stripped = raw.lstrip(" ")
    if stripped.startswith(("=", "@", "\t")) or re.match(r"^[+-][^\s\d.,]", stripped):
        raise CellError(f"komórka zaczyna się od „{stripped[:1]}”, jak formuła arkusza "
                        f"(„{stripped[:30]}”). Formuł nie importujemy: usuń ten znak albo poprzedź go apostrofem.")
    return raw


def text(raw, required=False, max_length=None):
    value = normal_text(raw)
    if required and not value:
        raise CellError("pole jest wymagane.")
    if max_length and len(value) > max_length:
        raise CellError(f"najwyżej {max_length} znaków (jest {len(value)}).")
    return value


def lines(raw, required=False):
    value = normal_lines(raw)
    if required and not value:
        raise CellError("wpisz co najmniej jedną pozycję (jedna w wierszu).")
    return value


def external_id(raw):
    value = raw.strip()
    if not EXTERNAL_ID.match(value):
        raise CellError("identyfikator: litery, cyfry, kropka, minus lub podkreślenie, najwyżej 40 znaków "
                        "(np. ZDR-001).")
    return value


def slug(raw):
    value = raw.strip()
    if value:
        try:
            validate_slug(value)
        except ValidationError:
            raise CellError("slug: tylko małe litery bez polskich znaków, cyfry i minus.") from None
    return value


def lookup_key(value):
    return fold(value.strip()).replace("-", " ").replace("_", " ")


def choice(raw, known, what):
    """known: {lookup_key: id}; a slug or a name, in any case, with or without Polish letters."""
    value = raw.strip()
    if not value:
        raise CellError("pole jest wymagane.")
    key = lookup_key(value)
    if key not in known:
        raise CellError(f"nieznany {what} „{value}”.")
    return known[key]


def many(raw, known, what):
    parts = [part for part in re.split(r"[;\n]", raw) if part.strip()]
    if not parts:
        raise CellError("wybierz co najmniej jedną wartość (oddzielaj je średnikiem).")
    return sorted({choice(part, known, what) for part in parts})


def format_value(raw):
    value = FORMATS.get(lookup_key(raw))
    if value is None:
        raise CellError("forma: „stacjonarne” albo „online”.")
    return value


def polish_decimal(number):
    """0.5 → "0,5", 12 → "12"."""
    return f"{Decimal(number).normalize():f}".replace(".", ",")


def hours(raw):
    value = raw.strip()
    if not HOURS.match(value):
        raise CellError("czas trwania w godzinach, np. 2 albo 1,5.")
    number = Decimal(value.replace(",", "."))
    if not MIN_HOURS <= number <= MAX_HOURS:
        # Polish decimal commas in the numbers only: the sentence keeps its full stop.
        raise CellError(f"czas trwania od {polish_decimal(MIN_HOURS)} do {polish_decimal(MAX_HOURS)} godzin.")
    return number.normalize()


def count(raw):
    value = raw.strip()
    if not value:
        return None
    try:
        number = int(Decimal(value.replace(",", ".")))
    except (InvalidOperation, ValueError):
        raise CellError("liczba osób, np. 8.") from None
    if not 1 <= number <= 500 or Decimal(value.replace(",", ".")) != number:
        raise CellError("liczba osób: całkowita, od 1 do 500.")
    return number


def steps(raw):
    found = []
    for number, line in enumerate(normal_lines(raw).splitlines(), start=1):
        parts = [part.strip() for part in line.split("|", 2)]
        if len(parts) < 2 or not parts[0].isdigit() or not 1 <= int(parts[0]) <= 600 or not parts[1]:
            raise CellError(f"linia {number}: wpisz „minuty | nazwa etapu | co robimy” (minuty od 1 do 600).")
        if len(parts[1]) > 200 or len(parts[2] if len(parts) > 2 else "") > 1500:
            raise CellError(f"linia {number}: nazwa do 200 znaków, opis do 1500.")
        found.append((int(parts[0]), parts[1], parts[2] if len(parts) > 2 else ""))
    return found


def exercises(raw):
    found = []
    for number, line in enumerate(normal_lines(raw).splitlines(), start=1):
        parts = [part.strip() for part in line.split("|", 1)]
        if len(parts) < 2 or not parts[0] or not parts[1]:
            raise CellError(f"linia {number}: wpisz „nazwa ćwiczenia | polecenie”.")
        if len(parts[0]) > 200 or len(parts[1]) > 1500:
            raise CellError(f"linia {number}: nazwa do 200 znaków, polecenie do 1500.")
        found.append((parts[0], parts[1]))
    return found


def url(raw):
    value = raw.strip()
    if value:
        try:
            URLValidator(schemes=["http", "https"])(value)
        except ValidationError:
            raise CellError(f"to nie jest adres strony (http:// lub https://): „{value[:60]}”.") from None
    return value


def attachments(raw):
    """[(kind, file name, label)]."""
    found = []
    for number, line in enumerate(normal_lines(raw).splitlines(), start=1):
        parts = [part.strip() for part in line.split("|", 2)]
        if len(parts) < 2 or not parts[1]:
            raise CellError(f"linia {number}: wpisz „rodzaj | nazwa pliku | nazwa na stronie”.")
        kind = KINDS.get(parts[0].lower())
        if kind is None:
            allowed = ", ".join(key for key, _label in ATTACHMENT_KINDS)
            raise CellError(f"linia {number}: nieznany rodzaj pliku „{parts[0]}” (dozwolone: {allowed}).")
        name = parts[1]
        if "/" in name or "\\" in name or name.startswith("."):
            raise CellError(f"linia {number}: podaj samą nazwę pliku, bez folderów: „{name}”.")
        label = parts[2] if len(parts) > 2 else ""
        if len(label) > 200:
            raise CellError(f"linia {number}: nazwa na stronie do 200 znaków.")
        found.append((kind, name, label))
    return found
