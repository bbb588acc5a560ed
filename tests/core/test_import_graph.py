"""Imports run one way: views, listings, feeds and archives import models, never the reverse.

The product packages are read with `ast` (nothing is imported), every `import` statement in a
module -- at the top and inside functions -- becomes an edge to the product module it names,
and three rules are checked on that graph (migrations are left out: Django writes them):

1. No cycle between modules. A cycle is what a function-local import hides; Python would fail on
   it at the top of the file.
2. The model layer stays below everything else. A module of a ``models`` package (``home.models``,
   ``publications.models.publication`` …) or one of the few MODEL_HELPERS the models use imports,
   of the product's own modules, only other model-layer modules. So no model reaches a view,
   listing, feed, catalogue query over requests, ZIP builder or admin hook, not even indirectly.
3. An import inside a function names a product module only where LOCAL_IMPORTS allows it, with
   its reason (app-registry timing, code that runs in a management command or a signal wired up
   in ``ready()``). Anything else belongs at the top of the module.

Run it as a script (``python tests/core/test_import_graph.py``) to print the whole report.
"""

import ast
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = (
    "core", "home", "publications", "webinars", "scenarios", "consent", "search", "accessibility",
    "security", "config", "deploy",
)

# Modules outside a models package that models may import: small pure helpers without views.
MODEL_HELPERS = {
    "core.blocks": "StreamField blocks the page bodies are made of",
    "core.i18n": "translation helpers over pages (which pages exist only in the default language)",
    "core.text": "text helpers (heading anchors)",
    "core.site_url": "absolute URLs from SITE_URL",
    "core.seo": "share images and descriptions the pages hand to the head tags",
    "core.validators": "field validators",
    "core.image_metadata": "what the image model reads from an uploaded file",
    "core.document_checks": "what the document model checks in an uploaded file",
    "core.routing": "the page types' own routing mixin",
    "publications.isbn": "ISBN validation of a field",
    "scenarios.blocks": "StreamField blocks of a scenario",
    "scenarios.forms": "the scenario page's admin form (Wagtail's base_form_class)",
    "scenarios.indexing": "the scenario row's own search columns, kept by save()",
    "webinars.youtube": "validation of a YouTube id field",
    "core.page_hooks": "how a page reaches the view-layer code registered in wagtail_hooks.py",
    "accessibility.contact": "the statement's contact as a value (person, e-mail, phone links)",
    "accessibility.panels": "the statement's admin panel (an edit-handler piece)",
    "core.panels": "the page editor's readership panel (an edit-handler piece; its numbers through a page hook)",
    "consent.categories": "the cookie categories, a field's choices",
    "publications.metadata": "citation, JSON-LD and share image of a publication (imports no model)",
    "scenarios.metadata": "attribution and share data of a scenario (imports no model)",
    "search.normalise": "the Polish-aware text index a scenario row keeps",
    "webinars.forms": "the webinar page's admin form (Wagtail's base_form_class)",
    "webinars.ics": "the iCalendar text of a webinar (imports no model)",
    "webinars.structured_data": "JSON-LD of a webinar (imports no model)",
    "core.moderation": "the abstract base of the snippets that go through moderation (Wagtail mixins)",
}

# Where imports inside functions are the rule: AppConfig.ready() runs once the app registry is
# filled (models can be imported only then), and a management command's handle() imports what
# that one command needs.
LOCAL_IMPORT_PLACES = {
    ".apps": "AppConfig.ready(): the models are importable only once the app registry is filled",
    ".management.commands.": "a management command imports what it needs when it runs",
}
_AFTER_SETUP = "deploy/serve.py sets DJANGO_SETTINGS_MODULE and calls django.setup() before it imports these"
# (importing module, imported module) -> why the import sits inside a function.
LOCAL_IMPORTS = {
    ("deploy.serve", "deploy.readiness"): _AFTER_SETUP,
    ("deploy.serve", "deploy.configs"): _AFTER_SETUP,
    ("deploy.serve", "deploy.procs"): _AFTER_SETUP,
    ("deploy.serve", "deploy.stack"): _AFTER_SETUP,
}
# The demo content (home/, publications/demo*.py, …) is moving into the demo/ app (issue 17);
# it is read by the demo loader only and is not part of the layers checked here.
EXCLUDED = ("demo", "demo_")


def module_name(path):
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def product_files():
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            if "migrations" in path.parts or path.stem.startswith(EXCLUDED) or "demo_files" in path.parts:
                continue
            yield path


class _Imports(ast.NodeVisitor):
    """Every import of a module, with whether it runs inside a function."""

    def __init__(self):
        self.found = []  # (names, level, from_module, local, line)
        self.depth = 0

    def _function(self, node):
        self.depth += 1
        self.generic_visit(node)
        self.depth -= 1

    visit_FunctionDef = visit_AsyncFunctionDef = visit_Lambda = _function

    def visit_Import(self, node):
        for alias in node.names:
            self.found.append((alias.name, None, self.depth > 0, node.lineno))

    def visit_ImportFrom(self, node):
        self.found.append((node, node.level, self.depth > 0, node.lineno))


def build_graph():
    """{module: [(target, local, line)]} over product modules, and the set of modules."""
    files = {module_name(path): path for path in product_files()}
    packages = {name for name, path in files.items() if path.name == "__init__.py"}
    modules = set(files)

    def resolve(dotted):
        """The most specific product module a dotted name reaches, or None."""
        while dotted:
            if dotted in modules:
                return dotted
            dotted = dotted.rpartition(".")[0]
        return None

    graph = {}
    for name, path in files.items():
        visitor = _Imports()
        visitor.visit(ast.parse(path.read_text(encoding="utf-8"), filename=str(path)))
        edges = {}
        for item, level, local, line in visitor.found:
            if level is None:
                targets = [resolve(item)]
            else:
                node = item
                if level:
                    base = name if name in packages else name.rpartition(".")[0]
                    for _ in range(level - 1):
                        base = base.rpartition(".")[0]
                    source = f"{base}.{node.module}" if node.module else base
                else:
                    source = node.module
                # `from package import module` imports the submodule; otherwise the names come
                # from the package (or module) itself.
                targets = [resolve(f"{source}.{alias.name}") for alias in node.names]
            for target in targets:
                if target and target != name:
                    edges.setdefault((target, local, line), None)
        graph[name] = list(edges)
    return graph


def cycles(graph):
    """Strongly connected components with more than one module (Tarjan), each sorted."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []
    counter = [0]

    def visit(node):
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for target, _local, _line in graph.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def is_model_layer(module):
    return "models" in module.split(".") or module in MODEL_HELPERS


def cycle_edges(graph):
    lines = []
    for component in cycles(graph):
        members = set(component)
        for source in component:
            for target, local, line in graph[source]:
                if target in members:
                    where = "in a function" if local else "at the top"
                    lines.append(f"{source}:{line} -> {target} ({where})")
    return lines


def model_layer_violations(graph):
    return [
        f"{source}:{line} -> {target}"
        for source, edges in sorted(graph.items()) if is_model_layer(source)
        for target, _local, line in edges if not is_model_layer(target)
    ]


def unexplained_local_imports(graph):
    return [
        f"{source}:{line} -> {target}"
        for source, edges in sorted(graph.items())
        for target, local, line in edges
        if local and (source, target) not in LOCAL_IMPORTS and not _local_import_place(source)
    ]


def _local_import_place(module):
    dotted = f".{module}."
    return any(place in dotted if place.endswith(".") else module.endswith(place) for place in LOCAL_IMPORT_PLACES)


def local_import_count(graph):
    return sum(1 for edges in graph.values() for _target, local, _line in edges if local)


def _report(title, lines):
    return f"{title}:\n  " + "\n  ".join(lines)


def test_the_graph_covers_the_product():
    graph = build_graph()
    assert "publications.models.publication" in graph and "scenarios.listing" in graph
    # The reader resolves relative and package imports to the module they reach.
    assert ("publications.models.publication", False) in {
        (target, local) for target, local, _ in graph["publications.models.handbook"]
    }


def test_no_import_cycles():
    found = cycle_edges(build_graph())
    assert not found, _report("Modules import each other (edges inside each cycle)", found)


def test_models_import_only_the_model_layer():
    found = model_layer_violations(build_graph())
    assert not found, _report("Model-layer modules import views, listings or other upper modules", found)


def test_function_local_imports_are_explained():
    found = unexplained_local_imports(build_graph())
    assert not found, _report(
        "Product modules imported inside a function (move them to the top, or add the pair to LOCAL_IMPORTS "
        "with its reason)", found)


def test_the_allow_lists_name_real_modules():
    graph = build_graph()
    used_by_models = {target for source, edges in graph.items() if is_model_layer(source) for target, *_ in edges}
    assert not [name for name in MODEL_HELPERS if name not in used_by_models], "helpers no model imports"
    stale = [pair for pair in LOCAL_IMPORTS
             if not any(target == pair[1] and local for target, local, _ in graph.get(pair[0], ()))]
    assert not stale, f"LOCAL_IMPORTS entries without such an import: {stale}"


if __name__ == "__main__":
    graph = build_graph()
    print(f"{len(graph)} modules, {local_import_count(graph)} function-local product imports")
    by_kind = defaultdict(list)
    for name, lines in (("cycles", cycle_edges(graph)), ("model layer", model_layer_violations(graph)),
                        ("local imports", unexplained_local_imports(graph))):
        by_kind[name] = lines
        print(_report(f"{name} ({len(lines)})", lines or ["none"]))
