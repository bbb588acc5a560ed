"""Accessibility checks of an uploaded document, for the editor (issue 19, scope 3).

People who use screen readers, magnifiers or their own colours read the site's handbooks and
scenarios. What makes a file usable for them is written into the file itself; this module
reads it and names what is missing. It never blocks an upload: the editor decides, and the
admin shows the result next to the document and in the report "Dostępność dokumentów".

PDF (read with pypdf): tagged (/MarkInfo /Marked true and a structure tree), a document
language (/Lang), a title shown in the title bar (a title in the metadata and
/ViewerPreferences /DisplayDocTitle true), real text (a scan without text cannot be read
aloud), fonts embedded. DOCX and ODT: headings used, a language set.

What is not verified: reading order, alt texts of figures, table headers, contrast: these
need a person (or a PDF/UA validator) and the admin says so.

Reading is bounded (pages, fonts and bytes), so a huge or hostile file costs little.
"""

import logging
import re
import zipfile
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _
from pypdf import PdfReader

logger = logging.getLogger(__name__)

MAX_PAGES_FOR_TEXT = 5  # pages read for the "is there text" check
MAX_PAGES_FOR_FONTS = 30
MIN_TEXT_CHARACTERS = 20
MAX_XML_BYTES = 8 * 1024 * 1024  # of one XML part of a DOCX or ODT


@dataclass(frozen=True)
class Problem:
    code: str
    label: str  # what is missing
    why: str  # why it matters, for an editor


PROBLEMS = {
    problem.code: problem
    for problem in (
        Problem("not-tagged", _("The PDF is not tagged (no structure tree)."),
                _("Without tags a screen reader cannot tell headings, lists and tables from plain text, "
                  "and the reading order may be wrong.")),
        Problem("no-language", _("The document's language is not set."),
                _("A screen reader then reads Polish text with the pronunciation of another language.")),
        Problem("no-title", _("The document has no title in its properties."),
                _("The title bar and screen readers show the file name instead of the document's title.")),
        Problem("title-not-shown", _("The title is not set to show in the title bar."),
                _("Viewers show the file name instead of the title (DisplayDocTitle is off).")),
        Problem("no-text", _("No text found: the file looks like a scan."),
                _("A scan without a text layer cannot be read aloud, searched or enlarged as text; "
                  "run text recognition (OCR) or publish the original document.")),
        Problem("fonts-not-embedded", _("Some fonts are not embedded."),
                _("Without the fonts, letters may be shown wrongly (Polish letters especially) and text "
                  "may not be read or copied correctly.")),
        Problem("no-headings", _("No headings are used (only formatted text)."),
                _("Screen-reader users jump between headings to find their way; text that only looks like "
                  "a heading cannot be found that way. Use the Heading styles.")),
        Problem("unreadable", _("The file could not be read for these checks."),
                _("Open it in the program that made it and save or export it again.")),
    )
}


def check_document(fileobj, extension):
    """The problem codes (sorted) found in a document, or None for formats not checked."""
    try:
        fileobj.seek(0)
        if extension == "pdf":
            codes = _check_pdf(fileobj)
        elif extension == "docx":
            codes = _check_docx(fileobj)
        elif extension == "odt":
            codes = _check_odt(fileobj)
        else:
            return None
    except Exception:  # a broken file must never stop an upload; it is reported instead
        logger.info("Accessibility check could not read a .%s file", extension, exc_info=True)
        codes = {"unreadable"}
    finally:
        try:
            fileobj.seek(0)
        except Exception:  # noqa: S110 - some storages' files cannot seek after closing
            pass
    return sorted(codes)


def problems_for(codes):
    return [PROBLEMS[code] for code in codes or () if code in PROBLEMS]


# PDF -----------------------------------------------------------------------------------------


def _check_pdf(fileobj):
    reader = PdfReader(fileobj)
    root = reader.trailer["/Root"]
    codes = set()
    mark_info = root.get("/MarkInfo")
    marked = mark_info is not None and bool(mark_info.get_object().get("/Marked", False))
    if not marked or "/StructTreeRoot" not in root:
        codes.add("not-tagged")
    if not str(root.get("/Lang", "") or "").strip():
        codes.add("no-language")
    metadata = reader.metadata
    title = (metadata.title if metadata else None) or ""
    if not title.strip():
        codes.add("no-title")
    preferences = root.get("/ViewerPreferences")
    if not (preferences is not None and bool(preferences.get_object().get("/DisplayDocTitle", False))):
        codes.add("title-not-shown")
    text = ""
    for page in reader.pages[:MAX_PAGES_FOR_TEXT]:
        text += page.extract_text() or ""
        if len(text.strip()) >= MIN_TEXT_CHARACTERS:
            break
    if len(re.sub(r"\s+", "", text)) < MIN_TEXT_CHARACTERS:
        codes.add("no-text")
    if _pdf_has_unembedded_fonts(reader):
        codes.add("fonts-not-embedded")
    return codes


def _font_is_embedded(font):
    if font.get("/Subtype") == "/Type3":
        return True  # drawn by the file itself
    if font.get("/Subtype") == "/Type0":
        descendants = font.get("/DescendantFonts") or []
        return all(_font_is_embedded(d.get_object()) for d in descendants)
    descriptor = font.get("/FontDescriptor")
    if descriptor is None:
        return False  # one of the standard 14 fonts, left to the viewer
    descriptor = descriptor.get_object()
    return any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))


def _pdf_has_unembedded_fonts(reader):
    for page in reader.pages[:MAX_PAGES_FOR_FONTS]:
        resources = page.get("/Resources")
        fonts = resources.get_object().get("/Font") if resources is not None else None
        if fonts is None:
            continue
        for reference in fonts.get_object().values():
            if not _font_is_embedded(reference.get_object()):
                return True
    return False


# Office documents ------------------------------------------------------------------------------


def _read_part(archive, name):
    """One XML part of an office file, at most MAX_XML_BYTES of it ('' when absent)."""
    try:
        info = archive.getinfo(name)
    except KeyError:
        return ""
    with archive.open(info) as part:
        return part.read(MAX_XML_BYTES).decode("utf-8", errors="replace")


def _read_parts(fileobj, *names):
    """The named XML parts of a ZIP-based office file, each as _read_part reads it."""
    with zipfile.ZipFile(fileobj) as archive:
        return [_read_part(archive, name) for name in names]


def _check_docx(fileobj):
    codes = set()
    document, styles, core = _read_parts(fileobj, "word/document.xml", "word/styles.xml", "docProps/core.xml")
    # Heading styles are found by their built-in names ("heading 1"), whatever their ids
    # are in the editor's language ("Nagwek1" in a Polish Word).
    heading_ids = set(re.findall(
        r'<w:style\b[^>]*w:styleId="([^"]+)"[^>]*>(?:(?!</w:style>).)*?<w:name w:val="(?:heading \d|Title)"',
        styles, flags=re.S | re.I))
    used = set(re.findall(r'<w:pStyle w:val="([^"]+)"', document))
    if not (heading_ids & used) and not re.search(r"<w:outlineLvl\b", document):
        codes.add("no-headings")
    has_language = re.search(r'<w:lang\b[^>]*w:val="[A-Za-z]', styles + document) or re.search(
        r"<dc:language>\s*\S", core)
    if not has_language:
        codes.add("no-language")
    if not re.search(r"<dc:title>\s*\S", core):
        codes.add("no-title")
    return codes


def _check_odt(fileobj):
    codes = set()
    content, styles, meta = _read_parts(fileobj, "content.xml", "styles.xml", "meta.xml")
    if "<text:h" not in content:
        codes.add("no-headings")
    if not (re.search(r'fo:language="[a-z]', styles + content) or re.search(r"<dc:language>\s*\S", meta)):
        codes.add("no-language")
    if not re.search(r"<dc:title>\s*\S", meta):
        codes.add("no-title")
    return codes
