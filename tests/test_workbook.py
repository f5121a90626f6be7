"""The exchange workbook: import, export, round trip, and every problem located precisely."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import event as sa_event
from sqlalchemy import select

from consularapp.db import Database, open_database
from consularapp.errors import ConsularError, InputError, WorkbookFileError
from consularapp.models import (
    Agency,
    Agreement,
    Assignment,
    Campaign,
    Consulate,
    Event,
    Membership,
    Office,
    Person,
)
from consularapp.workbook import SHEETS, ImportResult, export_workbook, import_workbook

Rows = list[list[Any]]


def header(sheet: str) -> list[str]:
    return [col for col, _ in SHEETS[sheet]]


def write_book(path: Path, sheets: dict[str, Rows]) -> Path:
    """A workbook as a user's Excel would save it; text starting with '=' is text, not formula."""
    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        ws = book.create_sheet(name)
        for r, values in enumerate(rows, start=1):
            for c, value in enumerate(values, start=1):
                cell = ws.cell(row=r, column=c, value=value)
                if isinstance(value, str) and value.startswith("="):
                    cell.data_type = "s"
    book.save(path)
    return path


def read_book(path: Path) -> dict[str, list[list[Any]]]:
    book = load_workbook(path)
    return {ws.title: [list(row) for row in ws.iter_rows(values_only=True)]
            for ws in book.worksheets}


def rich_sheets() -> dict[str, Rows]:
    """A small but complete situation: every sheet, rotations, renewals, three odd time zones."""
    return {
        "Offices": [
            header("Offices"),
            ["WHD-CHICAGO", "WHD", "Wage and Hour Division", "Chicago District Office",
             "district", "Midwest", "Chicago", "IL", "America/Chicago", "230 S Dearborn St",
             "312-789-2950", "chicago@dol.example"],
            ["WHD-PHOENIX", "whd", None, "Phoenix District Office", "District", "Southwest",
             "Phoenix", "az", "America/Phoenix", None, None, None],
            ["OSHA-SJ", "OSHA", "Occupational Safety and Health Administration",
             "San Juan Area Office", "area", None, "Guaynabo", "PR", "America/Puerto_Rico",
             None, 7877663000, None],
            ["HIDOL-HNL", "HIDOL", "Hawaii Department of Labor", "Honolulu Office", "local",
             None, "Honolulu", "HI", "Pacific/Honolulu", None, None, None],
        ],
        "Consulates": [
            header("Consulates"),
            ["MX-CHICAGO", "MX", "Chicago", "IL", "consulate general", "America/Chicago",
             "204 S Ashland Ave", None, None, "IL; IN; WI"],
            ["MX-PHOENIX", "mx", "Phoenix", "AZ", "Consulate General", "America/Phoenix", None,
             None, None, None],
            ["DO-SANJUAN", "DO", "San Juan", "PR", "consulate", "America/Puerto_Rico", None,
             None, None, None],
            ["PH-HONOLULU", "PH", "Honolulu", "HI", None, "Pacific/Honolulu", None, None, None,
             None],
        ],
        "People": [
            header("People"),
            ["P-ANA", "Ana Ruiz", "WHD-CHICAGO",
             "Community Outreach and Resource Planning Specialist", "English; Spanish",
             "ana@dol.example", None, "2020-01-06", None],
            ["P-LUIS", "Luis Gómez", "MX-PHOENIX", "Consul for Protection", "Spanish; English",
             None, None, date(2023, 8, 1), None],
            ["P-LUIS", "Luis Gómez", "MX-CHICAGO", "Consul for Protection", "Spanish;English",
             None, None, datetime(2019, 8, 1), "2023-07-31"],
            ["P-DIR", "Dana Director", "WHD-CHICAGO", "District Director", None, None, None,
             None, None],
            ["P-CONSUL", "Carlos Cónsul", "MX-CHICAGO", "Consul General", "Spanish", None, None,
             None, None],
            ["P-MARIA", "María López", "WHD-PHOENIX", None, "Spanish; Mixteco", None, None,
             None, None],
            ["P-KEALA", "Keala Kahale", "HIDOL-HNL", None, "English; Ilocano", None, None, None,
             None],
            ["P-NOBODY", "Nora Nobody", None, None, None, None, None, None, None],
        ],
        "Agreements": [
            header("Agreements"),
            ["AG-CHI-2021", "Letter of Arrangement", "WHD-CHICAGO", "MX-CHICAGO", "signed",
             datetime(2021, 3, 1), None, 36, None, None, None, "P-DIR", "P-CONSUL",
             "https://example.org/loa-2021.pdf", "first one"],
            ["AG-CHI-2024", "letter of arrangement", "WHD-CHICAGO", "MX-CHICAGO", "Signed",
             "2024-02-29", None, 36, "2027-02-28", None, "AG-CHI-2021", "P-DIR", "P-CONSUL",
             None, None],
            ["AG-PR-2025", "Arrangement Establishing an Alliance", "OSHA-SJ; WHD-PHOENIX",
             "DO-SANJUAN; MX-PHOENIX", "negotiating", None, None, None, None, None,
             "AG-PR-2022", None, None, None, None],
            ["AG-PR-2022", "Memorandum of Understanding", "OSHA-SJ", "DO-SANJUAN", "terminated",
             "2022-05-01", "2022-06-01", 24, None, "2023-01-15", None, None, None, None, None],
            ["AG-HNL", "Other", "HIDOL-HNL", "PH-HONOLULU", "draft", None, None, None, None,
             None, None, None, None, None, None],
        ],
        "Campaigns": [
            header("Campaigns"),
            [2026, "2026-08-31", datetime(2026, 9, 4), "Know your rights",
             "Conoce tus derechos"],
        ],
        "Events": [
            header("Events"),
            ["EV-PHX-1", 2027, "Heat safety tabling", "Mesa informativa", "tabling",
             "2027-08-30 09:00", datetime(2027, 8, 30, 13, 0), "America/Phoenix",
             "Consulate General of Mexico in Phoenix", "320 E McDowell Rd", "MX-PHOENIX",
             "WHD-PHOENIX", "Spanish; English", "heat illness; wage theft", 2, "Spanish",
             "confirmed", None],
            ["EV-PR-1", 2027, "Workshop", None, "workshop", "2027-08-31 10:00",
             "2027-08-31 12:00", "America/Puerto_Rico", "Consulado Dominicano", None,
             "DO-SANJUAN", "OSHA-SJ", "Spanish", None, None, None, "planned", None],
            ["EV-HNL-1", 2027, "Webinar", None, "webinar", "2027-09-01 09:00",
             "2027-09-01 10:30", "Pacific/Honolulu", "Online", None, None, "HIDOL-HNL",
             "English; Ilocano", None, 0, None, "planned", "bring slides"],
            ["EV-CHI-2026", 2026, "Opening", "Inauguración", "opening ceremony",
             "2026-08-31 10:00", "2026-08-31 11:00", "America/Chicago",
             "Consulate General of Mexico in Chicago", None, "MX-CHICAGO",
             "WHD-CHICAGO", None, None, None, None, "cancelled", None],
        ],
        "Assignments": [
            header("Assignments"),
            ["EV-PHX-1", "P-MARIA", "table staff", None, None, None],
            ["EV-PHX-1", "P-ANA", "presenter", "2027-08-30 09:00", "2027-08-30 11:00", None],
            ["EV-PHX-1", "P-ANA", "interpreter", datetime(2027, 8, 30, 11, 0),
             "2027-08-30 13:00", "second shift"],
            ["EV-PR-1", "P-ANA", "coordinator", None, None, None],
            ["EV-HNL-1", "P-KEALA", "Presenter", "2027-09-01 09:00", "2027-09-01 10:30", None],
        ],
    }


@pytest.fixture
def other_db(tmp_path: Path) -> Iterator[Database]:
    db = open_database(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    yield db
    db.close()


def import_rows(db: Database, tmp_path: Path, sheets: dict[str, Rows], **kw: Any
                ) -> ImportResult:
    return import_workbook(db, write_book(tmp_path / "in.xlsx", sheets), **kw)


def problems_of(db: Database, tmp_path: Path, sheets: dict[str, Rows]) -> list[str]:
    with pytest.raises(InputError) as info:
        import_rows(db, tmp_path, sheets)
    return [str(p) for p in info.value.problems]


def located(db: Database, tmp_path: Path, sheets: dict[str, Rows]) -> list[tuple[str, str]]:
    """(where, code) of every problem an import of `sheets` is refused with."""
    with pytest.raises(InputError) as info:
        import_rows(db, tmp_path, sheets)
    assert all(p.code and p.message for p in info.value.problems), info.value.problems
    return [(p.where, p.code) for p in info.value.problems]


def count(db: Database, model: Any) -> int:
    with db.session() as s:
        return len(s.scalars(select(model)).all())


# --- the basics ---------------------------------------------------------------------------------


def test_openpyxl_parses_with_defusedxml() -> None:
    assert openpyxl.xml.DEFUSEDXML is True


def test_import_rich_workbook_stores_everything(empty_db: Database, tmp_path: Path) -> None:
    result = import_rows(empty_db, tmp_path, rich_sheets())
    assert result.warnings == []
    c = result.change
    assert c.count("created", "office") == 4
    assert c.count("created", "agency") == 3  # WHD, OSHA, HIDOL
    assert c.count("created", "consulate") == 4
    assert c.count("created", "person") == 7
    assert c.count("created", "membership") == 7
    assert c.count("created", "agreement") == 5
    assert c.created["campaign"] == {"2026", "2027"}  # 2027 made for its events
    assert c.count("created", "event") == 4
    assert c.count("created", "assignment") == 5
    assert "Offices: 4 created" in result.summary()
    with empty_db.session() as s:
        assert s.get(Agency, "HIDOL").name == "Hawaii Department of Labor"
        assert s.get(Agency, "WHD").name == "Wage and Hour Division"
        phx = s.get(Office, "WHD-PHOENIX")
        assert (phx.agency_code, phx.office_type, phx.state) == ("WHD", "district", "AZ")
        assert s.get(Office, "OSHA-SJ").phone == "7877663000"
        assert s.get(Consulate, "MX-PHOENIX").consulate_type == "consulate general"
        assert s.get(Consulate, "PH-HONOLULU").consulate_type is None
        luis = s.get(Person, "P-LUIS")
        assert luis.languages == ["Spanish", "English"]
        assert [(m.consulate_id, m.active_from, m.active_to) for m in luis.memberships] == [
            ("MX-CHICAGO", date(2019, 8, 1), date(2023, 7, 31)),
            ("MX-PHOENIX", date(2023, 8, 1), None),
        ]
        assert s.get(Person, "P-NOBODY").memberships == []
        old = s.get(Agreement, "AG-CHI-2021")
        assert (old.signed_on, old.term_months, old.expires_on) == (date(2021, 3, 1), 36, None)
        assert old.us_signatory_id == "P-DIR"
        new = s.get(Agreement, "AG-CHI-2024")
        assert (new.kind, new.state, new.renews_id) == ("Letter of Arrangement", "signed",
                                                        "AG-CHI-2021")
        assert new.expires_on == date(2027, 2, 28)
        pr = s.get(Agreement, "AG-PR-2025")
        assert pr.renews_id == "AG-PR-2022"  # named before it was defined in the sheet
        assert [o.id for o in pr.offices] == ["OSHA-SJ", "WHD-PHOENIX"]
        assert [k.id for k in pr.consulates] == ["DO-SANJUAN", "MX-PHOENIX"]
        lrw = s.get(Campaign, 2027)
        assert (lrw.starts_on, lrw.ends_on) == (date(2027, 8, 30), date(2027, 9, 3))
        assert s.get(Campaign, 2026).theme_es == "Conoce tus derechos"
        ev = s.get(Event, "EV-PHX-1")
        assert ev.topics == ["heat illness", "wage theft"]
        assert ev.staff_needed == 2 and ev.sequence == 0
        assert [o.id for o in ev.offices] == ["WHD-PHOENIX"]
        assert s.get(Event, "EV-HNL-1").staff_needed == 0


def test_times_are_stored_as_utc_and_exported_as_local(empty_db: Database,
                                                        tmp_path: Path) -> None:
    import_rows(empty_db, tmp_path, rich_sheets())
    with empty_db.session() as s:
        phx = s.get(Event, "EV-PHX-1")
        assert phx.starts_at == datetime(2027, 8, 30, 16, 0, tzinfo=UTC)  # MST, no DST
        assert phx.ends_at == datetime(2027, 8, 30, 20, 0, tzinfo=UTC)
        assert s.get(Event, "EV-PR-1").starts_at == datetime(2027, 8, 31, 14, 0, tzinfo=UTC)
        assert s.get(Event, "EV-HNL-1").starts_at == datetime(2027, 9, 1, 19, 0, tzinfo=UTC)
        assert s.get(Event, "EV-CHI-2026").starts_at == datetime(2026, 8, 31, 15, 0, tzinfo=UTC)
        shift = s.scalars(select(Assignment).where(Assignment.role == "interpreter")).one()
        assert shift.starts_at == datetime(2027, 8, 30, 18, 0, tzinfo=UTC)
        keala = s.scalars(select(Assignment).where(Assignment.person_id == "P-KEALA")).one()
        assert keala.ends_at == datetime(2027, 9, 1, 20, 30, tzinfo=UTC)
    out = tmp_path / "out.xlsx"
    export_workbook(empty_db, out)
    ws = load_workbook(out)["Events"]
    cols = header("Events")
    rows = {r[0].value: r for r in ws.iter_rows(min_row=2)}
    start = rows["EV-PHX-1"][cols.index("Starts")]
    assert start.value == datetime(2027, 8, 30, 9, 0)
    assert start.number_format == "yyyy-mm-dd hh:mm"
    assert rows["EV-HNL-1"][cols.index("Ends")].value == datetime(2027, 9, 1, 10, 30)
    assert rows["EV-PR-1"][cols.index("Starts")].value == datetime(2027, 8, 31, 10, 0)
    campaigns = load_workbook(out)["Campaigns"]
    assert campaigns.cell(row=2, column=2).value == datetime(2026, 8, 31)
    assert campaigns.cell(row=2, column=2).number_format == "yyyy-mm-dd"


def test_export_import_round_trip_is_exact(empty_db: Database, other_db: Database,
                                           tmp_path: Path) -> None:
    import_rows(empty_db, tmp_path, rich_sheets())
    first, second = tmp_path / "first.xlsx", tmp_path / "second.xlsx"
    rows = export_workbook(empty_db, first)
    result = import_workbook(other_db, first)
    assert result.change.count("created", "event") == 4
    assert export_workbook(other_db, second) == rows
    one, two = read_book(first), read_book(second)
    assert list(one) == ["Offices", "Consulates", "Partners", "People", "Agreements",
                         "Obligations done", "Campaigns", "Events", "Occurrence changes",
                         "Assignments", "Outcomes"]  # spec/workbook.md's order
    assert one == two
    assert rows == sum(len(sheet) - 1 for sheet in one.values())
    for name, sheet in one.items():
        assert sheet[0] == header(name)
    # Canonical spellings and every membership are written.
    people = one["People"]
    assert [r[0] for r in people[1:]].count("P-LUIS") == 2
    assert people[-1][:3] == ["P-NOBODY", "Nora Nobody", None]
    offices = {r[0]: r for r in one["Offices"][1:]}
    assert offices["WHD-PHOENIX"][1:5] == ["WHD", "Wage and Hour Division",
                                           "Phoenix District Office", "district"]
    # Re-importing an export changes nothing: no record differs.
    again = import_workbook(empty_db, first)
    assert not again.change
    assert again.summary() == "nothing changed"
    with empty_db.session() as s:
        assert s.get(Office, "WHD-CHICAGO").edited is False


def test_export_layout(empty_db: Database, tmp_path: Path) -> None:
    import_rows(empty_db, tmp_path, rich_sheets())
    out = tmp_path / "out.xlsx"
    export_workbook(empty_db, out)
    book = load_workbook(out)
    assert book.sheetnames == list(SHEETS)
    for ws in book.worksheets:
        assert ws.freeze_panes == "A2"
        assert [c.value for c in ws[1]] == header(ws.title)
        assert ws[1][0].font.bold
        assert ws.column_dimensions["A"].width >= 12


def test_export_of_empty_database_writes_headers(empty_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "empty.xlsx"
    assert export_workbook(empty_db, out) == 0
    assert read_book(out) == {name: [header(name)] for name in SHEETS}


# --- text, dates -------------------------------------------------------------------------------


def test_text_that_looks_like_a_formula_stays_text(empty_db: Database, other_db: Database,
                                                   tmp_path: Path) -> None:
    sheets = {
        "Offices": [header("Offices"),
                    ["O-1", "WHD", None, "=SUM(A1)", "field", "+1 region", "-Town", "TX",
                     "America/Chicago", "@home", "+1 312 555 0100", None]],
        "Events": [header("Events"),
                   ["E-1", 2027, "=HYPERLINK(\"http://x\")", None, "other", "2027-08-30 09:00",
                    "2027-08-30 10:00", "America/Chicago", "-venue", None, None, None, None,
                    None, None, None, "planned", "@notes"]],
    }
    import_rows(empty_db, tmp_path, sheets)
    with empty_db.session() as s:
        office = s.get(Office, "O-1")
        assert (office.name, office.region, office.city, office.address) == (
            "=SUM(A1)", "+1 region", "-Town", "@home")
        assert s.get(Event, "E-1").title == '=HYPERLINK("http://x")'
    out = tmp_path / "out.xlsx"
    export_workbook(empty_db, out)
    book = load_workbook(out)
    name = book["Offices"].cell(row=2, column=4)
    assert name.value == "=SUM(A1)" and name.data_type == "s"
    for col in (6, 7, 10, 11):
        assert book["Offices"].cell(row=2, column=col).data_type == "s"
    title = book["Events"].cell(row=2, column=3)
    assert title.value == '=HYPERLINK("http://x")' and title.data_type == "s"
    import_workbook(other_db, out)
    with other_db.session() as s:
        assert s.get(Office, "O-1").name == "=SUM(A1)"
        assert s.get(Office, "O-1").phone == "+1 312 555 0100"
        assert s.get(Event, "E-1").notes == "@notes"


def test_date_cells_and_text_dates(empty_db: Database, tmp_path: Path) -> None:
    sheets = rich_sheets()
    sheets["Agreements"] = [
        header("Agreements"),
        ["A-CELL", "Other", "WHD-CHICAGO", "MX-CHICAGO", "signed", datetime(2024, 2, 29),
         date(2024, 3, 1), None, datetime(2026, 3, 1), None, None, None, None, None, None],
        ["A-TEXT", "Other", "WHD-CHICAGO", "MX-CHICAGO", "signed", " 2024-02-29 ",
         "2024-03-01", None, "2026-03-01", None, None, None, None, None, None],
    ]
    import_rows(empty_db, tmp_path, sheets)
    with empty_db.session() as s:
        cell, text = s.get(Agreement, "A-CELL"), s.get(Agreement, "A-TEXT")
        for a in (cell, text):
            assert (a.signed_on, a.effective_on, a.expires_on) == (
                date(2024, 2, 29), date(2024, 3, 1), date(2026, 3, 1))
        # The text and the date-time cell of EV-PHX-1 (Starts / Ends) both read as local time.
        assert s.get(Event, "EV-PHX-1").ends_at == datetime(2027, 8, 30, 20, 0, tzinfo=UTC)


def test_bad_dates_are_located(empty_db: Database, tmp_path: Path) -> None:
    sheets = rich_sheets()
    sheets["Campaigns"] = [header("Campaigns"),
                           [2026, "2026-02-30", datetime(2026, 9, 4, 10, 30), None, None],
                           [2025, "31/08/2025", None, None, None]]
    sheets["Events"][1][5] = "2027-08-30 9am"
    assert problems_of(empty_db, tmp_path, sheets) == [
        "Campaigns, row 2, Starts on: '2026-02-30' is not a real date",
        "Campaigns, row 2, Ends on: 2026-09-04 10:30 has a time of day; give a date only",
        "Campaigns, row 3, Starts on: '31/08/2025' is not a date (use a date cell or YYYY-MM-DD)",
        "Events, row 2, Starts: '2027-08-30 9am' is not a date and time (use a date-time cell "
        "or YYYY-MM-DD HH:MM)",
    ]


# --- problems -----------------------------------------------------------------------------------


def test_missing_required_columns_are_all_reported(empty_db: Database, tmp_path: Path) -> None:
    missing = {"Offices": "Name", "Consulates": "Country", "People": "Organization ID",
               "Agreements": "State", "Campaigns": "Year", "Events": "Venue",
               "Assignments": "Role"}
    sheets = rich_sheets()
    for name, col in missing.items():
        i = header(name).index(col)
        sheets[name] = [row[:i] + row[i + 1:] for row in sheets[name]]
    assert problems_of(empty_db, tmp_path, sheets) == [
        f"{name}, row 1, {col}: required column is missing" for name, col in missing.items()
    ]
    assert count(empty_db, Office) == 0


def test_bad_values_in_every_sheet_are_reported_at_once(empty_db: Database,
                                                        tmp_path: Path) -> None:
    sheets = {
        "Offices": [
            header("Offices"),
            ["WHD-X", "WHD", None, "", "districtt", None, "Chicago", "ZZ", "Mars/Base", None,
             None, "not-an-email"],
            ["bad id!", "WHD", None, "N", "district", None, "Chicago", "IL", "America/Chicago",
             None, None, None],
            ["WHD-X", "W H D", None, "N", "district", None, "Chicago", "IL", "America/Chicago",
             None, None, None],
        ],
        "Consulates": [
            header("Consulates"),
            ["C-1", "XX", "", "IL", "embassy", "America/Chicago", None, None, None, None],
            ["WHD-X", "MX", "Chicago", "IL", None, "America/Chicago", None, None, None, None],
        ],
        "People": [
            header("People"),
            ["P-1", "Ana", "NOPE", None, None, None, None, None, None],
            ["P-2", "Bo", "C-1", None, None, None, None, "2024-13-01", None],
            ["P-2", "Bob", "C-1", None, None, None, None, "2020-01-01", "2019-01-01"],
        ],
        "Agreements": [
            header("Agreements"),
            ["AG-1", "Letter", "WHD-X; C-1", "", "signed", None, None, "abc", None, None,
             "AG-NONE", "P-404", None, None, None],
            ["AG-2", "Letter of Arrangement", "WHD-X", "C-1", "signed", "2024-02-29", None, 36,
             "2027-03-01", None, "AG-2", None, None, None, None],
            ["AG-3", "Other", "WHD-X", "C-1", "terminated", "2024-01-01", None, None,
             "2023-12-31", None, None, None, None, None, None],
        ],
        "Campaigns": [
            header("Campaigns"),
            ["20x7", None, None, None, None],
            [2027, "2027-09-03", "2027-08-30", None, None],
        ],
        "Events": [
            header("Events"),
            ["EV-1", 2027, "", None, "party", "2027-08-30 13:00", "2027-08-30 09:00",
             "America/Phoenix", "", None, "WHD-X", "C-1", None, None, -1, None, "maybe", None],
        ],
        "Assignments": [
            header("Assignments"),
            ["EV-404", "P-404", "boss", None, None, None],
            ["EV-1", "P-1", "presenter", "2027-08-30 08:00", None, None],
        ],
    }
    assert located(empty_db, tmp_path, sheets) == [
        ("Offices, row 2, Name", "field.required"),
        ("Offices, row 2, Office type", "choice.unknown"),
        ("Offices, row 2, State", "state.unknown"),
        ("Offices, row 2, Time zone", "zone.unknown"),
        ("Offices, row 2, Email", "email.invalid"),
        ("Offices, row 3, Office ID", "id.invalid"),
        ("Offices, row 4, Office ID", "row.repeated_id"),
        ("Offices, row 4, Agency", "agency.invalid_code"),
        ("Consulates, row 2, Country", "country.unknown"),
        ("Consulates, row 2, City", "field.required"),
        ("Consulates, row 2, Type", "choice.unknown"),
        ("Consulates, row 3, Consulate ID", "id.taken"),
        ("People, row 2, Organization ID", "membership.unknown_organization"),
        ("People, row 3, Active from", "cell.not_a_real_date"),
        ("People, row 4, Name", "person.rows_disagree"),
        ("People, row 4, Active to", "period.ends_before_start"),
        ("Agreements, row 2, Kind", "choice.unknown"),
        ("Agreements, row 2, Office IDs", "agreement.not_an_office"),
        ("Agreements, row 2, Consulate IDs", "agreement.no_consulate"),
        ("Agreements, row 2, Signed on", "agreement.signed_without_date"),
        ("Agreements, row 2, Term months", "field.not_whole_number"),
        ("Agreements, row 2, Renews", "agreement.renews_unknown"),
        ("Agreements, row 2, US signatory", "agreement.unknown_signatory"),
        ("Agreements, row 3, Expires on", "agreement.expiry_disagrees_with_term"),
        ("Agreements, row 3, Renews", "agreement.renews_itself"),
        ("Agreements, row 4, Expires on", "agreement.expires_before_start"),
        ("Agreements, row 4, Terminated on", "agreement.terminated_without_date"),
        ("Campaigns, row 2, Year", "field.not_whole_number"),
        ("Campaigns, row 3, Ends on", "campaign.ends_before_start"),
        ("Events, row 2, Title", "field.required"),
        ("Events, row 2, Format", "choice.unknown"),
        ("Events, row 2, Ends", "event.ends_not_after_start"),
        ("Events, row 2, Venue", "field.required"),
        ("Events, row 2, Host consulate ID", "event.host_is_office"),
        ("Events, row 2, Office IDs", "event.office_is_consulate"),
        ("Events, row 2, Staff needed", "field.out_of_range"),
        ("Events, row 2, Status", "choice.unknown"),
        ("Assignments, row 2, Event ID", "assignment.unknown_event"),
        ("Assignments, row 2, Person ID", "assignment.unknown_person"),
        ("Assignments, row 2, Role", "choice.unknown"),
        ("Assignments, row 3, Ends", "assignment.shift_incomplete"),
    ]
    assert count(empty_db, Office) == 0 and count(empty_db, Agency) == 0


def test_error_title_and_where(empty_db: Database, tmp_path: Path) -> None:
    sheets = rich_sheets()
    sheets["Offices"][2][8] = "Nowhere/Zone"
    with pytest.raises(InputError) as info:
        import_rows(empty_db, tmp_path, sheets)
    [problem] = info.value.problems
    assert problem.where == "Offices, row 3, Time zone"
    assert "nothing was changed" in info.value.title


def test_bad_assignment_row_leaves_nothing_written(empty_db: Database, tmp_path: Path) -> None:
    sheets = rich_sheets()
    sheets["Assignments"].append(["EV-PHX-1", "P-MARIA", "presenter", "2027-08-30 07:00",
                                  "2027-08-30 08:00", None])
    assert problems_of(empty_db, tmp_path, sheets) == [
        "Assignments, row 7, Starts: the shift (Mon 07:00-08:00 MST) must lie inside the event "
        "(Mon 09:00-13:00 MST)"]
    for model in (Agency, Office, Consulate, Person, Membership, Agreement, Campaign, Event,
                  Assignment):
        assert count(empty_db, model) == 0, model


def test_dry_run_checks_everything_and_writes_nothing(empty_db: Database,
                                                      tmp_path: Path) -> None:
    result = import_rows(empty_db, tmp_path, rich_sheets(), dry_run=True)
    assert result.dry_run
    assert result.change.count("created", "assignment") == 5
    assert result.change.count("created", "office") == 4
    assert "Assignments: 5 created" in result.summary()
    for model in (Agency, Office, Person, Membership, Agreement, Event, Assignment):
        assert count(empty_db, model) == 0
    # It sees the same problems a real import would.
    sheets = rich_sheets()
    sheets["Assignments"][1][1] = "P-GHOST"
    with pytest.raises(InputError) as info:
        import_rows(empty_db, tmp_path, sheets, dry_run=True)
    assert [str(p) for p in info.value.problems] == [
        "Assignments, row 2, Person ID: no person has the ID 'P-GHOST'"]


def test_references_to_ids_earlier_in_file_or_in_database(empty_db: Database,
                                                          tmp_path: Path) -> None:
    sheets = rich_sheets()
    import_rows(empty_db, tmp_path, {k: sheets[k] for k in ("Offices", "Consulates")})
    # Offices and consulates now come from the database, people from this file.
    result = import_rows(empty_db, tmp_path, {k: v for k, v in sheets.items()
                                              if k not in ("Offices", "Consulates")})
    assert result.change.count("created", "person") == 7
    assert "office" not in result.change.created
    # A later sheet cannot be referred to by an earlier one: people named before being defined.
    sheets = rich_sheets()
    sheets["People"].append(["P-NEW", "New", "WHD-LATER", None, None, None, None, None, None])
    assert problems_of(empty_db, tmp_path, sheets) == [
        "People, row 10, Organization ID: no office or consulate has the ID 'WHD-LATER'"]


def test_office_and_consulate_ids_share_one_namespace(empty_db: Database,
                                                      tmp_path: Path) -> None:
    import_rows(empty_db, tmp_path, {"Consulates": rich_sheets()["Consulates"]})
    sheets = {"Offices": [header("Offices"),
                          ["MX-CHICAGO", "WHD", None, "N", "district", None, "Chicago", "IL",
                           "America/Chicago", None, None, None]]}
    assert located(empty_db, tmp_path, sheets) == [("Offices, row 2, Office ID", "id.taken")]


# --- people and memberships ---------------------------------------------------------------------


def test_memberships_in_file_replace_stored_ones(empty_db: Database, tmp_path: Path) -> None:
    sheets = rich_sheets()
    import_rows(empty_db, tmp_path, sheets)
    people = [header("People"),
              ["P-LUIS", "Luis Gómez", "MX-PHOENIX", "Consul", "Spanish; English", None, None,
               "2023-08-01", None]]
    result = import_rows(empty_db, tmp_path, {"People": people})
    assert result.change.updated == {"person": {"P-LUIS"}}
    assert result.change.count("deleted", "membership") == 2
    assert result.change.count("created", "membership") == 1
    with empty_db.session() as s:
        luis = s.get(Person, "P-LUIS")
        assert [(m.consulate_id, m.title) for m in luis.memberships] == [
            ("MX-PHOENIX", "Consul")]
        # People absent from the file keep theirs.
        assert len(s.get(Person, "P-ANA").memberships) == 1


def test_person_rows_must_agree_and_periods_must_not_overlap(empty_db: Database,
                                                             tmp_path: Path) -> None:
    sheets = rich_sheets()
    sheets["People"] = [
        header("People"),
        ["P-1", "Ana", "WHD-CHICAGO", None, "English", "a@x.org", None, "2020-01-01", None],
        ["P-1", "Ana", "WHD-PHOENIX", None, "Spanish", "b@x.org", "555", "2022-01-01", None],
        ["P-2", "Bo", None, None, None, None, None, None, None],
        ["P-2", "Bo", "WHD-CHICAGO", None, None, None, None, None, None],
        ["P-3", "Cy", None, "Director", None, None, None, None, None],
    ]
    sheets.pop("Agreements")
    sheets.pop("Assignments")
    assert located(empty_db, tmp_path, sheets) == [
        ("People, row 3, Languages", "person.rows_disagree"),
        ("People, row 3, Email", "person.rows_disagree"),
        ("People, row 3, Phone", "person.rows_disagree"),
        ("People, row 3, Active from", "membership.overlap"),
        # Only a person's single row may leave the organization blank, for "none".
        ("People, row 4, Organization ID", "membership.organization_required"),
        # A title or dates belong to a membership, which needs its organization.
        ("People, row 6, Organization ID", "membership.organization_required"),
    ]


# --- agreements ---------------------------------------------------------------------------------


def test_expiry_from_term_and_agreement_parties_replaced(empty_db: Database,
                                                         tmp_path: Path) -> None:
    sheets = rich_sheets()
    import_rows(empty_db, tmp_path, sheets)
    agreements = [header("Agreements"),
                  ["AG-PR-2025", "Arrangement Establishing an Alliance", "OSHA-SJ",
                   "DO-SANJUAN", "negotiating", None, None, None, None, None, "AG-PR-2022",
                   None, None, None, None]]
    result = import_rows(empty_db, tmp_path, {"Agreements": agreements})
    assert result.change.updated == {"agreement": {"AG-PR-2025"}}
    with empty_db.session() as s:
        pr = s.get(Agreement, "AG-PR-2025")
        assert [o.id for o in pr.offices] == ["OSHA-SJ"]
        assert [c.id for c in pr.consulates] == ["DO-SANJUAN"]
        assert pr.edited is True
        # Term without expiry: the expiry stays computed, never stored.
        chi = s.get(Agreement, "AG-CHI-2021")
        assert chi.expires_on is None and chi.term_months == 36


def test_renewals_cannot_loop(empty_db: Database, tmp_path: Path) -> None:
    sheets = rich_sheets()
    sheets["Agreements"][4][10] = "AG-PR-2025"  # AG-PR-2022 renews AG-PR-2025 renews AG-PR-2022
    assert located(empty_db, tmp_path, sheets) == [
        ("Agreements, row 4, Renews", "agreement.renewal_loop"),
        ("Agreements, row 5, Renews", "agreement.renewal_loop"),
    ]
    with pytest.raises(InputError) as info:
        import_rows(empty_db, tmp_path, sheets)
    assert info.value.problems[0].message.endswith("AG-PR-2025 renews AG-PR-2022 renews "
                                                   "AG-PR-2025")


# --- events and sequence ------------------------------------------------------------------------


def _event_sheet(**changes: Any) -> dict[str, Rows]:
    cols = header("Events")
    row = ["EV-1", 2027, "Heat safety", None, "tabling", "2027-08-30 09:00",
           "2027-08-30 13:00", "America/Phoenix", "Consulate", "320 E McDowell Rd", None, None,
           None, None, None, None, "planned", None]
    for col, value in changes.items():
        row[cols.index(col.replace("_", " "))] = value
    return {"Events": [cols, row]}


def _sequence(db: Database) -> int:
    with db.session() as s:
        return s.get(Event, "EV-1").sequence


def test_sequence_rises_only_when_time_place_or_status_change(empty_db: Database,
                                                              tmp_path: Path) -> None:
    result = import_rows(empty_db, tmp_path, _event_sheet())
    assert result.change.created["event"] == {"EV-1"} and _sequence(empty_db) == 0
    assert not import_rows(empty_db, tmp_path, _event_sheet()).change
    assert _sequence(empty_db) == 0
    fixed = import_rows(empty_db, tmp_path, _event_sheet(Title="Heat safety fair"))
    assert fixed.change.updated == {"event": {"EV-1"}} and _sequence(empty_db) == 0
    steps = [
        {"Starts": "2027-08-30 10:00"},
        {"Starts": "2027-08-30 10:00", "Ends": "2027-08-30 14:00"},
        {"Starts": "2027-08-30 10:00", "Ends": "2027-08-30 14:00", "Venue": "Park"},
        {"Starts": "2027-08-30 10:00", "Ends": "2027-08-30 14:00", "Venue": "Park",
         "Address": None},
        {"Starts": "2027-08-30 10:00", "Ends": "2027-08-30 14:00", "Venue": "Park",
         "Address": None, "Status": "cancelled"},
    ]
    for expected, change in enumerate(steps, start=1):
        import_rows(empty_db, tmp_path, _event_sheet(Title="Heat safety fair", **change))
        assert _sequence(empty_db) == expected
    # The same wall-clock time in another zone is another instant: a change.
    import_rows(empty_db, tmp_path, _event_sheet(Title="Heat safety fair", **steps[-1],
                                                 Time_zone="America/Denver"))
    assert _sequence(empty_db) == 6
    with empty_db.session() as s:
        assert s.get(Event, "EV-1").starts_at == datetime(2027, 8, 30, 16, 0, tzinfo=UTC)


def test_assignment_matched_on_event_person_and_start(empty_db: Database,
                                                      tmp_path: Path) -> None:
    import_rows(empty_db, tmp_path, rich_sheets())
    assignments = [header("Assignments"),
                   ["EV-PHX-1", "P-ANA", "presenter", "2027-08-30 09:00", "2027-08-30 10:00",
                    "shorter"],
                   ["EV-PHX-1", "P-MARIA", "table staff", None, None, None],
                   ["EV-PHX-1", "P-KEALA", "other", None, None, None]]
    result = import_rows(empty_db, tmp_path, {"Assignments": assignments})
    assert result.change.count("updated", "assignment") == 1
    assert result.change.count("created", "assignment") == 1
    assert "assignment" not in result.change.deleted
    with empty_db.session() as s:
        ana = s.scalars(select(Assignment).where(Assignment.person_id == "P-ANA",
                                                 Assignment.role == "presenter")).one()
        assert ana.ends_at == datetime(2027, 8, 30, 17, 0, tzinfo=UTC)
        assert ana.notes == "shorter"
        assert len(s.scalars(select(Assignment)).all()) == 6
    assignments.append(["EV-PHX-1", "P-KEALA", "presenter", None, None, None])
    assert problems_of(empty_db, tmp_path, {"Assignments": assignments}) == [
        "Assignments, row 5, Starts: the same event, person and start are already on row 4"]


# --- the file -----------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["text", "empty", "missing", "csv", "zip", "folder"])
def test_not_a_workbook(empty_db: Database, tmp_path: Path, kind: str) -> None:
    path = tmp_path / "plans.xlsx"
    if kind == "text":
        path.write_text("Office ID,Agency\nWHD-X,WHD\n")
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "csv":
        path = tmp_path / "plans.csv"
        path.write_text("Office ID,Agency\n")
    elif kind == "zip":
        import zipfile

        with zipfile.ZipFile(path, "w") as z:
            z.writestr("hello.txt", "not a workbook")
    elif kind == "folder":
        path.mkdir()
    with pytest.raises(WorkbookFileError) as info:
        import_workbook(empty_db, path)
    message = str(info.value)
    assert str(path) in message
    assert "\n" not in message
    assert "Traceback" not in message


def test_headers_ignore_case_spaces_and_order_unknown_columns_warn(empty_db: Database,
                                                                   tmp_path: Path) -> None:
    sheets = {"Offices": [
        ["  state ", "TIME ZONE", "Fax", "office id", "Agency", "name", "Office Type", "city"],
        ["IL", "America/Chicago", "555", "O-1", "WHD", "Chicago", "district", "Chicago"],
        [None, None, None, None, None, None, None, None],
        ["IL", "America/Chicago", None, "O-2", "WHD", "Second", "area", "Joliet"],
    ], "Notes sheet": [["anything"]]}
    result = import_rows(empty_db, tmp_path, sheets)
    assert result.warnings == ["Offices: column 'Fax' is not known and was ignored",
                               "Sheet 'Notes sheet' is not known and was ignored"]
    assert result.change.created["office"] == {"O-1", "O-2"}
    assert result.summary() == "Agencies: 1 created\nOffices: 2 created"


def test_updates_mark_reference_records_edited_and_count_only_real_changes(
        empty_db: Database, tmp_path: Path) -> None:
    import_rows(empty_db, tmp_path, rich_sheets())
    with empty_db.transaction() as s:
        s.get(Office, "WHD-CHICAGO").source = "reference: whd_district_offices.csv"
    sheets = {"Offices": [row[:] for row in rich_sheets()["Offices"]]}
    sheets["Offices"][1][5] = "Great Lakes"
    result = import_rows(empty_db, tmp_path, sheets)
    assert result.change.updated == {"office": {"WHD-CHICAGO"}}
    assert result.summary() == "Offices: 1 updated"
    with empty_db.session() as s:
        office = s.get(Office, "WHD-CHICAGO")
        assert office.region == "Great Lakes" and office.edited is True
        assert s.get(Office, "WHD-PHOENIX").edited is False


def test_agency_names_must_agree(empty_db: Database, tmp_path: Path) -> None:
    sheets = {"Offices": [row[:] for row in rich_sheets()["Offices"]]}
    sheets["Offices"][2][2] = "Wage & Hour"
    assert problems_of(empty_db, tmp_path, sheets) == [
        "Offices, row 3, Agency name: 'Wage & Hour' differs from 'Wage and Hour Division' "
        "given for WHD on row 2"]


def test_cancel_rolls_back(empty_db: Database, tmp_path: Path) -> None:
    calls: list[tuple[int, int, str]] = []
    path = write_book(tmp_path / "in.xlsx", rich_sheets())

    def cancel_when_writing() -> bool:
        return any(message.startswith("Writing events") for _, _, message in calls)

    with pytest.raises(ConsularError, match="Import cancelled; nothing was changed"):
        import_workbook(empty_db, path, progress=lambda *a: calls.append(a),
                        cancelled=cancel_when_writing)
    assert count(empty_db, Office) == 0 and count(empty_db, Person) == 0
    import_workbook(empty_db, path)
    out = tmp_path / "out.xlsx"
    out.write_bytes(b"previous export")
    calls.clear()
    with pytest.raises(ConsularError, match="Export cancelled; no file was written"):
        export_workbook(empty_db, out, progress=lambda *a: calls.append(a),
                        cancelled=lambda: any(m == "Writing Events" for _, _, m in calls))
    assert out.read_bytes() == b"previous export"
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".part"] == []


def test_progress_is_reported(empty_db: Database, tmp_path: Path) -> None:
    calls: list[tuple[int, int, str]] = []
    import_rows(empty_db, tmp_path, rich_sheets(), progress=lambda *a: calls.append(a))
    assert any(m == "Checking Events" for _, _, m in calls)
    done, total, _ = calls[-1]
    assert done == total > 0
    assert [d for d, _, _ in calls] == sorted(d for d, _, _ in calls)
    calls.clear()
    export_workbook(empty_db, tmp_path / "out.xlsx", progress=lambda *a: calls.append(a))
    assert calls[-1][0] == calls[-1][1] == 32


def test_queries_do_not_grow_with_rows(empty_db: Database, other_db: Database,
                                       tmp_path: Path) -> None:
    """One query per table, bulk writes: 10 times the rows, about the same statements."""

    def sheets(n: int) -> dict[str, Rows]:
        base = rich_sheets()
        events = [header("Events")]
        assignments = [header("Assignments")]
        people = [header("People")]
        for i in range(n):
            people.append([f"P{i}", f"Person {i}", "WHD-PHOENIX", None, "Spanish", None, None,
                           None, None])
            events.append([f"E{i}", 2027, f"Event {i}", None, "tabling", "2027-08-30 09:00",
                           "2027-08-30 13:00", "America/Phoenix", "Venue", None, "MX-PHOENIX",
                           "WHD-PHOENIX; WHD-CHICAGO", "Spanish", None, 2, None, "planned",
                           None])
            assignments.append([f"E{i}", f"P{i}", "table staff", None, None, None])
            assignments.append([f"E{i}", f"P{(i + 1) % n}", "presenter", "2027-08-30 09:00",
                                "2027-08-30 10:00", None])
        return {"Offices": base["Offices"], "Consulates": base["Consulates"],
                "People": people, "Events": events, "Assignments": assignments}

    def statements(db: Database, n: int) -> int:
        seen: list[str] = []
        listener = lambda *args: seen.append(args[2])  # noqa: E731
        sa_event.listen(db.engine, "before_cursor_execute", listener)
        try:
            path = write_book(tmp_path / f"n{n}.xlsx", sheets(n))
            import_workbook(db, path)
            import_workbook(db, path)  # and again, as updates that change nothing
        finally:
            sa_event.remove(db.engine, "before_cursor_execute", listener)
        return len(seen)

    small, large = statements(empty_db, 20), statements(other_db, 200)
    assert large <= small + 5, (small, large)
    assert count(other_db, Assignment) == 400


def test_values_longer_than_the_database_keeps_are_problems(empty_db: Database,
                                                            tmp_path: Path) -> None:
    sheets = {"Offices": [row[:] for row in rich_sheets()["Offices"]]}
    sheets["Offices"][1][3] = "N" * 201
    assert problems_of(empty_db, tmp_path, sheets) == [
        "Offices, row 2, Name: is 201 characters long; at most 200 fit"]


def test_blank_campaign_dates_keep_stored_ones(empty_db: Database, tmp_path: Path) -> None:
    import_rows(empty_db, tmp_path, {"Campaigns": [header("Campaigns"),
                                                   [2026, "2026-08-24", "2026-08-28", None,
                                                    None]]})
    result = import_rows(empty_db, tmp_path, {"Campaigns": [header("Campaigns"),
                                                            ["2026", None, None, None, None]]})
    assert not result.change
    with empty_db.session() as s:
        week = s.get(Campaign, 2026)
        assert (week.starts_on, week.ends_on) == (date(2026, 8, 24), date(2026, 8, 28))


def test_event_offices_change_updates_without_raising_sequence(empty_db: Database,
                                                               tmp_path: Path) -> None:
    import_rows(empty_db, tmp_path, rich_sheets())
    events = [header("Events"), rich_sheets()["Events"][1][:]]
    events[1][header("Events").index("Office IDs")] = "WHD-PHOENIX; WHD-CHICAGO"
    result = import_rows(empty_db, tmp_path, {"Events": events})
    assert result.change.updated == {"event": {"EV-PHX-1"}}
    with empty_db.session() as s:
        event = s.get(Event, "EV-PHX-1")
        assert [o.id for o in event.offices] == ["WHD-CHICAGO", "WHD-PHOENIX"]
        assert event.sequence == 0


def test_export_to_a_missing_folder_is_a_file_error(empty_db: Database, tmp_path: Path) -> None:
    target = tmp_path / "no such folder" / "out.xlsx"
    with pytest.raises(WorkbookFileError, match="Cannot write"):
        export_workbook(empty_db, target)
    assert not target.parent.exists()
