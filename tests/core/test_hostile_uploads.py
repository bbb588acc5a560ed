"""Uploads cannot take the server down (issue 14, scope 5): sizes refused from Content-Length, ZIP
bombs from their declared sizes, images from their header's pixel count; text extraction streams."""

import io
import time
import tracemalloc
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart

from core.models import CustomDocument, CustomImage
from core.validators import MAX_UNPACKED_SIZE
from scenarios.transfer.files import SourceError, ZipFiles
from scenarios.transfer.readers import TableError, read_xlsx
from search.extract import MAX_CHARS, extract_text
from tests.core.app_server import app_server, raw_request
from tests.core.hostile_files import GiB, MiB, docx_bomb, png_of_pixels, zip_of_zeros
from tests.core.test_uploads import upload_document, zip_bytes

MB200 = 200 * 1024 * 1024


def post_claiming(client, url, length, **headers):
    """A post whose Content-Length claims `length` bytes while the body holds a few hundred: the test
    client fails loudly if anything tries to read more than it holds."""
    body = encode_multipart(BOUNDARY, {"title": "x", "file": SimpleUploadedFile("plik.pdf", b"%PDF-1.4\n")})
    return client.generic("POST", url, body, content_type=MULTIPART_CONTENT, CONTENT_LENGTH=str(length), **headers)


@pytest.mark.parametrize("url,word", [
    ("/admin/documents/add/", "document"),
    ("/admin/documents/multiple/add/", "document"),
    ("/admin/documents/edit/1/", "document"),
    ("/admin/documents/chooser/create/", "document"),
    ("/admin/images/add/", "image"),
    ("/admin/images/multiple/add/", "image"),
    ("/admin/images/1/", "image"),
    ("/admin/images/chooser/create/", "image"),
])
def test_oversized_upload_refused_from_its_content_length(admin_client, admin_user, url, word):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()
    response = post_claiming(admin_client, url, MB200)
    assert response.status_code == 413
    text = response.content.decode().replace("\xa0", " ")
    other = "image" if word == "document" else "document"
    assert f"This {word} is too big (200.0 MB)" in text or f"This {word} is too big (200,0 MB)" in text, text
    assert other not in text


def test_document_message_in_polish_never_says_image(admin_client, admin_user):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "pl"
    profile.save()
    text = post_claiming(admin_client, "/admin/documents/add/", MB200).content.decode().replace("\xa0", " ")
    assert "Ten dokument jest za duży (200,0 MB)" in text
    assert "obraz" not in text.lower()


def test_multiple_uploader_gets_json(admin_client):
    response = post_claiming(admin_client, "/admin/images/multiple/add/", MB200, HTTP_X_REQUESTED_WITH="XMLHttpRequest")
    assert response.status_code == 413
    assert response.json()["success"] is False and response.json()["error_message"]


def test_scenario_import_and_public_posts_have_limits(admin_client, client):
    assert post_claiming(admin_client, "/admin/scenariusze/import/", MB200).status_code == 413
    assert post_claiming(client, "/zgoda/", 20 * MiB).status_code == 413
    assert post_claiming(client, "/admin/login/", MB200).status_code == 413


def test_uploads_within_the_limit_still_work(admin_client):
    from demo.files.pdf import build_pdf

    response = upload_document(admin_client, "poradnik.pdf", build_pdf("Poradnik", [[("p", "Treść")]]))
    assert response.status_code == 302


def test_unknown_length_is_refused(admin_client):
    body = b"x" * 10
    response = admin_client.generic("POST", "/admin/documents/add/", body, content_type=MULTIPART_CONTENT,
                                    CONTENT_LENGTH="", HTTP_TRANSFER_ENCODING="chunked")
    assert response.status_code == 411


def test_http_server_answers_413_without_the_body(db):
    """200 MB announced, not a byte of body sent: the answer comes at once."""
    started = time.monotonic()
    with app_server() as base_url:
        status, reply = raw_request(base_url, (
            f"POST /admin/documents/add/ HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            f"Content-Type: multipart/form-data; boundary=x\r\nContent-Length: {MB200}\r\n\r\n"), b"</html>")
    assert status == 413, reply[:200]
    assert time.monotonic() - started < 5
    assert "dokument jest za duży" in reply.decode("utf-8", "replace").lower()


# ZIP bombs -----------------------------------------------------------------------------------------

def test_zip_of_zeros_refused_from_its_directory(admin_client):
    data = zip_of_zeros()
    assert 12 * MiB < len(data) < 14 * MiB
    started = time.monotonic()
    response = upload_document(admin_client, "zera.zip", data)
    assert time.monotonic() - started < 10  # it used to unpack 12 GiB for 30 s
    assert response.status_code == 200
    errors = " ".join(response.context["form"].errors["file"])
    assert "ZIP" in errors and "bomb" in errors.lower()
    assert not CustomDocument.objects.filter(title="zera.zip").exists()


def test_docx_bomb_refused(admin_client):
    response = upload_document(admin_client, "bomba.docx", docx_bomb())
    assert response.status_code == 200
    assert response.context["form"].errors["file"]
    assert not CustomDocument.objects.filter(title="bomba.docx").exists()


@pytest.mark.parametrize("extension", ["zip", "docx", "xlsx", "pptx", "odt", "ods", "odp", "epub"])
def test_every_zip_format_is_checked(admin_client, extension):
    entries = {"[Content_Types].xml": "<Types/>", "word/a": "", "xl/a": "", "ppt/a": ""}
    if extension in {"odt", "ods", "odp", "epub"}:
        from core.validators import ZIP_MIMETYPES

        entries = {"mimetype": ZIP_MIMETYPES[extension]}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in entries.items():
            archive.writestr(name, text)
        archive.writestr("zera.bin", b"\0" * (8 * MiB))  # packs over a thousand times
    response = upload_document(admin_client, f"plik.{extension}", buffer.getvalue())
    assert response.status_code == 200, extension
    assert "ZIP" in " ".join(response.context["form"].errors["file"])


def test_zip_over_the_total_refused_even_when_each_part_packs_normally(admin_client):
    """Entries that each pack 90:1 (under the ratio limit) but add up to more than the total."""
    from tests.core.hostile_files import _zip

    payload = b"\0" * (64 * 1024)  # never unpacked: the declared sizes refuse the archive first
    declared = 90 * len(payload)
    entries = [(f"czesc{n}.bin", payload, 0, declared) for n in range(MAX_UNPACKED_SIZE // declared + 1)]
    response = upload_document(admin_client, "duze.zip", _zip(entries))
    assert response.status_code == 200
    errors = " ".join(response.context["form"].errors["file"]).replace("\xa0", " ")
    assert "256.0 MB" in errors or "256,0 MB" in errors, errors


def test_a_normal_zip_passes(admin_client):
    data = zip_bytes({"scenariusz.txt": "Scenariusz zajęć. " * 200})
    assert upload_document(admin_client, "paczka.zip", data).status_code == 302


def test_scenario_import_refuses_bombs():
    with pytest.raises(SourceError, match="bomb"):
        ZipFiles(io.BytesIO(zip_of_zeros(unpacked=100 * MiB)))
    with pytest.raises(TableError, match="bomb"):
        read_xlsx(docx_bomb(xml_size=64 * MiB))


# Text extraction -------------------------------------------------------------------------------------

def test_extraction_of_a_docx_bomb_streams_with_a_cap():
    data = docx_bomb(xml_size=GiB)
    tracemalloc.start()
    text = extract_text(io.BytesIO(data), "docx")
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert 0 < len(text) <= MAX_CHARS and "mocni" in text
    assert peak < 16 * MiB, peak  # it used to hold the whole gigabyte, several times


def test_extraction_of_tag_soup_stops_at_the_byte_cap():
    from tests.core.hostile_files import _repeated_deflate, _zip

    payload, crc = _repeated_deflate(b"<w:r>" * (MiB // 5), 256)  # 256 MiB of tags, no text at all
    data = _zip([("[Content_Types].xml", b"<Types/>"), ("word/document.xml", payload, crc, 256 * MiB)])
    started = time.monotonic()
    assert extract_text(io.BytesIO(data), "docx").strip() == ""
    assert time.monotonic() - started < 20


# Pixels ---------------------------------------------------------------------------------------------

def test_121_megapixel_png_refused_before_decoding(admin_client):
    data = png_of_pixels()
    tracemalloc.start()
    started = time.monotonic()
    response = admin_client.post("/admin/images/add/", {
        "title": "duży", "file": SimpleUploadedFile("duzy.png", data), "collection": 1, "tags": "", "alt_text": "x"})
    seconds = time.monotonic() - started
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert response.status_code == 200
    errors = " ".join(response.context["form"].errors["file"])
    assert "(121 " in errors and " 40 " in errors, errors
    assert not CustomImage.objects.filter(title="duży").exists()
    assert seconds < 5 and peak < 64 * MiB


def test_60_megapixel_png_gets_the_same_clear_error(admin_client):
    response = admin_client.post("/admin/images/add/", {
        "title": "duży", "file": SimpleUploadedFile("duzy.png", png_of_pixels(10_000, 6_000)), "collection": 1,
        "tags": "", "alt_text": "x"})
    assert response.status_code == 200
    assert "10000 × 6000" in " ".join(response.context["form"].errors["file"])


def test_multiple_upload_refuses_too_many_pixels(admin_client):
    response = admin_client.post("/admin/images/multiple/add/", {
        "files[]": SimpleUploadedFile("duzy.png", png_of_pixels()), "collection": 1})
    assert response.status_code == 200
    assert response.json()["success"] is False
    assert "40" in response.json()["error_message"]


def test_multiple_upload_page_tells_the_browser_the_right_words(admin_client):
    """The uploader checks the size in the browser too, with the form's message."""
    documents = admin_client.get("/admin/documents/multiple/add/").content.decode()
    images = admin_client.get("/admin/images/multiple/add/").content.decode()
    assert "Ten dokument jest za duży" in documents and "obraz jest za duży" not in documents.lower()
    assert "Ten obraz jest za duży" in images
