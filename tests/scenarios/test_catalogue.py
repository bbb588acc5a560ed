import re
from urllib.parse import quote

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from scenarios.models import ScenarioPage
from search.normalise import fold
from tests.scenarios.factories import random_scenarios

TITLES = re.compile(r'<h2 class="card__title"><a href="[^"]+">([^<]+)</a>')


def total(html):
    return int(re.search(r'data-total="(\d+)"', html).group(1))


def count_of(html, facet, slug):
    return int(re.search(rf'data-count-for="f-{facet}-{slug}">\((\d+)\)', html).group(1))


def test_unfiltered_catalogue_lists_everything_by_title(catalogue, client):
    response = client.get("/scenariusze/")
    html = response.content.decode()
    assert response.status_code == 200
    assert total(html) == ScenarioPage.objects.live().filter(locale__language_code="pl").count()
    titles = TITLES.findall(html)
    assert len(titles) == 20 and titles == sorted(titles, key=lambda t: t.lower().replace("ł", "l"))
    assert 'name="robots"' not in html
    assert '<link rel="canonical" href="https://e-mocni.example.org/scenariusze/">' in html
    assert html.count('type="checkbox"') == 9 + 5 + 2 + 3
    assert "/scenariusze/pobierz/zdrowie/" in html


def test_filtered_view_is_noindex_with_canonical_to_the_catalogue(catalogue, client):
    html = client.get("/scenariusze/?area=zdrowie&format=online").content.decode()
    assert '<meta name="robots" content="noindex, follow">' in html
    assert '<link rel="canonical" href="https://e-mocni.example.org/scenariusze/">' in html
    assert 'class="chip"' in html and 'href="?format=online"' in html  # removing "Zdrowie" keeps the rest


@pytest.mark.parametrize("query,words", [
    ("szkolenia dla seniorow", "senior"),
    ("szkolenie dla seniorów", "senior"),
    ("e-recepta", "recept"),
    ("E-RECEPTA", "recept"),
    ("łódzki", "Łódzki"),
    ("lodzki", "Łódzki"),
    ("bankowosc internetowa", "ankow"),
])
def test_text_search_is_polish_aware(catalogue, client, query, words):
    html = client.get("/scenariusze/?q=" + quote(query)).content.decode()
    assert total(html) > 0, query
    found = ScenarioPage.objects.filter(title__in=TITLES.findall(html))
    for page in found:
        text = " ".join([page.title, page.summary, page.authors, page.objectives, page.equipment,
                         *(a.name for a in page.audiences.all()), *(b.value["title"] for b in page.exercises)])
        assert fold(words) in fold(text), (query, page.title)


def test_audience_keywords_find_every_scenario_of_the_group(catalogue, client):
    by_filter = total(client.get("/scenariusze/?audience=seniorzy").content.decode())
    assert by_filter > 10
    for query in ("seniorow", "seniorów", "osoby+starsze"):
        assert total(client.get(f"/scenariusze/?q={query}").content.decode()) >= by_filter, query
    assert total(client.get("/scenariusze/?q=szkolenia+dla+seniorow").content.decode()) >= 14


def test_relevance_puts_title_matches_first_and_is_the_default_with_text(catalogue, client):
    html = client.get("/scenariusze/?q=e-recepta").content.decode()
    titles = TITLES.findall(html)
    assert titles[0].lower().startswith("e-recepta")
    assert '<option value="" selected>Najlepiej pasujące</option>' in html
    plain = client.get("/scenariusze/").content.decode()
    assert "Najlepiej pasujące" not in plain


@pytest.mark.parametrize("sort,key", [
    ("duration", lambda p: (p.duration_hours, p.sort_title)),
    ("newest", lambda p: (-p.first_published_at.timestamp(), p.sort_title)),
])
def test_sorting(catalogue, client, sort, key):
    html = client.get(f"/scenariusze/?area=finanse&sort={sort}").content.decode()
    expected = sorted(ScenarioPage.objects.filter(area__slug="finanse"), key=key)
    assert TITLES.findall(html) == [p.title for p in expected][:20]
    assert f'<option value="{sort}" selected>' in html


def test_facet_counts_use_the_other_filters(catalogue, client):
    html = client.get("/scenariusze/?area=zdrowie&format=online").content.decode()
    pages = ScenarioPage.objects.filter(area__slug="zdrowie")
    assert total(html) == pages.filter(format="online").count()
    assert count_of(html, "format", "stacjonarne") == pages.filter(format="stacjonarne").count()  # own facet ignored
    assert count_of(html, "area", "finanse") == ScenarioPage.objects.filter(area__slug="finanse", format="online").count()
    assert count_of(html, "audience", "seniorzy") == pages.filter(format="online", audiences__slug="seniorzy").count()


def test_duration_filter_and_pages(catalogue, client):
    html = client.get("/scenariusze/?min_hours=1,5&max_hours=4").content.decode()
    expected = ScenarioPage.objects.filter(duration_hours__gte=1.5, duration_hours__lte=4, locale=catalogue.locale).count()
    assert total(html) == expected > 20
    assert 'rel="next" href="?min_hours=1.5&amp;max_hours=4&amp;page=2"' in html
    second = client.get("/scenariusze/?min_hours=1.5&max_hours=4&page=2").content.decode()
    assert not set(TITLES.findall(html)) & set(TITLES.findall(second))
    assert "Co najmniej 1,5\xa0godz." in html


NOTICE = re.compile(r'<div class="notice notice--info" role="status">')


@pytest.mark.parametrize("query", [
    "?area=nieznany", "?area=", "?audience=%00", "?format=stationary", "?level=expert",
    "?min_hours=abc", "?min_hours=-2", "?max_hours=1e9", "?min_hours=NaN", "?max_hours=Infinity",
    "?min_hours=5&max_hours=2", "?page=abc", "?page=0", "?page=-1", "?page=9999", "?page=1.5",
    "?sort=price", "?q=" + "a" * 5000, "?q=" + "słowo+" * 40,
])
def test_bad_input_gives_200_with_a_notice(catalogue, client, query):
    response = client.get("/scenariusze/" + query)
    assert response.status_code == 200
    assert NOTICE.search(response.content.decode()), query


@pytest.mark.parametrize("query", [
    "?q=%00%01", "?q=!!!", "?q=%F0%9F%98%80", "?foo=bar", "?area=zdrowie&area=zdrowie", "?area[]=x",
    "?" + "&".join(["area=zdrowie"] * 300), "?q=%25%25%25_", "?q=%27%22%3C%3Escript",
])
def test_odd_input_never_fails(catalogue, client, query):
    response = client.get("/scenariusze/" + query)
    assert response.status_code == 200
    assert "<script>" not in response.content.decode().split("<main", 1)[1].split("</main>")[0]


def test_query_count_does_not_depend_on_the_number_of_scenarios(catalogue, client):
    urls = [
        "/scenariusze/", "/scenariusze/?q=e-recepta", "/scenariusze/?q=szkolenia+dla+seniorow&sort=newest",
        "/scenariusze/?area=zdrowie&audience=seniorzy&audience=osoby-gluche&format=online&level=podstawowy",
        "/scenariusze/?min_hours=1&max_hours=6&q=internet&page=2", "/scenariusze/?page=abc&area=xx",
        "/scenariusze/?sort=duration&page=3",
    ]

    def counts():
        found = []
        for url in urls:
            client.get(url)
            with CaptureQueriesContext(connection) as queries:
                assert client.get(url).status_code == 200
            found.append(len(queries))
        return found

    few = counts()
    random_scenarios(catalogue, 1000, seed=7)
    assert ScenarioPage.objects.child_of(catalogue).count() > 1100
    many = counts()
    assert many == few
    assert max(few) <= 30, few
