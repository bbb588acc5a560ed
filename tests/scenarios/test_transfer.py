import csv
import hashlib
import io
import zipfile

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Revision

from core.models import CustomDocument
from scenarios.models import ScenarioPage
from scenarios.transfer import exporter
from scenarios.transfer.readers import read_table
from scenarios.transfer.run import run_import
from scenarios.transfer.schema import page_values


def snapshot(index):
    found = {}
    for page in ScenarioPage.objects.child_of(index).prefetch_related("audiences", "attachments__document"):
        values = page_values(page, list(page.attachments.all()))
        values["attachments"] = [
            (kind, hashlib.sha1(CustomDocument.objects.get(pk=ref[1]).file.read()).hexdigest(), label)
            for kind, ref, label in values["attachments"]
        ]
        found[page.external_id] = (values, page.live)
    return found


def table(index):
    text = exporter.to_csv(index).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def to_csv(rows, encoding="utf-8", delimiter=";"):
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue().encode(encoding, errors="replace")  # ISO-8859-2 has no „ ” –


def small(index, count=2, prefix="NEW"):
    """The header and `count` exported rows given new ids and slugs (so they would be created)."""
    rows = table(index)
    header, body = rows[0], rows[1:count + 1]
    for number, row in enumerate(body):
        row[0], row[2] = f"{prefix}-{number}", f"{prefix.lower()}-{number}"
        row[1] = row[1] + f" (kopia {number})"
    return [header, *body]


def test_export_and_import_round_trip_the_demo_catalogue(catalogue, tmp_path):
    before = snapshot(catalogue)
    assert len(before) >= 120
    csv_data, xlsx_data = exporter.to_csv(catalogue), exporter.to_xlsx(catalogue)
    assert csv_data.startswith(b"\xef\xbb\xbf")
    files = tmp_path / "pliki.zip"
    assert exporter.attachments_zip(catalogue, files) == len({a for v, _ in before.values() for a in v["attachments"]})
    ScenarioPage.objects.child_of(catalogue).delete()
    CustomDocument.objects.filter(title__startswith="Scenariusz:").delete()
    result, counts = run_import(catalogue, csv_data, "katalog.csv", str(files))
    assert not result.problems, result.problems[:5]
    assert counts == {"create": len(before), "update": 0, "unchanged": 0}
    assert snapshot(catalogue) == before
    page = ScenarioPage.objects.get(external_id="ZDR-001", locale=catalogue.locale)
    assert page.live and page.live_revision_id and page.url == "/scenariusze/e-recepta-odbieranie-i-wykupienie-lekow/"
    result, counts = run_import(catalogue, xlsx_data, "katalog.xlsx", str(files))
    assert not result.problems and counts == {"create": 0, "update": 0, "unchanged": len(before)}


def test_changed_rows_update_only_those_scenarios(catalogue):
    rows = table(catalogue)
    rows[1][1] = rows[1][1] + " (nowe wydanie)"
    revisions = Revision.objects.count()
    result, counts = run_import(catalogue, to_csv(rows), "katalog.csv")
    assert counts == {"create": 0, "update": 1, "unchanged": len(rows) - 2}
    assert Revision.objects.count() == revisions + 1
    page = ScenarioPage.objects.get(external_id=rows[1][0])
    assert page.title.endswith("(nowe wydanie)") and page.live and not page.has_unpublished_changes


def test_unpublished_scenarios_get_a_draft_not_a_publication(catalogue):
    page = ScenarioPage.objects.get(external_id="EDU-001")
    page.unpublish()
    rows = table(catalogue)
    row = next(r for r in rows if r[0] == "EDU-001")
    row[3] = "Nowe streszczenie."
    run_import(catalogue, to_csv(rows), "katalog.csv")
    page.refresh_from_db()
    assert not page.live and page.has_unpublished_changes
    assert page.get_latest_revision_as_object().summary == "Nowe streszczenie."


@pytest.mark.parametrize("encoding,delimiter", [("utf-8", ";"), ("utf-8-sig", ","), ("cp1250", ";"),
                                                ("utf-16", "\t")])
def test_accepted_encodings(catalogue, encoding, delimiter):
    rows = small(catalogue)
    data = to_csv(rows, encoding, delimiter)
    result, counts = run_import(catalogue, data, "nowe.csv", dry_run=True)
    assert not result.problems, result.problems
    assert counts["create"] == 2
    assert result.plans[0].values["title"] == rows[1][1]  # Polish letters intact


def test_iso_8859_2_and_binary_files_are_refused(catalogue):
    rows = small(catalogue)
    result, _ = run_import(catalogue, to_csv(rows, "iso-8859-2"), "nowe.csv")
    assert "ISO-8859-2" in str(result.problems[0])
    result, counts = run_import(catalogue, to_csv(rows, "iso-8859-2"), "nowe.csv", encoding="iso-8859-2",
                                dry_run=True)
    assert not result.problems and counts["create"] == 2  # unless the editor says so
    result, _ = run_import(catalogue, b"\x00\x01PK\x03\x04 \xff\xfe\x00", "nowe.csv")
    assert result.problems
    result, _ = run_import(catalogue, b"not a spreadsheet", "nowe.xlsx")
    assert "XLSX" in str(result.problems[0])


def test_every_problem_is_reported_and_nothing_is_written(catalogue):
    rows = small(catalogue, count=6)
    header = rows[0]
    col = {name: header.index(name) for name in header}
    rows[2][col["id"]] = rows[1][col["id"]]  # duplicate id
    rows[3][col["obszar"]] = "astronomia"
    rows[4][col["zalaczniki"]] = "scenariusz | nie-ma-takiego-pliku.pdf | Scenariusz"
    rows[5][col["tytul"]] = "=cmd|' /C calc'!A0"
    rows[6][col["czas_godziny"]] = "-3"
    rows[6][col["forma"]] = "online"
    rows[6][col["link_online"]] = ""
    pages, documents = ScenarioPage.objects.count(), CustomDocument.objects.count()
    result, counts = run_import(catalogue, to_csv(rows), "nowe.csv")
    assert counts is None
    found = {(p.row, p.column) for p in result.problems}
    assert {(3, "id"), (4, "obszar"), (5, "zalaczniki"), (6, "tytul"), (7, "czas_godziny"),
            (7, "link_online")} <= found, result.problems
    assert "astronomia" in str(next(p for p in result.problems if p.column == "obszar"))
    assert ScenarioPage.objects.count() == pages and CustomDocument.objects.count() == documents


def test_missing_and_unknown_columns(catalogue):
    rows = small(catalogue)
    position = rows[0].index("autorzy")
    rows = [[cell for i, cell in enumerate(row) if i != position] for row in rows]
    rows[0].append("kolor")
    for row in rows[1:]:
        row.append("zielony")
    result, counts = run_import(catalogue, to_csv(rows), "nowe.csv")
    assert counts is None
    problems = {(p.row, p.column) for p in result.problems}
    assert (1, "autorzy") in problems and (1, "kolor") in problems


def test_new_files_come_from_the_zip_and_are_checked(catalogue, tmp_path):
    rows = small(catalogue, count=1)
    col = rows[0].index("zalaczniki")
    rows[1][col] = "prezentacja | slajdy.pdf | Slajdy\nkarta-pracy | zly.pdf"
    files = tmp_path / "pliki.zip"
    with zipfile.ZipFile(files, "w") as archive:
        archive.writestr("folder/slajdy.pdf", b"%PDF-1.4\n% test\n")
        archive.writestr("zly.pdf", b"MZ not a pdf")
    result, counts = run_import(catalogue, to_csv(rows), "nowe.csv", str(files))
    assert counts is None and "zly.pdf" in str(result.problems[0])
    rows[1][col] = "prezentacja | slajdy.pdf | Slajdy"
    result, counts = run_import(catalogue, to_csv(rows), "nowe.csv", str(files))
    assert counts == {"create": 1, "update": 0, "unchanged": 0}, result.problems
    page = ScenarioPage.objects.get(external_id="NEW-0")
    attachment = page.attachments.get()
    assert attachment.kind == "prezentacja" and attachment.label == "Slajdy"
    assert attachment.document.file.read().startswith(b"%PDF-1.4")


def test_export_neutralises_formulas_and_import_takes_them_back_as_text(catalogue):
    page = ScenarioPage.objects.get(external_id="FIN-001")
    page.title = '=HYPERLINK("http://example.com","klik")'
    page.save_revision().publish()
    text = exporter.to_csv(catalogue).decode("utf-8-sig")
    assert "'=HYPERLINK" in text and '\n=HYPERLINK' not in text and ';=HYPERLINK' not in text
    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(exporter.to_xlsx(catalogue))).active
    cells = [cell for row in sheet.iter_rows() for cell in row if cell.value and "HYPERLINK" in str(cell.value)]
    assert cells and all(cell.data_type == "s" and cell.value.startswith("'") for cell in cells)
    rows = read_table(exporter.to_xlsx(catalogue), "k.xlsx")
    assert any(row[1].startswith("'=HYPERLINK") for row in rows)
    result, counts = run_import(catalogue, text.encode("utf-8"), "k.csv", dry_run=True)
    assert not result.problems and counts["update"] == 0


def test_command_reports_problems_and_imports(catalogue, tmp_path, capsys):
    good = tmp_path / "nowe.csv"
    good.write_bytes(to_csv(small(catalogue)))
    call_command("import_scenarios", str(good), "--dry-run")
    assert "2 new" in capsys.readouterr().out
    assert not ScenarioPage.objects.filter(external_id="NEW-0").exists()
    call_command("import_scenarios", str(good))
    assert ScenarioPage.objects.filter(external_id__in=["NEW-0", "NEW-1"], live=True).count() == 2
    bad = tmp_path / "zle.csv"
    rows = small(catalogue, prefix="BAD")
    rows[1][4] = "kosmos"
    bad.write_bytes(to_csv(rows))
    with pytest.raises(CommandError):
        call_command("import_scenarios", str(bad))
    assert "wiersz 2, kolumna „obszar”" in capsys.readouterr().err
    out = tmp_path / "eksport.xlsx"
    call_command("export_scenarios", str(out), "--files", str(tmp_path / "pliki.zip"))
    assert out.stat().st_size > 10_000 and zipfile.is_zipfile(tmp_path / "pliki.zip")


def test_admin_import_and_export(catalogue, admin_client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    data = to_csv(small(catalogue))
    response = admin_client.post("/admin/scenariusze/import/", {
        "table": SimpleUploadedFile("nowe.csv", data, "text/csv"), "action": "check", "encoding": ""})
    html = response.content.decode()
    assert response.status_code == 200 and "Plik jest poprawny" in html and "2 nowe scenariusze" in html
    assert not ScenarioPage.objects.filter(external_id="NEW-0").exists()
    rows = small(catalogue)
    rows[2][rows[0].index("poziom")] = "ekspert"
    response = admin_client.post("/admin/scenariusze/import/", {
        "table": SimpleUploadedFile("nowe.csv", to_csv(rows), "text/csv"), "encoding": ""})
    html = response.content.decode()
    assert "Nic nie zaimportowaliśmy" in html and "ekspert" in html and "<td>3</td><td>poziom</td>" in html
    response = admin_client.post("/admin/scenariusze/import/", {
        "table": SimpleUploadedFile("nowe.csv", data, "text/csv"), "encoding": "", "action": "import"})
    assert response.status_code == 302
    assert ScenarioPage.objects.filter(external_id__in=["NEW-0", "NEW-1"]).count() == 2
    for kind, start in (("csv", b"\xef\xbb\xbfid;"), ("xlsx", b"PK"), ("zip", b"PK")):
        response = admin_client.get(f"/admin/scenariusze/eksport/?format={kind}")
        assert response.status_code == 200 and response.content.startswith(start), kind
