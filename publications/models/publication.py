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

from core.blocks import BodyBlock
from core.models import (
    AccessibleVersionMixin,
    BasePage,
    CoverImageMixin,
    EditorNoteMixin,
    HomeSectionMixin,
    searchable,
    synchronised,
)
from core.models.fields import optional_date, optional_text_line, tick_box
from core.page_hooks import AnsweredListingMixin, answer
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
        raise ValidationError(_("Unknown language: choose one from the list."))


AUTHOR_ROLES = [
    ("author", _("author")),
    ("editor", _("editor")),
    ("proofreading", _("proofreading")),
    ("translation", _("translation")),
    ("illustrations", _("illustrations")),
    ("typesetting", _("typesetting")),
]


class PublicationIndexPage(HomeSectionMixin, AnsweredListingMixin, RoutablePageMixin, BasePage):
    """The list of publications, with filters and a feed."""

    intro = models.TextField(_("introduction"), blank=True, help_text=_("One or two sentences above the list of publications."))

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    subpage_types = ["publications.PublicationPage", "publications.HandbookPage"]

    class Meta:
        verbose_name = _("publication list")

    # The list and its feed are built above the models (publications/listing.py, feeds.py),
    # registered in publications/wagtail_hooks.py (core/page_hooks.py says why).
    listing_hook = "publication_listing"

    @path("feed/")
    def feed_view(self, request):
        return answer("publication_feed", self, request)


class PublicationPage(EditorNoteMixin, AccessibleVersionMixin, CoverImageMixin, BasePage):
    """One publication: metadata, body and the files to download."""

    subtitle = optional_text_line(_("subtitle"), max_length=300)
    lead = models.TextField(
        _("summary"), help_text=_("One or two sentences: what the publication is about and whom it is for. Also shown in the list.")
    )
    publication_type = models.CharField(
        _("kind"), max_length=20, choices=PUBLICATION_TYPES, default="report", db_index=True
    )
    publication_date = optional_date(_("publication date"), _("If you know only the year, enter 1 January and tick “only the year is known”. Empty: the date is unknown."))
    year_only = tick_box(_("only the year is known"), _("Tick if the day and month of publication are not known."))
    publisher = optional_text_line(_("publisher"), _("E.g. “FRSI”."))
    place = optional_text_line(_("place of publication"), _("E.g. “Warszawa”."), max_length=100)
    isbn = models.CharField(
        _("ISBN"), max_length=20, blank=True, validators=[validate_isbn], help_text=_("Optional; the check digit is verified.")
    )
    licence = models.ForeignKey(
        "publications.Licence",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("licence"),
    )
    language = models.CharField(
        _("publication language"), max_length=8, choices=CONTENT_LANGUAGES, default="pl",
        help_text=_("The language of the publication itself (it may differ from the page's language)."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("description"))

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
            heading=_("Publication details"),
        ),
        InlinePanel("authors", heading=_("Authors and contributors"), label=_("person")),
        InlinePanel("files", heading=_("Downloads"), label=_("file"), min_num=0),
        FieldPanel("body"),
        *EditorNoteMixin.editor_note_panels,
    ]
    search_fields = BasePage.search_fields + [
        *searchable("subtitle", "lead", "body"),
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
        *synchronised("isbn", "publication_type", "publication_date", "year_only", "language"),
        *AccessibleVersionMixin.accessible_version_synchronised_fields,
        *EditorNoteMixin.editor_note_synchronised_fields,
    ]

    class Meta:
        verbose_name = _("publication")
        verbose_name_plural = _("publications")

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
    name = models.CharField(_("name of the person or institution"), max_length=200)
    role = models.CharField(_("contribution"), max_length=20, choices=AUTHOR_ROLES, default="author")

    panels = [FieldPanel("name"), FieldPanel("role")]

    def __str__(self):
        return f"{self.name} ({self.get_role_display()})"


class PublicationFile(TranslatableMixin, Orderable):
    """A file of the publication. Translatable, so that a translation can name it in its own
    language and carry its own document (e.g. an English PDF) instead of the source's."""

    page = ParentalKey(PublicationPage, on_delete=models.CASCADE, related_name="files")
    document = models.ForeignKey(
        "core.CustomDocument", on_delete=models.PROTECT, related_name="publication_files", verbose_name=_("document")
    )
    label = optional_text_line(_("file name on the page"), _("E.g. “Handbook as PDF”. Empty: the document's title. The format, size and number of pages are added automatically."))
    # The choices are offered by the form, not declared on the field: wagtail-localize leaves
    # fields with model choices out of translations, and a translation must be able to set
    # its own file's language (an English PDF on the English page).
    language = models.CharField(
        _("file language"), max_length=8, default="pl", validators=[validate_content_language],
        help_text=_("The language of the file itself. A translation of the page may change it together with the file."),
    )

    panels = [
        FieldPanel("document"),
        FieldPanel("label"),
        FieldPanel("language", widget=forms.Select(choices=CONTENT_LANGUAGES)),
    ]
    override_translatable_fields = synchronised("language", overridable=True)

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("publication file")

    def __str__(self):
        return self.label or self.document.title

    def get_language_display(self):
        """The file's language named in the reader's language (as for a field with choices)."""
        return dict(CONTENT_LANGUAGES).get(self.language, self.language)
