"""Import refuses, never crashes: each input that once gave a traceback, reproduced.

Every case ends in a located refusal (`Sheet, row N, Column: ...`, with a code) or a sentence
about the file, and leaves the database as it was.
"""

from __future__ import annotations

import tracemalloc
import zipfile
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from test_workbook import Rows, count, header, import_rows, located, rich_sheets, write_book

from consularapp.db import Database
from consularapp.errors import InputError, WorkbookFileError
from consularapp.models import Assignment, Event, Office
from consularapp.workbook import export_workbook, import_workbook
from consularapp.workbook.reading import read_sheets


def column(sheet: str, name: str) -> int:
    return header(sheet).index(name)


def test_a_renamed_required_column_marks_its_rows_bad_and_stops_dependent_checks(
        empty_db: Database, tmp_path: Path) -> None:
    # Assignments with shifts depend on their event's times; Starts is not there to give them.
    for renamed in ("Starts", "Ends"):
        sheets = rich_sheets()
        sheets["Events"][0][column("Events", renamed)] = renamed + " (local)"
        assert located(empty_db, tmp_path, sheets) == [
            (f"Events, row 1, {renamed}", "column.missing")]
    assert count(empty_db, Event) == 0


@pytest.mark.parametrize("value", [9223372036854775808, 3_000_000_000, 2_147_483_648,
                                   "9223372036854775808", -1])
def test_whole_numbers_beyond_their_bound_are_refused(empty_db: Database, tmp_path: Path,
                                                      value: Any) -> None:
    sheets = rich_sheets()
    sheets["Events"][1][column("Events", "Staff needed")] = value
    sheets["Agreements"][1][column("Agreements", "Term months")] = value
    sheets["Campaigns"][1][column("Campaigns", "Year")] = value
    problems = located(empty_db, tmp_path, sheets)
    assert ("Events, row 2, Staff needed", "field.out_of_range") in problems
    assert ("Agreements, row 2, Term months", "field.out_of_range") in problems
    assert ("Campaigns, row 2, Year", "field.out_of_range") in problems
    assert count(empty_db, Office) == 0


def test_dates_and_times_at_the_edges_are_refused(empty_db: Database, tmp_path: Path) -> None:
    sheets = rich_sheets()
    events = sheets["Events"]
    events[1][column("Events", "Starts")] = "9999-12-31 22:00"
    events[1][column("Events", "Ends")] = datetime(9999, 12, 31, 23, 0)
    events[2][column("Events", "Time zone")] = "Asia/Tokyo"
    events[2][column("Events", "Starts")] = "0001-01-01 00:30"
    agreements = sheets["Agreements"]
    agreements[1][column("Agreements", "Signed on")] = "9999-06-01"
    agreements[1][column("Agreements", "Term months")] = 36
    agreements[2][column("Agreements", "Expires on")] = date(1, 1, 1)
    sheets["People"][1][column("People", "Active from")] = datetime(1900, 1, 1)
    problems = located(empty_db, tmp_path, sheets)
    for where in ("Events, row 2, Starts", "Events, row 2, Ends", "Events, row 3, Starts",
                  "Agreements, row 2, Signed on", "Agreements, row 3, Expires on",
                  "People, row 2, Active from"):
        assert (where, "date.out_of_range") in problems, where


def test_a_missing_sheet_part_is_refused_not_taken_for_an_absent_sheet(
        empty_db: Database, tmp_path: Path) -> None:
    good = write_book(tmp_path / "good.xlsx", rich_sheets())
    damaged = tmp_path / "damaged.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(damaged, "w") as target:
        for item in source.infolist():
            if item.filename != "xl/worksheets/sheet6.xml":  # the Events sheet
                target.writestr(item, source.read(item))
    with pytest.raises(WorkbookFileError) as info:
        import_workbook(empty_db, damaged)
    assert "'Events'" in str(info.value) and "missing" in str(info.value)
    assert count(empty_db, Office) == 0


def test_a_cell_in_column_xfd_on_every_row_is_read_in_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "wide.xlsx"
    book = Workbook(write_only=True)
    ws = book.create_sheet("Offices")
    ws.append(header("Offices"))
    for n in range(20_000):
        row: list[Any] = [None] * 16_384
        row[0], row[-1] = f"O-{n}", "x"
        ws.append(row)
    book.save(path)
    assert path.stat().st_size < 1_000_000
    tracemalloc.start()
    try:
        sheets = read_sheets(path, [])
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(sheets["Offices"].rows) == 20_000
    assert len(sheets["Offices"].rows[0][1]) == len(header("Offices"))
    assert peak < 60_000_000, peak  # the whole rows would take gigabytes


def test_more_than_a_thousand_problems_end_with_how_many_more(empty_db: Database,
                                                             tmp_path: Path) -> None:
    offices = [header("Offices")] + [
        [f"O-{n}", "WHD", None, "Office", "district", None, "Chicago", "ZZ", "America/Chicago",
         None, None, None] for n in range(1200)]
    with pytest.raises(InputError) as info:
        import_rows(empty_db, tmp_path, {"Offices": offices})
    problems = info.value.problems
    assert len(problems) == 1001
    assert problems[-1].code == "import.more_problems"
    assert str(problems[-1]) == "and 200 more problems"
    assert "1,200 problems" in info.value.title


def test_excel_error_cells_are_refused_and_error_text_stays_text(empty_db: Database,
                                                                 tmp_path: Path) -> None:
    sheets = rich_sheets()
    sheets["Offices"][1][column("Offices", "City")] = "#N/A"  # an error value, as Excel saves it
    sheets["Events"][1][column("Events", "Staff needed")] = "#VALUE!"
    path = write_book(tmp_path / "errors.xlsx", sheets)
    book = load_workbook(path)
    assert book["Offices"].cell(row=2, column=column("Offices", "City") + 1).data_type == "e"
    with pytest.raises(InputError) as info:
        import_workbook(empty_db, path)
    assert [(p.where, p.code) for p in info.value.problems] == [
        ("Offices, row 2, City", "cell.excel_error"),
        ("Events, row 2, Staff needed", "cell.excel_error")]
    assert "#N/A" in info.value.problems[0].message
    # Typed as text, '#N/A' is a note like any other, and an export keeps it text.
    sheets = rich_sheets()
    path = write_book(tmp_path / "text.xlsx", sheets)
    book = load_workbook(path)
    cell = book["Events"].cell(row=2, column=column("Events", "Notes") + 1)
    cell.value, cell.data_type = "#N/A", "s"
    book.save(path)
    import_workbook(empty_db, path)
    with empty_db.session() as s:
        assert s.get(Event, "EV-PHX-1").notes == "#N/A"
    out = tmp_path / "out.xlsx"
    export_workbook(empty_db, out)
    assert not import_workbook(empty_db, out).change


def test_digits_of_other_scripts_are_refused(empty_db: Database, tmp_path: Path) -> None:
    sheets = rich_sheets()
    sheets["Campaigns"][1][column("Campaigns", "Starts on")] = "٢٠١٩-١٠-٢١"
    sheets["Events"][1][column("Events", "Starts")] = "２０２７-08-30 09:00"
    sheets["Events"][1][column("Events", "Staff needed")] = "١٢"
    assert located(empty_db, tmp_path, sheets) == [
        ("Campaigns, row 2, Starts on", "cell.not_a_date"),
        ("Events, row 2, Starts", "cell.not_a_datetime"),
        ("Events, row 2, Staff needed", "field.not_whole_number"),
    ]


def test_an_echoed_bad_value_is_cut_to_a_readable_length(empty_db: Database,
                                                         tmp_path: Path) -> None:
    sheets: dict[str, Rows] = {"Offices": [r[:] for r in rich_sheets()["Offices"]]}
    sheets["Offices"][1][column("Offices", "Time zone")] = "Z" * 30_000
    sheets["Offices"][2][column("Offices", "State")] = "S" * 30_000
    sheets["Offices"][3][column("Offices", "Name")] = "N" * 30_000
    with pytest.raises(InputError) as info:
        import_rows(empty_db, tmp_path, sheets)
    assert [p.code for p in info.value.problems] == ["zone.unknown", "state.unknown",
                                                     "field.too_long"]
    for problem in info.value.problems:
        assert len(str(problem)) < 200, str(problem)[:300]
    assert "30,000 characters" in info.value.problems[0].message


def test_ids_that_name_folders_or_devices_are_refused_on_import(empty_db: Database,
                                                               tmp_path: Path) -> None:
    sheets = rich_sheets()
    sheets["Offices"][1][0] = "CON"
    sheets["Consulates"][1][0] = ".."
    sheets["People"][1][0] = "NUL"
    sheets["Events"][1][0] = "COM1"
    sheets["Agreements"][1][0] = "."
    problems = located(empty_db, tmp_path, sheets)
    for where in ("Offices, row 2, Office ID", "Consulates, row 2, Consulate ID",
                  "People, row 2, Person ID", "Agreements, row 2, Agreement ID",
                  "Events, row 2, Event ID"):
        assert (where, "id.reserved_name") in problems, where


def test_a_document_link_with_a_line_break_is_refused(empty_db: Database,
                                                      tmp_path: Path) -> None:
    sheets = rich_sheets()
    sheets["Agreements"][1][column("Agreements", "Document")] = "https://example.org/a\r\nb.pdf"
    assert located(empty_db, tmp_path, sheets) == [
        ("Agreements, row 2, Document", "link.unusable_character")]


def test_a_refused_import_leaves_every_table_as_it_was(empty_db: Database,
                                                       tmp_path: Path) -> None:
    import_rows(empty_db, tmp_path, rich_sheets())
    before = tmp_path / "before.xlsx"
    export_workbook(empty_db, before)
    sheets = rich_sheets()
    sheets["Events"][1][column("Events", "Title")] = "changed"
    sheets["Assignments"][1][column("Assignments", "Person ID")] = "P-404"
    with pytest.raises(InputError):
        import_rows(empty_db, tmp_path, sheets)
    after = tmp_path / "after.xlsx"
    export_workbook(empty_db, after)

    def cells(path: Path) -> dict[str, list[tuple[Any, ...]]]:
        return {ws.title: list(ws.iter_rows(values_only=True)) for ws in load_workbook(path)}

    assert cells(before) == cells(after)
    assert count(empty_db, Assignment) == 5


def _shifts(db: Database, event_id: str) -> list[tuple[datetime, datetime]]:
    from sqlalchemy import select

    with db.session() as s:
        return sorted((a.starts_at, a.ends_at) for a in s.scalars(
            select(Assignment).where(Assignment.event_id == event_id,
                                     Assignment.starts_at.is_not(None))))


def _event_span(db: Database, event_id: str) -> tuple[datetime, datetime]:
    with db.session() as s:
        event = s.get(Event, event_id)
        assert event is not None
        return event.starts_at, event.ends_at


def test_an_event_given_another_time_zone_takes_its_shifts_along(empty_db: Database,
                                                                 tmp_path: Path) -> None:
    """Found by the fuzz test: the shift stayed at its old instant, outside the event, and the
    export no longer imported."""
    import_rows(empty_db, tmp_path, rich_sheets())
    exported = tmp_path / "out.xlsx"
    export_workbook(empty_db, exported)
    book = load_workbook(exported)
    events = book["Events"]
    for row in events.iter_rows(min_row=2):
        if row[0].value == "EV-HNL-1":
            row[column("Events", "Time zone")].value = "Asia/Tokyo"
    book.save(exported)
    import_workbook(empty_db, exported)
    assert _shifts(empty_db, "EV-HNL-1") == [_event_span(empty_db, "EV-HNL-1")]
    again = tmp_path / "again.xlsx"
    export_workbook(empty_db, again)
    assert not import_workbook(empty_db, again).change


def test_an_event_moved_by_a_workbook_without_assignments_takes_its_shifts_along(
        empty_db: Database, tmp_path: Path) -> None:
    sheets = rich_sheets()
    import_rows(empty_db, tmp_path, sheets)
    before = _shifts(empty_db, "EV-PHX-1")
    events = [sheets["Events"][0], next(r for r in sheets["Events"] if r[0] == "EV-PHX-1")]
    events[1][column("Events", "Starts")] = "2027-08-30 10:00"
    events[1][column("Events", "Ends")] = "2027-08-30 14:00"
    import_rows(empty_db, tmp_path, {"Events": events})
    hour = datetime(2027, 1, 1, 1) - datetime(2027, 1, 1)
    assert _shifts(empty_db, "EV-PHX-1") == [(a + hour, b + hour) for a, b in before]


def test_the_editor_refuses_to_leave_a_shift_outside_its_event(empty_db: Database,
                                                               tmp_path: Path) -> None:
    """Shortened in the editor, the event left its shifts outside, and its export no longer
    imported: the editor and the import now refuse it alike."""
    import dataclasses

    from consularapp.events import get_event, save_event

    import_rows(empty_db, tmp_path, rich_sheets())
    event = get_event(empty_db, "EV-PHX-1")
    with pytest.raises(InputError) as info:
        save_event(empty_db, dataclasses.replace(event, ends=datetime(2027, 8, 30, 10)),
                   "EV-PHX-1")
    assert [(p.where, p.code) for p in info.value.problems] == [
        ("Ends", "event.shifts_left_outside")]


def test_an_import_refuses_to_leave_a_shift_outside_its_event(empty_db: Database,
                                                              tmp_path: Path) -> None:
    sheets = rich_sheets()
    import_rows(empty_db, tmp_path, sheets)
    events = [sheets["Events"][0], next(r for r in sheets["Events"] if r[0] == "EV-PHX-1")]
    events[1][column("Events", "Ends")] = "2027-08-30 10:00"
    assert located(empty_db, tmp_path, {"Events": events}) == [
        ("Events, row 2, Ends", "event.shifts_left_outside")]


def test_an_import_may_shorten_an_event_whose_shifts_it_moves_inside(empty_db: Database,
                                                                     tmp_path: Path) -> None:
    sheets = rich_sheets()
    import_rows(empty_db, tmp_path, sheets)
    for row in sheets["Events"]:
        if row[0] == "EV-PHX-1":
            row[column("Events", "Ends")] = "2027-08-30 12:00"
    for row in sheets["Assignments"]:
        if row[0] == "EV-PHX-1" and row[5] == "second shift":
            row[column("Assignments", "Ends")] = "2027-08-30 12:00"
    import_rows(empty_db, tmp_path, sheets)
    ends = max(end for _start, end in _shifts(empty_db, "EV-PHX-1"))
    assert ends == _event_span(empty_db, "EV-PHX-1")[1]
