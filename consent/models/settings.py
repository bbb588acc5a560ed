"""What editors manage: the policy version, the texts per language and the cookie table."""

from django.core.exceptions import ValidationError
from django.db import models
from wagtail.admin.panels import FieldPanel, HelpPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import PreviewableMixin, TranslatableMixin

from consent import categories
from core.moderation import ModeratedSnippet


@register_setting(icon="tick-inverse")
class ConsentSettings(BaseGenericSetting):
    """One for the whole site, whatever the language."""

    policy_version = models.PositiveIntegerField(
        "wersja polityki cookies",
        default=1,
        help_text="Podnieś numer, gdy zmieniasz zasady (np. dochodzi nowe narzędzie lub nowa kategoria cookies): "
        "wszyscy odwiedzający zobaczą wtedy ponownie pytanie o zgodę. Numeru nie da się obniżyć.",
    )
    policy_updated = models.DateField(
        "data ostatniej zmiany polityki",
        null=True,
        blank=True,
        help_text="Pokazywana na stronie polityki cookies obok numeru wersji.",
    )

    panels = [
        HelpPanel(
            content="Teksty banera i opisy kategorii, tabelę plików cookies i rejestr zgód znajdziesz w menu "
            "„Cookies”: „Teksty banera i ustawień”, „Tabela plików cookies”, „Rejestr zgód”."
        ),
        MultiFieldPanel([FieldPanel("policy_version"), FieldPanel("policy_updated")], heading="Wersja polityki"),
    ]

    class Meta:
        verbose_name = "zgody na cookies"

    def clean(self):
        super().clean()
        if self.pk:
            saved = type(self).objects.filter(pk=self.pk).values_list("policy_version", flat=True).first()
            if saved is not None and self.policy_version < saved:
                raise ValidationError(
                    {"policy_version": f"Numer wersji nie może być niższy niż obecny ({saved})."}
                )
        if self.policy_version < 1:
            raise ValidationError({"policy_version": "Najniższa wersja to 1."})


class ConsentTexts(PreviewableMixin, ModeratedSnippet, TranslatableMixin, models.Model):
    """The banner and settings texts of one language. Empty fields fall back to the built-in wording."""

    banner_heading = models.CharField(
        "nagłówek banera", max_length=120, blank=True, help_text="Np. „Pliki cookies w serwisie e-Mocni”."
    )
    banner_text = RichTextField(
        "tekst banera",
        features=["bold", "italic", "link"],
        blank=True,
        help_text="Dwa, trzy zdania: czego używamy bez pytania i o co prosimy. Bez zachęcania do zgody: "
        "odmowa musi być równie łatwa.",
    )
    settings_intro = RichTextField(
        "wstęp do ustawień",
        features=["bold", "italic", "link"],
        blank=True,
        help_text="Tekst nad formularzem wyboru na stronie polityki cookies.",
    )
    necessary_description = models.TextField(
        "opis: niezbędne", blank=True, help_text="Do czego służą pliki, na które nie prosimy o zgodę."
    )
    analytics_description = models.TextField(
        "opis: analityczne", blank=True, help_text="Co mierzymy, kto widzi dane, jak długo je trzymamy."
    )
    external_media_description = models.TextField(
        "opis: media zewnętrzne",
        blank=True,
        help_text="Co się dzieje po włączeniu filmu z YouTube: jakie dane trafiają do Google.",
    )

    panels = [
        MultiFieldPanel([FieldPanel("banner_heading"), FieldPanel("banner_text")], heading="Baner"),
        MultiFieldPanel(
            [
                FieldPanel("settings_intro"),
                FieldPanel("necessary_description"),
                FieldPanel("analytics_description"),
                FieldPanel("external_media_description"),
            ],
            heading="Ustawienia",
        ),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = "teksty zgody na cookies"
        verbose_name_plural = "teksty zgody na cookies"

    def __str__(self):
        return f"Teksty zgody na cookies ({self.locale})"

    def description(self, category):
        return getattr(self, f"{category}_description", "")

    def get_preview_template(self, request, mode_name):
        return "consent/previews/consent_texts.html"


class CookieDeclaration(ModeratedSnippet, TranslatableMixin, models.Model):
    """One row of the cookie table on the policy page."""

    name = models.CharField(
        "nazwa",
        max_length=120,
        help_text="Nazwa pliku cookie, np. „csrftoken”. Gwiazdka na końcu oznacza wszystkie pliki o tym "
        "początku (np. „_pk_id*”); tak oznaczone pliki analityczne usuwamy przy cofnięciu zgody.",
    )
    provider = models.CharField("dostawca", max_length=120, help_text="Np. „e-Mocni (ten serwis)” lub „Google (YouTube)”.")
    purpose = models.TextField("cel", help_text="Po co jest ten plik, prostymi słowami.")
    category = models.CharField("kategoria", max_length=20, choices=categories.CHOICES)
    lifetime = models.CharField("czas przechowywania", max_length=80, help_text="Np. „6 miesięcy” lub „do zamknięcia przeglądarki”.")

    panels = [
        FieldPanel("name"),
        FieldPanel("provider"),
        FieldPanel("purpose"),
        FieldPanel("category"),
        FieldPanel("lifetime"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = "plik cookie"
        verbose_name_plural = "pliki cookies (tabela)"
        ordering = ["category", "name"]

    def __str__(self):
        return f"{self.name} ({self.get_category_display()})"
