"""Merge the extracted messages into the .po catalogues (one per locale directory and language).

A message goes to its app's own `locale/` when the app has one, otherwise to the project's
`locale/`. Existing translations are kept; a new message takes a translation of the same text
from any other catalogue of the language (so strings can move between apps), or a close match
marked fuzzy for review, or stays untranslated. Messages gone from the code are dropped.
"""

import difflib
from dataclasses import dataclass, field
from pathlib import Path

import polib

from .extract import extract
from .placeholders import brace_placeholders, percent_placeholders

PLURAL_FORMS = {
    "pl": "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
    "en": "nplurals=2; plural=(n != 1);",
}
DOMAIN = "django"
HEADER = (
    "e-Mocni interface strings ({language}).\n"
    "Kept up to date by `manage.py update_catalogues`; translate every msgstr, then run\n"
    "`manage.py compile_translations`."
)
SIMILARITY = 0.8


def nplurals(language):
    return int(PLURAL_FORMS[language].split(";")[0].split("=")[1])


@dataclass
class Report:
    path: Path
    added: list = field(default_factory=list)  # keys (msgctxt, msgid) new in this catalogue
    removed: list = field(default_factory=list)  # keys no longer in the code
    plural_changed: list = field(default_factory=list)
    rewritten: bool = False  # the file's text differs (or would differ) from what is on disk

    @property
    def out_of_date(self):
        return bool(self.added or self.removed or self.plural_changed)


def locale_dirs(base):
    """The project's locale/ and every app's own locale/ (an app is a top-level package)."""
    base = Path(base)
    found = [base / "locale"]
    for child in sorted(base.iterdir()):
        if (child / "locale").is_dir() and (child / "__init__.py").exists():
            found.append(child / "locale")
    return found


def target_dir(base, path):
    parts = Path(path).relative_to(base).parts
    if len(parts) > 1 and (Path(base) / parts[0] / "locale").is_dir() and (Path(base) / parts[0] / "__init__.py").exists():
        return Path(base) / parts[0] / "locale"
    return Path(base) / "locale"


def plan(base):
    """{locale dir: {key: Message}}, references and comments of every use gathered."""
    extraction = extract(base)
    planned = {directory: {} for directory in locale_dirs(base)}
    for path, message in extraction.messages:
        messages = planned.setdefault(target_dir(base, path), {})
        known = messages.get(message.key)
        if known is None:
            messages[message.key] = message
            continue
        known.references += [ref for ref in message.references if ref not in known.references]
        known.comments += [comment for comment in message.comments if comment not in known.comments]
        if message.plural and known.plural and message.plural != known.plural:
            extraction.warnings.append(f"{message.references[0]}: {message.msgid!r} has two plural forms")
        known.plural = known.plural or message.plural
    return planned, extraction.warnings


def catalogue_path(directory, language):
    return Path(directory) / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def translated(entry):
    if entry.msgid_plural:
        return all(entry.msgstr_plural.values()) and bool(entry.msgstr_plural)
    return bool(entry.msgstr)


def memory(paths):
    """Translations (non-fuzzy, complete) of every message in the given catalogues, obsolete ones too."""
    remembered = {}
    for path in paths:
        if not path.exists():
            continue
        for entry in polib.pofile(str(path)):
            if translated(entry) and "fuzzy" not in entry.flags:
                remembered.setdefault((entry.msgctxt, entry.msgid), entry)
    return remembered


def update(base, languages=("pl", "en"), write=True, fill_english=False):
    """Bring every catalogue up to date with the code; returns a Report per catalogue file."""
    planned, warnings = plan(base)
    reports = []
    for language in languages:
        paths = [catalogue_path(directory, language) for directory in planned]
        remembered = memory(paths)
        for directory, messages in planned.items():
            path = catalogue_path(directory, language)
            report, text = merge_catalogue(path, messages, language, remembered, fill_english)
            reports.append(report)
            if write and report.rewritten:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8")
    return reports, warnings


def merge_catalogue(path, messages, language, remembered, fill_english):
    old = polib.pofile(str(path)) if path.exists() else polib.POFile()
    old_entries = {(entry.msgctxt, entry.msgid): entry for entry in old if not entry.obsolete}
    report = Report(path=path)
    new = polib.POFile(wrapwidth=78)
    new.header = HEADER.format(language=language)
    new.metadata = {
        "Project-Id-Version": "e-Mocni",
        "Language": language,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": PLURAL_FORMS[language],
    }
    for key, message in sorted(messages.items(), key=sort_key):
        entry = polib.POEntry(
            msgid=message.msgid,
            msgctxt=message.context,
            msgid_plural=message.plural or "",
            occurrences=[(reference, "") for reference in message.references],
            comment="\n".join(message.comments),
        )
        existing = old_entries.get(key)
        if existing is None:
            report.added.append(key)
            existing = remembered.get(key) or suggestion(message, remembered, language, fill_english)
        else:
            entry.tcomment = existing.tcomment
        if existing is not None:
            copy_translation(existing, entry, report, key)
        if fill_english and language == "en" and not translated(entry):
            entry.msgstr = "" if message.plural else message.msgid
            if message.plural:
                entry.msgstr_plural = {0: message.msgid, 1: message.plural}
            if "fuzzy" in entry.flags:
                entry.flags.remove("fuzzy")
        normalise_plural(entry, language)
        entry.flags += [flag for flag in format_flags(message) if flag not in entry.flags]
        new.append(entry)
    report.removed = [key for key in old_entries if key not in messages]
    old_text = path.read_text(encoding="utf-8") if path.exists() else None
    text = str(new)
    report.rewritten = text != old_text
    return report, text


def sort_key(item):
    """Alphabetical, so that moving code around does not reorder the catalogue."""
    (context, msgid), _message = item
    return (msgid.casefold(), msgid, context or "")


def copy_translation(existing, entry, report, key):
    entry.flags = [flag for flag in existing.flags if flag == "fuzzy"]
    if entry.flags and existing.previous_msgid:
        entry.previous_msgid = existing.previous_msgid
    if bool(existing.msgid_plural) != bool(entry.msgid_plural):
        # A message turned plural or singular: its translation needs a look.
        report.plural_changed.append(key)
        first = existing.msgstr_plural.get(0, "") if existing.msgid_plural else existing.msgstr
        if entry.msgid_plural:
            entry.msgstr_plural = {0: first}
        else:
            entry.msgstr = first
        entry.flags = ["fuzzy"] if first else []
    elif entry.msgid_plural:
        entry.msgstr_plural = dict(existing.msgstr_plural)
        if existing.msgid_plural != entry.msgid_plural and "fuzzy" not in entry.flags:
            report.plural_changed.append(key)
            entry.flags.append("fuzzy")
    else:
        entry.msgstr = existing.msgstr


def suggestion(message, remembered, language, fill_english):
    """A translation of a very similar text, offered fuzzy (the test fails until someone checks it)."""
    if fill_english and language == "en":
        return None
    candidates = {entry.msgid: entry for key, entry in remembered.items() if key[0] == message.context}
    close = difflib.get_close_matches(message.msgid, list(candidates), n=1, cutoff=SIMILARITY)
    if not close:
        return None
    source = candidates[close[0]]
    return polib.POEntry(msgid=source.msgid, msgid_plural=source.msgid_plural, msgstr=source.msgstr,
                         msgstr_plural=dict(source.msgstr_plural), flags=["fuzzy"], previous_msgid=source.msgid)


def normalise_plural(entry, language):
    if entry.msgid_plural:
        entry.msgstr = ""
        entry.msgstr_plural = {index: entry.msgstr_plural.get(index, "") for index in range(nplurals(language))}


def format_flags(message):
    texts = [message.msgid, message.plural or ""]
    flags = []
    if any(percent_placeholders(text) for text in texts):
        flags.append("python-format")
    if any(brace_placeholders(text) for text in texts):
        flags.append("python-brace-format")
    return flags
