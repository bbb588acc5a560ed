"""Publications can say that an accessible version is available on request, with the contact
from the accessibility statement of the reader's language; the switch follows the Polish source."""

import pytest
from wagtail_localize.models import Translation, TranslationSource

from publications.models import PublicationPage
from tests.helpers import html_of

POLISH_NOTE = "Na prośbę udostępnimy ten materiał w wersji dostępnej."
ENGLISH_NOTE = "An accessible version of this material is available on request."
MAILTO = '<a href="mailto:dostepnosc@example.org">dostepnosc@example.org</a>'


def polish(slug):
    return PublicationPage.objects.get(slug=slug, locale__language_code="pl").specific


@pytest.mark.parametrize("slug", ["mocni-w-partnerstwie", "partnerstwa-daja-moc"])
def test_demo_handbook_and_report_offer_an_accessible_version_in_both_languages(client, demo, slug):
    page = polish(slug)
    english = page.get_translation(page.get_translations().get().locale).specific
    assert page.accessible_version_on_request and english.accessible_version_on_request
    html = html_of(client, page)
    assert POLISH_NOTE in html and MAILTO in html
    html = html_of(client, english)
    assert ENGLISH_NOTE in html and MAILTO in html
    assert POLISH_NOTE not in html


def test_no_note_when_the_switch_is_off(client, demo):
    framework = polish("ramowy-katalog-kompetencji-cyfrowych")
    assert not framework.accessible_version_on_request
    html = html_of(client, framework)
    assert POLISH_NOTE not in html and "accessible-version" not in html


def test_switching_off_in_polish_reaches_the_english_translation(client, demo):
    report = polish("partnerstwa-daja-moc")
    report.accessible_version_on_request = False
    report.save_revision().publish()
    assert POLISH_NOTE not in html_of(client, report)
    source, _created = TranslationSource.update_or_create_from_instance(report)
    for translation in Translation.objects.filter(source=source):
        translation.save_target(publish=True)
    english = report.get_translations().get().specific
    assert english.accessible_version_on_request is False
    html = html_of(client, english)
    assert ENGLISH_NOTE not in html and MAILTO not in html


def test_loading_the_demo_again_keeps_one_published_revision(demo):
    from django.core.management import call_command

    book = polish("mocni-w-partnerstwie")
    revisions = book.revisions.count()
    call_command("load_demo_content", verbosity=0)
    book.refresh_from_db()
    assert book.accessible_version_on_request and book.revisions.count() == revisions
