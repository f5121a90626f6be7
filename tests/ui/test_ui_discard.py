"""Cancel, Esc and the title bar's close button ask before discarding what was typed; Esc that
closes an open list or suggestions closes only that.

Each editing dialog of the catalogue is opened over the demonstration, typed into, and closed as a
person closes it; the question is answered with its keys (Esc keeps editing, Alt+D discards) and
the database is read back.
"""

from __future__ import annotations

import pytest
from as_a_person import alt, focus, press, show_active, type_text
from dialog_catalogue import AS_OF, build
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from consularapp.db import Database
from consularapp.directory import get_office
from ui.settings import Settings
from ui.widgets.discard import IGNORED

# Every dialog that edits something (the others export, send or show).
GUARDED = ["office", "office-edit", "consulate", "person", "person-edit", "agreement",
           "agreement-edit", "renew", "event", "event-edit", "assign", "assign-edit", "campaign",
           "acknowledge", "options", "replace-liaison"]


@pytest.fixture
def demo_db(demo_db_at) -> Database:
    return demo_db_at(AS_OF)


def opened(qtbot, name: str, db: Database, settings: Settings) -> QDialog:
    dialog = build(name, db, settings)
    qtbot.addWidget(dialog)
    show_active(dialog)
    return dialog


def fields_to_type_in(dialog: QDialog) -> list[QWidget]:
    """The fields a person types into, in the order they were made (a combo's or spin box's
    own line is reached through the combo or spin box)."""
    found: list[QWidget] = []
    for widget in dialog.findChildren(QWidget):
        if widget.property(IGNORED) or not widget.isVisibleTo(dialog) or not widget.isEnabled():
            continue
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            if widget.isReadOnly() or isinstance(widget.parentWidget(),
                                                 QComboBox | QAbstractSpinBox):
                continue
            found.append(widget)
        elif isinstance(widget, QAbstractSpinBox) and not widget.isReadOnly():
            found.append(widget)
    return found


def type_something(dialog: QDialog) -> QWidget:
    """Type into the first field that takes what is typed (a letter; a step up in a spin box)."""
    for field in fields_to_type_in(dialog):
        before = text_of(field)
        focus(field)
        if isinstance(field, QAbstractSpinBox):
            press(field, Qt.Key.Key_Up)  # one step up, as the arrow key gives
        else:
            press(field, Qt.Key.Key_End)
            type_text(field, "x")
        if text_of(field) != before:
            return field
    raise AssertionError(f"{type(dialog).__name__}: no field took the typing")


def text_of(field: QWidget) -> str:
    if isinstance(field, QPlainTextEdit):
        return field.toPlainText()
    assert isinstance(field, QLineEdit | QAbstractSpinBox)
    return field.text()


def question_of(dialog: QDialog) -> QMessageBox | None:
    QApplication.processEvents()
    box = getattr(dialog, "question", None)
    return box if box is not None and box.isVisible() else None


@pytest.mark.parametrize("name", GUARDED)
def test_esc_without_changes_closes_at_once(qtbot, demo_db: Database, settings: Settings,
                                            name: str) -> None:
    dialog = opened(qtbot, name, demo_db, settings)
    press(dialog, Qt.Key.Key_Escape)
    assert question_of(dialog) is None
    assert not dialog.isVisible()


@pytest.mark.parametrize("name", GUARDED)
def test_esc_with_changes_asks_and_keep_editing_keeps_the_typing(
        qtbot, demo_db: Database, settings: Settings, name: str) -> None:
    dialog = opened(qtbot, name, demo_db, settings)
    field = type_something(dialog)
    typed = text_of(field)
    press(dialog, Qt.Key.Key_Escape)
    box = question_of(dialog)
    assert box is not None, f"{name}: Esc after typing did not ask"
    press(box, Qt.Key.Key_Escape)  # Esc answers Keep editing
    assert question_of(dialog) is None
    assert dialog.isVisible()
    assert text_of(field) == typed


def test_cancel_with_changes_and_discard_closes_without_saving(
        qtbot, demo_db: Database, settings: Settings) -> None:
    before = get_office(demo_db, "WHD-CHICAGO")
    dialog = opened(qtbot, "office-edit", demo_db, settings)
    type_something(dialog)
    cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    focus(cancel)
    press(cancel, Qt.Key.Key_Space)
    box = question_of(dialog)
    assert box is not None
    show_active(box)
    alt(box, "d")  # Discard changes
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert get_office(demo_db, "WHD-CHICAGO") == before


def test_the_title_bar_close_asks_too(qtbot, demo_db: Database, settings: Settings) -> None:
    dialog = opened(qtbot, "office-edit", demo_db, settings)
    type_something(dialog)
    dialog.close()  # the window's X
    box = question_of(dialog)
    assert box is not None
    press(box, Qt.Key.Key_Escape)
    assert dialog.isVisible()


def test_esc_on_an_open_list_closes_only_the_list(qtbot, demo_db: Database,
                                                  settings: Settings) -> None:
    dialog = opened(qtbot, "event", demo_db, settings)
    combo = next(c for c in dialog.findChildren(QComboBox)
                 if not c.isEditable() and c.isVisibleTo(dialog) and c.isEnabled())
    focus(combo)
    press(combo, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert combo.view().isVisible()
    press(combo, Qt.Key.Key_Escape)
    QTest.qWait(50)
    assert not combo.view().isVisible()
    assert question_of(dialog) is None
    assert dialog.isVisible()


def test_esc_on_the_suggestions_closes_only_the_suggestions(qtbot, demo_db: Database,
                                                            settings: Settings) -> None:
    dialog = opened(qtbot, "office", demo_db, settings)
    combo = dialog.time_zone
    focus(combo)
    press(combo, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(combo, "Phoe")
    popup = combo.completer().popup()
    assert popup.isVisible()
    press(combo, Qt.Key.Key_Escape)
    QTest.qWait(50)
    assert not popup.isVisible()
    assert question_of(dialog) is None
    assert dialog.isVisible()
    assert combo.currentText() == "Phoe"


def test_saving_never_asks(qtbot, demo_db: Database, settings: Settings) -> None:
    dialog = opened(qtbot, "office-edit", demo_db, settings)
    focus(dialog.phone)
    press(dialog.phone, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(dialog.phone, "312-555-0142")
    alt(dialog, "s")
    assert question_of(dialog) is None
    assert get_office(demo_db, "WHD-CHICAGO").phone == "312-555-0142"
