"""Plain text from PDF, DOCX and ODT files, for search.

Office files are ZIPs of XML: the XML is read as a stream, in small pieces, and reading stops
after MAX_XML_BYTES or once MAX_CHARS of text are found, so a small file that unpacks to a
gigabyte costs a few megabytes of memory and a fraction of a second.
"""

import logging
import re
import zipfile
from html import unescape

from pypdf import PdfReader

logger = logging.getLogger(__name__)
MAX_CHARS = 200_000  # enough for a handbook; keeps one huge file from bloating the index
MAX_XML_BYTES = 32 * 1024 * 1024  # of unpacked XML per file: far more than MAX_CHARS of text needs
MAX_PDF_PAGES = 2_000
CHUNK = 64 * 1024
MAX_TAG = 64 * 1024  # a longer "tag" is not markup we want: it is skipped unread
TAG = re.compile(r"<[^>]*>")
DOCX_BREAKS = re.compile(r"</w:p>|<w:br\s*/>|<w:tab\s*/>")
ODF_BREAKS = re.compile(r"</text:p>|</text:h>|<text:line-break\s*/>")


def _text_of(markup, breaks):
    return unescape(TAG.sub("", breaks.sub("\n", markup)))


def stream_xml_text(stream, breaks, max_chars=MAX_CHARS, max_bytes=MAX_XML_BYTES):
    """Text of an XML stream: tags dropped, `breaks` made newlines, at most max_chars characters
    from at most max_bytes bytes. Pieces are cut just before a "<", so no tag or entity is split."""
    parts, chars, read, pending = [], 0, 0, ""
    while chars < max_chars and read < max_bytes:
        block = stream.read(min(CHUNK, max_bytes - read))
        if not block:
            break
        read += len(block)
        pending += block.decode("utf-8", "ignore")  # a split character loses at most itself
        cut = pending.rfind("<")
        if cut == -1:  # text without markup: keep only a possibly unfinished entity
            cut = pending.rfind("&") if pending.rfind("&") > pending.rfind(";") else len(pending)
        elif len(pending) - cut > MAX_TAG:  # an endless tag: drop what we have of it
            pending = pending[:cut]
            cut = len(pending)
        text = _text_of(pending[:cut], breaks)
        pending = pending[cut:]
        parts.append(text)
        chars += len(text)
    if chars < max_chars and pending and not (pending.startswith("<") and ">" not in pending):
        parts.append(_text_of(pending, breaks))  # the last text, unless it is a tag cut off by the cap
    return "".join(parts)[:max_chars]


def _zip_member_text(fileobj, name, breaks):
    with zipfile.ZipFile(fileobj) as archive, archive.open(name) as member:
        return stream_xml_text(member, breaks)


def extract_text(fileobj, extension):
    """Text of the file, or "" when the format has none we read or the file is broken."""
    extension = extension.lower().lstrip(".")
    try:
        if extension == "pdf":
            reader = PdfReader(fileobj)
            parts, size = [], 0
            for number, page in enumerate(reader.pages):
                if number >= MAX_PDF_PAGES:
                    break
                text = page.extract_text() or ""
                parts.append(text)
                size += len(text)
                if size > MAX_CHARS:
                    break
            return "\n".join(parts)[:MAX_CHARS]
        if extension == "docx":
            return _zip_member_text(fileobj, "word/document.xml", DOCX_BREAKS)
        if extension in {"odt", "odp", "ods"}:
            return _zip_member_text(fileobj, "content.xml", ODF_BREAKS)
    except Exception:  # a broken file must not break saving or indexing
        logger.warning("Could not extract text from a .%s file", extension, exc_info=True)
    return ""


def extract_language(fileobj, extension):
    """The language a file declares (a PDF's /Lang, an office file's dc:language), as a
    primary subtag ("pl-PL" -> "pl"), or "" when it declares none or cannot be read."""
    extension = extension.lower().lstrip(".")
    value = ""
    try:
        fileobj.seek(0)
        if extension == "pdf":
            value = str(PdfReader(fileobj).trailer["/Root"].get("/Lang") or "")
        elif extension in {"docx", "odt", "odp", "ods"}:
            member = "docProps/core.xml" if extension == "docx" else "meta.xml"
            with zipfile.ZipFile(fileobj) as archive:
                if member in archive.namelist():
                    with archive.open(member) as entry:
                        head = entry.read(256 * 1024).decode("utf-8", "replace")  # metadata is small
                    match = re.search(r"<dc:language>([^<]{1,35})</dc:language>", head)
                    value = match.group(1) if match else ""
    except Exception:  # as above: never fail a save over metadata
        logger.warning("Could not read the language of a .%s file", extension, exc_info=True)
        return ""
    return value.strip().split("-")[0].split("_")[0].lower()[:8]
