"""The demo's texts, read from demo/content/: one TOML file per page, area, webinar or group of
short texts, the Polish and the English version side by side (<name>.pl.toml, <name>.en.toml).
Each file says in its opening comment what its keys hold. The loader reads them when it runs;
an editor corrects a text in its file, and a new database gets the corrected demo.

Files are plain TOML (tomllib, in the standard library): strings in double quotes, rich text as
HTML inside them, lists in [ ], StreamField blocks as [[body]] tables.
"""

import tomllib
from pathlib import Path
from types import SimpleNamespace

CONTENT_DIR = Path(__file__).resolve().parent / "content"


def read(name):
    """The data of demo/content/<name>.toml ("site/home.pl")."""
    with (CONTENT_DIR / f"{name}.toml").open("rb") as file:
        return tomllib.load(file)


def constants(name):
    """The file's top-level keys as upper-case attributes (`texts.HANDBOOK_TITLE`)."""
    return SimpleNamespace(**{key.upper(): value for key, value in read(name).items()})


def numbered(folder, language):
    """The files <folder>/<number>-<slug>.<language>.toml, in number order, as {stem: data}
    (the stem without the language: "1-edukacja")."""
    suffix = f".{language}.toml"
    paths = [path for path in (CONTENT_DIR / folder).iterdir() if path.name.endswith(suffix)]
    paths.sort(key=lambda path: int(path.name.split("-", 1)[0]))
    return {path.name[: -len(suffix)]: read(f"{folder}/{path.name[: -len('.toml')]}") for path in paths}
