"""Proof of consent in the admin (read-only, CSV), the retention command, and the demo loader."""

import csv
import datetime
import io
import uuid

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.management import CommandError, call_command
from django.utils import timezone
from wagtail.models import Locale, Page, Revision

from consent.models import ConsentRecord, ConsentSettings, ConsentTexts, CookieDeclaration, CookiePolicyPage

LIST_URL = "/admin/snippets/consent/consentrecord/"


def make_record(days_ago=0, **fields):
    values = {"action": "accept_all", "policy_version": 1, "analytics": True, "external_media": True,
              "language": "pl", **fields}
    record = ConsentRecord.objects.create(**values)
    if days_ago:
        ConsentRecord.objects.filter(pk=record.pk).update(created_at=timezone.now() - datetime.timedelta(days=days_ago))
    return record


# Admin: read-only ------------------------------------------------------------------------


def test_records_are_listed_read_only(site, admin_client):
    record = make_record(action="custom", analytics=False)
    response = admin_client.get(LIST_URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert str(record.consent_id) in html
    assert f"{LIST_URL}add/" not in html
    assert f"{LIST_URL}edit/" not in html
    assert f"{LIST_URL}delete/" not in html
    assert admin_client.get(f"{LIST_URL}inspect/{record.pk}/").status_code == 200


@pytest.mark.parametrize("method,url", [
    ("get", "add/"), ("post", "add/"), ("get", "edit/{pk}/"), ("post", "edit/{pk}/"),
    ("get", "delete/{pk}/"), ("post", "delete/{pk}/"),
])
def test_records_cannot_be_changed_even_by_a_superuser(site, admin_client, method, url):
    # Counted relative to before: browser tests in the same worker may have committed records.
    before = ConsentRecord.objects.count()
    record = make_record()
    response = getattr(admin_client, method)(LIST_URL + url.format(pk=record.pk), {"action": "reject_all"})
    assert response.status_code in (302, 403, 404, 405)
    if response.status_code == 302:
        assert "edit" not in response["Location"]
    record.refresh_from_db()
    assert record.action == "accept_all"
    assert ConsentRecord.objects.count() == before + 1


def test_bulk_delete_is_not_offered(site, admin_client):
    record = make_record()
    response = admin_client.post(
        f"/admin/bulk/consent/consentrecord/delete/?id={record.pk}", {}
    )
    assert response.status_code in (302, 403, 404)
    assert ConsentRecord.objects.filter(pk=record.pk).exists()


def test_editors_need_the_view_permission(site, client):
    user = get_user_model().objects.create_user("redaktor", "r@example.org", "pass")
    admin_access = Permission.objects.get(codename="access_admin")
    user.user_permissions.add(admin_access)
    client.force_login(user)
    assert client.get(LIST_URL).status_code in (302, 403)
    group = Group.objects.create(name="Inspektor ochrony danych")
    group.permissions.add(admin_access, Permission.objects.get(codename="view_consentrecord"))
    user.groups.add(group)
    user = get_user_model().objects.get(pk=user.pk)
    client.force_login(user)
    assert client.get(LIST_URL).status_code == 200
    assert client.get(LIST_URL + "add/").status_code in (302, 403)


def test_csv_export(site, admin_client):
    make_record(action="reject_all", analytics=False, external_media=False, language="en")
    make_record(action="custom", analytics=False, external_media=True, policy_version=2)
    response = admin_client.get(LIST_URL, {"export": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "rejestr-zgod-cookies.csv" in response["Content-Disposition"]
    content = b"".join(response.streaming_content).decode() if response.streaming else response.content.decode()
    rows = list(csv.DictReader(io.StringIO(content)))
    assert len(rows) == 2
    assert set(rows[0]) == {"consent_id", "created_at", "action", "policy_version", "necessary", "analytics",
                            "external_media", "language"}
    by_action = {row["action"]: row for row in rows}
    assert by_action["custom"]["policy_version"] == "2"
    assert by_action["custom"]["external_media"] == "True" and by_action["custom"]["analytics"] == "False"
    assert by_action["reject_all"]["language"] == "en"
    assert all(row["necessary"] == "True" for row in rows)
    uuid.UUID(rows[0]["consent_id"])


def test_texts_and_cookie_table_are_editable_snippets(site, admin_client):
    assert admin_client.get("/admin/snippets/consent/consenttexts/").status_code == 200
    assert admin_client.get("/admin/snippets/consent/cookiedeclaration/").status_code == 200
    cookie = CookieDeclaration.objects.filter(locale__language_code="pl").first()
    assert admin_client.get(f"/admin/snippets/consent/cookiedeclaration/edit/{cookie.pk}/").status_code == 200
    settings_row = ConsentSettings.objects.get()
    assert admin_client.get(f"/admin/settings/consent/consentsettings/{settings_row.pk}/").status_code == 200


def test_policy_version_is_raised_in_the_admin(site, admin_client, client):
    settings_row = ConsentSettings.objects.get()
    url = f"/admin/settings/consent/consentsettings/{settings_row.pk}/"
    response = admin_client.post(url, {"policy_version": "0", "policy_updated": ""})
    assert response.status_code == 200  # the form again, with the error
    settings_row.refresh_from_db()
    assert settings_row.policy_version == 1
    response = admin_client.post(url, {"policy_version": "2", "policy_updated": "2026-03-01"})
    assert response.status_code == 302
    assert ConsentSettings.objects.get().policy_version == 2


# Retention ------------------------------------------------------------------------------


def test_retention_command_deletes_only_old_records(db, settings):
    old = make_record(days_ago=1200)
    kept = make_record(days_ago=1000)
    fresh = make_record()
    out = io.StringIO()
    call_command("purge_consent_records", stdout=out)
    assert "Deleted 1 consent record(s) older than 1095 days" in out.getvalue()
    assert set(ConsentRecord.objects.values_list("pk", flat=True)) == {kept.pk, fresh.pk}
    assert not ConsentRecord.objects.filter(pk=old.pk).exists()


def test_retention_follows_the_setting_and_the_option(db, settings):
    make_record(days_ago=400)
    make_record(days_ago=40)
    settings.CONSENT_RECORD_RETENTION_DAYS = 365
    out = io.StringIO()
    call_command("purge_consent_records", "--dry-run", stdout=out)
    assert "1 record(s) older than 365 days would be deleted" in out.getvalue()
    assert ConsentRecord.objects.count() == 2
    call_command("purge_consent_records", stdout=io.StringIO())
    assert ConsentRecord.objects.count() == 1
    call_command("purge_consent_records", "--days", "30", stdout=io.StringIO())
    assert ConsentRecord.objects.count() == 0
    with pytest.raises(CommandError):
        call_command("purge_consent_records", "--days", "0")


# Demo --------------------------------------------------------------------------------------


def test_demo_builds_the_policy_page_in_both_languages(demo, client):
    page = Page.objects.get(slug="polityka-cookies", depth=3).specific
    assert isinstance(page, CookiePolicyPage) and page.live
    english = page.get_translation_or_none(Locale.objects.get(language_code="en"))
    assert english is not None and english.url == "/en/cookie-policy/"
    assert client.get("/en/cookie-policy/").status_code == 200
    assert ConsentTexts.objects.count() == 2
    assert CookieDeclaration.objects.filter(locale__language_code="pl").count() == \
        CookieDeclaration.objects.filter(locale__language_code="en").count() >= 5


def test_demo_loader_twice_changes_nothing(demo):
    def snapshot():
        return (
            Page.objects.count(), Revision.objects.count(), CookiePolicyPage.objects.count(),
            ConsentTexts.objects.count(), CookieDeclaration.objects.count(), ConsentSettings.objects.count(),
            tuple(ConsentSettings.objects.values_list("policy_version", flat=True)),
        )

    before = snapshot()
    call_command("load_demo_content", verbosity=0)
    call_command("load_demo_content", verbosity=0)
    assert snapshot() == before


def test_demo_leaves_an_older_plain_page_alone(db):
    """A database whose /polityka-cookies/ is a plain page keeps it (nothing is converted)."""
    from demo.sections import consent as consent_demo
    from home.models import HomePage, StandardPage

    home = HomePage.objects.get(locale__language_code="pl")
    en_home = HomePage.objects.get(locale__language_code="en")
    for page in CookiePolicyPage.objects.filter(locale__language_code="en"):
        page.delete()
    existing = CookiePolicyPage.objects.get(locale__language_code="pl")
    existing.delete()
    plain = StandardPage(title="Polityka cookies", slug="polityka-cookies")
    HomePage.objects.get(pk=home.pk).add_child(instance=plain)

    from demo.management.commands.load_demo_content import Command as LoadDemoContent

    class Command(LoadDemoContent):
        """The real loader (snippet translations are idempotent) that must not touch pages."""

        def publish(self, page):
            raise AssertionError("nothing should be published")

        def ensure_translation(self, *args):
            raise AssertionError("nothing should be translated")

    consent_demo.load(Command(), HomePage.objects.get(pk=home.pk), en_home)
    assert type(Page.objects.get(pk=plain.pk).specific) is StandardPage
