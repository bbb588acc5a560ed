"""Area ZIPs are built once per content and kept in the media storage (scenarios/area_zip.py):
every app server hands out the same stored archive, and a change gives a new one."""

import io
import zipfile

import pytest
from django.core.files.storage import default_storage

from scenarios import area_zip
from scenarios.models import ScenarioPage

URL = "/scenariusze/pobierz/zdrowie/"


@pytest.fixture
def builds(monkeypatch):
    if default_storage.exists(area_zip.ARCHIVE_FOLDER):  # archives other tests left behind
        for name in default_storage.listdir(area_zip.ARCHIVE_FOLDER)[1]:
            default_storage.delete(f"{area_zip.ARCHIVE_FOLDER}/{name}")
    calls = []
    original = area_zip.build_archive

    def counting(entries, attribution):
        calls.append(len(entries))
        return original(entries, attribution)

    monkeypatch.setattr(area_zip, "build_archive", counting)
    return calls


def archive_names(response):
    return zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content))).namelist()


@pytest.mark.django_db
def test_the_archive_is_built_once_and_then_served_from_storage(catalogue, client, builds):
    first = client.get(URL)
    second = client.get(URL)
    assert first.status_code == second.status_code == 200
    assert len(builds) == 1, "the second request zipped the files again"
    assert archive_names(first) == archive_names(second)
    _folders, stored = default_storage.listdir(area_zip.ARCHIVE_FOLDER)
    assert len([name for name in stored if "-pl-zdrowie-" in name]) == 1


@pytest.mark.django_db
def test_a_published_change_gives_a_new_archive_and_drops_the_old(catalogue, client, builds):
    client.get(URL)
    page = ScenarioPage.objects.child_of(catalogue).live().filter(area__slug="zdrowie").first()
    page.title = f"{page.title} – wydanie drugie"
    page.save_revision().publish()
    response = client.get(URL)
    assert len(builds) == 2
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    [attribution] = [name for name in archive.namelist() if "/" not in name and name.endswith(".txt")]
    assert "wydanie drugie" in archive.read(attribution).decode("utf-8")
    _folders, stored = default_storage.listdir(area_zip.ARCHIVE_FOLDER)
    assert len([name for name in stored if "-pl-zdrowie-" in name]) == 1
