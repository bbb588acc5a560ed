"""The editors' door in a real Chromium.

- WCAG 2.2, 3.3.8 (accessible authentication): the login and the second-factor step take pasted
  values (a password manager or the clipboard), with the autocomplete hints that let a password
  manager fill them in; nothing blocks pasting.
- The admin's Content-Security-Policy (config/settings/security.py, ADMIN_CONTENT_SECURITY_POLICY):
  the dashboard, page editing, image upload, snippet editing and the 2FA pages load without a
  single violation (`securitypolicyviolation` events and console errors both count).

Run: .venv/bin/python -m pytest tests/browser/test_admin_sign_in.py -q
"""

import pytest

pytestmark = pytest.mark.browser

PASSWORD = "Wklejone-Haslo-2026"

# Collects every CSP violation of every document (frames too) before any page script runs;
# Playwright injects it through the DevTools protocol, so the page's CSP does not apply to it.
RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`
    + ` at ${event.sourceFile || document.location.pathname}:${event.lineNumber}`);
});
"""


def totp_now(key):
    from django_otp.oath import totp

    return f"{totp(key, 30, 0, 6, 0):06d}"


def secret_key(text):
    import base64

    text = text.replace(" ", "")
    return base64.b32decode(text + "=" * (-len(text) % 8))


@pytest.fixture(scope="session")
def accounts(_demo_server, django_db_blocker):
    """Editors for these tests, made (and committed) before any test's transaction starts: the live
    server answers from another thread, and a row this test's transaction wrote or read would stay
    locked for it in SQLite. So the tests themselves never touch the database; they compute codes
    from the keys kept here. One account per test: a TOTP code is accepted only once."""
    from django.contrib.auth import get_user_model
    from django_otp.plugins.otp_totp.models import TOTPDevice

    User = get_user_model()
    names = ["wklejajaca", "csp-redaktorka", "nowa-redaktorka"]
    with django_db_blocker.unblock():
        User.objects.filter(username__in=names).delete()
        made = {}
        for name in names:
            user = User.objects.create_superuser(name, f"{name}@example.org", PASSWORD)
            key = None
            if name != "nowa-redaktorka":
                key = TOTPDevice.objects.create(user=user, name="authenticator-app", confirmed=True).bin_key
            made[name] = (user, key)
        paths = admin_paths(made["csp-redaktorka"][0])
    yield {"users": made, "paths": paths}
    with django_db_blocker.unblock():
        User.objects.filter(username__in=names).delete()


def paste_into(page, selector, text):
    """Put `text` on the clipboard and paste it with the keyboard, as a person would."""
    page.evaluate("(text) => navigator.clipboard.writeText(text)", text)
    page.focus(selector)
    page.keyboard.press("Control+V")


def sign_in(page, site_url, username, key):
    page.goto(site_url + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("form.login-form button[type=submit]")
    page.wait_for_url("**/admin/2fa/verify/**")
    page.fill("#id_otp_token", totp_now(key))
    page.click("form.login-form button[type=submit]")
    page.wait_for_url(site_url + "/admin/")


def test_login_and_second_step_take_pasted_values(site_url, context, page, page_errors, accounts):
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site_url)
    _user, key = accounts["users"]["wklejajaca"]
    page.goto(site_url + "/admin/login/")
    username, password = page.locator("#id_username"), page.locator("#id_password")
    assert username.get_attribute("autocomplete") == "username"
    assert password.get_attribute("autocomplete") == "current-password"
    assert page.locator("form.login-form").get_attribute("autocomplete") in (None, "on")
    paste_into(page, "#id_username", "wklejajaca")
    paste_into(page, "#id_password", PASSWORD)
    assert username.input_value() == "wklejajaca" and password.input_value() == PASSWORD
    page.click("form.login-form button[type=submit]")
    page.wait_for_url("**/admin/2fa/verify/**")

    field = page.locator("#id_otp_token")
    assert field.get_attribute("autocomplete") == "one-time-code"
    assert field.get_attribute("inputmode") == "numeric"
    assert field.evaluate("(el) => el.onpaste === null && !el.hasAttribute('onpaste')")
    code = totp_now(key)
    paste_into(page, "#id_otp_token", code)
    assert field.input_value() == code, "the pasted code did not arrive in the field"
    page.click("form.login-form button[type=submit]")
    page.wait_for_url(site_url + "/admin/")
    assert page.locator("h1").first.is_visible()
    assert not page_errors.messages, page_errors.messages


def admin_paths(user):
    from django.urls import reverse
    from wagtail.models import Page

    from consent.models import ConsentTexts
    from publications.models import PublicationPage
    from scenarios.models import ScenarioPage

    publication = PublicationPage.objects.live().filter(files__isnull=False).first()
    scenario = ScenarioPage.objects.live().first()
    texts = ConsentTexts.objects.first()
    home = Page.objects.get(depth=2, locale__language_code="pl")
    return [
        "/admin/",
        f"/admin/pages/{home.pk}/",
        f"/admin/pages/{publication.pk}/edit/",
        f"/admin/pages/{scenario.pk}/edit/",
        "/admin/images/",
        reverse("wagtailimages:add_multiple"),
        reverse("wagtaildocs:add_multiple"),
        reverse("wagtailsnippets_consent_consenttexts:edit", args=[texts.pk]),
        reverse("security_2fa_settings"),
        reverse("security_lockouts"),
        reverse("security_user_access", args=[user.pk]),
        "/admin/users/",
    ]


def preview_frame_violations(page, attempts=5):
    """CSP violations recorded in the admin's frames. Wagtail's preview panel swaps in a new iframe
    when it refreshes, so a frame can be detached between listing and reading it (seen in a
    fresh-clone run): read the frames as they are then, again if one went away meanwhile."""
    from playwright.sync_api import Error

    for _ in range(attempts):
        frames = [frame for frame in page.frames if frame != page.main_frame and not frame.is_detached()]
        assert frames, "the preview panel shows no frame"
        try:
            return [v for frame in frames for v in frame.evaluate("window.__cspViolations || []")]
        except Error as error:
            if "detached" not in str(error):
                raise
            page.wait_for_timeout(200)
    raise AssertionError(f"the preview frame kept being replaced ({attempts} attempts)")


def test_admin_pages_run_under_the_admin_csp(site_url, context, page, page_errors, accounts):
    _user, key = accounts["users"]["csp-redaktorka"]
    paths = accounts["paths"]
    context.add_init_script(RECORD_VIOLATIONS)
    sign_in(page, site_url, "csp-redaktorka", key)
    for path in paths:
        response = page.goto(site_url + path)
        assert response.status == 200, path
        assert "object-src 'none'" in response.headers["content-security-policy"], path
        page.wait_for_load_state("networkidle")
        violations = page.evaluate("window.__cspViolations")
        assert not violations, (path, violations)
    # The page editor's preview panel: a frame of the admin itself (frame-src, frame-ancestors).
    # Its content is the public page, rendered with the public policy (Wagtail runs it as a request
    # of its own); security/csp.py lets the admin frame it.
    page.goto(site_url + paths[2])
    toggle = page.locator("[data-side-panel-toggle='preview']").first
    if toggle.get_attribute("aria-expanded") != "true":  # Wagtail may reopen the last panel itself
        toggle.click()
    page.wait_for_function("() => [...document.querySelectorAll('iframe')].some((f) => f.contentDocument && f.contentDocument.querySelector('h1'))")
    assert preview_frame_violations(page) == []
    assert not page.evaluate("window.__cspViolations")
    assert not page_errors.messages, page_errors.messages


def test_enrolment_page_and_its_qr_code_under_the_csp(site_url, context, page, page_errors, accounts):
    context.add_init_script(RECORD_VIOLATIONS)
    page.goto(site_url + "/admin/login/")
    page.fill("#id_username", "nowa-redaktorka")
    page.fill("#id_password", PASSWORD)
    page.click("form.login-form button[type=submit]")
    page.wait_for_url("**/admin/2fa/enrol/**")
    qr = page.locator("img.security-qr")
    assert qr.evaluate("(img) => img.complete && img.naturalWidth > 0"), "the QR code did not render"
    key = secret_key(page.locator(".security-secret").inner_text())
    page.fill("#id_otp_token", totp_now(key))
    page.click("form.login-form button[type=submit]")
    page.locator(".security-codes li").first.wait_for()
    assert page.locator(".security-codes li").count() == 10
    assert not page.evaluate("window.__cspViolations")
    page.locator(".security-codes ~ p a.button").click()
    page.wait_for_url(site_url + "/admin/")
    assert not page.evaluate("window.__cspViolations")
    assert not page_errors.messages, page_errors.messages
