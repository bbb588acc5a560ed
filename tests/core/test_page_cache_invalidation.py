"""Every content change purges the whole page cache (README "Caching"): the next request, on any
worker, renders the current content, and each edge cache gets a BAN after the commit."""

import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from django.core.cache import caches
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from wagtail.models import Locale, Page

from core.page_cache import invalidation, store
from tests.core.page_cache_helpers import with_consent


def cached(url, client=None):
    """Request `url` twice: the second answer must come from the page cache."""
    client = client or Client()
    client.get(url)
    response = client.get(url)
    assert response["X-Page-Cache"] == "hit", url
    return response.content.decode()


def fresh(url, client=None):
    response = (client or Client()).get(url)
    assert response["X-Page-Cache"] == "miss", f"{url} was still served from the cache"
    return response


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run a change as if its transaction committed (the test's own transaction never does)."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def about():
    return Page.objects.get(url_path="/strona-glowna/o-projekcie/").specific


def test_publishing_a_change(demo, page_cache, committed):
    assert "Nowy tytuł strony" not in cached("/o-projekcie/")
    assert "Nowy tytuł strony" not in cached("/")
    page = about()
    page.title = "Nowy tytuł strony"
    with committed():
        page.save_revision().publish()
    assert "Nowy tytuł strony" in fresh("/o-projekcie/").content.decode()
    fresh("/")  # its parents and listings too: the whole site
    fresh("/sitemap.xml")
    fresh("/en/")


def test_a_draft_does_not_purge(demo, page_cache, committed):
    cached("/o-projekcie/")
    page = about()
    page.title = "Tylko szkic"
    with committed():
        page.save_revision()
    assert Client().get("/o-projekcie/")["X-Page-Cache"] == "hit"


def test_unpublishing(demo, page_cache, committed):
    cached("/o-projekcie/partnerzy/")
    with committed():
        Page.objects.get(url_path="/strona-glowna/o-projekcie/partnerzy/").unpublish()
    assert fresh("/o-projekcie/partnerzy/").status_code == 404


def test_moving(demo, page_cache, committed):
    cached("/o-projekcie/partnerzy/")
    partners = Page.objects.get(url_path="/strona-glowna/o-projekcie/partnerzy/")
    with committed():
        partners.move(partners.get_parent().get_parent(), pos="last-child")
    old = Client().get("/o-projekcie/partnerzy/")
    assert "X-Page-Cache" not in old  # not the stored copy: Wagtail's redirect to the new place
    assert (old.status_code, old["Location"]) == (301, "/partnerzy/")
    assert fresh("/partnerzy/").status_code == 200


def test_deleting(demo, page_cache, committed):
    cached("/o-projekcie/partnerzy/")
    with committed():
        Page.objects.get(url_path="/strona-glowna/o-projekcie/partnerzy/").delete()
    assert fresh("/o-projekcie/partnerzy/").status_code == 404


def test_scheduled_publishing(demo, page_cache, committed):
    page = about()
    page.title = "Opublikowane o czasie"
    revision = page.save_revision(approved_go_live_at=timezone.now() - timezone.timedelta(minutes=1))
    assert revision.approved_go_live_at is not None
    assert "Opublikowane o czasie" not in cached("/o-projekcie/")
    with committed():
        call_command("publish_scheduled", verbosity=0)
    assert "Opublikowane o czasie" in fresh("/o-projekcie/").content.decode()


def test_a_new_translation(demo, page_cache, committed):
    partners = Page.objects.get(url_path="/strona-glowna/o-projekcie/partnerzy/").specific
    english = Locale.objects.get(language_code="en")
    existing = partners.get_translation_or_none(english)
    if existing is not None:
        existing.delete()
    cached("/en/about/")
    with committed():
        translation = partners.copy_for_translation(english, copy_parents=True)
        translation.save_revision().publish()
    fresh("/en/about/")


def test_a_snippet_change(demo, page_cache, committed):
    from core.models import FooterText

    assert "Nowa stopka serwisu" not in cached("/")
    footer = FooterText.objects.get(locale__language_code="pl")
    footer.text = "<p>Nowa stopka serwisu</p>"
    with committed():
        footer.save()
    assert "Nowa stopka serwisu" in fresh("/").content.decode()


def test_a_site_setting(demo, page_cache, committed):
    from core.models import SiteSettings

    assert "Inna Fundacja" not in cached("/publikacje/")
    row = SiteSettings.load()
    row.organisation_name = "Inna Fundacja"
    with committed():
        row.save()
    assert "Inna Fundacja" in fresh("/publikacje/").content.decode()


def test_the_cookie_policy_version(demo, page_cache, committed):
    from consent.models import ConsentSettings

    decided = with_consent(Client())
    assert "data-consent-question" not in cached("/", decided)
    row = ConsentSettings.objects.get()
    row.policy_version = 2
    with committed():
        row.save()
    assert "data-consent-question" in fresh("/", decided).content.decode()  # asked again


def test_serving_the_site_does_not_purge(demo, page_cache):
    """Records written while serving (consent records, download counts, renditions) never purge."""
    from consent.models import ConsentRecord

    cached("/")
    ConsentRecord.objects.create(action="accept_all", policy_version=1, analytics=False, external_media=True)
    assert Client().get("/")["X-Page-Cache"] == "hit"


def test_a_purge_empties_every_process_memory_cache(demo, page_cache):
    """Another worker's memory cache (consent texts, Wagtail's site root paths) is emptied when it
    sees the new version, so its next render never uses old data."""
    local = caches["default"]
    store.sync_local_caches(store.current_version())
    local.set("something-derived", "old")
    page_cache.set(store.VERSION_KEY, "another-workers-version")  # what a purge elsewhere writes
    store.sync_local_caches(store.current_version())
    assert local.get("something-derived") is None


# The edge --------------------------------------------------------------------------------


class FakeEdge(BaseHTTPRequestHandler):
    received = []

    def do_BAN(self):  # noqa: N802 (the HTTP method's name)
        FakeEdge.received.append((self.command, self.path, dict(self.headers)))
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def edge(settings):
    server = HTTPServer(("127.0.0.1", 0), FakeEdge)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    FakeEdge.received = []
    settings.EDGE_PURGE_URLS = [f"http://127.0.0.1:{server.server_port}"]
    settings.EDGE_PURGE_TOKEN = "s3cret-token"
    yield FakeEdge.received
    server.shutdown()
    server.server_close()


def test_purge_all_bans_the_edge_after_the_commit(demo, page_cache, edge, django_capture_on_commit_callbacks):
    from core.models import FooterText

    footer = FooterText.objects.get(locale__language_code="pl")
    with django_capture_on_commit_callbacks(execute=True):
        footer.text = "<p>Zmiana</p>"
        footer.save()
        footer.save()  # two changes in one transaction: one purge
        assert edge == []  # nothing leaves before the commit
    assert len(edge) == 1
    method, path, headers = edge[0]
    assert (method, path) == ("BAN", "/")
    assert headers["X-Purge-Token"] == "s3cret-token"
    assert headers["X-Ban-Host"] == ""


def test_a_down_edge_never_breaks_publishing(demo, page_cache, settings, caplog, committed):
    settings.EDGE_PURGE_URLS = ["http://127.0.0.1:9"]  # nothing listens there
    settings.EDGE_PURGE_TIMEOUT = 0.5
    before = store.current_version()
    with committed():
        invalidation.purge_all("test")
    assert store.current_version() != before
    assert "Edge purge failed" in caplog.text


def test_the_single_machine_store_is_shared_between_processes(tmp_path, settings):
    """Without Redis the store is a folder of files (base settings): a purge in one process is
    seen by another process at once."""
    import os
    import subprocess
    import sys

    settings.CACHES = {**settings.CACHES, "pages": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache", "LOCATION": str(tmp_path), "TIMEOUT": None,
    }}
    new_version = store.bump()
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.base", "PAGE_CACHE_DIR": str(tmp_path)}
    env.pop("REDIS_URL", None)
    other = subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); from core.page_cache import store; "
                               "print(store.current_version())"],
        env=env, capture_output=True, text=True, timeout=120, check=True,
    )
    assert other.stdout.strip() == new_version
