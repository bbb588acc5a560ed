"""The import speaks its reader's language (#15): the problems and the column descriptions in English
for an editor whose admin is English, in Polish by default; the command in settings.LANGUAGE_CODE.
The column keys are the file format and stay as they are in every language."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.utils import translation

from scenarios.transfer.run import run_import
from tests.core.test_admin_languages import choose_language
from tests.scenarios.test_transfer import small, to_csv

URL = "/admin/scenariusze/import/"


def faulty_rows(catalogue):
    rows = small(catalogue)
    header = rows[0]
    rows[1][header.index("obszar")] = "kosmos"
    rows[1][header.index("czas_godziny")] = "50"
    rows[2][header.index("tytul")] = "x" * 300
    return rows


def checked(client, catalogue):
    response = client.post(URL, {"table": SimpleUploadedFile("nowe.csv", to_csv(faulty_rows(catalogue)), "text/csv"),
                                 "encoding": "", "action": "check"})
    assert response.status_code == 200
    return response.content.decode().replace("\xa0", " ")


def test_problems_in_english_for_an_english_admin(catalogue, admin_client):
    html = checked(choose_language(admin_client, "en"), catalogue)
    assert "Nothing was imported: 3 problems to correct." in html
    assert "<td>2</td><td>obszar</td><td>unknown area “kosmos”.</td>" in html
    # The English decimal point; the sentence keeps its full stop.
    assert "<td>2</td><td>czas_godziny</td><td>duration from 0.5 to 44 hours.</td>" in html
    assert "<td>3</td><td>tytul</td><td>at most 255 characters (it has 300).</td>" in html
    for polish in ("nieznany", "czas trwania", "najwyżej"):
        assert polish not in html


def test_problems_in_polish_by_default(catalogue, admin_client):
    html = checked(admin_client, catalogue)
    assert "<td>2</td><td>obszar</td><td>nieznany obszar „kosmos”.</td>" in html
    assert "<td>2</td><td>czas_godziny</td><td>czas trwania od 0,5 do 44 godzin.</td>" in html
    assert "<td>3</td><td>tytul</td><td>najwyżej 255 znaków (jest 300).</td>" in html


def test_column_descriptions_follow_the_admin_language_and_the_keys_stay(catalogue, admin_client):
    html = admin_client.get(URL).content.decode()
    assert "<code>czas_godziny</code>" in html and "od 0,5 do 44" in html and "jeden cel w wierszu" in html
    html = choose_language(admin_client, "en").get(URL).content.decode()
    assert "<code>czas_godziny</code>" in html and "<code>dla_niewidomych</code>" in html
    assert "from 0.5 to 44" in html and "one objective per line" in html and "jeden cel" not in html


def test_problem_descriptions_follow_the_active_language(catalogue):
    rows = small(catalogue)
    rows[0] = [key for key in rows[0] if key != "autorzy"] + ["kolor"]
    with translation.override("en"):
        result, _counts = run_import(catalogue, to_csv(rows), "nowe.csv", dry_run=True)
        texts = {str(problem) for problem in result.problems}
    assert "row 1, column “autorzy”: missing required column (people or institutions)." in texts, texts
    assert any(text.startswith("row 1, column “kolor”: unknown column. Allowed: id, tytul, slug,") for text in texts)
    result, _counts = run_import(catalogue, to_csv(rows), "nowe.csv", dry_run=True)
    assert "wiersz 1, kolumna „autorzy”: brak wymaganej kolumny (osoby lub instytucje)." in {
        str(problem) for problem in result.problems}


def test_file_problems_count_in_polish_plural_forms(catalogue):
    from scenarios.transfer.readers import MAX_ROWS

    rows = small(catalogue, count=1) + [["X"] * 3] * MAX_ROWS
    result, _counts = run_import(catalogue, to_csv(rows), "duzy.csv", dry_run=True)
    assert [str(p) for p in result.problems] == [f"plik: plik ma więcej niż {MAX_ROWS} wierszy; podziel go na części."]
    with translation.override("en"):
        result, _counts = run_import(catalogue, to_csv(rows), "duzy.csv", dry_run=True)
        assert [str(p) for p in result.problems] == [
            f"file: the file has more than {MAX_ROWS} rows; split it into parts."]


@pytest.mark.parametrize("active", ["en", "pl"])
def test_the_command_reports_in_polish_whatever_language_is_active(catalogue, tmp_path, capsys, active):
    bad = tmp_path / "zle.csv"
    bad.write_bytes(to_csv(faulty_rows(catalogue)))
    with translation.override(active), pytest.raises(CommandError):
        call_command("import_scenarios", str(bad))
    err = capsys.readouterr().err
    assert "wiersz 2, kolumna „obszar”: nieznany obszar „kosmos”." in err
    assert "wiersz 2, kolumna „czas_godziny”: czas trwania od 0,5 do 44 godzin." in err
