"""The workbook's hidden Version column: an import reports, and does not overwrite, a row whose
record someone changed (or deleted) since the workbook was exported, unless --overwrite."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from consularapp.cli import main
from consularapp.db import Database
from consularapp.directory import (
    OfficeInput,
    delete_office,
    get_office,
    list_offices,
    save_office,
)
from consularapp.workbook import export_workbook, import_workbook
from consularapp.writes import write


def add_office(db: Database, office_id: str, city: str) -> None:
    save_office(db, OfficeInput(id=office_id, agency_code="WHD", name=f"WHD {city} Office",
                                city=city, state="AZ", time_zone="America/Phoenix"))


def edit_cells(path: Path, sheet: str, changes: dict[tuple[str, str], object]) -> None:
    """Change cells as a person does in Excel: (record ID, column) -> new value."""
    book = load_workbook(path)
    ws = book[sheet]
    header = [c.value for c in ws[1]]
    for row in ws.iter_rows(min_row=2):
        for (ident, column), value in changes.items():
            if row[0].value == ident:
                row[header.index(column)].value = value
    book.save(path)


@pytest.fixture
def exported(ref_db: Database, tmp_path: Path) -> Path:
    add_office(ref_db, "WHD-TUCSON", "Tucson")
    add_office(ref_db, "WHD-YUMA", "Yuma")
    path = tmp_path / "directory.xlsx"
    export_workbook(ref_db, path)
    return path


def test_export_writes_each_records_version_in_a_hidden_column(ref_db: Database,
                                                               exported: Path) -> None:
    ws = load_workbook(exported)["Offices"]
    header = [c.value for c in ws[1]]
    column = header.index("Version") + 1
    assert header[-1] == "Version"
    letter = ws.cell(row=1, column=column).column_letter
    assert ws.column_dimensions[letter].hidden
    versions = {row[0].value: row[column - 1].value for row in ws.iter_rows(min_row=2)}
    assert versions["WHD-TUCSON"] == get_office(ref_db, "WHD-TUCSON").version == 1


def test_a_row_changed_since_the_export_is_reported_and_left_out(ref_db: Database,
                                                                 exported: Path) -> None:
    theirs = get_office(ref_db, "WHD-TUCSON")
    theirs.phone = "520-555-0142"
    with write(ref_db, user="Ana Tzul"):
        save_office(ref_db, theirs, "WHD-TUCSON")
    edit_cells(exported, "Offices", {("WHD-TUCSON", "Address"): "300 W Congress St",
                                     ("WHD-YUMA", "Address"): "1 Main St"})
    result = import_workbook(ref_db, exported)
    [warning] = [w for w in result.warnings if "since this workbook" in w]
    assert warning.startswith("Offices, row ")
    assert ": WHD-TUCSON was changed by Ana Tzul at " in warning
    assert warning.endswith("; not imported (export again, or import with --overwrite to apply "
                            "it anyway)")
    tucson, yuma = get_office(ref_db, "WHD-TUCSON"), get_office(ref_db, "WHD-YUMA")
    assert (tucson.phone, tucson.address) == ("520-555-0142", "")  # theirs stays, whole
    assert yuma.address == "1 Main St"  # the rest of the workbook went in
    assert result.change.updated == {"office": {"WHD-YUMA"}}


def test_overwrite_applies_it_knowingly(ref_db: Database, exported: Path, db_url: str,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    theirs = get_office(ref_db, "WHD-TUCSON")
    theirs.phone = "520-555-0142"
    save_office(ref_db, theirs, "WHD-TUCSON")
    edit_cells(exported, "Offices", {("WHD-TUCSON", "Address"): "300 W Congress St"})
    assert main(["--db", db_url, "import", str(exported)]) == 0
    assert "not imported" in capsys.readouterr().err
    assert get_office(ref_db, "WHD-TUCSON").address == ""
    assert main(["--db", db_url, "import", str(exported), "--overwrite"]) == 0
    assert "overwritten, as --overwrite asked" in capsys.readouterr().err
    tucson = get_office(ref_db, "WHD-TUCSON")
    assert (tucson.phone, tucson.address) == ("", "300 W Congress St")  # the file's, whole


def test_a_record_deleted_since_the_export_is_not_brought_back(ref_db: Database,
                                                               exported: Path) -> None:
    delete_office(ref_db, "WHD-YUMA")
    result = import_workbook(ref_db, exported)
    assert any(": WHD-YUMA was deleted by " in w and "not imported" in w
               for w in result.warnings)
    assert "WHD-YUMA" not in {o.id for o in list_offices(ref_db)}


def test_a_workbook_from_another_database_still_creates_its_records(
        ref_db: Database, exported: Path, new_db) -> None:
    other = new_db("reference")
    result = import_workbook(other, exported)
    assert not [w for w in result.warnings if "since this workbook" in w]
    assert get_office(other, "WHD-TUCSON").city == "Tucson"
    again = import_workbook(other, exported)  # versions differ (1 here too), nothing changes
    assert not again.change


def test_a_workbook_from_another_database_is_not_taken_for_a_stale_one(
        ref_db: Database, new_db, tmp_path: Path) -> None:
    """An office edited twice elsewhere (version 3) comes into a database that has it from the
    reference directory (version 1): nothing here changed since, so the row is imported."""
    for phone in ("312-555-0100", "312-555-0101"):
        office = get_office(ref_db, "WHD-CHICAGO")
        office.phone = phone
        save_office(ref_db, office, "WHD-CHICAGO")
    path = tmp_path / "elsewhere.xlsx"
    export_workbook(ref_db, path)
    other = new_db("reference")
    result = import_workbook(other, path)
    assert [w for w in result.warnings if "since this workbook" in w] == []
    assert get_office(other, "WHD-CHICAGO").phone == "312-555-0101"
