"""The ready reference: one full stop, never after a title's own ! or ?."""

import pytest

from publications.metadata import citation
from publications.models import PublicationPage


class Page:
    publication_date = None
    place = publisher = isbn = ""
    licence = None

    def __init__(self, title, subtitle=""):
        self.title, self.subtitle = title, subtitle


@pytest.mark.parametrize("title,subtitle,expected", [
    ("Partnerstwa dają moc!", "Tworzenie partnerstw", "Partnerstwa dają moc! Tworzenie partnerstw."),
    ("Partnerstwa dają moc!", "", "Partnerstwa dają moc!"),
    ("Czy warto?", "Wnioski.", "Czy warto? Wnioski."),
    ("Mocni w partnerstwie", "czyli jak budować", "Mocni w partnerstwie, czyli jak budować."),
    ("Raport", "Wnioski", "Raport. Wnioski."),
])
def test_title_and_subtitle_end_once(title, subtitle, expected):
    assert citation(Page(title, subtitle), [], "URL").startswith(expected + " ")


def test_demo_report_citation(demo, client):
    page = PublicationPage.objects.live().get(slug="partnerstwa-daja-moc", locale__language_code="pl")
    html = client.get(page.url).content.decode()
    assert "moc!." not in html and "Partnerstwa dają moc! Tworzenie" in html
