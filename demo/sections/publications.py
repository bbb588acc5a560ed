"""Demo publications: the handbook in chapters, the partnerships report and the framework."""

import datetime

from wagtail.models import Locale

from core.translation import ensure_translated
from demo.blocks import h, p
from demo.content import constants
from demo.files.images import abstract_image
from demo.files.pdf import build_pdf
from demo.sections import publications_en as demo_en
from publications.models import (
    HandbookChapterPage,
    HandbookPage,
    Licence,
    PublicationAuthor,
    PublicationFile,
    PublicationIndexPage,
    PublicationPage,
)

texts = constants("publications/publications.pl")

LICENCE_STRINGS = {
    "CC BY 3.0 PL": "CC BY 3.0 PL",
    "Creative Commons Uznanie autorstwa 3.0 Polska": "Creative Commons Attribution 3.0 Poland",
    "CC BY 4.0": "CC BY 4.0",
    "Creative Commons Uznanie autorstwa 4.0 Międzynarodowe": "Creative Commons Attribution 4.0 International",
}
UNKNOWN_NOTE = "Dane nieznane w źródłach: {}. Uzupełnij przed publikacją serwisu."


def load(command, home, en_home):
    pl = Locale.objects.get(language_code="pl")
    cc_by_3 = licence(pl, "CC BY 3.0 PL", "Creative Commons Uznanie autorstwa 3.0 Polska",
                      "https://creativecommons.org/licenses/by/3.0/pl/")
    cc_by_4 = licence(pl, "CC BY 4.0", "Creative Commons Uznanie autorstwa 4.0 Międzynarodowe",
                      "https://creativecommons.org/licenses/by/4.0/deed.pl")
    index = home.get_children().filter(slug="publikacje").first()
    if index is None:
        index = PublicationIndexPage(
            title=texts.INDEX_TITLE, slug="publikacje", show_in_menus=True, intro=texts.INDEX_INTRO,
        )
        home.add_child(instance=index)
        command.publish(index)
    index = index.specific
    if not isinstance(index, PublicationIndexPage):
        return  # an older database keeps its plain page; nothing to add under it
    handbook(command, index, cc_by_3)
    partnerships_report(command, index, cc_by_4)
    framework(command, index, cc_by_4)
    en = Locale.objects.get(language_code="en")
    # Licences first: every translated page that names one points to its English version.
    ensure_translated(cc_by_3, en, LICENCE_STRINGS)
    # The licence deed in English: an override of a synchronised field.
    ensure_translated(cc_by_4, en, LICENCE_STRINGS, overrides={"url": "https://creativecommons.org/licenses/by/4.0/deed.en"})
    # Then the English list, the report with its English summary and the first chapters.
    demo_en.load(command, index, en)
    # Both say that an accessible version can be asked for (after the translations exist).
    for slug in ("mocni-w-partnerstwie", "partnerstwa-daja-moc"):
        page = index.get_children().filter(slug=slug).first()
        if page is not None:
            offer_accessible_version(command, page.specific)


def offer_accessible_version(command, page):
    """Switch on the "accessible version on request" note on `page` and its translations
    (a synchronised field); pages that already show it are left alone."""
    for version in [page, *page.get_translations()]:
        version = version.specific
        if not version.accessible_version_on_request:
            version.accessible_version_on_request = True
            command.publish(version)


def licence(locale, label, name, url):
    return Licence.objects.get_or_create(locale=locale, short_label=label, defaults={"name": name, "url": url})[0]


def cover(command, title, seed):
    return command.image(f"Okładka: {title}", abstract_image(seed, 600, 800),
                         f"Okładka publikacji „{title}”: kolorowe figury geometryczne.", f"okladka-{seed}.png")


def add_publication(command, index, model, slug, fields, authors, files):
    existing = index.get_children().filter(slug=slug).first()
    if existing:
        return existing.specific, False
    page = model(slug=slug, **fields)
    for order, (name, role) in enumerate(authors):
        page.authors.add(PublicationAuthor(name=name, role=role, sort_order=order))
    for order, (document, label, language) in enumerate(files):
        page.files.add(PublicationFile(document=document, label=label, language=language, sort_order=order))
    index.add_child(instance=page)
    command.publish(page)
    return page, True


def handbook(command, index, cc_by_3):
    pdf_pages = [[("h", texts.HANDBOOK_TITLE), ("p", texts.HANDBOOK_SUBTITLE), ("p", "Iwona Kusak"),
                  ("p", "Fundacja Rozwoju Społeczeństwa Informacyjnego, Warszawa 2017. Licencja CC BY 3.0 PL.")]]
    for number, (_slug, title, lead, sections) in enumerate(texts.CHAPTERS, start=1):
        content = [("h", f"{number}. {title}"), ("p", lead)]
        for heading, paragraphs in sections:
            content += [("h", heading)] + [("p", text) for text in paragraphs]
        pdf_pages.append(content)
    pdf = command.document(
        "Mocni w partnerstwie – poradnik (PDF)",
        build_pdf(f"{texts.HANDBOOK_TITLE}, {texts.HANDBOOK_SUBTITLE}", pdf_pages, author="Iwona Kusak",
                  subject="Poradnik dla gmin"),
        "mocni-w-partnerstwie.pdf",
    )
    book, created = add_publication(
        command, index, HandbookPage, "mocni-w-partnerstwie",
        {
            "title": texts.HANDBOOK_TITLE, "subtitle": texts.HANDBOOK_SUBTITLE, "lead": texts.HANDBOOK_LEAD,
            "cover": cover(command, texts.HANDBOOK_TITLE, "handbook"), "publication_type": "handbook",
            "publication_date": datetime.date(2017, 1, 1), "year_only": True, "publisher": "FRSI",
            "place": "Warszawa", "licence": cc_by_3, "language": "pl",
            "body": [p(texts.HANDBOOK_BODY)],
            "editor_note": "Wersja demonstracyjna: PDF wygenerowany z rozdziałów; oryginał liczy około 54 stron.",
        },
        [("Iwona Kusak", "author"), ("Beata Trebel-Bednarz", "proofreading")],
        [(pdf, texts.HANDBOOK_FILE_LABEL, "pl")],
    )
    for slug, title, lead, sections in texts.CHAPTERS:
        if book.get_children().filter(slug=slug).exists():
            continue
        body = []
        for heading, paragraphs in sections:
            body += [h(heading), p(*paragraphs)]
        chapter = HandbookChapterPage(slug=slug, title=title, lead=lead, body=body)
        book.add_child(instance=chapter)
        command.publish(chapter)
        book.refresh_from_db()  # keep the tree counters current for the next add_child


def partnerships_report(command, index, cc_by_4):
    title, subtitle = texts.PARTNERSHIPS_TITLE, texts.PARTNERSHIPS_SUBTITLE
    pages = [[("h", title), ("p", subtitle)]] + [[("h", heading), ("p", text)] for heading, text in texts.PARTNERSHIPS_BODY]
    pdf = command.document(f"{title} (PDF)", build_pdf(f"{title} {subtitle}", pages, author="FRSI"),
                           "partnerstwa-daja-moc.pdf")
    add_publication(
        command, index, PublicationPage, "partnerstwa-daja-moc",
        {
            "title": title, "subtitle": subtitle, "lead": texts.PARTNERSHIPS_LEAD,
            "cover": cover(command, title, "partnerships"), "publication_type": "report",
            "publication_date": None, "publisher": "FRSI", "licence": cc_by_4, "language": "pl",
            "body": sum(([h(heading), p(text)] for heading, text in texts.PARTNERSHIPS_BODY), []),
            "editor_note": UNKNOWN_NOTE.format("rok wydania, autorzy, liczba stron; wydawca FRSI prawdopodobny"),
        },
        [],
        [(pdf, texts.PARTNERSHIPS_FILE_LABEL, "pl")],
    )


def framework(command, index, cc_by_4):
    title = texts.FRAMEWORK_TITLE
    pages = [[("h", title), ("p", "Opracowanie na zlecenie Ministerstwa Administracji i Cyfryzacji, 2015."),
              ("p", "Autorzy: " + ", ".join(texts.FRAMEWORK_AUTHORS) + ".")],
             [("h", "Obszary kompetencji")] + [("p", f"{i}. {area}") for i, area in enumerate(texts.FRAMEWORK_AREAS, 1)]]
    pdf = command.document(f"{title} (PDF)", build_pdf(title, pages, author=", ".join(texts.FRAMEWORK_AUTHORS)),
                           "ramowy-katalog-kompetencji-cyfrowych.pdf")
    add_publication(
        command, index, PublicationPage, "ramowy-katalog-kompetencji-cyfrowych",
        {
            "title": title, "lead": texts.FRAMEWORK_LEAD, "cover": cover(command, title, "framework"),
            "publication_type": "catalogue", "publication_date": datetime.date(2015, 1, 1), "year_only": True,
            "language": "pl",
            "body": [p(texts.FRAMEWORK_BODY.format(areas=", ".join(texts.FRAMEWORK_AREAS)))],
            "editor_note": UNKNOWN_NOTE.format("wydawca i licencja oryginału – sprawdź"),
        },
        [(name, "author") for name in texts.FRAMEWORK_AUTHORS],
        [(pdf, texts.FRAMEWORK_TITLE, "pl")],
    )
