import logging

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Collection, CollectionViewRestriction

from core.models import CustomDocument, DailyDownloadCount
from publications.models import PublicationFile

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/126 Safari/537.36"


@pytest.fixture
def document(index):
    return PublicationFile.objects.get(page__slug="mocni-w-partnerstwie").document


def downloads(document):
    return sum(DailyDownloadCount.objects.filter(document=document).values_list("count", flat=True))


def test_download_serves_file_with_readable_name_and_counts(document, client):
    response = client.get(document.url, HTTP_USER_AGENT=BROWSER)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    body = b"".join(response.streaming_content)
    assert body.startswith(b"%PDF-") and len(body) == document.file_size
    disposition = response["Content-Disposition"]
    assert disposition.startswith("attachment;")
    assert 'filename="Mocni w partnerstwie - poradnik (PDF).pdf"' in disposition or "filename=" in disposition
    assert "filename*=UTF-8''Mocni%20w%20partnerstwie%20%E2%80%93%20poradnik%20%28PDF%29.pdf" in disposition
    assert "Set-Cookie" not in response.headers and not response.cookies
    client.get(document.url, HTTP_USER_AGENT=BROWSER)
    assert downloads(document) == 2


@pytest.mark.parametrize("agent", ["Googlebot/2.1 (+http://www.google.com/bot.html)", "curl/8.0", "", "AhrefsBot"])
def test_bots_are_not_counted(document, client, agent):
    assert client.get(document.url, HTTP_USER_AGENT=agent).status_code == 200
    assert downloads(document) == 0


def test_head_works_and_is_not_counted(document, client):
    response = client.head(document.url, HTTP_USER_AGENT=BROWSER)
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert downloads(document) == 0


def test_post_is_refused(document, client):
    assert client.post(document.url).status_code == 405


def test_counting_adds_at_most_two_queries(document, client):
    client.get(document.url, HTTP_USER_AGENT=BROWSER)  # today's row exists from here on
    with CaptureQueriesContext(connection) as bot:
        client.get(document.url, HTTP_USER_AGENT="Googlebot")
    with CaptureQueriesContext(connection) as person:
        client.get(document.url, HTTP_USER_AGENT=BROWSER)
    assert len(person) - len(bot) <= 2
    DailyDownloadCount.objects.all().delete()
    with CaptureQueriesContext(connection) as first_of_day:
        client.get(document.url, HTTP_USER_AGENT=BROWSER)
    assert len(first_of_day) - len(bot) <= 2 + 2  # UPDATE, then INSERT inside a savepoint pair
    assert downloads(document) == 1


def test_missing_file_is_404_and_logged(index, client, caplog):
    # A document of its own: the demo's files are shared by the whole test run.
    from demo.factories import DocumentFactory

    document = DocumentFactory(title="Zaginiony plik")
    document.file.storage.delete(document.file.name)
    with caplog.at_level(logging.WARNING, logger="core.downloads"):
        response = client.get(document.url, HTTP_USER_AGENT=BROWSER)
    assert response.status_code == 404
    assert any("has no file" in record.getMessage() for record in caplog.records)
    assert client.get("/documents/999999/nic.pdf").status_code == 404


def test_private_collection_is_not_served_publicly(document, client):
    private = Collection.get_first_root_node().add_child(name="Wewnętrzne")
    CollectionViewRestriction.objects.create(collection=private, restriction_type="login")
    CustomDocument.objects.filter(pk=document.pk).update(collection=private)
    response = client.get(document.url, HTTP_USER_AGENT=BROWSER)
    assert response.status_code in (302, 403)
    assert downloads(document) == 0


def test_admin_report_shows_counts_and_exports_csv(document, client, admin_client):
    """The old publications report's address leads to the one download report over every document
    (stats/), which lists this file with its three downloads and exports them."""
    for _ in range(3):
        client.get(document.url, HTTP_USER_AGENT=BROWSER)
    old = admin_client.get("/admin/reports/pobrania-publikacji/")
    assert old.status_code == 301
    html = admin_client.get(old["Location"]).content.decode()
    assert "Mocni w partnerstwie" in html
    export = admin_client.get(old["Location"].split("?")[0] + "?export=csv&period=all")
    csv = b"".join(export.streaming_content).decode("utf-8-sig")
    row = next(line for line in csv.splitlines() if "Mocni w partnerstwie" in line)
    assert row.split(",")[-1].strip() == "3"
