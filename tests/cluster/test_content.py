"""What editors and visitors do across servers: publish on one, see it on the other and at the edge;
upload on one, download from the other; count downloads exactly under concurrency; a cookie-policy
change seen everywhere at once; a session made on one server valid on the other (one secret key)."""

import io
import re
import secrets
from concurrent.futures import ThreadPoolExecutor

import boto3
from botocore.config import Config
from cluster_http import PDF, browser, csrf_token, upload, upload_document
from django.conf import settings
from PIL import Image as PILImage


def bucket_client():
    env = settings.S3_STORAGE_OPTIONS
    return boto3.client("s3", endpoint_url=env["endpoint_url"], aws_access_key_id=env["access_key"],
                        aws_secret_access_key=env["secret_key"], region_name=env["region_name"],
                        config=Config(s3={"addressing_style": "path"}))


def publish_through(session, base, page_id):
    """Wagtail's bulk publish action, as an editor clicks it: confirm form, then POST."""
    path = f"/admin/bulk/wagtailcore/page/publish/?id={page_id}"
    form = session.get(base + path, timeout=30)
    assert form.status_code == 200, form.status_code
    answer = session.post(base + path, data={"csrfmiddlewaretoken": csrf_token(form.text)},
                          headers={"Referer": base + path, "Origin": base}, timeout=60, allow_redirects=False)
    assert answer.status_code in (302, 303), answer.status_code


def test_publish_on_a_is_current_on_b_and_at_the_edge(editor_on_a, app_a, app_b, edge):
    from wagtail.models import Page

    page = Page.objects.live().filter(depth=3).exclude(url_path__contains="scenariusze").specific().first()
    path = page.get_url()
    old_title = page.title
    for base in (app_b, edge, edge):  # warm every cache on the way
        assert browser().get(base + path, timeout=30).status_code == 200
    new_title = f"{old_title} ({secrets.token_hex(3)})"
    page.title = new_title
    page.save_revision()  # a draft: the live page still has the old title
    assert new_title not in browser().get(edge + path, timeout=30).text

    publish_through(editor_on_a, app_a, page.pk)

    for base in (app_b, edge):
        html = browser().get(base + path, timeout=30).text
        assert new_title in html, f"{base} still serves the old page"


def png_bytes(colour):
    buffer = io.BytesIO()
    PILImage.new("RGB", (320, 200), colour).save(buffer, "PNG")
    return buffer.getvalue()


def test_image_uploaded_on_a_has_a_rendition_served_by_b_from_the_object_store(editor_on_a, app_a, app_b):
    from wagtail.images import get_image_model

    title = f"cluster image {secrets.token_hex(4)}"
    answer = upload(editor_on_a, app_a, "images", {"title": title, "collection": "1", "alt_text": "A test square",
                                                   "tags": ""}, "square.png", png_bytes((200, 30, 30)), "image/png")
    assert answer.status_code in (302, 303), answer.text[:2000]
    image = get_image_model().objects.get(title=title)
    # The original is in the bucket, under an unguessable key, private.
    key = image.file.name
    assert re.match(r"^original_images/square\.[A-Za-z0-9_-]{16}\.png$", key), key
    client = bucket_client()
    client.head_object(Bucket=settings.S3_STORAGE_OPTIONS["bucket_name"], Key=key)
    public_url = f"{settings.S3_STORAGE_OPTIONS['endpoint_url']}/{settings.S3_STORAGE_OPTIONS['bucket_name']}/{key}"
    assert browser().get(public_url, timeout=10).status_code == 403  # private object: no anonymous read

    # The editor's listing on A makes the admin thumbnail; B serves it from the bucket.
    listing = editor_on_a.get(f"{app_a}/admin/images/?q={title.split()[-1]}", timeout=30)
    assert listing.status_code == 200
    rendition = image.renditions.first()
    assert rendition is not None, "A made no rendition"
    client.head_object(Bucket=settings.S3_STORAGE_OPTIONS["bucket_name"], Key=rendition.file.name)
    served = browser().get(app_b + rendition.url, timeout=30)
    assert served.status_code == 200
    assert served.headers["Content-Type"].startswith("image/")
    assert PILImage.open(io.BytesIO(served.content)).size[0] <= 165


def downloads_of(document):
    from django.db.models import Sum

    from core.models import DailyDownloadCount

    return DailyDownloadCount.objects.filter(document=document).aggregate(total=Sum("count"))["total"] or 0


def test_document_uploaded_on_a_is_downloaded_through_b_and_counted_once(editor_on_a, app_a, app_b):
    from wagtail.documents import get_document_model

    title = f"cluster document {secrets.token_hex(4)}"
    content = PDF + secrets.token_hex(16).encode()
    answer = upload_document(editor_on_a, app_a, title, content)
    assert answer.status_code in (302, 303), answer.text[:2000]
    document = get_document_model().objects.get(title=title)

    visitor = browser()
    first = visitor.get(app_b + document.url, timeout=30, allow_redirects=False)
    assert first.status_code == 302, first.status_code
    assert {"private", "no-store"} <= {part.strip() for part in first.headers["Cache-Control"].split(",")}
    assert "X-Amz-Signature=" in first.headers["Location"]  # a signed, short-lived address
    downloaded = visitor.get(first.headers["Location"], timeout=30)
    assert downloaded.status_code == 200 and downloaded.content == content
    assert "attachment" in downloaded.headers["Content-Disposition"]
    assert downloads_of(document) == 1


def test_200_concurrent_downloads_across_both_servers_are_counted_exactly(editor_on_a, app_a, app_b):
    from wagtail.documents import get_document_model

    title = f"cluster busy document {secrets.token_hex(4)}"
    assert upload_document(editor_on_a, app_a, title, PDF).status_code in (302, 303)
    document = get_document_model().objects.get(title=title)

    def download(number):
        base = app_a if number % 2 else app_b
        return browser().get(base + document.url, timeout=60, allow_redirects=False).status_code

    with ThreadPoolExecutor(max_workers=32) as pool:
        statuses = list(pool.map(download, range(200)))
    assert statuses.count(302) == 200, {status: statuses.count(status) for status in set(statuses)}
    assert downloads_of(document) == 200


def consent_cookie(version):
    from consent import state
    from consent.state import Decision

    decision = Decision(state.new_consent_id(), version, {"external_media": False, "analytics": False})
    return {state.cookie_name(): state.encode(decision)}


def asks_for_consent(html):
    return "data-consent-question" in html and "data-consent-question hidden" not in html


def test_cookie_policy_version_changed_on_a_asks_again_on_b_at_once(editor_on_a, app_a, app_b, edge):
    from consent.models import ConsentSettings

    current = ConsentSettings.objects.get()
    cookies = consent_cookie(current.policy_version)
    for base in (app_b, edge):
        assert not asks_for_consent(browser().get(base + "/", cookies=cookies, timeout=30).text)

    edit_path = f"/admin/settings/consent/consentsettings/{current.pk}/"
    form = editor_on_a.get(app_a + edit_path, timeout=30)
    assert form.status_code == 200, form.status_code
    answer = editor_on_a.post(app_a + edit_path, data={
        "csrfmiddlewaretoken": csrf_token(form.text), "policy_version": str(current.policy_version + 1),
        "policy_updated": "2026-12-01",
    }, headers={"Referer": app_a + edit_path, "Origin": app_a}, timeout=30, allow_redirects=False)
    assert answer.status_code in (302, 303), answer.text[:2000]

    for base in (app_b, edge):
        assert asks_for_consent(browser().get(base + "/", cookies=cookies, timeout=30).text), base


def test_one_secret_key_a_session_from_a_is_valid_on_b(editor_on_a, app_b):
    session = browser()
    session.cookies.update({"sessionid": editor_on_a.cookies["sessionid"]})
    answer = session.get(f"{app_b}/admin/", timeout=30, allow_redirects=False)
    assert answer.status_code == 200, "B did not accept the session A made"
