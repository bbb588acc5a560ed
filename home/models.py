from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from core.blocks import BodyBlock, FeaturedLinkBlock, StatBlock
from core.models import BasePage
from core.models.fields import optional_image, optional_text_line
from core.routing import DirectRouteMixin
from core.seo import ShareImage

HERO_SPEC = "fill-800x450|format-webp"


class HomePage(DirectRouteMixin, BasePage):
    """The home page of one language: hero, the project's figures and featured links."""

    hero_title = optional_text_line(_("heading title"), _("The page's main slogan (the h1 heading). Empty: the page title."))
    hero_lead = models.TextField(
        _("introduction"), blank=True, help_text=_("Two or three sentences on what the project is and whom the site is for.")
    )
    hero_image = optional_image("obraz w nagłówku", "Zdjęcie obok wstępu (opcjonalne). Tekst alternatywny ustawisz w bibliotece obrazów.")
    hero_alt_text = optional_text_line(
        "tekst alternatywny obrazu",
        "Co pokazuje obraz, w języku tej strony. Puste: tekst alternatywny z biblioteki obrazów "
        "(napisany po polsku), więc w tłumaczeniu wpisz go zawsze.",
        max_length=255,
    )
    stats_heading = optional_text_line(_("numbers heading"), _("E.g. “The project in numbers”."), max_length=120)
    stats = StreamField([("stat", StatBlock())], blank=True, verbose_name=_("project numbers"), help_text=_("The project's key numbers, in the order shown on the page."))
    featured_heading = optional_text_line(_("links heading"), max_length=120)
    featured_links = StreamField([("link", FeaturedLinkBlock())], blank=True, verbose_name=_("featured links"), help_text=_("Cards leading to the publications, the handbook, the webinars and the scenario catalogue."))
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("additional content"))

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("hero_title"), FieldPanel("hero_lead"), FieldPanel("hero_image"), FieldPanel("hero_alt_text")],
            heading=_("Page header"),
        ),
        MultiFieldPanel([FieldPanel("stats_heading"), FieldPanel("stats")], heading=_("Numbers")),
        MultiFieldPanel(
            [FieldPanel("featured_heading"), FieldPanel("featured_links")], heading=_("Featured")
        ),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("hero_lead"), index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    # One home page per language: translations are separate trees under the root.

    class Meta:
        verbose_name = _("home page")

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

    lead = models.TextField(_("introduction"), blank=True, help_text=_("One or two sentences under the title."))
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [FieldPanel("lead"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("lead"), index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
