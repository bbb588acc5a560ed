import io
import logging
import os

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile, File
from django.db import models
from django.utils.translation import gettext_lazy as _
from pypdf import PdfReader
from wagtail.documents.models import AbstractDocument, Document
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.utils.file import hash_filelike

from core.document_checks import check_document, problems_for
from core.image_metadata import strip_metadata
from core.validators import FORMAT_LABELS, validate_document_content

from .fields import file_editor_note, optional_text_line, set_on_save, tick_box

logger = logging.getLogger(__name__)


class CustomImage(AbstractImage):
    """Image with a default alt text that editors must think about."""

    alt_text = optional_text_line(_("alternative text"), _("Describe what the image shows, for blind readers. Leave it empty only for purely decorative images."), max_length=255)
    decorative = tick_box(_("decorative image"), _("Tick only when the image conveys nothing (an ornament, a background). Screen readers skip it and the alternative text may stay empty."))
    editor_note = file_editor_note()
    admin_form_fields = Image.admin_form_fields + ("alt_text", "decorative", "editor_note")

    def save(self, *args, **kwargs):
        # A new file from code (demo, imports, a multiple upload) loses its personal metadata here;
        # the admin forms did it already in _set_image_file_metadata.
        if self.file and not getattr(self.file, "_committed", True) and self.strip_personal_metadata():
            self.file_size = None
        # The admin form records the size; images made in code (demo, imports) must too.
        if self.file and self.file_size is None:
            self.file_size = self.file.size
        super().save(*args, **kwargs)

    def _set_image_file_metadata(self):
        # Wagtail's forms call this before saving a new file: strip first, so the stored size and
        # hash (used to find duplicates) are those of the file as kept.
        self.strip_personal_metadata()
        super()._set_image_file_metadata()

    def strip_personal_metadata(self):
        """Remove GPS, camera serial, names and comments from the file (core/image_metadata.py).
        True when the file changed; a stored file is rewritten in its storage."""
        field_file = self.file
        try:
            field_file.open("rb")
            field_file.seek(0)
            data = field_file.read()
            field_file.seek(0)
            clean = strip_metadata(data)
        except Exception:  # an unreadable file is the image checks' business, not ours
            logger.warning("Could not strip metadata from image %s (%s)", self.pk, field_file.name, exc_info=True)
            return False
        if clean == data:
            return False
        if getattr(field_file, "_committed", True):
            storage, name = field_file.storage, field_file.name
            field_file.close()
            # The clean copy first (under a new name), then the old file: never neither.
            field_file.name = storage.save(name, ContentFile(clean))
            field_file._file = None  # the next read opens the new file, not the closed old one
            storage.delete(name)
        else:
            self.file = ContentFile(clean, name=os.path.basename(field_file.name))
        self.file_hash = hash_filelike(io.BytesIO(clean))
        return True

    def generate_rendition_file(self, filter, *, source=None):
        # Willow copies the original's EXIF into JPEG, PNG and WebP renditions; stripped originals
        # have only the orientation left, and this makes sure of it for every rendition.
        generated = super().generate_rendition_file(filter, source=source)
        generated.seek(0)
        data = generated.read()
        try:
            clean = strip_metadata(data)
        except Exception:  # Willow wrote it; if we cannot parse it, keep it (it has no source EXIF)
            logger.warning("Could not strip metadata from a rendition of image %s", self.pk, exc_info=True)
            generated.seek(0)
            return generated
        return File(io.BytesIO(clean), name=generated.name)


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


def read_pdf_page_count(fieldfile):
    """Pages of a PDF, or None when the file cannot be read (never fails the save)."""
    try:
        fieldfile.open("rb")
        fieldfile.seek(0)
        count = len(PdfReader(fieldfile).pages)
        fieldfile.seek(0)
        return count
    except Exception:  # a broken PDF must not stop an editor from saving
        logger.warning("Could not read the page count of %s", fieldfile.name, exc_info=True)
        return None


class CustomDocument(AbstractDocument):
    """Document whose content is checked against its extension when it is saved."""

    description = optional_text_line(_("description"), _("A short description of the file, e.g. “print version” (optional)."), max_length=255)
    editor_note = file_editor_note()
    page_count = set_on_save(models.PositiveIntegerField, _("number of pages"), _("Read from the PDF file when it is saved."))
    accessibility_problems = set_on_save(
        models.JSONField, _("accessibility problems of the file"),
        _("Checked when the file is uploaded (PDF, DOCX, ODT); empty when the format is not checked."),
    )
    admin_form_fields = Document.admin_form_fields + ("description", "editor_note")

    def save(self, *args, **kwargs):
        if self.file and self.file_size is None:
            self.file_size = self.file.size
        if self.file and self.extension == "pdf" and self.page_count is None:
            self.page_count = read_pdf_page_count(self.file)
        new_file = self.file and not getattr(self.file, "_committed", True)
        if self.file and (new_file or self.accessibility_problems is None):
            self.accessibility_problems = self.check_accessibility()
        super().save(*args, **kwargs)

    def check_accessibility(self):
        """Problem codes of the file (core.document_checks), or None for formats not checked."""
        try:
            self.file.open("rb")
        except (OSError, ValueError):
            return ["unreadable"] if self.extension in ("pdf", "docx", "odt") else None
        return check_document(self.file, self.extension)

    @property
    def accessibility_report(self):
        """The problems found, each with what is missing and why it matters."""
        return problems_for(self.accessibility_problems)

    @property
    def extension(self):
        return os.path.splitext(self.file.name)[1].lower().lstrip(".")

    @property
    def format_label(self):
        return FORMAT_LABELS.get(self.extension, self.extension.upper())

    def clean(self):
        super().clean()
        if not self.file:
            return
        extension = self.extension
        uploaded = getattr(self.file, "_file", None)
        # Only check a newly uploaded file; stored files were checked when they arrived.
        if uploaded is None or extension not in FORMAT_LABELS:
            return
        try:
            validate_document_content(uploaded, extension)
        except ValidationError as error:
            raise ValidationError({"file": error.messages}) from None
