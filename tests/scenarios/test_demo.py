import collections
import time

from django.core.management import call_command
from pypdf import PdfReader
from wagtail.models import Page, Revision

from core.models import CustomDocument
from home.models import HomePage, StandardPage
from scenarios.models import Audience, Level, ScenarioAttachment, ScenarioIndexPage, ScenarioPage, ThematicArea

AREA_SLUGS = {
    "edukacja", "sprawy-codzienne", "finanse", "relacje-z-bliskimi", "praca-i-rozwoj-zawodowy", "zdrowie",
    "odpoczynek-i-hobby", "zaangazowanie-obywatelskie", "religia-i-potrzeby-duchowe",
}


def test_taxonomies(catalogue):
    polish = {"locale": catalogue.locale}
    assert set(ThematicArea.objects.filter(**polish).values_list("slug", flat=True)) == AREA_SLUGS
    assert set(Level.objects.filter(**polish).values_list("slug", flat=True)) == {
        "podstawowy", "sredniozaawansowany", "zaawansowany"}
    assert {"seniorzy", "osoby-gluche", "osoby-niewidome-i-slabowidzace", "osoby-z-niepelnosprawnosciami",
            "dorosli-poczatkujacy"} == set(Audience.objects.filter(**polish).values_list("slug", flat=True))


def test_catalogue_place_and_page_type_rules(catalogue):
    home = HomePage.objects.get(locale__language_code="pl")
    assert catalogue.get_parent().id == home.id and catalogue.url == "/scenariusze/"
    assert ScenarioIndexPage.can_create_at(home) is False  # one per home page
    assert ScenarioPage.can_create_at(catalogue)
    assert not ScenarioPage.can_create_at(home)
    assert not ScenarioIndexPage.can_create_at(StandardPage.objects.get(slug="o-projekcie"))
    assert not ScenarioIndexPage.can_create_at(catalogue)


def test_demo_counts_per_area_and_format(catalogue):
    pages = list(ScenarioPage.objects.child_of(catalogue).live().select_related("area", "level"))
    stationary = [p for p in pages if p.format == "stacjonarne"]
    online = [p for p in pages if p.format == "online"]
    assert len(stationary) >= 100 and len(online) >= 20
    by_area = collections.defaultdict(list)
    for page in online:
        by_area[page.area.slug].append(page.level.slug)
    assert set(by_area) == AREA_SLUGS
    for levels in by_area.values():
        assert 1 <= len(levels) <= 5
        assert len(levels) == 1 or len(set(levels)) > 1, "online trainings of an area at different levels"
    assert {p.area.slug for p in stationary} == AREA_SLUGS
    assert len({p.title for p in pages}) == len(pages)
    assert len({p.external_id for p in pages}) == len(pages)


def test_every_demo_scenario_has_content_audiences_and_a_real_pdf(catalogue):
    pages = ScenarioPage.objects.child_of(catalogue).prefetch_related("audiences", "attachments__document")
    for page in pages:
        assert page.summary and page.objectives and page.authors and page.licence_id, page.title
        assert len(page.steps) >= 4 and len(page.exercises) >= 1, page.title
        assert sum(block.value["minutes"] for block in page.steps) == int(page.duration_hours * 60), page.title
        assert page.audiences.all(), page.title
        assert page.search_text.strip()
        kinds = [a.kind for a in page.attachments.all()]
        assert "scenariusz" in kinds, page.title
        assert page.online_url if page.format == "online" else not page.online_url
        assert page.live_revision_id and page.latest_revision_id == page.live_revision_id
    document = ScenarioAttachment.objects.filter(kind="scenariusz", locale=catalogue.locale).first().document
    assert document.extension == "pdf" and document.page_count == 3 and document.file_size
    with document.file.open("rb") as handle:
        reader = PdfReader(handle)
        assert len(reader.pages) == 3
        text = " ".join(page.extract_text() for page in reader.pages)
    assert "Przebieg zajęć" in text and "Licencja" in text


def test_demo_texts_are_not_lorem_ipsum(catalogue):
    for page in ScenarioPage.objects.child_of(catalogue):
        assert "lorem" not in page.search_text and "ipsum" not in page.search_text


def test_loading_the_demo_twice_changes_nothing(catalogue):
    def snapshot():
        return (
            Page.objects.count(), Revision.objects.count(), CustomDocument.objects.count(),
            ScenarioAttachment.objects.count(), ScenarioPage.audiences.through.objects.count(),
            ThematicArea.objects.count(), Audience.objects.count(), Level.objects.count(),
            sorted(ScenarioPage.objects.values_list("external_id", "slug", "title", "search_text")),
        )

    before = snapshot()
    started = time.perf_counter()
    call_command("load_demo_content", verbosity=0)
    assert time.perf_counter() - started < 20
    assert snapshot() == before


def test_a_deleted_demo_scenario_stays_deleted(catalogue):
    page = ScenarioPage.objects.get(external_id="ZDR-001", locale=catalogue.locale)
    page.delete()
    call_command("load_demo_content", verbosity=0)
    assert not ScenarioPage.objects.filter(external_id="ZDR-001", locale=catalogue.locale).exists()


def test_an_older_plain_page_at_the_slug_is_left_alone(catalogue):
    """A database from before this app has a StandardPage at /scenariusze/: it stays, untouched."""
    home = HomePage.objects.get(locale__language_code="pl")
    for translation in catalogue.get_translations():  # an older database has no English catalogue either
        translation.delete()
    catalogue.delete()
    home = HomePage.objects.get(pk=home.pk)
    home.add_child(instance=StandardPage(title="Scenariusze", slug="scenariusze", lead="Stara strona."))
    call_command("load_demo_content", verbosity=0)
    assert not ScenarioIndexPage.objects.exists()
    assert StandardPage.objects.get(slug="scenariusze").lead == "Stara strona."
