"""What a webinar page lists beside its video: its speakers, the files to download and related
pages (inline panels of webinars.models.webinar.WebinarPage)."""

from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable, TranslatableMixin


class WebinarSpeaker(TranslatableMixin, Orderable):
    """Translatable so that a translated webinar points to the speaker snippet in its own language."""

    page = ParentalKey("webinars.WebinarPage", related_name="speaker_links", on_delete=models.CASCADE)
    speaker = models.ForeignKey(
        "webinars.Speaker", on_delete=models.CASCADE, related_name="+", verbose_name="prelegent"
    )

    panels = [FieldPanel("speaker")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = "prelegent webinarium"


class WebinarMaterial(TranslatableMixin, Orderable):
    """Translatable: the label is translated and a translation may carry its own document."""

    page = ParentalKey("webinars.WebinarPage", related_name="materials", on_delete=models.CASCADE)
    document = models.ForeignKey(
        "core.CustomDocument", on_delete=models.CASCADE, related_name="+", verbose_name="dokument"
    )
    label = models.CharField(
        "nazwa odnośnika",
        max_length=200,
        blank=True,
        help_text="Puste: użyjemy tytułu dokumentu. Format i rozmiar pliku dodamy sami.",
    )

    panels = [FieldPanel("document"), FieldPanel("label")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = "materiał do pobrania"


class WebinarRelatedPage(Orderable):
    page = ParentalKey("webinars.WebinarPage", related_name="related_links", on_delete=models.CASCADE)
    target = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name="strona",
        help_text="Rozdział poradnika, publikacja albo inna strona serwisu.",
    )

    panels = [FieldPanel("target")]

    class Meta(Orderable.Meta):
        verbose_name = "powiązana strona"


__all__ = ["WebinarMaterial", "WebinarRelatedPage", "WebinarSpeaker"]
