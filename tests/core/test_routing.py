"""Direct routing (core.routing) gives what Wagtail's tree walk gives, for every demo page, the
sub-views of routable pages, missing children and pages that are not live."""

import pytest
from django.http import Http404
from django.test import RequestFactory
from wagtail.models import Page, Site
from wagtail.models.sites import get_site_for_hostname

from core.routing import direct_route
from core.site_data import choose_site
from home.models import HomePage, StandardPage


def walk(root, path):
    """Wagtail's own routing from `root` (Page.route, one level at a time)."""
    request = RequestFactory().get(path)
    try:
        result = Page.route(root, request, [part for part in path.split("/") if part])
    except Http404:
        return None
    return describe(result)


def direct(root, path):
    request = RequestFactory().get(path)
    try:
        result = direct_route(root, request, [part for part in path.split("/") if part])
    except Http404:
        return None
    return describe(result)


def describe(result):
    page, args, kwargs = result
    args = [getattr(arg, "__name__", arg) for arg in args]
    return type(page).__name__, page.pk, repr(args), repr(kwargs)


def roots():
    return [home.specific for home in HomePage.objects.filter(depth=2)]


def test_every_demo_page_routes_as_wagtail_routes_it(demo):
    checked = 0
    for root in roots():
        for page in Page.objects.descendant_of(root).exclude(pk=root.pk):
            path = page.url_path[len(root.url_path) - 1:]
            assert direct(root, path) == walk(root, path), path
            checked += 1
    assert checked > 100


@pytest.mark.parametrize("suffix", ["calosc/", "feed/", "pobierz/zdrowie/", "download/health/", "nie-ma-takiej/",
                                    "nie-ma/i-dalej/", "kalendarz.ics", "x/y/z/"])
def test_sub_views_and_missing_children_route_as_wagtail_routes_them(demo, suffix):
    for root in roots():
        for page in Page.objects.child_of(root).live():
            for child in [page, *Page.objects.child_of(page)[:3]]:
                path = child.url_path[len(root.url_path) - 1:] + suffix
                assert direct(root, path) == walk(root, path), path


def test_a_page_that_is_not_live_is_not_found_but_its_live_children_are(demo):
    root = HomePage.objects.get(locale__language_code="pl")
    parent = StandardPage.objects.filter(depth=3, locale=root.locale).exclude(numchild=0).first()
    parent.unpublish()
    own = parent.url_path[len(root.url_path) - 1:]
    assert direct(root, own) is None and walk(root, own) is None
    for child in Page.objects.child_of(parent).live():
        path = child.url_path[len(root.url_path) - 1:]
        assert direct(root, path) == walk(root, path) is not None


def test_the_site_of_a_host_is_wagtails_choice(demo, client):
    default = Site.objects.get(is_default_site=True)
    Site.objects.create(hostname="other.example", port=80, root_page=default.root_page)
    Site.objects.create(hostname="other.example", port=8080, root_page=default.root_page)
    sites = list(Site.objects.all())
    for hostname in ("localhost", "other.example", "unknown.example", "testserver"):
        for port in (80, 8080, 443):
            try:
                expected = get_site_for_hostname(hostname, port)
            except Site.DoesNotExist:
                expected = None
            assert choose_site(sites, hostname, port) == expected, (hostname, port)
