from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin

from core.moderation import ModeratedSnippet


class Licence(ModeratedSnippet, TranslatableMixin, models.Model):
    """A licence under which the project publishes, e.g. Creative Commons Attribution."""

    name = models.CharField(
        "pełna nazwa",
        max_length=200,
        help_text="Np. „Creative Commons Uznanie autorstwa 4.0 Międzynarodowe”.",
    )
    short_label = models.CharField("skrót", max_length=40, help_text="Np. „CC BY 4.0” lub „CC BY 3.0 PL”.")
    url = models.URLField("adres tekstu licencji", help_text="Np. https://creativecommons.org/licenses/by/4.0/deed.pl")

    panels = [FieldPanel("name"), FieldPanel("short_label"), FieldPanel("url")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = "licencja"
        verbose_name_plural = "licencje"

    def __str__(self):
        return self.short_label
