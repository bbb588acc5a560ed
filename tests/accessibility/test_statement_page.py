import datetime
import re

import pytest
from wagtail_localize.models import Translation, TranslationSource

from accessibility.models import COMPLIANT, NON_COMPLIANT, PARTIALLY_COMPLIANT, AccessibilityStatementPage

from .conftest import CONDITIONAL_IDS, EN_PATH, PL_PATH, REQUIRED_IDS, count_id, element, text_of

ACT_PL = "ustawą z dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron internetowych i aplikacji mobilnych " \
         "podmiotów publicznych"
ACT_EN = "the Act of 4 April 2019 on the digital accessibility of websites and mobile applications of public " \
         "sector bodies"
STATUS_PHRASES = {
    COMPLIANT: (
        f"Strona internetowa jest zgodna z {ACT_PL}.",
        f"The website is fully compliant with {ACT_EN}.",
    ),
    PARTIALLY_COMPLIANT: (
        f"Strona internetowa jest częściowo zgodna z {ACT_PL} z powodu niezgodności lub wyłączeń wymienionych "
        "poniżej.",
        f"The website is partially compliant with {ACT_EN}, due to the non-compliances or exemptions listed below.",
    ),
    NON_COMPLIANT: (
        f"Strona internetowa jest niezgodna z {ACT_PL} z powodu niezgodności lub wyłączeń wymienionych poniżej.",
        f"The website is not compliant with {ACT_EN}, due to the non-compliances or exemptions listed below.",
    ),
}


@pytest.mark.parametrize("path,lang", [(PL_PATH, "pl"), (EN_PATH, "en")])
def test_every_required_id_exactly_once(demo, client, path, lang):
    response = client.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{lang}"' in html
    assert html.count("<h1") == 1
    for element_id in REQUIRED_IDS:
        assert count_id(html, element_id) == 1, element_id


def test_english_page_is_a_wagtail_localize_translation(pl_statement, en_statement):
    assert en_statement.translation_key == pl_statement.translation_key
    source = TranslationSource.objects.get_for_instance_or_none(pl_statement)
    assert Translation.objects.filter(source=source, target_locale=en_statement.locale).exists()
    assert en_statement.title == "Accessibility statement"
    assert en_statement.osoba == "the e-Mocni website team"  # an override of a synchronised field
    assert (en_statement.email, en_statement.telefon) == (pl_statement.email, pl_statement.telefon)


@pytest.mark.parametrize("path", [PL_PATH, EN_PATH])
def test_conditional_ids_absent_when_their_fields_are_empty(demo, client, path):
    html = client.get(path).content.decode()
    for element_id in CONDITIONAL_IDS:
        assert count_id(html, element_id) == 0, element_id


def test_conditional_ids_present_once_when_filled(client, republish):
    burden = "Nie dostosujemy archiwalnych plików wideo: koszt przekracza nasze możliwości."
    apps = "Nie mamy aplikacji mobilnych poza przeglądarką."
    pl, en = republish(
        extra={burden: "We will not adapt the archive video files: the cost is beyond our means.",
               apps: "We have no mobile applications apart from the browser."},
        data_przegladu=datetime.date(2026, 11, 24),
        nadmierne_koszty=f"<p>{burden}</p>",
        aplikacje=f"<p>{apps}</p>",
    )
    assert en.data_przegladu == datetime.date(2026, 11, 24)  # synchronised by wagtail-localize
    for path, texts in ((PL_PATH, (burden, apps)), (EN_PATH, ("archive video files", "no mobile applications"))):
        html = client.get(path).content.decode()
        for element_id in CONDITIONAL_IDS + REQUIRED_IDS:
            assert count_id(html, element_id) == 1, (path, element_id)
        assert texts[0] in text_of(html, "a11y-ocena").replace("\n", " ")
        assert texts[1] in html
        assert 'datetime="2026-11-24"' in element(html, "a11y-data-przeglad")


@pytest.mark.parametrize("path,lang", [(PL_PATH, "pl"), (EN_PATH, "en")])
def test_dates_are_time_elements_with_iso_datetime(demo, client, path, lang):
    page = AccessibilityStatementPage.objects.get(locale__language_code=lang)
    html = client.get(path).content.decode()
    expected = {
        "a11y-data-publikacja": page.data_publikacji,
        "a11y-data-aktualizacja": page.data_aktualizacji,
        "a11y-data-sporzadzenie": page.data_sporzadzenia,
    }
    for element_id, date in expected.items():
        tag = element(html, element_id)
        assert tag.startswith("<time ")
        value = re.search(r'datetime="([^"]*)"', tag).group(1)
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", value)
        assert value == date.isoformat()


@pytest.mark.parametrize("status", [COMPLIANT, PARTIALLY_COMPLIANT, NON_COMPLIANT])
def test_status_is_the_fixed_phrase_of_the_choice(client, republish, status):
    pl, en = republish(status=status)
    assert en.status == status  # synchronised
    polish, english = STATUS_PHRASES[status]
    assert text_of(client.get(PL_PATH).content.decode(), "a11y-status") == polish
    assert text_of(client.get(EN_PATH).content.decode(), "a11y-status") == english


@pytest.mark.parametrize("path", [PL_PATH, EN_PATH])
def test_email_and_phone_are_links(demo, client, path):
    html = client.get(path).content.decode()
    email = element(html, "a11y-email")
    phone = element(html, "a11y-telefon")
    assert email.startswith("<a ") and 'href="mailto:dostepnosc@example.org"' in email
    assert phone.startswith("<a ") and 'href="tel:+48220000000"' in phone
    assert text_of(html, "a11y-telefon") == "+48 22 000 00 00"


def test_statement_url_and_entity(demo, client, pl_statement):
    html = client.get(PL_PATH).content.decode()
    assert text_of(html, "a11y-podmiot") == "Fundacja Aktywizacja"
    assert text_of(html, "a11y-zakres") == "strony internetowej"
    # An empty field: the address of the home page in the statement's language.
    assert re.search(r'href="https?://[^"/]+/"', element(html, "a11y-url"))
    assert re.search(r'href="https?://[^"/]+/en/"', element(client.get(EN_PATH).content.decode(), "a11y-url"))
    pl_statement.adres_strony = "https://e-mocni.example.org/"
    pl_statement.save_revision().publish()
    html = client.get(PL_PATH).content.decode()
    assert 'href="https://e-mocni.example.org/"' in element(html, "a11y-url")


def test_external_audit_names_the_auditor(client, republish):
    republish(sposob_oceny="audyt", audytor="Przykładowa Pracownia Dostępności")
    assert "podmiot zewnętrzny: Przykładowa Pracownia Dostępności." in client.get(PL_PATH).content.decode()
    assert "external body: Przykładowa Pracownia Dostępności." in client.get(EN_PATH).content.decode()


@pytest.mark.parametrize("path", [PL_PATH, EN_PATH])
def test_malformed_query_string_is_not_a_server_error(demo, client, path):
    for query in ("?x=%ff", "?x=%", "?%ff=%fe&x=\x00"):
        assert client.get(path + query).status_code < 500, query


def test_headings_follow_the_template_order(demo, client):
    html = client.get(PL_PATH).content.decode()
    main = html[html.index("<main"):html.index("</main>")]
    headings = [re.sub(r"<[^>]+>", "", h) for h in re.findall(r"<h2[^>]*>(.*?)</h2>", main)]
    assert headings == [
        "Stan dostępności cyfrowej", "Niedostępne treści", "Przygotowanie deklaracji dostępności",
        "Udogodnienia, ograniczenia i inne informacje", "Informacje zwrotne i dane kontaktowe",
        "Obsługa wniosków i skarg związanych z dostępnością", "Pozostałe informacje",
    ]
