"""Import: every row is checked first, and nothing is written unless every row is right.

Rows are matched on the external id (column "id") among the scenarios of one catalogue:
a known id updates that scenario (a new published revision; unpublished ones get a draft),
an unknown one creates it. A row that would change nothing is left alone.

As drafts (`as_drafts`; always for a user who may not publish in the catalogue) nothing is
published: every new or changed scenario gets a draft revision and is submitted to the pages'
moderation workflow, so a moderator approves it before visitors see it. New scenarios and the
files the import adds belong to the importing user; the files go to the "Scenariusze" collection."""

import hashlib
import io
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.translation import gettext
from wagtail.models import Collection

from core.models import CustomDocument
from core.moderation import submit_for_moderation
from core.validators import FORMAT_LABELS, validate_document_content
from publications.models import Licence
from scenarios.models import Audience, Level, ScenarioAttachment, ScenarioPage, ThematicArea
from scenarios.slugs import slug_for
from scenarios.transfer import cells
from scenarios.transfer.files import NoFiles, SourceError
from scenarios.transfer.readers import Problem, read_header
from scenarios.transfer.schema import BY_KEY, LINE_FIELDS, TEXT_FIELDS, file_name, page_values

DEFAULT_LICENCE = "cc by 4.0"
FILES_COLLECTION = "Scenariusze"


@dataclass
class Plan:
    row: int
    external_id: str
    page: ScenarioPage | None
    values: dict
    action: str  # create, update, unchanged


@dataclass
class Result:
    plans: list = field(default_factory=list)
    problems: list = field(default_factory=list)

    def count(self, action):
        return sum(1 for plan in self.plans if plan.action == action)


def lookup(model, locale_id):
    items = list(model.objects.filter(locale_id=locale_id)) or list(model.objects.filter(locale__language_code="pl"))
    known = {}
    for item in items:
        known[cells.lookup_key(item.slug)] = known[cells.lookup_key(item.name)] = item.pk
    return known


class Importer:
    def __init__(self, index, files=None):
        self.index, self.files = index, files or NoFiles()
        self.known = {"area": lookup(ThematicArea, index.locale_id), "audience": lookup(Audience, index.locale_id),
                      "level": lookup(Level, index.locale_id)}
        self.licences = {}
        # Translated licences share the short label: the catalogue's own language wins.
        for licence in sorted(Licence.objects.all(), key=lambda item: item.locale_id == index.locale_id):
            self.licences[cells.lookup_key(licence.short_label)] = self.licences[cells.lookup_key(licence.name)] = licence.pk
        pages = ScenarioPage.objects.child_of(index).prefetch_related("audiences", "attachments__document")
        self.pages = {page.external_id: page for page in pages}
        self.slugs = dict(index.get_children().values_list("slug", "pk"))
        self.file_refs = {}  # name -> ("id", document id) or ("new", name)
        self.file_data = {}

    # Checking -------------------------------------------------------------------------

    def check(self, rows):
        result = Result()
        positions = read_header(rows[0], result.problems)
        names = [name for row in rows[1:] for _k, name, _l in self.lenient_attachments(row, positions)]
        self.library = {file_name(doc): doc.pk for doc in CustomDocument.objects.filter(
            file__in=[f"documents/{name}" for name in set(names)])}
        seen_ids, used_slugs = {}, {}
        for number, row in enumerate(rows[1:], start=2):
            if not any(cell.strip() for cell in row):
                continue
            if len(row) > len(rows[0]) and any(cell.strip() for cell in row[len(rows[0]):]):
                result.problems.append(Problem(number, "", gettext("the row has more cells than the header.")))
            plan = self.check_row(number, row, positions, result.problems, seen_ids, used_slugs)
            if plan:
                result.plans.append(plan)
        if not result.plans and not result.problems:
            result.problems.append(Problem(0, "", gettext("the file contains no scenario.")))
        return result

    def lenient_attachments(self, row, positions):
        position = positions.get("zalaczniki")
        if position is None or position >= len(row):
            return []
        try:
            return cells.attachments(row[position])
        except cells.CellError:
            return []

    def check_row(self, number, row, positions, problems, seen_ids, used_slugs):
        raw, parsed, before = {}, {}, len(problems)
        for key, position in positions.items():
            try:
                raw[key] = cells.unformula(row[position] if position < len(row) else "")
            except cells.CellError as error:
                problems.append(Problem(number, key, str(error)))
        parsers = {
            "id": cells.external_id, "tytul": lambda v: cells.text(v, True, 255), "slug": cells.slug,
            "streszczenie": lambda v: cells.text(v, True), "obszar": lambda v: cells.choice(v, self.known["area"], "area"),
            "odbiorcy": lambda v: cells.many(v, self.known["audience"], "audience"), "forma": cells.format_value,
            "poziom": lambda v: cells.choice(v, self.known["level"], "level"), "czas_godziny": cells.hours,
            "grupa_od": cells.count, "grupa_do": cells.count, "cele": lambda v: cells.lines(v, True),
            "wymagania": cells.text, "sprzet": cells.lines, "przebieg": cells.steps, "cwiczenia": cells.exercises,
            "wskazowki": cells.lines, "dla_gluchych": cells.text, "dla_niewidomych": cells.text, "link_online": cells.url,
            "autorzy": lambda v: cells.text(v, True, 300), "licencja": self.licence, "zalaczniki": cells.attachments,
            "uwaga_redakcji": cells.text,
        }
        for key, value in raw.items():
            try:
                parsed[BY_KEY[key].field] = parsers[key](value)
            except cells.CellError as error:
                problems.append(Problem(number, key, str(error)))
        ext_id = parsed.get("external_id")
        if ext_id is None:
            return None
        if ext_id in seen_ids:
            message = gettext("the identifier “%(id)s” is repeated (also in row %(row)s).")
            problems.append(Problem(number, "id", message % {"id": ext_id, "row": seen_ids[ext_id]}))
            return None
        seen_ids[ext_id] = number
        page = self.pages.get(ext_id)
        values = page_values(page, list(page.attachments.all())) if page else self.new_values()
        current = dict(values)
        values.update({name: value for name, value in parsed.items()
                       if name not in ("external_id", "attachments") and not (name == "licence" and value is None)})
        if values["licence"] is None:
            values["licence"] = self.licences.get(DEFAULT_LICENCE)
        self.check_slug(number, page, values, parsed, used_slugs, problems)
        self.check_rules(number, values, problems)
        if "attachments" in parsed:
            values["attachments"] = self.attachment_refs(number, page, parsed["attachments"], problems)
        if len(problems) > before:
            return None
        action = "create" if page is None else ("unchanged" if values == current else "update")
        return Plan(number, ext_id, page, values, action)

    def new_values(self):
        values = {name: "" for name in (*TEXT_FIELDS, *LINE_FIELDS)}
        values.update({"area": None, "level": None, "format": "stacjonarne", "licence": None, "audiences": [],
                       "duration_hours": None, "group_min": None, "group_max": None, "steps": [], "exercises": [],
                       "attachments": []})
        return values

    def licence(self, value):
        if not value.strip():
            return None
        key = cells.lookup_key(value)
        if key not in self.licences:
            raise cells.CellError(gettext("unknown licence “%(licence)s”; add it in the admin first (Snippets → "
                                          "Licences).") % {"licence": value.strip()})
        return self.licences[key]

    def check_slug(self, number, page, values, parsed, used_slugs, problems):
        own = page.pk if page else None
        if parsed.get("slug"):
            slug = parsed["slug"]
            if self.slugs.get(slug, own) != own or used_slugs.get(slug, number) != number:
                message = gettext("another page in the catalogue already has the address “%(slug)s”.")
                problems.append(Problem(number, "slug", message % {"slug": slug}))
        elif page is None:
            base = slug = slug_for(values["title"]) or "scenariusz"
            suffix = 2
            while slug in self.slugs or slug in used_slugs:
                slug, suffix = f"{base}-{suffix}", suffix + 1
        else:
            slug = page.slug
        values["slug"] = slug
        used_slugs[slug] = number

    def check_rules(self, number, values, problems):
        if values["format"] == "online" and not values["online_url"]:
            problems.append(Problem(number, "link_online", gettext("an online training needs the material's address.")))
        if values["group_min"] and values["group_max"] and values["group_min"] > values["group_max"]:
            problems.append(Problem(number, "grupa_do", gettext("the group's upper limit is lower than its lower limit.")))
        if values["licence"] is None:
            problems.append(Problem(number, "licencja", gettext("give a licence (the database has no CC BY 4.0).")))

    def attachment_refs(self, number, page, items, problems):
        own = {file_name(a.document): a.document_id for a in page.attachments.all()} if page else {}
        refs = []
        for kind, name, label in items:
            try:
                ref = self.file_ref(name, own)
            except (cells.CellError, SourceError) as error:
                problems.append(Problem(number, "zalaczniki", str(error)))
                continue
            refs.append((kind, ref, label))
        return refs

    def file_ref(self, name, own):
        if self.files.has(name):
            if name not in self.file_refs:
                self.file_refs[name] = self.read_file(name)
            return self.file_refs[name]
        if name in own:
            return ("id", own[name])
        if name in self.library:
            return ("id", self.library[name])
        raise cells.CellError(gettext("there is no file “%(name)s” in the document library or among the uploaded "
                                      "files (%(searched)s).") % {"name": name, "searched": self.files.description})

    def read_file(self, name):
        extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
        if extension not in FORMAT_LABELS:
            raise cells.CellError(gettext("file “%(name)s”: the allowed formats are %(formats)s.")
                                  % {"name": name, "formats": ", ".join(sorted(FORMAT_LABELS))})
        data = self.files.read(name)
        try:
            validate_document_content(io.BytesIO(data), extension)
        except ValidationError as error:
            message = gettext("file “%(name)s”: %(errors)s") % {"name": name, "errors": " ".join(error.messages)}
            raise cells.CellError(message) from None
        same = CustomDocument.objects.filter(file_hash=hashlib.sha1(data).hexdigest()).values_list("pk", flat=True)
        if same:
            return ("id", same[0])
        self.file_data[name] = data
        return ("new", name)

    # Writing --------------------------------------------------------------------------

    @transaction.atomic
    def apply(self, result, user=None, as_drafts=False):
        if result.problems:
            raise ValueError("The import has problems; nothing was written.")
        documents = {}
        collection = (Collection.objects.filter(depth=2, name=FILES_COLLECTION).first()
                      or Collection.get_first_root_node())
        for name, data in self.file_data.items():
            document = CustomDocument(title=name.rsplit(".", 1)[0].replace("-", " ").replace("_", " "),
                                      file=ContentFile(data, name=name), collection=collection,
                                      uploaded_by_user=user)
            document.file_hash = hashlib.sha1(data).hexdigest()
            document.save()
            documents[name] = document.pk
        audiences = {audience.pk: audience for audience in Audience.objects.all()}
        for plan in result.plans:
            if plan.action == "unchanged":
                continue
            page = plan.page.specific if plan.page else ScenarioPage(external_id=plan.external_id, live=False,
                                                                     owner=user)
            self.fill(page, plan.values, documents, audiences)
            if plan.page is None:
                self.index.add_child(instance=page)
                self.slugs[page.slug] = page.pk
            revision = page.save_revision(user=user, log_action=True)
            if as_drafts:
                submit_for_moderation(page, user)
            elif page.live or plan.page is None:
                revision.publish(user=user)
        return {action: result.count(action) for action in ("create", "update", "unchanged")}

    def fill(self, page, values, documents, audiences):
        for name in (*TEXT_FIELDS, *LINE_FIELDS, "format", "duration_hours", "group_min", "group_max"):
            setattr(page, name, values[name])
        page.area_id, page.level_id, page.licence_id = values["area"], values["level"], values["licence"]
        page.steps = [("step", {"minutes": m, "title": t, "description": d}) for m, t, d in values["steps"]]
        page.exercises = [("exercise", {"title": t, "instructions": i}) for t, i in values["exercises"]]
        page.audiences = [audiences[pk] for pk in values["audiences"]]
        page.attachments = [
            ScenarioAttachment(document_id=ref[1] if ref[0] == "id" else documents[ref[1]], kind=kind, label=label,
                               sort_order=order)
            for order, (kind, ref, label) in enumerate(values["attachments"])
        ]
