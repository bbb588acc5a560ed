"""/media/ from the object store (AWS_STORAGE_BUCKET_NAME set): image renditions, read from the bucket
by whichever app server gets the request. Nothing else in the bucket has a public URL: originals,
documents and unfinished uploads stay private (the same rule as /media/ on local disk).

Keys are unguessable and unique per upload (core/storage.py), so a response never changes: it is
cached for a day by browsers and for a year by the edge. Documents are never served here; they go
through the counted view (core/downloads.py)."""

import mimetypes

from django.http import FileResponse, Http404
from django.views.decorators.http import require_safe
from wagtail.images import get_image_model

from core.media_paths import is_public_media_path
from core.storage import StorageUnavailable

CACHE_CONTROL = "public, max-age=86400, s-maxage=31536000, immutable"


def is_public_media(name):
    """A rendition's name (right under images/), and a rendition the database knows."""
    if not is_public_media_path(name):
        return False
    return get_image_model().get_rendition_model().objects.filter(file=name).exists()


@require_safe
def serve_media(request, path):
    if not is_public_media(path):
        raise Http404("No such file.")
    Image = get_image_model()
    storage = Image._meta.get_field("file").storage
    try:
        handle = storage.open(path, "rb")
    except FileNotFoundError:
        raise Http404("No such file.") from None
    except StorageUnavailable:
        response = FileResponse(iter(()), status=503)
        response["Retry-After"] = "30"
        response["Cache-Control"] = "no-store"
        return response
    response = FileResponse(handle, content_type=mimetypes.guess_type(path)[0] or "application/octet-stream")
    response["Cache-Control"] = CACHE_CONTROL
    response["X-Content-Type-Options"] = "nosniff"
    return response
