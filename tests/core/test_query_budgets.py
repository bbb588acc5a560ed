"""Uncached renders stay cheap (issue 13): the SQL queries of one render of the busiest pages of
the demo, in both languages, once the caches every visitor shares are warm (the site, menus,
footer: core.site_data). The page cache itself is off in tests, so each request renders."""

import pytest

from publications.models import PublicationPage
from scenarios.models import ScenarioIndexPage, ScenarioPage

BUDGETS = {"home": 10, "publication": 12, "scenario": 12, "catalogue": 14, "catalogue filtered": 14}
FILTERS = {
    "pl": "?area=zdrowie&audience=seniorzy&format=stacjonarne&level=podstawowy&q=internet&min_hours=1&sort=duration",
    "en": "?area=health&audience=seniors&format=in-person&level=beginner&q=internet&min_hours=1&sort=duration",
}


def url_of(kind, language):
    if kind == "home":
        return "/" if language == "pl" else "/en/"
    if kind == "publication":
        return (PublicationPage.objects.live().filter(locale__language_code=language, handbookpage__isnull=True)
                .order_by("path").first().url)
    if kind == "scenario":
        return ScenarioPage.objects.live().get(locale__language_code=language, external_id="ZDR-001").url
    catalogue = ScenarioIndexPage.objects.live().get(locale__language_code=language).url
    return catalogue + (FILTERS[language] if kind == "catalogue filtered" else "")


@pytest.mark.parametrize("language", ["pl", "en"])
@pytest.mark.parametrize("kind", list(BUDGETS))
def test_render_stays_within_its_query_budget(demo, client, django_assert_max_num_queries, kind, language):
    url = url_of(kind, language)
    assert client.get(url).status_code == 200  # warm the shared caches
    with django_assert_max_num_queries(BUDGETS[kind]):
        response = client.get(url)
    assert response.status_code == 200
    if kind == "catalogue filtered":
        assert "data-total=" in response.content.decode()


def test_the_filters_of_the_budget_are_all_recognised(demo, client):
    """The filtered budget counts a real filtered view, not one that dropped its filters."""
    for language in ("pl", "en"):
        html = client.get(url_of("catalogue filtered", language)).content.decode()
        assert "were not recognised" not in html and "nie została rozpoznana" not in html
