"""Smaller items of issue 14: formula-safe exports, e-mail from the environment and the warning
when none is set, the login's default destination, HSTS only when opted in."""

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import override_settings

from config.mail import EmailURLError, email_settings, parse_email_url
from security.spreadsheets import neutralise_cell

ROOT = Path(__file__).resolve().parents[2]
HOSTILE = ["=HYPERLINK(\"http://evil.example\",\"x\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"]


@pytest.mark.parametrize("text", HOSTILE)
def test_cells_that_start_like_formulas_become_text(text):
    assert neutralise_cell(text) == "'" + text
    assert neutralise_cell("Podręcznik") == "Podręcznik" and neutralise_cell(5) == 5


def test_download_report_csv_is_neutralised(demo, admin_client):
    from django.urls import reverse

    from publications.models import PublicationPage

    page = PublicationPage.objects.live().filter(files__isnull=False).first().specific
    document = page.files.first().document
    document.title = '=HYPERLINK("http://evil.example","klik")'
    document.save()
    response = admin_client.get(reverse("stats_downloads") + "?period=all&export=csv")
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert "'=HYPERLINK(\"http://evil.example\",\"klik\")" in [row[0] for row in rows[1:]]
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for row in rows for cell in row)


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_wagtails_own_exports_are_neutralised(demo, admin_client, export_format):
    """Wagtail's page reports (here "Pages" / page listing) and snippet exports share one mixin."""
    from wagtail.models import Page

    page = Page.objects.filter(depth=3).first().specific
    page.title = "@SUM(1+1)*cmd|' /C calc'!A0"
    page.save_revision().publish()
    response = admin_client.get(f"/admin/reports/site-history/?export={export_format}")
    if response.status_code != 200 or not response.get("Content-Disposition"):
        response = admin_client.get(f"/admin/reports/aging-pages/?export={export_format}")
    assert response.status_code == 200
    content = b"".join(response.streaming_content) if response.streaming else response.content
    if export_format == "csv":
        cells = [cell for row in csv.reader(io.StringIO(content.decode())) for cell in row]
    else:
        from openpyxl import load_workbook

        sheet = load_workbook(io.BytesIO(content)).active
        cells = [str(cell.value) for row in sheet.iter_rows() for cell in row if cell.value is not None]
        assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
    assert "'@SUM(1+1)*cmd|' /C calc'!A0" in cells
    assert not any(cell.startswith(("=", "+", "@")) for cell in cells)


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_consent_records_export_is_neutralised(demo, admin_client, export_format):
    from django.urls import reverse

    from consent.models import ConsentRecord

    ConsentRecord.objects.create(action="accept", policy_version=1, analytics=False, external_media=False,
                                 language="=1+1")
    response = admin_client.get(reverse("wagtailsnippets_consent_consentrecord:list") + f"?export={export_format}")
    content = b"".join(response.streaming_content) if response.streaming else response.content
    if export_format == "csv":
        cells = [cell for row in csv.reader(io.StringIO(content.decode())) for cell in row]
    else:
        from openpyxl import load_workbook

        cells = [str(c.value) for row in load_workbook(io.BytesIO(content)).active.iter_rows() for c in row]
    assert "'=1+1" in cells and "=1+1" not in cells


def test_scenario_round_trip_keeps_leading_apostrophes():
    from scenarios.transfer.cells import unformula
    from scenarios.transfer.schema import neutralise

    for text in ["=SUMA(A1)", "'=już z apostrofem", "''=dwa", "'zwykły", "-5 osób", "zwykły tekst"]:
        assert unformula(neutralise(text)) == text


# E-mail


def test_email_url_with_starttls():
    settings = parse_email_url("smtp://biuro%40e-mocni.pl:tajne%2Fhaslo@poczta.example.org:587")
    assert settings["EMAIL_HOST"] == "poczta.example.org" and settings["EMAIL_PORT"] == 587
    assert settings["EMAIL_HOST_USER"] == "biuro@e-mocni.pl" and settings["EMAIL_HOST_PASSWORD"] == "tajne/haslo"
    assert settings["EMAIL_USE_TLS"] is True and settings["EMAIL_USE_SSL"] is False


def test_email_url_variants():
    assert parse_email_url("smtps://u:p@mail.example.org")["EMAIL_PORT"] == 465
    assert parse_email_url("smtps://u:p@mail.example.org")["EMAIL_USE_SSL"] is True
    plain = parse_email_url("smtp://localhost:25?tls=0&timeout=5")
    assert plain["EMAIL_USE_TLS"] is False and plain["EMAIL_TIMEOUT"] == 5
    assert parse_email_url("console://")["EMAIL_BACKEND"].endswith("console.EmailBackend")
    for bad in ["http://x", "smtp://", "smtp://host:abc"]:
        with pytest.raises(EmailURLError):
            parse_email_url(bad)


def test_separate_email_variables_and_nothing_set():
    settings, configured = email_settings({"EMAIL_HOST": "mail.example.org", "EMAIL_HOST_USER": "u"})
    assert configured and settings["EMAIL_PORT"] == 587 and settings["EMAIL_USE_TLS"] is True
    settings, configured = email_settings({})
    assert not configured and settings["EMAIL_BACKEND"].endswith("console.EmailBackend")


def test_dashboard_warns_when_email_is_not_configured(demo, admin_client):
    with override_settings(EMAIL_CONFIGURED=False):
        html = admin_client.get("/admin/").content.decode()
        assert "Poczta e-mail nie jest skonfigurowana" in html and "EMAIL_URL" in html
    with override_settings(EMAIL_CONFIGURED=True):
        assert "Poczta e-mail nie jest skonfigurowana" not in admin_client.get("/admin/").content.decode()


def production_env(**env):
    full_env = {k: v for k, v in os.environ.items() if not k.startswith(("EMAIL_", "DJANGO_HSTS"))}
    full_env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    full_env.update({"DJANGO_SETTINGS_MODULE": "config.settings.production", "DJANGO_SECRET_KEY": "t3st-only-Kx9vQ2mZ7pL4wR8sN1bY6cJ0hF5dG-a-long-key-for-check-deploy", **env})
    return full_env


def run_manage(args, **env):
    return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=production_env(**env),
                          capture_output=True, text=True, timeout=120)


def read_settings(code, **env):
    """Run `code` in a new Python under the production settings and `env` (settings are read once
    per process). django.conf.settings reads the settings module without loading the apps, which
    cost 2 s a call through `manage.py shell`; no app changes these settings, and the
    `check --deploy` tests below start the whole project under the same environment."""
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=production_env(**env), capture_output=True,
                          text=True, timeout=120)


def test_production_reads_email_from_the_environment():
    code = "from django.conf import settings as s; print(s.EMAIL_HOST, s.EMAIL_PORT, s.EMAIL_USE_TLS, s.DEFAULT_FROM_EMAIL, s.EMAIL_CONFIGURED)"
    result = read_settings(code, EMAIL_URL="smtp://u:p@mail.example.org:587",
                        DEFAULT_FROM_EMAIL="e-Mocni <biuro@example.org>")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-6:] == ["mail.example.org", "587", "True", "e-Mocni", "<biuro@example.org>", "True"]


# Login redirect


def test_front_end_login_without_next_goes_to_the_admin(client, editor):
    response = client.post("/_util/login/", {"username": "redaktorka", "password": "Dobre-Haslo-2026"})
    assert response.status_code == 302 and response["Location"] == "/admin/"


def test_front_end_login_page_helps_password_managers(client, db):
    html = client.get("/_util/login/").content.decode()
    html = html[html.index('<form class="login-form"'):]
    html = html[: html.index("</form>")]
    assert 'autocomplete="username"' in html and 'autocomplete="current-password"' in html
    assert 'autocomplete="off"' not in html and "onpaste" not in html


def test_admin_login_page_helps_password_managers(client, db):
    html = client.get("/admin/login/").content.decode()
    assert 'autocomplete="username"' in html and 'autocomplete="current-password"' in html
    assert 'autocomplete="off"' not in html and "onpaste" not in html


# HSTS


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, ["31536000", "False", "False"]),
        ({"DJANGO_HSTS_INCLUDE_SUBDOMAINS": "1"}, ["31536000", "True", "False"]),
        ({"DJANGO_HSTS_INCLUDE_SUBDOMAINS": "1", "DJANGO_HSTS_PRELOAD": "1"}, ["31536000", "True", "True"]),
        ({"DJANGO_HTTPS": "0", "DJANGO_HSTS_PRELOAD": "1"}, ["0", "False", "False"]),
    ],
)
def test_hsts_preload_and_subdomains_only_when_asked(env, expected):
    code = "from django.conf import settings as s; print(s.SECURE_HSTS_SECONDS, s.SECURE_HSTS_INCLUDE_SUBDOMAINS, s.SECURE_HSTS_PRELOAD)"
    result = read_settings(code, **env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-3:] == expected


@pytest.mark.parametrize("opt_in", [{}, {"DJANGO_HSTS_INCLUDE_SUBDOMAINS": "1", "DJANGO_HSTS_PRELOAD": "1"}])
def test_check_deploy_stays_clean(opt_in):
    result = run_manage(["check", "--deploy", "--fail-level", "WARNING"], DJANGO_ALLOWED_HOSTS="e-mocni.example.org",
                        DJANGO_HTTPS="1", **opt_in)
    assert result.returncode == 0, result.stdout + result.stderr
