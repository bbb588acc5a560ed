from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import PreviewableMixin, TranslatableMixin

from core.blocks import LogoBlock, SocialLinkBlock
from core.moderation import ModeratedSnippet

from .fields import optional_text_line


@register_setting(icon="cog")
class SiteSettings(BaseGenericSetting):
    """What the whole site shows in its header and footer, whatever the language."""

    organisation_name = models.CharField(
        _("organisation name"),
        max_length=200,
        default="Fundacja Aktywizacja",
        help_text=_("The organisation responsible for the site, shown in the footer."),
    )
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = optional_text_line(_("contact phone"), _("E.g. +48 22 123 45 67."), max_length=40)
    funding_logos = StreamField([("logo", LogoBlock())], blank=True, verbose_name=_("EU funds logo bar"), help_text=_("The logos required in projects funded by the European Funds, in this order: European Funds, Republic of Poland, European Union."))
    partner_logos = StreamField([("logo", LogoBlock())], blank=True, verbose_name=_("partner logos"))
    social_links = StreamField([("link", SocialLinkBlock())], blank=True, verbose_name=_("social media"))

    panels = [
        MultiFieldPanel(
            [FieldPanel("organisation_name"), FieldPanel("contact_email"), FieldPanel("contact_phone")],
            heading=_("Contact"),
        ),
        FieldPanel("funding_logos"),
        FieldPanel("partner_logos"),
        FieldPanel("social_links"),
    ]

    class Meta:
        verbose_name = _("site settings")


class FooterText(PreviewableMixin, ModeratedSnippet, TranslatableMixin, models.Model):
    """Footer text per language (translated with wagtail-localize like any page); drafts and
    approval like a page, since every page shows it."""

    text = RichTextField(
        _("footer text"),
        features=["bold", "italic", "link"],
        help_text=_("A short note in the footer of every page, e.g. about the project's funding."),
    )

    panels = [FieldPanel("text")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer text")
        verbose_name_plural = _("footer texts")

    def __str__(self):
        return f"Stopka ({self.locale})"

    def get_preview_template(self, request, mode_name):
        return "core/previews/footer_text.html"
