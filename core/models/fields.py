"""Model fields that several models declare alike, each shape written once.

Each function returns a new field with the arguments the models used to write out, so the
migrations stay as they are; the label and the help text remain each model's own.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


def optional_image(verbose_name, help_text=""):
    """A picture from the image library that may be left out; deleting the image empties the field
    and keeps the object."""
    return models.ForeignKey(
        "core.CustomImage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=verbose_name, help_text=help_text,
    )


def optional_text_line(verbose_name, help_text="", *, max_length=200):
    """One line of text that may stay empty: a name, a label, a link text, an image's text alternative."""
    return models.CharField(verbose_name, max_length=max_length, blank=True, help_text=help_text)


def optional_date(verbose_name, help_text=""):
    """A day that may be unknown or not yet there (stored as NULL)."""
    return models.DateField(verbose_name, null=True, blank=True, help_text=help_text)


def tick_box(verbose_name, help_text=""):
    """A yes/no that is no until an editor ticks it."""
    return models.BooleanField(verbose_name, default=False, help_text=help_text)


def set_on_save(field_class, verbose_name, help_text):
    """A value the model works out itself when it is saved (an editor never types it): empty until
    then, and left out of the admin's forms."""
    return field_class(verbose_name, null=True, blank=True, editable=False, help_text=help_text)


def file_editor_note():
    """The note editors keep on an image or a document in the library (never shown on the site)."""
    return optional_text_line(
        _("note for editors"),
        _("Shown only in the admin, e.g. “demo placeholder file – replace it with the real one”."),
        max_length=255,
    )
