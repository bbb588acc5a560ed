from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from core.blocks import BodyBlock, FeaturedLinkBlock, StatBlock
from core.models import BasePage
from core.routing import DirectRouteMixin
from core.seo import ShareImage

HERO_SPEC = "fill-800x450|format-webp"


class HomePage(DirectRouteMixin, BasePage):
    """The home page of one language: hero, the project's figures and featured links."""

    hero_title = models.CharField(
        "tytuł w nagłówku",
        max_length=200,
        help_text="Główne hasło strony (nagłówek h1). Puste: tytuł strony.",
        blank=True,
    )
    hero_lead = models.TextField(
        "wstęp", blank=True, help_text="Dwa, trzy zdania o tym, czym jest projekt i dla kogo jest serwis."
    )
    hero_image = models.ForeignKey(
        "core.CustomImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="obraz w nagłówku",
        help_text="Zdjęcie obok wstępu (opcjonalne). Tekst alternatywny ustawisz w bibliotece obrazów.",
    )
    hero_alt_text = models.CharField(
        "tekst alternatywny obrazu",
        max_length=255,
        blank=True,
        help_text="Co pokazuje obraz, w języku tej strony. Puste: tekst alternatywny z biblioteki obrazów "
        "(napisany po polsku), więc w tłumaczeniu wpisz go zawsze.",
    )
    stats_heading = models.CharField(
        "nagłówek liczb", max_length=120, blank=True, help_text="Np. „Projekt w liczbach”."
    )
    stats = StreamField(
        [("stat", StatBlock())],
        blank=True,
        verbose_name="liczby projektu",
        help_text="Najważniejsze liczby projektu; kolejność jak na stronie.",
    )
    featured_heading = models.CharField("nagłówek odnośników", max_length=120, blank=True)
    featured_links = StreamField(
        [("link", FeaturedLinkBlock())],
        blank=True,
        verbose_name="wyróżnione odnośniki",
        help_text="Karty prowadzące do publikacji, poradnika, webinariów i katalogu scenariuszy.",
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name="treść dodatkowa")

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("hero_title"), FieldPanel("hero_lead"), FieldPanel("hero_image"), FieldPanel("hero_alt_text")],
            heading="Nagłówek strony",
        ),
        MultiFieldPanel([FieldPanel("stats_heading"), FieldPanel("stats")], heading="Liczby"),
        MultiFieldPanel(
            [FieldPanel("featured_heading"), FieldPanel("featured_links")], heading="Wyróżnione"
        ),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("hero_lead"), index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    # One home page per language: translations are separate trees under the root.

    class Meta:
        verbose_name = "strona główna"

    @property
    def hero_alt(self):
        return self.hero_alt_text or (self.hero_image.alt_text if self.hero_image else "")

    def share_image(self):
        """The hero, as the page shows it (the same rendition: no extra query), for link previews."""
        if not self.hero_image:
            return None
        return ShareImage.from_rendition(self.hero_image.get_rendition(HERO_SPEC), self.hero_alt)


class StandardPage(BasePage):
    """An ordinary content page built from the shared blocks."""

    lead = models.TextField("wstęp", blank=True, help_text="Jedno, dwa zdania pod tytułem.")
    body = StreamField(BodyBlock(), blank=True, verbose_name="treść")

    content_panels = BasePage.content_panels + [FieldPanel("lead"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("lead"), index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = "strona zwykła"
