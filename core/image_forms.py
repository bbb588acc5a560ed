"""The admin's image form: an image needs a description or an explicit "decorative" choice."""

from django import forms
from wagtail.images.forms import BaseImageForm


class ImageForm(BaseImageForm):
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
                    "Opisz, co pokazuje obraz, albo zaznacz „obraz dekoracyjny”, jeśli niczego nie przekazuje.",
                    code="alt_text_required",
                ),
            )
        elif alt_text and decorative:
            self.add_error(
                "decorative",
                forms.ValidationError(
                    "Obraz dekoracyjny nie ma tekstu alternatywnego: usuń tekst albo odznacz to pole.",
                    code="decorative_with_alt_text",
                ),
            )
        return cleaned
