"""The admin's image form: an image needs a description or an explicit "decorative" choice, and
its pixels are counted from the file's header before anything decodes it."""

import re

from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm


def too_many_pixels(size=None, pixels=None):
    limit = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS // 1_000_000
    if size:
        text = _("This image has too many pixels (%(width)s × %(height)s, %(megapixels)s megapixels). An image can "
                 "have at most %(limit)s megapixels: make it smaller and upload it again.") % {
            "width": size[0], "height": size[1], "megapixels": size[0] * size[1] // 1_000_000, "limit": limit}
    elif pixels:
        text = _("This image has too many pixels (%(megapixels)s megapixels). An image can have at most "
                 "%(limit)s megapixels: make it smaller and upload it again.") % {
            "megapixels": pixels // 1_000_000, "limit": limit}
    else:
        text = _("This image has far too many pixels. An image can have at most %(limit)s megapixels: make it "
                 "smaller and upload it again.") % {"limit": limit}
    return forms.ValidationError(text, code="file_too_many_pixels")


class HeaderCheckedImageField(WagtailImageField):
    """Wagtail's field, with the pixel count read from the header first (Pillow's open reads only the
    header). Pillow's own limit (core/apps.py) stops a decoder anywhere else."""

    def to_python(self, data):
        if data is not None and hasattr(data, "read") and self.max_image_pixels:
            self.check_header(data)
        return super().to_python(data)

    def check_header(self, data):
        try:
            data.seek(0)
            with Image.open(data) as image:
                frames = getattr(image, "n_frames", 1)
                if image.width * image.height * frames > self.max_image_pixels:
                    raise too_many_pixels(image.size)
        except Image.DecompressionBombError as error:
            # Pillow stops before it tells the size; its message has the pixel count.
            found = re.search(r"\((\d+) pixels\)", str(error))
            raise too_many_pixels(pixels=int(found.group(1)) if found else None) from None
        except forms.ValidationError:
            raise
        except Exception:  # not an image Pillow knows: Wagtail's own checks say so
            pass
        finally:
            data.seek(0)


class ImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if isinstance(field, WagtailImageField) and not isinstance(field, HeaderCheckedImageField):
            # Wagtail builds the field itself (formfield_for_dbfield); give it the header check.
            field.__class__ = HeaderCheckedImageField
            field.error_messages["file_too_large"] = _(
                "This image is too big (%(file_size)s). An image can be at most %(max_filesize)s.")
            field.error_messages["file_too_large_unknown_size"] = _(
                "This image is too big. An image can be at most %(max_filesize)s.") % {
                "max_filesize": filesizeformat(field.max_upload_size)}

    def clean(self):
        cleaned = super().clean()
        if "alt_text" not in self.fields or "decorative" not in self.fields:
            return cleaned  # a form without these fields (e.g. a bare upload) has nothing to check
        alt_text = (cleaned.get("alt_text") or "").strip()
        decorative = cleaned.get("decorative")
        if not alt_text and not decorative:
            self.add_error(
                "alt_text",
                forms.ValidationError(
                    _("Describe what the image shows, or tick “decorative image” if it conveys nothing."),
                    code="alt_text_required",
                ),
            )
        elif alt_text and decorative:
            self.add_error(
                "decorative",
                forms.ValidationError(
                    _("A decorative image has no alternative text: remove the text or untick this field."),
                    code="decorative_with_alt_text",
                ),
            )
        return cleaned
