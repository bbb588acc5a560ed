"""Photos lose their GPS position and personal metadata, in the stored original and in every
rendition, and keep their orientation, colour profile and pixels (issue 14, scope 5)."""

import io

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import ExifTags, Image, ImageChops

from core.image_metadata import strip_metadata
from core.models import CustomImage
from tests.core.hostile_files import XMP_PACKET, jpeg_with_personal_metadata, personal_exif

PERSONAL = [b"Jan Kowalski", b"SN-123456", b"Aparat", b"X100", b"Podworko", b"Prywatne", b"Zdjecie", b"dc:creator"]


def assert_no_personal_metadata(data):
    for marker in PERSONAL:
        assert marker not in data, marker
    with Image.open(io.BytesIO(data)) as image:
        exif = image.getexif()
        assert not exif.get_ifd(ExifTags.IFD.GPSInfo)
        assert ExifTags.IFD.GPSInfo not in exif and ExifTags.IFD.Exif not in exif
        assert set(exif) <= {ExifTags.Base.Orientation}
        assert "xmp" not in image.info and "comment" not in image.info


def stored_bytes(image):
    with image.open_file() as handle:
        return handle.read()


def test_admin_upload_strips_the_original_and_keeps_orientation_profile_and_pixels(admin_client):
    data = jpeg_with_personal_metadata()
    assert b"SN-123456" in data and b"Jan Kowalski" in data
    response = admin_client.post("/admin/images/add/", {
        "title": "podwórko", "file": SimpleUploadedFile("podworko.jpg", data), "collection": 1, "tags": "",
        "alt_text": "Podwórko"})
    assert response.status_code == 302
    image = CustomImage.objects.get(title="podwórko")
    stored = stored_bytes(image)
    assert_no_personal_metadata(stored)
    with Image.open(io.BytesIO(stored)) as kept, Image.open(io.BytesIO(data)) as original:
        assert kept.getexif()[ExifTags.Base.Orientation] == 6
        assert kept.info["icc_profile"] == original.info["icc_profile"]
        assert ImageChops.difference(kept.convert("RGB"), original.convert("RGB")).getbbox() is None  # lossless
    assert image.file_size == len(stored)
    from wagtail.utils.file import hash_filelike

    assert image.file_hash == hash_filelike(io.BytesIO(stored))


@pytest.mark.parametrize("spec", ["fill-40x40", "max-30x30|format-webp", "width-20|format-png", "original"])
def test_renditions_have_no_personal_metadata(db, spec):
    image = CustomImage(title="zdjęcie", alt_text="x",
                        file=ContentFile(jpeg_with_personal_metadata(), name="zdjecie.jpg"))
    image.save()
    rendition = image.get_rendition(spec)
    with rendition.file.open("rb") as handle:
        data = handle.read()
    assert_no_personal_metadata(data)
    with Image.open(io.BytesIO(data)) as picture:
        assert "icc_profile" in picture.info  # the colour profile survives
        if spec == "original":  # applied by Wagtail: 64 × 48 turned a quarter
            assert picture.size == (48, 64)


def test_renditions_of_images_stored_before_the_fix_are_clean_too(db):
    image = CustomImage(title="stare", alt_text="x", file=ContentFile(jpeg_with_personal_metadata(), name="stare.jpg"))
    image.save()
    # Put the unstripped bytes back, as an upload from before this change left them.
    name = image.file.name
    image.file.storage.delete(name)
    image.file.storage.save(name, ContentFile(jpeg_with_personal_metadata()))
    assert b"SN-123456" in stored_bytes(image)
    with image.get_rendition("fill-30x30").file.open("rb") as handle:
        assert_no_personal_metadata(handle.read())


def test_multiple_upload_strips_too(admin_client):
    response = admin_client.post("/admin/images/multiple/add/", {
        "files[]": SimpleUploadedFile("gps.jpg", jpeg_with_personal_metadata()), "collection": 1})
    assert response.status_code == 200
    # The alt text is still missing: Wagtail keeps the file as an unfinished upload until it is given.
    upload_id = response.json()["uploaded_file_id"]
    prefix = f"uploaded-image-{upload_id}-"
    response = admin_client.post(f"/admin/images/multiple/create_from_uploaded_image/{upload_id}/", {
        f"{prefix}title": "gps", f"{prefix}collection": 1, f"{prefix}tags": "", f"{prefix}alt_text": "Zdjęcie"})
    assert response.json()["success"], response.json()
    image = CustomImage.objects.get(pk=response.json()["image_id"])
    assert_no_personal_metadata(stored_bytes(image))
    assert image.file_size == len(stored_bytes(image))


def picture():
    image = Image.new("RGB", (32, 24), (10, 120, 40))
    image.paste((250, 250, 0), (0, 0, 8, 8))
    return image


@pytest.mark.parametrize("fmt", ["PNG", "WEBP"])
def test_png_and_webp_lose_exif_and_xmp_keep_profile_and_pixels(fmt):
    from PIL import ImageCms

    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    out = io.BytesIO()
    extra = {"lossless": True} if fmt == "WEBP" else {}
    picture().save(out, fmt, exif=personal_exif(orientation=3), icc_profile=icc, xmp=XMP_PACKET, **extra)
    data = out.getvalue()
    if fmt == "PNG":  # a text chunk with the author's name too
        from PIL.PngImagePlugin import PngInfo

        info = PngInfo()
        info.add_text("Author", "Jan Kowalski")
        out = io.BytesIO()
        picture().save(out, "PNG", exif=personal_exif(orientation=3), icc_profile=icc, pnginfo=info)
        data = out.getvalue()
    assert b"SN-123456" in data
    clean = strip_metadata(data)
    assert_no_personal_metadata(clean)
    with Image.open(io.BytesIO(clean)) as kept:
        assert kept.getexif()[ExifTags.Base.Orientation] == 3
        assert kept.info["icc_profile"] == icc
        assert ImageChops.difference(kept.convert("RGB"), picture()).getbbox() is None


def test_gif_loses_comments_keeps_animation():
    frames = [picture(), picture().rotate(180)]
    out = io.BytesIO()
    frames[0].save(out, "GIF", save_all=True, append_images=frames[1:], loop=0, comment=b"Jan Kowalski")
    clean = strip_metadata(out.getvalue())
    assert b"Jan Kowalski" not in clean
    with Image.open(io.BytesIO(clean)) as kept:
        assert kept.n_frames == 2 and kept.info.get("loop") == 0


def test_jpeg_without_metadata_is_left_alone():
    out = io.BytesIO()
    picture().save(out, "JPEG")
    assert strip_metadata(out.getvalue()) == out.getvalue()


def test_multi_picture_trailer_is_dropped():
    out = io.BytesIO()
    picture().save(out, "JPEG")
    second = jpeg_with_personal_metadata()
    clean = strip_metadata(out.getvalue() + second)  # a second picture with GPS after the first's end
    assert b"SN-123456" not in clean and clean.endswith(b"\xff\xd9")


def test_command_cleans_images_stored_before_the_fix(db):
    from django.core.management import call_command

    image = CustomImage(title="stare", alt_text="x", file=ContentFile(jpeg_with_personal_metadata(), name="stare.jpg"))
    image.save()
    name = image.file.name
    image.file.storage.delete(name)
    image.file.storage.save(name, ContentFile(jpeg_with_personal_metadata()))
    image.get_rendition("fill-30x30")
    call_command("strip_image_metadata", verbosity=0)
    image.refresh_from_db()
    stored = stored_bytes(image)
    assert_no_personal_metadata(stored)
    assert image.file_size == len(stored) and not image.renditions.exists()


@pytest.mark.parametrize("mode,options", [("RGB", {"progressive": True}), ("CMYK", {}), ("L", {"optimize": True})])
def test_jpeg_variants_keep_their_pixels(mode, options):
    image = picture().convert(mode)
    out = io.BytesIO()
    image.save(out, "JPEG", exif=personal_exif(orientation=8), comment=b"Jan Kowalski", **options)
    clean = strip_metadata(out.getvalue())
    assert_no_personal_metadata(clean)
    with Image.open(io.BytesIO(clean)) as kept, Image.open(io.BytesIO(out.getvalue())) as original:
        assert kept.mode == original.mode and kept.getexif()[ExifTags.Base.Orientation] == 8
        assert ImageChops.difference(kept, original).getbbox() is None
