"""One public address (settings.SITE_URL) in every absolute URL, never the request's Host port."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.core import mail
from django.core.cache import cache
from django.core.checks import run_checks
from django.core.management import call_command
from wagtail.models import Site

from core.site_url import absolute_url, sync_default_site
from publications.models import HandbookChapterPage, PublicationPage
from scenarios.models import ScenarioPage
from webinars.models import WebinarPage, WebinarSeriesPage

BASE_DIR = Path(__file__).resolve().parents[2]
SITE = "https://e-mocni.example.org"  # config/settings/test.py
ODD_HOST = "localhost:9999"


def test_absolute_url_joins_paths_and_keeps_absolute_ones(settings):
    settings.SITE_URL = "https://e-mocni.org.pl"
    assert absolute_url("/publikacje/") == "https://e-mocni.org.pl/publikacje/"
    assert absolute_url("media/x.png") == "https://e-mocni.org.pl/media/x.png"
    assert absolute_url("https://s3.example.org/b/x.png") == "https://s3.example.org/b/x.png"
    assert absolute_url("") == ""


def public_addresses():
    """One address of every kind that hands out absolute URLs."""
    publication = PublicationPage.objects.live().filter(locale__language_code="pl", cover__isnull=False).first()
    chapter = HandbookChapterPage.objects.live().filter(locale__language_code="en").first()
    webinar = WebinarPage.objects.live().filter(locale__language_code="pl").exclude(youtube_id="").first()
    series = WebinarSeriesPage.objects.live().get(locale__language_code="pl")
    scenario = ScenarioPage.objects.live().filter(locale__language_code="pl").first()
    return [
        "/", "/en/", "/o-projekcie/", publication.url, chapter.url, webinar.url, webinar.url + "kalendarz/",
        series.url, series.url + "kalendarz/", series.url + "linki/", "/scenariusze/", "/scenariusze/?page=2",
        scenario.url, "/publikacje/feed/", "/en/publications/feed/", "/sitemap.xml", "/robots.txt",
        "/szukaj/?q=partnerstwo", "/deklaracja-dostepnosci/", "/zgoda/ustawienia/", "/nie-ma-takiej-strony/",
    ]


def test_no_address_echoes_the_request_port(demo, client):
    """Today's bug: the request's port reached the sitemap, the feed and hreflang links."""
    for path in public_addresses():
        response = client.get(path, HTTP_HOST=ODD_HOST)
        assert response.status_code in (200, 404), path
        body = response.content.decode()
        assert ":9999" not in body, f"{path} names the request's port"
        assert "localhost" not in body and "testserver" not in body, path
        if path != "/nie-ma-takiej-strony/" and "END:VCALENDAR" not in body[:400]:  # 404; no upcoming event
            assert SITE in body, f"{path} has no absolute URL from SITE_URL"


def test_each_place_uses_the_configured_address(demo, client):
    scenario = ScenarioPage.objects.live().filter(locale__language_code="pl").first()
    html = client.get(scenario.url, HTTP_HOST=ODD_HOST).content.decode()
    # The attribution line visitors are told to copy, and the JSON-LD.
    assert f'href="{SITE}{scenario.url}"' in html and f'"url": "{SITE}{scenario.url}"' in html
    assert f'<link rel="alternate" hreflang="pl" href="{SITE}{scenario.url}">' in html
    assert f'<link rel="canonical" href="{SITE}{scenario.url}">' in html
    feed = client.get("/publikacje/feed/", HTTP_HOST=ODD_HOST).content.decode()
    assert f'<link href="{SITE}/publikacje/" rel="alternate"' in feed
    assert f'<link href="{SITE}/publikacje/feed/" rel="self"' in feed
    assert f"<id>{SITE}/publikacje/" in feed
    robots = client.get("/robots.txt", HTTP_HOST=ODD_HOST).content.decode()
    assert f"Sitemap: {SITE}/sitemap.xml" in robots
    webinar = WebinarPage.objects.live().filter(locale__language_code="pl").first()
    ics = client.get(webinar.url + "kalendarz/", HTTP_HOST=ODD_HOST).content.decode()
    assert f"URL:{SITE}{webinar.url}" in ics.replace("\r\n ", "") and "@e-mocni.example.org" in ics


def test_site_url_follows_the_setting(demo, client, settings):
    settings.SITE_URL = "https://e-mocni.org.pl"
    cache.clear()  # the sitemap is cached for ten minutes
    sitemap = client.get("/sitemap.xml", HTTP_HOST=ODD_HOST).content.decode()
    assert "<loc>https://e-mocni.org.pl/o-projekcie/</loc>" in sitemap


def test_password_reset_mail_links_to_the_site_address(demo, client):
    from django.contrib.auth import get_user_model

    get_user_model().objects.create_user("reader", "reader@example.org", "x-long-pass-1")
    response = client.post("/admin/password_reset/", {"email": "reader@example.org"}, HTTP_HOST=ODD_HOST)
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    body = mail.outbox[0].body
    assert f"{SITE}/admin/password_reset/confirm/" in body and ":9999" not in body


def run_python(code, **env):
    full_env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.production",
                "DJANGO_SECRET_KEY": "k" * 60, **env}
    return subprocess.run([sys.executable, "-c", code], cwd=BASE_DIR, env=full_env, capture_output=True,
                          text=True, timeout=120)


def test_admin_base_url_defaults_to_site_url():
    # The settings module alone (no django.setup(): no app assigns a setting, and loading them all
    # costs about 2 s a process).
    code = "from django.conf import settings as s; print(s.SITE_URL, s.WAGTAILADMIN_BASE_URL)"
    result = run_python(code, SITE_URL="https://e-mocni.org.pl/")
    assert result.stdout.split() == ["https://e-mocni.org.pl", "https://e-mocni.org.pl"], result.stderr
    result = run_python(code, SITE_URL="https://e-mocni.org.pl", WAGTAILADMIN_BASE_URL="https://admin.example.org")
    assert result.stdout.split() == ["https://e-mocni.org.pl", "https://admin.example.org"], result.stderr


def test_a_malformed_site_url_is_a_clear_error(db, settings):
    settings.SITE_URL = "e-mocni.org.pl/strona"
    errors = [message for message in run_checks() if message.id == "core.E001"]
    assert errors and "https://e-mocni.org.pl" in errors[0].msg


def test_site_record_kept_in_line(demo, settings, capsys):
    settings.SITE_URL = "https://e-mocni.org.pl"
    warnings = [m for m in run_checks(databases=["default"]) if m.id == "core.W001"]
    assert warnings and "sync_site_url" in warnings[0].hint
    call_command("sync_site_url")
    assert "-> https://e-mocni.org.pl" in capsys.readouterr().out
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port, site.root_url) == ("e-mocni.org.pl", 443, "https://e-mocni.org.pl")
    assert not [m for m in run_checks(databases=["default"]) if m.id == "core.W001"]
    settings.SITE_URL = "http://127.0.0.1:8123"
    assert sync_default_site()[1] == "http://127.0.0.1:8123"


def test_ensure_admin_prints_the_address_make_run_serves(db, settings, capsys):
    """`PORT=8123 make run` sets SITE_URL=http://127.0.0.1:8123; the login line names it."""
    settings.SITE_URL = "http://127.0.0.1:8123"
    call_command("ensure_admin")
    out = capsys.readouterr().out
    assert "Admin: http://127.0.0.1:8123/admin/" in out and ":8000" not in out


def test_make_run_sets_site_url_from_port():
    makefile = (BASE_DIR / "Makefile").read_text()
    assert "run: export SITE_URL ?= http://127.0.0.1:$(PORT)" in makefile
    run_recipe = makefile.split("\nrun: setup", 1)[1].split("\n\n", 1)[0]
    assert run_recipe.index("sync_site_url") < run_recipe.index("ensure_admin") < run_recipe.index("runserver")


@pytest.mark.parametrize("language", ["pl", "en"])
def test_json_ld_names_the_site_not_the_site_record(demo, client, language):
    """Issue 15: JSON-LD said http://localhost/… (the Site record)."""
    page = PublicationPage.objects.live().filter(locale__language_code=language).first()
    html = client.get(page.url).content.decode()
    assert f'"url": "{SITE}{page.url}"' in html and "http://localhost" not in html
    assert settings.SITE_URL == SITE
