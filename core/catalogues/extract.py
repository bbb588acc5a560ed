"""Find the project's interface strings: gettext calls in Python and translation tags in templates.

Pure Python (no xgettext): Python files are read with `ast`; templates go through Django's own
`templatize` (the step `makemessages` runs before xgettext), whose output is scanned with
`tokenize` and each gettext call parsed with `ast`.
"""

import ast
import io
import os
import tokenize
from dataclasses import dataclass, field
from pathlib import Path

from django.utils.translation.template import templatize

# Argument roles of each gettext function: msgctxt, msgid, msgid_plural.
KEYWORDS = {
    "gettext": ("msgid",),
    "gettext_lazy": ("msgid",),
    "gettext_noop": ("msgid",),
    "_": ("msgid",),
    "ngettext": ("msgid", "plural"),
    "ngettext_lazy": ("msgid", "plural"),
    "pgettext": ("context", "msgid"),
    "pgettext_lazy": ("context", "msgid"),
    "npgettext": ("context", "msgid", "plural"),
    "npgettext_lazy": ("context", "msgid", "plural"),
}
TRANSLATION_MODULES = {"django.utils.translation"}
SKIPPED_DIRS = {".venv", "venv", "node_modules", "tests", "migrations", "benchmarks", "media", "static",
                "staticfiles", "locale", "__pycache__"}
TEMPLATE_SUFFIXES = {".html", ".txt", ".xml", ".ics", ".svg", ".json"}
TRANSLATOR_MARK = "Translators"


@dataclass
class Message:
    msgid: str
    context: str | None = None
    plural: str | None = None
    references: list[str] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)

    @property
    def key(self):
        return (self.context, self.msgid)


@dataclass
class Extraction:
    messages: list[tuple[Path, Message]] = field(default_factory=list)  # (source file, message)
    warnings: list[str] = field(default_factory=list)


def source_files(base):
    """The project's Python files and templates, sorted; skips virtualenvs, tests, migrations."""
    base = Path(base)
    found = []
    for folder, subfolders, files in os.walk(base):
        subfolders[:] = [name for name in subfolders if name not in SKIPPED_DIRS and not name.startswith(".")]
        relative = Path(folder).relative_to(base)
        for name in files:
            suffix = Path(name).suffix
            if suffix == ".py" or (suffix in TEMPLATE_SUFFIXES and "templates" in relative.parts):
                found.append(Path(folder) / name)
    return sorted(found)


def extract(base):
    """Every message in the project under `base`, in the order of the files and lines."""
    base = Path(base)
    result = Extraction()
    for path in source_files(base):
        relative = path.relative_to(base).as_posix()
        text = path.read_text(encoding="utf-8")
        try:
            if path.suffix == ".py":
                found = python_messages(text, relative, result.warnings)
            else:
                found = template_messages(text, relative, result.warnings)
        except (SyntaxError, tokenize.TokenError, ValueError) as error:
            result.warnings.append(f"{relative}: cannot be read for messages ({error})")
            continue
        result.messages.extend((path, message) for message in found)
    return result


def python_messages(text, reference, warnings):
    tree = ast.parse(text)
    names = {name: name for name in KEYWORDS}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module in TRANSLATION_MODULES:
            for alias in node.names:
                if alias.name in KEYWORDS:
                    names[alias.asname or alias.name] = alias.name
    comments = translator_comments(text)
    calls = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Name) and func.id in names:
            calls.append((node, names[func.id]))
        elif isinstance(func, ast.Attribute) and func.attr in KEYWORDS and func.attr != "_":
            calls.append((node, func.attr))
    calls.sort(key=lambda call: (call[0].lineno, call[0].col_offset))
    messages = []
    for node, keyword in calls:
        message = message_from_call(node, keyword, f"{reference}:{node.lineno}", warnings)
        if message:
            message.references.append(reference)
            message.comments.extend(comments_before(comments, node.lineno))
            messages.append(message)
    return messages


def template_messages(text, reference, warnings):
    code = templatize(text, origin=reference)
    # Parenthesised, so that the template's indentation means nothing to the tokenizer.
    lines = ("(\n" + code + "\n)\n").splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    source = "".join(lines)
    tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    comments = {}
    messages = []
    for index, token in enumerate(tokens):
        if token.type == tokenize.COMMENT and token.string.lstrip("# ").startswith(TRANSLATOR_MARK):
            comments[token.start[0]] = token.string.lstrip("# ").strip()
            continue
        if token.type != tokenize.NAME or token.string not in KEYWORDS:
            continue
        if index + 1 >= len(tokens) or tokens[index + 1].string != "(":
            continue
        end = closing_parenthesis(tokens, index + 1)
        start_offset = offsets[token.start[0] - 1] + token.start[1]
        end_offset = offsets[end.end[0] - 1] + end.end[1]
        node = ast.parse(source[start_offset:end_offset], mode="eval").body
        line = token.start[0] - 1  # the opening parenthesis took a line
        message = message_from_call(node, token.string, f"{reference}:{line}", warnings)
        if message:
            message.references.append(reference)
            message.comments.extend(comments_before(comments, token.start[0]))
            messages.append(message)
    return messages


def closing_parenthesis(tokens, opening):
    depth = 0
    for token in tokens[opening:]:
        if token.type == tokenize.OP and token.string in "([{":
            depth += 1
        elif token.type == tokenize.OP and token.string in ")]}":
            depth -= 1
            if depth == 0:
                return token
    raise tokenize.TokenError("unbalanced parentheses", tokens[opening].start)


def message_from_call(node, keyword, where, warnings):
    roles = KEYWORDS[keyword]
    if len(node.args) < len(roles):
        return None
    values = {}
    for role, argument in zip(roles, node.args, strict=False):
        if not (isinstance(argument, ast.Constant) and isinstance(argument.value, str)):
            warnings.append(f"{where}: {keyword}() with a {role} that is not a literal string is not extracted")
            return None
        values[role] = argument.value
    if not values["msgid"]:
        return None
    return Message(msgid=values["msgid"], context=values.get("context"), plural=values.get("plural"))


def translator_comments(text):
    comments = {}
    try:
        for token in tokenize.generate_tokens(io.StringIO(text).readline):
            if token.type == tokenize.COMMENT:
                body = token.string.lstrip("#").strip()
                if body.startswith(TRANSLATOR_MARK):
                    comments[token.start[0]] = body
    except tokenize.TokenError:
        pass
    return comments


def comments_before(comments, line):
    """The translator comment on the call's line or on the line just above it."""
    return [comments[number] for number in (line - 1, line) if number in comments]
