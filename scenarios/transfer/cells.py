"""Turning one cell's text into a value, or a message saying what is wrong with it. The messages
are English msgids translated when the cell is checked: editors read them in the admin in their
own admin language, operators in the command's output (Polish, settings.LANGUAGE_CODE)."""

import re
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_slug
from django.utils.formats import get_format
from django.utils.translation import gettext, gettext_lazy, ngettext

from scenarios.models.scenario import ATTACHMENT_KINDS, MAX_HOURS, MIN_HOURS
from scenarios.transfer.schema import DANGEROUS_START, normal_lines, normal_text
from search.normalise import fold

EXTERNAL_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$")
HOURS = re.compile(r"^\d{1,3}(?:[.,]\d{1,2})?$")
FORMATS = {"stacjonarne": "stacjonarne", "stacjonarna": "stacjonarne", "stationary": "stacjonarne",
           "online": "online"}
KINDS = {**{key: key for key, _label in ATTACHMENT_KINDS}, "karta pracy": "karta-pracy", "slajdy": "prezentacja"}
UNKNOWN = {"area": gettext_lazy("unknown area “%(value)s”."),
           "audience": gettext_lazy("unknown audience “%(value)s”."),
           "level": gettext_lazy("unknown level “%(value)s”.")}


class CellError(Exception):
    pass


def unformula(raw):
    """The cell's text; a cell that a spreadsheet would run as a formula is refused. A leading
    apostrophe (how our export and spreadsheets mark literal text) is removed."""
    if raw.startswith("'") and raw.lstrip("'").startswith(DANGEROUS_START):
        return raw[1:]
    stripped = raw.lstrip(" ")
    if stripped.startswith(("=", "@", "\t")) or re.match(r"^[+-][^\s\d.,]", stripped):
        raise CellError(gettext("the cell starts with “%(start)s”, like a spreadsheet formula (“%(text)s”). "
                                "We do not import formulas: remove this character or put an apostrophe before it.")
                        % {"start": stripped[:1], "text": stripped[:30]})
    return raw


def text(raw, required=False, max_length=None):
    value = normal_text(raw)
    if required and not value:
        raise CellError(gettext("this field is required."))
    if max_length and len(value) > max_length:
        raise CellError(ngettext("at most %(max)s character (it has %(count)s).",
                                 "at most %(max)s characters (it has %(count)s).", max_length)
                        % {"max": max_length, "count": len(value)})
    return value


def lines(raw, required=False):
    value = normal_lines(raw)
    if required and not value:
        raise CellError(gettext("enter at least one item (one per line)."))
    return value


def external_id(raw):
    value = raw.strip()
    if not EXTERNAL_ID.match(value):
        raise CellError(gettext("identifier: letters, digits, full stop, hyphen or underscore, at most 40 "
                                "characters (e.g. ZDR-001)."))
    return value


def slug(raw):
    value = raw.strip()
    if value:
        try:
            validate_slug(value)
        except ValidationError:
            raise CellError(gettext("slug: only lowercase letters without Polish characters, digits and hyphens.")) from None
    return value


def lookup_key(value):
    return fold(value.strip()).replace("-", " ").replace("_", " ")


def choice(raw, known, what):
    """known: {lookup_key: id}; a slug or a name, in any case, with or without Polish letters.
    what: "area", "audience" or "level" (a key of UNKNOWN)."""
    value = raw.strip()
    if not value:
        raise CellError(gettext("this field is required."))
    key = lookup_key(value)
    if key not in known:
        raise CellError(str(UNKNOWN[what]) % {"value": value})
    return known[key]


def many(raw, known, what):
    parts = [part for part in re.split(r"[;\n]", raw) if part.strip()]
    if not parts:
        raise CellError(gettext("choose at least one value (separate them with semicolons)."))
    return sorted({choice(part, known, what) for part in parts})


def format_value(raw):
    value = FORMATS.get(lookup_key(raw))
    if value is None:
        raise CellError(gettext("format: “stacjonarne” or “online”."))
    return value


def local_decimal(number):
    """0.5 → "0,5" with Polish active ("0.5" in English), 12 → "12"."""
    return f"{Decimal(number).normalize():f}".replace(".", get_format("DECIMAL_SEPARATOR"))


def hours(raw):
    value = raw.strip()
    if not HOURS.match(value):
        raise CellError(gettext("duration in hours, e.g. 2 or 1.5."))
    number = Decimal(value.replace(",", "."))
    if not MIN_HOURS <= number <= MAX_HOURS:
        # The language's decimal separator (a comma in Polish) in the numbers only: the sentence keeps its full stop.
        raise CellError(gettext("duration from %(min)s to %(max)s hours.")
                        % {"min": local_decimal(MIN_HOURS), "max": local_decimal(MAX_HOURS)})
    return number.normalize()


def count(raw):
    value = raw.strip()
    if not value:
        return None
    try:
        number = int(Decimal(value.replace(",", ".")))
    except (InvalidOperation, ValueError):
        raise CellError(gettext("number of people, e.g. 8.")) from None
    if not 1 <= number <= 500 or Decimal(value.replace(",", ".")) != number:
        raise CellError(gettext("number of people: a whole number from 1 to 500."))
    return number


def steps(raw):
    found = []
    for number, line in enumerate(normal_lines(raw).splitlines(), start=1):
        parts = [part.strip() for part in line.split("|", 2)]
        if len(parts) < 2 or not parts[0].isdigit() or not 1 <= int(parts[0]) <= 600 or not parts[1]:
            raise CellError(gettext("line %(line)s: enter “minutes | stage name | what we do” (minutes from 1 to 600).")
                            % {"line": number})
        if len(parts[1]) > 200 or len(parts[2] if len(parts) > 2 else "") > 1500:
            raise CellError(gettext("line %(line)s: name up to 200 characters, description up to 1500.")
                            % {"line": number})
        found.append((int(parts[0]), parts[1], parts[2] if len(parts) > 2 else ""))
    return found


def exercises(raw):
    found = []
    for number, line in enumerate(normal_lines(raw).splitlines(), start=1):
        parts = [part.strip() for part in line.split("|", 1)]
        if len(parts) < 2 or not parts[0] or not parts[1]:
            raise CellError(gettext("line %(line)s: enter “exercise name | instructions”.") % {"line": number})
        if len(parts[0]) > 200 or len(parts[1]) > 1500:
            raise CellError(gettext("line %(line)s: name up to 200 characters, instructions up to 1500.")
                            % {"line": number})
        found.append((parts[0], parts[1]))
    return found


def url(raw):
    value = raw.strip()
    if value:
        try:
            URLValidator(schemes=["http", "https"])(value)
        except ValidationError:
            raise CellError(gettext("this is not a web address (http:// or https://): “%(value)s”.")
                            % {"value": value[:60]}) from None
    return value


def attachments(raw):
    """[(kind, file name, label)]."""
    found = []
    for number, line in enumerate(normal_lines(raw).splitlines(), start=1):
        parts = [part.strip() for part in line.split("|", 2)]
        if len(parts) < 2 or not parts[1]:
            raise CellError(gettext("line %(line)s: enter “kind | file name | name on the page”.") % {"line": number})
        kind = KINDS.get(parts[0].lower())
        if kind is None:
            allowed = ", ".join(key for key, _label in ATTACHMENT_KINDS)
            raise CellError(gettext("line %(line)s: unknown file kind “%(kind)s” (allowed: %(allowed)s).")
                            % {"line": number, "kind": parts[0], "allowed": allowed})
        name = parts[1]
        if "/" in name or "\\" in name or name.startswith("."):
            raise CellError(gettext("line %(line)s: give the file name alone, without folders: “%(name)s”.")
                            % {"line": number, "name": name})
        label = parts[2] if len(parts) > 2 else ""
        if len(label) > 200:
            raise CellError(gettext("line %(line)s: name on the page up to 200 characters.") % {"line": number})
        found.append((kind, name, label))
    return found
