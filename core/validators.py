"""Check that an uploaded file's content matches its extension.

The extension list alone trusts the file name; a renamed executable or a broken file
would then be served to the public under a reassuring label. We look at the bytes.
"""

import zipfile

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

# Office Open XML: the part that every file of the kind must hold.
OOXML_MAIN_PART = {"docx": "word/", "pptx": "ppt/", "xlsx": "xl/"}
# OpenDocument and EPUB: the uncompressed "mimetype" entry states the type.
ZIP_MIMETYPES = {
    "odt": "application/vnd.oasis.opendocument.text",
    "odp": "application/vnd.oasis.opendocument.presentation",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "epub": "application/epub+zip",
}

FORMAT_LABELS = {
    "pdf": "PDF",
    "docx": "DOCX",
    "odt": "ODT",
    "pptx": "PPTX",
    "odp": "ODP",
    "xlsx": "XLSX",
    "ods": "ODS",
    "epub": "EPUB",
    "zip": "ZIP",
}


def _mismatch(extension):
    return ValidationError(
        _("The file's content is not a valid %(format)s file. Check that you chose the right file "
          "and that its extension matches its format.") % {"format": FORMAT_LABELS.get(extension, extension)},
        code="content_mismatch",
    )


def validate_document_content(fileobj, extension):
    """Raise ValidationError if fileobj's bytes do not match the extension."""
    extension = extension.lower().lstrip(".")
    fileobj.seek(0)
    head = fileobj.read(8)
    fileobj.seek(0)
    if not head:
        raise ValidationError(_("The file is empty."), code="empty")
    if extension == "pdf":
        if not head.startswith(b"%PDF-"):
            raise _mismatch(extension)
        return
    if not head.startswith(b"PK\x03\x04"):
        raise _mismatch(extension)
    try:
        with zipfile.ZipFile(fileobj) as archive:
            names = archive.namelist()
            if extension in OOXML_MAIN_PART:
                if "[Content_Types].xml" not in names or not any(
                    name.startswith(OOXML_MAIN_PART[extension]) for name in names
                ):
                    raise _mismatch(extension)
            elif extension in ZIP_MIMETYPES:
                if "mimetype" not in names:
                    raise _mismatch(extension)
                declared = archive.read("mimetype").decode("ascii", "replace").strip()
                if declared != ZIP_MIMETYPES[extension]:
                    raise _mismatch(extension)
            elif extension == "zip":
                archive.testzip()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, KeyError, RuntimeError):
        raise _mismatch(extension) from None
    finally:
        fileobj.seek(0)
