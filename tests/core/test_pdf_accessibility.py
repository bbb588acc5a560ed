"""The site's own PDFs (demo.files.pdf) are tagged: a structure tree whose headings and
paragraphs point at marked content that really is in the pages, with title and language."""

import io
import re
import zlib

import pytest
from pypdf import PdfReader
from pypdf.generic import IndirectObject

from demo.files.pdf import build_pdf

PAGES = [
    [("h", "Zażółć gęślą jaźń"), ("p", "Źdźbło łąki – „cytat” i ŁÓDŹ."), ("h", "Co dalej"),
     ("p", "Gmina ćwiczy e-usługi. " * 12)],
    [("h", "Podsumowanie"), ("p", "Ostatnia strona: ŚĆŃ.")],
]


def reader(data):
    return PdfReader(io.BytesIO(data))


@pytest.fixture
def pdf():
    return reader(build_pdf("Zażółć gęślą jaźń", PAGES, author="Iwona Kusak", subject="Poradnik"))


def resolve(value):
    return value.get_object() if isinstance(value, IndirectObject) else value


def structure(pdf):
    """The /Document element and its children as (type, page number, MCID)."""
    root = pdf.trailer["/Root"]
    tree = root["/StructTreeRoot"].get_object()
    (document,) = [resolve(k) for k in tree["/K"]]
    page_numbers = {page.indirect_reference.idnum: n for n, page in enumerate(pdf.pages)}
    kids = []
    for kid in document["/K"]:
        element = resolve(kid)
        assert resolve(element["/P"]).get("/S") == "/Document"
        kids.append((element["/S"], page_numbers[element.raw_get("/Pg").idnum], int(element["/K"])))
    return document, kids


def marked_content(page):
    """{MCID: tag} of the marked-content sequences in the page's content stream."""
    raw = page.get_contents().get_data()
    return {int(mcid): tag for tag, mcid in re.findall(rb"/(\w+) <</MCID (\d+)>> BDC", raw)}


def test_catalog_declares_tagging_language_and_title(pdf):
    root = pdf.trailer["/Root"]
    assert root["/MarkInfo"]["/Marked"] is True or root["/MarkInfo"]["/Marked"] == True  # noqa: E712
    assert root["/Lang"] == "pl-PL"
    assert root["/ViewerPreferences"]["/DisplayDocTitle"] == True  # noqa: E712
    assert pdf.metadata.title == "Zażółć gęślą jaźń"
    assert pdf.metadata.author == "Iwona Kusak"
    assert pdf.pdf_header == "%PDF-1.7"


def test_xmp_metadata_gives_title_and_language():
    pdf = reader(build_pdf("Strong in partnership", [[("p", "Text")]], author="FRSI", language="en-GB"))
    xmp = pdf.xmp_metadata
    assert xmp.dc_title == {"x-default": "Strong in partnership"}
    assert xmp.dc_language == ["en-GB"]
    assert xmp.dc_creator == ["FRSI"]
    assert pdf.trailer["/Root"]["/Lang"] == "en-GB"


def test_structure_tree_holds_one_h1_then_h2_and_p(pdf):
    _document, kids = structure(pdf)
    assert [kind for kind, _page, _mcid in kids] == ["/H1", "/P", "/H2", "/P", "/H2", "/P"]
    assert [page for _kind, page, _mcid in kids] == [0, 0, 0, 0, 1, 1]


def test_every_element_points_at_marked_content_in_its_page(pdf):
    _document, kids = structure(pdf)
    for kind, page, mcid in kids:
        assert marked_content(pdf.pages[page])[mcid] == kind[1:].encode()
    # and nothing is marked that the tree does not know
    for number, page in enumerate(pdf.pages):
        assert sorted(marked_content(page)) == sorted(m for _k, p, m in kids if p == number)


def test_parent_tree_maps_each_page_back_to_its_elements(pdf):
    tree = pdf.trailer["/Root"]["/StructTreeRoot"]
    nums = list(resolve(tree["/ParentTree"])["/Nums"])
    keys, arrays = nums[0::2], nums[1::2]
    _document, kids = structure(pdf)
    for number, page in enumerate(pdf.pages):
        assert page["/StructParents"] == number
        assert page["/Tabs"] == "/S"
        entries = [resolve(e) for e in resolve(arrays[keys.index(number)])]
        # the array is indexed by MCID: entry i is the element of MCID i on this page
        assert [(e["/S"], int(e["/K"])) for e in entries] == [(k, m) for k, p, m in kids if p == number]
        assert all(e.raw_get("/Pg").idnum == page.indirect_reference.idnum for e in entries)
    assert tree["/ParentTreeNextKey"] == len(pdf.pages)


def test_page_numbers_are_artifacts(pdf):
    for number, page in enumerate(pdf.pages, start=1):
        raw = page.get_contents().get_data()
        assert f"/Artifact <</Type /Pagination>> BDC BT /F1 9 Tf 1 0 0 1 290 30 Tm ({number}) Tj ET EMC".encode() in raw


def test_text_stays_extractable_with_polish_letters(pdf):
    assert len(pdf.pages) == 2
    first = pdf.pages[0].extract_text()
    assert "Zażółć gęślą jaźń" in first and "Źdźbło łąki – „cytat” i ŁÓDŹ." in first
    assert "Ostatnia strona: ŚĆŃ." in pdf.pages[1].extract_text()


def test_content_streams_are_compressed_and_balanced(pdf):
    for page in pdf.pages:
        raw = zlib.decompress(page["/Contents"].get_object()._data)
        assert raw.count(b"BDC") == raw.count(b"EMC") and raw.count(b"BT") == raw.count(b"ET")


def test_text_that_does_not_fit_makes_no_empty_element():
    long_page = [("p", f"Akapit {n}: " + "słowo " * 60) for n in range(40)]
    pdf = reader(build_pdf("Długi", [long_page]))
    _document, kids = structure(pdf)
    marked = marked_content(pdf.pages[0])
    assert 0 < len(kids) < 40 and sorted(marked) == [m for _k, _p, m in kids]


def test_the_demo_pdfs_are_tagged(demo):
    from core.models import CustomDocument

    documents = CustomDocument.objects.filter(file__endswith=".pdf")
    assert documents.count() > 100
    for document in [documents.first(), documents.last(), documents.get(file__contains="mocni-w-partnerstwie")]:
        with document.file.open("rb") as handle:
            pdf = reader(handle.read())
        assert pdf.trailer["/Root"]["/MarkInfo"]["/Marked"] == True  # noqa: E712
        _document, kids = structure(pdf)
        assert kids[0][0] == "/H1" and {"/P"} <= {kind for kind, _p, _m in kids}
        assert len(pdf.pages) == document.page_count or document.page_count is None
