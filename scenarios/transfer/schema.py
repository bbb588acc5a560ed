"""The spreadsheet's columns and how a scenario page becomes a row of text cells.

Multi-value cells hold one item per line; plan steps are "minutes | name | what we do",
exercises "name | instructions", attachments "kind | file name | label on the page"."""

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Column:
    key: str
    field: str
    required: bool
    help: str


COLUMNS = [
    Column("id", "external_id", True, "stały identyfikator scenariusza, np. ZDR-001"),
    Column("tytul", "title", True, "tytuł strony"),
    Column("slug", "slug", False, "część adresu; puste: z tytułu"),
    Column("streszczenie", "summary", True, "dwa, trzy zdania"),
    Column("obszar", "area", True, "identyfikator lub nazwa obszaru, np. zdrowie"),
    Column("odbiorcy", "audiences", True, "identyfikatory lub nazwy grup, oddzielone średnikiem"),
    Column("forma", "format", True, "stacjonarne albo online"),
    Column("poziom", "level", True, "podstawowy, sredniozaawansowany albo zaawansowany"),
    Column("czas_godziny", "duration_hours", True, "od 0,5 do 44"),
    Column("grupa_od", "group_min", False, "liczba osób"),
    Column("grupa_do", "group_max", False, "liczba osób"),
    Column("cele", "objectives", True, "jeden cel w wierszu"),
    Column("wymagania", "prerequisites", False, "co uczestnicy powinni umieć"),
    Column("sprzet", "equipment", False, "jedna pozycja w wierszu"),
    Column("przebieg", "steps", False, "w wierszu: minuty | nazwa etapu | co robimy"),
    Column("cwiczenia", "exercises", False, "w wierszu: nazwa | polecenie"),
    Column("wskazowki", "trainer_tips", False, "jedna wskazówka w wierszu"),
    Column("dla_gluchych", "adaptation_deaf", False, "dostosowanie dla osób głuchych"),
    Column("dla_niewidomych", "adaptation_blind", False, "dostosowanie dla osób niewidomych i słabowidzących"),
    Column("link_online", "online_url", False, "adres materiału; wymagany dla formy online"),
    Column("autorzy", "authors", True, "osoby lub instytucje"),
    Column("licencja", "licence", False, "skrót licencji, np. CC BY 4.0; puste: CC BY 4.0 dla nowych"),
    Column("zalaczniki", "attachments", False, "w wierszu: rodzaj | nazwa pliku | nazwa na stronie"),
    Column("uwaga_redakcji", "editor_note", False, "widoczna tylko w panelu"),
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
