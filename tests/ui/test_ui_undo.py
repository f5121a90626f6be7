"""Edit > Undo and Redo (Ctrl+Z, Ctrl+Shift+Z) across the directory, agreements and events,
driven as a person: open the editor with F2, type, Alt+S, then the keys on the window."""

from __future__ import annotations

from datetime import date

import pytest
from as_a_person import alt, press, select_all_and_type, show_active, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from consularapp.agreements import get_agreement
from consularapp.directory import get_office, save_office
from consularapp.events import get_event
from ui.main_window import MainWindow
from ui.operations.undo import LIMIT

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
AS_OF = date(2027, 3, 1)


@pytest.fixture
def window(demo_window: MainWindow) -> MainWindow:
    return demo_window


def edit_office_phone(window: MainWindow, office_id: str, phone: str) -> None:
    tab = window.directory_page().show_tab("offices")
    assert tab.select_id(office_id)
    tab.view.setFocus()
    press(tab.view, Qt.Key.Key_F2)
    dialog = tab.dialog
    assert dialog is not None
    show_active(dialog)
    alt(dialog, "p")
    select_all_and_type(dialog.phone, phone)
    alt(dialog, "s")
    assert tab.dialog is None, dialog.problems.text()
    show_active(window)


def test_ctrl_z_undoes_an_edit_and_ctrl_shift_z_redoes_it(window: MainWindow) -> None:
    before = get_office(window.db, "WHD-CHICAGO").phone
    edit_office_phone(window, "WHD-CHICAGO", "312-555-0142")
    assert get_office(window.db, "WHD-CHICAGO").phone == "312-555-0142"
    assert window.undo_action.text() == "&Undo Edit office WHD-CHICAGO"
    press(window, Qt.Key.Key_Z, CTRL)
    assert get_office(window.db, "WHD-CHICAGO").phone == before
    tab = window.directory_page().tab("offices")
    assert tab.model.row_by_id("WHD-CHICAGO").phone == before  # the table follows
    assert window.redo_action.text() == "&Redo Edit office WHD-CHICAGO"
    press(window, Qt.Key.Key_Z, CTRL_SHIFT)
    assert get_office(window.db, "WHD-CHICAGO").phone == "312-555-0142"
    assert tab.model.row_by_id("WHD-CHICAGO").phone == "312-555-0142"
    assert "Redone: Edit office WHD-CHICAGO" in window.statusBar().currentMessage()


def test_the_last_twenty_edits_can_be_undone(window: MainWindow) -> None:
    original = get_office(window.db, "WHD-CHICAGO").phone
    for n in range(1, 22):
        edit_office_phone(window, "WHD-CHICAGO", f"312-555-{n:04d}")
    assert LIMIT >= 20
    for _n in range(20):
        press(window, Qt.Key.Key_Z, CTRL)
    assert get_office(window.db, "WHD-CHICAGO").phone == "312-555-0001"
    press(window, Qt.Key.Key_Z, CTRL)
    assert get_office(window.db, "WHD-CHICAGO").phone == original
    assert not window.undo_action.isEnabled()


def test_undo_walks_back_across_pages(window: MainWindow, qtbot) -> None:
    """An agreement edited, then an event: Ctrl+Z takes back the event, then the agreement."""
    agreements = window.show_page("agreements")
    tab = agreements.table
    agreement_id = tab.model.rows()[0].id
    notes = get_agreement(window.db, agreement_id).notes
    assert agreements.show_agreement(agreement_id)
    press(tab.view, Qt.Key.Key_F2)
    dialog = tab.dialog
    show_active(dialog)
    alt(dialog, "n")
    press(dialog.notes, Qt.Key.Key_End, CTRL)
    type_text(dialog.notes, " Checked.")
    alt(dialog, "s")
    assert get_agreement(window.db, agreement_id).notes != notes

    lrw = window.show_page("lrw")
    qtbot.waitUntil(lambda: not lrw.conflicts_pending)
    event_id = lrw.model.rows()[0].id
    title = get_event(window.db, event_id).title
    lrw.select_event(event_id)
    show_active(window)
    editor = lrw.open_editor(event_id)
    show_active(editor)
    alt(editor, "t")
    select_all_and_type(editor.title_en, "Renamed on the trial")
    alt(editor, "s")
    assert get_event(window.db, event_id).title == "Renamed on the trial"
    show_active(window)

    press(window, Qt.Key.Key_Z, CTRL)
    assert get_event(window.db, event_id).title == title
    assert lrw.model.row_by_id(event_id).title == title
    press(window, Qt.Key.Key_Z, CTRL)
    assert get_agreement(window.db, agreement_id).notes == notes
    qtbot.waitUntil(lambda: not lrw.conflicts_pending)


def test_an_undo_that_would_lose_someone_elses_change_is_refused(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warnings.append(text))
    edit_office_phone(window, "WHD-CHICAGO", "312-555-0142")
    data = get_office(window.db, "WHD-CHICAGO")
    # The command line (or another window) saves the same office meanwhile.
    save_office(window.db, type(data)(**{**data.__dict__, "phone": "312-555-0199"}),
                "WHD-CHICAGO")
    press(window, Qt.Key.Key_Z, CTRL)
    assert get_office(window.db, "WHD-CHICAGO").phone == "312-555-0199"
    assert "changed since" in warnings[0]
    assert not window.undo_action.isEnabled()  # the step is dropped, not retried
