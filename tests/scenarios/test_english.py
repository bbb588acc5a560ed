"""The English scenario catalogue (/en/scenarios/): demo translations made through
wagtail-localize, English facets, slugs, search, sorting, files and the "only in Polish" notice."""

import io
import re
import zipfile
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from pypdf import PdfReader
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from core.models import CustomDocument
from scenarios.models import Audience, Level, ScenarioAttachment, ScenarioIndexPage, ScenarioPage, ThematicArea
from tests.scenarios.factories import random_scenarios

TITLES = re.compile(r'<h2 class="card__title"><a href="[^"]+">([^<]+)</a>')
NOTICE = re.compile(r'<div class="notice notice--info" role="status">')
URL = "/en/scenarios/"


def total(html):
    return int(re.search(r'data-total="(\d+)"', html).group(1))


def count_of(html, facet, slug):
    return int(re.search(rf'data-count-for="f-{facet}-{re.escape(slug)}">\((\d+)\)', html).group(1))


def unescape(text):
    return text.replace("&#x27;", "'").replace("&amp;", "&").replace("&quot;", '"')


def main_text(html):
    """The words of the page's main part, as a reader sees them."""
    main = html.split("<main", 1)[1].split("</main>")[0]
    main = re.sub(r"<script.*?</script>", " ", main, flags=re.S)
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", main)).replace("\xa0", " ").split())


@pytest.fixture
def en(demo):
    return Locale.objects.get(language_code="en")


@pytest.fixture
def index(en):
    return ScenarioIndexPage.objects.get(locale=en)


@pytest.fixture
def polish_index(demo):
    return ScenarioIndexPage.objects.get(locale__language_code="pl")


def english_pages(index):
    return ScenarioPage.objects.child_of(index).live()


def test_the_english_catalogue_holds_translated_scenarios(index, polish_index):
    pages = list(english_pages(index).select_related("area", "level"))
    assert len(pages) >= 10
    assert index.url == URL and index.title == "Training scenarios"
    assert len({page.area_id for page in pages}) >= 5
    assert sum(page.format == "online" for page in pages) >= 2
    assert sum(page.format == "stacjonarne" for page in pages) >= 2
    polish = {page.translation_key: page for page in ScenarioPage.objects.child_of(polish_index)}
    for page in pages:
        source = polish[page.translation_key]  # a real translation of a Polish scenario
        assert page.external_id == source.external_id and page.duration_hours == source.duration_hours
        assert page.title != source.title and page.summary != source.summary and page.slug != source.slug
        assert page.area.locale_id == page.level.locale_id == index.locale_id
        assert page.licence.locale_id == index.locale_id
        assert Translation.objects.filter(source__object_id=source.translation_key,
                                          target_locale=index.locale).exists()
        for text in (page.summary, page.objectives, page.trainer_tips, page.adaptation_deaf, page.adaptation_blind):
            assert text and not re.search(r"[ąćęłńóśźż]", text), (page.title, text)
        for block in [*page.steps, *page.exercises]:
            assert not re.search(r"[ąćęłńóśźż]", " ".join(str(v) for v in block.value.values()))


def test_english_scenarios_have_the_english_audiences_of_their_source(index, polish_index):
    for page in english_pages(index).prefetch_related("audiences"):
        source = ScenarioPage.objects.get(translation_key=page.translation_key, locale=polish_index.locale)
        audiences = list(page.audiences.all())
        assert audiences and all(audience.locale_id == index.locale_id for audience in audiences)
        assert {a.translation_key for a in audiences} == set(source.audiences.values_list("translation_key", flat=True))


def test_taxonomies_have_english_names_and_slugs(en):
    areas = ThematicArea.objects.filter(locale=en)
    assert areas.count() == 9 and Audience.objects.filter(locale=en).count() == 5
    assert Level.objects.filter(locale=en).count() == 3
    for model in (ThematicArea, Audience, Level):
        for item in model.objects.filter(locale=en):
            source = model.objects.get(translation_key=item.translation_key, locale__language_code="pl")
            assert item.slug != source.slug and item.name != source.name
            assert re.fullmatch(r"[a-z-]+", item.slug)
    assert areas.get(slug="health").description.startswith("E-prescriptions")


def test_facets_show_english_names_and_counts_of_english_scenarios(index, client):
    html = client.get(URL).content.decode()
    pages = english_pages(index)
    assert total(html) == pages.count()
    for model, facet, field in ((ThematicArea, "area", "area"), (Level, "level", "level"),
                                (Audience, "audience", "audiences")):
        for item in model.objects.filter(locale=index.locale):
            assert f'value="{item.slug}"' in html and f">{unescape(item.name)} <" in unescape(html)
            expected = pages.filter(**{field: item}).distinct().count()
            assert count_of(html, facet, item.slug) == expected, (facet, item.slug)
    assert count_of(html, "format", "in-person") == pages.filter(format="stacjonarne").count()
    assert count_of(html, "format", "online") == pages.filter(format="online").count()
    assert "In person" in html and 'lang="en"' in html


def test_more_in_polish_counts_the_untranslated_scenarios(index, polish_index, client):
    html = client.get(URL).content.decode()
    polish = ScenarioPage.objects.child_of(polish_index).live()
    translated = polish.filter(translation_key__in=english_pages(index).values("translation_key")).count()
    assert translated == english_pages(index).count()
    shown = re.search(r"(\d+) more items exist only in Polish", main_text(html))
    assert int(shown.group(1)) == polish.count() - translated
    assert 'href="/scenariusze/" hreflang="pl"' in html
    assert "more-in-language" not in client.get("/scenariusze/").content.decode()


def test_english_area_slug_filters_without_js(index, client):
    html = client.get(URL + "?area=health").content.decode()
    expected = english_pages(index).filter(area__slug="health")
    assert total(html) == expected.count() >= 2
    assert set(TITLES.findall(unescape(html))) == {page.title for page in expected}
    assert f'<form method="get" action="{URL}"' in html and 'value="health" id="f-area-health" checked' in html
    assert '<meta name="robots" content="noindex, follow">' in html
    both = client.get(URL + "?area=health&format=online&level=beginner").content.decode()
    assert set(TITLES.findall(unescape(both))) == {
        page.title for page in expected.filter(format="online", level__slug="beginner")}
    assert 'href="?area=health&amp;level=beginner"' in both  # the chip that removes "Online"


@pytest.mark.parametrize("query", ["pharmacy", "pharmacies", "PHARMACY", "prescription codes"])
def test_text_filter_finds_english_words(index, client, query):
    page = ScenarioPage.objects.get(external_id="ZDR-001", locale=index.locale)
    assert "pharmacy" in page.summary
    html = client.get(URL + "?q=" + query.replace(" ", "+")).content.decode()
    assert page.title in TITLES.findall(unescape(html))
    assert total(html) < english_pages(index).count()


def test_text_filter_finds_audience_keywords_and_not_polish_words(index, client):
    seniors = english_pages(index).filter(audiences__slug="seniors").count()
    assert total(client.get(URL + "?q=older+people").content.decode()) >= seniors > 0
    assert total(client.get(URL + "?q=apteka").content.decode()) == 0


@pytest.mark.parametrize("sort,key", [
    ("", lambda p: p.sort_title),
    ("duration", lambda p: (p.duration_hours, p.sort_title)),
    ("newest", lambda p: (-p.first_published_at.timestamp(), p.sort_title)),
])
def test_sorting(index, client, sort, key):
    html = client.get(URL + (f"?sort={sort}" if sort else "")).content.decode()
    expected = [page.title for page in sorted(english_pages(index), key=key)]
    assert TITLES.findall(unescape(html)) == expected[:20]


def test_scenario_page_is_in_english_with_an_english_attribution(index, client):
    page = ScenarioPage.objects.get(external_id="ZDR-001", locale=index.locale)
    html = unescape(client.get(page.url).content.decode())
    assert f"<h1>{page.title}</h1>" in html
    attribution = re.search(r'<p class="attribution__text" id="attribution-text">(.*?)</p>', html, re.S).group(1)
    assert re.sub(r"<[^>]+>", "", attribution) == (
        f"“{page.title}”, {page.authors}. Source: e-Mocni: digital skills, real benefits, "
        f"https://e-mocni.example.org{page.url}. Licence: CC BY 4.0, https://creativecommons.org/licenses/by/4.0/deed.en.")
    assert "Creative Commons Attribution 4.0 International" in html
    text = main_text(html)
    for label in ("Learning objectives", "Course of the session", "For Deaf participants",
                  "For blind and low-vision participants", "Session plan (PDF,", "Worksheet: Health (PDF,",
                  "In-person training", "Duration 2 h", "Group 8 to 12 people"):
        assert label in text, label
    assert f'<a href="{URL}?area=health">Health</a>' in html
    assert f'href="{URL}download/health/"' in html
    assert not re.search(r"[ąćęłńóśźż]", text)


def test_english_files_are_english_pdfs(index):
    attachments = ScenarioAttachment.objects.filter(page__in=english_pages(index)).select_related("document")
    assert attachments.count() >= 10
    for attachment in attachments:
        assert attachment.locale_id == index.locale_id
        assert attachment.label.startswith(("Session plan", "Worksheet: "))
    document = attachments.filter(kind="scenariusz").first().document
    with document.file.open("rb") as handle:
        text = " ".join(page.extract_text() for page in PdfReader(handle).pages)
    assert "Course of the session" in text and "Licence: CC BY 4.0" in text and "Przebieg" not in text


def test_area_zip_in_english(index, client):
    response = client.get(URL + "download/health/")
    assert response.status_code == 200 and "scenarios-health.zip" in response["Content-Disposition"]
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    pages = english_pages(index).filter(area__slug="health")
    assert len([name for name in archive.namelist() if name.endswith(".pdf")]) == sum(
        page.attachments.count() for page in pages)
    credits = archive.read("ATTRIBUTION.txt").decode("utf-8")
    assert credits.count("Source: e-Mocni: digital skills, real benefits") == pages.count()
    html = client.get(URL).content.decode()
    filled = set(english_pages(index).values_list("area__slug", flat=True))
    assert set(re.findall(rf'href="{URL}download/([a-z-]+)/"', html)) == filled
    empty = ThematicArea.objects.filter(locale=index.locale).exclude(slug__in=filled).first()
    assert client.get(f"{URL}download/{empty.slug}/").status_code == 404  # not offered, no empty archive


@pytest.mark.parametrize("query", [
    "?area=zdrowie", "?format=stacjonarne", "?level=podstawowy", "?audience=seniorzy", "?area=nope",
    "?area=", "?min_hours=abc", "?max_hours=1e9", "?min_hours=1,5&max_hours=x", "?min_hours=5&max_hours=2",
    "?page=abc", "?page=0", "?page=9999", "?sort=price", "?q=" + "word+" * 40,
])
def test_bad_input_gives_200_with_a_notice(demo, client, query):
    response = client.get(URL + query)
    assert response.status_code == 200, query
    assert NOTICE.search(response.content.decode()), query


@pytest.mark.parametrize("path", ["download/zdrowie/", "pobierz/nope/", "download/health/extra/", "no-such-scenario/"])
def test_unknown_addresses_are_404(demo, client, path):
    assert client.get(URL + path).status_code == 404


def test_synchronised_fields_follow_the_polish_source(index, polish_index, client):
    source = ScenarioPage.objects.get(external_id="ZDR-001", locale=polish_index.locale)
    english = ScenarioPage.objects.get(translation_key=source.translation_key, locale=index.locale)
    title = english.title
    deaf = Audience.objects.get(slug="osoby-gluche", locale=polish_index.locale)
    source.duration_hours, source.group_min, source.group_max = Decimal("3.5"), 5, 9
    source.audiences = [deaf]
    source.save_revision().publish()
    TranslationSource.update_or_create_from_instance(source)
    Translation.objects.get(source__object_id=source.translation_key, target_locale=index.locale).save_target()
    english = ScenarioPage.objects.get(pk=english.pk)
    assert english.title == title and english.duration_hours == Decimal("3.5")
    assert [a.slug for a in english.audiences.all()] == ["deaf-people"]
    text = main_text(client.get(english.url).content.decode())
    assert title in text and "Duration 3.5 h" in text and "Group 5 to 9 people" in text
    assert "Audience Deaf people (Polish Sign Language)" in text
    listing = client.get(URL + "?audience=deaf-people&min_hours=3.5&max_hours=3.5").content.decode()
    assert TITLES.findall(unescape(listing)) == [title]


def test_catalogue_query_count_does_not_depend_on_the_number_of_scenarios(index, client):
    urls = [URL, URL + "?q=pharmacy", URL + "?area=health&audience=seniors&format=in-person&level=beginner",
            URL + "?min_hours=1&max_hours=6&sort=duration", URL + "?area=zdrowie&page=abc"]

    def counts():
        found = []
        for url in urls:
            client.get(url)
            with CaptureQueriesContext(connection) as queries:
                assert client.get(url).status_code == 200
            found.append(len(queries))
        return found

    few = counts()
    random_scenarios(index, 300, seed=11)
    assert english_pages(index).count() > 300
    assert counts() == few and max(few) <= 32, few


def test_loading_the_demo_again_adds_nothing(en):
    def snapshot():
        return (
            sorted(ScenarioPage.objects.filter(locale=en).values_list("external_id", "slug", "title")),
            ThematicArea.objects.filter(locale=en).count(), Audience.objects.filter(locale=en).count(),
            Level.objects.filter(locale=en).count(), ScenarioAttachment.objects.filter(locale=en).count(),
            ScenarioIndexPage.objects.filter(locale=en).count(), Translation.objects.count(),
            TranslationSource.objects.count(), CustomDocument.objects.count(),
        )

    before = snapshot()
    assert len(before[0]) >= 10 and len({row[0] for row in before[0]}) == len(before[0])
    call_command("load_demo_content", verbosity=0)
    call_command("load_demo_content", verbosity=0)
    assert snapshot() == before
