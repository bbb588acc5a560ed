"""Private means private: /media/ serves image renditions only (issue 14, scope 1).

The site runs with DJANGO_SERVE_MEDIA=1 here, as `make serve` does; every file below is a real file
in the media storage.
"""

import importlib

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.urls import clear_url_caches
from wagtail.models import Collection, CollectionViewRestriction

from core.media_paths import is_public_media_path, nginx_media_locations
from core.models import CustomDocument, CustomImage
from demo.files.pdf import build_pdf
from tests.core.app_server import app_server, raw_request
from tests.core.test_uploads import png_bytes


@pytest.fixture
def serving_media(settings):
    import config.urls

    settings.SERVE_MEDIA = True
    importlib.reload(config.urls)
    clear_url_caches()
    yield
    settings.SERVE_MEDIA = False
    importlib.reload(config.urls)
    clear_url_caches()


@pytest.fixture
def private_document(db):
    # A transactional test before this one may have flushed the root collection with the rest.
    root = Collection.get_first_root_node() or Collection.add_root(name="Root")
    collection = root.add_child(name="Zespół: tylko po zalogowaniu")  # sorts last: no reordering of siblings
    CollectionViewRestriction.objects.create(collection=collection, restriction_type=CollectionViewRestriction.LOGIN)
    data = build_pdf("Notatka wewnętrzna", [[("p", "Poufne ustalenia zespołu.")]])
    document = CustomDocument(title="Notatka wewnętrzna", collection=collection,
                              file=ContentFile(data, name="notatka-wewnetrzna.pdf"))
    document.save()
    return document, data


@pytest.fixture
def public_image(db):
    image = CustomImage(title="Zdjęcie", alt_text="Opis", file=ContentFile(png_bytes(), name="zdjecie.png"))
    image.save()
    return image


def test_private_document_needs_login_and_has_no_media_url(serving_media, private_document, client):
    document, data = private_document
    response = client.get(document.url)
    assert response.status_code == 302
    assert "login" in response["Location"]
    assert default_storage.exists(document.file.name)  # the file is really there
    assert client.get(f"/media/{document.file.name}").status_code == 404


def test_logged_in_reader_gets_the_private_document_through_the_view(serving_media, private_document, admin_client):
    document, data = private_document
    response = admin_client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == data
    assert admin_client.get(f"/media/{document.file.name}").status_code == 404  # not even for editors


def test_public_documents_are_not_media_either(serving_media, client, db):
    document = CustomDocument(title="Poradnik", file=ContentFile(build_pdf("Poradnik", [[("p", "Treść")]]),
                                                                  name="poradnik.pdf"))
    document.save()
    assert client.get(document.url).status_code == 200
    assert client.get(f"/media/{document.file.name}").status_code == 404


def test_unfinished_uploads_and_originals_are_not_served(serving_media, client, public_image):
    name = default_storage.save("wagtail_uploads/x", ContentFile(b"%PDF-1.4 half-finished upload"))
    assert default_storage.exists(name)
    assert client.get(f"/media/{name}").status_code == 404
    assert client.get("/media/wagtail_uploads/x").status_code == 404
    assert default_storage.exists(public_image.file.name)
    assert client.get(f"/media/{public_image.file.name}").status_code == 404


def test_renditions_still_load(serving_media, client, public_image):
    rendition = public_image.get_rendition("fill-20x20|format-webp")
    response = client.get(rendition.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/webp"
    assert response["Cache-Control"] == "public, max-age=86400"
    assert b"".join(response.streaming_content)[:4] == b"RIFF"
    png = public_image.get_rendition("max-30x30")
    assert client.get(png.url).status_code == 200


@pytest.mark.parametrize("path", [
    "/media/images/../documents/notatka.pdf",
    "/media/images/%2e%2e/documents/notatka.pdf",
    "/media/images//notatka.png",
    "/media/images/.hidden.png",
    "/media/images/sub/x.png",
    "/media/images/x.pdf",
    "/media/documents/",
    "/media/",
])
def test_tricks_do_not_reach_private_files(serving_media, client, private_document, path):
    assert client.get(path).status_code == 404


@pytest.mark.parametrize("path,public", [
    ("images/zdjecie.2e16d0ba.fill-800x450.format-webp.webp", True),
    ("images/logo_AbC123.max-165x165.png", True),
    ("images/-dash.fill-80x80.jpg", True),
    ("images/zdjecie.original.avif", True),
    ("original_images/zdjecie.jpg", False),
    ("documents/raport.pdf", False),
    ("wagtail_uploads/x", False),
    ("images/../documents/raport.pdf", False),
    ("images/x.svg", False),
    ("images/x.html", False),
    ("images/.png", False),
    ("images\\x.png", False),
    ("/images/x.png", False),
    ("images/a/x.png", False),
    ("", False),
])
def test_allow_list(path, public):
    assert is_public_media_path(path) is public


def test_nginx_rules_use_the_same_pattern():
    rules = nginx_media_locations("/srv/emocni/media/")
    assert "location ~ ^/media/(images/[A-Za-z0-9_-][A-Za-z0-9._-]*\\.(?:avif|gif|ico|jpeg|jpg|png|webp))$ {" in rules
    assert "alias /srv/emocni/media/$1;" in rules
    assert "location /media/ {" in rules and "return 404;" in rules


def raw_get(base_url, path):
    return raw_request(base_url, f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")


def test_http_server_refuses_private_media(serving_media, private_document, public_image):
    document, _data = private_document
    with app_server() as base_url:
        assert raw_get(base_url, f"/media/{document.file.name}")[0] == 404
        status, reply = raw_get(base_url, document.url)
        assert status == 302 and b"login" in reply.lower()
        assert raw_get(base_url, public_image.get_rendition("max-30x30").url)[0] == 200
