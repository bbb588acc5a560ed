from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin

from core.moderation import ModeratedSnippet


class Licence(ModeratedSnippet, TranslatableMixin, models.Model):
    """A licence under which the project publishes, e.g. Creative Commons Attribution."""

    name = models.CharField(_("full licence name"), max_length=200, help_text=_("E.g. “Creative Commons Attribution 4.0 International”."))
    short_label = models.CharField(_("short label"), max_length=40, help_text=_("E.g. “CC BY 4.0” or “CC BY 3.0 PL”."))
    url = models.URLField(_("address of the licence text"), help_text=_("E.g. https://creativecommons.org/licenses/by/4.0/deed.pl"))

    panels = [FieldPanel("name"), FieldPanel("short_label"), FieldPanel("url")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("licence")
        verbose_name_plural = _("licences")

    def __str__(self):
        return self.short_label
