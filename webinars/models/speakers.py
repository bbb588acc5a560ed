from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index

from core.moderation import ModeratedSnippet


class Speaker(ModeratedSnippet, TranslatableMixin, index.Indexed, models.Model):
    """A person who speaks in webinars; translated like a page (role and organisation)."""

    name = models.CharField(_("full name"), max_length=120)
    role = models.CharField(
        _("role"), max_length=200, blank=True, help_text=_("E.g. “local partnership facilitator”.")
    )
    organisation = models.CharField(
        _("organisation"), max_length=200, blank=True, help_text=_("E.g. “Information Society Development Foundation”.")
    )
    photo = models.ForeignKey(
        "core.CustomImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("photo"),
        help_text=_("Optional. Only with the consent of the person in the photo."),
    )
    is_placeholder = models.BooleanField(
        _("placeholder data"),
        default=False,
        help_text=_("Ticked in the demo content: this is not a real person. Enter the speaker's real details and untick the box."),
    )

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
