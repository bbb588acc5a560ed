import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from core.models import CustomDocument, CustomImage
from demo.files.pdf import build_pdf


def zip_bytes(entries):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def upload_document(client, name, data):
    return client.post(
        "/admin/documents/add/",
        {"title": name, "file": SimpleUploadedFile(name, data), "collection": 1, "tags": ""},
    )


def png_bytes():
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "teal").save(buffer, "PNG")
    return buffer.getvalue()


def test_valid_pdf_is_accepted_and_size_stored(admin_client):
    data = build_pdf("Poradnik", [[("p", "Treść")]])
    response = upload_document(admin_client, "poradnik.pdf", data)
    assert response.status_code == 302
    document = CustomDocument.objects.get(title="poradnik.pdf")
    assert document.file_size == len(data)


def test_valid_docx_and_odt_are_accepted(admin_client):
    docx = zip_bytes({"[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>"})
    odt = zip_bytes({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<x/>"})
    assert upload_document(admin_client, "scenariusz.docx", docx).status_code == 302
    assert upload_document(admin_client, "scenariusz.odt", odt).status_code == 302


@pytest.mark.parametrize("name,data", [
    ("raport.pdf", b"MZ\x90\x00 not a pdf at all"),
    ("raport.pdf", b""),
    ("scenariusz.docx", zip_bytes({"readme.txt": "hello"})),
    ("scenariusz.odt", zip_bytes({"mimetype": "application/epub+zip"})),
    ("arkusz.xlsx", b"%PDF-1.4 a pdf in disguise"),
    ("paczka.zip", b"PK\x03\x04broken"),
])
def test_content_not_matching_extension_is_refused(admin_client, name, data):
    before = CustomDocument.objects.count()
    response = upload_document(admin_client, name, data)
    assert response.status_code == 200
    errors = response.context["form"].errors["file"]
    assert errors
    assert CustomDocument.objects.count() == before


@pytest.mark.parametrize("name", ["program.exe", "strona.html", "skrypt.js", "tekst.txt"])
def test_document_extension_outside_the_list_is_refused(admin_client, name):
    before = CustomDocument.objects.count()
    response = upload_document(admin_client, name, b"%PDF-1.4")
    assert response.status_code == 200
    assert "file" in response.context["form"].errors
    assert CustomDocument.objects.count() == before


def test_image_upload_stores_size_and_refuses_svg_and_fakes(admin_client):
    before = CustomImage.objects.count()
    ok = admin_client.post("/admin/images/add/", {
        "title": "zdjęcie", "file": SimpleUploadedFile("zdjecie.png", png_bytes()), "collection": 1,
        "tags": "", "alt_text": "Opis",
    })
    assert ok.status_code == 302
    assert CustomImage.objects.get(title="zdjęcie").file_size > 0

    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    for name, data in [("logo.svg", svg), ("fake.png", b"not an image"), ("fake.jpg", png_bytes())]:
        response = admin_client.post("/admin/images/add/", {
            "title": name, "file": SimpleUploadedFile(name, data), "collection": 1, "tags": "",
        })
        assert response.status_code == 200, name
        assert "file" in response.context["form"].errors, name
    assert CustomImage.objects.count() == before + 1
