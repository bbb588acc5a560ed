"""The accessibility statement ("deklaracja dostępności"), one page per language.

Its parts and their order follow the Ministry of Digital Affairs' "Warunki techniczne publikacji
oraz struktura dokumentu elektronicznego deklaracji dostępności" (version 2.0): the template
renders every part with the element id that validators look for. Fixed sentences of the template
(the opening statement, the three status phrases, the labels of the dates) live in the template
as gettext strings; editors fill in only what differs between organisations.
"""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.html import strip_tags
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from accessibility.contact import Contact
from accessibility.panels import ReviewReminderPanel
from core.models import BasePage, EditorNoteMixin
from core.site_url import absolute_url, page_url

REVIEW_INTERVAL = datetime.timedelta(days=365)
TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ul", "ol"]

COMPLIANT = "zgodna"
PARTIALLY_COMPLIANT = "czesciowo-zgodna"
NON_COMPLIANT = "niezgodna"
STATUS_CHOICES = [
    (COMPLIANT, "zgodna"),
    (PARTIALLY_COMPLIANT, "częściowo zgodna"),
    (NON_COMPLIANT, "niezgodna"),
]

SELF_ASSESSMENT = "samoocena"
EXTERNAL_AUDIT = "audyt"
ASSESSMENT_CHOICES = [
    (SELF_ASSESSMENT, "samoocena przeprowadzona przez nas"),
    (EXTERNAL_AUDIT, "badanie przeprowadzone przez podmiot zewnętrzny"),
]


def _filled(value):
    """Rich text counts as filled when it has visible text (an empty editor saves "<p></p>")."""
    return bool(strip_tags(str(value or "")).strip())


class AccessibilityStatementPage(EditorNoteMixin, BasePage):
    # Opening statement (a11y-wstep)
    podmiot = models.CharField(
        "nazwa podmiotu",
        max_length=200,
        help_text="Pełna nazwa organizacji, która odpowiada za serwis, np. „Fundacja Aktywizacja”. "
        "Otwiera pierwsze zdanie deklaracji.",
    )
    nazwa_strony = models.CharField(
        "nazwa strony internetowej",
        max_length=200,
        help_text="Nazwa serwisu, której dotyczy deklaracja; staje się odnośnikiem do jego adresu.",
    )
    adres_strony = models.URLField(
        "adres strony internetowej",
        blank=True,
        help_text="Pełny adres, np. https://e-mocni.org.pl/. Zostaw puste, a podamy adres strony "
        "głównej w języku tej deklaracji.",
    )
    data_publikacji = models.DateField(
        "data publikacji strony internetowej",
        help_text="Dzień, w którym serwis po raz pierwszy został udostępniony publicznie.",
    )
    data_aktualizacji = models.DateField(
        "data ostatniej istotnej aktualizacji",
        help_text="Dzień ostatniej dużej zmiany serwisu (np. nowy wygląd, nowa część serwisu), "
        "a nie drobnej poprawki tekstu.",
    )
    # Digital accessibility status (a11y-status) and non-accessible content
    status = models.CharField(
        "stan zgodności z ustawą",
        max_length=20,
        choices=STATUS_CHOICES,
        default=PARTIALLY_COMPLIANT,
        help_text="Wybierz wynik ostatniej oceny. Strona pokaże odpowiadające mu zdanie ze wzoru "
        "deklaracji, słowo w słowo.",
    )
    niezgodnosci = RichTextField(
        "niezgodność z załącznikiem",
        features=TEXT_FEATURES,
        blank=True,
        help_text="Co w serwisie nie spełnia wymagań i jaki jest dostęp alternatywny. Obowiązkowe przy "
        "statusie „częściowo zgodna” i „niezgodna”, chyba że opisujesz tylko wyłączenia.",
    )
    wylaczenia = RichTextField(
        "treści nieobjęte przepisami",
        features=TEXT_FEATURES,
        blank=True,
        help_text="Treści wyłączone z ustawy (np. nagrania sprzed 23 września 2020 r., pliki biurowe "
        "sprzed 23 września 2018 r.). Puste: część się nie pojawi.",
    )
    nadmierne_koszty = RichTextField(
        "nadmierne koszty",
        features=TEXT_FEATURES,
        blank=True,
        help_text="Wypełnij tylko wtedy, gdy powołujesz się na nadmierne koszty zapewnienia dostępności: "
        "czego to dotyczy i odnośnik do analizy. Puste: część się nie pojawi.",
    )
    # Preparation of the statement
    data_sporzadzenia = models.DateField(
        "data sporządzenia deklaracji",
        help_text="Dzień pierwszego sporządzenia deklaracji. Nie zmieniaj jej przy przeglądach.",
    )
    data_przegladu = models.DateField(
        "data ostatniego przeglądu deklaracji",
        null=True,
        blank=True,
        help_text="Wpisz po każdym przeglądzie (co najmniej raz w roku, do 31 marca). Puste, dopóki "
        "nie było przeglądu. Po roku od ostatniego przeglądu panel przypomni o nim na tej stronie.",
    )
    sposob_oceny = models.CharField(
        "na jakiej podstawie sporządzono deklarację",
        max_length=20,
        choices=ASSESSMENT_CHOICES,
        default=SELF_ASSESSMENT,
        help_text="Samoocena albo badanie zlecone firmie lub organizacji z zewnątrz (np. audyt dostępności).",
    )
    audytor = models.CharField(
        "podmiot zewnętrzny",
        max_length=200,
        blank=True,
        help_text="Nazwa firmy lub organizacji, która zbadała serwis; tylko przy badaniu zewnętrznym.",
    )
    udogodnienia = RichTextField(
        "udogodnienia, ograniczenia i inne informacje",
        features=TEXT_FEATURES,
        blank=True,
        help_text="Dobrowolnie: co ułatwia korzystanie z serwisu (np. powiększanie tekstu, "
        "filmy w PJM). Puste: część się nie pojawi.",
    )
    skroty_klawiszowe = RichTextField(
        "skróty klawiszowe",
        features=TEXT_FEATURES,
        blank=True,
        help_text="Opisz tylko skróty inne niż standardowe skróty przeglądarki. Puste: część się nie pojawi.",
    )
    # Feedback and contact (a11y-kontakt)
    osoba = models.CharField(
        "osoba lub zespół do kontaktu",
        max_length=200,
        help_text="Kto odpowiada na zgłoszenia w sprawie dostępności, np. imię i nazwisko "
        "koordynatora albo nazwa zespołu.",
    )
    email = models.EmailField(
        "e-mail do kontaktu",
        help_text="Adres, na który można pisać w sprawie dostępności; strona zrobi z niego odnośnik.",
    )
    telefon = models.CharField(
        "telefon do kontaktu",
        max_length=40,
        help_text="Numer z kierunkowym, np. +48 22 123 45 67; na telefonie można go kliknąć, by zadzwonić.",
    )
    procedura = RichTextField(
        "obsługa wniosków i skarg",
        features=TEXT_FEATURES,
        help_text="Jak złożyć żądanie zapewnienia dostępności lub informacji w innej formie, w jakim "
        "terminie odpowiadamy, jak złożyć skargę i kiedy można zwrócić się do Rzecznika Praw Obywatelskich.",
    )
    # Other information
    aplikacje = RichTextField(
        "aplikacje mobilne",
        features=TEXT_FEATURES,
        blank=True,
        help_text="Wypełnij tylko wtedy, gdy mamy aplikacje mobilne: nazwy i odnośniki do ich deklaracji. "
        "Puste: część się nie pojawi.",
    )
    architektura = RichTextField(
        "dostępność architektoniczna",
        features=TEXT_FEATURES,
        help_text="Budynki, w których obsługujemy ludzi: wejścia, windy, toalety, parking, pętla "
        "indukcyjna, wstęp z psem asystującym.",
    )
    komunikacja = RichTextField(
        "dostępność komunikacyjno-informacyjna",
        features=TEXT_FEATURES,
        help_text="Jak mogą się z nami skontaktować osoby Głuche i słabosłyszące (e-mail, SMS, tłumacz "
        "PJM online lub na miejscu) i jak o to poprosić.",
    )

    content_panels = BasePage.content_panels + [
        ReviewReminderPanel(),
        *EditorNoteMixin.editor_note_panels,
        MultiFieldPanel(
            [FieldPanel("podmiot"), FieldPanel("nazwa_strony"), FieldPanel("adres_strony"),
             FieldRowPanel([FieldPanel("data_publikacji"), FieldPanel("data_aktualizacji")])],
            heading="Wstęp",
        ),
        MultiFieldPanel(
            [FieldPanel("status"), FieldPanel("niezgodnosci"), FieldPanel("wylaczenia"),
             FieldPanel("nadmierne_koszty")],
            heading="Stan dostępności cyfrowej i niedostępne treści",
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("data_sporzadzenia"), FieldPanel("data_przegladu")]),
             FieldPanel("sposob_oceny"), FieldPanel("audytor")],
            heading="Przygotowanie deklaracji",
        ),
        FieldPanel("udogodnienia"),
        FieldPanel("skroty_klawiszowe"),
        MultiFieldPanel(
            [FieldPanel("osoba"), FieldRowPanel([FieldPanel("email"), FieldPanel("telefon")])],
            heading="Informacje zwrotne i dane kontaktowe",
        ),
        FieldPanel("procedura"),
        MultiFieldPanel(
            [FieldPanel("aplikacje"), FieldPanel("architektura"), FieldPanel("komunikacja")],
            heading="Pozostałe informacje",
        ),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("podmiot"),
        index.SearchField("niezgodnosci"),
        index.SearchField("procedura"),
        index.SearchField("architektura"),
        index.SearchField("komunikacja"),
    ]
    # Facts shared by every language follow the Polish page; texts are translated. Names (contact
    # person, auditor) and the address follow too, but a translation may override them.
    override_translatable_fields = [
        SynchronizedField("data_publikacji", overridable=False),
        SynchronizedField("data_aktualizacji", overridable=False),
        SynchronizedField("data_sporzadzenia", overridable=False),
        SynchronizedField("data_przegladu", overridable=False),
        SynchronizedField("status", overridable=False),
        SynchronizedField("sposob_oceny", overridable=False),
        SynchronizedField("audytor", overridable=True),
        SynchronizedField("email", overridable=False),
        SynchronizedField("telefon", overridable=False),
        SynchronizedField("osoba", overridable=True),
        SynchronizedField("adres_strony", overridable=True),
        *EditorNoteMixin.editor_note_synchronised_fields,
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "accessibility/accessibility_statement_page.html"

    class Meta:
        verbose_name = "deklaracja dostępności"
        verbose_name_plural = "deklaracje dostępności"

    def clean(self):
        super().clean()
        errors = {}
        if self.status in (PARTIALLY_COMPLIANT, NON_COMPLIANT) and not self.has_non_accessible_content():
            errors["niezgodnosci"] = (
                "Przy tym stanie zgodności opisz niezgodności, wyłączenia albo nadmierne koszty."
            )
        if self.data_publikacji and self.data_aktualizacji and self.data_aktualizacji < self.data_publikacji:
            errors["data_aktualizacji"] = "Aktualizacja nie może być wcześniejsza niż publikacja strony."
        if self.data_sporzadzenia and self.data_przegladu and self.data_przegladu < self.data_sporzadzenia:
            errors["data_przegladu"] = "Przegląd nie może być wcześniejszy niż sporządzenie deklaracji."
        if self.sposob_oceny == EXTERNAL_AUDIT and not self.audytor.strip():
            errors["audytor"] = "Podaj nazwę podmiotu, który zbadał serwis."
        if errors:
            raise ValidationError(errors)

    # Review reminder --------------------------------------------------------------------

    @property
    def last_review(self):
        """The last review, or the preparation of the statement before its first review."""
        return self.data_przegladu or self.data_sporzadzenia

    def review_overdue(self, today=None):
        today = today or timezone.localdate()
        return self.last_review is not None and today - self.last_review > REVIEW_INTERVAL

    # Rendering --------------------------------------------------------------------------

    def has_non_accessible_content(self):
        return any(_filled(v) for v in (self.niezgodnosci, self.wylaczenia, self.nadmierne_koszty))

    def site_url(self, request=None):
        if self.adres_strony:
            return self.adres_strony
        home = self.get_parent()
        return (page_url(home, request) if home else "") or absolute_url("/")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["a11y_url"] = self.site_url(request)
        context["contact"] = Contact(self.osoba, self.email, self.telefon, "")
        context["filled"] = {
            name: _filled(getattr(self, name))
            for name in ("niezgodnosci", "wylaczenia", "nadmierne_koszty", "udogodnienia",
                         "skroty_klawiszowe", "aplikacje")
        }
        return context
