"""The English publications of the demo: made through wagtail-localize, with their own file,
"more in Polish" notes that count what is really missing, and facts synchronised from Polish."""

import datetime
import io
import re

import pytest
from pypdf import PdfReader
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from core.translation import source_strings, translate
from publications.models import HandbookChapterPage, HandbookPage, PublicationIndexPage, PublicationPage
from tests.helpers import h1, html_of


@pytest.fixture
def en(demo):
    return Locale.objects.get(language_code="en")


@pytest.fixture
def report(demo):
    return PublicationPage.objects.get(slug="partnerstwa-daja-moc", locale__language_code="pl")


@pytest.fixture
def book(demo):
    return HandbookPage.objects.get(slug="mocni-w-partnerstwie", locale__language_code="pl")


def more_note(html):
    """The text and link of the "more in the default language" note, or None."""
    match = re.search(r'<div class="notice notice--info more-in-language"><p>(.*?)</p></div>', html, re.S)
    if match is None:
        return None
    link = re.search(r'<a href="([^"]+)" hreflang="pl">', match.group(1)).group(1)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", match.group(1))).strip(), link


def expected_more(count):
    return "One more item exists only in Polish." if count == 1 else f"{count} more items exist only in Polish."


def untranslated(pages, locale):
    """How many of `pages` have no live translation into `locale` (one page at a time, on purpose
    not the helper's query)."""
    missing = 0
    for page in pages:
        translated = page.get_translation_or_none(locale)
        missing += translated is None or not translated.live
    return missing


def test_english_pages_are_translations_in_english(client, en, report, book):
    index = PublicationIndexPage.objects.get(locale=en)
    english_report = report.get_translation(en)
    english_book = book.get_translation(en)
    chapters = HandbookChapterPage.objects.child_of(english_book).live().order_by("path")
    # Made through wagtail-localize: each has a translation record from its Polish source.
    for page in [index, english_report, english_book, *chapters]:
        source = page.get_translation(Locale.objects.get(language_code="pl"))
        assert Translation.objects.filter(source__object_id=source.translation_key, target_locale=en).exists()
    pages = {
        index.url: "Publications",
        english_report.url: "Partnerships give strength!",
        english_book.url: "Strong in partnership",
        chapters[0].url: "Diagnosis: where to start in your municipality",
        chapters[1].url: "Partners: whom to invite",
        english_book.url + "calosc/": "Strong in partnership",
    }
    assert index.url == "/en/publications/"
    for url, title in pages.items():
        html = html_of(client, url)
        assert '<html lang="en"' in html, url
        assert h1(html) == title, url
    report_html = html_of(client, english_report.url)
    assert "„Partnerstwa dają moc!”" in report_html  # the Polish title is named in the text
    assert "Wnioski" not in report_html and "Model partnerstwa" not in report_html
    assert "Licence" in report_html and "Creative Commons Attribution 4.0 International" in report_html
    assert "Published" in html_of(client, english_book.url)


def test_english_report_carries_its_own_english_pdf(client, en, report):
    english = report.get_translation(en)
    polish_file = report.files.get()
    english_file = english.files.get()
    assert english_file.translation_key == polish_file.translation_key
    assert english_file.document_id != polish_file.document_id and english_file.language == "en"
    assert polish_file.language == "pl"

    pdf = PdfReader(io.BytesIO(english_file.document.file.read()))
    assert pdf.trailer["/Root"]["/Lang"] == "en-GB"
    text = " ".join(page.extract_text() for page in pdf.pages)
    assert "Summary in English" in text and "Partnerships give strength!" in text

    html = html_of(client, english.url)
    files = re.search(r'<section class="publication-files".*?</section>', html, re.S).group(0)
    assert f'href="{english_file.document.url}" hreflang="en"' in files
    assert polish_file.document.url not in html
    assert "Summary of the report in English" in files and ", English)" in files
    # The Polish page keeps the Polish report.
    assert f'href="{polish_file.document.url}" hreflang="pl"' in html_of(client, report.url)


def test_other_english_files_stay_polish_and_say_so(client, en, book):
    english = book.get_translation(en)
    english_file, polish_file = english.files.get(), book.files.get()
    assert english_file.document_id == polish_file.document_id and english_file.language == "pl"
    files = re.search(r'<section class="publication-files".*?</section>', html_of(client, english.url), re.S).group(0)
    assert 'hreflang="pl"' in files and ", Polish)" in files


def test_english_list_counts_the_publications_only_in_polish(client, django_capture_on_commit_callbacks, en):
    index = PublicationIndexPage.objects.get(locale__language_code="pl")
    english_index = index.get_translation(en)
    polish_items = PublicationPage.objects.child_of(index).live()
    missing = untranslated(polish_items, en)
    assert missing == 1  # the framework; the report and the handbook are translated
    html = html_of(client, english_index.url)
    assert more_note(html) == (f"{expected_more(missing)} See the full list in Polish", index.url)
    assert html.count('<li class="card">') == polish_items.count() - missing
    assert more_note(html_of(client, index.url)) is None  # the Polish list lacks nothing

    framework = PublicationPage.objects.get(slug="ramowy-katalog-kompetencji-cyfrowych")
    strings = {text: f"[EN] {text}" for text in source_strings(framework)}
    strings[framework.slug] = "digital-competence-framework"
    with django_capture_on_commit_callbacks(execute=True):
        translate(framework, en, strings)
    html = html_of(client, english_index.url)
    assert untranslated(polish_items, en) == 0 and more_note(html) is None
    assert html.count('<li class="card">') == polish_items.count()


def test_english_book_lists_only_english_chapters_and_counts_the_rest(client, en, book):
    english = book.get_translation(en)
    polish_chapters = list(HandbookChapterPage.objects.child_of(book).live().order_by("path"))
    english_chapters = list(HandbookChapterPage.objects.child_of(english).live().order_by("path"))
    missing = untranslated(polish_chapters, en)
    assert len(english_chapters) == 2 and missing == len(polish_chapters) - 2 == 4
    expected_note = (f"{expected_more(missing)} See the full list in Polish", book.url)

    for url in [english.url, english.url + "calosc/", english_chapters[0].url]:
        html = html_of(client, url)
        toc = re.search(r'<nav class="handbook-toc".*?</nav>', html, re.S).group(0)
        titles = re.findall(r"<li><a [^>]*>(.*?)</a></li>", toc)
        assert titles == [chapter.title for chapter in english_chapters], url
        assert more_note(toc) == expected_note, url
        assert "/publikacje/" not in toc.replace(book.url, ""), url  # no Polish chapter links
    full = html_of(client, english.url + "calosc/")
    assert full.count('<section class="handbook-chapter"') == 2 and "Jak utrzymać" not in full


def test_english_chapters_link_only_to_english_chapters(client, en, book):
    english = book.get_translation(en)
    first, second = HandbookChapterPage.objects.child_of(english).live().order_by("path")
    first_html, second_html = html_of(client, first.url), html_of(client, second.url)
    assert 'rel="prev"' not in first_html
    assert re.search(r'<a rel="next" href="([^"]+)"', first_html).group(1) == second.url
    assert re.search(r'<a rel="prev" href="([^"]+)"', second_html).group(1) == first.url
    # The Polish book goes on to a third chapter; the English one ends here.
    assert 'rel="next"' not in second_html
    assert 'rel="next"' in html_of(client, second.get_translation(Locale.objects.get(language_code="pl")).url)


def test_synchronised_facts_follow_the_polish_source(client, en, report):
    report.isbn = "978-83-01-00000-4"
    report.publication_date = datetime.date(2019, 6, 3)
    report.year_only = False
    report.save_revision().publish()
    report.refresh_from_db()
    source, _created = TranslationSource.update_or_create_from_instance(report)
    Translation.objects.get(source=source, target_locale=en).save_target()

    english = report.get_translation(en)
    assert english.isbn == report.isbn and english.publication_date == datetime.date(2019, 6, 3)
    html = html_of(client, english.url)
    assert h1(html) == "Partnerships give strength!"
    assert f"<dd>{report.isbn}</dd>" in html
    assert '<time datetime="2019-06-03">' in html
    assert f"ISBN {report.isbn}." in re.search(r'id="citation-text">(.*?)</p>', html, re.S).group(1)
