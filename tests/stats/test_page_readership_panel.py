"""Issue 15: the page editor shows how often the page was read (last 30 days and in total, per
language version) and how often the documents it links were downloaded (core/panels.py,
stats/page_summary.py). Counts only; nothing linked or fetched from another host."""

import datetime
import re

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.models import Locale, Page, ReferenceIndex

from core.models import CustomDocument, DailyDownloadCount
from stats.models import DailyPageViewCount
from tests.core.test_admin_languages import choose_language
from tests.helpers import soup

ABSOLUTE_URL = re.compile(r"""(?:https?:)?//[A-Za-z0-9.-]+\.[A-Za-z]{2,}""")


def days_ago(number):
    return timezone.localdate() - datetime.timedelta(days=number)


def panel(client, page):
    html = soup(client.get(f"/admin/pages/{page.pk}/edit/"))
    found = html.select_one("[data-page-readership]")
    assert found is not None, "no readership panel"
    return found


def row(panel_html, selector):
    return [cell.get_text(" ", strip=True) for cell in panel_html.select_one(selector).find_all(["th", "td"])]


def test_views_per_language_in_the_last_30_days_and_in_total(demo, admin_client):
    page = Page.objects.get(url_path__endswith="/o-projekcie/", locale__language_code="pl")
    english = page.get_translation(Locale.objects.get(language_code="en"))
    DailyPageViewCount.objects.bulk_create([
        DailyPageViewCount(page=page, language="pl", day=days_ago(0), count=4),
        DailyPageViewCount(page=page, language="pl", day=days_ago(29), count=3),
        DailyPageViewCount(page=page, language="pl", day=days_ago(30), count=10),  # outside the 30 days
        DailyPageViewCount(page=english, language="en", day=days_ago(2), count=2),
        DailyPageViewCount(page=Page.objects.get(url_path__endswith="/publikacje/", locale__language_code="pl"),
                           language="pl", day=days_ago(0), count=99),  # another page
    ])
    choose_language(admin_client, "pl")
    shown = panel(admin_client, page)
    polish = row(shown, '[data-views-language="pl"]')
    assert polish[1:] == ["7", "17"] and "(ta wersja)" in polish[0]
    assert row(shown, '[data-views-language="en"]')[1:] == ["2", "2"]
    assert "Ostatnie 30 dni" in shown.get_text() and "Łącznie" in shown.get_text()
    assert not ABSOLUTE_URL.search(str(shown))
    # An editor with the admin in English (the English page itself opens in wagtail-localize's
    # translation editor, which has no Promote tab).
    choose_language(admin_client, "en")
    shown = panel(admin_client, page)
    assert "(this version)" in row(shown, '[data-views-language="pl"]')[0]
    assert row(shown, '[data-views-language="en"]')[1:] == ["2", "2"]
    assert "Last 30 days" in shown.get_text() and "In total" in shown.get_text()


def test_downloads_of_the_documents_the_page_links(demo, admin_client):
    document_type = ContentType.objects.get_for_model(CustomDocument)
    reference = ReferenceIndex.objects.filter(
        to_content_type=document_type, base_content_type=ContentType.objects.get_for_model(Page)
    ).order_by("object_id").first()
    page = Page.objects.get(pk=int(reference.object_id))
    document = CustomDocument.objects.get(pk=int(reference.to_object_id))
    DailyDownloadCount.objects.bulk_create([
        DailyDownloadCount(document=document, day=days_ago(1), count=5),
        DailyDownloadCount(document=document, day=days_ago(90), count=7),
    ])
    choose_language(admin_client, "pl")
    shown = panel(admin_client, page)
    rows = {cells[0]: cells[1:] for cells in (
        [cell.get_text(" ", strip=True) for cell in tr.find_all(["th", "td"])]
        for tr in shown.select("[data-downloads-document]"))}
    assert rows[document.title] == ["5", "12"]
    assert "Pobrania dokumentów, do których prowadzi ta strona" in shown.get_text()


def test_a_page_without_counts_says_so_and_the_create_view_has_no_panel(demo, admin_client):
    page = Page.objects.get(url_path__endswith="/o-projekcie/", locale__language_code="pl")
    DailyPageViewCount.objects.filter(page__translation_key=page.translation_key).delete()
    choose_language(admin_client, "pl")
    assert "Nie policzono jeszcze żadnych wyświetleń." in panel(admin_client, page).get_text()
    create = admin_client.get(f"/admin/pages/add/home/standardpage/{page.get_parent().pk}/")
    assert create.status_code == 200 and "data-page-readership" not in create.content.decode()
