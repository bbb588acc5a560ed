import re

import pytest
from django.core.management import call_command
from django.test import override_settings


def hreflangs(html):
    return dict(re.findall(r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)"', html))


def test_hreflang_alternates_for_translated_page(demo, client):
    links = hreflangs(client.get("/o-projekcie/").content.decode())
    assert links["pl"].endswith("/o-projekcie/")
    assert links["en"].endswith("/en/about/")
    assert links["x-default"] == links["pl"]


def test_untranslated_page_lists_only_existing_versions(demo, client):
    links = hreflangs(client.get("/o-projekcie/partnerzy/").content.decode())
    assert set(links) == {"pl", "x-default"}


def test_language_switch_goes_to_same_page_or_nearest_translated_ancestor(demo, client):
    from wagtail.models import Page

    html = client.get("/o-projekcie/").content.decode()
    assert 'href="/en/about/" lang="en" hreflang="en"' in html
    # "Partners" exists only in Polish: the switch leads to the English "About" page.
    partners = Page.objects.get(url_path__endswith="/o-projekcie/partnerzy/")
    html = client.get("/o-projekcie/partnerzy/").content.decode()
    match = re.search(r'href="([^"]+)" lang="en" hreflang="en"', html)
    assert match and match.group(1) == f"/en/about/?untranslated={partners.pk}"
    landing = client.get(match.group(1)).content.decode()
    notice = landing[landing.index("language-notice"):]
    notice = notice[:notice.index("</div>")]
    assert "exists only in Polish" in notice
    assert f'href="/o-projekcie/partnerzy/" lang="pl" hreflang="pl">{partners.title}</a>' in notice
    assert "language-notice" not in client.get("/en/").content.decode()


@pytest.mark.parametrize("value", ["1", "abc", "99999999", "9" * 40, "-3", "%ff", ""])
def test_switch_notice_survives_deleted_or_forged_page_ids(demo, client, value):
    response = client.get("/en/", {"untranslated": value})
    assert response.status_code == 200
    html = response.content.decode()
    assert "not available in this language" in html and "exists only in" not in html


def test_switch_to_a_deleted_page_gives_the_plain_notice(demo, client):
    from wagtail.models import Page

    page = Page.objects.get(url_path__endswith="/o-projekcie/partnerzy/")
    pk = page.pk
    page.delete()
    response = client.get(f"/en/about/?untranslated={pk}")
    assert response.status_code == 200 and "not available in this language" in response.content.decode()


def test_english_address_of_a_polish_only_page_is_a_helpful_404(demo, client):
    # The English "about" page exists, its child "partnerzy" does not.
    for path in ("/en/about/partnerzy/", "/en/o-projekcie/partnerzy/"):
        response = client.get(path)
        assert response.status_code == 404, path
        html = response.content.decode()
        assert '<html lang="en"' in html and "This page exists only in Polish" in html
        assert 'href="/o-projekcie/partnerzy/" lang="pl"' in html
        assert 'href="/en/about/"' in html  # the nearest English page


def test_unknown_language_prefix_lists_the_languages(demo, client):
    response = client.get("/de/o-projekcie/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "„de”" in html or "“de”" in html or "de" in html
    assert 'href="/en/" lang="en"' in html and 'href="/" lang="pl"' in html


def test_polish_prefix_redirects_to_the_unprefixed_address(demo, client):
    response = client.get("/pl/o-projekcie/")
    assert response.status_code == 301 and response["Location"] == "/o-projekcie/"


@pytest.mark.parametrize("path", ["/en/%ff/", "/en/" + "x/" * 30, "/en/a%00b/", "/a%00b/", "/pl/a%00b/", "/xx-yyyyyy/", "/en/about/" + "z" * 300 + "/", "/en/%C5%82%00/"])
def test_odd_addresses_give_404_not_500(demo, client, path):
    assert client.get(path).status_code == 404


def test_interface_strings_come_from_catalogues(demo, client):
    pl = client.get("/").content.decode()
    en = client.get("/en/").content.decode()
    assert "Przejdź do treści" in pl and "Skip to main content" in en
    assert "Ustawienia cookies" in pl and "Cookie settings" in en


def test_catalogues_compile(tmp_path, settings, monkeypatch):
    """Django's compilemessages (GNU msgfmt, --check-format) builds the project catalogue."""
    import shutil

    from django.conf import settings as django_settings

    source = django_settings.LOCALE_PATHS[0]
    shutil.copytree(source, tmp_path / "locale", ignore=shutil.ignore_patterns("*.mo"))
    settings.LOCALE_PATHS = [tmp_path / "locale"]
    monkeypatch.chdir(tmp_path)
    call_command("compilemessages", verbosity=0)
    assert (tmp_path / "locale/pl/LC_MESSAGES/django.mo").stat().st_size > 500


@pytest.mark.parametrize("path,lang,text", [
    ("/nie-ma-takiej-strony/", "pl", "Nie znaleziono strony"),
    ("/en/no-such-page/", "en", "Page not found"),
])
def test_custom_404_in_both_languages(demo, client, path, lang, text):
    response = client.get(path)
    assert response.status_code == 404
    html = response.content.decode()
    assert f'<html lang="{lang}"' in html and text in html and "noindex" in html


@pytest.mark.parametrize("path,lang,text", [("/", "pl", "Coś poszło nie tak"), ("/en/", "en", "Something went wrong")])
def test_custom_500_in_both_languages(demo, client, path, lang, text, monkeypatch):
    from home.models import HomePage

    def boom(self, request, *args, **kwargs):
        raise RuntimeError("test failure")

    monkeypatch.setattr(HomePage, "serve", boom)
    client.raise_request_exception = False
    with override_settings(DEBUG=False):
        response = client.get(path)
    assert response.status_code == 500
    html = response.content.decode()
    assert f'<html lang="{lang}"' in html and text in html


def test_search_page_is_noindex_uncached_and_survives_bad_input(demo, client):
    response = client.get("/szukaj/", {"q": "gmina"})
    assert response.status_code == 200
    assert 'name="robots" content="noindex"' in response.content.decode()
    assert "no-cache" in response.headers["Cache-Control"]
    for query in ("\x00", "a" * 5000, "%ff", "' OR 1=1 --"):
        assert client.get("/szukaj/", {"q": query, "page": "x"}).status_code == 200
    assert client.get("/en/search/", {"q": "municipalities"}).status_code == 200


def test_a_routable_sub_view_keeps_its_sub_address_in_the_other_language(demo, client):
    from publications.models import HandbookPage

    book = HandbookPage.objects.get(locale__language_code="pl")
    english = book.get_translation(book.locale.__class__.objects.get(language_code="en"))
    links = hreflangs(client.get(f"{book.url}calosc/").content.decode())
    assert links["en"].endswith(f"{english.url}calosc/") and links["pl"].endswith(f"{book.url}calosc/")
    back = hreflangs(client.get(f"{english.url}calosc/").content.decode())
    assert back["pl"].endswith(f"{book.url}calosc/")
