"""The admin's document form: size messages that say "document" (Wagtail's say "file", and its
Polish catalogue turns that into "obraz", an image)."""

from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm


class DocumentForm(BaseDocumentForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if field is None or not hasattr(field, "max_upload_size"):
            return
        field.error_messages["file_too_large"] = _(
            "This document is too big (%(file_size)s). A document can be at most %(max_filesize)s.")
        field.error_messages["file_too_large_unknown_size"] = _(
            "This document is too big. A document can be at most %(max_filesize)s.") % {
            "max_filesize": filesizeformat(field.max_upload_size)}
