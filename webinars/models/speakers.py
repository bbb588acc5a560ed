from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index

from core.models.fields import optional_image, optional_text_line, tick_box
from core.moderation import ModeratedSnippet


class Speaker(ModeratedSnippet, TranslatableMixin, index.Indexed, models.Model):
    """A person who speaks in webinars; translated like a page (role and organisation)."""

    name = models.CharField(_("full name"), max_length=120)
    role = optional_text_line(_("role"), _("E.g. “local partnership facilitator”."))
    organisation = optional_text_line(_("organisation"), _("E.g. “Information Society Development Foundation”."))
    photo = optional_image(_("photo"), _("Optional. Only with the consent of the person in the photo."))
    is_placeholder = tick_box(_("placeholder data"), _("Ticked in the demo content: this is not a real person. Enter the speaker's real details and untick the box."))

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("organisation"),
        FieldPanel("photo"),
        FieldPanel("is_placeholder"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.SearchField("organisation"),
                     # the page editor's chooser searches published speakers only (core/moderation_chooser.py)
                     index.FilterField("live")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("speaker")
        verbose_name_plural = _("speakers")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def placeholder_status(self):
        return _("placeholder data") if self.is_placeholder else ""

    placeholder_status.short_description = _("placeholder data")

    @property
    def description(self):
        """"role, organisation", for listings."""
        return ", ".join(part for part in (self.role, self.organisation) if part)
