"""A moved shift reaches the person's calendar: its own sequence rises, from the editor or Excel."""

from __future__ import annotations

from datetime import date, datetime

import icalendar
from openpyxl import load_workbook
from sqlalchemy import select

from consularapp.calendars import event_calendar
from consularapp.models import Assignment
from consularapp.staffing import AssignmentInput, update_assignment
from consularapp.workbook import export_workbook, import_workbook

TODAY = date(2026, 11, 21)
EVENT = "LRW2027-TABLING-CHI-1"  # 11:30-15:30 Chicago, Luis on 11:30-13:30


def _luis(db) -> Assignment:
    with db.session() as s:
        return s.scalars(select(Assignment).where(Assignment.event_id == EVENT,
                                                  Assignment.person_id == "P-LUIS-HERNANDEZ")).one()


def _person_sequence(db) -> int:
    cal = icalendar.Calendar.from_ical(event_calendar(db, 2027, person_id="P-LUIS-HERNANDEZ"))
    (event,) = [e for e in cal.walk("VEVENT") if str(e["UID"]).startswith(EVENT)]
    return int(event["SEQUENCE"])


def test_moving_a_shift_in_the_editor_raises_its_sequence(demo_db_at) -> None:
    ref_db = demo_db_at(TODAY)
    a = _luis(ref_db)
    assert _person_sequence(ref_db) == 0
    same = AssignmentInput(EVENT, "P-LUIS-HERNANDEZ", a.role, datetime(2027, 8, 30, 11, 30),
                           datetime(2027, 8, 30, 13, 30), "new note")
    update_assignment(ref_db, a.id, same)  # a note is not a move
    assert _luis(ref_db).sequence == 0
    moved = AssignmentInput(EVENT, "P-LUIS-HERNANDEZ", a.role, datetime(2027, 8, 30, 12, 0),
                            datetime(2027, 8, 30, 14, 0), "new note")
    update_assignment(ref_db, a.id, moved)
    assert _luis(ref_db).sequence == 1
    assert _person_sequence(ref_db) == 1


def test_a_shift_start_edited_in_excel_moves_the_shift_instead_of_adding_one(
    demo_db_at, tmp_path
) -> None:
    ref_db = demo_db_at(TODAY)
    before = _luis(ref_db)
    path = tmp_path / "plan.xlsx"
    export_workbook(ref_db, path)
    book = load_workbook(path)
    sheet = book["Assignments"]
    header = [c.value for c in sheet[1]]
    for row in sheet.iter_rows(min_row=2):
        values = {h: c for h, c in zip(header, row, strict=True)}
        if values["Event ID"].value == EVENT and values["Person ID"].value == "P-LUIS-HERNANDEZ":
            values["Starts"].value = "2027-08-30 12:00"
            values["Ends"].value = "2027-08-30 14:00"
    book.save(path)

    result = import_workbook(ref_db, path)

    assert result.change.created.get("assignment") is None
    assert result.change.updated["assignment"] == {str(before.id)}
    after = _luis(ref_db)
    assert after.id == before.id and after.sequence == 1
    assert after.starts_at.hour == 17  # 12:00 CDT
