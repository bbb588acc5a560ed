"""The download report: every document once, the pages linking it (from Wagtail's reference index)
with their languages, counts today / this month / total / in the chosen period, CSV and XLSX."""

import csv
import datetime
import io

import pytest
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook
from wagtail.models import Page, ReferenceIndex

from core.models import CustomDocument, DailyDownloadCount
from scenarios.models import ScenarioAttachment
from stats.download_report import document_rows
from stats.periods import Period
from webinars.models import WebinarMaterial

ALL_TIME = Period(None, None, "all")


def row_for(rows, document):
    matching = [row for row in rows if row.document.id == document.id]
    assert len(matching) == 1, f"{document} is listed {len(matching)} times"
    return matching[0]


def shared_document():
    """A document linked from a Polish page and from an English page (the demo's translations
    keep the Polish file on the English publication)."""
    for document in CustomDocument.objects.order_by("id"):
        pages = Page.objects.filter(id__in=[int(r.object_id) for r in ReferenceIndex.get_references_to(document)
                                            if r.object_id.isdigit()])
        languages = set(pages.values_list("locale__language_code", flat=True))
        if {"pl", "en"} <= languages:
            return document
    pytest.fail("the demo has no document linked from both a Polish and an English page")


def test_a_shared_file_is_listed_once_with_both_languages(demo):
    document = shared_document()
    row = row_for(document_rows(ALL_TIME), document)
    assert row.languages == ["pl", "en"]
    assert {page.locale.language_code for page in row.pages} == {"pl", "en"}
    assert "(pl)" in row.pages_text and "(en)" in row.pages_text


def test_every_document_is_listed_once_scenarios_and_webinars_too(demo):
    rows = document_rows(ALL_TIME)
    assert sorted(row.document.id for row in rows) == sorted(CustomDocument.objects.values_list("id", flat=True))
    attachment = ScenarioAttachment.objects.select_related("page", "document").first()
    material = WebinarMaterial.objects.select_related("page", "document").first()
    for linked in (attachment, material):
        row = row_for(rows, linked.document)
        assert linked.page_id in [page.id for page in row.pages]


def test_counts_per_period(demo):
    document = CustomDocument.objects.order_by("id").first()
    today = timezone.localdate()
    yesterday, long_ago = today - datetime.timedelta(days=1), today - datetime.timedelta(days=40)
    for day, count in ((today, 3), (yesterday, 5), (long_ago, 7)):
        DailyDownloadCount.objects.create(document=document, day=day, count=count)
    this_month = 3 + (5 if yesterday.month == today.month else 0)

    def period_count(period):
        return row_for(document_rows(period), document).count_period

    row = row_for(document_rows(ALL_TIME), document)
    assert (row.count_today, row.count_month, row.count_total, row.count_period) == (3, this_month, 15, 15)
    assert period_count(Period(yesterday, yesterday, "")) == 5
    assert period_count(Period(long_ago, yesterday, "")) == 12
    assert document_rows(ALL_TIME)[0].document == document  # the most downloaded first


@pytest.mark.parametrize("query,expected", [
    ("?period=all", 15), ("", None), ("?period=day&day={yesterday}", 5),
    ("?period=month&month={long_ago_month}", 7), ("?period=range&date_from={long_ago}&date_to={yesterday}", 12),
])
def test_period_filter_in_the_page(demo, admin_client, query, expected):
    document = CustomDocument.objects.order_by("id").first()
    document.title = "Plik do policzenia"
    document.save()
    today = timezone.localdate()
    yesterday, long_ago = today - datetime.timedelta(days=1), today - datetime.timedelta(days=40)
    for day, count in ((today, 3), (yesterday, 5), (long_ago, 7)):
        DailyDownloadCount.objects.create(document=document, day=day, count=count)
    url = reverse("stats_downloads") + query.format(
        yesterday=yesterday.isoformat(), long_ago=long_ago.isoformat(), long_ago_month=long_ago.strftime("%Y-%m"))
    response = admin_client.get(url + ("&" if "?" in url else "?") + "export=csv")
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    counted = [row for row in rows if row[0] == "Plik do policzenia"]
    assert len(counted) == 1
    this_month = 3 + (5 if yesterday.month == today.month else 0)
    assert counted[0][4:7] == ["3", str(this_month), "15"]
    assert counted[0][7] == str(this_month if expected is None else expected)
    page = admin_client.get(url)
    assert page.status_code == 200 and "Plik do policzenia" in page.content.decode()


@pytest.mark.parametrize("query", [
    "?period=range&date_from=2026-05-01", "?period=range&date_from=2026-05-02&date_to=2026-05-01",
    "?period=day&day=yesterday", "?period=month&month=2026-13", "?period=week", "?period=day&day=1410-07-15",
    "?period=range&date_from=2026-01-01&date_to=99999-01-01",
])
def test_bad_periods_get_a_message_not_an_error(demo, admin_client, query):
    response = admin_client.get(reverse("stats_downloads") + query)
    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()
    export = admin_client.get(reverse("stats_downloads") + query + "&export=xlsx")
    assert export.status_code == 400 and export["Content-Type"].startswith("text/plain")


def test_xlsx_export_is_readable_and_neutralised(demo, admin_client):
    document = shared_document()
    document.title = '=HYPERLINK("http://evil.example","klik")'
    document.save()
    response = admin_client.get(reverse("stats_downloads") + "?period=all&export=xlsx")
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Plik", "Nazwa pliku", "Linkowany ze stron (język)")
    titles = [row[0] for row in rows[1:]]
    assert titles.count("'=HYPERLINK(\"http://evil.example\",\"klik\")") == 1
    assert len(rows) - 1 == CustomDocument.objects.count()
    assert not any(isinstance(cell, str) and cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)


def test_the_old_publication_report_address_leads_here(demo, admin_client):
    response = admin_client.get("/admin/reports/pobrania-publikacji/")
    assert response.status_code == 301 and response["Location"] == reverse("stats_downloads")


def test_editors_see_the_report(demo, editor_client):
    response = editor_client.get(reverse("stats_downloads"))
    assert response.status_code == 200
