"""The workbook's sheets of the partnership all year (spec/workbook.md: Partners, the new
Agreements and Events columns, Occurrence changes, Assignments' Occurrence, Outcomes, Obligations
done): an export imports back unchanged, edits land, and bad rows are refused where they are, by
the records' own rules."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
import year_round_scenario as scenario
from openpyxl import load_workbook
from sqlalchemy import select
from test_workbook import write_book

from consularapp.db import Database
from consularapp.errors import InputError
from consularapp.events import list_occurrences
from consularapp.models import Event, OccurrenceChange, Outcome, Partner
from consularapp.obligations import ObligationDoneInput, compute_obligations, mark_done
from consularapp.staffing import AssignmentInput, assign
from consularapp.workbook import SHEETS, export_workbook, import_workbook
from consularapp.workbook.format import VERSION_COLUMN

Rows = list[list[Any]]
TABLING = "OUT2025-PHX-TABLING"


def header(sheet: str) -> list[str]:
    return [col for col, _ in SHEETS[sheet] if col != VERSION_COLUMN]


def read_book(path: Path, *, versions: bool = True) -> dict[str, Rows]:
    """Every sheet's rows; without `versions`, the hidden Version column left out (a record's
    version counts its saves, which an import into another database starts again)."""
    book = load_workbook(path)
    out: dict[str, Rows] = {}
    for ws in book.worksheets:
        rows = [list(row) for row in ws.iter_rows(values_only=True)]
        if not versions and rows and rows[0][-1] == VERSION_COLUMN:
            rows = [row[:-1] for row in rows]
        out[ws.title] = rows
    return out


def by_id(rows: Rows, sheet: str) -> dict[Any, dict[str, Any]]:
    """A sheet's rows as {first cell: {column: value}}."""
    cols = rows[0]
    return {row[0]: dict(zip(cols, row, strict=True)) for row in rows[1:]}


def located(db: Database, path: Path) -> list[tuple[str, str]]:
    with pytest.raises(InputError) as info:
        import_workbook(db, path)
    return [(p.where, p.code) for p in info.value.problems]


@pytest.fixture
def year(ref_db: Database) -> Database:
    """The Phoenix alliance's year (tests/year_round_scenario.py), with its signed copy and first
    annual report marked done and one person on one occurrence of the tabling series."""
    scenario.build(ref_db)
    mark_done(ref_db, ObligationDoneInput(scenario.ALLIANCE, "signed copy", None,
                                          date(2025, 3, 20), "https://example.org/signed.pdf"))
    mark_done(ref_db, ObligationDoneInput(scenario.ALLIANCE, "annual report", date(2025, 3, 3),
                                          date(2026, 4, 10)))
    assign(ref_db, AssignmentInput(TABLING, "P-LIAISON-PHX", "interpreter",
                                   occurrence=date(2025, 9, 2)))
    return ref_db


def test_year_round_sheets_are_written_as_the_spec_says(year: Database, tmp_path: Path
                                                        ) -> None:
    out = tmp_path / "year.xlsx"
    export_workbook(year, out)
    book = read_book(out, versions=False)
    partner = by_id(book["Partners"], "Partners")["CP-CHICANOS-POR-LA-CAUSA"]
    assert (partner["Name"], partner["Kind"], partner["City"], partner["State"],
            partner["Languages"]) == ("Chicanos Por La Causa", "worker center", "Phoenix", "AZ",
                                      "Spanish; English")
    alliance = by_id(book["Agreements"], "Agreements")[scenario.ALLIANCE]
    assert alliance["Partner IDs"] == "CP-CHICANOS-POR-LA-CAUSA"
    tabling = by_id(book["Events"], "Events")[TABLING]
    assert (tabling["Year"], tabling["Agreement ID"], tabling["Partner IDs"],
            tabling["Recurrence"], tabling["Skipped dates"]) == (
        None, scenario.ALLIANCE, "CP-CHICANOS-POR-LA-CAUSA",
        "FREQ=MONTHLY;BYDAY=1TU;UNTIL=2026-02-28", "2025-07-01")
    assert by_id(book["Events"], "Events")["OUT2025-PHX-TEAM"]["Format"] == "meeting"
    assert book["Occurrence changes"][1:] == [
        [TABLING, datetime(2025, 11, 4), datetime(2025, 11, 6, 8), datetime(2025, 11, 6, 12)]]
    interpreter = [r for r in book["Assignments"][1:] if r[2] == "interpreter"]
    assert interpreter == [[TABLING, "P-LIAISON-PHX", "interpreter", None, None, None,
                            datetime(2025, 9, 2)]]
    outcomes = {(r[0], r[1]): r for r in book["Outcomes"][1:]}
    assert outcomes[TABLING, datetime(2025, 11, 4)][2:5] == [102, 204, "Spanish"]
    assert outcomes["LRW2025-PHX-FALLS", None][2:] == [
        45, 60, "Spanish; English", 6, 2, "Questions about harnesses on residential roofs"]
    assert book["Obligations done"][1:] == [
        [scenario.ALLIANCE, "annual report", datetime(2025, 3, 3), datetime(2026, 4, 10), None],
        [scenario.ALLIANCE, "signed copy", None, datetime(2025, 3, 20),
         "https://example.org/signed.pdf"]]


def test_year_round_export_imports_back_unchanged(year: Database,
                                                  new_db: Callable[..., Database],
                                                  tmp_path: Path) -> None:
    first, second = tmp_path / "first.xlsx", tmp_path / "second.xlsx"
    rows = export_workbook(year, first)
    other = new_db("reference")
    result = import_workbook(other, first)
    assert result.change.count("created", "partner") == 1
    assert export_workbook(other, second) == rows
    assert read_book(second, versions=False) == read_book(first, versions=False)
    # What is derived from the rows comes out the same: occurrences (the moved one, the
    # skipped one), the series' last end for range queries, the obligations and their status.
    window = (datetime(2025, 1, 1, tzinfo=UTC), datetime(2026, 12, 31, tzinfo=UTC))

    def occurrences(db: Database) -> list[tuple[str, date, datetime, bool, bool]]:
        return [(o.id, o.occurs_on, o.starts, o.cancelled, o.moved)
                for o in list_occurrences(db, *window)]

    assert occurrences(other) == occurrences(year)

    def last_ends(db: Database) -> dict[str, Any]:
        with db.session() as s:
            return dict(s.execute(select(Event.id, Event.last_ends_at)).all())

    assert last_ends(other) == last_ends(year)
    as_of = date(2026, 5, 1)
    assert compute_obligations(other, as_of) == compute_obligations(year, as_of)
    # Importing the export into the database it came from changes nothing.
    again = import_workbook(year, first)
    assert again.summary() == "nothing changed"


def test_edited_year_round_cells_land(year: Database, tmp_path: Path) -> None:
    out = tmp_path / "year.xlsx"
    export_workbook(year, out)
    book = read_book(out)
    with year.session() as s:
        before = s.get(Event, TABLING)
        sequence, version = before.sequence, before.version
        partner_version = s.get(Partner, "CP-CHICANOS-POR-LA-CAUSA").version
    events = book["Events"]
    row = next(r for r in events if r[0] == TABLING)
    row[events[0].index("Skipped dates")] = "2025-07-01; 2026-01-06"
    book["Occurrence changes"] = book["Occurrence changes"][:1]  # the November move undone
    partners = book["Partners"]
    partners[1][partners[0].index("Name")] = "Chicanos Por La Causa, Inc."
    book["Outcomes"].append(["LRW2025-PHX-MOBILE", None, 310, None, None, 12, None, None])
    import_workbook(year, write_book(tmp_path / "edited.xlsx", book))
    with year.session() as s:
        changes = {(c.occurs_on, c.cancelled) for c in s.scalars(
            select(OccurrenceChange).where(OccurrenceChange.event_id == TABLING))}
        after = s.get(Event, TABLING)
        partner = s.get(Partner, "CP-CHICANOS-POR-LA-CAUSA")
        mobile = s.scalars(select(Outcome).where(
            Outcome.event_id == "LRW2025-PHX-MOBILE")).one()
        assert changes == {(date(2025, 7, 1), True), (date(2026, 1, 6), True)}
        assert after.sequence == sequence + 1  # calendars are told the series changed
        assert after.version == version + 1  # an editor opened before must not overwrite it
        assert (partner.name, partner.version) == ("Chicanos Por La Causa, Inc.",
                                                   partner_version + 1)
        assert (mobile.people_reached, mobile.referrals) == (310, 12)


def test_occurrence_changes_of_an_event_not_in_the_file_are_added(year: Database,
                                                                   tmp_path: Path) -> None:
    """A sheet of moves alone: the listed event keeps its other moves and gets the new one."""
    book = {"Occurrence changes": [header("Occurrence changes"),
                                   [TABLING, "2025-12-02", "2025-12-03 08:00",
                                    "2025-12-03 12:00"]]}
    import_workbook(year, write_book(tmp_path / "moves.xlsx", book))
    with year.session() as s:
        moved = sorted((c.occurs_on, c.starts_at) for c in s.scalars(
            select(OccurrenceChange).where(OccurrenceChange.event_id == TABLING,
                                           OccurrenceChange.cancelled.is_(False))))
    assert moved == [(date(2025, 11, 4), datetime(2025, 11, 6, 15, tzinfo=UTC)),
                     (date(2025, 12, 2), datetime(2025, 12, 3, 15, tzinfo=UTC))]


def test_bad_year_round_rows_are_refused_where_they_are(ref_db: Database,
                                                        tmp_path: Path) -> None:
    series = ["EV-SERIES", None, "Consulate waiting-room table", None, "tabling",
              "2027-02-23 09:00", "2027-02-23 12:00", "America/Chicago", "Consulate", None,
              None, None, None, None, None, None, "planned", None, "AG-Y", "CP-OK",
              "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=2027-12-31", "2027-03-09"]
    once = ["EV-ONCE", None, "Radio", None, "radio", "2027-03-09 07:00", "2027-03-09 08:00",
            "America/Chicago", "Studio", None, None, None, None, None, None, None, "planned",
            None, None, None, None, None]
    book = {
        "Partners": [
            header("Partners"),
            ["CP-1", "", "church", None, "ZZ", None, "not-an-email", None, None, None],
            ["CP-OK", "Centro de Trabajadores", "Worker Center", "Chicago", "IL", "Spanish",
             None, None, None, None],
        ],
        "People": [header("People"),
                   ["P-ANA", "Ana Ruiz", "WHD-CHICAGO", None, "Spanish", None, None, None,
                    None]],
        "Agreements": [
            header("Agreements"),
            ["AG-Y", "Arrangement Establishing an Alliance", "WHD-CHICAGO", "MX-CHICAGO",
             "signed", "2025-03-03", None, 24, None, None, None, None, None, None, None,
             "CP-OK"],
            ["AG-BAD", "Other", "WHD-CHICAGO", "MX-CHICAGO", "draft", None, None, None, None,
             None, None, None, None, None, None, "CP-404; CP-OK"],
        ],
        "Obligations done": [
            header("Obligations done"),
            ["AG-Y", "annual report", "2025-04-01", "2026-04-10", None],
            ["AG-Y", "quarterly letter", None, "2026-01-01", None],
            ["AG-Y", "signed copy", "2025-03-03", "2025-03-20", None],
            ["AG-Y", "annual report", None, "2026-04-10", None],
            ["AG-404", "signed copy", None, "2025-03-20", None],
            ["AG-Y", "signed copy", None, "2025-03-20", None],
            ["AG-Y", "Signed copy", None, "2025-03-21", None],
        ],
        "Events": [
            header("Events"), series, once,
            ["EV-BAD", None, "Bad", None, "meeting", "2027-03-01 09:00", "2027-03-01 10:00",
             "America/Chicago", "Room", None, None, None, None, None, None, None, "planned",
             None, "AG-404", "CP-404", "FREQ=YEARLY;COUNT=3", "someday"],
            ["EV-SKIP", None, "Skip", None, "meeting", "2027-03-01 09:00", "2027-03-01 10:00",
             "America/Chicago", "Room", None, None, None, None, None, None, None, "planned",
             None, None, None, "FREQ=MONTHLY;BYDAY=1MO;COUNT=6", "2027-03-08"],
            ["EV-WEEKS", None, "Weeks", None, "meeting", "2027-03-01 09:00", "2027-03-01 10:00",
             "America/Chicago", "Room", None, None, None, None, None, None, None, "planned",
             None, None, None, "FREQ=WEEKLY;BYDAY=MO", None],
            ["EV-LEAP", None, "Once", None, "meeting", "2027-03-01 09:00", "2027-03-01 10:00",
             "America/Chicago", "Room", None, None, None, None, None, None, None, "planned",
             None, None, None, None, "2027-03-01"],
        ],
        "Occurrence changes": [
            header("Occurrence changes"),
            ["EV-SERIES", "2027-03-23", "2027-03-24 09:00", "2027-03-24 08:00"],
            ["EV-SERIES", "2027-03-17", "2027-03-18 09:00", "2027-03-18 12:00"],
            ["EV-ONCE", "2027-03-09", "2027-03-10 07:00", "2027-03-10 08:00"],
            ["EV-404", "2027-03-09", "2027-03-10 07:00", "2027-03-10 08:00"],
            ["EV-SERIES", "2027-04-06", "2027-03-14 02:30", "2027-03-14 04:00"],
            ["EV-SERIES", "2027-04-20", "2027-04-21 09:00", "2027-04-21 12:00"],
            ["EV-SERIES", "2027-04-20", "2027-04-22 09:00", "2027-04-22 12:00"],
        ],
        "Assignments": [
            header("Assignments"),
            ["EV-SERIES", "P-ANA", "presenter", None, None, None, "2027-03-10"],
            ["EV-ONCE", "P-ANA", "presenter", None, None, None, "2027-03-09"],
            ["EV-SERIES", "P-ANA", "table staff", None, None, None, "2027-03-09"],
        ],
        "Outcomes": [
            header("Outcomes"),
            ["EV-SERIES", None, 10, None, None, None, None, None],
            ["EV-SERIES", "2027-03-10", 5, None, None, None, None, None],
            ["EV-SERIES", "2027-03-09", 5, None, None, None, None, None],
            ["EV-ONCE", "2027-03-09", 5, None, None, None, None, None],
            ["EV-SERIES", "2027-02-23", 2000000, None, None, -1, None, None],
            ["EV-SERIES", "2027-04-06", 5, None, None, None, None,
             "asked for maria.lopez@example.org"],
            ["EV-404", None, 3, None, None, None, None, None],
            ["EV-SERIES", "2027-05-04", 5, None, None, None, None, None],
            ["EV-SERIES", "2027-05-04", 6, None, None, None, None, None],
        ],
    }
    assert located(ref_db, write_book(tmp_path / "bad.xlsx", book)) == [
        ("Partners, row 2, Name", "field.required"),
        ("Partners, row 2, Kind", "choice.unknown"),
        ("Partners, row 2, State", "state.unknown"),
        ("Partners, row 2, Email", "email.invalid"),
        ("Agreements, row 3, Partner IDs", "agreement.unknown_partner"),
        ("Obligations done, row 2, Period starts", "obligation_done.no_such_period"),
        ("Obligations done, row 3, Obligation", "obligation_done.not_owed"),
        ("Obligations done, row 4, Period starts", "obligation_done.not_periodic"),
        ("Obligations done, row 5, Period starts", "obligation_done.period_required"),
        ("Obligations done, row 6, Agreement ID", "obligation_done.unknown_agreement"),
        ("Obligations done, row 8, Obligation", "row.repeated_obligation"),
        ("Events, row 4, Agreement ID", "event.unknown_agreement"),
        ("Events, row 4, Partner IDs", "event.unknown_partner"),
        ("Events, row 4, Recurrence", "recurrence.unsupported_frequency"),
        ("Events, row 4, Skipped dates", "cell.not_a_date"),
        ("Events, row 5, Skipped dates", "event.skipped_not_occurrence"),
        ("Events, row 6, Recurrence", "recurrence.endless"),
        ("Events, row 7, Skipped dates", "event.skipped_not_recurring"),
        ("Occurrence changes, row 2, Ends", "event.ends_not_after_start"),
        ("Occurrence changes, row 3, Occurrence", "occurrence.not_an_occurrence"),
        ("Occurrence changes, row 4, Event ID", "occurrence.not_recurring"),
        ("Occurrence changes, row 5, Event ID", "occurrence.unknown_event"),
        ("Occurrence changes, row 6, Starts", "time.skipped"),
        ("Occurrence changes, row 8, Occurrence", "row.repeated_occurrence"),
        ("Assignments, row 2, Occurrence", "assignment.not_an_occurrence"),
        ("Assignments, row 3, Occurrence", "assignment.not_recurring"),
        ("Assignments, row 4, Occurrence", "assignment.occurrence_cancelled"),
        ("Outcomes, row 2, Occurrence", "outcome.occurrence_required"),
        ("Outcomes, row 3, Occurrence", "outcome.not_an_occurrence"),
        ("Outcomes, row 4, Occurrence", "outcome.occurrence_cancelled"),
        ("Outcomes, row 5, Occurrence", "outcome.not_recurring"),
        ("Outcomes, row 6, People reached", "field.out_of_range"),
        ("Outcomes, row 6, Referrals", "field.out_of_range"),
        ("Outcomes, row 7, Notes", "outcome.personal_detail"),
        ("Outcomes, row 8, Event ID", "outcome.unknown_event"),
        ("Outcomes, row 10, Occurrence", "row.repeated_outcome"),
    ]
    with ref_db.session() as s:
        assert s.scalars(select(Partner)).all() == []


def test_year_round_sheets_do_not_query_per_row(empty_db: Database,
                                                new_db: Callable[..., Database],
                                                tmp_path: Path) -> None:
    """Ten times the partners, series, moves and outcomes: about the same statements."""
    from sqlalchemy import event as sa_event

    def book(n: int) -> dict[str, Rows]:
        sheets: dict[str, Rows] = {name: [header(name)] for name in (
            "Offices", "Consulates", "Partners", "Events", "Occurrence changes", "Outcomes")}
        sheets["Offices"].append(["WHD-CHICAGO", "WHD", None, "Chicago District Office",
                                  "district", None, "Chicago", "IL", "America/Chicago", None,
                                  None, None])
        sheets["Consulates"].append(["MX-CHICAGO", "MX", "Chicago", "IL", None,
                                     "America/Chicago", None, None, None, None])
        for i in range(n):
            sheets["Partners"].append([f"CP-{i}", f"Partner {i}", "union", "Chicago", "IL",
                                       None, None, None, None, None])
            sheets["Events"].append([
                f"S-{i}", None, f"Series {i}", None, "tabling", "2027-02-23 09:00",
                "2027-02-23 12:00", "America/Chicago", "Consulate", None, "MX-CHICAGO",
                "WHD-CHICAGO", None, None, None, None, "planned", None, None, f"CP-{i}",
                "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=10", "2027-03-09"])
            sheets["Occurrence changes"].append([f"S-{i}", "2027-03-23", "2027-03-24 09:00",
                                                 "2027-03-24 12:00"])
            sheets["Outcomes"].append([f"S-{i}", "2027-02-23", i, None, None, None, None,
                                       None])
        return sheets

    def statements(db: Database, n: int) -> int:
        seen: list[str] = []
        listener = lambda *args: seen.append(args[2])  # noqa: E731
        sa_event.listen(db.engine, "before_cursor_execute", listener)
        try:
            path = write_book(tmp_path / f"n{n}.xlsx", book(n))
            import_workbook(db, path)
            import_workbook(db, path)  # and again, as updates that change nothing
        finally:
            sa_event.remove(db.engine, "before_cursor_execute", listener)
        return len(seen)

    other = new_db("empty")
    small, large = statements(empty_db, 20), statements(other, 200)
    assert large <= small + 5, (small, large)
    with other.session() as s:
        assert len(s.scalars(select(OccurrenceChange)).all()) == 400  # a skip, a move each


def test_a_partner_changed_since_the_export_is_left_as_its_editor_saved_it(
        year: Database, tmp_path: Path) -> None:
    from consularapp.partners import get_partner, save_partner
    from consularapp.writes import write

    out = tmp_path / "year.xlsx"
    export_workbook(year, out)
    theirs = get_partner(year, "CP-CHICANOS-POR-LA-CAUSA")
    theirs.phone = "602-555-0199"
    with write(year, user="Ana Tzul"):
        save_partner(year, theirs, "CP-CHICANOS-POR-LA-CAUSA")
    book = read_book(out)
    partners = book["Partners"]
    partners[1][partners[0].index("Website")] = "https://cplc.example.org"
    result = import_workbook(year, write_book(tmp_path / "edited.xlsx", book))
    [warning] = [w for w in result.warnings if "since this workbook" in w]
    assert warning.startswith("Partners, row 2: CP-CHICANOS-POR-LA-CAUSA was changed by Ana Tzul")
    kept = get_partner(year, "CP-CHICANOS-POR-LA-CAUSA")
    assert (kept.phone, kept.website) == ("602-555-0199", "")


def test_an_imported_date_edit_drops_what_was_done_for_a_period_that_vanished(
        year: Database, tmp_path: Path) -> None:
    out = tmp_path / "year.xlsx"
    export_workbook(year, out)
    book = read_book(out)
    agreements = book["Agreements"]
    row = next(r for r in agreements if r[0] == scenario.ALLIANCE)
    row[agreements[0].index("Effective on")] = "2025-04-01"
    book["Obligations done"] = book["Obligations done"][:1]  # the sheet says nothing new
    import_workbook(year, write_book(tmp_path / "edited.xlsx", book))
    done = {(o.obligation, o.period_starts, o.done_on)
            for o in compute_obligations(year, date(2026, 5, 1)) if o.done_on is not None}
    assert done == {("signed copy", None, date(2025, 3, 20))}  # the 2025-03-03 period is gone
