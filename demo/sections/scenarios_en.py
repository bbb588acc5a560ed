"""The English scenario catalogue of the demo, made through wagtail-localize (core.translation):
the taxonomies, the catalogue page and the scenarios listed in catalogue.en.toml (translated), each
with an English PDF. The English wording comes from demo/content/scenarios (the .en.toml files), put
together by scenarios_build.compose exactly as the Polish scenario was; the string mapping pairs the
two field by field. Running it again changes nothing (ensure_translated)."""

from django.utils.text import slugify
from wagtail.models import Locale, ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail_localize.strings import StringValue

from core.translation import MissingStrings, ensure_translated
from demo.files.pdf import build_pdf
from demo.sections.scenarios_build import AREAS, compose, planned_scenarios
from demo.sections.scenarios_build import scenario_pdf as layout_scenario_pdf
from demo.sections.scenarios_texts import blocks as demo_blocks
from demo.sections.scenarios_texts import en as texts
from demo.sections.scenarios_texts import en_blocks
from scenarios.bulk import search_index_in_bulk
from scenarios.metadata import source_name
from scenarios.models import ScenarioPage
from search.normalise import fold

TEXT_FIELDS = ("title", "summary", "equipment", "objectives", "prerequisites", "trainer_tips", "adaptation_deaf",
               "adaptation_blind", "authors")
FORMAT_NAMES = {"stacjonarne": "in person", "online": "online"}


def stored(text):
    """A plain-text field as wagtail-localize stores its string (escaped, lines joined by <br/>)."""
    return StringValue.from_plaintext(text).data


def mapping(pairs):
    return {stored(original): stored(english) for original, english in pairs if original}


def load(command, index, en_home, taxonomies):
    en = Locale.objects.filter(language_code="en").first()
    if en is None or en_home is None:
        return
    if not translate_taxonomies(command, en, taxonomies):
        return
    index_texts = texts.INDEX
    en_index = ensure_translated(index, en, mapping([(index.title, index_texts["title"]),
                                                     (index.slug, index_texts["slug"]),
                                                     (index.intro, index_texts["intro"])]))
    pages = ScenarioPage.objects.child_of(index).filter(external_id__in=texts.TRANSLATED)
    done = set(ScenarioPage.objects.child_of(en_index).values_list("translation_key", "external_id"))
    done_keys, done_ids = {key for key, _id in done}, {external_id for _key, external_id in done}
    # An English page already stands for a scenario (even one whose Polish page was made again).
    todo = {page.external_id: page for page in pages
            if page.translation_key not in done_keys and page.external_id not in done_ids}
    if not todo:
        return
    pairs = english_scenarios(todo)
    documents = english_documents(pairs)
    taken = set(en_index.get_children().values_list("slug", flat=True))
    made = []
    # Each translation saves its page several times: the reference index and the admin's search
    # index are written once per page afterwards instead.
    with disable_reference_index_auto_update(), search_index_in_bulk(ScenarioPage, made):
        for external_id, (polish, english) in pairs.items():
            page = todo[external_id]
            slug = unique_slug(english["title"], taken)
            try:
                made.append(ensure_translated(page, en, page_strings(page, polish, english, slug),
                                              overrides=document_overrides(page, english, documents)))
            except MissingStrings as error:  # the Polish page was edited since the demo made it
                command.stderr.write(f"English demo scenario {external_id} skipped: {error}")
    for page in made:
        ReferenceIndex.create_or_update_for_object(page)


def translate_taxonomies(command, en, taxonomies):
    """English areas, audiences and levels (before any page that points to them)."""
    english = {
        "area": texts.AREAS,
        "audience": en_blocks.AUDIENCES,
        "level": {demo_blocks.LEVELS[key]["slug"]: block for key, block in en_blocks.LEVELS.items()},
    }
    complete = True
    for kind, items in taxonomies.items():
        for slug, item in items.items():
            words = english[kind].get(slug)
            if words is None:  # added by an editor: not part of the demo
                continue
            pairs = [(item.name, words["name"]), (item.slug, words["slug"]), (item.keywords, words.get("keywords"))]
            if kind == "area":
                pairs.append((item.description, words["description"]))
            try:
                ensure_translated(item, en, mapping(pairs))
            except MissingStrings as error:
                command.stderr.write(f"English taxonomy skipped: {error}")
                complete = False
    if not complete:
        command.stderr.write("Some demo taxonomies have no English version: the English scenarios were not made.")
    return complete


def english_scenarios(todo):
    """{external id: (Polish data, English data)} for the scenarios to translate."""
    found = {}
    for (area, topic, number, audiences, online), polish in planned_scenarios():
        if polish["external_id"] not in todo:
            continue
        english_area = dict(texts.AREAS[area["slug"]])
        english_topic = texts.TOPICS[topic[0]]
        english = compose(english_area, english_topic, number, audiences, online, polish["duration_hours"],
                          polish["published"], texts=en_blocks)
        found[polish["external_id"]] = (polish, english)
    return found


def unique_slug(title, taken):
    """The title's slug, cut after a whole word when long, unique among `taken`."""
    slug = slugify(fold(title))
    if len(slug) > 80:
        slug = slug[:81].rsplit("-", 1)[0]
    candidate, number = slug, 2
    while candidate in taken:
        candidate, number = f"{slug}-{number}", number + 1
    taken.add(candidate)
    return candidate


def page_strings(page, polish, english, slug):
    pairs = [(polish[name], english[name]) for name in TEXT_FIELDS]
    pairs.append((page.slug, slug))
    for name, parts in (("steps", ("title", "description")), ("exercises", ("title", "instructions"))):
        for source, target in zip(polish[name], english[name], strict=True):
            pairs += [(source["value"][part], target["value"][part]) for part in parts]
    area_name = texts.AREAS[polish["area"]]["name"]
    labels = {kind: label.format(area=area_name) for kind, label in texts.ATTACHMENT_LABELS.items()}
    pairs += [(attachment.label, labels[attachment.kind]) for attachment in page.attachments.all()]
    return mapping(pairs)


def document_overrides(page, english, documents):
    """Each file of the English page: the English PDF of the same kind."""
    wanted = {"scenariusz": scenario_title(english), "karta-pracy": worksheet_title(english["area"])}
    return {f"attachments.{attachment.translation_key}.document": documents[wanted[attachment.kind]].pk
            for attachment in page.attachments.all() if wanted.get(attachment.kind) in documents}


# English PDFs ---------------------------------------------------------------------------

def scenario_title(english):
    return f"Scenario: {english['title']} (PDF)"


def worksheet_title(area_slug):
    area = next(area for area in texts.AREAS.values() if area["slug"] == area_slug)
    return f"Worksheet: {area['name']} (PDF)"


def english_documents(pairs):
    from demo.sections.scenarios import store_pdfs

    wanted = {}
    for polish, english in pairs.values():
        area = texts.AREAS[polish["area"]]
        wanted[scenario_title(english)] = (f"scenario-{english['external_id'].lower()}.pdf",
                                           lambda e=english, a=area: scenario_pdf(e, a["name"]))
        if polish["format"] == "stacjonarne":
            wanted[worksheet_title(area["slug"])] = (f"worksheet-{area['slug']}.pdf",
                                                     lambda p=polish, a=area: worksheet_pdf(p["area"], a))
    return store_pdfs(wanted)


# The headings of a scenario's PDF (demo.sections.scenarios_build.scenario_pdf).
PDF_HEADINGS = ("Learning objectives", "Course of the session", "Exercises", "Adaptations", "Licence")


def scenario_pdf(data, area_name):
    level = next(block["name"] for block in en_blocks.LEVELS.values() if block["slug"] == data["level"])
    hours = f"{data['duration_hours'].normalize():f}"
    meta = (f"Area: {area_name}. Format: {FORMAT_NAMES[data['format']]}. Level: {level}. "
            f"Duration: {hours} h. Group: {data['group_min']}–{data['group_max']} people.")
    licence_line = (f"{data['title']}, {data['authors']}. Source: {source_name('en')}. "
                    "Licence: CC BY 4.0, https://creativecommons.org/licenses/by/4.0/deed.en")
    return layout_scenario_pdf(data, meta, licence_line, PDF_HEADINGS, subject=f"Training scenario: {area_name}",
                               language="en-GB")


def worksheet_pdf(polish_area_slug, area):
    """The exercises of the area's English topics (the Polish worksheet has every topic)."""
    polish = next(item for item in AREAS if item["slug"] == polish_area_slug)
    content = [("h", f"Worksheet: {area['name']}"), ("p", area["description"])]
    for topic in polish["topics"] + polish["online"]:
        if topic[0] in texts.TOPICS:
            english = texts.TOPICS[topic[0]]
            content += [("h", english[5]), ("p", english[6])]
    return build_pdf(f"Worksheet: {area['name']}", [content], author="e-Mocni", language="en-GB"), 1
