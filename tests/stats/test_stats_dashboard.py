"""The editors' dashboard: tasks awaiting review, the user's own pages in moderation, recent edits,
upcoming webinars, the month's most downloaded files, most read pages and searches with no results;
no count-only summary; and nothing fetched from or linked to another host."""

import datetime
import re
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Page

from core.models import CustomDocument, DailyDownloadCount
from search.models import SearchQueryCount
from stats.models import DailyPageViewCount
from webinars.models import WebinarPage

ABSOLUTE_URL = re.compile(r"""(?:https?:)?//[A-Za-z0-9.-]+\.[A-Za-z]{2,}[^\s"'<>)]*""")
PANELS = ["upcoming-webinars", "top-downloads", "top-pages", "zero-result-searches"]


def some_statistics():
    today = timezone.localdate()
    document = CustomDocument.objects.order_by("id").first()
    document.title = "Najczęściej pobierany plik"
    document.save()
    DailyDownloadCount.objects.create(document=document, day=today, count=9)
    page = Page.objects.get(url_path__endswith="/o-projekcie/", locale__language_code="pl")
    DailyPageViewCount.objects.create(page=page, language="pl", day=today, count=4)
    SearchQueryCount.objects.create(language="pl", query="kwalifikowany podpis", day=today, searches=3, zero_results=3)
    webinar = WebinarPage.objects.filter(locale__language_code="pl").order_by("id").first()
    webinar.starts_at = timezone.now() + datetime.timedelta(days=3)
    webinar.save_revision().publish()
    return document, page, webinar


def test_the_panels_show_this_months_numbers_for_an_editor(demo, editor_client):
    document, page, webinar = some_statistics()
    html = editor_client.get("/admin/").content.decode()
    for panel in PANELS:
        assert f'id="{panel}' in html, panel
    assert "Najczęściej pobierany plik</a>: 9" in html
    assert f"{page.title}</a> (pl): 4" in html
    assert "kwalifikowany podpis</span> (pl): 3" in html
    assert f'href="/admin/pages/{webinar.id}/edit/"' in html
    assert 'href="/admin/reports/pobrania/"' in html and 'href="/admin/reports/czytelnictwo/"' in html
    assert 'href="/admin/reports/zapytania/"' in html


def test_past_webinars_are_not_upcoming(demo, editor_client):
    webinar = WebinarPage.objects.filter(locale__language_code="pl").order_by("id").first()
    webinar.starts_at = timezone.now() - datetime.timedelta(days=2)
    webinar.save_revision().publish()
    WebinarPage.objects.exclude(id=webinar.id).update(starts_at=timezone.now() - datetime.timedelta(days=30))
    html = editor_client.get("/admin/").content.decode()
    panel = html[html.index('id="upcoming-webinars'):]
    assert f'/admin/pages/{webinar.id}/edit/' not in panel[:3000]


def test_a_page_submitted_by_an_editor_awaits_the_moderator(demo, editor_client, moderator_client):
    editor = get_user_model().objects.get(username="redaktorka")
    page = Page.objects.get(url_path__endswith="/o-projekcie/", locale__language_code="pl").specific
    page.title = "Strona czekająca na przegląd"
    page.save_revision(user=editor).publish()
    revision = page.save_revision(user=editor)
    page.get_workflow().start(page, editor)
    assert revision
    moderator_html = moderator_client.get("/admin/").content.decode()
    assert 'id="workflow_objects_to_moderate' in moderator_html or "Strona czekająca na przegląd" in moderator_html
    assert "Strona czekająca na przegląd" in moderator_html
    editor_html = editor_client.get("/admin/").content.decode()
    assert "Strona czekająca na przegląd" in editor_html  # "your pages in a workflow"


def test_no_count_only_summary(demo, editor_client):
    html = editor_client.get("/admin/").content.decode()
    assert 'class="w-summary"' not in html and "w-summary__list" not in html


def test_no_url_of_another_host(demo, editor_client, moderator_client, admin_client):
    """Nothing in the dashboard is fetched from or points to another host (no Gravatar, no
    Wagtail guide). One exception, Wagtail's own: the <noscript> note for browsers without
    JavaScript links enable-javascript.com; it is a link, never fetched, and only shown
    with JavaScript off."""
    some_statistics()
    own_hosts = {"testserver", urlsplit(settings.SITE_URL).hostname}
    for client in (editor_client, moderator_client, admin_client):
        response = client.get("/admin/")
        assert response.status_code == 200
        html = re.sub(r"<noscript[^>]*>.*?</noscript>", "", response.content.decode(), flags=re.DOTALL)
        assert "gravatar" not in html.lower()
        foreign = {url for url in ABSOLUTE_URL.findall(html)
                   if urlsplit(url if "//" != url[:2] else "http:" + url).hostname not in own_hosts}
        assert foreign == set()
