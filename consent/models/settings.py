"""What editors manage: the policy version, the texts per language and the cookie table."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, HelpPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import PreviewableMixin, TranslatableMixin

from consent import categories
from core.models.fields import optional_date, optional_text_line
from core.moderation import ModeratedSnippet


@register_setting(icon="tick-inverse")
class ConsentSettings(BaseGenericSetting):
    """One for the whole site, whatever the language."""

    policy_version = models.PositiveIntegerField(
        _("cookie policy version"),
        default=1,
        help_text=_("Raise the number when you change the rules (e.g. a new tool or a new category of cookies comes in): every visitor is then asked for consent again. The number cannot be lowered."),
    )
    policy_updated = optional_date(_("date of the last policy change"), _("Shown on the cookie policy page next to the version number."))

    panels = [
        HelpPanel(
            content=_("The banner texts and category descriptions, the cookie table and the consent records are in the "
                    "menu “Cookies”: “Banner and settings texts”, “Cookie table”, “Consent records”.")
        ),
        MultiFieldPanel([FieldPanel("policy_version"), FieldPanel("policy_updated")], heading=_("Policy version")),
    ]

    class Meta:
        verbose_name = _("cookie consent")

    def clean(self):
        super().clean()
        if self.pk:
            saved = type(self).objects.filter(pk=self.pk).values_list("policy_version", flat=True).first()
            if saved is not None and self.policy_version < saved:
                raise ValidationError(
                    {"policy_version": _("The version number cannot be lower than the current one (%(version)s).")
                     % {"version": saved}}
                )
        if self.policy_version < 1:
            raise ValidationError({"policy_version": _("The lowest version is 1.")})


class ConsentTexts(PreviewableMixin, ModeratedSnippet, TranslatableMixin, models.Model):
    """The banner and settings texts of one language. Empty fields fall back to the built-in wording."""

    banner_heading = optional_text_line(_("banner heading"), _("E.g. “Cookies on the e-Mocni site”."), max_length=120)
    banner_text = RichTextField(
        _("banner text"),
        features=["bold", "italic", "link"],
        blank=True,
        help_text=_("Two or three sentences: what we use without asking and what we ask for. No nudging towards consent: refusing must be just as easy."),
    )
    settings_intro = RichTextField(
        _("settings introduction"),
        features=["bold", "italic", "link"],
        blank=True,
        help_text=_("The text above the choice form on the cookie policy page."),
    )
    necessary_description = models.TextField(
        _("description: necessary"), blank=True, help_text=_("What the cookies we do not ask consent for are used for.")
    )
    analytics_description = models.TextField(
        _("description: analytics"), blank=True, help_text=_("What we measure, who sees the data, how long we keep it.")
    )
    external_media_description = models.TextField(
        _("description: external media"),
        blank=True,
        help_text=_("What happens when a YouTube video is played: which data reach Google."),
    )

    panels = [
        MultiFieldPanel([FieldPanel("banner_heading"), FieldPanel("banner_text")], heading=_("Banner")),
        MultiFieldPanel(
            [
                FieldPanel("settings_intro"),
                FieldPanel("necessary_description"),
                FieldPanel("analytics_description"),
                FieldPanel("external_media_description"),
            ],
            heading=_("Settings"),
        ),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("cookie consent texts")
        verbose_name_plural = _("cookie consent texts")

    def __str__(self):
        return f"Teksty zgody na cookies ({self.locale})"

    def description(self, category):
        return getattr(self, f"{category}_description", "")

    def get_preview_template(self, request, mode_name):
        return "consent/previews/consent_texts.html"


class CookieDeclaration(ModeratedSnippet, TranslatableMixin, models.Model):
    """One row of the cookie table on the policy page."""

    name = models.CharField(_("name"), max_length=120, help_text=_("The cookie's name, e.g. “csrftoken”. An asterisk at the end means every cookie starting so (e.g. “_pk_id*”); analytics cookies named so are deleted when consent is withdrawn."))
    provider = models.CharField(_("provider"), max_length=120, help_text=_("E.g. “e-Mocni (this site)” or “Google (YouTube)”."))
    purpose = models.TextField(_("purpose"), help_text=_("What the cookie is for, in plain words."))
    category = models.CharField(_("category"), max_length=20, choices=categories.CHOICES)
    lifetime = models.CharField(_("retention"), max_length=80, help_text=_("E.g. “6 months” or “until the browser is closed”."))

    panels = [
        FieldPanel("name"),
        FieldPanel("provider"),
        FieldPanel("purpose"),
        FieldPanel("category"),
        FieldPanel("lifetime"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("cookie")
        verbose_name_plural = _("cookies (table)")
        ordering = ["category", "name"]

    def __str__(self):
        return f"{self.name} ({self.get_category_display()})"
