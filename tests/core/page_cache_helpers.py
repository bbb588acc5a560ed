"""Shared by the page cache tests: the URL of every kind of public page, and consent cookies."""

from consent import state


def page_urls():
    """One URL of each kind of public page, found in the demo content."""
    from accessibility.models import AccessibilityStatementPage
    from publications.models import HandbookChapterPage, HandbookPage, PublicationPage
    from scenarios.models import ScenarioPage
    from webinars.models import WebinarPage, WebinarSeriesPage

    webinar = WebinarPage.objects.live().filter(locale__language_code="pl").first()
    series = WebinarSeriesPage.objects.live().filter(locale__language_code="pl").first()
    return {
        "home": "/",
        "home en": "/en/",
        "about": "/o-projekcie/",
        "publications": "/publikacje/",
        "publication": PublicationPage.objects.live().exact_type(PublicationPage)
        .filter(locale__language_code="pl").first().url,
        "handbook": HandbookPage.objects.live().filter(locale__language_code="pl").first().url,
        "chapter": HandbookChapterPage.objects.live().filter(locale__language_code="pl").first().url,
        "webinar series": series.url,
        "webinar": webinar.url,
        "catalogue filtered": "/scenariusze/?area=zdrowie&format=online",
        "scenario": ScenarioPage.objects.live().filter(locale__language_code="pl").first().url,
        "cookie policy": "/polityka-cookies/",
        "accessibility": AccessibilityStatementPage.objects.live().filter(locale__language_code="pl").first().url,
        "search": "/szukaj/",
        "sitemap": "/sitemap.xml",
        "robots": "/robots.txt",
        "feed": "/publikacje/feed/",
        "webinar ics": webinar.url + "kalendarz/",
        "series ics": series.url + "kalendarz/",
    }


def consent_cookie(choices=None, version=1, consent_id="a" * 32):
    return state.encode(state.Decision(consent_id, version, choices or {"external_media": True}))


def with_consent(client, **kwargs):
    client.cookies[state.cookie_name()] = consent_cookie(**kwargs)
    return client
