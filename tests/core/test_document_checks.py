"""Issue 19, scope 3: every uploaded document checked for accessibility, shown to the editor.

Each check is shown to catch its fault on a file made here (an untagged PDF, one without a
language, without a title or with the title hidden, a scan without text, a PDF with a font
that is not embedded, Word and OpenDocument files without headings or language), the site's
own PDFs pass every check, the admin shows the result on the document's page and lists the
files with problems in a report.
"""

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject

from core.document_checks import check_document
from core.models import CustomDocument
from demo.files.pdf import build_pdf

TAGGED = build_pdf("Mocni w partnerstwie", [[("h", "Rozdział 1"), ("p", "Gminy budują partnerstwa lokalne. " * 4)]])


def altered(remove_root=(), remove_info=False, blank=False):
    """The tagged PDF with parts of its catalog taken away, or a blank page (a 'scan')."""
    writer = PdfWriter(clone_from=io.BytesIO(TAGGED)) if not blank else PdfWriter()
    if blank:
        writer.add_blank_page(595, 842)
        writer.add_metadata({"/Title": "Skan"})
    for key in remove_root:
        writer._root_object.pop(NameObject(key), None)
    if remove_info:
        writer._info = None
        writer.add_metadata({"/Producer": "test"})
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def helvetica_pdf():
    """A one-page PDF whose text uses Helvetica without embedding it (as many office exports do)."""
    stream = b"BT /F1 12 Tf 72 720 Td (Scenariusz zajec dla seniorow w bibliotece gminnej) Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /Lang (pl-PL) /MarkInfo << /Marked true >> /StructTreeRoot 6 0 R "
        b"/ViewerPreferences << /DisplayDocTitle true >> >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /StructTreeRoot >>",
        b"<< /Title (Scenariusz) >>",
    ]
    out, offsets = bytearray(b"%PDF-1.7\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 7 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def office(entries):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
STYLES = (f'<w:styles {W}><w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="pl-PL"/></w:rPr></w:rPrDefault>'
          '</w:docDefaults><w:style w:type="paragraph" w:styleId="Nagwek1"><w:name w:val="heading 1"/></w:style>'
          '</w:styles>')
CORE = '<cp:coreProperties xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Scenariusz</dc:title></cp:coreProperties>'


def docx(with_heading=True, styles=STYLES):
    heading = '<w:p><w:pPr><w:pStyle w:val="Nagwek1"/></w:pPr><w:r><w:t>Cele</w:t></w:r></w:p>' if with_heading else ""
    body = f'<w:document {W}><w:body>{heading}<w:p><w:r><w:t>Tekst</w:t></w:r></w:p></w:body></w:document>'
    return office({"[Content_Types].xml": "<Types/>", "word/document.xml": body, "word/styles.xml": styles,
                   "docProps/core.xml": CORE})


def odt(with_heading=True, language=True):
    heading = '<text:h text:outline-level="1">Cele</text:h>' if with_heading else ""
    lang = ' fo:language="pl" fo:country="PL"' if language else ""
    return office({
        "mimetype": "application/vnd.oasis.opendocument.text",
        "content.xml": f"<office:document-content><office:body><office:text>{heading}<text:p>Tekst</text:p>"
                       "</office:text></office:body></office:document-content>",
        "styles.xml": f"<office:document-styles><style:default-style><style:text-properties{lang}/>"
                      "</style:default-style></office:document-styles>",
        "meta.xml": "<office:document-meta><office:meta><dc:title>Scenariusz</dc:title></office:meta></office:document-meta>",
    })


def codes(data, extension):
    return check_document(io.BytesIO(data), extension)


def test_the_sites_own_pdfs_pass_every_check():
    assert codes(TAGGED, "pdf") == []
    fonts = PdfReader(io.BytesIO(TAGGED)).pages[0]["/Resources"]["/Font"]
    assert {font.get_object()["/Subtype"] for font in fonts.values()} == {"/TrueType"}


@pytest.mark.parametrize(("data", "expected"), [
    (altered(remove_root=["/MarkInfo"]), ["not-tagged"]),
    (altered(remove_root=["/StructTreeRoot"]), ["not-tagged"]),
    (altered(remove_root=["/Lang"]), ["no-language"]),
    (altered(remove_root=["/ViewerPreferences"]), ["title-not-shown"]),
    (altered(remove_info=True), ["no-title"]),
    (helvetica_pdf(), ["fonts-not-embedded"]),
], ids=["no-markinfo", "no-structure-tree", "no-lang", "title-hidden", "no-title", "helvetica"])
def test_each_pdf_check_sees_its_fault(data, expected):
    assert codes(data, "pdf") == expected


def test_a_scan_without_text_is_flagged():
    found = codes(altered(blank=True), "pdf")
    assert "no-text" in found and "not-tagged" in found and "no-language" in found


def test_office_files_headings_and_language():
    assert codes(docx(), "docx") == []
    assert codes(docx(with_heading=False), "docx") == ["no-headings"]
    assert codes(docx(styles=STYLES.replace('<w:lang w:val="pl-PL"/>', "")), "docx") == ["no-language"]
    assert codes(odt(), "odt") == []
    assert codes(odt(with_heading=False), "odt") == ["no-headings"]
    assert codes(odt(language=False), "odt") == ["no-language"]


def test_unreadable_files_are_reported_not_raised():
    assert codes(b"%PDF-1.7 broken", "pdf") == ["unreadable"]
    assert codes(b"PK\x03\x04 broken", "docx") == ["unreadable"]
    assert codes(b"anything", "xlsx") is None


def upload(client, name, data):
    return client.post("/admin/documents/add/",
                       {"title": name, "file": SimpleUploadedFile(name, data), "collection": 1, "tags": ""})


def test_editor_sees_the_problems_beside_the_document_and_in_the_report(admin_client):
    assert upload(admin_client, "bez-znacznikow.pdf", altered(remove_root=["/MarkInfo", "/Lang"])).status_code == 302
    assert upload(admin_client, "dobry.pdf", TAGGED).status_code == 302
    untagged = CustomDocument.objects.get(title="bez-znacznikow.pdf")
    good = CustomDocument.objects.get(title="dobry.pdf")
    assert untagged.accessibility_problems == ["no-language", "not-tagged"]
    assert good.accessibility_problems == []

    page = admin_client.get(f"/admin/documents/edit/{untagged.pk}/").content.decode()
    assert "Dostępność pliku" in page
    assert "nie ma znaczników" in page and "czytnik ekranu" in page.lower()
    page = admin_client.get(f"/admin/documents/edit/{good.pk}/").content.decode()
    assert "Automatyczne sprawdzenie nie znalazło problemów" in page

    report = admin_client.get("/admin/reports/dostepnosc-dokumentow/").content.decode()
    assert "bez-znacznikow.pdf" in report and "dobry.pdf" not in report


def test_replacing_the_file_checks_it_again(admin_client):
    assert upload(admin_client, "plik.pdf", TAGGED).status_code == 302
    document = CustomDocument.objects.get(title="plik.pdf")
    response = admin_client.post(f"/admin/documents/edit/{document.pk}/", {
        "title": "plik.pdf", "collection": 1, "tags": "",
        "file": SimpleUploadedFile("plik.pdf", helvetica_pdf()),
    })
    assert response.status_code == 302
    document.refresh_from_db()
    assert document.accessibility_problems == ["fonts-not-embedded"]


def test_command_checks_documents_uploaded_before_the_checks(db):
    document = CustomDocument.objects.create(title="stary", file=SimpleUploadedFile("stary.pdf", TAGGED))
    CustomDocument.objects.filter(pk=document.pk).update(accessibility_problems=None)
    out = io.StringIO()
    call_command("check_document_accessibility", stdout=out)
    document.refresh_from_db()
    assert document.accessibility_problems == [] and "Checked 1" in out.getvalue()


def test_every_demo_document_passes_the_checks(demo):
    checked = CustomDocument.objects.filter(accessibility_problems__isnull=False)
    failing = {doc.title: doc.accessibility_problems for doc in checked if doc.accessibility_problems}
    assert checked.count() > 20 and not failing, failing
