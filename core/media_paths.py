"""Which files under MEDIA_ROOT may be served by a public URL: image renditions, nothing else.

Everything else in the media storage is private:
- `documents/`: documents go only through the counted, permission-checked view
  (/documents/<id>/<name>, core/downloads.py), so private collections stay private;
- `original_images/`: the uploaded originals; the site links only renditions (resized, stripped of
  personal metadata), so nothing needs the originals and they stay out of reach;
- `wagtail_uploads/`: unfinished multiple uploads, not yet checked nor given a collection;
- anything else (a stray file, a future folder) until it is added here on purpose.

Renditions live flat in `images/` (Wagtail's AbstractRendition.get_upload_to) with an image
format's extension. The same rule is the proxy's allow-list: `nginx_media_locations()` writes the
nginx `location` blocks from this very pattern, and the README quotes them.
"""

import posixpath
import re

from django.conf import settings
from django.http import Http404
from django.views.static import serve as serve_static

RENDITION_EXTENSIONS = ("avif", "gif", "ico", "jpeg", "jpg", "png", "webp")
# One file name right under images/: no slash, no leading dot, an image extension. PCRE and Python
# read this pattern the same way, so nginx can use it unchanged.
PUBLIC_MEDIA_PATTERN = r"images/[A-Za-z0-9_-][A-Za-z0-9._-]*\.(?:" + "|".join(RENDITION_EXTENSIONS) + ")"
PUBLIC_MEDIA_PATH = re.compile(rf"^{PUBLIC_MEDIA_PATTERN}$")
# A day: a rendition's name is fixed for its image and filter, and a replaced image gets new names.
PUBLIC_MEDIA_CACHE_CONTROL = "public, max-age=86400"


def is_public_media_path(path):
    """True only for a path (relative to MEDIA_ROOT, as in the URL after /media/) of a rendition."""
    if not isinstance(path, str) or "\\" in path or "\x00" in path:
        return False
    if posixpath.normpath(path) != path:  # "images/../documents/x", "images//x", "./images/x"
        return False
    return bool(PUBLIC_MEDIA_PATH.match(path))


def serve_public_media(request, path):
    """The app's own /media/ for single-machine setups (DJANGO_SERVE_MEDIA=1): renditions only."""
    if not is_public_media_path(path):
        raise Http404("Not a public media file.")
    response = serve_static(request, path, document_root=settings.MEDIA_ROOT)
    response["Cache-Control"] = PUBLIC_MEDIA_CACHE_CONTROL
    response["X-Content-Type-Options"] = "nosniff"
    return response


def nginx_media_locations(media_root, url_prefix="/media/"):
    """nginx `location` blocks that serve exactly what serve_public_media serves, and 404 the rest."""
    root = str(media_root).rstrip("/")
    prefix = "/" + url_prefix.strip("/") + "/"
    return (
        f"# Renditions only (core/media_paths.py); documents go through the app at /documents/.\n"
        f"location ~ ^{prefix}({PUBLIC_MEDIA_PATTERN})$ {{\n"
        f"    alias {root}/$1;\n"
        f'    add_header Cache-Control "{PUBLIC_MEDIA_CACHE_CONTROL}" always;\n'
        f"    add_header X-Content-Type-Options nosniff always;\n"
        f"}}\n"
        f"location {prefix} {{  # a plain prefix: the regular expression above still wins\n"
        f"    return 404;\n"
        f"}}\n"
    )
