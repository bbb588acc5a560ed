from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.blocks import BodyBlock
from core.models import AccessibleVersionMixin, BasePage, CoverImageMixin, EditorNoteMixin
from core.page_hooks import answer
from publications.isbn import normalise_isbn, validate_isbn
from publications.metadata import publication_metadata

PUBLICATION_TYPES = [
    ("report", _("Report")),
    ("handbook", _("Handbook")),
    ("catalogue", _("Catalogue")),
    ("guide", _("Guide")),
    ("list", _("List")),
    ("other", _("Other")),
]
# Languages of publications and files, named in the reader's language.
CONTENT_LANGUAGES = [("pl", _("Polish")), ("en", _("English"))]


def validate_content_language(value):
    if value not in dict(CONTENT_LANGUAGES):
        raise ValidationError("Nieznany język: wybierz go z listy.")


AUTHOR_ROLES = [
    ("author", _("author")),
    ("editor", _("editor")),
    ("proofreading", _("proofreading")),
    ("translation", _("translation")),
    ("illustrations", _("illustrations")),
    ("typesetting", _("typesetting")),
]


class PublicationIndexPage(RoutablePageMixin, BasePage):
    """The list of publications, with filters and a feed."""

    intro = models.TextField("wstęp", blank=True, help_text="Jedno, dwa zdania nad listą publikacji.")

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["publications.PublicationPage", "publications.HandbookPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = "lista publikacji"

    # The list and its feed are built above the models (publications/listing.py, feeds.py),
    # registered in publications/wagtail_hooks.py (core/page_hooks.py says why).
    @path("")
    def index_view(self, request):
        return self.render(request, context_overrides=answer("publication_listing", self, request))

    @path("feed/")
    def feed_view(self, request):
        return answer("publication_feed", self, request)


class PublicationPage(EditorNoteMixin, AccessibleVersionMixin, CoverImageMixin, BasePage):
    """One publication: metadata, body and the files to download."""

    subtitle = models.CharField("podtytuł", max_length=300, blank=True)
    lead = models.TextField(
        "streszczenie", help_text="Jedno, dwa zdania: o czym jest publikacja i dla kogo. Pokazywane też na liście."
    )
    publication_type = models.CharField(
        "rodzaj", max_length=20, choices=PUBLICATION_TYPES, default="report", db_index=True
    )
    publication_date = models.DateField(
        "data wydania",
        null=True,
        blank=True,
        help_text="Jeśli znasz tylko rok, wpisz 1 stycznia i zaznacz „znany tylko rok”. Puste: data nieznana.",
    )
    year_only = models.BooleanField(
        "znany tylko rok", default=False, help_text="Zaznacz, jeśli dzień i miesiąc wydania nie są znane."
    )
    publisher = models.CharField("wydawca", max_length=200, blank=True, help_text="Np. „FRSI”.")
    place = models.CharField("miejsce wydania", max_length=100, blank=True, help_text="Np. „Warszawa”.")
    isbn = models.CharField(
        "ISBN", max_length=20, blank=True, validators=[validate_isbn], help_text="Opcjonalnie; sprawdzamy cyfrę kontrolną."
    )
    licence = models.ForeignKey(
        "publications.Licence",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="licencja",
    )
    language = models.CharField(
        "język publikacji", max_length=8, choices=CONTENT_LANGUAGES, default="pl",
        help_text="Język samej publikacji (może różnić się od języka strony).",
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name="opis")

    content_panels = BasePage.content_panels + [
        FieldPanel("subtitle"),
        FieldPanel("lead"),
        *CoverImageMixin.cover_panels,
        MultiFieldPanel(
            [
                FieldPanel("publication_type"),
                FieldPanel("publication_date"),
                FieldPanel("year_only"),
                FieldPanel("publisher"),
                FieldPanel("place"),
                FieldPanel("isbn"),
                FieldPanel("licence"),
                FieldPanel("language"),
                *AccessibleVersionMixin.accessible_version_panels,
            ],
            heading="Dane wydawnicze",
        ),
        InlinePanel("authors", heading="Autorzy i współpracownicy", label="osoba"),
        InlinePanel("files", heading="Pliki do pobrania", label="plik", min_num=0),
        FieldPanel("body"),
        *EditorNoteMixin.editor_note_panels,
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("subtitle"),
        index.SearchField("lead"),
        index.SearchField("body"),
        index.FilterField("publication_type"),
        index.FilterField("publication_date"),
    ]
    parent_page_types = ["publications.PublicationIndexPage"]
    subpage_types = []
    # Read with the page when a request is routed to it (core.routing): its template shows them.
    route_select_related = ["cover", "licence", "locale"]
    # Facts about the edition are the same in every language version of the page and
    # follow the Polish source; the cover may be swapped for an English one.
    override_translatable_fields = [
        SynchronizedField("isbn", overridable=False),
        SynchronizedField("publication_type", overridable=False),
        SynchronizedField("publication_date", overridable=False),
        SynchronizedField("year_only", overridable=False),
        SynchronizedField("language", overridable=False),
        *AccessibleVersionMixin.accessible_version_synchronised_fields,
        *EditorNoteMixin.editor_note_synchronised_fields,
    ]

    class Meta:
        verbose_name = "publikacja"
        verbose_name_plural = "publikacje"

    def clean(self):
        if self.isbn:
            self.isbn = normalise_isbn(self.isbn)
        super().clean()  # the cover's text alternative (CoverImageMixin)

    def search_extra_text(self):
        """People, publisher and ISBN, for the site search (search/indexer.py)."""
        with translation.override(self.locale.language_code):
            people = " ".join(f"{author.name} {author.get_role_display()}" for author in self.authors.all())
        return " ".join(part for part in (people, self.publisher, self.place, self.isbn) if part)

    @property
    def search_result_date(self):
        return self.publication_date

    @property
    def year(self):
        return self.publication_date.year if self.publication_date else None

    @property
    def og_type(self):
        return "book" if self.publication_type == "handbook" else "article"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(publication_metadata(self, request))
        return context


class PublicationAuthor(Orderable):
    page = ParentalKey(PublicationPage, on_delete=models.CASCADE, related_name="authors")
    name = models.CharField("imię i nazwisko lub instytucja", max_length=200)
    role = models.CharField("rola", max_length=20, choices=AUTHOR_ROLES, default="author")

    panels = [FieldPanel("name"), FieldPanel("role")]

    def __str__(self):
        return f"{self.name} ({self.get_role_display()})"


class PublicationFile(TranslatableMixin, Orderable):
    """A file of the publication. Translatable, so that a translation can name it in its own
    language and carry its own document (e.g. an English PDF) instead of the source's."""

    page = ParentalKey(PublicationPage, on_delete=models.CASCADE, related_name="files")
    document = models.ForeignKey(
        "core.CustomDocument", on_delete=models.PROTECT, related_name="publication_files", verbose_name="dokument"
    )
    label = models.CharField(
        "nazwa pliku na stronie",
        max_length=200,
        blank=True,
        help_text="Np. „Poradnik w PDF”. Puste: tytuł dokumentu. Format, rozmiar i liczbę stron dodamy sami.",
    )
    # The choices are offered by the form, not declared on the field: wagtail-localize leaves
    # fields with model choices out of translations, and a translation must be able to set
    # its own file's language (an English PDF on the English page).
    language = models.CharField(
        "język pliku", max_length=8, default="pl", validators=[validate_content_language],
        help_text="Język samego pliku. W tłumaczeniu strony można go zmienić razem z plikiem.",
    )

    panels = [
        FieldPanel("document"),
        FieldPanel("label"),
        FieldPanel("language", widget=forms.Select(choices=CONTENT_LANGUAGES)),
    ]
    override_translatable_fields = [SynchronizedField("language", overridable=True)]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = "plik publikacji"

    def __str__(self):
        return self.label or self.document.title

    def get_language_display(self):
        """The file's language named in the reader's language (as for a field with choices)."""
        return dict(CONTENT_LANGUAGES).get(self.language, self.language)
