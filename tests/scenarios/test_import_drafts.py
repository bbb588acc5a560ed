"""Imported scenarios as drafts submitted for moderation, owned by the importing user (issue 15):
on request from the import form, and always for a user who may import but not publish."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from scenarios.models import ScenarioPage
from tests.scenarios.test_transfer import small, to_csv


def importer(name, role, extra_import_right=False):
    user = get_user_model().objects.create_user(name, f"{name}@example.org", "pass")
    user.groups.add(Group.objects.get(name=role))
    if extra_import_right:
        user.user_permissions.add(Permission.objects.get(codename="import_scenarios"))
    client = Client()
    client.force_login(user)
    return user, client


def post_import(client, rows, **options):
    return client.post("/admin/scenariusze/import/", {
        "table": SimpleUploadedFile("nowe.csv", to_csv(rows)), "encoding": "", "action": "import", **options})


def assert_drafts_in_moderation(rows, user):
    for row in rows[1:]:
        page = ScenarioPage.objects.get(external_id=row[0])
        assert not page.live and page.owner == user
        assert page.workflow_in_progress
        assert Client().get(f"/scenariusze/{row[2]}/").status_code == 404


def test_a_site_administrator_may_ask_for_drafts(catalogue):
    user, client = importer("admin-importu", "Administratorzy serwisu")
    rows = small(catalogue, prefix="DRAFT")
    assert post_import(client, rows, as_drafts="on").status_code == 302
    assert_drafts_in_moderation(rows, user)


def test_a_site_administrator_publishes_by_default(catalogue):
    user, client = importer("admin-publikuje", "Administratorzy serwisu")
    rows = small(catalogue, prefix="LIVE")
    assert post_import(client, rows).status_code == 302
    page = ScenarioPage.objects.get(external_id=rows[1][0])
    assert page.live and page.owner == user


def test_an_importer_who_may_not_publish_always_gets_drafts(catalogue):
    user, client = importer("redaktor-importu", "Redaktorzy", extra_import_right=True)
    form = client.get("/admin/scenariusze/import/")
    assert form.status_code == 200
    rows = small(catalogue, prefix="FORCED")
    assert post_import(client, rows).status_code == 302  # the box unticked: drafts all the same
    assert_drafts_in_moderation(rows, user)
