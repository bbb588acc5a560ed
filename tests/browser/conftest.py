"""Fixtures for the browser tests: Debian's Chromium driven by Playwright's sync API.

One browser and one live server per test session (the server shares the demo that
tests/conftest.py builds once), and a fresh browser context (cookies, storage,
viewport) per test.
"""

import os
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command

# Debian's headless shell first (make chromium installs it: the same engine without the browser's
# window layer, a fifth faster here), else Debian's chromium.
CHROMIUM_NAMES = ("chromium-headless-shell", "chromium")
CHROMIUM_FALLBACKS = ("/usr/bin/chromium-headless-shell", "/usr/bin/chromium")

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
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    for path in CHROMIUM_FALLBACKS:
        if Path(path).is_file() and os.access(path, os.X_OK):
            return path
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
            "Chromium not found: install Debian's packages (apt-get install chromium chromium-headless-shell).", pytrace=False
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture(scope="session")
def _demo_server(django_db_setup, django_db_blocker, request):
    """One live server for the whole run, serving the demo that tests/conftest.py built
    once (committed) in the test database.

    pytest-django's `live_server` fixture would make every test transactional: the
    database is flushed after each test and the demo (160 pages) must be rebuilt, about
    ten seconds a test. The browser tests only read the demo (what they write, such as
    consent records or download counts, is theirs to tolerate), so they share it.
    This runs before the browser starts: once Playwright's event loop runs in the main
    thread, Django hands out new database connections there."""
    from pytest_django.live_server_helper import LiveServer
    from wagtail.models import Collection, Site

    from home.models import HomePage

    with django_db_blocker.unblock():
        if not HomePage.objects.exists():  # emptied by a transactional test elsewhere
            if Collection.get_first_root_node() is None:
                Collection.add_root(name="Root")
            call_command("load_demo_content", verbosity=0)
        # pytest-django's own --liveserver option (e.g. localhost:8120) fixes the port; else a free one.
        server = LiveServer(request.config.getvalue("liveserver") or "localhost")
        # The demo's default Site is localhost:80; it matches any host anyway
        # (is_default_site), but pointing it at the live server keeps every absolute URL
        # Wagtail builds (hreflang, canonical, full_url) on the server under test.
        parts = urlsplit(server.url)
        site = Site.objects.get(is_default_site=True)
        site.hostname = parts.hostname
        site.port = parts.port
        site.save()
    # The live server answers in its own thread whenever the browser asks, also between two tests (a
    # page a module keeps open sends a beacon, loads a late image), when pytest-django blocks the
    # database: the server then failed with "Database access not allowed" (a 500 to the browser). Every
    # browser test uses the database anyway (pytest_collection_modifyitems), so it stays open here.
    with django_db_blocker.unblock():
        yield server
    server.stop()


@pytest.fixture(autouse=True)
def _site_url_is_the_live_server(_demo_server):
    """Absolute URLs (canonical, hreflang, Open Graph, feeds) come from SITE_URL: point it at
    the live server for each browser test only, so the tests outside tests/browser keep the
    test settings' address."""
    from django.test.utils import override_settings

    with override_settings(SITE_URL=_demo_server.url.rstrip("/")):
        yield


@pytest.fixture
def site_url(_demo_server, browser):
    """The base URL (no trailing slash) of the live server with the demo site (the database stays open
    for the whole browser pass: _demo_server)."""
    return _demo_server.url.rstrip("/")


@pytest.fixture
def context(browser):
    context = browser.new_context(locale="pl-PL", viewport={"width": 1280, "height": 800})
    # Generous: on a loaded 2-core machine an admin edit page can take over 10 s to load (seen in CI).
    context.set_default_timeout(30_000)
    yield context
    context.close()


@pytest.fixture
def page(context):
    return context.new_page()



@pytest.fixture(scope="module")
def tabs(browser, _demo_server):
    """One page per (language, banner state), opened on first use and kept for the module: a page
    with the banner dismissed keeps its consent cookie, so every URL after the first is one goto."""
    from tests.helpers import LOCALES, WIDE, goto, reject_cookies

    opened, contexts = {}, []

    def get(language, banner):
        key = (language, banner)
        if key not in opened:
            context = browser.new_context(locale=LOCALES[language], viewport=WIDE)
            context.set_default_timeout(30_000)
            contexts.append(context)
            page = context.new_page()
            if banner == "dismissed":
                goto(page, _demo_server.url.rstrip("/") + ("/" if language == "pl" else "/en/"))
                reject_cookies(page)
            opened[key] = page
        return opened[key]

    yield get
    for context in contexts:
        context.close()


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


def pytest_collection_modifyitems(items):
    """Browser tests use the test database too (through the shared live server), so they
    are database tests: this makes pytest-django create the test database even when only
    tests/browser is run, instead of falling back to the development database."""
    for item in items:
        if "/tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.django_db)
            # `make test` runs these in a pass of their own (see the Makefile).
            item.add_marker(pytest.mark.browser)
