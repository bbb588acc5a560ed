"""Text of a scenario for searching, and the taxonomy words a query can match.

A scenario row stores the Polish-aware index of its *own* columns only (title, summary,
objectives, steps…; search.normalise), like a generated column: no other row's change can make
it stale. Taxonomy names and keywords are never copied into it: the catalogue matches a query
word against the few areas, levels and audiences in Python (`TaxonomyWords`) and filters on the
foreign keys and the many-to-many table, so renaming an audience or linking one through the
manager, `queryset.update()` or a bulk insert is seen by the very next request.
"""

from search.normalise import fold, index_text, text_matches


def language_of(page):
    return page.locale.language_code if page.locale_id else "pl"


# Words every Polish scenario is about, so "szkolenie dla seniorów" finds the seniors' scenarios.
GENERIC_WORDS = {"pl": "scenariusz szkolenie zajęcia", "en": "scenario training session"}
ONLINE_WORDS = {"pl": "kurs internetowy", "en": "course internet"}
# The stored format value is Polish; other languages index their own words for it.
FORMAT_WORDS = {"en": {"stacjonarne": "in-person classroom", "online": "online"}}


def taxonomy_words(item):
    return (item.name, item.keywords) if item is not None else ()


def own_parts(page, language="pl"):
    """The page's own searchable text (no related rows)."""
    steps = [block.value.get("title", "") for block in page.steps] if page.steps else []
    exercises = [block.value.get("title", "") for block in page.exercises] if page.exercises else []
    return [
        page.title, page.summary, page.objectives, page.prerequisites, page.equipment, page.authors,
        FORMAT_WORDS.get(language, {}).get(page.format, page.format), *steps, *exercises,
        GENERIC_WORDS.get(language, ""), ONLINE_WORDS.get(language, "") if page.format == "online" else "",
    ]


def own_text_fields(page):
    """The stored text columns, computed from the page's own columns (save() keeps them)."""
    language = language_of(page)
    return {
        "search_text": index_text(" ".join(part for part in own_parts(page, language) if part), language),
        "title_text": index_text(page.title, language),
        "sort_title": fold(page.title)[:255],
    }


def relation_words(page):
    """The names and keywords of the page's area, level and audiences, read from the relations
    (for the site search's index, search.indexer, through ScenarioPage.search_extra_text)."""
    area = page.area if page.area_id else None
    level = page.level if page.level_id else None
    return [*taxonomy_words(area), *taxonomy_words(level),
            *(word for audience in page.audiences.all() for word in taxonomy_words(audience))]


def full_index_text(page):
    """Everything a catalogue query can match for `page`, as one index text (own columns and
    relations): what the catalogue's SQL conditions are equivalent to (the facet tests use it)."""
    language = language_of(page)
    return own_text_fields(page)["search_text"] + index_text(" ".join(w for w in relation_words(page) if w), language)


class TaxonomyWords:
    """{facet: {pk: index text of name and keywords}} of the catalogue's taxonomies; which of
    them a query term matches is decided here, in Python (a few dozen short texts)."""

    def __init__(self, texts_by_facet):
        self.texts = texts_by_facet

    @classmethod
    def from_rows(cls, rows_by_facet, language):
        """rows_by_facet: {facet: [(pk, name, keywords)]}."""
        return cls({
            facet: {pk: index_text(f"{name} {keywords or ''}", language) for pk, name, keywords in rows}
            for facet, rows in rows_by_facet.items()
        })

    def matching(self, facet, forms):
        """The pks of `facet`'s values whose words match one of `forms` (one query term)."""
        return sorted(pk for pk, text in self.texts.get(facet, {}).items() if text_matches(text, [forms]))
