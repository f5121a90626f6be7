"""The Reports page: choose, Generate…, the worker writes the file, the page says where."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from consularapp.db import Database
from consularapp.errors import CancelledError
from ui.pages.reports_page import ReportsPage
from ui.settings import Settings

TODAY = date(2027, 3, 1)


@pytest.fixture
def demo_db(demo_db_at) -> Database:
    return demo_db_at(TODAY)


@pytest.fixture(autouse=True)
def _no_viewer(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Never open a real viewer; record what would have been opened."""
    opened: list[str] = []
    monkeypatch.setenv("CONSULARAPP_NO_OPEN", "1")
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)
    return opened


def make_page(db: Database, qtbot, settings: Settings) -> ReportsPage:
    page = ReportsPage(db, settings)
    qtbot.addWidget(page)
    page.show()
    page.as_of.setDate(QDate(TODAY.year, TODAY.month, TODAY.day))
    return page


def choose(page: ReportsPage, kind: str) -> None:
    page.kind.setCurrentIndex(page.kind.findData(kind))


def save_as(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    asked: list[str] = []

    def fake(_parent, _title, suggested, _filter):
        asked.append(suggested)
        return str(path), _filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    return asked


def generate_and_wait(page: ReportsPage, qtbot) -> None:
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.task is not None and not page.task.running, timeout=20000)


def test_staffing_workbook_through_the_page(demo_db: Database, qtbot, settings, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    page = make_page(demo_db, qtbot, settings)
    choose(page, "staffing")
    assert page.year.value() == 2027  # the coming campaign
    page.format.setCurrentIndex(page.format.findData(".xlsx"))
    target = tmp_path / "staffing"  # no ending typed: the chosen format adds it
    asked = save_as(monkeypatch, target)
    generate_and_wait(page, qtbot)
    assert asked and asked[0].endswith("staffing-LRW2027.xlsx")
    written = tmp_path / "staffing.xlsx"
    assert page.last_paths == [written] and written.exists()
    assert page.result.text() == f"Wrote {written}"
    assert page.generate_button.isEnabled()


def test_agreements_pdf_and_the_viewer_opens(demo_db: Database, qtbot, settings,
                                             tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             _no_viewer: list[str]) -> None:
    page = make_page(demo_db, qtbot, settings)
    choose(page, "agreements")
    page.format.setCurrentIndex(page.format.findData(".pdf"))
    save_as(monkeypatch, tmp_path / "agreements.pdf")
    statuses: list[str] = []
    page.status.connect(statuses.append)
    generate_and_wait(page, qtbot)
    assert (tmp_path / "agreements.pdf").exists()
    assert _no_viewer == []  # switched off by CONSULARAPP_NO_OPEN
    assert statuses == [f"Wrote {tmp_path / 'agreements.pdf'}"]
    monkeypatch.delenv("CONSULARAPP_NO_OPEN")
    generate_and_wait(page, qtbot)
    assert _no_viewer == [str(tmp_path / "agreements.pdf")]


def test_packet_asks_for_a_folder(demo_db: Database, qtbot, settings, tmp_path: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    page = make_page(demo_db, qtbot, settings)
    choose(page, "packet")
    assert not page.format.isVisible() and page.consulate.isVisible()
    page.consulate.setCurrentIndex(page.consulate.findData("MX-PHOENIX"))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a: str(tmp_path))
    generate_and_wait(page, qtbot)
    assert len(page.last_paths) == 3 and all(p.exists() for p in page.last_paths)
    assert page.result.text() == f"Wrote 3 files in {tmp_path / 'MX-PHOENIX'}"


def test_renewal_preselects_what_is_due(demo_db: Database, qtbot, settings, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    page = make_page(demo_db, qtbot, settings)
    choose(page, "renewal")
    assert page.agreement.isVisible() and not page.year.isVisible()
    assert page.agreement.currentData() == "OSHA-PHX-ALLIANCE-2024"
    assert "expiring" in page.agreement.currentText()
    offered = [page.agreement.itemData(i) for i in range(page.agreement.count())]
    assert "WHD-CHI-MX-2020" not in offered  # superseded
    assert "OSHA-DEN-MX-2023" not in offered  # terminated
    save_as(monkeypatch, tmp_path / "draft.pdf")
    generate_and_wait(page, qtbot)
    assert (tmp_path / "draft.pdf").exists()


def test_cancel_and_errors(demo_db: Database, qtbot, settings, tmp_path: Path,
                           monkeypatch: pytest.MonkeyPatch) -> None:
    import ui.pages.reports_page as module

    def slow(_db, _kind, _out, progress=None, cancelled=None, **_kwargs):
        deadline = time.monotonic() + 10
        while not cancelled() and time.monotonic() < deadline:
            time.sleep(0.01)
        raise CancelledError("cancelled")

    real = module.write_report
    monkeypatch.setattr(module, "write_report", slow)
    page = make_page(demo_db, qtbot, settings)
    choose(page, "staffing")
    save_as(monkeypatch, tmp_path / "s.pdf")
    task = page.generate()
    assert task is not None and not page.generate_button.isEnabled()
    task.cancel()
    qtbot.waitUntil(lambda: not task.running, timeout=10000)
    assert page.result.text() == "Cancelled; no file was written."
    assert page.generate_button.isEnabled()

    shown: list[BaseException] = []
    monkeypatch.setattr(module, "write_report", real)  # then a year without a campaign
    monkeypatch.setattr("ui.errors.show_error", lambda _parent, exc: shown.append(exc))
    page.year.addItem("1999", 1999)  # as if 1999 were listed but had no campaign after all
    page.year.setValue(1999)
    generate_and_wait(page, qtbot)
    assert page.result.text() == "The report was not written."
    assert shown and "1999" in str(shown[0])


def test_nothing_happens_when_the_dialog_is_cancelled(demo_db: Database, qtbot, settings,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    page = make_page(demo_db, qtbot, settings)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: ("", ""))
    assert page.generate() is None and page.task is None


def test_accessible_and_keyboard_friendly(demo_db: Database, qtbot, settings) -> None:
    page = make_page(demo_db, qtbot, settings)
    for widget in (page.kind, page.year, page.as_of, page.consulate, page.agreement, page.format,
                   page.generate_button, page.result):
        assert widget.accessibleName()
    assert page.generate_button.isDefault()
    assert page.form.labelForField(page.kind).buddy() is page.kind
    assert "&" in page.form.labelForField(page.year).text()  # Alt+Y
    choose(page, "agreements")
    assert page.as_of.isVisible() and not page.year.isVisible()
    # The choice is remembered for next time.
    again = make_page(demo_db, qtbot, settings)
    assert again.current_kind() == "agreements"


def test_the_year_is_chosen_among_the_campaigns_newest_first(demo_db: Database, qtbot, settings,
                                                              monkeypatch, tmp_path) -> None:
    from PySide6.QtWidgets import QComboBox

    from consularapp.campaigns import list_campaigns
    from consularapp.db import open_database

    ref_db_empty = open_database(f"sqlite:///{tmp_path / 'no-campaign.sqlite3'}")

    page = make_page(demo_db, qtbot, settings)
    choose(page, "staffing")
    assert isinstance(page.year, QComboBox)
    years = sorted({c.year for c in list_campaigns(demo_db)}, reverse=True)
    assert page.year.years() == years and page.year.value() == 2027

    empty = make_page(ref_db_empty, qtbot, settings)
    choose(empty, "staffing")
    assert empty.year.count() == 0 and not empty.year.isEnabled()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: pytest.fail("not asked"))
    assert empty.generate() is None
    assert "No Labor Rights Week campaign yet" in empty.result.text()
    empty.close()
    ref_db_empty.close()


def test_a_report_no_program_opens_says_where_it_was_written(
        demo_db: Database, qtbot, settings, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONSULARAPP_NO_OPEN", "0")  # this time the page tries to open it
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: False)  # no PDF reader
    page = make_page(demo_db, qtbot, settings)
    choose(page, "staffing")
    page.format.setCurrentIndex(page.format.findData(".xlsx"))
    save_as(monkeypatch, tmp_path / "staffing.xlsx")
    generate_and_wait(page, qtbot)
    written = tmp_path / "staffing.xlsx"
    assert page.result.text() == (f"Wrote {written}. No program on this computer opened it; "
                                  f"the file is in {tmp_path}.")


def test_an_agreements_annual_report_and_a_campaigns_results(
        ref_db: Database, qtbot, settings, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    import year_round_scenario as scenario
    from docx import Document

    scenario.build(ref_db)
    page = make_page(ref_db, qtbot, settings)
    page.as_of.setDate(QDate(2026, 3, 20))
    choose(page, "alliance")
    assert [page.format.itemData(n) for n in range(page.format.count())] == [".docx", ".pdf"]
    page.agreement.setCurrentIndex(page.agreement.findData(scenario.ALLIANCE))
    assert page.period.itemText(1) == "1: 2025-03-03 to 2026-03-02"
    asked = save_as(monkeypatch, tmp_path / "annual")
    generate_and_wait(page, qtbot)
    assert asked[0].endswith(f"annual-report-{scenario.ALLIANCE}.docx")
    written = tmp_path / "annual.docx"
    assert page.last_paths == [written]
    assert Document(str(written)).paragraphs[0].text == "Alliance Annual Report"
    choose(page, "results")
    page.year.setValue(2025)
    page.format.setCurrentIndex(page.format.findData(".pdf"))
    asked = save_as(monkeypatch, tmp_path / "results")
    generate_and_wait(page, qtbot)
    assert asked[0].endswith("results-LRW2025.pdf")
    assert page.last_paths == [tmp_path / "results.pdf"]
