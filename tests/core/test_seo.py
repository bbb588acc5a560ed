"""Search engines and link previews: description, canonical, Open Graph, Twitter card, titles,
noindex — on every live page of the demo, in both languages (issue 15, scope 7)."""

from collections import Counter

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.template import Context, Template
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Page

from core.i18n import alternates_for
from core.seo import shorten
from home.models import HERO_SPEC, HomePage, StandardPage
from publications.models import PublicationPage

SITE = "https://e-mocni.example.org"  # config/settings/test.py


def metas(soup, **attrs):
    return soup.find_all("meta", attrs=attrs)


def one(soup, **attrs):
    found = metas(soup, **attrs)
    assert len(found) == 1, f"{attrs}: {len(found)} tags"
    return found[0]["content"]


def check_head(soup, path, label):
    """The tags every indexable page has; returns the <title> text."""
    description = one(soup, name="description")
    assert description.strip(), f"{label}: empty description"
    canonicals = soup.find_all("link", rel="canonical")
    assert [link["href"] for link in canonicals] == [SITE + path], label
    assert one(soup, property="og:url") == SITE + path, label
    assert one(soup, property="og:title").strip(), label
    assert one(soup, property="og:description") == description, label
    image = one(soup, property="og:image")
    assert image.startswith(SITE + "/"), f"{label}: og:image {image}"
    assert int(one(soup, property="og:image:width")) >= 600, label
    assert one(soup, property="og:type") in {"website", "article", "book", "video.other"}, label
    assert one(soup, name="twitter:card") == "summary_large_image", label
    assert not metas(soup, name="robots"), f"{label}: an ordinary page must be indexable"
    title = soup.title.string
    assert title.count("e-Mocni") == 1, f"{label}: {title!r} names the site {title.count('e-Mocni')} times"
    return title


def test_every_live_page_in_both_languages(demo, client):
    """One pass over the whole demo (every page type, Polish and English)."""
    pages = Page.objects.live().public().filter(depth__gte=2).specific().order_by("path")
    titles, types = {}, Counter()
    for page in pages:
        path = page.url
        response = client.get(path)
        assert response.status_code == 200, path
        soup = BeautifulSoup(response.content, "html.parser")
        label = f"{type(page).__name__} {path}"
        titles[path] = check_head(soup, path, label)
        types[(type(page).__name__, page.locale.language_code)] += 1
    duplicates = {title: [p for p, t in titles.items() if t == title] for title, n in Counter(titles.values()).items()
                  if n > 1}
    assert not duplicates, duplicates
    # Every page type of the site, in each language it exists in.
    kinds = {name for name, _language in types}
    assert {"HomePage", "StandardPage", "PublicationIndexPage", "PublicationPage", "HandbookPage",
            "HandbookChapterPage", "WebinarSeriesPage", "WebinarPage", "ScenarioIndexPage", "ScenarioPage",
            "CookiePolicyPage", "AccessibilityStatementPage"} <= kinds
    assert {language for _name, language in types} == {"pl", "en"}


def test_titles_name_the_site_once(demo, client):
    soup = BeautifulSoup(client.get("/").content, "html.parser")
    assert soup.title.string == "e-Mocni: cyfrowe umiejętności, realne korzyści"
    assert one(soup, property="og:title") == "e-Mocni: cyfrowe umiejętności, realne korzyści"
    soup = BeautifulSoup(client.get("/en/").content, "html.parser")
    assert soup.title.string == "e-Mocni: digital skills, real benefits"
    soup = BeautifulSoup(client.get("/o-projekcie/").content, "html.parser")
    assert soup.title.string == "O projekcie – e-Mocni"
    assert one(soup, property="og:title") == "O projekcie"


def test_description_is_the_editors_field_or_the_lead(demo, client):
    about = StandardPage.objects.get(slug="o-projekcie", locale__language_code="pl")
    soup = BeautifulSoup(client.get("/o-projekcie/").content, "html.parser")
    assert one(soup, name="description") == shorten(" ".join(about.lead.split()))
    about.search_description = "Kto prowadził projekt e-Mocni i co z niego zostało."
    about.save_revision().publish()
    soup = BeautifulSoup(client.get("/o-projekcie/").content, "html.parser")
    assert one(soup, name="description") == "Kto prowadził projekt e-Mocni i co z niego zostało."
    assert one(soup, property="og:description") == "Kto prowadził projekt e-Mocni i co z niego zostało."


def test_long_leads_are_cut_at_a_word(demo, client):
    page = StandardPage.objects.get(slug="o-projekcie", locale__language_code="pl")
    page.lead = "Gminne partnerstwo " * 20
    page.save_revision().publish()
    description = one(BeautifulSoup(client.get("/o-projekcie/").content, "html.parser"), name="description")
    assert len(description) <= 160 and description.endswith("…")
    assert description[:-1].split()[-1] in ("Gminne", "partnerstwo")  # whole words only


def test_shorten_cuts_after_a_word():
    assert shorten("ab cd", 10) == "ab cd"
    assert shorten("jedno dwa trzy cztery", 12) == "jedno dwa…"
    assert shorten("jedno dwa, trzy", 11) == "jedno dwa…"


def test_cover_and_hero_are_the_share_images(demo, client):
    publication = PublicationPage.objects.live().filter(locale__language_code="pl", cover__isnull=False).first()
    soup = BeautifulSoup(client.get(publication.url).content, "html.parser")
    rendition = publication.cover.get_rendition("fill-1200x630|format-jpeg")
    assert one(soup, property="og:image") == SITE + rendition.url
    assert one(soup, property="og:image:alt") == publication.cover_alt
    assert one(soup, property="og:type") in {"article", "book"}
    home = HomePage.objects.get(locale__language_code="pl")
    soup = BeautifulSoup(client.get("/").content, "html.parser")
    assert one(soup, property="og:image") == SITE + home.hero_image.get_rendition(HERO_SPEC).url
    # Without a picture of its own: the default card (a static file).
    soup = BeautifulSoup(client.get("/o-projekcie/").content, "html.parser")
    assert one(soup, property="og:image").startswith(SITE + "/static/images/share-default")
    assert one(soup, property="og:locale") == "pl_PL"
    assert one(soup, property="og:locale:alternate") == "en_GB"


@pytest.mark.parametrize("path", [
    "/szukaj/?q=partnerstwo", "/en/search/?q=partnership", "/szukaj/", "/zgoda/ustawienia/", "/en/cookie-settings/",
    "/scenariusze/?area=zdrowie", "/scenariusze/?page=2", "/en/scenarios/?page=2", "/publikacje/?typ=report",
    "/o-projekcie/?untranslated=3",
])
def test_variants_and_utility_views_are_noindex(demo, client, path):
    soup = BeautifulSoup(client.get(path).content, "html.parser")
    robots = metas(soup, name="robots")
    assert len(robots) == 1 and robots[0]["content"].startswith("noindex"), path
    assert one(soup, name="description").strip()
    assert soup.title.string.count("e-Mocni") == 1


def test_not_found_page_is_noindex_without_canonical(demo, client):
    response = client.get("/nie-ma-takiej-strony/")
    assert response.status_code == 404
    soup = BeautifulSoup(response.content, "html.parser")
    assert one(soup, name="robots") == "noindex"
    assert not soup.find_all("link", rel="canonical")


def test_filtered_listing_points_to_the_first_page(demo, client):
    soup = BeautifulSoup(client.get("/scenariusze/?area=zdrowie&page=2").content, "html.parser")
    assert [link["href"] for link in soup.find_all("link", rel="canonical")] == [SITE + "/scenariusze/"]


def test_the_tags_add_no_queries(demo):
    """They read what the page has loaded anyway (perf budgets: issue 10)."""
    home = HomePage.objects.select_related("hero_image").get(locale__language_code="pl")
    request = RequestFactory().get("/")
    with translation.override("pl"):
        alternates_for(request, home)  # the hreflang links compute these first
        home.hero_image.get_rendition(HERO_SPEC)  # the hero the page shows
        template = Template("{% load seo_tags %}{% page_title %}{% seo_meta %}{% noindex_variant as n %}")
        with CaptureQueriesContext(connection) as queries:
            html = template.render(Context({"request": request, "page": home}))
    assert "og:image" in html and len(queries) == 0, [q["sql"] for q in queries]


def test_promote_tab_explains_the_fields(demo, admin_client):
    page = StandardPage.objects.get(slug="o-projekcie", locale__language_code="pl")
    html = admin_client.get(f"/admin/pages/{page.id}/edit/").content.decode()
    assert "podglądzie linku" in html and "Puste: użyjemy wstępu lub streszczenia strony." in html
