"""A workbook with only some columns edits what it names and erases nothing else."""

from __future__ import annotations

from datetime import date

from openpyxl import Workbook
from sqlalchemy import select

from consularapp.directory import get_consulate, get_person
from consularapp.events import get_event
from consularapp.models import Assignment
from consularapp.workbook import import_workbook

TODAY = date(2026, 11, 21)


def _book(path, sheets: dict[str, list[list[object]]]) -> None:
    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)


def test_required_columns_only_keep_everything_else(demo_db_at, tmp_path) -> None:
    ref_db = demo_db_at(TODAY)
    consulate_before = get_consulate(ref_db, "MX-PHOENIX")
    person_before = get_person(ref_db, "P-ELENA-SOTO")
    event_before = get_event(ref_db, "LRW2027-PHX-HEAT")
    path = tmp_path / "partial.xlsx"
    _book(path, {
        "Consulates": [["Consulate ID", "Country", "City", "State", "Time zone"],
                       ["MX-PHOENIX", "MX", "Phoenix", "AZ", "America/Phoenix"]],
        "People": [["Person ID", "Name", "Organization ID"],
                   ["P-ELENA-SOTO", "Elena Soto", "WHD-LOSANGELES"]],
        "Events": [["Event ID", "Year", "Title", "Format", "Starts", "Ends", "Time zone",
                    "Venue", "Status"],
                   ["LRW2027-PHX-HEAT", 2027, "Heat illness prevention workshop (updated)",
                    "workshop", "2027-08-30 09:00", "2027-08-30 11:00", "America/Phoenix",
                    event_before.venue, "confirmed"]],
    })

    result = import_workbook(ref_db, path)

    assert result.change.updated.get("consulate") is None  # nothing it names changed
    assert get_consulate(ref_db, "MX-PHOENIX") == consulate_before
    person = get_person(ref_db, "P-ELENA-SOTO")
    assert person.languages == person_before.languages and person.email == person_before.email
    assert person.memberships == person_before.memberships  # title and dates kept
    event = get_event(ref_db, "LRW2027-PHX-HEAT")
    assert event.title.endswith("(updated)")
    for field in ("title_es", "address", "host_consulate_id", "office_ids", "languages",
                  "topics", "staff_needed", "languages_needed"):
        assert getattr(event, field) == getattr(event_before, field), field
    assert event.sequence == event_before.sequence  # a title fix is not a change partners see


def test_a_blank_cell_in_a_present_column_does_clear(demo_db_at, tmp_path) -> None:
    ref_db = demo_db_at(TODAY)
    path = tmp_path / "clear.xlsx"
    _book(path, {"Consulates": [
        ["Consulate ID", "Country", "City", "State", "Time zone", "Address"],
        ["MX-PHOENIX", "MX", "Phoenix", "AZ", "America/Phoenix", None]]})
    import_workbook(ref_db, path)
    assert get_consulate(ref_db, "MX-PHOENIX").address == ""


def test_a_shift_that_does_not_overlap_is_added_not_moved(demo_db_at, tmp_path) -> None:
    ref_db = demo_db_at(TODAY)
    path = tmp_path / "shift.xlsx"
    # Ana works 13:30-15:30 on the Chicago tabling; a new 11:30-12:30 shift is another one.
    _book(path, {"Assignments": [
        ["Event ID", "Person ID", "Role", "Starts", "Ends"],
        ["LRW2027-TABLING-CHI-1", "P-ANA-TZUL", "interpreter", "2027-08-30 11:30",
         "2027-08-30 12:30"]]})
    result = import_workbook(ref_db, path)
    assert len(result.change.created["assignment"]) == 1 and "assignment" not in \
        result.change.updated
    with ref_db.session() as s:
        shifts = sorted(s.scalars(select(Assignment.starts_at).where(
            Assignment.event_id == "LRW2027-TABLING-CHI-1",
            Assignment.person_id == "P-ANA-TZUL")))
    assert [t.hour for t in shifts] == [16, 18]  # 11:30 and 13:30 CDT


def test_a_time_the_clocks_skip_is_refused(ref_db, tmp_path) -> None:
    import pytest

    from consularapp.errors import InputError

    path = tmp_path / "dst.xlsx"
    _book(path, {"Events": [
        ["Event ID", "Year", "Title", "Format", "Starts", "Ends", "Time zone", "Venue", "Status"],
        ["E-DST", 2027, "Night radio", "radio", "2027-03-14 02:30", "2027-03-14 04:00",
         "America/Chicago", "Radio", "planned"]]})
    with pytest.raises(InputError) as caught:
        import_workbook(ref_db, path)
    assert [str(p) for p in caught.value.problems] == [
        "Events, row 2, Starts: 2027-03-14 02:30 does not exist in America/Chicago: the clocks "
        "skip that hour (daylight saving time starts); choose another time"]
