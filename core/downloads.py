"""Serving documents through the site, counting each real download.

Every document link (`document.url`, /documents/<id>/<filename>) comes here, so a file is
counted wherever it is linked from: publications, webinar materials, scenario attachments.
"""

import logging
import mimetypes
import re
import unicodedata
from urllib.parse import quote

from django.db import IntegrityError, transaction
from django.db.models import F
from django.http import FileResponse, Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.text import slugify
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from wagtail.documents import get_document_model
from wagtail.documents.views.serve import serve as wagtail_serve

from core.models import DailyDownloadCount
from core.storage import is_remote

logger = logging.getLogger(__name__)

# Obvious robots only: people's browsers must always count.
BOT_PATTERN = re.compile(
    r"bot\b|bot/|crawl|spider|slurp|facebookexternalhit|mediapartners|preview|monitor|pingdom|headless|"
    r"python-requests|wget|curl|httpclient|okhttp|go-http-client|scrapy|feedfetcher",
    re.IGNORECASE,
)


def is_counted(request):
    if request.method != "GET":
        return False
    range_header = request.headers.get("Range", "")
    if range_header and not range_header.replace(" ", "").startswith("bytes=0-"):
        return False  # a resumed or partial download was counted when it started
    agent = request.headers.get("User-Agent", "")
    return bool(agent) and not BOT_PATTERN.search(agent)


def count_download(document):
    """Add one to today's count: one UPDATE, or an INSERT on the first download of the day."""
    today = timezone.localdate()
    updated = DailyDownloadCount.objects.filter(document=document, day=today).update(count=F("count") + 1)
    if updated:
        return
    try:
        with transaction.atomic():
            DailyDownloadCount.objects.create(document=document, day=today, count=1)
    except IntegrityError:  # another request created today's row first
        DailyDownloadCount.objects.filter(document=document, day=today).update(count=F("count") + 1)


def download_filename(document):
    """A readable name from the title, Polish letters kept (sent per RFC 6266/5987)."""
    extension = document.extension or "bin"
    stem = re.sub(r"[\x00-\x1f\"\\/:*?<>|]+", " ", document.title).strip(" .") or slugify(document.title) or "plik"
    return f"{stem[:120]}.{extension}"


def ascii_fallback(name):
    folded = unicodedata.normalize("NFKD", name.replace("ł", "l").replace("Ł", "L"))
    return "".join(c for c in folded if c.isascii() and not unicodedata.combining(c)).replace('"', "")


def content_disposition(filename):
    """Both forms: a plain ASCII name for old clients, the UTF-8 one (RFC 5987) for the rest."""
    return f"attachment; filename=\"{ascii_fallback(filename)}\"; filename*=UTF-8''{quote(filename)}"


@never_cache  # every download is counted: no cache may answer in our place
@require_safe
def serve_document(request, document_id, document_filename):
    Document = get_document_model()
    document = get_object_or_404(Document.objects.select_related("collection"), id=document_id)
    # Private collections: Wagtail's own view asks for the password or login.
    restrictions = document.collection.get_view_restrictions()
    for restriction in restrictions:
        if not restriction.accept_request(request):
            return wagtail_serve(request, document_id, document_filename)
    if not restrictions and is_remote(document.file.storage):
        return redirect_to_object_store(request, document)
    try:
        handle = document.file.open("rb")
    except (FileNotFoundError, OSError):
        logger.warning("Document %s (%s) has no file in storage", document.id, document.file.name)
        raise Http404("The file is missing.") from None
    content_type = mimetypes.guess_type(document.file.name)[0] or "application/octet-stream"
    response = FileResponse(handle, content_type=content_type)
    response["Content-Disposition"] = content_disposition(download_filename(document))
    response["X-Robots-Tag"] = "noindex"
    if is_counted(request):
        count_download(document)
    return response


def redirect_to_object_store(request, document):
    """Public documents in an S3 bucket: count here, then send the browser to a signed address that
    expires in minutes (AWS_QUERYSTRING_EXPIRE), so the app never streams the bytes and a shared link
    stops working. Private collections keep streaming through the app above: a signed URL could be
    passed on while it lives."""
    content_type = mimetypes.guess_type(document.file.name)[0] or "application/octet-stream"
    url = document.file.storage.presigned_url(
        document.file.name, filename=content_disposition(download_filename(document)), content_type=content_type
    )
    if is_counted(request):
        count_download(document)
    response = HttpResponseRedirect(url)
    response["X-Robots-Tag"] = "noindex"
    response["Cache-Control"] = "private, no-store"
    return response
