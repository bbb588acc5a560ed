"""The gettext catalogues: complete in Polish, up to date with the code, consistent.

When a test here fails after you added or changed an interface string: run `make messages`
(Django's makemessages, GNU gettext), translate the new entries in <...>/pl/ (the msgids are English,
so the English catalogue needs nothing), then `make messages` again, which also compiles them.
"""

import re
import shlex
import shutil
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils.html import escape

HOW_TO_FIX = "run `make messages` and translate the new entries in Polish (then `make messages` again to compile)"
BASE = Path(settings.BASE_DIR)
LANGUAGES = [code for code, _name in settings.LANGUAGES]
PLURAL_FORMS = {
    "pl": "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
    "en": "nplurals=2; plural=(n != 1);",
}
# Named (%(name)s) and positional (%s, %d) conversions (a literal percent is %%), and {name} fields.
PERCENT = re.compile(r"%(?:\(\w+\))?[sdifr]")
BRACE = re.compile(r"\{\w*\}")


def locale_dirs(base):
    """The project's locale/ (LOCALE_PATHS) and each app's own locale/ (makemessages puts an app's
    strings into the app's folder, everything else into the project's)."""
    apps = sorted(child for child in base.iterdir() if (child / "locale").is_dir() and (child / "__init__.py").exists())
    return [base / "locale", *(app / "locale" for app in apps)]


def catalogue_path(directory, language):
    return Path(directory) / language / "LC_MESSAGES" / "django.po"


CATALOGUES = [catalogue_path(directory, language) for directory in locale_dirs(BASE) for language in LANGUAGES]


def placeholders(text):
    return (sorted(PERCENT.findall(text.replace("%%", "")))
            + sorted(BRACE.findall(text.replace("{{", "").replace("}}", ""))))


def label(entry):
    return f"[{entry.msgctxt}] {entry.msgid!r}" if entry.msgctxt else repr(entry.msgid)


def entries(path):
    return [entry for entry in polib.pofile(str(path)) if not entry.obsolete]


def keys(path):
    return {(entry.msgctxt, entry.msgid, entry.msgid_plural) for entry in entries(path)}


def test_every_language_has_every_catalogue():
    assert len(CATALOGUES) >= 2 * 7
    missing = [str(path.relative_to(BASE)) for path in CATALOGUES if not path.exists()]
    assert not missing, f"missing catalogues {missing}: {HOW_TO_FIX}"


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda path: str(path.relative_to(BASE)))
def test_catalogue_header(path):
    language = path.parts[-3]
    catalogue = polib.pofile(str(path))
    assert catalogue.metadata.get("Plural-Forms") == PLURAL_FORMS[language]
    assert catalogue.metadata.get("Language") == language


@pytest.mark.parametrize("path", [path for path in CATALOGUES if path.parts[-3] == "pl"],
                         ids=lambda path: str(path.relative_to(BASE)))
def test_polish_catalogue_is_complete(path):
    problems = []
    for entry in entries(path):
        if "fuzzy" in entry.flags:
            problems.append(f"fuzzy (check and remove the fuzzy flag): {label(entry)}")
        elif entry.msgid_plural:
            forms = entry.msgstr_plural
            if sorted(forms) != [0, 1, 2] or not all(forms.values()):
                problems.append(f"needs 3 plural forms (1, 2–4, 5 and more): {label(entry)}")
        elif not entry.msgstr:
            problems.append(f"untranslated: {label(entry)}")
    assert not problems, f"{path.relative_to(BASE)}: {HOW_TO_FIX}\n" + "\n".join(problems)


@pytest.mark.parametrize("path", [path for path in CATALOGUES if path.parts[-3] == "en"],
                         ids=lambda path: str(path.relative_to(BASE)))
def test_english_catalogue_holds_only_real_changes(path):
    """The msgid is the English text (Django shows it when the msgstr is empty; English never falls
    back to Polish). A msgstr is there only to change it, and then in every plural form."""
    problems = []
    for entry in entries(path):
        if "fuzzy" in entry.flags:
            problems.append(f"fuzzy: {label(entry)}")
        elif entry.msgid_plural:
            forms = list(entry.msgstr_plural.values())
            if any(forms) and (not all(forms) or forms == [entry.msgid, entry.msgid_plural]):
                problems.append(f"plural forms: all empty or all changed: {label(entry)}")
        elif entry.msgstr == entry.msgid:
            problems.append(f"msgstr repeats the msgid (leave it empty): {label(entry)}")
    assert not problems, f"{path.relative_to(BASE)}:\n" + "\n".join(problems)


def makemessages_options():
    """The options of `make messages`, read from the Makefile, so the test checks what it does."""
    found = re.search(r"^MESSAGES_OPTIONS := (.+)$", (BASE / "Makefile").read_text(encoding="utf-8"), re.M)
    assert found, "Makefile: MESSAGES_OPTIONS is gone"
    return shlex.split(found.group(1))


def test_catalogues_are_up_to_date_with_the_code(tmp_path, settings, monkeypatch):
    """makemessages on a copy of the project finds exactly the messages the catalogues hold."""
    assert shutil.which("xgettext") and shutil.which("msgmerge"), "GNU gettext is missing: run `make gettext`"
    copy = tmp_path / "project"
    shutil.copytree(BASE, copy, ignore=shutil.ignore_patterns(
        ".*", "__pycache__", "*.mo", "node_modules", "var", "media", "staticfiles", "tests", "*.sqlite3"))
    settings.LOCALE_PATHS = [copy / "locale"]
    monkeypatch.chdir(copy)
    call_command("makemessages", *makemessages_options(), verbosity=0)
    lines = []
    for path in CATALOGUES:
        fresh = copy / path.relative_to(BASE)
        lines += [f"{path.relative_to(BASE)}: not in the catalogue: {key[1]!r}" for key in keys(fresh) - keys(path)]
        lines += [f"{path.relative_to(BASE)}: no longer in the code: {key[1]!r}" for key in keys(path) - keys(fresh)]
    assert not lines, f"catalogues out of date: {HOW_TO_FIX}\n" + "\n".join(sorted(lines))


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda path: str(path.relative_to(BASE)))
def test_translations_keep_the_placeholders(path):
    wrong = []
    for entry in entries(path):
        if entry.msgid_plural:
            allowed = set(placeholders(entry.msgid)) | set(placeholders(entry.msgid_plural))
            for index, form in entry.msgstr_plural.items():
                found = set(placeholders(form))
                # The singular form may leave the number out ("jedna publikacja"); the others keep all.
                if form and (not found <= allowed or (index > 0 and found != set(placeholders(entry.msgid_plural)))):
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
    assert compiled.exists(), f"{compiled.relative_to(BASE)} missing: run `make setup` (compilemessages)"
    expected = {(entry.msgctxt, entry.msgid): entry.msgstr or entry.msgstr_plural
                for entry in polib.pofile(str(path)).translated_entries()}
    found = {(entry.msgctxt, entry.msgid): entry.msgstr or entry.msgstr_plural for entry in polib.mofile(str(compiled))}
    assert found == expected, f"{compiled.relative_to(BASE)} is stale: run `make setup` (compilemessages)"


def test_home_pages_render_from_the_catalogues(demo, client):
    """Every string of the page frame (base.html) that the English home page shows (its msgid) comes
    out in Polish on the Polish home page, as the catalogue says."""
    pages = {"pl": client.get("/").content.decode(), "en": client.get("/en/").content.decode()}
    catalogues = {language: {(entry.msgctxt, entry.msgid): entry for entry in entries(catalogue_path(BASE / "locale", language))}
                  for language in LANGUAGES}
    checked = 0
    for key, english in catalogues["en"].items():
        if "core/templates/base.html" not in [file for file, _line in english.occurrences] or english.msgid_plural:
            continue
        if escape(english.msgid) not in pages["en"]:
            continue  # shown only in some situations (e.g. the "not translated" notice)
        polish = catalogues["pl"][key].msgstr
        if polish == english.msgid:
            continue  # the same word in both languages ("Menu")
        assert escape(polish) in pages["pl"], english.msgid
        assert escape(polish) not in pages["en"]
        checked += 1
    assert checked >= 5


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
