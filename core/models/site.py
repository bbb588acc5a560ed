from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import PreviewableMixin, TranslatableMixin

from core.blocks import LogoBlock, SocialLinkBlock
from core.moderation import ModeratedSnippet


@register_setting(icon="cog")
class SiteSettings(BaseGenericSetting):
    """What the whole site shows in its header and footer, whatever the language."""

    organisation_name = models.CharField(
        "nazwa organizacji",
        max_length=200,
        default="Fundacja Aktywizacja",
        help_text="Organizacja odpowiedzialna za serwis, pokazywana w stopce.",
    )
    contact_email = models.EmailField("e-mail kontaktowy", blank=True)
    contact_phone = models.CharField(
        "telefon kontaktowy", max_length=40, blank=True, help_text="Np. +48 22 123 45 67."
    )
    funding_logos = StreamField(
        [("logo", LogoBlock())],
        blank=True,
        verbose_name="pasek logotypów funduszy UE",
        help_text="Logotypy wymagane w projektach z Funduszy Europejskich, w kolejności: "
        "Fundusze Europejskie, Rzeczpospolita Polska, Unia Europejska.",
    )
    partner_logos = StreamField(
        [("logo", LogoBlock())], blank=True, verbose_name="logotypy partnerów"
    )
    social_links = StreamField(
        [("link", SocialLinkBlock())], blank=True, verbose_name="media społecznościowe"
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("organisation_name"), FieldPanel("contact_email"), FieldPanel("contact_phone")],
            heading="Kontakt",
        ),
        FieldPanel("funding_logos"),
        FieldPanel("partner_logos"),
        FieldPanel("social_links"),
    ]

    class Meta:
        verbose_name = "ustawienia serwisu"


class FooterText(PreviewableMixin, ModeratedSnippet, TranslatableMixin, models.Model):
    """Footer text per language (translated with wagtail-localize like any page); drafts and
    approval like a page, since every page shows it."""

    text = RichTextField(
        "tekst stopki",
        features=["bold", "italic", "link"],
        help_text="Krótka informacja w stopce każdej strony, np. o dofinansowaniu projektu.",
    )

    panels = [FieldPanel("text")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = "tekst stopki"
        verbose_name_plural = "teksty stopki"

    def __str__(self):
        return f"Stopka ({self.locale})"

    def get_preview_template(self, request, mode_name):
        return "core/previews/footer_text.html"
