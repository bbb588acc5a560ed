from decimal import Decimal

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index

from core.models import AccessibleVersionMixin, BasePage, EditorNoteMixin, HomeSectionMixin, searchable, synchronised
from core.models.fields import optional_text_line
from core.page_hooks import AnsweredListingMixin, answer
from scenarios.blocks import ExerciseBlock, StepBlock
from scenarios.forms import ScenarioPageForm
from scenarios.indexing import own_text_fields, relation_words
from scenarios.metadata import scenario_context
from scenarios.models.taxonomy import Audience

FORMATS = [("stacjonarne", _("stationary")), ("online", _("online"))]
ATTACHMENT_KINDS = [
    ("scenariusz", _("Scenario")),
    ("prezentacja", _("Slides")),
    ("karta-pracy", _("Worksheet")),
    ("inne", _("Other file")),
]
MIN_HOURS, MAX_HOURS = Decimal("0.5"), Decimal("44")
LINES_HELP = _("One item per line.")


class ScenarioIndexPage(HomeSectionMixin, AnsweredListingMixin, RoutablePageMixin, BasePage):
    """The catalogue: filters, text search, counts; a ZIP of each area's files."""

    intro = models.TextField(_("introduction"), blank=True, help_text=_("One or two sentences above the catalogue."))

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    subpage_types = ["scenarios.ScenarioPage"]

    class Meta:
        verbose_name = _("scenario catalogue")

    # The catalogue and the ZIPs are built above the models (scenarios/listing.py, area_zip.py),
    # registered in scenarios/wagtail_hooks.py (core/page_hooks.py says why).
    listing_hook = "scenario_catalogue"

    @path("pobierz/<slug:area>/")
    def area_zip_view(self, request, area):
        return answer("scenario_area_zip", self, request, area)

    # The same archive under an English word; links use the catalogue's language (area_zip_route).
    @path("download/<slug:area>/", name="area_zip_download")
    def area_zip_download_view(self, request, area):
        return self.area_zip_view(request, area)

    def area_zip_route(self):
        english = self.locale_id and self.locale.language_code == "en"
        return "area_zip_download" if english else "area_zip_view"


class ScenarioPage(EditorNoteMixin, AccessibleVersionMixin, BasePage):
    """One training scenario, ready to reuse under its licence."""

    og_type = "article"

    external_id = models.CharField(
        _("external id"), max_length=40, db_index=True,
        help_text=_("A permanent id from the import spreadsheet, e.g. “ZDR-001”. The import recognises the scenario by it."),
    )
    summary = models.TextField(_("summary"), help_text=_("Two or three sentences: what and whom the session is about."))
    area = models.ForeignKey(
        "scenarios.ThematicArea", on_delete=models.PROTECT, related_name="scenarios", verbose_name=_("subject area")
    )
    audiences = ParentalManyToManyField(
        "scenarios.Audience", related_name="scenarios", verbose_name=_("target audiences"),
        help_text=_("Whom the scenario is written or adapted for (several groups may be chosen)."),
    )
    format = models.CharField(_("format"), max_length=12, choices=FORMATS, default="stacjonarne", db_index=True)
    level = models.ForeignKey(
        "scenarios.Level", on_delete=models.PROTECT, related_name="scenarios", verbose_name=_("level")
    )
    duration_hours = models.DecimalField(
        _("duration (hours)"), max_digits=4, decimal_places=2, db_index=True,
        validators=[MinValueValidator(MIN_HOURS), MaxValueValidator(MAX_HOURS)],
        help_text=_("From 0.5 to 44 hours, e.g. 1.5."),
    )
    group_min = models.PositiveSmallIntegerField(_("group from (people)"), null=True, blank=True)
    group_max = models.PositiveSmallIntegerField(_("group up to (people)"), null=True, blank=True)
    equipment = models.TextField(_("equipment needed"), blank=True, help_text=LINES_HELP)
    objectives = models.TextField(_("session goals"), help_text=_("One item per line. E.g. “The participant can redeem an e-prescription”."))
    prerequisites = models.TextField(
        _("what participants should know already"), blank=True, help_text=_("Empty: nothing, the session starts from the basics.")
    )
    steps = StreamField([("step", StepBlock())], blank=True, verbose_name=_("course of the session"))
    exercises = StreamField([("exercise", ExerciseBlock())], blank=True, verbose_name=_("exercises"))
    trainer_tips = models.TextField(_("tips for the trainer"), blank=True, help_text=LINES_HELP)
    adaptation_deaf = models.TextField(
        _("adaptation for Deaf people"), blank=True,
        help_text=_("E.g. a Polish Sign Language interpreter, captions, visual materials. Empty: the section is not shown."),
    )
    adaptation_blind = models.TextField(
        _("adaptation for blind and partially sighted people"), blank=True,
        help_text=_("E.g. a screen reader, magnification, a description of the slides. Empty: the section is not shown."),
    )
    online_url = models.URLField(
        _("address of the online material"), blank=True, help_text=_("Required for online training: where the course or the recording is.")
    )
    authors = models.CharField(
        _("authors"), max_length=300, help_text=_("People or institutions, separated by commas; they go into the attribution.")
    )
    licence = models.ForeignKey(
        "publications.Licence", null=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("licence"),
        help_text=_("Usually CC BY 4.0. The licence decides how others may use the scenario."),
    )
    # The index of this row's own text columns (scenarios.indexing), kept by save(); the
    # catalogue's facets filter on the real keys, never on copies of them.
    search_text = models.TextField(editable=False, blank=True)
    title_text = models.TextField(editable=False, blank=True)
    sort_title = models.CharField(editable=False, max_length=255, blank=True, db_index=True)

    content_panels = BasePage.content_panels + [
        FieldPanel("external_id"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("area", widget=forms.Select),
                FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
                FieldRowPanel([FieldPanel("format"), FieldPanel("level", widget=forms.Select)]),
                FieldRowPanel([
                    FieldPanel("duration_hours", widget=forms.TextInput(attrs={"inputmode": "decimal"})),
                    FieldPanel("group_min"), FieldPanel("group_max"),
                ]),
            ],
            heading=_("For whom and how long"),
        ),
        MultiFieldPanel(
            [FieldPanel("objectives"), FieldPanel("prerequisites"), FieldPanel("equipment")], heading=_("Preparation")
        ),
        FieldPanel("steps"),
        FieldPanel("exercises"),
        FieldPanel("trainer_tips"),
        MultiFieldPanel([FieldPanel("adaptation_deaf"), FieldPanel("adaptation_blind")], heading=_("Adaptations")),
        InlinePanel("attachments", heading=_("Downloads"), label=_("file")),
        *AccessibleVersionMixin.accessible_version_panels,
        FieldPanel("online_url"),
        MultiFieldPanel([FieldPanel("authors"), FieldPanel("licence")], heading=_("Authors and licence")),
        *EditorNoteMixin.editor_note_panels,
    ]
    search_fields = BasePage.search_fields + [
        *searchable("summary", "objectives", "prerequisites", "equipment", "steps", "exercises", "authors"),
        index.FilterField("format"),
    ]
    parent_page_types = ["scenarios.ScenarioIndexPage"]
    subpage_types = []
    base_form_class = ScenarioPageForm
    # Read with the page when a request is routed to it (core.routing): its template shows them.
    route_select_related = ["area", "level", "licence", "locale"]
    # Identifiers and numbers follow the Polish source. The audiences (a many-to-many field,
    # which wagtail-localize leaves out) are synchronised in save().
    override_translatable_fields = [
        *synchronised("external_id", "duration_hours", "group_min", "group_max", "format"),
        *AccessibleVersionMixin.accessible_version_synchronised_fields,
        *EditorNoteMixin.editor_note_synchronised_fields,
    ]

    class Meta:
        verbose_name = _("training scenario")
        verbose_name_plural = _("training scenarios")

    def clean(self):
        super().clean()
        errors = {}
        if self.format == "online" and not self.online_url:
            errors["online_url"] = _("An online training needs the address of the material.")
        if self.group_min and self.group_max and self.group_min > self.group_max:
            errors["group_max"] = _("The upper limit of the group is smaller than the lower one.")
        if not self.licence_id:
            errors["licence"] = _("Choose a licence: without it nobody knows how they may use the scenario.")
        if self.external_id and self.locale_id:
            twins = ScenarioPage.objects.filter(external_id=self.external_id, locale_id=self.locale_id)
            if self.pk:
                twins = twins.exclude(pk=self.pk).exclude(translation_key=self.translation_key)
            if twins.exists():
                errors["external_id"] = _("Another scenario already has this identifier.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        if update_fields is None:
            self.sync_audiences_from_source()
        if update_fields is None or "search_text" in update_fields:
            for name, value in own_text_fields(self).items():
                setattr(self, name, value)
        return super().save(*args, **kwargs)

    def sync_audiences_from_source(self):
        """A translation takes its audiences from the page in the default language, mapped to
        the audience snippets of its own language (wagtail-localize skips many-to-many fields)."""
        if not self.locale_id or not self.translation_key or self.locale.language_code == settings.LANGUAGE_CODE:
            return
        source = ScenarioPage.objects.filter(
            translation_key=self.translation_key, locale__language_code=settings.LANGUAGE_CODE
        ).first()
        if source is None:
            return
        source_keys = list(source.audiences.values_list("translation_key", flat=True))
        localized = {a.translation_key: a for a in Audience.objects.filter(translation_key__in=source_keys,
                                                                             locale_id=self.locale_id)}
        originals = {a.translation_key: a for a in source.audiences.all()}
        self.audiences = [localized.get(key) or originals[key] for key in source_keys]

    def search_extra_text(self):
        """For the site search: the taxonomy names and the adaptations."""
        return " ".join(part for part in [*relation_words(self), self.trainer_tips, self.adaptation_deaf,
                                          self.adaptation_blind] if part)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(scenario_context(self, request))
        return context


class ScenarioAttachment(TranslatableMixin, Orderable):
    """Translatable: the label is translated and a translation may carry its own file."""

    page = ParentalKey(ScenarioPage, on_delete=models.CASCADE, related_name="attachments")
    document = models.ForeignKey(
        "core.CustomDocument", on_delete=models.PROTECT, related_name="scenario_attachments", verbose_name=_("document")
    )
    kind = models.CharField(_("kind"), max_length=20, choices=ATTACHMENT_KINDS, default="scenariusz")
    label = optional_text_line(_("name on the page"), _("Empty: the document's title. The file's format and size are added automatically."))

    panels = [FieldPanel("document"), FieldPanel("kind"), FieldPanel("label")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("scenario attachment")

    def __str__(self):
        return self.label or self.document.title
