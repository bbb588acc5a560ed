"""`make demo` / `make run` after editors worked on the demo site: the loader exits cleanly and
changes nothing; nothing deleted comes back, nothing renamed is made twice. The same for the
other commands a production start runs (collectstatic, migrate)."""

import io

from django.core.management import call_command
from wagtail.models import Page, Revision
from wagtail.rich_text import RichText

from core.models import CustomDocument, CustomImage, FooterText
from demo.models import DemoRecord
from demo.records import loaded_sections
from home.models import StandardPage
from scenarios.models import ScenarioPage

DOCUMENT = "e-Mocni w skrócie"


def snapshot():
    return {
        "pages": sorted(Page.objects.values_list("id", "title", "slug", "live", "latest_revision_id")),
        "revisions": Revision.objects.count(),
        "documents": sorted(CustomDocument.objects.values_list("id", "title")),
        "images": CustomImage.objects.count(),
        "footers": sorted(FooterText.objects.values_list("id", "text")),
    }


def run(*command, **options):
    out = io.StringIO()
    call_command(*command, stdout=out, stderr=io.StringIO(), **options)
    return out.getvalue()


def edit_like_an_editor():
    about = StandardPage.objects.get(slug="o-projekcie", locale__language_code="pl")
    about.title = "O projekcie e-Mocni (poprawione)"
    about.body.append(("paragraph", RichText("<p>Akapit dopisany przez redakcję.</p>")))
    about.save_revision().publish()
    section = StandardPage.objects.filter(locale__language_code="pl", depth=3).exclude(slug="o-projekcie").first()
    deleted_slug = section.slug
    section.delete()
    scenario = ScenarioPage.objects.get(external_id="ZDR-001", locale__language_code="pl")
    deleted_scenario = scenario.translation_key
    for page in ScenarioPage.objects.filter(translation_key=deleted_scenario):
        page.delete()
    document = CustomDocument.objects.get(title=DOCUMENT)
    document.title = "Projekt e-Mocni w skrócie (wyd. 2)"
    document.save()
    return deleted_slug, deleted_scenario


def test_the_demo_records_every_section_it_loaded(demo):
    assert {"site", "publications", "webinars", "scenarios", "consent", "accessibility"} <= loaded_sections()
    assert DemoRecord.objects.filter(key__startswith="object:core.customdocument:").exists()
    assert DemoRecord.objects.filter(key__startswith="object:home.standardpage:").exists()


def test_a_second_run_after_edits_changes_nothing(demo):
    deleted_slug, deleted_scenario = edit_like_an_editor()
    before = snapshot()
    output = run("load_demo_content")
    assert "nothing changed" in output
    assert snapshot() == before
    assert not Page.objects.filter(slug=deleted_slug, depth=3, locale__language_code="pl").exists()
    assert not ScenarioPage.objects.filter(translation_key=deleted_scenario).exists()
    assert not CustomDocument.objects.filter(title=DOCUMENT).exists()
    about = StandardPage.objects.get(slug="o-projekcie", locale__language_code="pl")
    assert about.title == "O projekcie e-Mocni (poprawione)"
    assert "Akapit dopisany przez redakcję." in str(about.body)


def test_the_commands_of_a_production_start_change_nothing(demo):
    edit_like_an_editor()
    before = snapshot()
    run("collectstatic", interactive=False, verbosity=0)
    run("migrate", interactive=False, verbosity=0)
    run("load_demo_content")
    assert snapshot() == before


def test_a_database_filled_before_the_records_is_adopted_untouched(demo):
    DemoRecord.objects.all().delete()  # as a database loaded by the loader before it kept records
    edit_like_an_editor()
    before = snapshot()
    assert "adopted" in run("load_demo_content")
    assert snapshot() == before
    assert DemoRecord.objects.filter(key="section:site", adopted=True).exists()
    assert "nothing changed" in run("load_demo_content")
    assert snapshot() == before
