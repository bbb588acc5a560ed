"""Fixtures for the browser tests: Debian's Chromium driven by Playwright's sync API.

One browser per test session, a fresh browser context (cookies, storage, viewport)
per test, and the demo site loaded into the live server's database for every test
(the live server uses a transactional database that is flushed after each test).
"""

import os
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command

CHROMIUM_FALLBACK = "/usr/bin/chromium"

# The machine has no outside network: without these Chromium tries to phone home
# (component updates, sync, field trials, QUIC probes) and the tests slow down.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_path():
    found = shutil.which("chromium")
    if found:
        return found
    if Path(CHROMIUM_FALLBACK).is_file() and os.access(CHROMIUM_FALLBACK, os.X_OK):
        return CHROMIUM_FALLBACK
    return None


@pytest.fixture(scope="session")
def _allow_django_db_under_playwright():
    """Playwright's sync API keeps an asyncio event loop running in the main thread
    (it switches between greenlets). Django refuses ORM calls from a thread with a
    running loop (SynchronousOnlyOperation), although nothing here is really async:
    the test code, the demo loader and the database flush all run synchronously in
    the main thread while the live server answers from its own thread. So the guard
    is lifted for as long as the browser is running, and put back afterwards."""
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    yield
    if previous is None:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture(scope="session")
def browser(_allow_django_db_under_playwright):
    executable = chromium_path()
    if executable is None:
        pytest.fail(
            "Chromium not found: install Debian's `chromium` package (apt-get install chromium).", pytrace=False
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def site_url(live_server, transactional_db, browser):
    """The demo site, served by the live server. Returns its base URL (no trailing slash).

    `browser` is requested first so the Django async guard is already lifted when the
    demo content is written and when the database is flushed after the test."""
    from wagtail.models import Collection, Site

    # The flush after each transactional test also removes what Wagtail's migrations
    # created; the demo loader recreates the root page itself, but its images need
    # the root collection.
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    call_command("load_demo_content", verbosity=0)

    # The demo's default Site is localhost:80; it matches any host anyway
    # (is_default_site), but pointing it at the live server keeps every absolute URL
    # Wagtail builds (hreflang, canonical, full_url) on the server under test.
    parts = urlsplit(live_server.url)
    site = Site.objects.get(is_default_site=True)
    site.hostname = parts.hostname
    site.port = parts.port
    site.save()
    return live_server.url.rstrip("/")


@pytest.fixture
def context(browser):
    context = browser.new_context(locale="pl-PL", viewport={"width": 1280, "height": 800})
    context.set_default_timeout(10_000)
    yield context
    context.close()


@pytest.fixture
def page(context):
    return context.new_page()


class PageErrors:
    """Console messages of type `error` and uncaught exceptions (`pageerror`).

    One exception: the 404 of the browser's own automatic `/favicon.ico` request.
    Chromium asks for it only once per browser session and then remembers the
    failure, so whether it shows up here would depend on test order.
    test_favicon_is_served checks the favicon on its own, deterministically."""

    def __init__(self, page):
        self.messages = []
        page.on("console", self._on_console)
        page.on("pageerror", self._on_pageerror)

    def _on_console(self, message):
        if message.type == "error":
            location = message.location or {}
            where = location.get("url", "")
            if urlsplit(where).path == "/favicon.ico":
                return
            if location.get("lineNumber"):
                where += f":{location['lineNumber']}"
            self.messages.append(f"console.error: {message.text}" + (f" ({where})" if where else ""))

    def _on_pageerror(self, error):
        self.messages.append(f"pageerror: {error}")


@pytest.fixture
def page_errors(page):
    return PageErrors(page)
