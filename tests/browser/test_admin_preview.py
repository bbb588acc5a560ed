"""An editor's preview and content checks, in a real Chromium (issue 15).

- The preview renders each main page type, Polish and English: the h1 of the preview is the h1
  the public page shows. A Polish page's editor has the preview side panel (a frame inside the
  editor); an English translation opens in wagtail-localize's translation editor, whose only
  preview is its "Preview" button (a new tab), so that is what is checked there.
- The checks side panel (Wagtail's content checker: axe run on the preview frame, with the rules
  core/wagtail_hooks.py adds) names a planted problem (a heading that skips from h1 to h4) and
  reports no problem on a clean page, counted only once the preview really rendered: its word
  count is filled in from the preview's <main>, so "0" is not the counter's initial value.

No snippet of this site has a preview (none uses PreviewableMixin), so only pages are checked.
Each editor comes in with a session signed in past both factors (signed_in_session); the sign-in
pages themselves are test_admin_sign_in.py's.

Run: .venv/bin/python -m pytest tests/browser/test_admin_preview.py -q -m browser
"""


from urllib.request import urlopen

import pytest
from bs4 import BeautifulSoup

from tests.browser.test_admin_sign_in import PASSWORD
from tests.helpers import pass_second_factor

pytestmark = pytest.mark.browser

EDITORS = ["podglad-pl", "podglad-en", "sprawdzenia"]
PLANTED_TITLE = "Strona z pominiętym poziomem nagłówka"
PLANTED_HEADING = "Nagłówek od razu na poziomie czwartym"


def main_page_types():
    from home.models import HomePage, StandardPage
    from publications.models import HandbookChapterPage, PublicationPage
    from scenarios.models import ScenarioPage
    from webinars.models import WebinarPage

    return [HomePage, StandardPage, PublicationPage, HandbookChapterPage, WebinarPage, ScenarioPage]


def translated_pairs():
    """(type name, Polish page id, English translation's id, their public paths) per main page type."""
    pairs = []
    for model in main_page_types():
        for polish in model.objects.live().filter(locale__language_code="pl").exact_type(model).order_by("path"):
            english = polish.get_translations().filter(locale__language_code="en", live=True).first()
            if english is not None:
                pairs.append((model.__name__, polish.pk, english.pk, polish.url, english.specific.url))
                break
        else:
            pytest.fail(f"the demo has no {model.__name__} with a live English translation")
    return pairs


@pytest.fixture(scope="session")
def preview_setup(_demo_server, django_db_blocker):
    """Editors of the Redaktorzy group (core/migrations/0006_editorial_roles.py), each signed in past
    both factors, and a draft with a planted heading problem, committed before any test runs (the
    live server answers from another thread)."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from home.models import HomePage, StandardPage

    User = get_user_model()
    with django_db_blocker.unblock():
        User.objects.filter(username__in=EDITORS).delete()
        editors_group = Group.objects.get(name="Redaktorzy")
        sessions = {}
        for name in EDITORS:
            user = User.objects.create_user(name, f"{name}@example.org", PASSWORD)
            user.groups.add(editors_group)
            sessions[name] = signed_in_session(user)
        home = HomePage.objects.get(locale__language_code="pl")
        StandardPage.objects.filter(title=PLANTED_TITLE).delete()
        planted = home.add_child(instance=StandardPage(
            title=PLANTED_TITLE, slug="pominiety-poziom-naglowka", live=False,
            lead="Strona do sprawdzenia panelu „Sprawdzenia”.",
            body=[("heading", {"text": PLANTED_HEADING, "level": "h4"}),
                  ("paragraph", "<p>Tekst pod nagłówkiem, który pomija poziomy 2 i 3.</p>")],
        ))
        planted.save_revision()
        clean = StandardPage.objects.live().filter(locale__language_code="pl").exclude(pk=planted.pk).order_by("path")
        setup = {"sessions": sessions, "pairs": translated_pairs(), "planted": planted.pk,
                 "clean": [page.pk for page in clean[:3]]}
    yield setup
    with django_db_blocker.unblock():
        User.objects.filter(username__in=EDITORS).delete()
        StandardPage.objects.filter(pk=setup["planted"]).delete()


def signed_in_session(user):
    """The session key of `user` past both factors, as the sign-in leaves it: force_login for the
    password, pass_second_factor for the authenticator app (test_admin_sign_in.py walks the sign-in
    itself in the browser; here each editor would otherwise load the login, the code and the
    dashboard pages once more)."""
    from django.conf import settings
    from django.test import Client

    client = Client()
    client.force_login(user)
    pass_second_factor(client, user)
    return client.cookies[settings.SESSION_COOKIE_NAME].value


def enter_admin(context, site_url, session):
    from django.conf import settings

    context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": site_url}])


PREVIEW_H1 = """() => {
  const frame = document.querySelector('#w-preview-iframe');
  const h1 = frame && frame.contentDocument && frame.contentDocument.querySelector('main h1, h1');
  return h1 ? h1.textContent.replace(/\\s+/g, ' ').trim() : null;
}"""


# What Wagtail's own checker writes to the console: the list of issues it found (read from the
# checks panel instead, below) and its readability metric, which knows no Polish. Neither is an
# error of this site's pages; every other console error still fails the test.
CHECKER_DIAGNOSTICS = ("console.error: axe.run results", 'console.error: Language with code "pl" was not found')


def page_errors_besides_the_checker(page_errors):
    return [message for message in page_errors.messages if not message.startswith(CHECKER_DIAGNOSTICS)]


def public_h1(url):
    """The h1 of the public page as the server sends it to a visitor (no session): the site renders
    its headings on the server, so no browser tab is needed to read it."""
    with urlopen(url, timeout=60) as response:
        h1 = BeautifulSoup(response.read().decode(), "html.parser").find("h1")
    return " ".join(h1.get_text().split()) if h1 else None


def open_editor(page, site_url, page_id):
    response = page.goto(f"{site_url}/admin/pages/{page_id}/edit/", timeout=60_000)
    assert response.status == 200, page_id
    assert "/edit/" in page.url, f"page {page_id}: sent to {page.url} instead of the editor (the session was refused)"
    return response


def open_side_panel(page, name):
    """Open the editor's side panel `name`, or leave it open: Wagtail remembers the last open panel
    (localStorage) and opens it again on the next edit page, where one more click would close it."""
    toggle = page.locator(f"[data-side-panel-toggle='{name}']").first
    toggle.wait_for(state="visible")
    if toggle.get_attribute("aria-expanded") != "true":
        toggle.click()
    page.locator(f"[data-side-panel='{name}']").wait_for(state="visible")


def preview_h1(page):
    open_side_panel(page, "preview")
    page.wait_for_function(PREVIEW_H1, timeout=20_000)
    return page.evaluate(PREVIEW_H1)


def run_checks(page):
    """Open the checks panel and wait until the checker has read the rendered preview; then the
    number of issues and the issue rows (name, selector)."""
    open_side_panel(page, "checks")
    panel = page.locator("[data-side-panel='checks']")
    panel.wait_for(state="visible")
    # The word count is rendered again as the checker reruns: read it in the page, once it has a number.
    words = page.wait_for_function(
        """() => { const el = document.querySelector("[data-side-panel='checks'] [data-content-word-count]");
                   const digits = el ? el.textContent.replace(/\\D/g, '') : '';
                   return digits ? Number(digits) : null; }""", timeout=30_000).json_value()
    assert words > 0, "the checker read no words from the preview"
    page.wait_for_function(PREVIEW_H1)  # the checked frame is the rendered page
    count = int(panel.locator("[data-content-checker-count]").inner_text().strip() or "0")
    rows = panel.locator("[data-checks-panel] [data-content-checker-row]")
    found = [(rows.nth(i).locator("[data-content-checker-name]").inner_text(),
              rows.nth(i).locator("[data-content-checker-selector-text]").inner_text()) for i in range(rows.count())]
    return count, found


def translation_preview_h1(context, page):
    """The translation editor's "Preview" button opens the preview in a new tab."""
    button = page.locator("a.button[target=_blank]:has(use[href='#icon-view'])").first
    with context.expect_page() as opened:
        button.click()
    preview = opened.value
    try:
        preview.wait_for_load_state()
        return " ".join(preview.locator("h1").first.inner_text().split())
    finally:
        preview.close()


@pytest.mark.parametrize("language", ["pl", "en"])
def test_preview_renders_each_main_page_type(site_url, context, page, page_errors, preview_setup, language):
    context.set_default_timeout(60_000)  # the admin's first renders are slow on a busy machine
    enter_admin(context, site_url, preview_setup["sessions"][f"podglad-{language}"])
    # The test reads nothing from the database itself: with SQLite a read in this thread's
    # transaction locks the tables the live server's autosave writes (a 500 in the editor).
    for type_name, polish_id, english_id, polish_path, english_path in preview_setup["pairs"]:
        page_id, path = (polish_id, polish_path) if language == "pl" else (english_id, english_path)
        expected = public_h1(site_url + path)
        open_editor(page, site_url, page_id)
        shown = preview_h1(page) if language == "pl" else translation_preview_h1(context, page)
        assert shown and shown == expected, (type_name, language, shown, expected)
    assert not page_errors_besides_the_checker(page_errors)


def test_checks_panel_names_a_planted_problem_and_finds_none_on_a_clean_page(
        site_url, page, page_errors, preview_setup):
    page.context.set_default_timeout(60_000)
    enter_admin(page.context, site_url, preview_setup["sessions"]["sprawdzenia"])
    open_editor(page, site_url, preview_setup["planted"])
    count, rows = run_checks(page)
    assert count >= 1 and len(rows) == count, rows
    # The problem is named ("Niepoprawna hierarchia nagłówków") and points at the planted heading.
    assert any("nagłówk" in name.lower() and "naglowek-od-razu-na-poziomie-czwartym" in selector
               for name, selector in rows), rows

    clean_found = None
    for page_id in preview_setup["clean"]:
        open_editor(page, site_url, page_id)
        count, rows = run_checks(page)
        if count == 0:
            clean_found = page_id
            break
    assert clean_found, f"every standard page has content-check problems: {rows}"
    assert not page_errors_besides_the_checker(page_errors)
