"""Demo accessibility statement, called by `load_demo_content` (`load_app_demos`) before
the loader's own site pages, so a fresh database gets the statement at /deklaracja-dostepnosci/
and its English translation (made through wagtail-localize) at /en/accessibility-statement/.

Idempotent: each piece is created only when missing. An older database that already has a plain
page at that slug keeps it (nothing is converted).
"""

import datetime
import re

from wagtail.models import Locale

from accessibility.models import PARTIALLY_COMPLIANT, SELF_ASSESSMENT, AccessibilityStatementPage
from core.translation import ensure_translated
from demo.content import read

SLUG = "deklaracja-dostepnosci"
PUBLISHED = datetime.date(2026, 11, 16)
UPDATED = datetime.date(2026, 11, 23)
PREPARED = datetime.date(2026, 11, 23)


class StatementTexts:
    """The statement's texts (demo/content/accessibility/statement.<language>.toml). Each
    rich-text field is a list of blocks, ["p", text] or ["ul", [items]], in the same order in
    both languages, so the English strings pair up with the Polish ones block by block."""

    def __init__(self):
        pl, en = read("accessibility/statement.pl"), read("accessibility/statement.en")
        self.FIELDS = {"pl": pl["fields"], "en": en["fields"]}
        # Contact data follow the Polish page; the English page names the team in English.
        self.PERSON = {"pl": pl["person"], "en": en["person"]}
        self.EMAIL, self.PHONE, self.EDITOR_NOTE = pl["email"], pl["phone"], pl["editor_note"]
        self.RICH = {name: {"pl": blocks, "en": en["rich"][name]} for name, blocks in pl["rich"].items()}

    @staticmethod
    def html(blocks):
        parts = []
        for kind, content in blocks:
            if kind == "ul":
                parts.append("<ul>" + "".join(f"<li>{item}</li>" for item in content) + "</ul>")
            else:
                parts.append(f"<p>{content}</p>")
        return "".join(parts)

    @staticmethod
    def segments(blocks):
        """The block-level texts of a field, in order, as wagtail-localize extracts them."""
        for kind, content in blocks:
            if kind == "ul":
                yield from content
            else:
                yield content


texts = StatementTexts()


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
