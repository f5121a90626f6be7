"""`report alliance` (Word and tagged PDF, pre-filled from everything logged) and `report
results` (Excel and PDF, earlier years beside the one asked)."""

from __future__ import annotations

import io
import subprocess
from datetime import date
from pathlib import Path

import openpyxl
import pikepdf
import pytest
import year_round_scenario as scenario
from docx import Document

from consularapp.cli import main
from consularapp.errors import InputError
from consularapp.reports import write_report
from consularapp.reports.alliance import load_alliance

AS_OF = date(2026, 3, 20)


def _text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True, timeout=60).stdout


def test_the_alliance_report_is_pre_filled_from_everything_logged(ref_db) -> None:
    scenario.build(ref_db)
    data = load_alliance(ref_db, scenario.ALLIANCE, as_of=AS_OF)
    assert (data.period, data.period_starts, data.period_ends) == (
        1, date(2025, 3, 3), date(2026, 3, 2))  # the latest that has ended
    assert [m.name for m in data.team] == [
        "Dana Whitfield", "Jorge Salinas Medina", "Andrea Beltrán", "Marisol Ortega"]
    assert data.team[0].title == "Area Director"
    assert data.meetings == [date(2025, 4, 15), date(2025, 7, 15), date(2025, 10, 21),
                             date(2026, 1, 20)]
    tabling = [r for r in data.outreach if r.name.startswith("Heat safety")]
    assert [r.day for r in tabling] == [
        date(2025, 5, 6), date(2025, 6, 3), date(2025, 8, 5), date(2025, 9, 2),
        date(2025, 10, 7), date(2025, 11, 6), date(2025, 12, 2), date(2026, 1, 6),
        date(2026, 2, 3)]  # July cancelled; November moved to the 6th
    assert tabling[0].reached == 85 and tabling[0].city == "Phoenix"
    assert tabling[0].representatives == "Marisol Ortega (OSHA Phoenix Area Office)"
    assert tabling[0].emphasis == "heat illness; water, rest, shade"
    assert [r.kind for r in data.dissemination if r.name.startswith("Radio")] == ["Radio"]
    workshop = next(r for r in data.outreach if r.name == "Fall protection workshop")
    assert workshop.notes == "6 referred to an agency; 2 protection cases identified"
    assert data.totals["reached"] == 85 + 120 + 96 + 140 + 77 + 102 + 12000 + 45
    assert data.totals["without_outcome"] == 4  # December to February tabling, the mobile one


def test_the_alliance_report_in_word_and_pdf(ref_db, tmp_path: Path) -> None:
    scenario.build(ref_db)
    docx = write_report(ref_db, "alliance", tmp_path / "alliance.docx",
                        agreement_id=scenario.ALLIANCE, as_of=AS_OF)[0]
    document = Document(str(docx))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings[:4] == ["Alliance Annual Report", "I. Alliance Background",
                            "Alliance Overview and Goals", "II. Implementation Team"]
    assert document.core_properties.title == f"Alliance Annual Report — {scenario.ALLIANCE}, " \
        "period 1"
    tables = document.tables
    assert [c.text for c in tables[1].rows[0].cells][:3] == ["Activity type", "Date",
                                                              "Event name"]
    assert tables[1].rows[0]._tr.trPr.xpath("w:tblHeader")  # repeats on every page
    assert tables[1].rows[1].cells[2].text == "Heat safety table in the waiting room"
    placeholders = [p.text for p in document.paragraphs if p.text.startswith("[")]
    assert any("To be written by the coordinator" in p for p in placeholders)
    pdf = write_report(ref_db, "alliance", tmp_path / "alliance.pdf",
                       agreement_id=scenario.ALLIANCE, period=1, as_of=AS_OF)[0]
    with pikepdf.open(pdf) as opened:
        assert "/StructTreeRoot" in opened.Root and str(opened.Root.Lang) == "en"
        with opened.open_metadata() as xmp:
            assert xmp.get("pdfuaid:part") == "1"
    text = _text(pdf)
    assert "Radio Campesina: heat and your rights" in text
    assert "12,000" in text


def test_the_alliance_report_refuses_what_has_no_period(ref_db, tmp_path: Path) -> None:
    scenario.build(ref_db)
    with pytest.raises(InputError) as refused:
        write_report(ref_db, "alliance", tmp_path / "a.docx", agreement_id=scenario.ALLIANCE,
                     as_of=date(2025, 6, 1))
    assert refused.value.problems[0].code == "report.no_period_ended"
    with pytest.raises(InputError) as refused:
        write_report(ref_db, "alliance", tmp_path / "a.docx", agreement_id=scenario.ALLIANCE,
                     period=3, as_of=AS_OF)
    assert refused.value.problems[0].code == "report.no_such_period"


def test_report_alliance_and_results_from_the_command_line(db_url: str, ref_db,
                                                           tmp_path: Path) -> None:
    scenario.build(ref_db)
    out = tmp_path / "a.docx"
    assert main(["--db", db_url, "report", "alliance", "--agreement", scenario.ALLIANCE,
                 "--as-of", "2026-03-20", "--out", str(out)], io.StringIO()) == 0
    assert out.stat().st_size > 10_000
    with pytest.raises(SystemExit):  # the ending chooses the format: .xlsx is not one of them
        main(["--db", db_url, "report", "alliance", "--agreement", scenario.ALLIANCE,
              "--out", str(tmp_path / "a.xlsx")], io.StringIO())
    book = tmp_path / "r.xlsx"
    assert main(["--db", db_url, "report", "results", "--year", "2025", "--out", str(book)],
                io.StringIO()) == 0


def test_results_of_a_campaign_with_earlier_years_beside_it(ref_db, tmp_path: Path) -> None:
    scenario.build(ref_db)
    book = write_report(ref_db, "results", tmp_path / "results.xlsx", year=2025)[0]
    wb = openpyxl.load_workbook(book)
    assert wb.sheetnames[:3] == ["Summary", "Trend", "By consulate"]
    summary = {r[0]: r[1:] for r in wb["Summary"].iter_rows(min_row=1, values_only=True)}
    assert summary["Figure"][0] == "2025"
    assert summary["Events held"][0] == 2
    assert summary["People reached"][0] == 45
    assert summary["Events held without outcomes"][0] == 1
    assert summary["Partners taking part"][0] == 1
    assert len(summary["Figure"]) == 5  # 2025 and the four campaigns before it
    assert wb["Summary"].tables and wb["By agency"].tables
    agency = [r for r in wb["By agency"].iter_rows(values_only=True)]
    assert agency[1][0] == "Occupational Safety and Health Administration"
    pdf = write_report(ref_db, "results", tmp_path / "results.pdf", year=2025)[0]
    text = _text(pdf)
    assert "Results of Labor Rights Week 2025" in text and "By region" in text


def test_results_in_spanish_name_sheets_and_figures_in_spanish(ref_db, tmp_path: Path) -> None:
    scenario.build(ref_db)
    book = write_report(ref_db, "results", tmp_path / "resultados.xlsx", year=2025,
                        language="es")[0]
    wb = openpyxl.load_workbook(book)
    summary = {r[0]: r[1:] for r in wb["Resumen"].iter_rows(min_row=1, values_only=True)}
    assert summary["Personas alcanzadas"][0] == 45


def test_results_in_spanish_keep_their_table_names(ref_db, tmp_path: Path) -> None:
    scenario.build(ref_db)
    book = write_report(ref_db, "results", tmp_path / "resultados.xlsx", year=2025,
                        language="es")[0]
    wb = openpyxl.load_workbook(book)
    assert [name for ws in wb.worksheets for name in ws.tables] == [
        "Results_summary", "Results_trend", "By_consulate", "By_agency", "By_region"]


def test_results_pdf_in_spanish_is_spanish(ref_db, tmp_path: Path) -> None:
    import pikepdf

    scenario.build(ref_db)
    pdf = write_report(ref_db, "results", tmp_path / "resultados.pdf", year=2025,
                       language="es")[0]
    with pikepdf.open(pdf) as document:
        assert str(document.Root.Lang) == "es"
