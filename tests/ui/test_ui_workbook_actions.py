"""File > Import workbook… and Export workbook… through the window, with real small workbooks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from consularapp.changes import Change
from consularapp.db import Database
from consularapp.directory import get_office, list_people
from consularapp.errors import InputError, NotFoundError, Problem
from ui import workbook_actions
from ui.main_window import MainWindow
from ui.settings import Settings

workbook = pytest.importorskip("consularapp.workbook")


def write_book(path: Path, sheets: dict[str, list[list[Any]]]) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        ws = book.create_sheet(name)
        ws.append([col for col, _required in workbook.SHEETS[name]])
        for row in rows:
            ws.append(row)
    book.save(path)
    return path


def office_row(**values: str) -> list[str]:
    row = {col: "" for col, _ in workbook.SHEETS["Offices"]}
    row.update(values)
    return list(row.values())


def person_row(**values: str) -> list[str]:
    row = {col: "" for col, _ in workbook.SHEETS["People"]}
    row.update(values)
    return list(row.values())


@pytest.fixture
def window(ref_db: Database, qtbot, settings: Settings) -> MainWindow:
    win = MainWindow(ref_db, settings)
    qtbot.addWidget(win)
    win.show()
    win.directory_page().show_tab("people")
    win.directory_page().show_tab("offices")
    return win


@pytest.fixture
def good_book(tmp_path: Path) -> Path:
    return write_book(tmp_path / "good.xlsx", {
        "Offices": [office_row(**{
            "Office ID": "WHD-ELGIN", "Agency": "WHD", "Name": "Elgin Field Office",
            "Office type": "field", "City": "Elgin", "State": "IL",
            "Time zone": "America/Chicago"})],
        "People": [person_row(**{
            "Person ID": "rosa-diaz", "Name": "Rosa Díaz", "Organization ID": "WHD-ELGIN",
            "Title": "Investigator", "Languages": "Spanish; English"})],
    })


@pytest.fixture
def bad_book(tmp_path: Path) -> Path:
    return write_book(tmp_path / "bad.xlsx", {
        "Offices": [
            office_row(**{"Office ID": "WHD-ELGIN", "Agency": "WHD", "Name": "Elgin",
                          "Office type": "field", "City": "Elgin", "State": "XX",
                          "Time zone": "America/Chicago"}),
            office_row(**{"Office ID": "WHD-AURORA", "Agency": "WHD", "Name": "Aurora",
                          "Office type": "field", "City": "Aurora", "State": "IL",
                          "Time zone": "Mars/Olympus"}),
        ],
    })


def test_import_checks_confirms_imports_and_refreshes(
    window: MainWindow, good_book: Path, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    confirmed: list[str] = []

    def confirm(_parent, path, result) -> bool:
        assert result.dry_run
        with pytest.raises(NotFoundError):  # the dry run wrote nothing
            get_office(window.db, "WHD-ELGIN")
        confirmed.append(result.summary())
        return True

    monkeypatch.setattr(workbook_actions, "confirm_import", confirm)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *_a, **_k: (str(good_book), "Excel workbooks (*.xlsx)"))
    window.import_action.trigger()
    flow = window.import_flow
    qtbot.waitUntil(lambda: flow.result is not None, timeout=10000)
    assert "Offices: 1 created" in confirmed[0]
    page = window.directory_page()
    assert page.offices.model.row_by_id("WHD-ELGIN") is not None
    assert page.people.model.row_by_id("rosa-diaz") is not None
    assert "Imported good.xlsx" in window.statusBar().currentMessage()
    assert window.settings.last_folder("workbook") == str(good_book.parent)


def test_import_refused_lists_every_problem_and_writes_nothing(
    window: MainWindow, bad_book: Path, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(workbook_actions, "confirm_import",
                        lambda *_a: pytest.fail("no confirmation for a refused workbook"))
    flow = workbook_actions.ImportFlow(window, window.db, window.settings)
    flow.start(str(bad_book))
    qtbot.waitUntil(lambda: flow.problems_dialog is not None, timeout=10000)
    dialog = flow.problems_dialog
    assert dialog is not None and dialog.isVisible()
    lines = dialog.details.toPlainText().splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("Offices, row 2, State:")
    assert lines[1].startswith("Offices, row 3, Time zone:")
    assert "nothing was written" in dialog.message.text()
    dialog.close()
    with pytest.raises(NotFoundError):
        get_office(window.db, "WHD-ELGIN")


def test_import_cancelled_at_the_confirmation_writes_nothing(
    window: MainWindow, good_book: Path, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[bool] = []
    monkeypatch.setattr(workbook_actions, "confirm_import",
                        lambda *_a: asked.append(True) or False)
    flow = workbook_actions.ImportFlow(window, window.db, window.settings)
    flow.start(str(good_book))
    qtbot.waitUntil(lambda: bool(asked), timeout=10000)
    qtbot.wait(50)
    assert flow.result is None
    assert list_people(window.db) == []
    assert "nothing was written" in window.statusBar().currentMessage()


def test_confirmation_shows_summary_and_warnings(window: MainWindow, monkeypatch) -> None:
    result = workbook.ImportResult(change=Change(), warnings=["Offices: column 'Notes' ignored"],
                                   dry_run=True)
    result.change.add("created", "office", "WHD-ELGIN")
    seen: dict[str, str] = {}

    def fake_exec(box: QMessageBox) -> int:
        seen.update(info=box.informativeText(), details=box.detailedText())
        import_button = next(b for b in box.buttons() if "Import" in b.text())
        import_button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert workbook_actions.confirm_import(window, "/tmp/x.xlsx", result) is True
    assert "Offices: 1 created" in seen["info"] and "1 warning" in seen["info"]
    assert seen["details"] == "Offices: column 'Notes' ignored"


def test_other_import_errors_go_to_the_presenter(
    window: MainWindow, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[BaseException] = []
    monkeypatch.setattr(workbook_actions, "show_error", lambda _p, exc: shown.append(exc))
    not_a_book = tmp_path / "notes.xlsx"
    not_a_book.write_text("not a workbook", encoding="utf-8")
    flow = workbook_actions.ImportFlow(window, window.db, window.settings)
    flow.start(str(not_a_book))
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert type(shown[0]).__name__ == "WorkbookFileError"


def test_import_with_a_monkeypatched_core(
    window: MainWindow, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The flow needs only the documented API: dry_run, progress, cancelled, InputError."""
    calls: list[bool] = []

    def fake_import(db, path, *, dry_run=False, progress=None, cancelled=None):
        calls.append(dry_run)
        progress(1, 2, "half")
        raise InputError([Problem("Offices, row 9, City", "a city is required")],
                         "The workbook was not imported")

    monkeypatch.setattr(workbook_actions, "import_workbook", fake_import)
    flow = workbook_actions.ImportFlow(window, window.db, window.settings)
    flow.start("/nowhere/book.xlsx")
    qtbot.waitUntil(lambda: flow.problems_dialog is not None, timeout=10000)
    assert calls == [True]
    assert flow.problems_dialog.details.toPlainText() == (
        "Offices, row 9, City: a city is required")
    flow.problems_dialog.close()


def test_export_writes_and_says_how_many_rows(
    window: MainWindow, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    target = tmp_path / "out"  # the suffix is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_a, **_k: (str(target), "Excel workbooks (*.xlsx)"))
    window.export_action.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=20000)
    flow = window.export_flow
    assert flow.path.endswith("out.xlsx") and Path(flow.path).exists()
    assert flow.rows_written is not None and flow.rows_written >= 147 + 53
    assert f"Exported {flow.rows_written} rows" in told[0]


def test_import_starts_in_the_documents_folder_the_first_time(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    opened_in: list[str] = []

    def dialog(_parent, _title, folder, _filter):
        opened_in.append(folder)
        return "", ""  # the person cancels

    monkeypatch.setattr(QFileDialog, "getOpenFileName", dialog)
    window.import_action.trigger()
    assert opened_in == [str(home / "Documents")]
