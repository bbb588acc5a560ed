"""Media in an S3-compatible bucket (switched on by AWS_STORAGE_BUCKET_NAME, config/settings/services.py).

- Every object is private; nothing in the bucket is readable without a signature.
- Every saved file gets an unguessable key (`documents/<name>.<random>.pdf`): nobody can guess
  where a file lives from its name, and two uploads called `photo.jpg` (or their renditions) never
  collide, so no existence check is needed on save. The folder stays as Wagtail names it, so the
  rule for public media (renditions right under `images/`) holds for the bucket too. Only files whose names the site derives from their
  content (`area-zips/`, scenarios/area_zip.py) keep the name they are given.
- `url()` gives the site's own address (/media/<key>): renditions and public originals are served
  by the site from the bucket (core/media_views.py) and cached by the edge; documents never use it,
  they go through the counted view, which redirects to `presigned_url()`.
- A store that does not answer raises `StorageUnavailable` (an OSError): Wagtail treats a missing
  source image as a placeholder, and uploads answer a clear 503 (core/middleware.py).
"""

import posixpath
import secrets
from urllib.parse import quote

from botocore.exceptions import BotoCoreError, ClientError
from django.conf import settings
from storages.backends.s3 import S3Storage

# Names chosen by the site from a content fingerprint: the same content always has the same name.
DERIVED_PREFIXES = ("area-zips/",)


class StorageUnavailable(OSError):
    """The object store could not be reached or refused the request."""


def translate_errors(method):
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except ClientError as error:
            status = error.response.get("ResponseMetadata", {}).get("HTTPStatusCode")
            if status == 404:
                raise FileNotFoundError(str(args[0]) if args else "") from error
            raise StorageUnavailable(f"The file store refused the request ({status}).") from error
        except BotoCoreError as error:
            raise StorageUnavailable("The file store does not answer.") from error

    wrapper.__name__ = method.__name__
    wrapper.__doc__ = method.__doc__
    return wrapper


def unguessable_name(name):
    if name.startswith(DERIVED_PREFIXES):
        return name
    folder, filename = posixpath.split(name)
    stem, extension = posixpath.splitext(filename)
    return posixpath.join(folder, f"{stem}.{secrets.token_urlsafe(12)}{extension}")


class MediaS3Storage(S3Storage):
    def get_available_name(self, name, max_length=None):
        if max_length:  # room for the random part (17 characters) within the field's length
            folder, filename = posixpath.split(name)
            stem, extension = posixpath.splitext(filename)
            room = max_length - len(folder) - len(extension) - 19
            name = posixpath.join(folder, stem[: max(1, room)] + extension)
        name = unguessable_name(name)
        # Unique by their random folder, or derived from the content: no existence check needed.
        return name

    def url(self, name, parameters=None, expire=None, http_method=None):
        return settings.MEDIA_URL + quote(name.lstrip("/"))

    @translate_errors
    def presigned_url(self, name, filename=None, content_type=None, expire=None):
        """A short-lived signed address for one object (documents after they were counted)."""
        params = {}
        if filename:
            params["ResponseContentDisposition"] = filename
        if content_type:
            params["ResponseContentType"] = content_type
        return super().url(name, parameters=params, expire=expire)

    _open = translate_errors(S3Storage._open)
    _save = translate_errors(S3Storage._save)
    delete = translate_errors(S3Storage.delete)
    exists = translate_errors(S3Storage.exists)
    size = translate_errors(S3Storage.size)
    listdir = translate_errors(S3Storage.listdir)
    get_modified_time = translate_errors(S3Storage.get_modified_time)


def is_remote(storage):
    return isinstance(storage, MediaS3Storage)
