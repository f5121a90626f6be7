"""Reports (issue 6): staffing and agreements reports in Excel and PDF, the liaison packet, the
renewal draft, and the `report` command.

Every file is read back the way its reader would: openpyxl for the workbooks (sheet names,
headers, real dates and numbers, text that stays text, the chart's part in the zip), pypdf for the
PDFs' text (accents and indigenous letters, markup characters printed as typed, "Page 1 of N",
blank roster lines), icalendar for the packet's calendar.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
import zipfile
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import icalendar
import openpyxl
import pytest
from pypdf import PdfReader
from sqlalchemy import update

from consularapp.cli import main
from consularapp.db import Database, open_database
from consularapp.errors import CancelledError, InputError, NotFoundError
from consularapp.models import Event, Person

TODAY = date(2027, 3, 1)
YEAR = 2027
LETTERS = "ñ á ɨ ǎ ʉ ꞌ"
SPECIAL_NAME = f"Ana Tzul {LETTERS}"
VENUE = "Smith & Sons <Hall>"
FORMULA_TITLE = '=HYPERLINK("x")'
ROSA_NFD = unicodedata.normalize("NFD", "Rosa Martínez")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """The demonstration as of 2027-03-01, with the awkward text users really type."""
    from consularapp.demo import load_demo
    from consularapp.reference import load_reference

    path = tmp_path_factory.mktemp("reports") / "demo.sqlite3"
    db = open_database(f"sqlite:///{path}")
    load_reference(db)
    load_demo(db, TODAY)
    with db.transaction() as s:
        s.execute(update(Person).where(Person.id == "P-ANA-TZUL").values(name=SPECIAL_NAME))
        s.execute(update(Person).where(Person.id == "P-ROSA-MARTINEZ").values(name=ROSA_NFD))
        s.execute(update(Event).where(Event.id == "LRW2027-DEN-TABLING").values(venue=VENUE))
        s.execute(update(Event).where(Event.id == "LRW2027-NY-PRESS")
                  .values(title=FORMULA_TITLE))
    yield db
    db.close()


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("out")


def pdf_text(path: Path) -> list[str]:
    """Each page's text, whitespace runs as one space (a title may wrap anywhere)."""
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(str(path)).pages]


def write(db: Database, kind: str, path: Path, **kwargs: object) -> list[Path]:
    from consularapp.reports import write_report

    return write_report(db, kind, path, **kwargs)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def staffing_xlsx(demo: Database, out: Path) -> Path:
    return write(demo, "staffing", out / "staffing.xlsx", year=YEAR)[0]


@pytest.fixture(scope="module")
def staffing_pdf(demo: Database, out: Path) -> Path:
    return write(demo, "staffing", out / "staffing.pdf", year=YEAR)[0]


@pytest.fixture(scope="module")
def agreements_xlsx(demo: Database, out: Path) -> Path:
    return write(demo, "agreements", out / "agreements.xlsx", as_of=TODAY)[0]


@pytest.fixture(scope="module")
def agreements_pdf(demo: Database, out: Path) -> Path:
    return write(demo, "agreements", out / "agreements.pdf", as_of=TODAY)[0]


@pytest.fixture(scope="module")
def packet(demo: Database, out: Path) -> list[Path]:
    return write(demo, "packet", out / "packet", year=YEAR, as_of=TODAY)


@pytest.fixture(scope="module")
def renewal_pdf(demo: Database, out: Path) -> Path:
    return write(demo, "renewal", out / "renewal.pdf", agreement_id="OSHA-PHX-ALLIANCE-2024",
                 as_of=TODAY)[0]


# --- staffing, Excel ----------------------------------------------------------------------------


def test_staffing_workbook_sheets_headers_and_types(staffing_xlsx: Path) -> None:
    book = openpyxl.load_workbook(staffing_xlsx)
    assert book.sheetnames == ["Summary", "Events", "Assignments", "Gaps"]
    events = book["Events"]
    header = [c.value for c in events[1]]
    assert header[:8] == ["Event ID", "Title", "Title (Spanish)", "Format", "Status",
                          "Starts (local)", "Ends (local)", "Zone"]
    rows = {r[0].value: r for r in events.iter_rows(min_row=2)}
    assert len(rows) == 14
    opening = rows["LRW2027-OPENING-CHI"]
    col = {name: i for i, name in enumerate(header)}
    # Real date-times, the wall clock at the venue; the zone beside it.
    assert opening[col["Starts (local)"]].value == datetime(2027, 8, 30, 9, 0)
    assert opening[col["Starts (local)"]].is_date
    assert opening[col["Zone"]].value == "CDT"
    phoenix = rows["LRW2027-PHX-HEAT"]
    assert phoenix[col["Starts (local)"]].value == datetime(2027, 8, 30, 9, 0)
    assert phoenix[col["Zone"]].value == "MST"  # Arizona keeps standard time
    assert opening[col["Staff needed"]].value == 3 and isinstance(
        opening[col["Staff needed"]].value, int)
    assert opening[col["Open slots"]].value == 1
    assert opening[col["Format"]].value == "Opening ceremony"  # the window's words
    for ws in book:
        assert ws.freeze_panes == "A2"
        assert ws.tables  # the data is an Excel table (see test_reports_accessible)
    assert events.column_dimensions["B"].width == 40


def test_user_text_is_never_a_formula(staffing_xlsx: Path) -> None:
    events = openpyxl.load_workbook(staffing_xlsx)["Events"]
    cell = next(r[1] for r in events.iter_rows(min_row=2) if r[0].value == "LRW2027-NY-PRESS")
    assert cell.value == FORMULA_TITLE
    assert cell.data_type == "s"
    with zipfile.ZipFile(staffing_xlsx) as z:
        sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
        assert not any("<f>" in z.read(n).decode() for n in sheets)


def test_summary_has_a_native_chart_and_consistent_totals(staffing_xlsx: Path) -> None:
    with zipfile.ZipFile(staffing_xlsx) as z:
        assert "xl/charts/chart1.xml" in z.namelist()
        chart = z.read("xl/charts/chart1.xml").decode()
    assert "barChart" in chart and "Summary" in chart
    summary = openpyxl.load_workbook(staffing_xlsx)["Summary"]
    header = [c.value for c in summary[1]]
    assert header[:7] == ["Agency", "Office ID", "Office", "Events", "People", "Staff-hours",
                          "Open slots"]
    agencies = {r[8]: r for r in summary.iter_rows(min_row=2, values_only=True) if r[8]}
    assert set(agencies) == {"EEOC", "NLRB", "OSHA", "WHD", "All"}
    hours = [r[12] for name, r in agencies.items() if name != "All"]
    assert sum(hours) == pytest.approx(agencies["All"][12])
    assert agencies["All"][13] == 9  # open slots: 9 staff still needed across the week
    assert agencies["WHD"][10] == 9  # WHD takes part in nine events that are not cancelled
    offices = [r for r in summary.iter_rows(min_row=2, values_only=True) if r[1]]
    assert sum(r[5] for r in offices) == pytest.approx(agencies["All"][12])


def test_assignments_by_person_and_gaps(staffing_xlsx: Path) -> None:
    book = openpyxl.load_workbook(staffing_xlsx)
    rows = list(book["Assignments"].iter_rows(min_row=2, values_only=True))
    names = [r[0] for r in rows]
    assert names == sorted(names, key=str.casefold)
    elena = [r for r in rows if r[1] == "P-ELENA-SOTO"]
    assert [(r[4], r[6]) for r in elena] == [(datetime(2027, 9, 2, 9, 0), "PDT"),
                                             (datetime(2027, 9, 2, 11, 0), "CDT")]
    assert rows[0][2] == "WHD Chicago District Office"  # the office that day
    gaps = list(book["Gaps"].iter_rows(min_row=2, values_only=True))
    kinds = {r[1] for r in gaps}
    assert {"Double booking", "Short of staff", "Language not covered",
            "No agreement in force"} <= kinds  # the window's words for the planning problems
    assert gaps[0][0] == "Error"  # errors first


# --- staffing, PDF ------------------------------------------------------------------------------


def test_staffing_pdf_prints_text_as_typed(staffing_pdf: Path) -> None:
    pages = pdf_text(staffing_pdf)
    text = "\n".join(pages)
    assert re.search(r"Page 1 of \d+", pages[0])
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1]
    assert "Generated" in pages[0]
    assert "Labor Rights Week 2027" in pages[0] and "Staff-hours by agency" in pages[0]
    assert "Your work has value" in pages[0] and "Tu trabajo tiene valor" in pages[0]
    assert SPECIAL_NAME in text
    for letter in LETTERS.split():
        assert letter in text
    assert VENUE in text  # escaped for the markup, printed literally
    assert "Rosa Martínez" in text  # stored decomposed, printed composed
    assert ROSA_NFD not in text
    assert FORMULA_TITLE in text


def test_roster_has_a_blank_line_per_open_slot(staffing_pdf: Path) -> None:
    text = "\n".join(pdf_text(staffing_pdf))
    blanks = re.compile(r"_{20,}")
    assert len(blanks.findall(text)) == 9  # every open slot of the week

    def section(event_id: str) -> str:
        start = text.index(event_id)
        following = text.find("LRW2027-", start + len(event_id))
        return text[start:following if following > 0 else len(text)]

    assert len(blanks.findall(section("LRW2027-DEN-TABLING"))) == 2  # needs 2, nobody assigned
    assert len(blanks.findall(section("LRW2027-LA-MOBILE"))) == 2  # needs 4, has 2
    assert not blanks.findall(section("LRW2027-NY-PRESS"))  # fully staffed
    cancelled = section("LRW2027-LA-GT-TRAINING")  # cancelled: no lines to fill
    assert not blanks.findall(cancelled) and "Cancelled" in cancelled


def test_reports_of_an_empty_campaign_and_database(empty_db: Database, tmp_path: Path) -> None:
    from consularapp.campaigns import ensure_campaign

    ensure_campaign(empty_db, 2030)
    for name in ("s.xlsx", "s.pdf"):
        assert write(empty_db, "staffing", tmp_path / name, year=2030)[0].exists()
    assert "No events are planned yet" in " ".join(pdf_text(tmp_path / "s.pdf"))
    for name in ("a.xlsx", "a.pdf"):
        assert write(empty_db, "agreements", tmp_path / name)[0].exists()
    assert "No agreements are recorded yet" in " ".join(pdf_text(tmp_path / "a.pdf"))
    assert write(empty_db, "packet", tmp_path / "p", year=2030) == []


def test_unknown_year_is_refused(demo: Database, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError):
        write(demo, "staffing", tmp_path / "x.pdf", year=1999)
    assert not list(tmp_path.iterdir())


def test_cancel_leaves_the_previous_file_untouched(demo: Database, tmp_path: Path) -> None:
    target = tmp_path / "staffing.xlsx"
    target.write_bytes(b"previous")
    for suffix in (".xlsx", ".pdf"):
        path = target.with_suffix(suffix)
        path.write_bytes(b"previous")
        with pytest.raises(CancelledError):
            write(demo, "staffing", path, year=YEAR, cancelled=lambda: True)
        assert path.read_bytes() == b"previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["staffing.pdf", "staffing.xlsx"]


def test_progress_is_reported(demo: Database, tmp_path: Path) -> None:
    seen: list[tuple[int, int, str]] = []
    write(demo, "staffing", tmp_path / "s.xlsx", year=YEAR,
          progress=lambda d, t, m: seen.append((d, t, m)))
    assert any("Summary" in m for _, _, m in seen) and seen[-1][0] == seen[-1][1]


# --- agreements ---------------------------------------------------------------------------------


def test_agreements_workbook_most_urgent_first_with_status_colours(
    agreements_xlsx: Path,
) -> None:
    from consularapp.agreements import URGENCY

    ws = openpyxl.load_workbook(agreements_xlsx)["Agreements"]
    header = [c.value for c in ws[1]]
    assert header[:4] == ["Agreement ID", "Status", "Days left", "Kind"]
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert len(rows) == 16
    order = [r[1] for r in rows]
    assert order == sorted(order, key=lambda s: [u.value for u in URGENCY].index(s))
    assert rows[0][:3] == ("OSHA-PHX-ALLIANCE-2024", "expiring", 15)
    assert rows[1][0] == "WHD-PHX-MX-2023" and rows[1][header.index("Renewed by")] == (
        "WHD-PHX-MX-RENEWAL")
    expires = rows[0][header.index("Expires on")]
    assert isinstance(expires, datetime) and expires.date() == date(2027, 3, 16)
    rules = {rule.formula[0]: str(cf.sqref) for cf in ws.conditional_formatting
             for rule in cf.rules}
    assert rules['"expiring"'] == "B2:B17" and '"renewal due"' in rules
    assert len(rules) == 9  # every status has its colour, on top of its written name
    assert ws.tables["Agreements"].ref == f"A1:{ws.cell(1, len(header)).column_letter}17"


def test_agreements_pdf_grouped_by_region_with_timelines(agreements_pdf: Path) -> None:
    pages = pdf_text(agreements_pdf)
    text = "\n".join(pages)
    assert re.search(r"Page 1 of \d+", pages[0])
    assert "Status as of Monday, March 1, 2027" in pages[0]
    headings = [
        "(EEOC) — Los Angeles District",
        "(NLRB) — Region 2",
        "(NLRB) — Region 16",
        "(NLRB) — Region 22",
        "(NLRB) — Region 29",
        "(OSHA) — Denver",
        "(OSHA) — San Francisco",
        "(WHD) — Midwest",
        "(WHD) — Northeast",
        "(WHD) — Southwest",
        "(WHD) — Western",
    ]
    positions = [text.index(h) for h in headings]
    assert positions == sorted(positions)  # regions in order (Region 2 before Region 16)
    western = text[text.index("(WHD) — Western"):]
    ids = ["WHD-PHX-MX-2023", "WHD-LA-MX-2021", "WHD-HNL-PH-DRAFT", "WHD-LA-GT-2024"]
    assert [western.index(i) for i in ids] == sorted(western.index(i) for i in ids)
    assert "Timeline of the partnerships in Western" in western
    assert "as of 2027-03-01" in western
    for status in ("expiring", "renewal due", "draft", "active"):
        assert status in western  # written out, not colour only
    midwest = text[text.index("(WHD) — Midwest"):text.index("(WHD) — Western")]
    assert "superseded" in midwest and "WHD-CHI-MX-2023" in midwest


# --- liaison packet -----------------------------------------------------------------------------


def test_packet_has_a_folder_per_hosting_consulate(packet: list[Path], out: Path) -> None:
    folders = sorted(p.name for p in (out / "packet").iterdir())
    assert folders == ["GT-CHICAGO", "GT-LOSANGELES", "HN-HOUSTON", "MX-CHICAGO", "MX-DENVER",
                       "MX-LOSANGELES", "MX-NEWYORK", "MX-PHOENIX", "MX-SANJUAN",
                       "MX-TUCSON", "PH-HONOLULU"]
    assert len(packet) == 33 and all(p.exists() for p in packet)
    chicago = out / "packet" / "MX-CHICAGO"
    assert sorted(p.name for p in chicago.iterdir()) == [
        "MX-CHICAGO-LRW2027-contactos-contacts.pdf",
        "MX-CHICAGO-LRW2027-programa-schedule.pdf",
        "MX-CHICAGO-LRW2027.ics",
    ]
    cal = icalendar.Calendar.from_ical((chicago / "MX-CHICAGO-LRW2027.ics").read_bytes())
    summaries = sorted(str(e["SUMMARY"]) for e in cal.walk("VEVENT"))
    assert summaries == ["Inauguración de la Semana de Derechos Laborales",
                         "Mesa informativa sobre derechos salariales"]


def test_packet_schedule_is_spanish_first(packet: list[Path], out: Path) -> None:
    path = out / "packet" / "MX-CHICAGO" / "MX-CHICAGO-LRW2027-programa-schedule.pdf"
    pages = pdf_text(path)
    text = "\n".join(pages)
    spanish = text.index("Programa de la Semana de Derechos Laborales 2027")
    english = text.index("Labor Rights Week 2027 schedule")
    assert spanish < english
    assert text.index("Inauguración de la Semana") < text.index("Opening ceremony of Labor")
    assert "lunes 30 de agosto de 2027" in text and "Monday, August 30, 2027" in text
    assert "09:00–11:00 CDT" in text
    assert "204 S Ashland Ave, Chicago" in text  # the address
    assert "Ceremonia de inauguración" in text  # the format, in Spanish
    assert "Daniel Okafor (persona presentadora)" in text  # the people assigned, neutral
    assert "WHD Chicago District Office" in text  # the office taking part
    assert "Página 1 de" in pages[0] and "Page 1 of" in pages[0]
    denver = out / "packet" / "MX-DENVER" / "MX-DENVER-LRW2027-programa-schedule.pdf"
    assert VENUE in "\n".join(pdf_text(denver))


def test_packet_contacts_are_current_people_of_the_offices(packet: list[Path], out: Path) -> None:
    path = out / "packet" / "MX-CHICAGO" / "MX-CHICAGO-LRW2027-contactos-contacts.pdf"
    pages = pdf_text(path)
    assert len(pages) == 1
    text = pages[0]
    for name in ("Daniel Okafor", "Luis Hernández", "Rosa Martínez", SPECIAL_NAME):
        assert name in text
    assert "Isabel Cruz" not in text  # consular staff are not agency contacts
    assert "Contactos de las agencias · Agency contacts" in text


def test_packet_for_one_consulate_and_refusals(demo: Database, tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine")
    for _ in range(2):  # a second run replaces the consulate's folder, nothing else
        paths = write(demo, "packet", tmp_path, year=YEAR, consulate_id="MX-PHOENIX",
                      as_of=TODAY)
        assert [p.parent.name for p in paths] == ["MX-PHOENIX"] * 3
        assert sorted(p.name for p in tmp_path.iterdir()) == ["MX-PHOENIX", "notes.txt"]
    assert len(list((tmp_path / "MX-PHOENIX").iterdir())) == 3
    with pytest.raises(NotFoundError):
        write(demo, "packet", tmp_path / "x", year=YEAR, consulate_id="MX-NOWHERE")
    with pytest.raises(CancelledError):
        write(demo, "packet", tmp_path / "y", year=YEAR, cancelled=lambda: True)
    assert list((tmp_path / "y").iterdir()) == []  # nothing half-written left behind


# --- renewal draft ------------------------------------------------------------------------------


def test_renewal_draft_is_marked_and_filled_in(renewal_pdf: Path) -> None:
    pages = pdf_text(renewal_pdf)
    text = "\n".join(pages)
    for page in pages:
        assert "DRAFT / BORRADOR" in page  # header (and watermark) on every page
    english = text.index("Arrangement Establishing an Alliance")
    spanish = text.index("Arreglo que Establece una Alianza")
    assert english < spanish
    for party in ("OSHA Phoenix Area Office", "Consulate General of Mexico in Phoenix",
                  "Consulado General de México en Phoenix", "Consulate of Mexico in Yuma"):
        assert party in text
    # Fernando Ibarra signed the old one and has left: the current consul general signs now.
    assert "Patricia Mora" in text and "Fernando Ibarra" not in text
    assert "Susan Park" in text
    for section in ("Overall objective", "Training and education", "Outreach and communication",
                    "Promotion of a national dialogue", "Implementation team", "Term",
                    "Objetivo general", "Vigencia"):
        assert section in text
    assert "March 17, 2027" in text and "17 de marzo de 2027" in text  # the day after expiry
    assert "two years (24 months)" in text and "dos años (24 meses)" in text


def test_renewal_uses_the_draft_successor(demo: Database) -> None:
    from consularapp.reports.renewal import renewal_facts

    facts = renewal_facts(demo, "WHD-PHX-MX-2023", TODAY)
    assert facts.new_id == "WHD-PHX-MX-RENEWAL"
    assert facts.consul and facts.consul.name == "Patricia Mora"
    assert facts.effective_on == date(2027, 3, 22)
    same = renewal_facts(demo, "WHD-PHX-MX-RENEWAL", TODAY)
    assert same.old.id == "WHD-PHX-MX-2023" and same.new_id == "WHD-PHX-MX-RENEWAL"


def test_renewal_refusals(demo: Database, tmp_path: Path) -> None:
    target = tmp_path / "r.pdf"
    with pytest.raises(NotFoundError):
        write(demo, "renewal", target, agreement_id="NOPE")
    for agreement_id, words in (("WHD-CHI-MX-2020", "already renewed by WHD-CHI-MX-2023"),
                                ("OSHA-DEN-MX-2023", "terminated"),
                                ("WHD-HNL-PH-DRAFT", "nothing to renew")):
        with pytest.raises(InputError) as info:
            write(demo, "renewal", target, agreement_id=agreement_id, as_of=TODAY)
        assert words in str(info.value)
    assert not target.exists()


def test_an_office_can_adapt_the_template(demo: Database, tmp_path: Path) -> None:
    from consularapp.paths import resource
    from consularapp.reports.renewal import write_renewal_draft

    folder = tmp_path / "templates"
    folder.mkdir()
    for lang in ("en", "es"):
        text = resource("templates", f"renewal_draft.{lang}.txt").read_text("utf-8")
        assert text.startswith("#") and "$consul_title" in text  # documented placeholders
        (folder / f"renewal_draft.{lang}.txt").write_text(
            text.replace("== I. Overall objective", "== I. Our shared goal costs $$0"), "utf-8")
    path = write_renewal_draft(demo, "WHD-LA-MX-2021", tmp_path / "r.pdf", as_of=TODAY,
                               templates=folder)
    assert "Our shared goal costs $0" in "\n".join(pdf_text(path))
    (folder / "renewal_draft.en.txt").write_text("= $kind for $nobody\n", "utf-8")
    with pytest.raises(InputError, match=r"unknown placeholder \$nobody"):
        write_renewal_draft(demo, "WHD-LA-MX-2021", tmp_path / "r2.pdf", templates=folder)


# --- dispatch and the command line --------------------------------------------------------------


def test_the_ending_chooses_the_format() -> None:
    from consularapp.reports import report_format

    assert report_format("staffing", "a.XLSX") == ".xlsx"
    assert report_format("agreements", Path("b.pdf")) == ".pdf"
    assert report_format("packet", "folder") == ""
    for kind, name in (("staffing", "a.docx"), ("renewal", "a.xlsx"), ("agreements", "a")):
        with pytest.raises(InputError) as info:
            report_format(kind, name)
        assert len(str(info.value).splitlines()) == 1
    with pytest.raises(InputError):
        report_format("payroll", "a.pdf")


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = main(argv)
    except SystemExit as exc:
        code = int(exc.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_report_command(db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--db", db_url, "demo", "--as-of", TODAY.isoformat()], capsys)[0] == 0
    base = ["--db", db_url, "report"]
    for argv, name in (
        (["staffing", "--year", "2027"], "s.xlsx"),
        (["staffing", "--year", "2027"], "s.pdf"),
        (["agreements", "--as-of", "2027-03-01"], "a.xlsx"),
        (["agreements"], "a.pdf"),
        (["renewal", "--agreement", "WHD-LA-MX-2021"], "r.pdf"),
    ):
        code, output, err = run([*base, *argv, "--out", str(tmp_path / name)], capsys)
        assert code == 0, err
        assert output.strip() == f"Wrote {tmp_path / name}"
    code, output, _ = run([*base, "packet", "--year", "2027", "--consulate", "MX-CHICAGO",
                           "--out", str(tmp_path / "packet")], capsys)
    assert code == 0 and output.count("Wrote ") == 3

    code, output, err = run([*base, "staffing", "--year", "2027", "--out",
                             str(tmp_path / "s.docx")], capsys)
    assert code == 2 and ".xlsx or .pdf" in err  # wrong usage, like any argparse error
    assert not (tmp_path / "s.docx").exists()
    code, _, err = run([*base, "renewal", "--agreement", "NOPE", "--out",
                        str(tmp_path / "n.pdf")], capsys)
    assert code == 1 and "NOPE" in err and len(err.strip().splitlines()) == 1
    code, _, err = run([*base, "staffing", "--year", "1999", "--out", str(tmp_path / "n.pdf")],
                       capsys)
    assert code == 1 and "1999" in err
    assert run([*base, "staffing", "--out", str(tmp_path / "n.pdf")], capsys)[0] == 2
    assert run([*base, "renewal", "--out", str(tmp_path / "n.pdf")], capsys)[0] == 2
    assert run([*base, "agreements", "--consulate", "MX-CHICAGO", "--out",
                str(tmp_path / "n.pdf")], capsys)[0] == 2
    assert run([*base, "payroll", "--out", str(tmp_path / "n.pdf")], capsys)[0] == 2


# --- a look at the pages ------------------------------------------------------------------------


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler) not installed")
def test_every_pdf_renders(staffing_pdf: Path, agreements_pdf: Path, packet: list[Path],
                           renewal_pdf: Path, tmp_path: Path) -> None:
    pdfs = [staffing_pdf, agreements_pdf, renewal_pdf] + [p for p in packet if p.suffix == ".pdf"
                                                           and p.parent.name == "MX-CHICAGO"]
    for n, path in enumerate(pdfs):
        prefix = tmp_path / f"page{n}"
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(path),
                        str(prefix)], check=True, capture_output=True, timeout=60)
        pngs = list(tmp_path.glob(f"page{n}*.png"))
        assert len(pngs) == 1 and pngs[0].stat().st_size > 1000


# --- in Spanish (the window or the command line in Spanish) -----------------------------------


@pytest.fixture(scope="module")
def staffing_pdf_es(demo: Database, out: Path) -> list[str]:
    return pdf_text(write(demo, "staffing", out / "staffing-es.pdf", year=YEAR,
                          language="es")[0])


@pytest.fixture(scope="module")
def agreements_pdf_es(demo: Database, out: Path) -> str:
    return " ".join(pdf_text(write(demo, "agreements", out / "agreements-es.pdf", as_of=TODAY,
                                   language="es")[0]))


def test_spanish_staffing_report_numbers_its_pages_in_spanish(staffing_pdf_es: list[str]) -> None:
    assert f"Página 1 de {len(staffing_pdf_es)}" in staffing_pdf_es[0]


def test_spanish_staffing_report_gives_the_events_spanish_titles(
        staffing_pdf_es: list[str]) -> None:
    assert "09:00–11:00 CDT · Inauguración de la Semana de Derechos Laborales" in " ".join(
        staffing_pdf_es)


def test_spanish_staffing_report_keeps_office_names_with_the_agencys_spanish_name(
        staffing_pdf_es: list[str]) -> None:
    assert "WHD Chicago District Office (División de Horas y Salarios)" in " ".join(
        staffing_pdf_es)


def test_spanish_staffing_report_roles_and_languages(staffing_pdf_es: list[str]) -> None:
    text = " ".join(staffing_pdf_es)
    assert "Persona presentadora" in text
    assert "inglés, español y árabe" in text


def test_spanish_agreements_report_names_kinds_in_spanish(agreements_pdf_es: str) -> None:
    assert "Memorando de Entendimiento" in agreements_pdf_es


def test_spanish_agreements_report_puts_the_agencys_spanish_name_beside(
        agreements_pdf_es: str) -> None:
    assert ("U.S. Equal Employment Opportunity Commission · Comisión para la Igualdad de "
            "Oportunidades en el Empleo (EEOC)") in agreements_pdf_es


def test_spanish_agreements_report_names_consulates_as_the_sre_does(
        agreements_pdf_es: str) -> None:
    assert "Consulado de México en Los Ángeles" in agreements_pdf_es


def test_spanish_agreements_timeline_words_are_spanish(agreements_pdf_es: str) -> None:
    assert "vencido" in agreements_pdf_es
    assert "expired" not in agreements_pdf_es


@pytest.fixture(scope="module")
def staffing_book_es(demo: Database, out: Path) -> openpyxl.Workbook:
    return openpyxl.load_workbook(write(demo, "staffing", out / "staffing-es.xlsx", year=YEAR,
                                        language="es")[0])


@pytest.fixture(scope="module")
def agreements_sheet_es(demo: Database, out: Path) -> object:
    path = write(demo, "agreements", out / "agreements-es.xlsx", as_of=TODAY, language="es")[0]
    return openpyxl.load_workbook(path).worksheets[0]


def test_spanish_staffing_workbook_names_its_sheets_in_spanish(
        staffing_book_es: openpyxl.Workbook) -> None:
    assert staffing_book_es.sheetnames == ["Resumen", "Eventos", "Asignaciones", "Pendientes"]


def test_spanish_staffing_workbook_titles_its_columns_in_spanish(
        staffing_book_es: openpyxl.Workbook) -> None:
    header = [c.value for c in staffing_book_es["Eventos"][1]]
    assert header[:5] == ["ID del evento", "Título", "Título (español)", "Formato", "Estado"]


def test_spanish_staffing_workbook_keeps_its_table_names(
        staffing_book_es: openpyxl.Workbook) -> None:
    # Table names are identifiers (formulas and Power Query refer to them): the same in both.
    assert [name for ws in staffing_book_es.worksheets for name in ws.tables] == [
        "Offices", "Agencies", "Events", "Assignments", "Gaps"]


def test_spanish_staffing_workbook_chart_title_is_spanish(
        staffing_book_es: openpyxl.Workbook) -> None:
    chart = staffing_book_es["Resumen"]._charts[0]
    assert chart.title.tx.rich.p[0].r[0].t == "Horas-persona por agencia"


def _assignment_row(book: openpyxl.Workbook, event_id: str) -> dict[str, object]:
    ws = book["Asignaciones"]
    header = [c.value for c in ws[1]]
    for values in ws.iter_rows(min_row=2, values_only=True):
        row = dict(zip(header, values, strict=True))
        if row["ID del evento"] == event_id:
            return row
    raise AssertionError(f"no assignment of {event_id}")


def test_spanish_staffing_workbook_names_the_host_consulate_venue_in_spanish(
        staffing_book_es: openpyxl.Workbook) -> None:
    # Stored as 'Consulate of Mexico in Chicago': the event is held at its host consulate.
    row = _assignment_row(staffing_book_es, "LRW2027-TABLING-CHI-1")
    assert row["Lugar"] == "Consulado de México en Chicago"


def test_spanish_staffing_workbook_gives_the_events_spanish_titles(
        staffing_book_es: openpyxl.Workbook) -> None:
    row = _assignment_row(staffing_book_es, "LRW2027-TABLING-CHI-1")
    assert row["Evento"] == "Mesa informativa sobre derechos salariales"


def test_spanish_staffing_workbook_problems_name_events_by_their_spanish_title(
        staffing_book_es: openpyxl.Workbook) -> None:
    messages = [values[10] for values in
                staffing_book_es["Pendientes"].iter_rows(min_row=2, values_only=True)]
    assert any("«Consulado móvil en Oxnard»" in (m or "") for m in messages)


def test_spanish_staffing_report_names_the_host_consulate_venue_in_spanish(
        staffing_pdf_es: list[str]) -> None:
    assert "Dónde: Consulado de México en Chicago, 204 S Ashland Ave" in " ".join(
        staffing_pdf_es)


def test_spanish_agreements_workbook_says_statuses_in_spanish(agreements_sheet_es) -> None:
    assert [c.value for c in agreements_sheet_es[2]][:2] == ["OSHA-PHX-ALLIANCE-2024",
                                                             "por vencer"]


def test_spanish_agreements_workbook_colours_the_spanish_status_words(
        agreements_sheet_es) -> None:
    formulas = {r.formula[0] for rng in agreements_sheet_es.conditional_formatting
                for r in rng.rules}
    assert '"por vencer"' in formulas
