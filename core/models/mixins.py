"""Fields that several page types share, declared once.

Each mixin brings its fields, the panels that show them (``*_panels``, placed by the page type
where they belong in its edit form) and, where the field is the same in every language, its
wagtail-localize synchronisation (``*_synchronised_fields``, added to the page type's
``override_translatable_fields``). The columns stay in each page type's own table, under the
same names as before the mixins existed.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail_localize.fields import SynchronizedField

from .fields import optional_image, optional_text_line, tick_box


def synchronised(*names, overridable=False):
    """wagtail-localize declarations of fields that every translation takes from its source (a
    date, a number, an identifier); with overridable=True a translation may still set its own."""
    return [SynchronizedField(name, overridable=overridable) for name in names]



class EditorNoteMixin(models.Model):
    """A note from editors to editors, never shown to readers."""

    editor_note = models.TextField(
        _("note for editors"),
        blank=True,
        help_text=_(
            "Seen only in the admin, never on the site: e.g. which facts are unknown, examples or "
            "placeholders and wait to be filled in."
        ),
    )

    editor_note_panels = [FieldPanel("editor_note")]
    # Never shown to readers: one note, the source language's, is enough.
    editor_note_synchronised_fields = synchronised("editor_note")

    class Meta:
        abstract = True


class AccessibleVersionMixin(models.Model):
    """The promise that an accessible version of the material is prepared on request."""

    accessible_version_on_request = tick_box(_("accessible version on request"), _("Show a note that we prepare an accessible version on request, with the contact from the accessibility statement."))

    accessible_version_panels = [FieldPanel("accessible_version_on_request")]
    # A promise of the organisation, the same in every language.
    accessible_version_synchronised_fields = synchronised("accessible_version_on_request")

    class Meta:
        abstract = True


class CoverImageMixin(models.Model):
    """A cover picture with its text alternative, which the page may word in its own language."""

    cover = optional_image(_("cover"), _("The cover picture. It needs a text alternative (below or in the image library)."))
    cover_alt_text = optional_text_line(_("text alternative of the cover"), _("What the cover shows, e.g. “Cover of the handbook: people at a shared table”."), max_length=255)

    cover_panels = [MultiFieldPanel([FieldPanel("cover"), FieldPanel("cover_alt_text")], heading=_("Cover"))]

    class Meta:
        abstract = True

    @property
    def cover_alt(self):
        """The page's own text alternative, else the image library's."""
        return self.cover_alt_text or (self.cover.alt_text if self.cover else "")

    def clean(self):
        super().clean()
        if self.cover and not self.cover_alt:
            raise ValidationError({"cover_alt_text": _("The cover needs a text alternative: type it here.")})


class SeoMixin(models.Model):
    """What search engines and link previews get from a page (core/seo.py reads it): the Promote
    tab with help texts that say what its fields do on this site, and the Open Graph type."""

    promote_panels = [
        MultiFieldPanel(
            [
                FieldPanel("slug"),
                FieldPanel("seo_title", help_text=_(
                    "Only if search results and link previews should show another title than the page's. "
                    "Empty: the page title. “e-Mocni” is added by itself."
                )),
                FieldPanel("search_description", help_text=_(
                    "One or two sentences shown under the title in search results and in link previews "
                    "(Facebook, messengers). Up to about 160 characters. Empty: the page's lead or summary."
                )),
            ],
            _("For search engines and sharing"),
        ),
        MultiFieldPanel([FieldPanel("show_in_menus")], _("For site menus")),
    ]
    # og:type; an article or a book says so itself.
    og_type = "website"

    class Meta:
        abstract = True
