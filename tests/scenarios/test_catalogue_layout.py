"""The catalogue on a phone: the count and the first results before 25 checkboxes; a skip link
that says where it goes."""

from bs4 import BeautifulSoup


def test_checkboxes_fold_into_a_disclosure(catalogue, client):
    soup = BeautifulSoup(client.get("/scenariusze/").content, "html.parser")
    disclosure = soup.select_one("form[data-catalogue-form] details[data-filter-disclosure]")
    assert disclosure is not None and not disclosure.has_attr("open")
    assert disclosure.find("summary").get_text(strip=True).startswith("Filtry")
    form = soup.select_one("form[data-catalogue-form]")
    checkboxes = form.select('input[type="checkbox"]')
    assert checkboxes and all(box.find_parent("details") is disclosure for box in checkboxes)
    # The words to look for and the submit button stay in sight.
    assert soup.select_one("#catalogue-q").find_parent("details") is None
    assert form.select_one("button[type=submit]").find_parent("details") is None


def test_skip_link_leads_to_the_results(catalogue, client):
    for path, text in (("/scenariusze/", "Pomiń filtry i przejdź do wyników"),
                       ("/en/scenarios/", "Skip the filters: go to the results")):
        soup = BeautifulSoup(client.get(path).content, "html.parser")
        link = soup.select_one(".catalogue__skip a")
        assert link["href"] == "#catalogue-results" and soup.select_one("#catalogue-results")
        assert link.get_text(" ", strip=True).startswith(text), link.get_text()
        assert "Strony wyników" not in link.get_text()
