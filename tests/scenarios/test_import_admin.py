"""The admin import's two-step flow: "Sprawdź plik" keeps the checked upload on the server, so
"Importuj teraz" imports it without the file being picked again (scenarios/import_staging.py)."""

import re
import zipfile
from datetime import timedelta
from io import BytesIO

import pytest
from django.contrib.auth import get_user_model
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from scenarios import import_staging
from scenarios.models import ScenarioPage
from tests.scenarios.test_transfer import small, to_csv

URL = "/admin/scenariusze/import/"


def staged_token(html):
    match = re.search(r'name="staged" value="([^"]+)"', html)
    assert match, "no 'Importuj teraz' form after a valid check"
    return match.group(1)


def staged_folders():
    try:
        return default_storage.listdir(import_staging.STAGING_ROOT)[0]
    except FileNotFoundError:
        return []


def test_the_form_has_two_buttons_and_no_pre_ticked_dry_run(catalogue, admin_client):
    html = admin_client.get(URL).content.decode()
    assert 'name="dry_run"' not in html and "checked" not in html
    assert 'value="check"' in html and "Sprawdź plik" in html
    assert 'value="import"' in html and ">Importuj</button>" in html


def test_checked_file_is_imported_without_picking_it_again(catalogue, admin_client):
    archive = BytesIO()
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("notatka.txt", "nieużywany plik")
    before = set(staged_folders())
    response = admin_client.post(URL, {"table": SimpleUploadedFile("nowe.csv", to_csv(small(catalogue)), "text/csv"),
                                       "files": SimpleUploadedFile("pliki.zip", archive.getvalue(), "application/zip"),
                                       "encoding": "", "action": "check"})
    html = response.content.decode()
    assert response.status_code == 200 and "Plik jest poprawny" in html and "2 nowe scenariusze" in html
    assert not ScenarioPage.objects.filter(external_id="NEW-0").exists()  # a check writes nothing
    token = staged_token(html)
    [folder] = set(staged_folders()) - before
    assert sorted(default_storage.listdir(f"{import_staging.STAGING_ROOT}/{folder}")[1]) == ["files.zip", "table"]

    response = admin_client.post(URL, {"staged": token})  # no file in this request
    assert response.status_code == 302
    assert ScenarioPage.objects.filter(external_id__in=["NEW-0", "NEW-1"]).count() == 2
    assert folder not in staged_folders()  # cleaned up once imported

    again = admin_client.post(URL, {"staged": token})  # the same token twice imports nothing twice
    assert again.status_code == 400 and "nie jest już dostępny" in again.content.decode()


def test_a_staged_file_belongs_to_the_editor_who_checked_it(catalogue, admin_client, client):
    response = admin_client.post(URL, {"table": SimpleUploadedFile("nowe.csv", to_csv(small(catalogue)), "text/csv"),
                                       "encoding": "", "action": "check"})
    token = staged_token(response.content.decode())
    other = get_user_model().objects.create_superuser("other", "other@example.org", "pass")
    client.force_login(other)
    assert client.post(URL, {"staged": token}).status_code == 400
    assert client.post(URL, {"staged": token[:-3] + "abc"}).status_code == 400
    assert not ScenarioPage.objects.filter(external_id="NEW-0").exists()


def test_import_button_checks_and_writes_in_one_step(catalogue, admin_client):
    response = admin_client.post(URL, {"table": SimpleUploadedFile("nowe.csv", to_csv(small(catalogue)), "text/csv"),
                                       "encoding": "", "action": "import"})
    assert response.status_code == 302
    assert ScenarioPage.objects.filter(external_id__in=["NEW-0", "NEW-1"]).count() == 2


def test_abandoned_checks_are_removed_after_an_hour(catalogue, admin_client):
    admin_client.post(URL, {"table": SimpleUploadedFile("nowe.csv", to_csv(small(catalogue)), "text/csv"),
                            "encoding": "", "action": "check"})
    assert staged_folders()
    assert import_staging.remove_expired() == 0  # fresh ones stay
    later = timezone.now() + timedelta(seconds=import_staging.STAGING_MAX_AGE + 60)
    assert import_staging.remove_expired(now=later) >= 1
    assert staged_folders() == []


@pytest.mark.parametrize("value", ["50", "0,2"])
def test_duration_message_keeps_its_full_stop_and_decimal_comma(catalogue, value):
    from scenarios.transfer.run import run_import

    rows = small(catalogue)
    rows[1][rows[0].index("czas_godziny")] = value
    result, counts = run_import(catalogue, to_csv(rows), "nowe.csv", dry_run=True)
    [problem] = [p for p in result.problems if p.column == "czas_godziny"]
    assert counts is None
    assert problem.message == "czas trwania od 0,5 do 44 godzin.", problem.message
