"""Demo catalogue: 9 areas, 5 audiences, 3 levels and 130 generated scenarios, each with a PDF.

Fast on purpose (the browser tests load the demo for every test): scenario pages are added
live with one published revision each, written in bulk; documents are bulk-created. Running
it again adds only what is missing."""

import datetime
import hashlib
import io

from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils import timezone
from wagtail.models import Locale, Page, ReferenceIndex, Revision
from wagtail.search.backends import get_search_backend

from core.document_checks import check_document
from core.models import CustomDocument
from demo.collections import section_collection
from demo.content import read
from demo.files.pdf import build_pdf
from demo.sections.publications import licence, offer_accessible_version
from demo.sections.scenarios_build import AREAS, build_scenarios
from demo.sections.scenarios_build import scenario_pdf as layout_scenario_pdf
from demo.sections.scenarios_texts import blocks
from demo.sections.scenarios_texts import en as demo_en_texts
from scenarios.bulk import add_scenarios
from scenarios.metadata import SOURCE_NAME
from scenarios.models import Audience, Level, ScenarioAttachment, ScenarioIndexPage, ScenarioPage, ThematicArea

PLACEHOLDER_NOTE = "Plik demonstracyjny: podmień na właściwy przed publikacją serwisu."
CATALOGUE = read("scenarios/catalogue.pl")


def load(command, home, en_home):
    pl = Locale.objects.get(language_code="pl")
    cc_by_4 = licence(pl, "CC BY 4.0", "Creative Commons Uznanie autorstwa 4.0 Międzynarodowe",
                      "https://creativecommons.org/licenses/by/4.0/deed.pl")
    areas = ensure_taxonomy(ThematicArea, pl, [(a["slug"], a["name"], {"description": a["description"]})
                                               for a in AREAS])
    audiences = ensure_taxonomy(Audience, pl, [(slug, a["name"], {"keywords": a["keywords"]})
                                               for slug, a in blocks.AUDIENCES.items()])
    levels = ensure_taxonomy(Level, pl, [(lv["slug"], lv["name"], {}) for lv in blocks.LEVELS.values()])
    index = home.get_children().filter(slug="scenariusze").first()
    if index is None:
        index = ScenarioIndexPage(title=CATALOGUE["title"], slug="scenariusze", show_in_menus=True,
                                  intro=CATALOGUE["intro"])
        home.add_child(instance=index)
        command.publish(index)
    index = index.specific
    if not isinstance(index, ScenarioIndexPage):
        return  # an older database keeps its plain page; nothing to add under it
    existing = set(ScenarioPage.objects.child_of(index).values_list("external_id", flat=True))
    missing = [data for data in build_scenarios() if data["external_id"] not in existing]
    if missing:
        documents = ensure_documents(missing, areas)
        add_pages(index, missing, {"area": areas, "audience": audiences, "level": levels}, cc_by_4, documents)
    # The English catalogue: translations of the taxonomies, the catalogue and some scenarios.
    from demo.sections import scenarios_en as demo_en

    demo_en.load(command, index, en_home, {"area": areas, "audience": audiences, "level": levels})
    # One scenario (translated into English) says that an accessible version can be asked for.
    first = ScenarioPage.objects.child_of(index).filter(external_id=demo_en_texts.TRANSLATED[0]).first()
    if first is not None:
        offer_accessible_version(command, first)


def ensure_taxonomy(model, locale, items):
    found = {item.slug: item for item in model.objects.filter(locale=locale)}
    for order, (slug, name, extra) in enumerate(items, start=1):
        if slug not in found:
            found[slug] = model.objects.create(locale=locale, slug=slug, name=name, sort_order=order, **extra)
    return found


# The headings of a scenario's PDF (demo.sections.scenarios_build.scenario_pdf).
PDF_HEADINGS = ("Cele zajęć", "Przebieg zajęć", "Ćwiczenia", "Dostosowania", "Licencja")


def scenario_pdf(data, area_name):
    meta = (f"Obszar: {area_name}. Forma: {data['format']}. Poziom: {data['level']}. "
            f"Czas: {data['duration_hours']} godz. Grupa: {data['group_min']}–{data['group_max']} osób.")
    licence_line = (f"{data['title']}, {data['authors']}. Źródło: {SOURCE_NAME}. "
                    "Licencja: CC BY 4.0, https://creativecommons.org/licenses/by/4.0/deed.pl")
    return layout_scenario_pdf(data, meta, licence_line, PDF_HEADINGS, subject=f"Scenariusz szkolenia: {area_name}")


def worksheet_pdf(area):
    content = [("h", f"Karta pracy: {area['name']}"), ("p", area["description"])]
    for topic in area["topics"] + area["online"]:
        content += [("h", topic[5]), ("p", topic[6])]
    half = len(content) // 2 + len(content) // 2 % 2
    return build_pdf(f"Karta pracy: {area['name']}", [content[:half], content[half:]], author="e-Mocni"), 2


def ensure_documents(missing, areas):
    """{title: document}: the PDF of each missing scenario and the worksheet of each area."""
    wanted = {}
    for data in missing:
        wanted[f"Scenariusz: {data['title']} (PDF)"] = (
            f"scenariusz-{data['external_id'].lower()}.pdf", lambda d=data: scenario_pdf(d, areas[d["area"]].name))
    for area in AREAS:
        wanted[f"Karta pracy: {area['name']} (PDF)"] = (f"karta-pracy-{area['slug']}.pdf",
                                                        lambda a=area: worksheet_pdf(a))
    return store_pdfs(wanted)


def store_pdfs(wanted):
    """{title: document} for {title: (file name, build)}: the documents of those titles, the
    missing ones built (build() -> (PDF bytes, page count)) and saved in one go."""
    found = {doc.title: doc for doc in CustomDocument.objects.filter(title__in=wanted)}
    collection = section_collection("scenarios")
    new = []
    for title, (filename, build) in wanted.items():
        if title in found:
            continue
        data, pages = build()
        name = default_storage.save(f"documents/{filename}", ContentFile(data))
        # bulk_create skips save(), so the file's accessibility check is run here.
        new.append(CustomDocument(title=title, file=name, file_size=len(data), page_count=pages,
                                  file_hash=hashlib.sha1(data).hexdigest(), collection=collection,
                                  editor_note=PLACEHOLDER_NOTE,
                                  accessibility_problems=check_document(io.BytesIO(data), "pdf")))
    created = CustomDocument.objects.bulk_create(new)
    get_search_backend().add_bulk(CustomDocument, created)  # the admin's document search
    found.update((doc.title, doc) for doc in created)
    return found


def add_pages(index, missing, taxonomies, cc_by_4, documents):
    """Pages first (one save each), then their files, revisions and reference index in bulk:
    saving each attachment and audience link on its own costs several times as much."""
    taken = set(index.get_children().values_list("slug", flat=True))
    area_names = {area["slug"]: area["name"] for area in AREAS}
    pages, audiences, attachments = [], [], []
    for data in missing:
        slug, number = data["slug"], 2
        while slug in taken:
            slug, number = f"{data['slug']}-{number}", number + 1
        taken.add(slug)
        published = timezone.make_aware(datetime.datetime.combine(data["published"], datetime.time(12)))
        fields = {k: v for k, v in data.items() if k not in ("area", "audiences", "level", "slug", "published")}
        page = ScenarioPage(
            slug=slug, area=taxonomies["area"][data["area"]], level=taxonomies["level"][data["level"]],
            licence=cc_by_4, live=True, has_unpublished_changes=False, first_published_at=published,
            last_published_at=published, latest_revision_created_at=published, **fields,
        )
        pages.append(page)
        audiences.append([taxonomies["audience"][slug] for slug in data["audiences"]])
    add_scenarios(index, pages, audiences)
    for page, data in zip(pages, missing, strict=True):
        attachments.append(ScenarioAttachment(
            page=page, locale_id=page.locale_id, document=documents[f"Scenariusz: {data['title']} (PDF)"],
            kind="scenariusz",
            label="Scenariusz zajęć", sort_order=0))
        if data["format"] == "stacjonarne":
            name = area_names[data["area"]]
            attachments.append(ScenarioAttachment(
                page=page, locale_id=page.locale_id, document=documents[f"Karta pracy: {name} (PDF)"],
                kind="karta-pracy",
                label=f"Karta pracy: {name}", sort_order=1))
    ScenarioAttachment.objects.bulk_create(attachments)
    add_revisions(pages)
    for page in pages:
        ReferenceIndex.create_or_update_for_object(page)


def add_revisions(pages):
    """One published revision per page, written in one query (page history, "compare" in the admin)."""
    page_type = ContentType.objects.get_for_model(ScenarioPage)
    base_type = ContentType.objects.get_for_model(Page)
    revisions = Revision.objects.bulk_create([
        Revision(content_type=page_type, base_content_type=base_type, object_id=str(page.pk),
                 created_at=page.first_published_at, content=page.serializable_data(), object_str=page.title)
        for page in pages
    ])
    for page, revision in zip(pages, revisions, strict=True):
        page.latest_revision = page.live_revision = revision
    Page.objects.bulk_update(pages, ["latest_revision", "live_revision"], batch_size=200)
