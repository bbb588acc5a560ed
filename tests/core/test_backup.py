"""Backup and restore (issue 14, scope 6): back up, wipe, restore, compare. Runs on the database the
suite runs on: SQLite by default, PostgreSQL (pg_dump / pg_restore) when DATABASE_URL points to it."""

import hashlib
import json
import tarfile

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone
from wagtail.models import Collection, CollectionViewRestriction, Page

from consent.models.records import ConsentRecord
from core.backup import is_empty_site, media_names, restore_backup, write_backup
from core.models import CustomDocument, CustomImage, DailyDownloadCount
from demo.files.pdf import build_pdf


def snapshot():
    def digest(field):
        with field.open("rb") as handle:
            return hashlib.sha256(handle.read()).hexdigest()

    return {
        "pages": sorted((page.pk, page.title, page.url_path, page.live, page.content_type.model)
                        for page in Page.objects.select_related("content_type")),
        "documents": sorted((d.pk, d.title, d.file.name, d.collection.name, digest(d.file))
                            for d in CustomDocument.objects.select_related("collection")),
        "images": sorted((i.pk, i.file.name, digest(i.file)) for i in CustomImage.objects.all()),
        "downloads": sorted(DailyDownloadCount.objects.values_list("document_id", "day", "count")),
        "consent": sorted(ConsentRecord.objects.values_list("consent_id", "action", "policy_version", "analytics",
                                                            "external_media", "language", "created_at")),
    }


def wipe():
    call_command("flush", interactive=False, verbosity=0)
    for name in list(media_names()):
        default_storage.delete(name)


@pytest.fixture
def preserved_site(django_db_blocker, tmp_path_factory):
    """The worker's database and media as the tests before left them, put back after this test's flush
    (with the commands under test), so the tests after it in the worker see the same site.
    Request it before anything that asks for transactional_db: it is then torn down after the flush."""
    archive = tmp_path_factory.mktemp("preserved") / "site.tar"
    with django_db_blocker.unblock():
        write_backup(archive)
    yield
    with django_db_blocker.unblock():
        for name in list(media_names()):
            default_storage.delete(name)
        restore_backup(archive, force=True)


@pytest.fixture
def site_with_records(preserved_site, transactional_db):
    # A transactional test before this one may have flushed the root collection with the rest.
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    call_command("load_demo_content", verbosity=0)
    collection = Collection.get_first_root_node().add_child(name="Zespół")
    CollectionViewRestriction.objects.create(collection=collection, restriction_type=CollectionViewRestriction.LOGIN)
    data = build_pdf("Plan pracy", [[("p", "Plan pracy zespołu na rok.")]])
    document = CustomDocument(title="Plan pracy", collection=collection, file=ContentFile(data, name="plan-pracy.pdf"))
    document.save()
    today = timezone.localdate()
    DailyDownloadCount.objects.create(document=document, day=today, count=7)
    DailyDownloadCount.objects.create(document=document, day=today - timezone.timedelta(days=1), count=3)
    ConsentRecord.objects.create(action="custom", policy_version=2, analytics=False, external_media=True, language="pl")
    ConsentRecord.objects.create(action="accept_all", policy_version=2, analytics=True, external_media=True,
                                 language="en")
    yield
    wipe()  # leave no media of ours for the next test; the database is flushed by the fixture


def test_backup_wipe_restore_gives_the_same_site(preserved_site, site_with_records, tmp_path):
    before = snapshot()
    assert before["documents"] and before["downloads"] and len(before["consent"]) >= 2
    archive = tmp_path / "kopia.tar.gz"
    call_command("backup", str(archive), verbosity=0)

    with tarfile.open(archive) as opened:
        names = opened.getnames()
        manifest = json.load(opened.extractfile("manifest.json"))
    assert names[0] == "manifest.json" and "checksums.json" in names
    assert any(name.startswith("database/") for name in names)
    assert manifest["counts"]["documents"] == len(before["documents"])
    assert manifest["versions"]["django"] and manifest["created"]
    assert (archive.stat().st_mode & 0o077) == 0  # owner only: it holds personal data

    with pytest.raises(CommandError, match="not empty"):
        call_command("restore", str(archive), verbosity=0)

    wipe()
    assert is_empty_site()
    assert not Page.objects.exists() and not list(media_names())

    call_command("restore", str(archive), verbosity=0)
    assert snapshot() == before


def test_restored_site_serves_pages_and_counts_downloads(preserved_site, site_with_records, tmp_path, client):
    archive = tmp_path / "kopia.tar"
    call_command("backup", str(archive), "--no-renditions", verbosity=0)
    wipe()
    call_command("restore", str(archive), verbosity=0)
    assert client.get("/o-projekcie/").status_code == 200
    public = CustomDocument.objects.exclude(collection__name="Zespół").first()
    response = client.get(public.url, HTTP_USER_AGENT="Mozilla/5.0")
    assert response.status_code == 200
    assert DailyDownloadCount.objects.filter(document=public).exists()


def test_restore_with_force_replaces_a_site(preserved_site, site_with_records, tmp_path):
    before = snapshot()
    archive = tmp_path / "kopia.tar.gz"
    call_command("backup", str(archive), verbosity=0)
    CustomDocument.objects.filter(title="Plan pracy").update(title="Zmieniony")
    ConsentRecord.objects.all().delete()
    call_command("restore", str(archive), "--force", verbosity=0)
    assert snapshot() == before


def test_restore_refuses_what_is_not_a_backup(tmp_path, db):
    bogus = tmp_path / "kopia.tar"
    with tarfile.open(bogus, "w") as archive:
        archive.add(__file__, arcname="notes.txt")
    with pytest.raises(CommandError, match="manifest"):
        call_command("restore", str(bogus), verbosity=0)
    with pytest.raises(CommandError, match="no file"):
        call_command("restore", str(tmp_path / "brak.tar"), verbosity=0)
