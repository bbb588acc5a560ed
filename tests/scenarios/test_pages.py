import io
import json
import re
import zipfile
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.models import CustomDocument
from publications.models import Licence
from scenarios.models import Audience, Level, ScenarioPage, ThematicArea
from tests.scenarios.factories import random_scenarios

URL = "/scenariusze/e-recepta-odbieranie-i-wykupienie-lekow/"


def test_scenario_page_shows_facts_plan_files_and_attribution(catalogue, client):
    response = client.get(URL)
    html = response.content.decode()
    assert response.status_code == 200
    page = ScenarioPage.objects.get(url_path__endswith="/e-recepta-odbieranie-i-wykupienie-lekow/")
    assert f"<h1>{page.title}</h1>" in html
    for label in ("Obszar tematyczny", "Dla kogo", "Poziom", "Czas trwania", "Grupa", "Cele zajęć",
                  "Przebieg zajęć", "Ćwiczenia", "Wskazówki dla prowadzącego", "Dla osób głuchych",
                  "Dla osób niewidomych i słabowidzących", "Potrzebny sprzęt"):
        assert label in html, label
    assert "od 8 do 12 osób" in html and "2\xa0godz." in html
    assert "15 min (0:00–0:15)" in html
    attribution = re.search(r'<p class="attribution__text" id="attribution-text">(.*?)</p>', html, re.S).group(1)
    text = re.sub(r"<[^>]+>", "", attribution)
    assert text == (f"„{page.title}”, {page.authors}. Źródło: e-Mocni: cyfrowe umiejętności, realne korzyści, "
                    f"https://e-mocni.example.org{URL}. Licencja: CC BY 4.0, https://creativecommons.org/licenses/by/4.0/deed.pl.")
    assert 'rel="license"' in attribution and f'href="https://e-mocni.example.org{URL}"' in attribution
    assert 'data-copy-target="attribution-text"' in html and "hidden>Kopiuj uznanie autorstwa" in html
    links = re.findall(r'<a class="download" href="(/documents/\d+/[^"]+)"[^>]*>(.*?)</a>', html, re.S)
    assert len(links) == 2
    labels = [" ".join(re.sub(r"<[^>]+>", " ", body).split()) for _href, body in links]
    assert re.match(r"Scenariusz zajęć \(PDF, \d+,\d KB, 3 strony\)", labels[0]), labels
    assert client.get(links[0][0]).status_code == 200
    assert "/scenariusze/pobierz/zdrowie/" in html
    assert '<a href="/scenariusze/?area=zdrowie">Zdrowie</a>' in html


def test_structured_data(catalogue, client):
    html = client.get(URL).content.decode()
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert data["@type"] == "LearningResource" and data["timeRequired"] == "PT2H"
    assert data["license"].startswith("https://creativecommons.org/licenses/by/4.0")
    assert data["educationalLevel"] == "Podstawowy" and data["about"] == "Zdrowie"
    assert "Źródło:" in data["creditText"] and data["associatedMedia"][0]["encodingFormat"] == "PDF"


def test_online_scenario_links_its_material(catalogue, client):
    page = ScenarioPage.objects.filter(format="online").first()
    html = client.get(page.url).content.decode()
    assert f'href="{page.online_url}"' in html and "Szkolenie online" in html


def test_scenario_page_query_count_is_constant(catalogue, client):
    client.get(URL)
    with CaptureQueriesContext(connection) as before:
        client.get(URL)
    random_scenarios(catalogue, 300, seed=3)
    client.get(URL)
    with CaptureQueriesContext(connection) as after:
        client.get(URL)
    assert len(after) == len(before) <= 30


def test_area_zip_holds_the_files_and_attribution_lines(catalogue, client):
    response = client.get("/scenariusze/pobierz/zdrowie/")
    assert response.status_code == 200 and response["Content-Type"] == "application/zip"
    assert "scenariusze-zdrowie.zip" in response["Content-Disposition"]
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    names = archive.namelist()
    pages = ScenarioPage.objects.filter(area__slug="zdrowie")
    assert "UZNANIE-AUTORSTWA.txt" in names
    assert len([n for n in names if n.endswith(".pdf")]) == sum(p.attachments.count() for p in pages)
    assert all(archive.read(n).startswith(b"%PDF-") for n in names if n.endswith(".pdf"))
    credits = archive.read("UZNANIE-AUTORSTWA.txt").decode("utf-8")
    assert credits.count("Licencja: CC BY 4.0") == pages.count()
    assert client.get("/scenariusze/pobierz/nie-ma-takiego/").status_code == 404


def test_model_rules(catalogue):
    page = ScenarioPage.objects.filter(format="online").first()
    page.online_url = ""
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "online_url" in error.value.message_dict
    page = ScenarioPage.objects.filter(format="stacjonarne").first()
    for hours in ("0.25", "44.5"):
        page.duration_hours = Decimal(hours)
        with pytest.raises(ValidationError):
            page.full_clean()
    page.duration_hours, page.group_min, page.group_max = Decimal("44"), 10, 5
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "group_max" in error.value.message_dict
    page.group_min, page.external_id = 2, "ZDR-002"
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "external_id" in error.value.message_dict


def test_new_audience_keywords_find_its_scenarios_at_once(catalogue, client):
    audience = Audience.objects.get(slug="osoby-gluche")
    audience.keywords = "kaszubski-rebus"
    audience.save()
    html = client.get("/scenariusze/?q=kaszubski-rebus").content.decode()
    assert int(re.search(r'data-total="(\d+)"', html).group(1)) == ScenarioPage.objects.filter(audiences=audience).count()


def test_create_scenario_through_admin(catalogue, admin_client):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

    document = CustomDocument.objects.first()
    area, level = ThematicArea.objects.get(slug="finanse"), Level.objects.get(slug="podstawowy")
    audiences = list(Audience.objects.filter(slug__in=["seniorzy", "osoby-gluche"]))
    data = nested_form_data({
        "title": "Lokaty i oszczędności w banku", "slug": "lokaty", "external_id": "FIN-900",
        "summary": "Jak założyć lokatę przez internet.", "area": area.id, "format": "stacjonarne", "level": level.id,
        "duration_hours": "2,5", "group_min": "6", "group_max": "10", "objectives": "Uczestnik zakłada lokatę.",
        "prerequisites": "", "equipment": "komputer", "trainer_tips": "", "adaptation_deaf": "",
        "adaptation_blind": "", "online_url": "", "authors": "Zespół e-Mocni", "editor_note": "",
        "licence": Licence.objects.get(short_label="CC BY 4.0", locale=catalogue.locale).id,
        "steps": streamfield([("step", {"minutes": 30, "title": "Pokaz", "description": "Lokata na koncie próbnym."})]),
        "exercises": streamfield([("exercise", {"title": "Moja lokata", "instructions": "Załóż lokatę."})]),
        "attachments": inline_formset([{"document": document.id, "kind": "scenariusz", "label": ""}]),
        "action-publish": "publish",
    })
    data["audiences"] = [str(a.id) for a in audiences]
    response = admin_client.post(f"/admin/pages/add/scenarios/scenariopage/{catalogue.id}/", data)
    assert response.status_code == 302, response.context["form"].errors
    page = ScenarioPage.objects.get(slug="lokaty")
    assert page.live and page.duration_hours == Decimal("2.5") and page.attachments.count() == 1
    assert set(page.audiences.all()) == set(audiences)
    assert "lokat" in page.search_text
    data["slug"], data["external_id"], data["format"] = "lokaty-online", "FIN-901", "online"
    response = admin_client.post(f"/admin/pages/add/scenarios/scenariopage/{catalogue.id}/", data)
    assert response.status_code == 200  # online without a material link
    assert not ScenarioPage.objects.filter(slug="lokaty-online").exists()


def test_snippet_admin_lists_taxonomies_and_import_page(catalogue, admin_client):
    for model in ("thematicarea", "audience", "level"):
        response = admin_client.get(f"/admin/snippets/scenarios/{model}/")
        assert response.status_code == 200, model
    assert "Zdrowie" in admin_client.get("/admin/snippets/scenarios/thematicarea/").content.decode()
    html = admin_client.get("/admin/scenariusze/import/").content.decode()
    assert "Import scenariuszy" in html and "zalaczniki" in html
    assert "Katalog scenariuszy" in admin_client.get("/admin/").content.decode()
