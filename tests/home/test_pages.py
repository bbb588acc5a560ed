import pytest
from django.core.management import call_command
from wagtail.models import Locale, Page, Revision
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from core.models import CustomDocument, CustomImage, FooterText
from home.models import HomePage, StandardPage


def test_page_tree_rules(demo):
    root = Page.get_first_root_node()
    home = HomePage.objects.get(locale__language_code="pl")
    about = StandardPage.objects.get(slug="o-projekcie")
    assert HomePage.can_create_at(root)
    assert not HomePage.can_create_at(home)
    assert not HomePage.can_create_at(about)
    assert StandardPage.can_create_at(home)
    assert StandardPage.can_create_at(about)
    assert not StandardPage.can_create_at(root)


def test_demo_tree_has_the_agreed_polish_paths(demo, client):
    for path in ["/", "/o-projekcie/", "/publikacje/", "/webinaria/", "/scenariusze/",
                 "/polityka-cookies/", "/deklaracja-dostepnosci/", "/szukaj/?q=gmina"]:
        assert client.get(path).status_code == 200, path


def test_demo_loader_is_idempotent(demo):
    def snapshot():
        return (
            Page.objects.count(), Revision.objects.count(), CustomImage.objects.count(),
            CustomDocument.objects.count(), FooterText.objects.count(), Locale.objects.count(),
        )

    before = snapshot()
    call_command("load_demo_content", verbosity=0)
    assert snapshot() == before
    assert before[0] >= 12


def test_demo_has_real_files(demo):
    document = CustomDocument.objects.get(title="e-Mocni w skrócie")
    with document.file.open("rb") as handle:
        assert handle.read(5) == b"%PDF-"
    assert document.file_size > 500
    image = CustomImage.objects.first()
    assert image.width > 0 and image.file_size > 0


def test_english_translations_of_home_and_about(demo, client):
    home_en = client.get("/en/")
    about_en = client.get("/en/about/")
    assert home_en.status_code == 200 and about_en.status_code == 200
    assert "digital skills, real benefits" in home_en.content.decode()
    assert "About the project" in about_en.content.decode()
    pl_about = StandardPage.objects.get(slug="o-projekcie")
    assert StandardPage.objects.get(slug="about").translation_key == pl_about.translation_key


def test_create_standard_page_through_admin_form(demo, admin_client):
    home = HomePage.objects.get(locale__language_code="pl")
    data = nested_form_data({
        "title": "Nowa strona",
        "slug": "nowa-strona",
        "lead": "Wstęp",
        "body": streamfield([
            ("heading", {"text": "Śródtytuł", "level": "h2"}),
            ("paragraph", rich_text("<p>Treść akapitu.</p>")),
            ("quote", {"text": "Cytat", "author": "Ktoś", "role": ""}),
        ]),
        "action-publish": "publish",
    })
    response = admin_client.post(f"/admin/pages/add/home/standardpage/{home.id}/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    page = StandardPage.objects.get(slug="nowa-strona")
    assert page.live
    html = admin_client.get("/nowa-strona/").content.decode()
    assert "Treść akapitu." in html and "<h2 class=\"block-heading\" id=\"srodtytul\">Śródtytuł</h2>" in html


def test_create_home_page_through_admin_form(db, admin_client):
    root = Page.get_first_root_node()
    data = nested_form_data({
        "title": "Druga witryna",
        "slug": "druga",
        "hero_title": "Hasło",
        "hero_lead": "",
        "stats_heading": "Liczby",
        "stats": streamfield([("stat", {"value": "125", "label": "gmin"})]),
        "featured_heading": "",
        "featured_links": streamfield([]),
        "body": streamfield([]),
    })
    response = admin_client.post(f"/admin/pages/add/home/homepage/{root.id}/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert HomePage.objects.filter(slug="druga").exists()


@pytest.mark.parametrize("path,lang,text", [
    ("/", "pl", "Projekt w liczbach"),
    ("/en/", "en", "The project in figures"),
    ("/o-projekcie/", "pl", "Najważniejsze wyniki projektu e-Mocni"),
    ("/en/about/", "en", "Key results of the e-Mocni project"),
])
def test_pages_render_in_both_languages(demo, client, path, lang, text):
    html = client.get(path).content.decode()
    assert f'<html lang="{lang}"' in html
    assert text in html
    assert html.count("<h1") == 1
    for landmark in ("<header", "<nav", "<main", "<footer"):
        assert landmark in html


def test_home_page_budgets(demo, client, django_assert_max_num_queries):
    client.get("/")  # warm caches that every request shares (site root paths)
    with django_assert_max_num_queries(15):
        response = client.get("/")
    assert len(response.content) < 60_000


def test_figures_come_from_content_facts(demo, client):
    html = client.get("/").content.decode()
    for figure in ("125", "17 266", "1 401", "160", "92%"):
        assert figure in html


def test_hero_alt_text_is_in_the_page_language(demo, client):
    import re

    def hero_alt(html):
        return re.search(r'<img class="hero__image"[^>]* alt="([^"]*)"', html).group(1)

    assert hero_alt(client.get("/").content.decode()).startswith("Abstrakcyjna ilustracja")
    assert hero_alt(client.get("/en/").content.decode()).startswith("An abstract illustration")
