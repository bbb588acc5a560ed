"""English demo publications, translated through wagtail-localize (core.translation).

The list page, the report „Partnerstwa dają moc!” (with its own English summary PDF in place of
the Polish report) and the handbook's book page with its first two chapters. Everything else
stays Polish only; the English list and book say so (core.i18n.more_in_default_language).
Idempotent: what is already translated is left as it is (editors' changes are kept).
"""


from core.translation import MissingStrings, ensure_translated
from demo.content import constants
from demo.files.pdf import build_pdf
from publications.models import HandbookChapterPage, HandbookPage, PublicationPage

texts = constants("publications/publications.pl")
en_texts = constants("publications/publications.en")

# The Polish texts the English ones replace (as the Polish pages were made from them).
PARTNERSHIPS_PL = {"title": texts.PARTNERSHIPS_TITLE, "subtitle": texts.PARTNERSHIPS_SUBTITLE,
                   "file_label": texts.PARTNERSHIPS_FILE_LABEL}
HANDBOOK_PL = {"body": texts.HANDBOOK_BODY, "file_label": texts.HANDBOOK_FILE_LABEL}
# Facts of the edition that are text fields, the same in every language but for the city.
EDITION = {"FRSI": "FRSI", "Warszawa": "Warsaw"}
COVER_ALTS = {
    "partnerships": "Cover of the report „Partnerstwa dają moc!”: colourful geometric shapes.",
    "handbook": "Cover of the handbook „Mocni w partnerstwie”: colourful geometric shapes.",
}


def load(command, index, en):
    """Translate the demo publications under the Polish list page `index` into `en`."""
    en_index = _translate(command, index, en, en_texts.INDEX)
    if en_index is None:
        return
    report = PublicationPage.objects.child_of(index).filter(slug="partnerstwa-daja-moc").first()
    if report is not None:
        partnerships_report(command, report, en)
    book = HandbookPage.objects.child_of(index).filter(slug="mocni-w-partnerstwie").first()
    if book is not None:
        handbook(command, book, en)


def _translate(command, instance, en, strings, overrides=None):
    """ensure_translated, but a page whose Polish text an editor has changed since the demo was
    written is left untranslated with a warning instead of stopping the whole demo."""
    try:
        return ensure_translated(instance, en, strings, overrides=overrides)
    except MissingStrings as error:
        command.stderr.write(f"English demo skipped: {error}")
        return None


def _with_cover_alt(command, page, seed, en):
    """The cover's description as a field of the page, so that it is translated with it (the
    image's own alt text is Polish). Only before the first translation: editors' work is kept."""
    if page.cover and not page.cover_alt_text and page.get_translation_or_none(en) is None:
        page.cover_alt_text = page.cover.alt_text
        command.publish(page)
    return {page.cover_alt_text: COVER_ALTS[seed]} if page.cover_alt_text else {}


def partnerships_report(command, report, en):
    report = report.specific
    strings = {
        PARTNERSHIPS_PL["title"]: en_texts.PARTNERSHIPS_TITLE,
        report.slug: en_texts.PARTNERSHIPS_SLUG,
        PARTNERSHIPS_PL["subtitle"]: en_texts.PARTNERSHIPS_SUBTITLE,
        texts.PARTNERSHIPS_LEAD: en_texts.PARTNERSHIPS_LEAD,
        PARTNERSHIPS_PL["file_label"]: en_texts.PARTNERSHIPS_FILE_LABEL,
        **EDITION,
        **_with_cover_alt(command, report, "partnerships", en),
    }
    for (heading, text), (en_heading, en_text) in zip(texts.PARTNERSHIPS_BODY, en_texts.PARTNERSHIPS_BODY, strict=True):
        strings.update({heading: en_heading, text: en_text})
    overrides = {}
    source_file = report.files.order_by("sort_order").first()
    if source_file is not None:
        summary = command.document(
            en_texts.SUMMARY_PDF_TITLE,
            build_pdf(en_texts.SUMMARY_PDF_TITLE, en_texts.SUMMARY_PDF_PAGES, author="FRSI",
                      subject="Summary in English", language="en-GB"),
            en_texts.SUMMARY_PDF_FILENAME,
        )
        # The English page carries its own file: the summary in English, marked as English.
        key = source_file.translation_key
        overrides = {f"files.{key}.document": summary.id, f"files.{key}.language": "en"}
    return _translate(command, report, en, strings, overrides)


def handbook(command, book, en):
    book = book.specific
    strings = {
        texts.HANDBOOK_TITLE: en_texts.HANDBOOK_TITLE,
        book.slug: en_texts.HANDBOOK_SLUG,
        texts.HANDBOOK_SUBTITLE: en_texts.HANDBOOK_SUBTITLE,
        texts.HANDBOOK_LEAD: en_texts.HANDBOOK_LEAD,
        HANDBOOK_PL["body"]: en_texts.HANDBOOK_BODY,
        HANDBOOK_PL["file_label"]: en_texts.HANDBOOK_FILE_LABEL,
        **EDITION,
        **_with_cover_alt(command, book, "handbook", en),
    }
    en_book = _translate(command, book, en, strings)
    if en_book is None:
        return None
    by_slug = {slug: (title, lead, sections) for slug, title, lead, sections in texts.CHAPTERS}
    for slug, (en_slug, en_title, en_lead, en_sections) in en_texts.CHAPTERS.items():
        chapter = HandbookChapterPage.objects.child_of(book).filter(slug=slug).first()
        if chapter is None:
            continue
        title, lead, sections = by_slug[slug]
        strings = {slug: en_slug, title: en_title, lead: en_lead}
        for (heading, paragraphs), (en_heading, en_paragraphs) in zip(sections, en_sections, strict=True):
            strings[heading] = en_heading
            strings.update(zip(paragraphs, en_paragraphs, strict=True))
        _translate(command, chapter, en, strings)
    return en_book

