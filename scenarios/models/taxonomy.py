"""The catalogue's taxonomies: thematic areas, audiences and levels, managed by editors."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin

from core.models.fields import optional_text_line
from core.moderation import ModeratedSnippet

SLUG_HELP = _("Part of the filter address, e.g. “zdrowie”. Changing it breaks saved and shared filter addresses.")


class Taxonomy(ModeratedSnippet, TranslatableMixin, models.Model):
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug in the address"), max_length=80, help_text=SLUG_HELP)
    sort_order = models.PositiveSmallIntegerField(
        _("order"), default=0, help_text=_("A smaller number comes higher in the list of filters.")
    )
    keywords = optional_text_line(_("search words"), _("Other forms and synonyms of the name by which the catalogue search should find these scenarios, e.g. “seniorów, osoby starsze”."), max_length=300)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order"), FieldPanel("keywords")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class ThematicArea(Taxonomy):
    """One of the nine areas of the „Ramowy katalog kompetencji cyfrowych”."""

    description = models.TextField(
        _("description"), blank=True, help_text=_("One sentence on what the scenarios of this area are about.")
    )

    panels = Taxonomy.panels + [FieldPanel("description")]

    class Meta(Taxonomy.Meta):
        verbose_name = _("subject area")
        verbose_name_plural = _("subject areas")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class Audience(Taxonomy):
    """A group of participants a scenario is written or adapted for."""

    class Meta(Taxonomy.Meta):
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class Level(Taxonomy):
    """How much the participants need to know before the training."""

    class Meta(Taxonomy.Meta):
        verbose_name = _("level")
        verbose_name_plural = _("levels")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]
