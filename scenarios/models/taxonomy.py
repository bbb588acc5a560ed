"""The catalogue's taxonomies: thematic areas, audiences and levels, managed by editors."""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin

from core.moderation import ModeratedSnippet

SLUG_HELP = "Część adresu filtra, np. „zdrowie”. Zmiana psuje zapisane i udostępnione adresy filtrów."


class Taxonomy(ModeratedSnippet, TranslatableMixin, models.Model):
    name = models.CharField("nazwa", max_length=120)
    slug = models.SlugField("identyfikator w adresie", max_length=80, help_text=SLUG_HELP)
    sort_order = models.PositiveSmallIntegerField(
        "kolejność", default=0, help_text="Mniejsza liczba: wyżej na liście filtrów."
    )
    keywords = models.CharField(
        "słowa do wyszukiwania", max_length=300, blank=True,
        help_text="Inne formy i synonimy nazwy, po których wyszukiwarka katalogu ma znaleźć te scenariusze, "
                  "np. „seniorów, osoby starsze”.",
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order"), FieldPanel("keywords")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class ThematicArea(Taxonomy):
    """One of the nine areas of the „Ramowy katalog kompetencji cyfrowych”."""

    description = models.TextField(
        "opis", blank=True, help_text="Jedno zdanie o tym, czego dotyczą scenariusze z tego obszaru."
    )

    panels = Taxonomy.panels + [FieldPanel("description")]

    class Meta(Taxonomy.Meta):
        verbose_name = "obszar tematyczny"
        verbose_name_plural = "obszary tematyczne"
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class Audience(Taxonomy):
    """A group of participants a scenario is written or adapted for."""

    class Meta(Taxonomy.Meta):
        verbose_name = "grupa odbiorców"
        verbose_name_plural = "grupy odbiorców"
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class Level(Taxonomy):
    """How much the participants need to know before the training."""

    class Meta(Taxonomy.Meta):
        verbose_name = "poziom"
        verbose_name_plural = "poziomy"
        unique_together = [("translation_key", "locale"), ("slug", "locale")]
