import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_public_pages_send_security_headers(demo, client):
    response = client.get("/o-projekcie/")
    csp = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert "default-src 'self'" in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "camera=()" in response.headers["Permissions-Policy"]
    assert response.headers["X-Frame-Options"] == "DENY"


def test_pages_have_no_inline_scripts_or_styles(demo, client):
    import re

    for path in ("/", "/en/", "/o-projekcie/", "/szukaj/?q=gmina"):
        html = client.get(path).content.decode()
        # Only external scripts; JSON-LD data blocks are not executed, so CSP allows them.
        assert not re.search(r"<script(?![^>]*\b(src=|type=\"application/ld\+json\"))[^>]*>", html), path
        assert "<style" not in html and ' style="' not in html, path


def test_admin_has_its_own_policy(demo, admin_client):
    response = admin_client.get("/admin/")
    assert response.status_code == 200
    csp = response.headers["Content-Security-Policy"]
    # What Wagtail 8 needs and nothing more (tests/browser/test_admin_csp.py loads it in Chromium).
    assert "default-src 'self'" in csp and "object-src 'none'" in csp and "base-uri 'self'" in csp
    assert "frame-ancestors 'self'" in csp and "form-action 'self'" in csp
    assert "unsafe-eval" not in csp and "http:" not in csp and "https:" not in csp and "*" not in csp


def production_env(**env):
    full_env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.production", **env}
    if "DJANGO_SECRET_KEY" not in env:
        full_env.pop("DJANGO_SECRET_KEY", None)
    # The browser tests' conftest sets this for Playwright; a deployment never has it.
    full_env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    return full_env


def run_manage(args, **env):
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=production_env(**env), capture_output=True, text=True,
        timeout=120,
    )


def read_settings(code, **env):
    """`code` in a new Python under the production settings: django.conf.settings without loading
    the apps (2 s less than `manage.py shell`; no app changes these settings, and the check tests
    here start the whole project)."""
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=production_env(**env), capture_output=True,
                          text=True, timeout=120)


def test_production_refuses_to_start_without_secret_key():
    result = run_manage(["check"])
    assert result.returncode != 0
    lines = [line for line in result.stderr.strip().splitlines() if line]
    assert len(lines) == 1 and "DJANGO_SECRET_KEY" in lines[0]


def test_check_deploy_is_clean_with_production_settings():
    result = run_manage(
        ["check", "--deploy", "--fail-level", "WARNING"],
        DJANGO_SECRET_KEY="x" * 20 + "a-long-random-production-key-for-the-test-1234567890",
        DJANGO_ALLOWED_HOSTS="e-mocni.example.org",
        DJANGO_HTTPS="1",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize("https", ["0", "1"])
def test_django_https_switches_only_tls_settings(https):
    code = (
        "from django.conf import settings as s;"
        "print(s.SECURE_SSL_REDIRECT, s.SECURE_HSTS_SECONDS, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE,"
        " s.SESSION_COOKIE_HTTPONLY, s.SECURE_CONTENT_TYPE_NOSNIFF, s.DEBUG)"
    )
    result = read_settings(code, DJANGO_SECRET_KEY="k" * 60, DJANGO_HTTPS=https)
    assert result.returncode == 0, result.stderr
    values = result.stdout.split()[-7:]
    if https == "1":
        assert values == ["True", "31536000", "True", "True", "True", "True", "False"]
    else:
        assert values == ["False", "0", "False", "False", "True", "True", "False"]


def test_no_missing_migrations(db):
    from django.core.management import call_command

    call_command("makemigrations", "--check", "--dry-run", verbosity=0)
