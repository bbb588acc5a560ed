"""The gettext catalogues: complete in Polish and English, up to date with the code, consistent.

When a test here fails after you added or changed an interface string: run
`manage.py update_catalogues`, translate the new entries (Polish in <...>/pl/, the English text in
<...>/en/; `--fill-english` copies the msgid), then `manage.py compile_translations`.
"""

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils.html import escape

from core.catalogues.extract import extract
from core.catalogues.merge import PLURAL_FORMS, catalogue_path, locale_dirs, nplurals, update
from core.catalogues.placeholders import placeholders

HOW_TO_FIX = ("run `manage.py update_catalogues` and translate the new entries "
              "(then `manage.py compile_translations`)")
BASE = Path(settings.BASE_DIR)
LANGUAGES = [code for code, _name in settings.LANGUAGES]
CATALOGUES = [catalogue_path(directory, language) for directory in locale_dirs(BASE) for language in LANGUAGES]


def label(entry):
    return f"[{entry.msgctxt}] {entry.msgid!r}" if entry.msgctxt else repr(entry.msgid)


def entries(path):
    return [entry for entry in polib.pofile(str(path)) if not entry.obsolete]


def test_every_language_has_every_catalogue():
    missing = [str(path.relative_to(BASE)) for path in CATALOGUES if not path.exists()]
    assert not missing, f"missing catalogues {missing}: {HOW_TO_FIX}"


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda path: str(path.relative_to(BASE)))
def test_catalogue_is_complete(path):
    language = path.parts[-3]
    catalogue = polib.pofile(str(path))
    assert catalogue.metadata.get("Plural-Forms") == PLURAL_FORMS[language]
    assert catalogue.metadata.get("Language") == language
    problems = []
    for entry in entries(path):
        if "fuzzy" in entry.flags:
            problems.append(f"fuzzy (check and remove the fuzzy flag): {label(entry)}")
        elif entry.msgid_plural:
            forms = entry.msgstr_plural
            if sorted(forms) != list(range(nplurals(language))) or not all(forms.values()):
                problems.append(f"needs {nplurals(language)} plural forms: {label(entry)}")
        elif not entry.msgstr:
            problems.append(f"untranslated: {label(entry)}")
    assert not problems, f"{path.relative_to(BASE)}: {HOW_TO_FIX}\n" + "\n".join(problems)


def test_catalogues_are_up_to_date_with_the_code():
    reports, warnings = update(BASE, LANGUAGES, write=False)
    lines = [warning for warning in warnings if "cannot be read" in warning]
    for report in reports:
        for what, keys in (("not in the catalogue", report.added), ("no longer in the code", report.removed),
                           ("plural changed", report.plural_changed)):
            lines += [f"{report.path.relative_to(BASE)}: {what}: {key[1]!r}" for key in keys]
    assert not lines, f"catalogues out of date: {HOW_TO_FIX}\n" + "\n".join(lines)


def test_check_command_passes_on_the_project():
    call_command("update_catalogues", "--check", verbosity=0)


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda path: str(path.relative_to(BASE)))
def test_translations_keep_the_placeholders(path):
    wrong = []
    for entry in entries(path):
        if entry.msgid_plural:
            allowed = set(placeholders(entry.msgid)) | set(placeholders(entry.msgid_plural))
            for index, form in entry.msgstr_plural.items():
                found = set(placeholders(form))
                # The singular form may leave the number out ("jedna publikacja"); the others keep all.
                if not found <= allowed or (index > 0 and found != set(placeholders(entry.msgid_plural))):
                    wrong.append(f"{label(entry)} form {index}: {form!r}")
        elif entry.msgstr and placeholders(entry.msgstr) != placeholders(entry.msgid):
            wrong.append(f"{label(entry)}: {entry.msgstr!r}")
    assert not wrong, f"{path.relative_to(BASE)}: placeholders differ from the msgid:\n" + "\n".join(wrong)


@pytest.mark.parametrize("language", LANGUAGES)
def test_one_message_one_translation_across_catalogues(language):
    """Django merges all catalogues of a language: two translations of one msgid would shadow each other."""
    seen, clashes = {}, []
    for directory in locale_dirs(BASE):
        path = catalogue_path(directory, language)
        for entry in entries(path) if path.exists() else []:
            value = (entry.msgstr, tuple(sorted(entry.msgstr_plural.items())))
            key = (entry.msgctxt, entry.msgid)
            if key in seen and seen[key][0] != value:
                clashes.append(f"{label(entry)}: {seen[key][1]} and {path.relative_to(BASE)} differ")
            seen.setdefault(key, (value, path.relative_to(BASE)))
    assert not clashes, "\n".join(clashes)


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda path: str(path.relative_to(BASE)))
def test_compiled_catalogue_matches_its_source(path):
    compiled = path.with_suffix(".mo")
    assert compiled.exists(), f"{compiled.relative_to(BASE)} missing: run `manage.py compile_translations`"
    expected = {(entry.msgctxt, entry.msgid): entry.msgstr or entry.msgstr_plural
                for entry in polib.pofile(str(path)).translated_entries()}
    found = {(entry.msgctxt, entry.msgid): entry.msgstr or entry.msgstr_plural for entry in polib.mofile(str(compiled))}
    assert found == expected, f"{compiled.relative_to(BASE)} is stale: run `manage.py compile_translations`"


def test_home_pages_render_from_the_catalogues(demo, client):
    """Every string of the page frame (base.html) that the English home page shows comes out in
    Polish on the Polish home page, as the catalogue says."""
    pages = {"pl": client.get("/").content.decode(), "en": client.get("/en/").content.decode()}
    catalogues = {language: {(entry.msgctxt, entry.msgid): entry for entry in entries(catalogue_path(BASE / "locale", language))}
                  for language in LANGUAGES}
    checked = 0
    for key, english in catalogues["en"].items():
        if "core/templates/base.html" not in [file for file, _line in english.occurrences] or english.msgid_plural:
            continue
        if escape(english.msgstr) not in pages["en"]:
            continue  # shown only in some situations (e.g. the "not translated" notice)
        polish = catalogues["pl"][key].msgstr
        if polish == english.msgstr:
            continue  # the same word in both languages ("Menu")
        assert escape(polish) in pages["pl"], english.msgid
        assert escape(polish) not in pages["en"]
        checked += 1
    assert checked >= 5


# The extractor and the merge on a small project of their own.

TEMPLATE = """{% load i18n %}{# Translators: the page's main heading #}
<h1>{% translate "Welcome" %}</h1>
<p title="{% translate 'Menu' context 'navigation' %}">{{ value|default:_("Nothing here") }}</p>
{% blocktranslate trimmed count counter=items|length with name=user.name %}
  {{ name }} has one item.
{% plural %}
  {{ name }} has {{ counter }} items.
{% endblocktranslate %}
{% blocktranslate %}Discount of 50% for {{ who }}{% endblocktranslate %}
"""
PYTHON = '''from django.utils.translation import gettext_lazy as _, ngettext, npgettext, pgettext_lazy
from django.utils import translation

LABEL = _("Welcome")
# Translators: shown after saving
SAVED = translation.gettext("Saved.")
WHEN = pgettext_lazy("month name", "May")
COUNT = ngettext("%(n)s file", "%(n)s files", 2)
HOURS = npgettext("duration", "%(n)s hour", "%(n)s hours", 3)
DYNAMIC = _(LABEL)
'''


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.fixture
def project(tmp_path):
    (tmp_path / "locale").mkdir()
    write(tmp_path / "shop" / "__init__.py", "")
    write(tmp_path / "shop" / "templates" / "shop" / "page.html", TEMPLATE)
    write(tmp_path / "shop" / "tests" / "test_x.py", '_("From a test")\n')
    write(tmp_path / "shop" / "migrations" / "0001_initial.py", '_("From a migration")\n')
    write(tmp_path / "blog" / "__init__.py", "")
    write(tmp_path / "blog" / "labels.py", PYTHON)
    (tmp_path / "blog" / "locale").mkdir()
    write(tmp_path / ".venv" / "lib" / "x.py", '_("From a package")\n')
    return tmp_path


def test_extractor_reads_templates_and_python(project):
    found = {(message.context, message.msgid): message for _path, message in extract(project).messages}
    assert set(found) == {
        (None, "Welcome"), ("navigation", "Menu"), (None, "Nothing here"),
        (None, "%(name)s has one item."), (None, "Discount of 50%% for %(who)s"),
        (None, "Saved."), ("month name", "May"), (None, "%(n)s file"), ("duration", "%(n)s hour"),
    }
    assert found[(None, "%(name)s has one item.")].plural == "%(name)s has %(counter)s items."
    assert found[("duration", "%(n)s hour")].plural == "%(n)s hours"
    assert found[(None, "Welcome")].comments == ["Translators: the page's main heading"]
    assert found[(None, "Saved.")].comments == ["Translators: shown after saving"]


def test_unreadable_template_is_reported(project):
    write(project / "shop" / "templates" / "shop" / "broken.html",
          "{% load i18n %}{% blocktranslate %}Hello {% if x %}{% endif %}{% endblocktranslate %}")
    warnings = extract(project).warnings
    assert any(warning.startswith("shop/templates/shop/broken.html: cannot be read") for warning in warnings)


def test_merge_places_keeps_and_drops(project):
    reports, warnings = update(project, ("pl", "en"))
    assert any(warning.startswith("blog/labels.py:10: gettext_lazy() with a msgid that is not a literal")
               for warning in warnings)
    app = polib.pofile(str(catalogue_path(project / "blog" / "locale", "pl")))
    main = polib.pofile(str(catalogue_path(project / "locale", "pl")))
    assert {entry.msgid for entry in app} == {"Welcome", "Saved.", "May", "%(n)s file", "%(n)s hour"}
    assert "Nothing here" in {entry.msgid for entry in main} and "Saved." not in {entry.msgid for entry in main}
    assert main.metadata["Plural-Forms"] == PLURAL_FORMS["pl"]
    plural = next(entry for entry in app if entry.msgid == "%(n)s file")
    assert plural.msgstr_plural == {0: "", 1: "", 2: ""} and "python-format" in plural.flags
    assert all(not entry.translated() for entry in app)

    # A translator's work survives; a string that moves to another app takes its translation along;
    # a reworded one is offered fuzzy; a removed one goes.
    plural.msgstr_plural = {0: "%(n)s plik", 1: "%(n)s pliki", 2: "%(n)s plików"}
    app.find("Saved.").msgstr = "Zapisano."
    app.save()
    labels = project / "blog" / "labels.py"
    moved = PYTHON.replace('"Saved."', '"Saved!"').replace('LABEL = _("Welcome")\n', "")
    labels.write_text(moved.replace('COUNT = ngettext("%(n)s file", "%(n)s files", 2)\n', ""), encoding="utf-8")
    write(project / "shop" / "views.py", 'from django.utils.translation import ngettext\n'
                                         'X = ngettext("%(n)s file", "%(n)s files", 1)\n')
    reports, _warnings = update(project, ("pl", "en"), write=False)
    by_path = {report.path: report for report in reports}
    assert by_path[catalogue_path(project / "blog" / "locale", "pl")].removed == [
        (None, "%(n)s file"), (None, "Saved."), (None, "Welcome")]
    with pytest.raises(CommandError, match="update_catalogues"), pytest.MonkeyPatch.context() as patch:
        patch.setattr(settings, "BASE_DIR", project)
        call_command("update_catalogues", "--check", verbosity=0)
    update(project, ("pl", "en"))
    app = polib.pofile(str(catalogue_path(project / "blog" / "locale", "pl")))
    main = polib.pofile(str(catalogue_path(project / "locale", "pl")))
    assert main.find("%(n)s file").msgstr_plural[2] == "%(n)s plików"
    saved = app.find("Saved!")
    assert saved.msgstr == "Zapisano." and "fuzzy" in saved.flags and saved.previous_msgid == "Saved."
    assert app.find("Saved.") is None and app.find("Welcome") is None and main.find("Welcome") is not None


def test_fill_english_copies_the_msgid(project):
    update(project, ("pl", "en"), fill_english=True)
    english = polib.pofile(str(catalogue_path(project / "blog" / "locale", "en")))
    assert english.metadata["Plural-Forms"] == PLURAL_FORMS["en"]
    assert english.find("%(n)s file").msgstr_plural == {0: "%(n)s file", 1: "%(n)s files"}
    assert english.find("May", msgctxt="month name").msgstr == "May"
    assert not polib.pofile(str(catalogue_path(project / "blog" / "locale", "pl"))).translated_entries()
    reports, _warnings = update(project, ("pl", "en"), fill_english=True)
    assert not any(report.rewritten or report.out_of_date for report in reports)


# JavaScript shows only text that the page gives it (translated by the template).

JS_FILES = sorted(path for path in [*BASE.glob("static/js/*.js"), *BASE.glob("*/static/**/*.js")]
                  if ".venv" not in path.parts)
VISIBLE_SINK = re.compile(
    # a literal assigned to a visible property, alone or after ||, ?, : or +
    r"""(?:textContent|innerText|innerHTML|title|placeholder|alt|label)\s*=(?:[^;\n]*?(?:\|\||[?:+]))?\s*"""
    r"""(["'])[^"'\n]*[A-Za-z]{2}[^"'\n]*\1"""
    r"""|setAttribute\(\s*["'](?:aria-label|aria-description|title|alt|placeholder)["']\s*,\s*["']"""
    r"""|\b(?:alert|confirm|prompt)\(\s*["']"""
    r"""|\|\|\s*["'][A-Z][a-z]+"""  # a fallback text: || "Error"
)
POLISH_LETTERS = re.compile(r"""(["'])[^"'\n]*[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ][^"'\n]*\1""")


def without_comments(source):
    return re.sub(r"/\*.*?\*/|//[^\n]*", "", source, flags=re.S)


def test_scripts_exist():
    assert len(JS_FILES) >= 4


@pytest.mark.parametrize("path", JS_FILES, ids=lambda path: str(path.relative_to(BASE)))
def test_script_has_no_text_of_its_own(path):
    code = without_comments(path.read_text(encoding="utf-8"))
    found = [match.group(0) for pattern in (VISIBLE_SINK, POLISH_LETTERS) for match in pattern.finditer(code)]
    assert not found, f"{path.relative_to(BASE)} shows its own text; pass it from the template (data- attribute): {found}"
