"""Valid HTML on every page type, checked by the Nu HTML Checker (vnu.jar).

One page of every type is rendered in Polish and in English (where the demo has an English
version) with Django's test client and no consent cookie, so the cookie banner asks on every
page. All pages are written to a temporary folder and checked in ONE run of vnu.jar (a JVM
start costs seconds); then one test per page type reports the errors of its pages.
Warnings and info messages are not failures. `make vnu` installs the pinned vnu.jar into
.tools/ (`make test` does it first); Java is the machine's.
"""

import json
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.db import transaction
from django.test import Client
from django.urls import reverse
from django.utils import translation

ROOT = Path(settings.BASE_DIR)
VNU_JAR = ROOT / ".tools/node_modules/vnu-jar/build/dist/vnu.jar"
# A big stack: the checker's schema code recurses deeply on long pages (StackOverflowError
# with the default). Serial GC and the quick JIT tier: a short run starts several times faster.
JAVA_OPTIONS = ["-Xss16m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"]
FAILING_TYPES = {"error", "non-document-error"}  # "info" (with or without subType "warning") is not a failure

# Page type -> its model; None: not one Wagtail page type, its addresses are built in collect_urls.
KINDS = {
    "home": "home.HomePage",
    "standard": "home.StandardPage",
    "publication_index": "publications.PublicationIndexPage",
    "publication_index_filtered": None,
    "publication": "publications.PublicationPage",
    "handbook": "publications.HandbookPage",
    "handbook_chapter": "publications.HandbookChapterPage",
    "handbook_one_page": None,
    "webinar_series": "webinars.WebinarSeriesPage",
    "webinar": "webinars.WebinarPage",
    "scenario_index": "scenarios.ScenarioIndexPage",
    "scenario_index_filtered": None,
    "scenario": "scenarios.ScenarioPage",
    "cookie_policy": "consent.CookiePolicyPage",
    "accessibility_statement": "accessibility.AccessibilityStatementPage",
    "search": None,
    "not_found": None,
    "server_error": None,
    "language_notice": None,
    "consent_forms": None,
}
# Where the project itself provides the English version (the rest depends on the demo's translations).
ENGLISH_REQUIRED = {"home", "standard", "cookie_policy", "search", "not_found", "server_error"}
BANNER_ASKS = "data-consent-question>"  # the banner's question, not hidden
SETTINGS_FORM = 'name="decision" value="save"'
CANARY = '<!DOCTYPE html><html lang="en"><head><title>canary</title></head><body><p><div></div></p></body></html>'

# The mark makes pytest-django set up the test database (else the module fixture would see none).
pytestmark = pytest.mark.django_db


@dataclass
class Target:
    language: str
    url: str
    status: int = 200
    marker: str = BANNER_ASKS  # must be in the page: proof that it is the page meant
    how: str = "get"


@dataclass
class Checked:
    target: Target
    status: int
    has_marker: bool
    messages: list = field(default_factory=list)


def first_of(model, language):
    pages = model.objects.live().public().exact_type(model).filter(locale__language_code=language)
    return pages.order_by("path").first()


def first_checkbox(html):
    """(name, value) of the first filter checkbox on a list page."""
    for tag in re.findall(r"<input\b[^>]*>", html):
        name, value = re.search(r'name="([^"]+)"', tag), re.search(r'value="([^"]+)"', tag)
        if 'type="checkbox"' in tag and name and value:
            return name.group(1), value.group(1)
    return None


def collect_urls(client):
    """{kind: [Target]}; a page type missing from the demo fails here."""
    from wagtail.models import Page

    found = {kind: [] for kind in KINDS}
    for kind, label in KINDS.items():
        for language in ("pl", "en") if label else ():
            page = first_of(apps.get_model(label), language)
            if page is not None:
                found[kind].append(Target(language, page.url))
    for target in found["cookie_policy"]:  # the page holds the settings form instead of the banner
        target.marker = SETTINGS_FORM
    for kind in ("publication_index", "scenario_index"):
        for target in found[kind]:
            choice = first_checkbox(client.get(target.url).content.decode())
            assert choice, f"no filter checkbox on {target.url}"
            found[f"{kind}_filtered"].append(Target(target.language, f"{target.url}?{choice[0]}={choice[1]}"))
    for target in found["handbook"]:
        found["handbook_one_page"].append(Target(target.language, f"{target.url}calosc/"))
    for language, query in (("pl", "gmina"), ("en", "training")):
        with translation.override(language):
            found["search"].append(Target(language, f"{reverse('search')}?q={query}"))
    found["server_error"] += [Target("pl", "/", 500, "Coś poszło nie tak", "error"),
                              Target("en", "/en/", 500, "Something went wrong", "error")]
    # A Polish page without an English version: its English address is the helpful 404.
    polish_only = next(
        page for page in Page.objects.live().filter(locale__language_code="pl", depth__gt=2).order_by("path")
        if not page.get_translations().filter(locale__language_code="en").exists()
    )
    found["not_found"] += [
        Target("pl", "/nie-ma-takiej-strony/", 404),
        Target("en", "/en/no-such-page/", 404),
        Target("en", "/en" + polish_only.url, 404, f'href="{polish_only.url}" lang="pl"'),
        Target("pl", "/de/strona/", 404, 'href="/en/" lang="en"'),
    ]
    found["language_notice"].append(Target("en", f"/en/?untranslated={polish_only.pk}", marker="language-notice"))
    found["consent_forms"] += [
        Target("pl", reverse("consent_settings"), marker=SETTINGS_FORM),
        Target("pl", reverse("consent:decide"), 400, "notice--error", "bad-post"),
        Target("pl", "/?zgoda=1", marker='data-consent-confirmation tabindex="-1">', how="after-accept"),
    ]
    for kind in KINDS:
        languages = {target.language for target in found[kind]}
        required = {"en"} if kind == "language_notice" else {"pl", "en"} if kind in ENGLISH_REQUIRED else {"pl"}
        assert required <= languages, f"the demo has no page of type {kind} in {required - languages}"
    return found


def fetch(client, target):
    if target.how == "bad-post":  # the consent endpoint's own error page
        return client.post(target.url, {"decision": "nonsense", "next": "/"})
    if target.how == "after-accept":  # the banner's confirmation once a choice is made
        decided = Client()
        decided.post(reverse("consent:decide"), {"decision": "accept", "next": "/"})
        return decided.get(target.url)
    if target.how == "error":
        from home.models import HomePage

        def boom(self, request, *args, **kwargs):
            raise RuntimeError("a deliberate failure for the 500 page")

        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(HomePage, "serve", boom)
            return Client(raise_request_exception=False).get(target.url)
    return client.get(target.url)


def run_vnu(files):
    java = shutil.which("java")
    if java is None:
        pytest.fail("Java is missing: install a Java runtime, 11 or newer (sudo apt-get install default-jre-headless).")
    if not VNU_JAR.is_file():
        pytest.fail(f"{VNU_JAR.relative_to(ROOT)} is missing: run `make vnu` (make test does it first).")
    wanted = re.search(r"^VNU_VERSION := (\S+)", (ROOT / "Makefile").read_text(), re.M).group(1)
    installed = json.loads((VNU_JAR.parents[2] / "package.json").read_text())["version"]
    if installed != wanted:
        pytest.fail(f"vnu-jar {installed} is installed but the Makefile pins {wanted}: run `make vnu`.")
    result = subprocess.run(
        [java, *JAVA_OPTIONS, "-jar", str(VNU_JAR), "--errors-only", "--format", "json", *map(str, files)],
        capture_output=True, text=True, timeout=600,
    )
    try:  # vnu writes its JSON report to stderr and exits 1 when it found errors
        return json.loads(result.stderr)
    except ValueError:
        pytest.fail(f"vnu.jar gave no JSON report (exit {result.returncode}):\n{result.stderr[-3000:]}{result.stdout[-2000:]}")


@pytest.fixture(scope="module")
def checked(django_db_setup, django_db_blocker, tmp_path_factory):
    """{kind: [Checked]}, and the canary page's Checked under the key None."""
    from wagtail.models import Collection

    from home.models import HomePage

    folder = tmp_path_factory.mktemp("html-validity")
    results, files = {}, {}
    with django_db_blocker.unblock(), transaction.atomic():
        if not HomePage.objects.exists():  # emptied by a transactional test elsewhere
            if Collection.get_first_root_node() is None:
                Collection.add_root(name="Root")
            call_command("load_demo_content", verbosity=0)
        client = Client()  # no consent cookie: the banner asks on every page
        for kind, targets in collect_urls(client).items():
            results[kind] = []
            for number, target in enumerate(targets):
                response = fetch(client, target)
                html = response.content.decode()
                item = Checked(target, response.status_code, target.marker in html)
                path = folder / f"{kind}-{number}-{target.language}.html"
                path.write_bytes(response.content)
                files[path.name] = item
                results[kind].append(item)
        transaction.set_rollback(True)  # searches logged, renditions, consent records: leave no trace
    canary = folder / "canary.html"
    canary.write_text(CANARY, encoding="utf-8")
    results[None] = files[canary.name] = Checked(Target("en", "canary"), 200, True)
    report = run_vnu([folder / name for name in files])
    for message in report["messages"]:
        if message.get("type") in FAILING_TYPES:
            name = message.get("url", "").rsplit("/", 1)[-1]
            assert name in files, f"vnu reported on a file it was not given: {message}"
            files[name].messages.append(message)
    return results


def describe(item):
    for message in item.messages:
        extract = " ".join(message.get("extract", "").split())
        yield f"{item.target.url} line {message.get('lastLine', '?')}: {message['message']}\n    {extract}"


def test_the_checker_reports_invalid_html(checked):
    """The canary nests a div in a p: the run must catch it, or the other tests prove nothing."""
    messages = [message["message"] for message in checked[None].messages]
    assert any("“p”" in text for text in messages), messages


@pytest.mark.parametrize("kind", list(KINDS))
def test_page_type_is_valid_html(checked, kind):
    items = checked[kind]
    assert items, f"no page of type {kind} was rendered"
    wrong = [f"{i.target.url}: status {i.status}, expected {i.target.status}" for i in items
             if i.status != i.target.status]
    wrong += [f"{i.target.url}: {i.target.marker!r} is not in the page" for i in items if not i.has_marker]
    if wrong:
        pytest.fail("Not the page meant:\n" + "\n".join(wrong), pytrace=False)
    errors = [line for item in items for line in describe(item)]
    if errors:
        pytest.fail(f"{len(errors)} HTML error(s) found by vnu.jar:\n" + "\n".join(errors), pytrace=False)
