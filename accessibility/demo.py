"""Demo accessibility statement, called by `load_demo_content` (home's `load_app_demos`) before
the home loader's own sections, so a fresh database gets the statement at /deklaracja-dostepnosci/
and its English translation (made through wagtail-localize) at /en/accessibility-statement/.

Idempotent: each piece is created only when missing. An older database that already has a plain
page at that slug keeps it (nothing is converted).
"""

import datetime
import re

from wagtail.models import Locale

from accessibility import demo_texts as texts
from accessibility.models import PARTIALLY_COMPLIANT, SELF_ASSESSMENT, AccessibilityStatementPage
from core.translation import ensure_translated

SLUG = "deklaracja-dostepnosci"
PUBLISHED = datetime.date(2026, 11, 16)
UPDATED = datetime.date(2026, 11, 23)
PREPARED = datetime.date(2026, 11, 23)


def load(command, home, en_home):
    page = ensure_page(command, home)
    if page is not None:
        en = Locale.objects.get(language_code="en")
        ensure_translated(page, en, english_strings(), overrides={"osoba": texts.PERSON["en"]})


def page_fields():
    fields = {
        "title": texts.FIELDS["pl"]["title"],
        "podmiot": texts.FIELDS["pl"]["podmiot"],
        "nazwa_strony": texts.FIELDS["pl"]["nazwa_strony"],
        "data_publikacji": PUBLISHED,
        "data_aktualizacji": UPDATED,
        "data_sporzadzenia": PREPARED,
        "status": PARTIALLY_COMPLIANT,
        "sposob_oceny": SELF_ASSESSMENT,
        "osoba": texts.PERSON["pl"],
        "email": texts.EMAIL,
        "telefon": texts.PHONE,
        "editor_note": texts.EDITOR_NOTE,
    }
    for name, languages in texts.RICH.items():
        fields[name] = texts.html(languages["pl"])
    return fields


def ensure_page(command, home):
    existing = home.get_children().filter(slug=SLUG).first()
    if existing is not None:
        page = existing.specific
        return page if isinstance(page, AccessibilityStatementPage) else None  # an older plain page stays
    page = AccessibilityStatementPage(slug=SLUG, show_in_menus=False, locale=home.locale, **page_fields())
    home.add_child(instance=page)
    return command.publish(page)


def _localize_links(text):
    """Inline links as wagtail-localize writes them in a source string: <a id="a1">..</a>."""
    counter = iter(range(1, 100))
    return re.sub(r'<a href="[^"]*">', lambda _: f'<a id="a{next(counter)}">', text)


def english_strings():
    """Every Polish source string of the statement mapped to its English text."""
    pl, en = texts.FIELDS["pl"], texts.FIELDS["en"]
    strings = {pl["title"]: en["title"], SLUG: en["slug"], pl["podmiot"]: en["podmiot"],
               pl["nazwa_strony"]: en["nazwa_strony"]}
    for languages in texts.RICH.values():
        for source, target in zip(texts.segments(languages["pl"]), texts.segments(languages["en"]), strict=True):
            strings[_localize_links(source)] = _localize_links(target)
    return strings
