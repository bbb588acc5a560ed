"""A minimal PDF writer for demo files: real, valid, tagged PDFs with extractable Polish text.

The text is set in the site's own typeface, Atkinson Hyperlegible Next, embedded as two small
TrueType fonts (regular and bold, cut down to the characters below; see fonts/build_fonts.py and
fonts/OFL.txt). The Polish letters sit in the upper byte range through a /Differences encoding,
and a /ToUnicode map gives every code its character, so text extracts with its Polish letters.

Every document is tagged (PDF 1.7, ISO 32000-1 section 14.8): a structure tree with a
/Document element holding an /H1 (the first heading), /H2 (later headings) and /P elements,
each tied to its marked-content sequence in the page content through /MCID, /StructParents
and the /ParentTree. Page numbers are artifacts. The catalog declares /Lang, /MarkInfo and
/ViewerPreferences /DisplayDocTitle; the title, author, subject and language are also given
as XMP metadata (Dublin Core). What is not verified: a PDF/UA validator (veraPDF) has not
checked these files, so they are PDF/UA-style, not certified PDF/UA.
"""

import json
import zlib
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

# byte code -> (unicode character, Adobe glyph name)
POLISH_GLYPHS = {
    0xA1: ("ą", "aogonek"), 0xA2: ("ć", "cacute"), 0xA3: ("ę", "eogonek"), 0xA4: ("ł", "lslash"),
    0xA5: ("ń", "nacute"), 0xA6: ("ó", "oacute"), 0xA7: ("ś", "sacute"), 0xA8: ("ź", "zacute"),
    0xA9: ("ż", "zdotaccent"), 0xAA: ("Ą", "Aogonek"), 0xAB: ("Ć", "Cacute"), 0xAC: ("Ę", "Eogonek"),
    0xAD: ("Ł", "Lslash"), 0xAE: ("Ń", "Nacute"), 0xAF: ("Ó", "Oacute"), 0xB0: ("Ś", "Sacute"),
    0xB1: ("Ź", "Zacute"), 0xB2: ("Ż", "Zdotaccent"), 0xB3: ("–", "endash"), 0xB4: ("„", "quotedblbase"),
    0xB5: ("”", "quotedblright"), 0xB6: ("•", "bullet"),
    # English typography (the WinAnsi positions, named again for clarity).
    0x91: ("‘", "quoteleft"), 0x92: ("’", "quoteright"), 0x93: ("“", "quotedblleft"), 0x97: ("—", "emdash"),
}
CHAR_TO_BYTE = {char: code for code, (char, _name) in POLISH_GLYPHS.items()}
FONTS = Path(__file__).resolve().parent / "fonts"
# A subset font's name starts with six capital letters and a plus (ISO 32000-1, 9.6.4).
SUBSET_TAG = "EMOCNI+"


@cache
def _font_metrics():
    return json.loads((FONTS / "metrics.json").read_text(encoding="utf-8"))


@cache
def _font_file(name):
    return (FONTS / _font_metrics()[name]["file"]).read_bytes()


def _to_unicode():
    """A CMap from each byte code of the encoding to its character."""
    codes = {code: chr(code) for code in range(0x20, 0x7F)}
    codes.update({code: char for code, (char, _name) in POLISH_GLYPHS.items()})
    pairs = "\n".join(f"<{code:02X}> <{ord(char):04X}>" for code, char in sorted(codes.items()))
    return (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /EMocni-UCS def /CMapType 2 def\n"
        "1 begincodespacerange <00> <FF> endcodespacerange\n"
        f"{len(codes)} beginbfchar\n{pairs}\nendbfchar\n"
        "endcmap CMapName currentdict /CMap defineresource pop end end"
    ).encode("ascii")


def _encode(text):
    out = bytearray()
    for char in text:
        if char in CHAR_TO_BYTE:
            out.append(CHAR_TO_BYTE[char])
        elif char in "()\\":
            out += b"\\" + char.encode("ascii")
        elif ord(char) < 128:
            out += char.encode("ascii")
        else:
            out += b"?"
    return bytes(out)


def _text_string(text):
    """A PDF text string for metadata: UTF-16BE with a byte-order mark, as hex."""
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def _wrap(text, width=85):
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    if line:
        lines.append(line)
    return lines or [""]


def _xmp(title, author, subject, language):
    """An XMP packet (UTF-8) with the Dublin Core title, creator, description and language."""
    def alt(value):
        return f'<rdf:Alt><rdf:li xml:lang="x-default">{escape(value)}</rdf:li></rdf:Alt>'

    fields = [f"<dc:title>{alt(title)}</dc:title>", f"<dc:language><rdf:Bag><rdf:li>{escape(language)}</rdf:li></rdf:Bag></dc:language>"]
    if author:
        fields.append(f"<dc:creator><rdf:Seq><rdf:li>{escape(author)}</rdf:li></rdf:Seq></dc:creator>")
    if subject:
        fields.append(f"<dc:description>{alt(subject)}</dc:description>")
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:pdf="http://ns.adobe.com/pdf/1.3/" pdf:Producer="e-Mocni demo PDF writer">'
        + "".join(fields)
        + "</rdf:Description></rdf:RDF></x:xmpmeta>\n"
        '<?xpacket end="w"?>'
    ).encode("utf-8")


def _page_content(content, number, first_heading):
    """(content stream, [(structure type, MCID)]) of one page; first_heading is a one-item
    list, emptied when the document's first heading (its /H1) has been placed."""
    y, ops, tagged = 790, [], []
    for style, text in content:
        size, face, width = (16, "/F2", 60) if style == "h" else (11, "/F1", 90)
        lines = []
        for line in _wrap(text, width):
            if y < 60:
                break
            lines.append(f"{face} {size} Tf 1 0 0 1 56 {y} Tm".encode() + b" (" + _encode(line) + b") Tj")
            y -= size + 6
        y -= 8
        if not lines:
            continue  # nothing of it fits on the page: no element either
        kind = "P"
        if style == "h":
            kind = "H1" if first_heading else "H2"
            first_heading.clear()
        mcid = len(tagged)
        tagged.append((kind, mcid))
        ops += [f"/{kind} <</MCID {mcid}>> BDC BT".encode(), *lines, b"ET EMC"]
    ops.append(f"/Artifact <</Type /Pagination>> BDC BT /F1 9 Tf 1 0 0 1 290 30 Tm ({number}) Tj ET EMC".encode())
    return zlib.compress(b"\n".join(ops)), tagged


def build_pdf(title, pages, author="", subject="", language="pl-PL"):
    """pages: a list of pages, each a list of (style, text) with style 'h' or 'p'.
    language: the document's natural language (/Lang, a BCP 47 tag), e.g. "en-GB".

    Returns the bytes of an A4 tagged PDF document.
    """
    objects = []

    def add(body=None):
        objects.append(body)
        return len(objects)

    def put(number, body):
        objects[number - 1] = body

    differences = " ".join(f"{code} /{name}" for code, (_c, name) in sorted(POLISH_GLYPHS.items()))
    encoding = add(f"<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [{differences}] >>".encode())
    cmap = zlib.compress(_to_unicode())
    to_unicode = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(cmap) + cmap + b"\nendstream")

    def embedded_font(name):
        metrics, data = _font_metrics()[name], _font_file(name)
        packed = zlib.compress(data)
        file_id = add(b"<< /Length %d /Length1 %d /Filter /FlateDecode >>\nstream\n" % (len(packed), len(data))
                      + packed + b"\nendstream")
        font_name = f"{SUBSET_TAG}AtkinsonHyperlegibleNext-{name}"
        descriptor = add(
            f"<< /Type /FontDescriptor /FontName /{font_name} /Flags 32 "
            f"/FontBBox [{' '.join(str(v) for v in metrics['bbox'])}] /ItalicAngle 0 /Ascent {metrics['ascent']} "
            f"/Descent {metrics['descent']} /CapHeight {metrics['cap_height']} "
            f"/StemV {140 if name == 'Bold' else 80} /FontFile2 {file_id} 0 R >>".encode()
        )
        last = max(int(code) for code in metrics["widths"])
        widths = " ".join(str(metrics["widths"].get(str(code), 0)) for code in range(32, last + 1))
        return add(
            f"<< /Type /Font /Subtype /TrueType /BaseFont /{font_name} /FirstChar 32 /LastChar {last} "
            f"/Widths [{widths}] /Encoding {encoding} 0 R /FontDescriptor {descriptor} 0 R "
            f"/ToUnicode {to_unicode} 0 R >>".encode()
        )

    font, bold = embedded_font("Regular"), embedded_font("Bold")
    pages_id, struct_root, document = add(), add(), add()
    page_ids, elements, parent_tree, first_heading = [], [], [], [True]
    for number, content in enumerate(pages, start=1):
        stream, tagged = _page_content(content, number, first_heading)
        content_id = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream")
        page_id = add(
            f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 595 842] "
            f"/Resources << /Font << /F1 {font} 0 R /F2 {bold} 0 R >> >> /Contents {content_id} 0 R "
            f"/StructParents {number - 1} /Tabs /S >>".encode()
        )
        page_ids.append(page_id)
        on_page = [
            add(f"<< /Type /StructElem /S /{kind} /P {document} 0 R /Pg {page_id} 0 R /K {mcid} >>".encode())
            for kind, mcid in tagged
        ]
        elements += on_page
        parent_tree.append(f"{number - 1} [{' '.join(f'{e} 0 R' for e in on_page)}]")
    put(pages_id, f"<< /Type /Pages /Kids [{' '.join(f'{p} 0 R' for p in page_ids)}] /Count {len(page_ids)} >>".encode())
    put(document, f"<< /Type /StructElem /S /Document /P {struct_root} 0 R /Lang ({language}) "
                  f"/K [{' '.join(f'{e} 0 R' for e in elements)}] >>".encode())
    tree = add(f"<< /Nums [{' '.join(parent_tree)}] >>".encode())
    put(struct_root, f"<< /Type /StructTreeRoot /K [{document} 0 R] /ParentTree {tree} 0 R "
                     f"/ParentTreeNextKey {len(pages)} >>".encode())
    xmp = _xmp(title, author, subject, language)
    metadata = add(b"<< /Type /Metadata /Subtype /XML /Length %d >>\nstream\n" % len(xmp) + xmp + b"\nendstream")
    catalog = add(
        f"<< /Type /Catalog /Pages {pages_id} 0 R /Lang ({language}) /MarkInfo << /Marked true >> "
        f"/StructTreeRoot {struct_root} 0 R /ViewerPreferences << /DisplayDocTitle true >> "
        f"/Metadata {metadata} 0 R >>".encode()
    )
    info = add(f"<< /Title {_text_string(title)} /Author {_text_string(author)} /Subject {_text_string(subject)} >>".encode())

    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root {catalog} 0 R /Info {info} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)
