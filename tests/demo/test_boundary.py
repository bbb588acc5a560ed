"""The product never depends on the demo: no module of the product packages imports `demo`
(at the top or inside a function, directly or through importlib), so the demo app can change,
or leave a deployment's code, without touching the site. Tests and benchmarks may import it."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PRODUCT_PACKAGES = ["core", "home", "publications", "webinars", "scenarios", "consent", "search",
                    "accessibility", "security", "config", "deploy"]


def is_demo(module_name):
    return module_name == "demo" or module_name.startswith("demo.")


def demo_imports(source, filename):
    """(line, what) for each import of the demo in `source`."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, f"import {alias.name}") for alias in node.names if is_demo(alias.name)]
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0 and node.module and is_demo(node.module):
                found.append((node.lineno, f"from {node.module} import ..."))
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            if name in ("import_module", "__import__") and isinstance(node.args[0].value, str) \
                    and is_demo(node.args[0].value):
                found.append((node.lineno, f"{name}({node.args[0].value!r})"))
    return found


@pytest.mark.parametrize("package", PRODUCT_PACKAGES)
def test_no_product_module_imports_the_demo(package):
    files = sorted((ROOT / package).rglob("*.py"))
    assert files, f"{package}/ has no Python files: the list of product packages is out of date"
    offenders = [f"{path.relative_to(ROOT)}:{line}: {what}"
                 for path in files for line, what in demo_imports(path.read_text(encoding="utf-8"), str(path))]
    assert offenders == []


@pytest.mark.parametrize("source", [
    "import demo",
    "import demo.files.pdf as pdf",
    "from demo import records",
    "from demo.files.pdf import build_pdf",
    "def f():\n    from demo.sections import site\n",
    "import importlib\nimportlib.import_module('demo.sections.site')",
])
def test_the_check_sees_every_kind_of_demo_import(source):
    assert demo_imports(source, "example.py")


@pytest.mark.parametrize("source", ["import demographics", "from core import demo_helpers", "from . import demo",
                                    "x = 'demo'"])
def test_the_check_ignores_what_is_not_the_demo_app(source):
    assert demo_imports(source, "example.py") == []
