"""Every third-party package the product code imports is pinned with `==`.

The imports are read from the source (every top-level `import x` / `from x import …` outside tests/ and
benchmarks/, plus the apps named in INSTALLED_APPS), mapped to their distributions through the installed
packages' metadata, and looked up in requirements.txt. Code that only developers run (the test
factories, the font build script) may have its packages pinned in requirements-dev.txt instead. A
package that arrives only as another's dependency (wagtail brings modelcluster, taggit, modelsearch)
still needs its own pin once the code imports it: the other package may drop or loosen it.
"""

import ast
import importlib.metadata
import re
import sys
from pathlib import Path

from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]
NOT_PRODUCT = {"tests", "benchmarks", ".venv", ".tools", "node_modules", "media", "staticfiles", "var"}
# Run by developers only, never by the site.
DEVELOPER_ONLY = {"demo/factories.py", "home/factories.py", "demo/files/fonts/build_fonts.py"}
REQUIREMENT = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?\s*==\s*\S+")


def normalised(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def pinned(filename):
    names = set()
    for line in (ROOT / filename).read_text().splitlines():
        match = REQUIREMENT.match(line.strip())
        if match:
            names.add(normalised(match.group(1)))
    return names


def top_level_imports(path):
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            yield from (alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.module.split(".")[0]


def third_party_imports():
    """{import name: {files}} for the modules that are neither the standard library nor the project's."""
    own = {child.name for child in ROOT.iterdir() if child.is_dir() or child.suffix == ".py"}
    found = {}
    for path in sorted(ROOT.rglob("*.py")):
        relative = path.relative_to(ROOT)
        if NOT_PRODUCT & set(relative.parts):
            continue
        for name in top_level_imports(path):
            if name not in sys.stdlib_module_names and name not in own:
                found.setdefault(name, set()).add(relative.as_posix())
    for app in settings.INSTALLED_APPS:
        name = app.split(".")[0]
        if name not in own and name not in sys.stdlib_module_names:
            found.setdefault(name, set()).add("config/settings (INSTALLED_APPS)")
    return found


def test_every_imported_package_is_pinned():
    distributions = importlib.metadata.packages_distributions()
    runtime, development = pinned("requirements.txt"), pinned("requirements-dev.txt")
    problems = []
    for name, files in sorted(third_party_imports().items()):
        if name not in distributions:
            problems.append(f"{name} (imported in {', '.join(sorted(files))}) is not installed")
            continue
        allowed = runtime | development if files <= DEVELOPER_ONLY else runtime
        where = "requirements-dev.txt" if files <= DEVELOPER_ONLY else "requirements.txt"
        if not {normalised(d) for d in distributions[name]} & allowed:
            problems.append(f"{name} ({' or '.join(distributions[name])}, imported in "
                            f"{', '.join(sorted(files))}) has no == pin in {where}")
    assert not problems, "\n".join(problems)


def test_the_check_sees_imports_and_installed_apps():
    """The scan itself: it finds a package imported in one module only, and one named only in
    INSTALLED_APPS, and it maps a distribution whose name differs from its import (Pillow)."""
    found = third_party_imports()
    assert "core/storage.py" in found["storages"]
    assert "config/settings (INSTALLED_APPS)" in found["taggit"]
    assert "PIL" in found and "pillow" in {normalised(d) for d in importlib.metadata.packages_distributions()["PIL"]}
    assert "django" in found and "tests" not in found and "core" not in found


def test_requirement_lines_are_read_with_their_extras():
    assert REQUIREMENT.match("psycopg[binary]==3.3.9").group(1) == "psycopg"
    assert REQUIREMENT.match("Django>=5.2") is None  # not a pin
    assert "psycopg" in pinned("requirements.txt")
