"""Every page type translated through wagtail-localize's own API, published and rendered;
synchronised fields follow the Polish source, translated ones keep the translation."""

import datetime
import re
import xml.etree.ElementTree as ET
from decimal import Decimal

import pytest
from wagtail.models import Locale, Page, TranslatableMixin, get_page_models
from wagtail_localize.models import RelatedObjectSegment, Translation, TranslationSource

from core.translation import MissingStrings, source_strings, translate

PROJECT_APPS = {"home", "publications", "webinars", "scenarios", "consent", "accessibility"}


def english_strings(instance):
    """A stand-in translation: every source string marked, slugs kept valid and distinct."""
    mapping = {}
    for text in source_strings(instance):
        if text == getattr(instance, "slug", None):
            mapping[text] = f"en-{text}"
        else:
            mapping[text] = f"[EN] {text}"
    return mapping


def translate_with_dependencies(instance, en):
    """Translate the page's untranslated ancestors and the snippets it points to, then the page."""
    if isinstance(instance, Page):
        for ancestor in instance.get_ancestors().filter(depth__gt=1):
            if ancestor.get_translation_or_none(en) is None:
                translate(ancestor, en, english_strings(ancestor))
    source = TranslationSource.update_or_create_from_instance(
        instance.specific if isinstance(instance, Page) else instance
    )[0]
    for segment in RelatedObjectSegment.objects.filter(source=source).select_related("object"):
        related = segment.object.get_instance(source.locale)
        if isinstance(related, TranslatableMixin) and related.get_translation_or_none(en) is None:
            translate_with_dependencies(related, en)
    return translate(instance, en, english_strings(instance))


def project_page_models():
    return sorted(
        (m for m in get_page_models() if m._meta.app_label in PROJECT_APPS),
        key=lambda m: m._meta.label,
    )


@pytest.fixture(autouse=True)
def fresh_cache():
    """Wagtail caches the site's root paths; a test that renames the English home (its slug is
    translated too) fills that cache with a path the rollback then takes away."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def en(demo):
    return Locale.objects.get(language_code="en")


@pytest.mark.parametrize("model", project_page_models(), ids=lambda m: m._meta.label)
def test_each_page_type_translates_publishes_and_renders(demo, en, client, model):
    page = model.objects.filter(locale__language_code="pl").live().order_by("path").last()
    assert page is not None, f"the demo has no {model._meta.label}"
    target = translate_with_dependencies(page, en)
    assert target.locale == en and target.live and target.translation_key == page.translation_key
    assert Translation.objects.filter(source__object_id=page.translation_key, target_locale=en).exists()
    response = client.get(target.url)
    assert response.status_code == 200, target.url
    html = response.content.decode()
    assert '<html lang="en"' in html
    assert f"[EN] {page.title}" in html.replace("&#x27;", "'").replace("&quot;", '"').replace("&amp;", "&")
    # The Polish page and its translation name each other in hreflang.
    assert re.search(r'hreflang="pl" href="[^"]*' + re.escape(page.url), html)


def test_every_project_page_type_is_covered():
    labels = {m._meta.label for m in project_page_models()}
    assert {"home.HomePage", "publications.PublicationPage", "webinars.WebinarPage", "scenarios.ScenarioPage",
            "consent.CookiePolicyPage"} <= labels


def test_a_missing_string_is_an_error_not_a_polish_sentence_in_english(demo, en):
    from home.models import StandardPage

    page = StandardPage.objects.get(url_path__endswith="/o-projekcie/partnerzy/")
    strings = english_strings(page)
    strings.pop(page.title)
    with pytest.raises(MissingStrings) as error:
        translate(page, en, strings)
    assert page.title in str(error.value)
    assert page.get_translation_or_none(en) is None


def resync(source):
    source = type(source).objects.get(pk=source.pk)
    TranslationSource.update_or_create_from_instance(source)
    for translation in Translation.objects.filter(source__object_id=source.translation_key):
        translation.save_target(publish=True)


def test_webinar_synchronised_fields_follow_the_source(demo, en, client):
    from webinars.models import WebinarPage

    webinar = WebinarPage.objects.filter(locale__language_code="pl").live().first()
    english = translate_with_dependencies(webinar, en)
    webinar.youtube_id = "AbCdEfGhIjK"
    webinar.starts_at = datetime.datetime(2019, 5, 6, 10, 0, tzinfo=datetime.UTC)
    webinar.duration_minutes = 77
    webinar.save_revision().publish()
    resync(webinar)
    english = WebinarPage.objects.get(pk=english.pk)
    assert english.youtube_id == "AbCdEfGhIjK" and english.duration_minutes == 77
    assert english.starts_at == datetime.datetime(2019, 5, 6, 10, 0, tzinfo=datetime.UTC)
    assert english.title == f"[EN] {webinar.title}"
    assert "AbCdEfGhIjK" in client.get(english.url).content.decode()


def test_publication_facts_follow_the_source_and_a_translation_may_carry_its_own_file(demo, en, client):
    from core.models import CustomDocument
    from publications.models import PublicationPage

    publication = (
        PublicationPage.objects.filter(locale__language_code="pl", handbookpage__isnull=True)
        .live().exclude(files=None).first()
    )
    english = translate_with_dependencies(publication, en)
    publication.isbn = "9788301000004"
    publication.publication_date = datetime.date(2018, 3, 1)
    publication.save_revision().publish()
    resync(publication)
    english = PublicationPage.objects.get(pk=english.pk)
    assert english.isbn == "9788301000004" and english.publication_date == datetime.date(2018, 3, 1)
    assert english.title == f"[EN] {publication.title}"
    # An English PDF instead of the Polish one: an override of the file's document.
    other = CustomDocument.objects.exclude(pk=publication.files.first().document_id).first()
    file_key = publication.files.first().translation_key
    english = translate(
        publication, en, english_strings(publication), overrides={f"files.{file_key}.document": other.pk}
    )
    assert english.files.get().document_id == other.pk
    assert PublicationPage.objects.get(pk=publication.pk).files.get().document_id != other.pk
    assert f"/documents/{other.pk}/" in client.get(english.url).content.decode()


def test_scenario_numbers_and_audiences_follow_the_source(demo, en):
    from scenarios.models import Audience, ScenarioPage

    scenario = ScenarioPage.objects.filter(locale__language_code="pl").live().last()
    english = translate_with_dependencies(scenario, en)
    for audience in Audience.objects.filter(locale__language_code="pl"):
        if audience.get_translation_or_none(en) is None:
            translate(audience, en, english_strings(audience))
    new_audience = Audience.objects.filter(locale__language_code="pl").exclude(
        pk__in=scenario.audiences.values("pk")
    ).first()
    scenario.duration_hours = Decimal("7.5")
    scenario.audiences.add(new_audience)
    scenario.save_revision().publish()
    resync(scenario)
    english = ScenarioPage.objects.get(pk=english.pk)
    assert english.duration_hours == Decimal("7.5")
    keys = set(english.audiences.values_list("translation_key", flat=True))
    assert new_audience.translation_key in keys
    assert set(english.audiences.values_list("locale__language_code", flat=True)) == {"en"}
    assert english.area.locale == en and english.level.locale == en and english.licence.locale == en


def test_snippet_choosers_in_a_translation_point_to_the_same_language(demo, en):
    from webinars.models import WebinarPage

    webinar = WebinarPage.objects.filter(locale__language_code="pl").live().exclude(speaker_links=None).first()
    english = translate_with_dependencies(webinar, en)
    speakers = [link.speaker for link in english.speaker_links.all()]
    assert speakers and all(s.locale == en for s in speakers)


def test_every_snippet_of_the_project_is_translatable():
    from wagtail.snippets.models import get_snippet_models

    snippets = [m for m in get_snippet_models() if m._meta.app_label in PROJECT_APPS | {"core"}]
    assert len(snippets) >= 6
    # Proof-of-consent records are a log, not content: nothing in them is translated.
    untranslatable = [
        m._meta.label for m in snippets
        if not issubclass(m, TranslatableMixin) and m._meta.label != "consent.ConsentRecord"
    ]
    assert untranslatable == []


def test_sitemap_lists_translations_with_alternates(demo, en, client):
    from webinars.models import WebinarPage

    webinar = WebinarPage.objects.filter(locale__language_code="pl").live().last()
    english = translate_with_dependencies(webinar, en)
    root = ET.fromstring(client.get("/sitemap.xml").content)
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    urls = {u.find("s:loc", ns).text.replace("https://e-mocni.example.org", ""): u for u in root.findall("s:url", ns)}
    for url in (webinar.url, english.url):
        links = {link.get("hreflang"): link.get("href") for link in urls[url].findall("x:link", ns)}
        assert links["pl"].endswith(webinar.url) and links["en"].endswith(english.url)
        assert links["x-default"].endswith(webinar.url)


def test_table_cells_are_translated_one_by_one(demo, client):
    html = client.get("/en/about/").content.decode()
    assert "<th" in html and "Indicator" in html and "People trained in classrooms" in html
    assert "Wskaźnik" not in html and "Gminy w projekcie" not in html
    polish = client.get("/o-projekcie/").content.decode()
    assert "Wskaźnik" in polish and "Indicator" not in polish
