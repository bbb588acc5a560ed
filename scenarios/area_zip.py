"""All files of one thematic area as one ZIP, with a text file of attribution lines.

The archive is built once per content and kept in the media storage (`area-zips/`, on disk or in
the object store shared by every app server): its name carries a fingerprint of everything it
contains (the attribution text, each entry's name and stored file), so a published change, a
replaced file or a collection made private gives a new name, and an unchanged area is never zipped
again. Older archives of the same area are deleted when a new one is stored.
"""

import hashlib
import logging
import posixpath
import tempfile
import zipfile

from django.core.files import File
from django.core.files.storage import default_storage
from django.http import FileResponse, Http404, HttpResponseRedirect
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from wagtail.models import CollectionViewRestriction

from core.downloads import content_disposition, download_filename
from core.site_url import page_url
from core.storage import is_remote
from scenarios.metadata import attribution_html
from scenarios.models import ScenarioAttachment, ScenarioPage, ThematicArea

logger = logging.getLogger(__name__)
MEMORY_LIMIT = 16 * 1024 * 1024  # bigger archives spill to a temporary file
ARCHIVE_NAMES = {"pl": "scenariusze-{slug}.zip", "en": "scenarios-{slug}.zip"}
ARCHIVE_FOLDER = "area-zips"


def find_area(index, slug):
    area = ThematicArea.objects.filter(locale_id=index.locale_id, slug=slug, live=True).first()
    if area is None:
        area = ThematicArea.objects.filter(locale__language_code="pl", slug=slug, live=True).first()
    if area is None:
        raise Http404(_("There is no such thematic area."))
    return area


def private_collection_paths():
    return tuple(CollectionViewRestriction.objects.values_list("collection__path", flat=True))


def archive_plan(index, request, area):
    """What the archive holds, read from the database only: (entries, attribution text)."""
    pages = ScenarioPage.objects.child_of(index).live().public().filter(area=area)
    if not pages.exists():  # e.g. a translated catalogue with no scenario of this area yet
        raise Http404(_("This catalogue has no scenarios in this thematic area."))
    attachments = (
        ScenarioAttachment.objects.filter(page__in=pages)
        .select_related("document__collection", "page__licence", "page__locale")
        .order_by("page__sort_title", "page_id", "sort_order")
    )
    private = private_collection_paths()
    credits, entries, written = {}, [], set()
    for attachment in attachments:
        document, page = attachment.document, attachment.page
        if private and document.collection.path.startswith(private):
            continue
        name = f"{page.slug}/{download_filename(document)}"
        if name in written or not document.file:
            continue
        written.add(name)
        entries.append((name, document))
        if page.pk not in credits:
            credits[page.pk] = [page.title, strip_tags(attribution_html(page, page_url(page, request)))]
        credits[page.pk].append(f"  {name}")
    text = [_("Files of the thematic area “%(area)s” from the e-Mocni scenario catalogue.") % {"area": area.name},
            _("When you use a scenario, credit it as shown below."), ""]
    for entry in credits.values():
        text += entry + [""]
    return entries, "\r\n".join(text)


def fingerprint(entries, attribution):
    digest = hashlib.sha256(attribution.encode("utf-8"))
    for name, document in entries:
        digest.update(f"\0{name}\0{document.file.name}\0{document.file_hash or ''}".encode())
    return digest.hexdigest()[:24]


def build_archive(entries, attribution):
    """The ZIP in a temporary file, and the entries that made it in (a missing file is left out)."""
    archive_file = tempfile.SpooledTemporaryFile(max_size=MEMORY_LIMIT)
    with zipfile.ZipFile(archive_file, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, document in entries:
            try:
                with document.file.open("rb") as handle:
                    archive.writestr(name, handle.read())
            except FileNotFoundError:
                logger.warning("Area archive: document %s has no file in storage", document.pk)
                continue  # a missing file must not cost the visitor the others
        archive.writestr(_("ATTRIBUTION.txt"), attribution.encode("utf-8"))
    archive_file.seek(0)
    return archive_file


def stored_archive(prefix, entries, attribution):
    """The stored archive's name: built and saved only when no archive of this content exists."""
    name = f"{ARCHIVE_FOLDER}/{prefix}-{fingerprint(entries, attribution)}.zip"
    if default_storage.exists(name):
        return name
    archive_file = build_archive(entries, attribution)
    saved = default_storage.save(name, File(archive_file, name=posixpath.basename(name)))
    forget_older_archives(prefix, keep=saved)
    return saved


def forget_older_archives(prefix, keep):
    try:
        _folders, files = default_storage.listdir(ARCHIVE_FOLDER)
    except (FileNotFoundError, OSError):
        return
    for filename in files:
        path = f"{ARCHIVE_FOLDER}/{filename}"
        if filename.startswith(f"{prefix}-") and path != keep:
            try:
                default_storage.delete(path)
            except OSError:
                logger.warning("Could not delete the old area archive %s", path)


def area_zip_response(index, request, slug):
    area = find_area(index, slug)
    entries, attribution = archive_plan(index, request, area)
    language = index.locale.language_code if index.locale_id else "pl"
    archive_name = ARCHIVE_NAMES.get(language, ARCHIVE_NAMES["pl"]).format(slug=area.slug)
    name = stored_archive(f"{index.pk}-{language}-{area.slug}", entries, attribution)
    if is_remote(default_storage):
        # The object store sends the bytes; the signed address lives a few minutes.
        response = HttpResponseRedirect(
            default_storage.presigned_url(name, filename=content_disposition(archive_name),
                                          content_type="application/zip")
        )
        response["Cache-Control"] = "private, no-store"
    else:
        response = FileResponse(default_storage.open(name, "rb"), content_type="application/zip")
        response["Content-Disposition"] = content_disposition(archive_name)
        response["Cache-Control"] = "private, max-age=0, must-revalidate"
    response["X-Robots-Tag"] = "noindex"
    return response
