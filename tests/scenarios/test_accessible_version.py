"""A scenario can say that an accessible version of its files is available on request, with
the contact from the accessibility statement; one demo scenario (also in English) does."""

from demo.sections.scenarios_texts import TRANSLATED
from scenarios.models import ScenarioPage
from tests.helpers import html_of

POLISH_NOTE = "Na prośbę udostępnimy ten materiał w wersji dostępnej."
ENGLISH_NOTE = "An accessible version of this material is available on request."
MAILTO = '<a href="mailto:dostepnosc@example.org">dostepnosc@example.org</a>'


def test_the_demo_scenario_shows_the_note_in_polish_and_english(client, catalogue):
    page = ScenarioPage.objects.get(external_id=TRANSLATED[0], locale__language_code="pl")
    english = ScenarioPage.objects.get(translation_key=page.translation_key, locale__language_code="en")
    assert page.accessible_version_on_request and english.accessible_version_on_request
    html = html_of(client, page)
    assert POLISH_NOTE in html and MAILTO in html
    html = html_of(client, english)
    assert ENGLISH_NOTE in html and MAILTO in html


def test_other_scenarios_show_no_note(client, catalogue):
    others = ScenarioPage.objects.filter(accessible_version_on_request=False)
    assert others.filter(locale__language_code="pl").count() > 100
    for page in [others.filter(locale__language_code=code).first() for code in ("pl", "en")]:
        html = html_of(client, page)
        assert POLISH_NOTE not in html and ENGLISH_NOTE not in html and "accessible-version" not in html


def test_an_editor_can_switch_it_on(client, catalogue):
    page = ScenarioPage.objects.filter(accessible_version_on_request=False, locale__language_code="pl").first()
    page.accessible_version_on_request = True
    page.save_revision().publish()
    html = html_of(client, page)
    assert POLISH_NOTE in html and MAILTO in html
