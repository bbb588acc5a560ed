"""The files of a checked import, kept on the server until the editor imports them.

After "Check the file" the spreadsheet (and the attachment ZIP) stay in the media storage under
`scenario-import-staging/<random>/`, a private path (README "What a proxy may serve"), so that
"Import now" does not ask for them again. The form carries only a signed token naming that folder,
the editor who checked it and the file's name: a token is refused for another user, after
STAGING_MAX_AGE seconds or when altered. Folders are removed once imported, and any folder older
than that age is removed at the next check, so an abandoned check leaves nothing for long.
The size is bounded by the upload limit of the import view (core/upload_limits.py).
"""

import logging
import os
import secrets
from datetime import timedelta

from django.core import signing
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils import timezone

logger = logging.getLogger(__name__)

STAGING_ROOT = "scenario-import-staging"
STAGING_MAX_AGE = 60 * 60
SALT = "scenarios.import-staging"
TABLE, FILES = "table", "files.zip"


class StagingError(Exception):
    """The checked file is no longer available (expired, removed, or the token is not valid)."""


def _folder(key):
    return f"{STAGING_ROOT}/{key}"


def stage(user, table_name, table_data, files_upload=None, encoding=""):
    """Keep a checked upload; returns the token the "Import now" form sends back."""
    remove_expired()
    key = secrets.token_urlsafe(18)
    default_storage.save(f"{_folder(key)}/{TABLE}", ContentFile(table_data))
    if files_upload:
        files_upload.seek(0)
        default_storage.save(f"{_folder(key)}/{FILES}", files_upload)
    return signing.dumps({"key": key, "user": user.pk, "name": table_name, "encoding": encoding or "",
                          "files": bool(files_upload)}, salt=SALT)


def unstage(token, user):
    """(table name, table bytes, open attachment ZIP or None, encoding) of a staged upload."""
    try:
        staged = signing.loads(token, salt=SALT, max_age=STAGING_MAX_AGE)
    except signing.BadSignature:
        raise StagingError("expired or altered") from None
    if staged.get("user") != user.pk:
        raise StagingError("checked by another user")
    folder = _folder(staged["key"])
    try:
        with default_storage.open(f"{folder}/{TABLE}") as table:
            data = table.read()
        files = default_storage.open(f"{folder}/{FILES}") if staged["files"] else None
    except (FileNotFoundError, OSError):
        raise StagingError("the files are gone") from None
    return staged["name"], data, files, staged["encoding"], staged["key"]


def discard(key):
    folder = _folder(key)
    for name in (TABLE, FILES):
        try:
            default_storage.delete(f"{folder}/{name}")
        except OSError:
            logger.warning("Could not delete the staged import file %s/%s", folder, name)
    try:  # a local folder stays behind when its files are deleted
        path = default_storage.path(folder)
    except NotImplementedError:
        return
    try:
        os.rmdir(path)
    except OSError:
        pass


def remove_expired(now=None):
    """Delete staged uploads older than STAGING_MAX_AGE; returns how many folders went."""
    now = now or timezone.now()
    try:
        folders, _files = default_storage.listdir(STAGING_ROOT)
    except (FileNotFoundError, OSError):
        return 0
    removed = 0
    for key in folders:
        try:
            modified = default_storage.get_modified_time(f"{_folder(key)}/{TABLE}")
        except (FileNotFoundError, OSError, NotImplementedError):
            modified = None
        if modified is None or now - modified > timedelta(seconds=STAGING_MAX_AGE):
            discard(key)
            removed += 1
    return removed
