"""Remove personal metadata from image files, without touching their pixels.

Photos carry where they were taken (EXIF GPS), the camera's serial number, the owner's and the
author's names and comments (EXIF, XMP, IPTC, text chunks). We rewrite the container and keep only
what a picture needs to show right: the pixels as they are (no re-encoding), the ICC colour profile,
the Orientation (as a one-tag EXIF block), and for JPEG the JFIF and Adobe segments that decoders
need. Anything we do not know is dropped, not kept. Data after the image's end (e.g. the extra
pictures of a multi-picture JPEG, which have EXIF of their own) is dropped too.

JPEG, PNG, WebP and GIF are rewritten byte by byte. AVIF keeps its metadata in boxes whose offsets
we would have to rewrite, so an AVIF that has EXIF or XMP is encoded again (quality 90).
"""

import io
import struct
import zlib

ORIENTATION = 0x0112


def minimal_exif(orientation):
    """EXIF with the Orientation tag alone ("Exif\\0\\0" + TIFF), or b"" when there is nothing to keep."""
    if orientation in (None, 1):
        return b""
    from PIL import Image

    exif = Image.Exif()
    exif[ORIENTATION] = orientation
    data = exif.tobytes()
    return data if data.startswith(b"Exif\0\0") else b"Exif\0\0" + data


def exif_orientation(payload):
    """The Orientation of an EXIF block (with or without the "Exif\\0\\0" prefix), or None."""
    from PIL import Image

    try:
        exif = Image.Exif()
        exif.load(payload if payload.startswith(b"Exif\0\0") else b"Exif\0\0" + payload)
        value = exif.get(ORIENTATION)
        return int(value) if value in range(1, 9) else None
    except Exception:  # broken EXIF: nothing worth keeping
        return None


# JPEG --------------------------------------------------------------------------------------------

KEEP_APP = ((0xE0, b"JFIF\0"), (0xE0, b"JFXX\0"), (0xE2, b"ICC_PROFILE\0"), (0xEE, b"Adobe"))


def strip_jpeg(data):
    if not data.startswith(b"\xff\xd8"):
        raise ValueError("not a JPEG")
    out, position, orientation, exif_at = [b"\xff\xd8"], 2, None, None
    while position < len(data):
        if data[position] != 0xFF:
            raise ValueError("broken JPEG segment")
        marker = data[position + 1]
        if marker == 0xFF:  # fill byte
            position += 1
            continue
        if marker == 0xD9:  # end of image: whatever follows is not this picture
            out.append(b"\xff\xd9")
            break
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            out.append(data[position:position + 2])
            position += 2
            continue
        length = struct.unpack(">H", data[position + 2:position + 4])[0]
        segment = data[position:position + 2 + length]
        payload = segment[4:]
        position += 2 + length
        if 0xE0 <= marker <= 0xEF or marker == 0xFE:
            if marker == 0xE1 and payload.startswith(b"Exif\0\0") and orientation is None:
                orientation = exif_orientation(payload)
                exif_at = len(out)
            if any(marker == keep and payload.startswith(prefix) for keep, prefix in KEEP_APP):
                out.append(segment)
            continue
        out.append(segment)
        if marker == 0xDA:  # start of scan: copy the entropy-coded data up to the next real marker
            end = position
            while True:
                end = data.find(b"\xff", end)
                if end == -1 or end + 1 >= len(data):
                    raise ValueError("JPEG ends inside its image data")
                following = data[end + 1]
                if following == 0x00 or 0xD0 <= following <= 0xD7 or following == 0xFF:
                    end += 1 if following == 0xFF else 2
                    continue
                break
            out.append(data[position:end])
            position = end
    exif = minimal_exif(orientation)
    if exif:
        # The EXIF segment goes where it was (after JFIF, if any), carrying only the orientation.
        out.insert(exif_at if exif_at is not None else 1, b"\xff\xe1" + struct.pack(">H", len(exif) + 2) + exif)
    return b"".join(out)


# PNG ---------------------------------------------------------------------------------------------

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# Ancillary chunks that change how the picture looks; every other ancillary chunk (tEXt, zTXt,
# iTXt with XMP, eXIf, tIME, private ones) goes.
PNG_KEEP = {b"iCCP", b"sRGB", b"gAMA", b"cHRM", b"sBIT", b"cICP", b"mDCV", b"cLLI", b"pHYs", b"bKGD", b"tRNS",
            b"hIST", b"sPLT", b"acTL", b"fcTL", b"fdAT"}


def _png_chunk(kind, body):
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def strip_png(data):
    if not data.startswith(PNG_SIGNATURE):
        raise ValueError("not a PNG")
    out, position, orientation = [PNG_SIGNATURE], 8, None
    while position + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        chunk = data[position:position + 12 + length]
        position += 12 + length
        if kind == b"eXIf":
            orientation = exif_orientation(chunk[8:-4])
        elif kind[0:1].isupper() or kind in PNG_KEEP:  # critical chunks (IHDR, PLTE, IDAT, IEND) stay
            if kind == b"IDAT" and orientation is not None:
                exif = minimal_exif(orientation)
                if exif:
                    out.append(_png_chunk(b"eXIf", exif[6:]))  # PNG's eXIf has no "Exif\0\0" prefix
                orientation = None
            out.append(chunk)
        if kind == b"IEND":
            break
    return b"".join(out)


# WebP --------------------------------------------------------------------------------------------

WEBP_KEEP = {b"VP8 ", b"VP8L", b"VP8X", b"ALPH", b"ANIM", b"ANMF", b"ICCP"}


def strip_webp(data):
    if data[:4] != b"RIFF" or data[8:12] != b"WEBP":
        raise ValueError("not a WebP")
    chunks, position, orientation = [], 12, None
    end = min(len(data), 8 + struct.unpack("<I", data[4:8])[0])
    while position + 8 <= end:
        kind, size = data[position:position + 4], struct.unpack("<I", data[position + 4:position + 8])[0]
        body = data[position + 8:position + 8 + size]
        position += 8 + size + (size & 1)
        if kind == b"EXIF":
            orientation = exif_orientation(body)
        elif kind in WEBP_KEEP:
            chunks.append([kind, body])
    exif = minimal_exif(orientation)
    for chunk in chunks:
        if chunk[0] == b"VP8X":
            flags = chunk[1][0] & ~0x0C  # no EXIF (0x08), no XMP (0x04)
            chunk[1] = bytes([flags | (0x08 if exif else 0)]) + chunk[1][1:]
    if exif and any(kind == b"VP8X" for kind, _body in chunks):
        chunks.append([b"EXIF", exif[6:]])  # WebP's EXIF chunk starts with the TIFF header
    body = b"".join(kind + struct.pack("<I", len(part)) + part + (b"\0" if len(part) & 1 else b"")
                    for kind, part in chunks)
    return b"RIFF" + struct.pack("<I", 4 + len(body)) + b"WEBP" + body


# GIF ---------------------------------------------------------------------------------------------

GIF_KEEP_APPLICATIONS = (b"NETSCAPE2.0", b"ANIMEXTS1.0", b"ICCRGBG1012")


def _gif_sub_blocks(data, position):
    """Position just after the sub-blocks that start at position (ended by a zero-length block)."""
    while True:
        size = data[position]
        position += 1 + size
        if size == 0:
            return position


def strip_gif(data):
    if data[:6] not in (b"GIF87a", b"GIF89a"):
        raise ValueError("not a GIF")
    flags = data[10]
    position = 13 + (3 * 2 ** ((flags & 7) + 1) if flags & 0x80 else 0)
    out = [data[:position]]
    while position < len(data):
        introducer = data[position]
        if introducer == 0x3B:  # trailer
            out.append(b"\x3b")
            break
        if introducer == 0x2C:  # an image: descriptor, local colour table, LZW data
            local = data[position + 9]
            start = position
            position += 10 + (3 * 2 ** ((local & 7) + 1) if local & 0x80 else 0) + 1
            position = _gif_sub_blocks(data, position)
            out.append(data[start:position])
            continue
        if introducer != 0x21:
            raise ValueError("broken GIF block")
        label, start = data[position + 1], position
        position = _gif_sub_blocks(data, position + 2)
        if label == 0xFE:  # comment
            continue
        if label == 0xFF and not data[start + 3:start + 14].startswith(GIF_KEEP_APPLICATIONS):
            continue  # XMP and other application data
        out.append(data[start:position])
    return b"".join(out)


# AVIF --------------------------------------------------------------------------------------------

def strip_avif(data):
    from PIL import Image

    with Image.open(io.BytesIO(data)) as image:
        if not (image.info.get("exif") or image.info.get("xmp")):
            return data
        image.load()
        out = io.BytesIO()
        image.save(out, "AVIF", quality=90, icc_profile=image.info.get("icc_profile"),
                   exif=minimal_exif(exif_orientation(image.info["exif"]) if image.info.get("exif") else None))
        return out.getvalue()


STRIPPERS = [(b"\xff\xd8", strip_jpeg), (PNG_SIGNATURE, strip_png), (b"GIF8", strip_gif)]


def strip_metadata(data):
    """The same picture without personal metadata; data itself when it is not a format we know."""
    for signature, strip in STRIPPERS:
        if data.startswith(signature):
            return strip(data)
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return strip_webp(data)
    if data[4:12] in (b"ftypavif", b"ftypavis"):
        return strip_avif(data)
    return data
