"""Hostile files for the upload tests and `make bench`, built cheaply in memory.

Deflate output after a full flush does not depend on what came before, so one compressed block of
a repeated chunk can be written many times: a gigabyte of content costs one megabyte of work.
The archives are valid (right CRCs and sizes): a reader that unpacks them gets every byte.
"""

import io
import struct
import zlib

MiB = 1024 * 1024
GiB = 1024 * MiB


def _repeated_deflate(chunk, times):
    """(raw deflate data, crc32) for `chunk` repeated `times` times."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    tail = compressor.flush(zlib.Z_FINISH)
    crc = 0
    for _ in range(times):
        crc = zlib.crc32(chunk, crc)
    return block * times + tail, crc


def _zip(entries):
    """A ZIP from (name, raw deflate data, crc, uncompressed size) or (name, bytes) stored as is."""
    out = io.BytesIO()
    central = []
    for entry in entries:
        if len(entry) == 2:
            name, data = entry
            method, payload, crc, size = 0, data, zlib.crc32(data), len(data)
        else:
            name, payload, crc, size = entry
            method = 8
        encoded = name.encode()
        offset = out.tell()
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, method, 0, 0x21, crc, len(payload), size,
                              len(encoded), 0) + encoded)
        out.write(payload)
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, method, 0, 0x21, crc,
                                   len(payload), size, len(encoded), 0, 0, 0, 0, 0, offset) + encoded)
    start = out.tell()
    for record in central:
        out.write(record)
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central), out.tell() - start, start, 0))
    return out.getvalue()


def zip_of_zeros(unpacked=12 * GiB, entry_size=10 * MiB):
    """About 12.5 MB of ZIP that unpacks to 12 GiB of zeros (many identical 10 MiB entries)."""
    payload, crc = _repeated_deflate(b"\0" * MiB, entry_size // MiB)
    count = unpacked // entry_size
    return _zip([(f"zera/{number:05}.bin", payload, crc, entry_size) for number in range(count)])


def docx_bomb(xml_size=GiB):
    """A DOCX of about 1 MB whose word/document.xml unpacks to `xml_size` bytes of paragraphs."""
    paragraph = b"<w:p><w:r><w:t>mocni</w:t></w:r></w:p>" + b" " * 4000  # blanks between paragraphs pack best
    chunk = paragraph * (MiB // len(paragraph))
    head = b'<?xml version="1.0"?><w:document><w:body>'
    # The head is part of the first chunk's place: the total stays a whole number of chunks.
    payload, crc = _repeated_deflate(chunk, xml_size // len(chunk))
    size = len(chunk) * (xml_size // len(chunk))
    return _zip([
        ("[Content_Types].xml", b'<?xml version="1.0"?><Types/>'),
        ("word/_head.xml", head),
        ("word/document.xml", payload, crc, size),
    ])


def _png_chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_of_pixels(width=11_000, height=11_000):
    """A black RGB PNG of width × height pixels (121 MP by default), a few hundred KB on disk."""
    rows = b"\0" * (1 + 3 * width) * 100  # a hundred rows: filter byte, then RGB
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = compressor.compress(rows) + compressor.flush(zlib.Z_FULL_FLUSH)
    rest = rows[: (1 + 3 * width) * (height % 100)]
    tail = compressor.compress(rest) + compressor.flush(zlib.Z_FINISH)
    checksum = 1
    for _ in range(height // 100):
        checksum = zlib.adler32(rows, checksum)
    checksum = zlib.adler32(rest, checksum)
    idat = b"\x78\xda" + block * (height // 100) + tail + struct.pack(">I", checksum)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", header) + _png_chunk(b"IDAT", idat) + _png_chunk(b"IEND", b"")


def jpeg_with_personal_metadata(size=(64, 48), orientation=6):
    """A JPEG made with Pillow that carries GPS, camera serial, owner, comments, XMP and an sRGB profile."""
    from PIL import Image, ImageCms

    image = Image.new("RGB", size, (200, 30, 30))
    image.paste((30, 30, 200), (0, 0, size[0] // 2, size[1] // 2))  # a corner to see the orientation
    exif = personal_exif(orientation)
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90, exif=exif, icc_profile=icc, comment=b"Zdjecie Jana Kowalskiego",
               xmp=XMP_PACKET)
    return out.getvalue()


XMP_PACKET = (b'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">'
              b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description '
              b'xmlns:dc="http://purl.org/dc/elements/1.1/" dc:creator="Jan Kowalski"/></rdf:RDF></x:xmpmeta>'
              b'<?xpacket end="w"?>')


def personal_exif(orientation=6):
    from PIL import ExifTags, Image

    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = orientation
    exif[ExifTags.Base.Make] = "Aparat"
    exif[ExifTags.Base.Model] = "X100"
    exif[ExifTags.Base.Artist] = "Jan Kowalski"
    exif[ExifTags.Base.Copyright] = "Jan Kowalski"
    exif[ExifTags.Base.ImageDescription] = "Podworko przy ul. Dlugiej 5"
    details = exif.get_ifd(ExifTags.IFD.Exif)
    details[ExifTags.Base.BodySerialNumber] = "SN-123456"
    details[ExifTags.Base.CameraOwnerName] = "Jan Kowalski"
    details[ExifTags.Base.UserComment] = b"ASCII\0\0\0Prywatne"
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (52.0, 13.0, 56.0)
    gps[ExifTags.GPS.GPSLongitudeRef] = "E"
    gps[ExifTags.GPS.GPSLongitude] = (21.0, 0.0, 30.0)
    return exif
