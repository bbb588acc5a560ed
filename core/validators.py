"""Check that an uploaded file's content matches its extension.

The extension list alone trusts the file name; a renamed executable or a broken file
would then be served to the public under a reassuring label. We look at the bytes.
"""

import zipfile

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

MiB = 1024 * 1024
# ZIP-based files are judged by what their directory declares before anything is unpacked (Python's
# zipfile never yields more than an entry declares, so the declared sizes bound every later read).
MAX_UNPACKED_SIZE = 256 * MiB  # all entries together; a 50 MB office file with photos stays far below
MAX_COMPRESSION_RATIO = 100  # XML of office files packs 5-30 times; zeros pack a thousand times
RATIO_CHECKED_FROM = MiB  # small entries may pack well without being a threat
MAX_ENTRIES = 10_000


class ZipExpansionError(Exception):
    """A ZIP that would unpack beyond the limits: reason is "total", "ratio" or "entries"."""

    def __init__(self, reason, **values):
        super().__init__(reason, values)
        self.reason, self.values = reason, values


def check_zip_expansion(archive, max_total=MAX_UNPACKED_SIZE):
    """Raise ZipExpansionError if the archive's declared sizes go beyond the limits."""
    entries = archive.infolist()
    if len(entries) > MAX_ENTRIES:
        raise ZipExpansionError("entries", count=len(entries), limit=MAX_ENTRIES)
    total = 0
    for info in entries:
        total += info.file_size
        if info.file_size >= RATIO_CHECKED_FROM and info.file_size > MAX_COMPRESSION_RATIO * max(info.compress_size, 1):
            raise ZipExpansionError("ratio", name=info.filename, ratio=info.file_size // max(info.compress_size, 1),
                                    limit=MAX_COMPRESSION_RATIO)
    if total > max_total:
        raise ZipExpansionError("total", size=total, limit=max_total)


def expansion_message(error, label):
    values = {"format": label, **error.values}
    if error.reason == "entries":
        return _("This %(format)s file holds %(count)s files inside; at most %(limit)s are accepted.") % values
    if error.reason == "ratio":
        return _("This %(format)s file is packed suspiciously tightly: a part of it would grow %(ratio)s times "
                 "when unpacked (at most %(limit)s times is accepted). It looks like a ZIP bomb and was "
                 "refused.") % values
    return _("This %(format)s file would unpack to %(size)s, more than the %(limit)s accepted.") % {
        **values, "size": filesizeformat(error.values["size"]), "limit": filesizeformat(error.values["limit"])}

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
            try:
                check_zip_expansion(archive)
            except ZipExpansionError as error:
                raise ValidationError(expansion_message(error, FORMAT_LABELS.get(extension, extension)),
                                      code="zip_bomb") from None
            names = archive.namelist()
            if extension in OOXML_MAIN_PART:
                if "[Content_Types].xml" not in names or not any(
                    name.startswith(OOXML_MAIN_PART[extension]) for name in names
                ):
                    raise _mismatch(extension)
            elif extension in ZIP_MIMETYPES:
                if "mimetype" not in names:
                    raise _mismatch(extension)
                with archive.open("mimetype") as entry:
                    declared = entry.read(200).decode("ascii", "replace").strip()
                if declared != ZIP_MIMETYPES[extension]:
                    raise _mismatch(extension)
            elif extension == "zip" and archive.testzip() is not None:  # the first entry that fails its CRC
                raise _mismatch(extension)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, KeyError, RuntimeError):
        raise _mismatch(extension) from None
    finally:
        fileobj.seek(0)
