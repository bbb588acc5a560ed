"""What a webinar page lists beside its video: its speakers, the files to download and related
pages (inline panels of webinars.models.webinar.WebinarPage)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable, TranslatableMixin

from core.models.fields import optional_text_line


class WebinarSpeaker(TranslatableMixin, Orderable):
    """Translatable so that a translated webinar points to the speaker snippet in its own language."""

    page = ParentalKey("webinars.WebinarPage", related_name="speaker_links", on_delete=models.CASCADE)
    speaker = models.ForeignKey(
        "webinars.Speaker", on_delete=models.CASCADE, related_name="+", verbose_name=_("speaker")
    )

    panels = [FieldPanel("speaker")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("webinar speaker")


class WebinarMaterial(TranslatableMixin, Orderable):
    """Translatable: the label is translated and a translation may carry its own document."""

    page = ParentalKey("webinars.WebinarPage", related_name="materials", on_delete=models.CASCADE)
    document = models.ForeignKey(
        "core.CustomDocument", on_delete=models.CASCADE, related_name="+", verbose_name=_("document")
    )
    label = optional_text_line(_("link text"), _("Empty: the document's title is used. The file's format and size are added automatically."))

    panels = [FieldPanel("document"), FieldPanel("label")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("download")


class WebinarRelatedPage(Orderable):
    page = ParentalKey("webinars.WebinarPage", related_name="related_links", on_delete=models.CASCADE)
    target = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("page"),
        help_text=_("A handbook chapter, a publication or another page of the site."),
    )

    panels = [FieldPanel("target")]

    class Meta(Orderable.Meta):
        verbose_name = _("related page")
