import datetime

import pytest
from wagtail.models import Page

from demo.factories import DocumentFactory, ImageFactory
from publications.models import PublicationFile, PublicationIndexPage, PublicationPage


@pytest.fixture
def index(demo):
    return PublicationIndexPage.objects.get(slug="publikacje")


@pytest.fixture
def make_publications(index):
    def make(count, start=0):
        for number in range(start, start + count):
            page = PublicationPage(
                title=f"Publikacja testowa {number}", slug=f"publikacja-{number}", lead="Streszczenie.",
                publication_type="report" if number % 2 else "guide",
                publication_date=datetime.date(2010 + number % 7, 1, 1),
                cover=ImageFactory(title=f"okładka {number}"),
            )
            page.files.add(PublicationFile(document=DocumentFactory(title=f"Plik {number}")))
            Page.objects.get(pk=index.pk).add_child(instance=page)
            page.save_revision().publish()
    return make
