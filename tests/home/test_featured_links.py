"""The home page's cards lead where their titles say."""

from bs4 import BeautifulSoup

from publications.models import HandbookPage


def test_handbook_card_links_to_the_handbook(demo, client):
    handbook = HandbookPage.objects.live().get(slug="mocni-w-partnerstwie", locale__language_code="pl")
    soup = BeautifulSoup(client.get("/").content, "html.parser")
    card = next(link for link in soup.select("main a[href]") if "Mocni w partnerstwie" in link.get_text())
    assert card["href"] == handbook.url == "/publikacje/mocni-w-partnerstwie/"
