"""Derived fields of a scenario, stored on save so the catalogue can filter in SQL:
the Polish-aware search text (search.normalise), a title for sorting, the audience ids."""

from search.normalise import fold, index_text


def language_of(page):
    return page.locale.language_code if page.locale_id else "pl"


def audience_key_string(ids):
    """" 3 7 12 ": each id between spaces, so " 7 " finds exactly audience 7."""
    return f" {' '.join(str(i) for i in sorted(set(ids)))} " if ids else ""


# Words every Polish scenario is about, so "szkolenie dla seniorów" finds the seniors' scenarios.
GENERIC_WORDS = {"pl": "scenariusz szkolenie zajęcia", "en": "scenario training session"}
ONLINE_WORDS = {"pl": "kurs internetowy", "en": "course internet"}
# The stored format value is Polish; other languages index their own words for it.
FORMAT_WORDS = {"en": {"stacjonarne": "in-person classroom", "online": "online"}}


def taxonomy_words(item):
    return (item.name, item.keywords) if item is not None else ()


def searchable_parts(page, audiences, language="pl"):
    steps = [block.value.get("title", "") for block in page.steps] if page.steps else []
    exercises = [block.value.get("title", "") for block in page.exercises] if page.exercises else []
    return [
        page.title, page.summary, page.objectives, page.prerequisites, page.equipment, page.authors,
        *taxonomy_words(page.area if page.area_id else None), *taxonomy_words(page.level if page.level_id else None),
        FORMAT_WORDS.get(language, {}).get(page.format, page.format),
        *(word for audience in audiences for word in taxonomy_words(audience)), *steps, *exercises,
        GENERIC_WORDS.get(language, ""), ONLINE_WORDS.get(language, "") if page.format == "online" else "",
    ]


def index_fields(page, audiences=None):
    audiences = list(page.audiences.all()) if audiences is None else audiences
    language = language_of(page)
    return {
        "search_text": index_text(" ".join(part for part in searchable_parts(page, audiences, language) if part), language),
        "title_text": index_text(page.title, language),
        "sort_title": fold(page.title)[:255],
        "audience_keys": audience_key_string(audience.pk for audience in audiences),
    }


def refresh_search_text(taxonomy_item):
    """A renamed area, audience or level: rewrite the search text of its scenarios."""
    from scenarios.models import Audience, ScenarioPage, ThematicArea

    if isinstance(taxonomy_item, ThematicArea):
        pages = ScenarioPage.objects.filter(area=taxonomy_item)
    elif isinstance(taxonomy_item, Audience):
        pages = ScenarioPage.objects.filter(audiences=taxonomy_item)
    else:
        pages = ScenarioPage.objects.filter(level=taxonomy_item)
    changed = []
    for page in pages.select_related("area", "level", "locale").prefetch_related("audiences"):
        fields = index_fields(page)
        if fields["search_text"] != page.search_text:
            page.search_text = fields["search_text"]
            changed.append(page)
    ScenarioPage.objects.bulk_update(changed, ["search_text"], batch_size=200)
