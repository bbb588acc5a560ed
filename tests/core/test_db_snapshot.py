"""The test database snapshot (tests/db_snapshot.py): what it is keyed on, and that a process started
from it has the demo's rows and the demo's files."""

from django.core.files.storage import default_storage
from django.db import connection

from core.models import CustomDocument, CustomImage
from home.models import HomePage
from tests import db_snapshot


def test_the_fingerprint_covers_what_builds_the_database_and_not_the_tests():
    files = db_snapshot._project_files()
    assert "scenarios/migrations/0001_initial.py" in files
    assert any(name.startswith("demo/content/") and name.endswith(".toml") for name in files)
    assert "demo/management/commands/load_demo_content.py" in files
    assert "requirements.txt" in files
    # Of the tests, only the recipe that builds the snapshot (changing it must build a new one).
    assert [name for name in files if name.startswith("tests/")] == ["tests/db_snapshot.py"]
    assert db_snapshot.fingerprint() == db_snapshot.fingerprint()


def test_the_snapshot_holds_the_renditions_the_pages_use(client, db):
    # Rendering a page of the demo makes no new rendition: warm_renditions made them when the
    # snapshot was built (SQLite), or after the demo was loaded in process (PostgreSQL).
    renditions = CustomImage.get_rendition_model().objects.count()
    assert renditions > 0
    for path in ("/", "/en/", "/publikacje/", "/scenariusze/"):
        assert client.get(path).status_code == 200
    assert CustomImage.get_rendition_model().objects.count() == renditions


def test_a_process_starts_with_the_demo_and_its_files(db):
    assert HomePage.objects.filter(locale__language_code="pl").exists()
    assert HomePage.objects.filter(locale__language_code="en").exists()
    documents, images = list(CustomDocument.objects.all()), list(CustomImage.objects.all())
    assert len(documents) > 100 and images
    missing = [item.file.name for item in documents + images if not default_storage.exists(item.file.name)]
    assert not missing, missing[:5]


def test_the_database_is_this_process_own_test_database(db):
    if connection.vendor == "sqlite":  # copied from the snapshot into memory
        assert connection.is_in_memory_db()
    else:  # PostgreSQL: pytest-django's test database, migrated and loaded in this process
        assert connection.settings_dict["NAME"].startswith("test_")
