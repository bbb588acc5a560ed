"""A minimal PDF writer for demo files: real, valid PDFs with extractable Polish text.

Only the standard Helvetica font is used (no embedding). Its glyph set holds the Polish
letters, which we reach through a /Differences encoding on the upper byte range.
"""

import zlib

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


def build_pdf(title, pages, author="", subject="", language="pl-PL"):
    """pages: a list of pages, each a list of (style, text) with style 'h' or 'p'.
    language: the document's natural language (/Lang, a BCP 47 tag), e.g. "en-GB".

    Returns the bytes of an A4 PDF document.
    """
    objects = []

    def add(body):
        objects.append(body)
        return len(objects)

    differences = " ".join(f"{code} /{name}" for code, (_c, name) in sorted(POLISH_GLYPHS.items()))
    encoding = add(f"<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [{differences}] >>".encode())
    font = add(f"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding {encoding} 0 R >>".encode())
    bold = add(f"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding {encoding} 0 R >>".encode())
    pages_id = len(objects) + 2 * len(pages) + 1  # the object after all pages
    page_ids = []
    for number, content in enumerate(pages, start=1):
        y = 790
        ops = [b"BT"]
        for style, text in content:
            size, face, width = (16, "/F2", 60) if style == "h" else (11, "/F1", 90)
            for line in _wrap(text, width):
                if y < 60:
                    break
                ops.append(f"{face} {size} Tf 1 0 0 1 56 {y} Tm".encode() + b" (" + _encode(line) + b") Tj")
                y -= size + 6
            y -= 8
        ops.append(f"/F1 9 Tf 1 0 0 1 290 30 Tm ({number}) Tj".encode())
        ops.append(b"ET")
        stream = zlib.compress(b"\n".join(ops))
        content_id = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream")
        page_ids.append(
            add(
                f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 595 842] "
                f"/Resources << /Font << /F1 {font} 0 R /F2 {bold} 0 R >> >> /Contents {content_id} 0 R >>".encode()
            )
        )
    kids = " ".join(f"{pid} 0 R" for pid in page_ids)
    assert add(f"<< /Type /Pages /Kids [{kids}] /Count {len(page_ids)} >>".encode()) == pages_id
    catalog = add(f"<< /Type /Catalog /Pages {pages_id} 0 R /Lang ({language}) >>".encode())
    info = add(f"<< /Title {_text_string(title)} /Author {_text_string(author)} /Subject {_text_string(subject)} >>".encode())

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root {catalog} 0 R /Info {info} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)
