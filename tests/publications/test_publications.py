import json
import re

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from core.models import CustomDocument
from home.models import HomePage, StandardPage
from publications.isbn import is_valid_isbn, validate_isbn
from publications.models import HandbookChapterPage, HandbookPage, PublicationIndexPage, PublicationPage


def test_page_tree_rules(index):
    home = HomePage.objects.get(locale__language_code="pl")
    handbook = HandbookPage.objects.get(locale__language_code="pl")
    assert PublicationIndexPage.can_create_at(home) is False  # one index per home page
    assert PublicationPage.can_create_at(index) and HandbookPage.can_create_at(index)
    assert not PublicationPage.can_create_at(home)
    assert not PublicationPage.can_create_at(StandardPage.objects.get(slug="o-projekcie"))
    assert HandbookChapterPage.can_create_at(handbook)
    assert not HandbookChapterPage.can_create_at(index)
    assert not HandbookChapterPage.can_create_at(PublicationPage.objects.get(slug="partnerstwa-daja-moc"))


@pytest.mark.parametrize("value,valid", [
    ("978-83-01-00000-4", True), ("9788301000004", True), ("ISBN 978 83 01 00000 4", True), ("978-83-01-00000-1", False),
    ("0-306-40615-2", True), ("0-8044-2957-X", True),
    ("978-83-01-00000-2", False), ("0-306-40615-3", False), ("12345", False), ("97883010000011", False),
])
def test_isbn_checksum(value, valid):
    assert is_valid_isbn(value) is valid
    if not valid:
        with pytest.raises(ValidationError):
            validate_isbn(value)


def test_index_lists_newest_first_with_type_year_and_feed_link(index, client):
    html = client.get("/publikacje/").content.decode()
    titles = re.findall(r'<h2 class="card__title"><a href="[^"]+">([^<]+)</a>', html)
    assert titles[:2] == ["Mocni w partnerstwie", "Ramowy katalog kompetencji cyfrowych"]
    assert titles[-1] == "Partnerstwa dają moc!"  # unknown date goes last
    assert 'type="application/atom+xml"' in html and "/publikacje/feed/" in html
    assert "Poradnik · 2017" in html


@pytest.mark.parametrize("query,expected", [
    ("?typ=handbook", ["Mocni w partnerstwie"]),
    ("?rok=2015", ["Ramowy katalog kompetencji cyfrowych"]),
    ("?typ=handbook&typ=catalogue", ["Mocni w partnerstwie", "Ramowy katalog kompetencji cyfrowych"]),
    ("?typ=handbook&rok=2015", []),
])
def test_filters(index, client, query, expected):
    html = client.get("/publikacje/" + query).content.decode()
    assert re.findall(r'<h2 class="card__title"><a href="[^"]+">([^<]+)</a>', html) == expected
    if expected:
        assert 'class="chip"' in html


@pytest.mark.parametrize("query", ["?typ=nieznany", "?rok=abc", "?rok=", "?page=abc", "?foo=bar&typ=%00"])
def test_bad_filter_input_is_ignored_with_notice(index, client, query):
    response = client.get("/publikacje/" + query)
    assert response.status_code == 200
    if "foo" not in query:
        assert "notice" in response.content.decode()


@pytest.mark.parametrize("query", ["?page=0", "?page=99", "?page=-3"])
def test_out_of_range_page_is_404(index, client, query):
    assert client.get("/publikacje/" + query).status_code == 404


def test_atom_feed(index, client):
    response = client.get("/publikacje/feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    body = response.content.decode()
    assert body.count("<entry>") == 3 and "Partnerstwa dają moc!" in body


def test_publication_page_shows_files_people_citation_and_metadata(index, client):
    html = client.get("/publikacje/mocni-w-partnerstwie/").content.decode()
    link = re.search(r'<a class="download" href="(/documents/\d+/[^"]+)"[^>]*>(.*?)</a>', html, re.S)
    assert link
    text = re.sub(r"<[^>]+>|\s+", " ", link.group(2))
    document = CustomDocument.objects.get(title="Mocni w partnerstwie – poradnik (PDF)")
    assert document.page_count == 7
    assert re.search(r"\(PDF, \d+,\d KB, 7 stron, polski\)", text), text
    assert "Iwona Kusak" in html and "Korekta" in html and "Beata Trebel-Bednarz" in html
    assert "CC BY 3.0 PL" in html and 'rel="license"' in html
    assert "Iwona Kusak (2017). Mocni w partnerstwie, czyli jak budować" in html
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert data["@type"] == "Book" and data["author"][0]["name"] == "Iwona Kusak"
    assert data["license"].startswith("https://creativecommons.org/licenses/by/3.0/pl")
    assert data["encoding"][0]["encodingFormat"] == "PDF"
    assert '<meta property="og:title" content="Mocni w partnerstwie">' in html
    assert 'property="og:image"' in html


def test_demo_pdfs_have_title_language_and_text(index):
    from pypdf import PdfReader

    document = CustomDocument.objects.get(title="Partnerstwa dają moc! (PDF)")
    with document.file.open("rb") as handle:
        reader = PdfReader(handle)
        assert reader.metadata.title.startswith("Partnerstwa dają moc!")
        assert reader.trailer["/Root"]["/Lang"] == "pl-PL"
        assert "partnerstwo" in reader.pages[1].extract_text().lower()


def test_cover_needs_alt_text(index):
    page = PublicationPage.objects.get(slug="partnerstwa-daja-moc")
    page.cover.alt_text = ""
    page.cover_alt_text = ""
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "cover_alt_text" in error.value.message_dict


def test_index_and_page_query_counts_do_not_grow(index, client, make_publications):
    make_publications(5)
    client.get("/publikacje/")
    with CaptureQueriesContext(connection) as few:
        client.get("/publikacje/")
    with CaptureQueriesContext(connection) as few_page:
        client.get("/publikacje/publikacja-1/")
    make_publications(15, start=5)  # 20 in all: more than a page of the list (PER_PAGE = 12)
    client.get("/publikacje/")
    with CaptureQueriesContext(connection) as many:
        client.get("/publikacje/")
    with CaptureQueriesContext(connection) as many_page:
        client.get("/publikacje/publikacja-1/")
    assert len(many) == len(few)
    assert len(many_page) == len(few_page)


def test_handbook_contents_chapters_and_full_view(index, client):
    book = client.get("/publikacje/mocni-w-partnerstwie/").content.decode()
    chapters = re.findall(r'<li><a href="(/publikacje/mocni-w-partnerstwie/[a-z-]+/)">', book)
    assert len(chapters) >= 6
    second = client.get(chapters[1]).content.decode()
    assert "Rozdział 2" in second
    assert f'href="{chapters[1]}" aria-current="page"' in second
    assert f'rel="prev" href="{chapters[0]}"' in second and f'rel="next" href="{chapters[2]}"' in second
    anchors = re.findall(r'<a href="#([a-z0-9-]+)">', second)
    assert anchors and all(f'id="{anchor}"' in second for anchor in anchors)
    full = client.get("/publikacje/mocni-w-partnerstwie/calosc/").content.decode()
    assert full.count('class="handbook-chapter"') == len(chapters)
    assert full.count("<h1") == 1
    ids = re.findall(r'id="([^"]+)"', full)
    assert len(ids) == len(set(ids)), "duplicate ids on the one-page handbook"


def test_create_publication_through_admin(index, admin_client):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

    document = CustomDocument.objects.first()
    data = nested_form_data({
        "title": "Nowy raport", "slug": "nowy-raport", "subtitle": "", "lead": "O czym jest raport.",
        "cover": "", "cover_alt_text": "", "publication_type": "report", "publication_date": "2019-12-30",
        "publisher": "FRSI", "place": "Warszawa", "isbn": "978-83-01-00000-4", "licence": "", "language": "pl",
        "editor_note": "", "body": streamfield([]),
        "authors": inline_formset([{"name": "Anna Nowak", "role": "author"}]),
        "files": inline_formset([{"document": document.id, "label": "Raport", "language": "pl"}]),
        "action-publish": "publish",
    })
    response = admin_client.post(f"/admin/pages/add/publications/publicationpage/{index.id}/", data)
    assert response.status_code == 302, (response.context["form"].errors, [f.errors for f in response.context["form"].formsets.values()])
    page = PublicationPage.objects.get(slug="nowy-raport")
    assert page.isbn == "9788301000004" and page.files.count() == 1 and page.authors.count() == 1

    data["slug"], data["title"], data["isbn"] = "zly-isbn", "Zły ISBN", "978-83-01-00000-2"
    response = admin_client.post(f"/admin/pages/add/publications/publicationpage/{index.id}/", data)
    assert response.status_code == 200
    assert not PublicationPage.objects.filter(slug="zly-isbn").exists()


def test_index_is_translatable_page(index):
    assert Page.objects.filter(slug="publikacje", locale__language_code="pl").exists()
