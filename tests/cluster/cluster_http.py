"""HTTP helpers for the cluster tests: a browser-like session, CSRF tokens, an editor's login."""

import re
import time

import requests

USER_AGENT = "Mozilla/5.0 (cluster test) Firefox/140.0"  # a browser's: downloads are counted


def url(port, path=""):
    return f"http://127.0.0.1:{port}{path}"


def browser():
    session = requests.Session()
    session.headers["User-Agent"] = USER_AGENT
    return session


CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def csrf_token(html):
    match = CSRF_INPUT.search(html)
    assert match, "no CSRF token in the form"
    return match.group(1)


def log_in(base, username, password):
    """An editor's browser session, logged in through the admin's login form on `base`."""
    session = browser()
    page = session.get(f"{base}/admin/login/", timeout=30)
    assert page.status_code == 200, page.status_code
    answer = session.post(f"{base}/admin/login/", data={
        "csrfmiddlewaretoken": csrf_token(page.text), "username": username, "password": password, "next": "/admin/",
    }, headers={"Referer": f"{base}/admin/login/", "Origin": base}, timeout=30)
    assert answer.status_code == 200 and "sessionid" in session.cookies, f"login failed ({answer.status_code})"
    if "/2fa/verify/" in answer.url:  # the second factor (django-otp): the code from the editor's app
        answer = session.post(answer.url, data={"csrfmiddlewaretoken": csrf_token(answer.text),
                                                "otp_token": current_totp(username)},
                              headers={"Referer": answer.url, "Origin": base}, timeout=30)
        assert answer.status_code == 200 and "/2fa/" not in answer.url, f"second factor refused ({answer.url})"
    return session


def current_totp(username):
    """The code an authenticator app shows now for the editor's confirmed device."""
    from django_otp.oath import totp
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device = TOTPDevice.objects.get(user__username=username, confirmed=True)
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift):0{device.digits}d}"


def wait_for(check, timeout=15.0, interval=0.2, what="condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"{what} not reached within {timeout} s")


def upload(session, base, kind, fields, filename, content, content_type):
    form = session.get(f"{base}/admin/{kind}/add/", timeout=30)
    assert form.status_code == 200
    return session.post(
        f"{base}/admin/{kind}/add/", data={"csrfmiddlewaretoken": csrf_token(form.text), **fields},
        files={"file": (filename, content, content_type)},
        headers={"Referer": f"{base}/admin/{kind}/add/", "Origin": base}, timeout=60, allow_redirects=False,
    )


def upload_document(session, base, title, content):
    return upload(session, base, "documents", {"title": title, "collection": "1", "tags": ""},
                  "notes.pdf", content, "application/pdf")


PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n" \
      b"trailer<</Root 1 0 R>>\n%%EOF\n"
