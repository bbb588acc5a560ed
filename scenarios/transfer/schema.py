"""The spreadsheet's columns and how a scenario page becomes a row of text cells.

Multi-value cells hold one item per line; plan steps are "minutes | name | what we do",
exercises "name | instructions", attachments "kind | file name | label on the page"."""

from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Column:
    key: str  # the column's name in the file: part of the format, never translated
    field: str
    required: bool
    help: str  # a lazy translation: shown in the admin's column table and in "missing column" problems


COLUMNS = [
    Column("id", "external_id", True, _("the scenario's permanent identifier, e.g. ZDR-001")),
    Column("tytul", "title", True, _("the page's title")),
    Column("slug", "slug", False, _("part of the address; empty: from the title")),
    Column("streszczenie", "summary", True, _("two or three sentences")),
    Column("obszar", "area", True, _("identifier or name of the area, e.g. zdrowie")),
    Column("odbiorcy", "audiences", True, _("identifiers or names of the groups, separated by semicolons")),
    Column("forma", "format", True, _("stacjonarne or online")),
    Column("poziom", "level", True, _("podstawowy, sredniozaawansowany or zaawansowany")),
    Column("czas_godziny", "duration_hours", True, _("from 0.5 to 44")),
    Column("grupa_od", "group_min", False, _("number of people")),
    Column("grupa_do", "group_max", False, _("number of people")),
    Column("cele", "objectives", True, _("one objective per line")),
    Column("wymagania", "prerequisites", False, _("what the participants should be able to do")),
    Column("sprzet", "equipment", False, _("one item per line")),
    Column("przebieg", "steps", False, _("per line: minutes | stage name | what we do")),
    Column("cwiczenia", "exercises", False, _("per line: name | instructions")),
    Column("wskazowki", "trainer_tips", False, _("one tip per line")),
    Column("dla_gluchych", "adaptation_deaf", False, _("adaptation for deaf people")),
    Column("dla_niewidomych", "adaptation_blind", False, _("adaptation for blind and partially sighted people")),
    Column("link_online", "online_url", False, _("the material's address; required for the online format")),
    Column("autorzy", "authors", True, _("people or institutions")),
    Column("licencja", "licence", False, _("the licence's short name, e.g. CC BY 4.0; empty: CC BY 4.0 for new ones")),
    Column("zalaczniki", "attachments", False, _("per line: kind | file name | name on the page")),
    Column("uwaga_redakcji", "editor_note", False, _("visible only in the admin")),
]
BY_KEY = {column.key: column for column in COLUMNS}
LINE_FIELDS = ("objectives", "equipment", "trainer_tips")
TEXT_FIELDS = ("title", "slug", "summary", "prerequisites", "adaptation_deaf", "adaptation_blind", "online_url",
               "authors", "editor_note")
DANGEROUS_START = ("=", "+", "-", "@", "\t", "\r")


def normal_lines(text):
    return "\n".join(line.strip() for line in (text or "").splitlines() if line.strip())


def normal_text(text):
    return "\n".join(line.rstrip() for line in (text or "").strip().splitlines())


def hours_text(value):
    """1.50 -> "1,5": the decimal comma Polish spreadsheets expect."""
    return f"{Decimal(value).normalize():f}".replace(".", ",")


def file_name(document):
    return document.file.name.rsplit("/", 1)[-1]


def page_values(page, attachments=None, audiences=None):
    """The page in the importer's cleaned form: comparable with what a row would set."""
    attachments = list(page.attachments.select_related("document")) if attachments is None else attachments
    audiences = list(page.audiences.all()) if audiences is None else audiences
    values = {name: normal_text(getattr(page, name)) for name in TEXT_FIELDS}
    values.update({name: normal_lines(getattr(page, name)) for name in LINE_FIELDS})
    values.update({
        "area": page.area_id, "level": page.level_id, "format": page.format, "licence": page.licence_id,
        "audiences": sorted(audience.pk for audience in audiences),
        "duration_hours": Decimal(page.duration_hours).normalize(),
        "group_min": page.group_min, "group_max": page.group_max,
        "steps": [(b.value["minutes"], b.value["title"], b.value.get("description") or "") for b in page.steps],
        "exercises": [(b.value["title"], b.value["instructions"]) for b in page.exercises],
        "attachments": [(a.kind, ("id", a.document_id), a.label) for a in attachments],
    })
    return values


def page_row(page, taxonomy_slugs, licence_labels):
    """{column key: text} for the export."""
    attachments = list(page.attachments.all())
    row = {
        "id": page.external_id, "tytul": page.title, "slug": page.slug, "streszczenie": page.summary,
        "obszar": taxonomy_slugs["area"].get(page.area_id, ""),
        "odbiorcy": "; ".join(taxonomy_slugs["audience"].get(a.pk, "") for a in page.audiences.all()),
        "forma": page.format, "poziom": taxonomy_slugs["level"].get(page.level_id, ""),
        "czas_godziny": hours_text(page.duration_hours),
        "grupa_od": "" if page.group_min is None else str(page.group_min),
        "grupa_do": "" if page.group_max is None else str(page.group_max),
        "cele": page.objectives, "wymagania": page.prerequisites, "sprzet": page.equipment,
        "przebieg": "\n".join(
            " | ".join(part for part in (str(b.value["minutes"]), b.value["title"], b.value.get("description") or "")
                       if part) for b in page.steps),
        "cwiczenia": "\n".join(f"{b.value['title']} | {b.value['instructions']}" for b in page.exercises),
        "wskazowki": page.trainer_tips, "dla_gluchych": page.adaptation_deaf, "dla_niewidomych": page.adaptation_blind,
        "link_online": page.online_url, "autorzy": page.authors,
        "licencja": licence_labels.get(page.licence_id, ""),
        "zalaczniki": "\n".join(
            " | ".join([a.kind, file_name(a.document)] + ([a.label] if a.label else [])) for a in attachments),
        "uwaga_redakcji": page.editor_note,
    }
    return row


def neutralise(text):
    """A cell a spreadsheet would run as a formula gets a leading apostrophe (OWASP advice). Text
    that itself starts with apostrophes before such a character gets one more, because the
    importer (cells.unformula) takes exactly one away: export and import stay a faithful round trip."""
    return "'" + text if text.lstrip("'").startswith(DANGEROUS_START) else text
