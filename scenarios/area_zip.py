"""All files of one thematic area as one ZIP, with a text file of attribution lines."""

import tempfile
import zipfile

from django.http import FileResponse, Http404
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from wagtail.models import CollectionViewRestriction

from core.downloads import content_disposition, download_filename
from core.site_url import page_url
from scenarios.metadata import attribution_html
from scenarios.models import ScenarioAttachment, ScenarioPage, ThematicArea

MEMORY_LIMIT = 16 * 1024 * 1024  # bigger archives spill to a temporary file
ARCHIVE_NAMES = {"pl": "scenariusze-{slug}.zip", "en": "scenarios-{slug}.zip"}


def find_area(index, slug):
    area = ThematicArea.objects.filter(locale_id=index.locale_id, slug=slug).first()
    if area is None:
        area = ThematicArea.objects.filter(locale__language_code="pl", slug=slug).first()
    if area is None:
        raise Http404(_("There is no such thematic area."))
    return area


def private_collection_paths():
    return tuple(CollectionViewRestriction.objects.values_list("collection__path", flat=True))


def area_zip_response(index, request, slug):
    area = find_area(index, slug)
    pages = ScenarioPage.objects.child_of(index).live().public().filter(area=area)
    if not pages.exists():  # e.g. a translated catalogue with no scenario of this area yet
        raise Http404(_("This catalogue has no scenarios in this thematic area."))
    attachments = (
        ScenarioAttachment.objects.filter(page__in=pages)
        .select_related("document__collection", "page__licence", "page__locale")
        .order_by("page__sort_title", "page_id", "sort_order")
    )
    private = private_collection_paths()
    archive_file = tempfile.SpooledTemporaryFile(max_size=MEMORY_LIMIT)
    credits, written = {}, set()
    with zipfile.ZipFile(archive_file, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for attachment in attachments:
            document, page = attachment.document, attachment.page
            if private and document.collection.path.startswith(private):
                continue
            name = f"{page.slug}/{download_filename(document)}"
            if name in written:
                continue
            try:
                with document.file.open("rb") as handle:
                    archive.writestr(name, handle.read())
            except (FileNotFoundError, OSError):
                continue  # a missing file must not cost the visitor the others
            written.add(name)
            if page.pk not in credits:
                credits[page.pk] = [page.title, strip_tags(attribution_html(page, page_url(page, request)))]
            credits[page.pk].append(f"  {name}")
        text = [_("Files of the thematic area “%(area)s” from the e-Mocni scenario catalogue.") % {"area": area.name},
                _("When you use a scenario, credit it as shown below."), ""]
        for entry in credits.values():
            text += entry + [""]
        archive.writestr(_("ATTRIBUTION.txt"), "\r\n".join(text).encode("utf-8"))
    archive_file.seek(0)
    response = FileResponse(archive_file, content_type="application/zip")
    language = index.locale.language_code if index.locale_id else "pl"
    archive_name = ARCHIVE_NAMES.get(language, ARCHIVE_NAMES["pl"]).format(slug=area.slug)
    response["Content-Disposition"] = content_disposition(archive_name)
    response["X-Robots-Tag"] = "noindex"
    response["Cache-Control"] = "private, max-age=0, must-revalidate"
    return response
