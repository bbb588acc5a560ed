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
from wagtail_localize.fields import SynchronizedField

from core.models import AccessibleVersionMixin, BasePage, EditorNoteMixin
from core.page_hooks import answer
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
LINES_HELP = "Jedna pozycja w wierszu."


class ScenarioIndexPage(RoutablePageMixin, BasePage):
    """The catalogue: filters, text search, counts; a ZIP of each area's files."""

    intro = models.TextField("wstęp", blank=True, help_text="Jedno, dwa zdania nad katalogiem.")

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["scenarios.ScenarioPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = "katalog scenariuszy"

    # The catalogue and the ZIPs are built above the models (scenarios/listing.py, area_zip.py),
    # registered in scenarios/wagtail_hooks.py (core/page_hooks.py says why).
    @path("")
    def catalogue_view(self, request):
        return self.render(request, context_overrides=answer("scenario_catalogue", self, request))

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
        "identyfikator zewnętrzny", max_length=40, db_index=True,
        help_text="Stały identyfikator z arkusza importu, np. „ZDR-001”. Po nim import rozpoznaje scenariusz.",
    )
    summary = models.TextField("streszczenie", help_text="Dwa, trzy zdania: czego i kogo dotyczą zajęcia.")
    area = models.ForeignKey(
        "scenarios.ThematicArea", on_delete=models.PROTECT, related_name="scenarios", verbose_name="obszar tematyczny"
    )
    audiences = ParentalManyToManyField(
        "scenarios.Audience", related_name="scenarios", verbose_name="odbiorcy",
        help_text="Dla kogo scenariusz jest napisany lub dostosowany (można wybrać kilka grup).",
    )
    format = models.CharField("forma", max_length=12, choices=FORMATS, default="stacjonarne", db_index=True)
    level = models.ForeignKey(
        "scenarios.Level", on_delete=models.PROTECT, related_name="scenarios", verbose_name="poziom"
    )
    duration_hours = models.DecimalField(
        "czas trwania (godziny)", max_digits=4, decimal_places=2, db_index=True,
        validators=[MinValueValidator(MIN_HOURS), MaxValueValidator(MAX_HOURS)],
        help_text="Od 0,5 do 44 godzin, np. 1,5.",
    )
    group_min = models.PositiveSmallIntegerField("grupa od (osób)", null=True, blank=True)
    group_max = models.PositiveSmallIntegerField("grupa do (osób)", null=True, blank=True)
    equipment = models.TextField("potrzebny sprzęt", blank=True, help_text=LINES_HELP)
    objectives = models.TextField("cele zajęć", help_text=LINES_HELP + " Np. „Uczestnik umie wykupić e-receptę”.")
    prerequisites = models.TextField(
        "co uczestnicy powinni umieć", blank=True, help_text="Puste: nic, zajęcia są od podstaw."
    )
    steps = StreamField([("step", StepBlock())], blank=True, verbose_name="przebieg zajęć")
    exercises = StreamField([("exercise", ExerciseBlock())], blank=True, verbose_name="ćwiczenia")
    trainer_tips = models.TextField("wskazówki dla prowadzącego", blank=True, help_text=LINES_HELP)
    adaptation_deaf = models.TextField(
        "dostosowanie dla osób głuchych", blank=True,
        help_text="Np. tłumacz PJM, napisy, materiały wizualne. Puste: sekcja się nie pokaże.",
    )
    adaptation_blind = models.TextField(
        "dostosowanie dla osób niewidomych i słabowidzących", blank=True,
        help_text="Np. czytnik ekranu, powiększenie, opis slajdów. Puste: sekcja się nie pokaże.",
    )
    online_url = models.URLField(
        "adres materiału online", blank=True, help_text="Wymagany dla szkoleń online: gdzie jest kurs lub nagranie."
    )
    authors = models.CharField(
        "autorzy", max_length=300, help_text="Osoby lub instytucje, oddzielone przecinkami; trafiają do uznania autorstwa."
    )
    licence = models.ForeignKey(
        "publications.Licence", null=True, on_delete=models.SET_NULL, related_name="+", verbose_name="licencja",
        help_text="Zwykle CC BY 4.0. Od licencji zależy, jak inni mogą korzystać ze scenariusza.",
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
            heading="Dla kogo i jak długo",
        ),
        MultiFieldPanel(
            [FieldPanel("objectives"), FieldPanel("prerequisites"), FieldPanel("equipment")], heading="Przygotowanie"
        ),
        FieldPanel("steps"),
        FieldPanel("exercises"),
        FieldPanel("trainer_tips"),
        MultiFieldPanel([FieldPanel("adaptation_deaf"), FieldPanel("adaptation_blind")], heading="Dostosowania"),
        InlinePanel("attachments", heading="Pliki do pobrania", label="plik"),
        *AccessibleVersionMixin.accessible_version_panels,
        FieldPanel("online_url"),
        MultiFieldPanel([FieldPanel("authors"), FieldPanel("licence")], heading="Autorzy i licencja"),
        *EditorNoteMixin.editor_note_panels,
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("objectives"),
        index.SearchField("prerequisites"),
        index.SearchField("equipment"),
        index.SearchField("steps"),
        index.SearchField("exercises"),
        index.SearchField("authors"),
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
        SynchronizedField("external_id", overridable=False),
        SynchronizedField("duration_hours", overridable=False),
        SynchronizedField("group_min", overridable=False),
        SynchronizedField("group_max", overridable=False),
        SynchronizedField("format", overridable=False),
        *AccessibleVersionMixin.accessible_version_synchronised_fields,
        *EditorNoteMixin.editor_note_synchronised_fields,
    ]

    class Meta:
        verbose_name = "scenariusz szkolenia"
        verbose_name_plural = "scenariusze szkoleń"

    def clean(self):
        super().clean()
        errors = {}
        if self.format == "online" and not self.online_url:
            errors["online_url"] = "Szkolenie online potrzebuje adresu materiału."
        if self.group_min and self.group_max and self.group_min > self.group_max:
            errors["group_max"] = "Górna granica grupy jest mniejsza niż dolna."
        if not self.licence_id:
            errors["licence"] = "Wybierz licencję: bez niej nikt nie wie, jak może użyć scenariusza."
        if self.external_id and self.locale_id:
            twins = ScenarioPage.objects.filter(external_id=self.external_id, locale_id=self.locale_id)
            if self.pk:
                twins = twins.exclude(pk=self.pk).exclude(translation_key=self.translation_key)
            if twins.exists():
                errors["external_id"] = "Inny scenariusz ma już ten identyfikator."
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
        "core.CustomDocument", on_delete=models.PROTECT, related_name="scenario_attachments", verbose_name="dokument"
    )
    kind = models.CharField("rodzaj", max_length=20, choices=ATTACHMENT_KINDS, default="scenariusz")
    label = models.CharField(
        "nazwa na stronie", max_length=200, blank=True,
        help_text="Puste: tytuł dokumentu. Format i rozmiar pliku dodamy sami.",
    )

    panels = [FieldPanel("document"), FieldPanel("kind"), FieldPanel("label")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = "załącznik scenariusza"

    def __str__(self):
        return self.label or self.document.title
