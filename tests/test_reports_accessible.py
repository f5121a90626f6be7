"""Accessible documents (issue 12) and what partners and staff receive (issue 14): every PDF is a
tagged PDF/UA-1, read back with pikepdf (structure tree, marks, language, title, tables, figures,
artifacts, bookmarks) and with pdftotext (text as typed, nothing off the page, no broken words, no
watermark letters); every Excel report holds named tables, prints sensibly and describes its chart.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pikepdf
import pytest
from sqlalchemy import update

from consularapp.db import Database, open_database
from consularapp.models import Event
from consularapp.reports import write_report

TODAY = date(2027, 3, 1)
YEAR = 2027
# Every character that means something in Typst markup, and an HTML-ish label.
MARKUP = r"Smith & Sons <Community Hall> #set $x$ *b* _i_ @label \ end"
MARKUP_TITLE = "Rights = #1 priority: *wages* & _hours_ $$$ @ref"

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                   reason="pdftotext (poppler) not installed")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    from consularapp.demo import load_demo
    from consularapp.reference import load_reference

    path = tmp_path_factory.mktemp("accessible") / "demo.sqlite3"
    db = open_database(f"sqlite:///{path}")
    load_reference(db)
    load_demo(db, TODAY)
    with db.transaction() as s:
        s.execute(update(Event).where(Event.id == "LRW2027-DEN-TABLING").values(venue=MARKUP))
        s.execute(update(Event).where(Event.id == "LRW2027-PHX-HEAT").values(title=MARKUP_TITLE))
    yield db
    db.close()


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("accessible-out")


@pytest.fixture(scope="module")
def pdfs(demo: Database, out: Path) -> dict[str, Path]:
    packet = write_report(demo, "packet", out / "packet", year=YEAR, as_of=TODAY,
                          consulate_id="MX-CHICAGO")
    denver = write_report(demo, "packet", out / "packet", year=YEAR, as_of=TODAY,
                          consulate_id="MX-DENVER")
    return {
        "staffing": write_report(demo, "staffing", out / "staffing.pdf", year=YEAR)[0],
        "agreements": write_report(demo, "agreements", out / "agreements.pdf", as_of=TODAY)[0],
        "renewal": write_report(demo, "renewal", out / "renewal.pdf",
                                agreement_id="OSHA-PHX-ALLIANCE-2024", as_of=TODAY)[0],
        "schedule": next(p for p in packet if p.name.endswith("schedule.pdf")),
        "contacts": next(p for p in packet if p.name.endswith("contacts.pdf")),
        "denver": next(p for p in denver if p.name.endswith("schedule.pdf")),
    }


def elements(pdf: pikepdf.Pdf) -> list[pikepdf.Dictionary]:
    """Every structure element, in document (reading) order."""
    found: list[pikepdf.Dictionary] = []

    def walk(node: Any) -> None:
        if isinstance(node, pikepdf.Array):
            for child in node:
                walk(child)
        elif isinstance(node, pikepdf.Dictionary) and "/S" in node:
            found.append(node)
            if "/K" in node:
                walk(node.K)

    walk(pdf.Root.StructTreeRoot.K)
    return found


def tags(path: Path) -> Counter[str]:
    with pikepdf.open(path) as pdf:
        return Counter(str(e.S) for e in elements(pdf))


def text_of(path: Path, *args: str) -> str:
    return subprocess.run(["pdftotext", *args, str(path), "-"], capture_output=True, text=True,
                          check=True, timeout=60).stdout


def outline(path: Path) -> list[tuple[int, str, int]]:
    """(depth, title, page number) of every bookmark, in order."""
    with pikepdf.open(path) as pdf:
        pages = {p.objgen: n for n, p in enumerate(pdf.pages, start=1)}
        result: list[tuple[int, str, int]] = []
        with pdf.open_outline() as o:
            def walk(items: Any, depth: int) -> None:
                for item in items:
                    result.append((depth, str(item.title), pages[item.destination[0].objgen]))
                    walk(item.children, depth + 1)

            walk(o.root, 0)
    return result


# --- PDF/UA-1 structure -------------------------------------------------------------------------

EXPECTED = {  # language, title
    "staffing": ("en", "Labor Rights Week 2027 — Staffing report"),
    "agreements": ("en", "Agreements with consulates, as of 2027-03-01"),
    "renewal": ("en", "Renewal draft · Borrador de renovación — OSHA-PHX-ALLIANCE-2027"),
    "schedule": ("es", "Programa de la Semana de Derechos Laborales 2027 · Labor Rights Week "
                       "2027 schedule — Consulado de México en Chicago"),
    "contacts": ("es", "Contactos de las agencias · Agency contacts — Consulado de México en "
                       "Chicago"),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_pdf_is_tagged_pdf_ua(pdfs: dict[str, Path], name: str) -> None:
    lang, title = EXPECTED[name]
    with pikepdf.open(pdfs[name]) as pdf:
        root = pdf.Root
        assert "/StructTreeRoot" in root
        assert bool(root.MarkInfo.Marked) is True
        assert str(root.Lang) == lang
        assert str(pdf.docinfo.Title) == title
        assert bool(root.ViewerPreferences.DisplayDocTitle) is True  # the title, not the file
        with pdf.open_metadata() as xmp:
            assert xmp.get("pdfuaid:part") == "1"
        found = [str(e.S) for e in elements(pdf)]
        assert found[0] == "/Document"
        assert "/H1" in found  # headings, in order
        # Page headers and footers are artifacts, outside the structure tree.
        ops = pikepdf.parse_content_stream(pdf.pages[0])
        artifacts = [op.operands[1].get("/Type") for op in ops
                     if str(op.operator) == "BDC" and op.operands[0] == pikepdf.Name.Artifact
                     and isinstance(op.operands[1], pikepdf.Dictionary)]
        assert pikepdf.Name.Pagination in artifacts
        fonts = [f for page in pdf.pages for f in page.Resources.get("/Font", {}).values()]
        assert fonts and all("/FontFile2" in f.DescendantFonts[0].FontDescriptor
                             for f in fonts)  # embedded


def test_tables_have_header_cells(pdfs: dict[str, Path]) -> None:
    for name in ("staffing", "agreements", "contacts"):
        counts = tags(pdfs[name])
        assert counts["/Table"] >= 1 and counts["/THead"] >= 1, name
        assert counts["/TH"] >= 5 and counts["/TD"] > counts["/TH"], name
    with pikepdf.open(pdfs["agreements"]) as pdf:
        th = next(e for e in elements(pdf) if e.S == pikepdf.Name.TH)
        scopes = [a.get("/Scope") for a in th.A if isinstance(a, pikepdf.Dictionary)]
        assert pikepdf.Name.Column in scopes
        td = next(e for e in elements(pdf) if e.S == pikepdf.Name.TD)
        assert any("/Headers" in a for a in td.A)  # each data cell names its header


def test_charts_and_the_timeline_are_figures_with_alternative_text(
        pdfs: dict[str, Path]) -> None:
    with pikepdf.open(pdfs["staffing"]) as pdf:
        figures = [e for e in elements(pdf) if pikepdf.Name.Figure == e.S]
    assert len(figures) == 1
    alt = str(figures[0].Alt)
    assert alt.startswith("Column chart, Staff-hours by agency.")
    assert "WHD: 32.0" in alt and "EEOC: 4.0" in alt
    with pikepdf.open(pdfs["agreements"]) as pdf:
        figures = [str(e.Alt) for e in elements(pdf) if pikepdf.Name.Figure == e.S]
    assert len(figures) == 11  # one timeline per agency and region
    western = next(a for a in figures if "in Western" in a)
    assert "WHD-PHX-MX-2023 expiring, 2024-03-21 to 2027-03-21" in western
    assert "WHD-HNL-PH-DRAFT draft, not yet in force" in western


def test_spanish_documents_mark_their_english_passages(pdfs: dict[str, Path]) -> None:
    with pikepdf.open(pdfs["schedule"]) as pdf:
        found = elements(pdf)
        english = [e for e in found if str(e.get("/Lang", "")) == "en"]
        headings = [e for e in found if e.S == pikepdf.Name.H1]
        assert len(headings) == 2  # the Spanish schedule, then the English one
        assert "/Lang" not in headings[0] and str(headings[1].get("/Lang")) == "en"
        assert len(english) >= 6  # title, dates, notes, each event of the English part
    with pikepdf.open(pdfs["renewal"]) as pdf:  # English first, the Spanish text marked
        assert any(str(e.get("/Lang", "")) == "es" for e in elements(pdf))


def test_bookmarks_follow_the_headings(pdfs: dict[str, Path]) -> None:
    marks = outline(pdfs["staffing"])
    days = [title for depth, title, _page in marks if depth == 1]
    assert days == ["Monday, August 30, 2027", "Tuesday, August 31, 2027",
                    "Wednesday, September 1, 2027", "Thursday, September 2, 2027",
                    "Friday, September 3, 2027"]
    regions = [title for depth, title, _page in outline(pdfs["agreements"]) if depth == 1]
    assert regions[0] == "U.S. Equal Employment Opportunity Commission (EEOC) — Los Angeles " \
                         "District"
    assert len(regions) == 11


# --- staffing layout ----------------------------------------------------------------------------


def test_a_day_runs_east_to_west_in_local_time(pdfs: dict[str, Path]) -> None:
    marks = outline(pdfs["staffing"])
    tuesday = marks.index(next(m for m in marks if m[1] == "Tuesday, August 31, 2027"))
    zones, events = [], []
    for depth, title, _page in marks[tuesday + 1:]:
        if depth == 1:
            break
        (zones if depth == 2 else events).append(title)
    # Puerto Rico (UTC-4) first, then Chicago (UTC-5), then Phoenix (UTC-7): 10:00 AST is not
    # listed after 08:00 MST because of absolute time, and each zone reads in its own clock.
    assert zones == ["AST · America/Puerto_Rico", "CDT · America/Chicago",
                     "MST · America/Phoenix"]
    assert [e.split(" · ")[0] for e in events] == ["10:00–13:00 AST", "17:00–19:00 CDT",
                                                   "08:00–13:00 MST"]


def test_a_heading_never_ends_a_page(pdfs: dict[str, Path]) -> None:
    marks = outline(pdfs["staffing"])
    for n, (depth, title, page) in enumerate(marks[:-1]):
        if depth in (1, 2):  # a day or a time zone: its first event is on the same page
            following = marks[n + 1]
            assert following[0] == depth + 1, title
            assert following[2] == page, f"{title!r} alone at the bottom of page {page}"


def test_long_tables_repeat_their_header_on_every_page(tmp_path: Path) -> None:
    from consularapp.reports import typeset as t
    from consularapp.reports.common import Steps

    document = t.Document(title="Long table", lang="en")
    document.add(t.heading("Long table", 1), t.table(
        ["auto", "1fr"], ["Number", "Words"],
        [[t.keep(f"ROW-{n:04d}"), "several words that wrap " * 3] for n in range(300)]))
    path = t.write_pdf(tmp_path / "long.pdf", document, Steps(None, None))
    pages = text_of(path).split("\f")[:-1]
    assert len(pages) > 3
    assert all("Number" in page and "Words" in page for page in pages)


# --- text as typed, on the page -----------------------------------------------------------------


@needs_poppler
def test_user_text_prints_as_typed_never_as_markup(pdfs: dict[str, Path]) -> None:
    staffing = " ".join(text_of(pdfs["staffing"]).split())
    assert MARKUP in staffing
    assert MARKUP_TITLE in staffing
    denver = " ".join(text_of(pdfs["denver"]).split())
    assert MARKUP in denver
    with pikepdf.open(pdfs["staffing"]) as pdf:  # the title with markup is a bookmark as typed
        assert any(MARKUP_TITLE in title for _d, title, _p in outline(pdfs["staffing"]))
        assert len(pdf.pages) == 5


@needs_poppler
@pytest.mark.parametrize("name", ["staffing", "agreements", "renewal", "schedule", "contacts"])
def test_nothing_leaves_the_page(pdfs: dict[str, Path], name: str) -> None:
    html = text_of(pdfs[name], "-bbox")
    pages = re.findall(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', html, re.S)
    assert pages
    for width, height, words in pages:
        for x0, y0, x1, y1 in re.findall(
                r'<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)"',
                words):
            assert float(x0) >= 0 and float(x1) <= float(width) - 20  # inside the margins
            assert float(y0) >= 0 and float(y1) <= float(height)


@needs_poppler
def test_ids_and_words_never_break(demo: Database, pdfs: dict[str, Path]) -> None:
    from consularapp.agreements import compute_statuses

    text = text_of(pdfs["agreements"])
    ids = [a.id for a in compute_statuses(demo, TODAY)]
    for agreement_id in ids:
        assert agreement_id in text  # whole, on one line
    for word in ("superseded", "negotiating", "terminated", "expiring"):
        cut = re.compile(rf"{word[:-1]}\s*\n\s*{word[-1]}\b")
        assert not cut.search(text)
    assert not re.search(r"\b[A-Z]+-[A-Z]+-[A-Z]+-\d{1,3}\n\d", text)  # "WHD-CHI-MX-202 / 3"


@needs_poppler
def test_the_watermark_is_no_text(pdfs: dict[str, Path]) -> None:
    pages = text_of(pdfs["renewal"]).split("\f")[:-1]
    assert len(pages) == 2
    for page in pages:
        # Header and footer say it in words; the diagonal mark adds no stray letters.
        assert page.count("DRAFT / BORRADOR") == 2
        assert not re.search(r"^\s*[DRAFTBO/]\s*$", page, re.M)
    with pikepdf.open(pdfs["renewal"]) as pdf:
        ops = pikepdf.parse_content_stream(pdf.pages[0])
        backgrounds = [op for op in ops if str(op.operator) == "BDC"
                       and isinstance(op.operands[1], pikepdf.Dictionary)
                       and op.operands[1].get("/Type") == pikepdf.Name.Background]
        assert backgrounds  # drawn, as an artifact: screen readers skip it


@needs_poppler
def test_pages_render(pdfs: dict[str, Path], tmp_path: Path) -> None:
    for name, path in pdfs.items():
        subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", str(path),
                        str(tmp_path / name)], check=True, capture_output=True, timeout=60)
        assert next(tmp_path.glob(f"{name}*.png")).stat().st_size > 1000


# --- Excel --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def books(demo: Database, out: Path) -> dict[str, Path]:
    return {
        "staffing": write_report(demo, "staffing", out / "staffing.xlsx", year=YEAR)[0],
        "agreements": write_report(demo, "agreements", out / "agreements.xlsx", as_of=TODAY)[0],
    }


def test_each_sheet_is_a_named_table_that_prints(books: dict[str, Path]) -> None:
    expected = {
        "staffing": {"Summary": ["Offices", "Agencies"], "Events": ["Events"],
                     "Assignments": ["Assignments"], "Gaps": ["Gaps"]},
        "agreements": {"Agreements": ["Agreements"]},
    }
    for name, path in books.items():
        book = openpyxl.load_workbook(path)
        for sheet, tables in expected[name].items():
            ws = book[sheet]
            assert sorted(ws.tables) == sorted(tables)
            for table in ws.tables.values():
                assert table.headerRowCount == 1
                first = ws[table.ref][0]
                assert [c.value for c in first] == [c.name for c in table.tableColumns]
                assert all(isinstance(c.value, str) and c.value for c in first)
            assert not ws.merged_cells.ranges
            assert ws.page_setup.orientation == "landscape"
            assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
            assert ws.sheet_properties.pageSetUpPr.fitToPage
            assert ws.print_title_rows == "$1:$1"
            assert ws.print_area and ws.print_area.startswith(f"'{sheet}'!$A$1:")


def test_the_chart_has_alternative_text_and_shows_only_values(books: dict[str, Path]) -> None:
    with zipfile.ZipFile(books["staffing"]) as z:
        drawing = z.read("xl/drawings/drawing1.xml").decode()
        chart = z.read("xl/charts/chart1.xml").decode()
    descr = re.search(r'descr="([^"]*)"', drawing)
    assert descr and descr.group(1).startswith("Column chart of staff-hours by agency: EEOC 4.0")
    labels = re.search(r"<dLbls>(.*?)</dLbls>", chart)
    assert labels
    shown = dict(re.findall(r'<(show\w+) val="(\d)"', labels.group(1)))
    assert shown == {"showLegendKey": "0", "showVal": "1", "showCatName": "0",
                     "showSerName": "0", "showPercent": "0", "showBubbleSize": "0",
                     "showLeaderLines": "0"}


def test_stored_choices_read_as_in_the_window(books: dict[str, Path]) -> None:
    book = openpyxl.load_workbook(books["staffing"])
    events = {r[0]: r for r in book["Events"].iter_rows(min_row=2, values_only=True)}
    assert events["LRW2027-TABLING-CHI-1"][3:5] == ("Information table", "Confirmed")
    roles = {r[8] for r in book["Assignments"].iter_rows(min_row=2, values_only=True)}
    assert roles <= {"Presenter", "Table staff", "Interpreter", "Coordinator", "Other"}
    assert "Table staff" in roles


# --- large documents: laid out in a child process -----------------------------------------------


def test_a_large_document_is_laid_out_apart_and_can_be_cancelled(tmp_path: Path) -> None:
    from consularapp.errors import CancelledError
    from consularapp.reports import typeset as t
    from consularapp.reports.common import Steps

    document = t.Document(title=MARKUP_TITLE, lang="es")
    document.add(t.heading(MARKUP, 1))
    document.extend(t.par([f"Párrafo {n}: ", t.run(MARKUP, lang="en")]) for n in range(50))
    path = t.write_pdf(tmp_path / "apart.pdf", document, Steps(None, None), apart=True)
    with pikepdf.open(path) as pdf:
        assert str(pdf.docinfo.Title) == MARKUP_TITLE and str(pdf.Root.Lang) == "es"
        # An English run inside a Spanish paragraph: its marked content says so.
        marked = [op for page in pdf.pages for op in pikepdf.parse_content_stream(page)
                  if str(op.operator) == "BDC" and isinstance(op.operands[1], pikepdf.Dictionary)
                  and str(op.operands[1].get("/Lang", "")) == "en"]
        assert len(marked) >= 50
    assert MARKUP in " ".join(text_of(path).split())

    calls = []

    def cancel_once_started() -> bool:
        calls.append(1)
        return len(calls) > 2  # after the child has started

    target = tmp_path / "cancelled.pdf"
    with pytest.raises(CancelledError):
        t.write_pdf(target, document, Steps(None, cancel_once_started), apart=True)
    assert not target.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["apart.pdf"]


@needs_poppler
def test_each_page_header_names_the_days_it_shows(pdfs: dict[str, Path]) -> None:
    pages = text_of(pdfs["staffing"], "-layout").split("\f")[:-1]
    marks = outline(pdfs["staffing"])
    for depth, title, page in marks:
        if depth == 1:  # a day starting on a page is named in that page's header
            assert title in pages[page - 1].splitlines()[0], (title, page)
    # Every page names the latest day begun by its end; a page that begins none names only the
    # day it goes on with.
    days = [(page, title) for depth, title, page in marks if depth == 1]
    for number, page_text in enumerate(pages[1:], start=2):
        header = page_text.splitlines()[0]
        begun = [title for page, title in days if page <= number]
        assert begun[-1] in header, (number, header)
        if not any(page == number for page, _title in days):
            assert header.split("report")[-1].strip() == begun[-1], (number, header)
