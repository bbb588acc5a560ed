"""Plain text from PDF, DOCX and ODT files, for search."""

import logging
import re
import zipfile
from html import unescape

from pypdf import PdfReader

logger = logging.getLogger(__name__)
MAX_CHARS = 200_000  # enough for a handbook; keeps one huge file from bloating the index
TAG = re.compile(r"<[^>]+>")


def _xml_text(archive, name, paragraph_tags):
    xml = archive.read(name).decode("utf-8", "replace")
    xml = re.sub(paragraph_tags, "\n", xml)
    return unescape(TAG.sub("", xml))


def extract_text(fileobj, extension):
    """Text of the file, or "" when the format has none we read or the file is broken."""
    extension = extension.lower().lstrip(".")
    try:
        if extension == "pdf":
            reader = PdfReader(fileobj)
            parts, size = [], 0
            for page in reader.pages:
                text = page.extract_text() or ""
                parts.append(text)
                size += len(text)
                if size > MAX_CHARS:
                    break
            return "\n".join(parts)[:MAX_CHARS]
        if extension == "docx":
            with zipfile.ZipFile(fileobj) as archive:
                return _xml_text(archive, "word/document.xml", r"</w:p>|<w:br/>|<w:tab/>")[:MAX_CHARS]
        if extension in {"odt", "odp", "ods"}:
            with zipfile.ZipFile(fileobj) as archive:
                return _xml_text(archive, "content.xml", r"</text:p>|</text:h>|<text:line-break/>")[:MAX_CHARS]
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
                    match = re.search(r"<dc:language>([^<]{1,35})</dc:language>", archive.read(member).decode("utf-8", "replace"))
                    value = match.group(1) if match else ""
    except Exception:  # as above: never fail a save over metadata
        logger.warning("Could not read the language of a .%s file", extension, exc_info=True)
        return ""
    return value.strip().split("-")[0].split("_")[0].lower()[:8]
