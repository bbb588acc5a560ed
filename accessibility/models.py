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
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField

from accessibility.contact import Contact
from accessibility.panels import ReviewReminderPanel
from core.models import BasePage, EditorNoteMixin, HomeSectionMixin, searchable, synchronised
from core.models.fields import optional_date, optional_text_line
from core.site_url import absolute_url, page_url

REVIEW_INTERVAL = datetime.timedelta(days=365)
TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ul", "ol"]

COMPLIANT = "zgodna"
PARTIALLY_COMPLIANT = "czesciowo-zgodna"
NON_COMPLIANT = "niezgodna"
STATUS_CHOICES = [
    (COMPLIANT, _("compliant")),
    (PARTIALLY_COMPLIANT, _("partially compliant")),
    (NON_COMPLIANT, _("not compliant")),
]

SELF_ASSESSMENT = "samoocena"
EXTERNAL_AUDIT = "audyt"
ASSESSMENT_CHOICES = [
    (SELF_ASSESSMENT, _("our own self-assessment")),
    (EXTERNAL_AUDIT, _("an assessment by an external entity")),
]


def statement_text(verbose_name, help_text, *, required=False):
    """A part of the statement in rich text with the few features it needs; most parts may stay
    empty (the page then leaves them out)."""
    return RichTextField(verbose_name, features=TEXT_FEATURES, blank=not required, help_text=help_text)


def _filled(value):
    """Rich text counts as filled when it has visible text (an empty editor saves "<p></p>")."""
    return bool(strip_tags(str(value or "")).strip())


class AccessibilityStatementPage(HomeSectionMixin, EditorNoteMixin, BasePage):
    # Opening statement (a11y-wstep)
    podmiot = models.CharField(_("name of the entity"), max_length=200, help_text=_("The full name of the organisation responsible for the site, e.g. “Fundacja Aktywizacja”. It opens the statement's first sentence."))
    nazwa_strony = models.CharField(_("name of the website"), max_length=200, help_text=_("The name of the site the statement is about; it becomes a link to the site's address."))
    adres_strony = models.URLField(_("address of the website"), blank=True, help_text=_("The full address, e.g. https://e-mocni.org.pl/. Leave it empty and the address of the home page in this statement's language is given."))
    data_publikacji = models.DateField(_("publication date of the website"), help_text=_("The day the site was first made public."))
    data_aktualizacji = models.DateField(_("date of the last significant update"), help_text=_("The day of the site's last major change (e.g. a new design, a new section), not of a small correction of a text."))
    # Digital accessibility status (a11y-status) and non-accessible content
    status = models.CharField(_("compliance with the act"), max_length=20, choices=STATUS_CHOICES, default=PARTIALLY_COMPLIANT, help_text=_("Choose the result of the last assessment. The page shows the matching sentence of the statement template, word for word."))
    niezgodnosci = statement_text(_("non-compliance with the annex"), _("What on the site does not meet the requirements and what the alternative access is. Required with the status “partially compliant” and “not compliant”, unless you describe exemptions only."))
    wylaczenia = statement_text(_("content not covered by the law"), _("Content exempt from the act (e.g. recordings from before 23 September 2020, office files from before 23 September 2018). Empty: the part is not shown."))
    nadmierne_koszty = statement_text(_("disproportionate burden"), _("Fill in only when you invoke a disproportionate burden of providing accessibility: what it concerns and a link to the assessment. Empty: the part is not shown."))
    # Preparation of the statement
    data_sporzadzenia = models.DateField(_("date the statement was prepared"), help_text=_("The day the statement was first prepared. Do not change it at reviews."))
    data_przegladu = optional_date(_("date of the last review of the statement"), _("Enter it after every review (at least once a year, by 31 March). Empty until there has been a review. A year after the last review the admin reminds you of it on this page."))
    sposob_oceny = models.CharField(_("what the statement is based on"), max_length=20, choices=ASSESSMENT_CHOICES, default=SELF_ASSESSMENT, help_text=_("A self-assessment or a review commissioned from an outside company or organisation (e.g. an accessibility audit)."))
    audytor = optional_text_line(_("external entity"), _("The name of the company or organisation that assessed the site; only for an external assessment."))
    udogodnienia = statement_text(_("facilities, limitations and other information"), _("Optional: what makes the site easier to use (e.g. text enlargement, videos in Polish Sign Language). Empty: the part is not shown."))
    skroty_klawiszowe = statement_text(_("keyboard shortcuts"), _("Describe only shortcuts other than the browser's standard ones. Empty: the part is not shown."))
    # Feedback and contact (a11y-kontakt)
    osoba = models.CharField(_("contact person or team"), max_length=200, help_text=_("Who answers reports about accessibility, e.g. the coordinator's name or the team's name."))
    email = models.EmailField(_("contact e-mail address"), help_text=_("The address to write to about accessibility; the page makes a link of it."))
    telefon = models.CharField(_("contact phone number"), max_length=40, help_text=_("The number with its area code, e.g. +48 22 123 45 67; on a phone it can be tapped to call."))
    procedura = statement_text(_("requests and complaints"), _("How to request accessibility or information in another form, how soon we answer, how to complain and when to turn to the Commissioner for Human Rights."), required=True)
    # Other information
    aplikacje = statement_text(_("mobile apps"), _("Fill in only when there are mobile apps: their names and links to their statements. Empty: the part is not shown."))
    architektura = statement_text(_("architectural accessibility"), _("The buildings where we serve people: entrances, lifts, toilets, parking, induction loop, entry with an assistance dog."), required=True)
    komunikacja = statement_text(_("communication and information accessibility"), _("How Deaf and hard-of-hearing people can contact us (e-mail, text message, a Polish Sign Language interpreter online or on site) and how to ask for it."), required=True)

    content_panels = BasePage.content_panels + [
        ReviewReminderPanel(),
        *EditorNoteMixin.editor_note_panels,
        MultiFieldPanel(
            [FieldPanel("podmiot"), FieldPanel("nazwa_strony"), FieldPanel("adres_strony"),
             FieldRowPanel([FieldPanel("data_publikacji"), FieldPanel("data_aktualizacji")])],
            heading=_("Introduction"),
        ),
        MultiFieldPanel(
            [FieldPanel("status"), FieldPanel("niezgodnosci"), FieldPanel("wylaczenia"),
             FieldPanel("nadmierne_koszty")],
            heading=_("Digital accessibility and inaccessible content"),
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("data_sporzadzenia"), FieldPanel("data_przegladu")]),
             FieldPanel("sposob_oceny"), FieldPanel("audytor")],
            heading=_("Preparation of the statement"),
        ),
        FieldPanel("udogodnienia"),
        FieldPanel("skroty_klawiszowe"),
        MultiFieldPanel(
            [FieldPanel("osoba"), FieldRowPanel([FieldPanel("email"), FieldPanel("telefon")])],
            heading=_("Feedback and contact details"),
        ),
        FieldPanel("procedura"),
        MultiFieldPanel(
            [FieldPanel("aplikacje"), FieldPanel("architektura"), FieldPanel("komunikacja")],
            heading=_("Other information"),
        ),
    ]
    search_fields = BasePage.search_fields + [
        *searchable("podmiot", "niezgodnosci", "procedura", "architektura", "komunikacja"),
    ]
    # Facts shared by every language follow the Polish page; texts are translated. Names (contact
    # person, auditor) and the address follow too, but a translation may override them.
    override_translatable_fields = [
        *synchronised(
            "data_publikacji", "data_aktualizacji", "data_sporzadzenia", "data_przegladu", "status", "sposob_oceny",
            "email", "telefon",
        ),
        *synchronised("audytor", "osoba", "adres_strony", overridable=True),
        *EditorNoteMixin.editor_note_synchronised_fields,
    ]

    subpage_types = []
    template = "accessibility/accessibility_statement_page.html"

    class Meta:
        verbose_name = _("accessibility statement")
        verbose_name_plural = _("accessibility statements")

    def clean(self):
        super().clean()
        errors = {}
        if self.status in (PARTIALLY_COMPLIANT, NON_COMPLIANT) and not self.has_non_accessible_content():
            errors["niezgodnosci"] = _(
                "With this compliance status, describe the non-compliance, the exemptions or the disproportionate burden."
            )
        if self.data_publikacji and self.data_aktualizacji and self.data_aktualizacji < self.data_publikacji:
            errors["data_aktualizacji"] = _("The update cannot be earlier than the publication of the site.")
        if self.data_sporzadzenia and self.data_przegladu and self.data_przegladu < self.data_sporzadzenia:
            errors["data_przegladu"] = _("The review cannot be earlier than the preparation of the statement.")
        if self.sposob_oceny == EXTERNAL_AUDIT and not self.audytor.strip():
            errors["audytor"] = _("Give the name of the organisation that audited the site.")
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
