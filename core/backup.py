"""One archive with the database and the media: `manage.py backup` and `manage.py restore`.

The archive is a tar file (gzip-compressed when its name ends in .gz or .tgz):
- manifest.json: format, date, versions, the database engine, counts, and every media file's size;
- database/db.sqlite3 (SQLite's online backup API: a consistent copy while the site runs) or
  database/db.pgdump (pg_dump's custom format: one consistent snapshot);
- media/<name>: every file of the default storage, read through Django's storage API (so the
  same code works on the file system and on S3);
- checksums.json: SHA-256 of every media file, checked on restore.
Secrets (DJANGO_SECRET_KEY, passwords in DATABASE_URL, .env files) are not in it.
"""

import contextlib
import datetime
import hashlib
import io
import json
import os
import posixpath
import shutil
import sqlite3
import subprocess
import sys
import tarfile
import tempfile

from django.conf import settings
from django.core.files import File
from django.core.files.storage import default_storage
from django.core.management.base import CommandError
from django.db import connection

from consent.models.records import ConsentRecord
from core.models import DailyDownloadCount

FORMAT = 1
RENDITIONS = "images/"


def tar_mode(path, writing):
    gz = str(path).endswith((".gz", ".tgz"))
    return ("w:gz" if gz else "w") if writing else ("r:gz" if gz else "r")


def media_names(storage=default_storage, top=""):
    """Every file name in the storage, depth first, sorted."""
    directories, files = storage.listdir(top)
    for name in sorted(files):
        yield posixpath.join(top, name) if top else name
    for directory in sorted(directories):
        yield from media_names(storage, posixpath.join(top, directory) if top else directory)


def site_counts():
    from django.contrib.auth import get_user_model
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Page

    return {
        "pages": Page.objects.count(),
        "documents": get_document_model().objects.count(),
        "images": get_image_model().objects.count(),
        "users": get_user_model().objects.count(),
        "download_days": DailyDownloadCount.objects.count(),
        "consent_records": ConsentRecord.objects.count(),
    }


def versions():
    import django
    import wagtail

    return {"python": sys.version.split()[0], "django": django.get_version(), "wagtail": wagtail.__version__}


# The database --------------------------------------------------------------------------------------

def pg_command(name):
    path = shutil.which(name)
    if path is None:
        raise CommandError(f"{name} is missing: install Debian's postgresql-client (sudo apt-get install "
                           f"postgresql-client), the same major version as the server or newer.")
    return path


def pg_arguments_and_env():
    db = connection.settings_dict
    args = ["--dbname", db["NAME"]]
    if db.get("HOST"):
        args += ["--host", db["HOST"]]
    if db.get("PORT"):
        args += ["--port", str(db["PORT"])]
    if db.get("USER"):
        args += ["--username", db["USER"]]
    env = {**os.environ}
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = db["PASSWORD"]  # never on the command line, where ps would show it
    return args, env


def run(command, env):
    result = subprocess.run(command, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise CommandError(f"{os.path.basename(command[0])} failed: {result.stderr.strip()[-2000:]}")


def dump_database(folder):
    """The database's snapshot in folder; returns its file name."""
    if connection.vendor == "sqlite":
        target = os.path.join(folder, "db.sqlite3")
        connection.ensure_connection()
        with contextlib.closing(sqlite3.connect(target)) as copy:
            connection.connection.backup(copy)  # pages are copied consistently while others write
        return target
    if connection.vendor == "postgresql":
        target = os.path.join(folder, "db.pgdump")
        args, env = pg_arguments_and_env()
        run([pg_command("pg_dump"), "--format=custom", "--no-owner", "--no-privileges", "--file", target, *args], env)
        return target
    raise CommandError(f"Backups support SQLite and PostgreSQL, not {connection.vendor}.")


def load_database(path):
    if connection.vendor == "sqlite":
        connection.close()
        connection.ensure_connection()
        with contextlib.closing(sqlite3.connect(path)) as source:
            source.backup(connection.connection)
        return
    args, env = pg_arguments_and_env()
    connection.close()  # pg_restore drops and recreates the tables: no open connection may hold them
    run([pg_command("pg_restore"), "--clean", "--if-exists", "--no-owner", "--no-privileges",
         "--single-transaction", "--exit-on-error", *args, path], env)


# Writing -------------------------------------------------------------------------------------------

class HashingReader(io.RawIOBase):
    def __init__(self, handle):
        self.handle, self.sha256 = handle, hashlib.sha256()

    def read(self, size=-1):
        data = self.handle.read(size)
        self.sha256.update(data)
        return data


def add_bytes(archive, name, data):
    info = tarfile.TarInfo(name)
    info.size, info.mtime, info.mode = len(data), int(datetime.datetime.now().timestamp()), 0o600
    archive.addfile(info, io.BytesIO(data))


def write_backup(path, include_renditions=True, storage=default_storage):
    """Write the archive (atomically: a .partial file renamed at the end); returns the manifest."""
    path = os.fspath(path)
    partial = path + ".partial"
    counts = site_counts()
    names = [name for name in media_names(storage) if include_renditions or not name.startswith(RENDITIONS)]
    with tempfile.TemporaryDirectory(prefix="emocni-backup-") as folder:
        database = dump_database(folder)
        manifest = {
            "format": FORMAT, "created": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
            "versions": versions(), "database": connection.vendor, "database_file": os.path.basename(database),
            "counts": counts, "renditions_included": include_renditions,
            "media": {name: storage.size(name) for name in names},
        }
        checksums, missing = {}, []
        old_umask = os.umask(0o077)  # the archive holds personal data: readable by its owner only
        try:
            with tarfile.open(partial, tar_mode(path, writing=True)) as archive:
                add_bytes(archive, "manifest.json", json.dumps(manifest, indent=1, ensure_ascii=False).encode())
                archive.add(database, arcname=f"database/{os.path.basename(database)}")
                for name in names:
                    try:
                        handle = storage.open(name, "rb")
                    except (FileNotFoundError, OSError):
                        missing.append(name)  # deleted since the listing (an editor replaced a file)
                        continue
                    with handle:
                        info = tarfile.TarInfo(f"media/{name}")
                        info.size, info.mode = manifest["media"][name], 0o600
                        reader = HashingReader(handle)
                        archive.addfile(info, reader)
                        checksums[name] = reader.sha256.hexdigest()
                add_bytes(archive, "checksums.json", json.dumps({"sha256": checksums, "missing": missing}).encode())
        finally:
            os.umask(old_umask)
    os.replace(partial, path)
    manifest["missing"] = missing
    return manifest


# Restoring -----------------------------------------------------------------------------------------

def is_empty_site(storage=default_storage):
    """True for a site with nothing an editor made: no users, documents, images or own pages, no media."""
    from django.contrib.contenttypes.models import ContentType
    from django.db.utils import DatabaseError
    from wagtail.models import Page

    try:
        if "wagtailcore_page" not in connection.introspection.table_names():
            return not any(True for _name in media_names(storage))
        # Wagtail's own migrations make a root page and a welcome page of the bare Page type.
        own_pages = Page.objects.exclude(content_type=ContentType.objects.get_for_model(Page)).exists()
        counts = site_counts()
    except DatabaseError:
        return False
    if own_pages or any(counts[key] for key in ("documents", "images", "users", "download_days", "consent_records")):
        return False
    return not any(True for _name in media_names(storage))


def read_json(archive, name):
    member = archive.extractfile(name)
    if member is None:
        raise CommandError(f"The archive has no {name}: it is not a backup made by manage.py backup.")
    return json.load(member)


def restore_backup(path, force=False, storage=default_storage):
    """Put the archive's database and media in place; returns the manifest."""
    if not os.path.exists(path):
        raise CommandError(f"There is no file {path}.")
    try:
        archive = tarfile.open(path, tar_mode(path, writing=False))
    except tarfile.TarError as error:
        raise CommandError(f"{path} is not a readable backup archive ({error}).") from None
    with archive, tempfile.TemporaryDirectory(prefix="emocni-restore-") as folder:
        try:
            manifest = read_json(archive, "manifest.json")
        except KeyError:
            raise CommandError(f"{path} has no manifest.json: it is not a backup made by manage.py backup.") from None
        if manifest.get("format") != FORMAT:
            raise CommandError(f"The archive's format {manifest.get('format')} is not {FORMAT}.")
        if manifest["database"] != connection.vendor:
            raise CommandError(f"The archive holds a {manifest['database']} database and this site runs on "
                               f"{connection.vendor}: restore it on the same kind of database.")
        if not force and not is_empty_site(storage):
            raise CommandError("This site is not empty (it has pages, documents, images, users or media). "
                               "Restore into an empty site, or add --force to replace everything in it.")
        database_member = f"database/{manifest['database_file']}"
        archive.extract(database_member, folder, filter="data")
        load_database(os.path.join(folder, database_member))
        sha256 = {}
        for member in archive:
            if not member.isfile() or not member.name.startswith("media/"):
                continue
            name = member.name[len("media/"):]
            if name != posixpath.normpath(name) or name.startswith(("/", "..")):
                raise CommandError(f"The archive holds an unsafe file name: {member.name}.")
            if storage.exists(name):
                storage.delete(name)
            with tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024) as buffer:
                reader = HashingReader(archive.extractfile(member))
                shutil.copyfileobj(reader, buffer, 1024 * 1024)
                buffer.seek(0)
                saved = storage.save(name, File(buffer, name=posixpath.basename(name)))
            if saved != name:
                raise CommandError(f"The storage saved {name} as {saved}; the database would not find it.")
            sha256[name] = reader.sha256.hexdigest()
        expected = read_json(archive, "checksums.json")["sha256"]
    damaged = sorted(name for name, digest in expected.items() if sha256.get(name) != digest)
    if damaged:
        raise CommandError(f"{len(damaged)} media files differ from their checksums: {', '.join(damaged[:5])}")
    after_restore(manifest)
    return manifest


def after_restore(manifest):
    from django.contrib.contenttypes.models import ContentType
    from django.core.cache import caches
    from django.core.management import call_command

    ContentType.objects.clear_cache()
    call_command("migrate", interactive=False, verbosity=0)  # an archive from an older release
    if not manifest.get("renditions_included", True):
        from wagtail.images import get_image_model

        get_image_model().get_rendition_model().objects.all().delete()  # made again on first view
    for alias in settings.CACHES:
        caches[alias].clear()  # cached pages of the site that was there before
