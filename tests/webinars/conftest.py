import datetime

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from core.models import CustomImage
from demo.files.images import abstract_image
from home.models import HomePage
from webinars.models import Speaker, WebinarPage, WebinarSeriesPage, WebinarSpeaker


@pytest.fixture
def home(db):
    """A bare Polish home page beside the demo tree, made the default site's root: the
    tests get short, predictable URLs (/webinaria/webinarium-1/) and only their own pages."""
    locale = Locale.objects.get_or_create(language_code="pl")[0]
    Locale.objects.get_or_create(language_code="en")
    root = Page.get_first_root_node()
    home = HomePage(title="e-Mocni", slug="strona-testowa", locale=locale)
    root.add_child(instance=home)
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    yield home
    # The rollback after the test brings the demo's site back, but Wagtail's cached site
    # root paths would still point here and leave the demo pages without URLs.
    Site.clear_site_root_paths_cache()


@pytest.fixture
def series(home):
    page = WebinarSeriesPage(title="Webinaria „Mocni w partnerstwie”", slug="webinaria", lead="Dla gmin.")
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def thumbnail(db):
    return CustomImage.objects.create(
        title="Miniatura testowa", file=ContentFile(abstract_image("test", 1280, 720), name="thumb.png")
    )


def add_webinar(series, number, *, starts_at=None, speakers=(), **fields):
    """Publish a webinar under `series` (re-read first: tree counters change with every child)."""
    series = WebinarSeriesPage.objects.get(pk=series.pk)
    defaults = {
        "title": f"Webinarium numer {number}",
        "slug": f"webinarium-{number}",
        "episode_number": number,
        "starts_at": starts_at or timezone.make_aware(datetime.datetime(2018, 4, 1, 11, 0)) + datetime.timedelta(
            days=7 * number
        ),
        "duration_minutes": 75,
        "summary": f"Streszczenie odcinka {number}.",
        "youtube_id": f"eMocniWeb{number % 100:02d}",
        "has_captions": True,
    }
    defaults.update(fields)
    page = WebinarPage(**defaults)
    for order, speaker in enumerate(speakers):
        page.speaker_links.add(WebinarSpeaker(speaker=speaker, sort_order=order))
    series.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def speaker(home):
    return Speaker.objects.create(
        locale=home.locale, name="Anna Przykładowa", role="animatorka", organisation="FRSI", is_placeholder=True
    )
