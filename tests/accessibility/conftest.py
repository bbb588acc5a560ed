import re

import pytest
from wagtail.models import Locale

from accessibility import statement
from accessibility.models import AccessibilityStatementPage
from core.translation import translate
from demo.sections.accessibility import english_strings

PL_PATH = "/deklaracja-dostepnosci/"
EN_PATH = "/en/accessibility-statement/"

REQUIRED_IDS = [
    "a11y-wstep", "a11y-podmiot", "a11y-zakres", "a11y-url", "a11y-data-publikacja", "a11y-data-aktualizacja",
    "a11y-status", "a11y-data-sporzadzenie", "a11y-kontakt", "a11y-osoba", "a11y-email", "a11y-telefon",
    "a11y-procedura", "a11y-architektura", "a11y-komunikacja",
]
CONDITIONAL_IDS = ["a11y-data-przeglad", "a11y-ocena", "a11y-aplikacje"]


@pytest.fixture(autouse=True)
def _fresh_statement_cache():
    """The statement lookup is cached; the test database is rolled back without signals,
    so every test starts (and leaves) with nothing cached."""
    statement.invalidate()
    yield
    statement.invalidate()


@pytest.fixture
def pl_statement(demo):
    return AccessibilityStatementPage.objects.get(locale__language_code="pl")


@pytest.fixture
def en_statement(demo):
    return AccessibilityStatementPage.objects.get(locale__language_code="en")


@pytest.fixture
def republish(pl_statement):
    """Change the Polish statement, publish it and bring the English translation up to date
    through wagtail-localize (synchronised fields follow; `extra` gives English texts for new
    Polish strings). Returns (pl, en)."""

    def change(extra=None, **fields):
        page = AccessibilityStatementPage.objects.get(pk=pl_statement.pk)
        for name, value in fields.items():
            setattr(page, name, value)
        page.save_revision().publish()
        en = Locale.objects.get(language_code="en")
        english = translate(page, en, {**english_strings(), **(extra or {})})
        return page, AccessibilityStatementPage.objects.get(pk=english.pk)

    return change


def count_id(html, element_id):
    return len(re.findall(rf'\bid="{re.escape(element_id)}"', html))


def element(html, element_id):
    """The start tag of the element with that id."""
    match = re.search(rf'<(\w+)[^>]*\bid="{re.escape(element_id)}"[^>]*>', html)
    assert match, f"no element #{element_id}"
    return match.group(0)


def text_of(html, element_id):
    """The text inside a simple element (no nested element of the same tag)."""
    match = re.search(rf'<(\w+)[^>]*\bid="{re.escape(element_id)}"[^>]*>(.*?)</\1>', html, re.S)
    assert match, f"no element #{element_id}"
    return re.sub(r"<[^>]+>", "", match.group(2)).strip()


def footer(html):
    start = html.index('<footer class="site-footer">')
    return html[start:html.index("</footer>", start)]
