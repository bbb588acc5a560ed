from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index

from core.moderation import ModeratedSnippet


class Speaker(ModeratedSnippet, TranslatableMixin, index.Indexed, models.Model):
    """A person who speaks in webinars; translated like a page (role and organisation)."""

    name = models.CharField("imię i nazwisko", max_length=120)
    role = models.CharField(
        "funkcja", max_length=200, blank=True, help_text="Np. „animatorka partnerstw lokalnych”."
    )
    organisation = models.CharField(
        "organizacja", max_length=200, blank=True, help_text="Np. „Fundacja Rozwoju Społeczeństwa Informacyjnego”."
    )
    photo = models.ForeignKey(
        "core.CustomImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="zdjęcie",
        help_text="Opcjonalne. Tylko za zgodą osoby na zdjęciu.",
    )
    is_placeholder = models.BooleanField(
        "dane zastępcze",
        default=False,
        help_text="Zaznaczone w treści demonstracyjnej: to nie jest prawdziwa osoba. Wpisz prawdziwe dane "
        "prelegenta i odznacz pole.",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("organisation"),
        FieldPanel("photo"),
        FieldPanel("is_placeholder"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.SearchField("organisation")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = "prelegent"
        verbose_name_plural = "prelegenci"
        ordering = ["name"]

    def __str__(self):
        return self.name

    def placeholder_status(self):
        return "dane zastępcze" if self.is_placeholder else ""

    placeholder_status.short_description = "dane zastępcze"

    @property
    def description(self):
        """"role, organisation", for listings."""
        return ", ".join(part for part in (self.role, self.organisation) if part)
