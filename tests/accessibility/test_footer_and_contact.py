import pytest
from django.db import connection
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page, Site

from accessibility.contact import phone_href
from accessibility.statement import current_statement

from .conftest import EN_PATH, PL_PATH, footer

FOOTER_LINK = {
    "pl": f'<a data-help="accessibility" href="{PL_PATH}">Deklaracja dostępności</a>',
    "en": f'<a data-help="accessibility" href="{EN_PATH}">Accessibility statement</a>',
}


def publication_path(language):
    page = Page.objects.live().filter(
        locale__language_code=language, content_type__app_label="publications", depth__gt=3
    ).order_by("path").first() or Page.objects.live().filter(
        locale__language_code=language, content_type__app_label="publications"
    ).order_by("path").first()
    assert page is not None, f"no publication page in {language}"
    return page.url


def search_path(language):
    with translation.override(language):
        return reverse("search") + "?q=gmina"


@pytest.mark.parametrize("language", ["pl", "en"])
def test_footer_links_to_the_statement_in_the_current_language(demo, client, language):
    paths = ["/" if language == "pl" else "/en/", publication_path(language), search_path(language)]
    for path in paths:
        response = client.get(path)
        assert response.status_code == 200, path
        html = response.content.decode()
        assert FOOTER_LINK[language] in footer(html), path
        # The footer carries no a11y-* id: those belong to the statement alone.
        assert 'id="a11y-' not in footer(html)


def test_footer_link_on_the_statement_itself(demo, client):
    for language, path in (("pl", PL_PATH), ("en", EN_PATH)):
        assert FOOTER_LINK[language] in footer(client.get(path).content.decode())


def test_footer_falls_back_to_the_polish_statement(client, en_statement):
    en_statement.unpublish()
    html = client.get("/en/").content.decode()
    assert f'<a data-help="accessibility" href="{PL_PATH}">Accessibility statement</a>' in footer(html)


def statement_queries(client, path):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(path).status_code == 200
    return [q["sql"] for q in captured.captured_queries if "accessibility_accessibilitystatementpage" in q["sql"]]


@pytest.mark.parametrize("path", ["/", "/en/"])
def test_footer_lookup_is_cached(demo, client, path):
    assert statement_queries(client, path)  # the first view looks the statement up
    assert statement_queries(client, path) == []  # later views take it from the cache


def test_cached_lookup_needs_no_query(demo, rf, django_assert_num_queries):
    request = rf.get("/")
    with translation.override("pl"):
        first = current_statement(request)
        request = rf.get("/")
        request._wagtail_site = Site.find_for_request(request)  # as every page view has done
        with django_assert_num_queries(0):
            again = current_statement(request)
    assert first == again
    assert first.url == PL_PATH


def test_publishing_clears_the_cache(pl_statement):
    with translation.override("pl"):
        assert current_statement().email == "dostepnosc@example.org"
        pl_statement.email = "nowy@example.org"
        pl_statement.save_revision().publish()
        assert current_statement().email == "nowy@example.org"
        pl_statement.unpublish()
        assert current_statement() is None


def render_include(language):
    request = RequestFactory().get("/")
    with translation.override(language):
        return render_to_string(
            "accessibility/includes/accessible_version_on_request.html", {"request": request}
        )


def test_include_gives_the_contact_from_the_statement(demo):
    polish = render_include("pl")
    assert "Na prośbę udostępnimy ten materiał w wersji dostępnej." in polish
    assert "(zespół redakcji serwisu e-Mocni)" in polish
    assert '<a href="mailto:dostepnosc@example.org">dostepnosc@example.org</a>' in polish
    assert '<a href="tel:+48220000000">+48 22 000 00 00</a>' in polish
    assert f'<a href="{PL_PATH}">' in polish
    english = render_include("en")
    assert "An accessible version of this material is available on request." in english
    assert "(the e-Mocni website team)" in english
    assert f'<a href="{EN_PATH}">' in english
    assert 'id="a11y-' not in polish + english


def test_include_without_a_statement_still_says_so(pl_statement, en_statement):
    en_statement.unpublish()
    pl_statement.unpublish()
    html = render_include("pl")
    assert "Na prośbę udostępnimy ten materiał w wersji dostępnej." in html
    assert "mailto:" not in html


def test_include_escapes_editor_text(pl_statement):
    pl_statement.osoba = '<b>"Zespół"</b>'
    pl_statement.telefon = "+48 (22) 100-20-30 w. 5"
    pl_statement.save_revision().publish()
    html = render_include("pl")
    assert "<b>" not in html and "&lt;b&gt;" in html
    assert '<a href="tel:+482210020305">+48 (22) 100-20-30 w. 5</a>' in html
    assert phone_href("brak") == ""
