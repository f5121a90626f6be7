"""Ask before discarding what the user typed: Cancel, Esc and the title bar's close button.

`DiscardGuard` goes in front of QDialog in a dialog's bases: the form's state is taken once the
form is loaded (`remember_state()`), and closing without saving with anything changed asks
"Discard changes?" (Keep editing is the default and Esc's answer). Esc that closes an open list
or suggestions belongs to that pop-up and never reaches the dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

IGNORED = "discard_ignores"  # a widget property: True when changing it loses nothing


def _tr(text: str) -> str:
    return QCoreApplication.translate("discard", text)


def form_state(root: QWidget) -> tuple[object, ...]:
    """What the user can change in `root`'s fields, in a stable order (read-only ones left out),
    to tell whether anything was typed since the form was loaded. A widget that only changes
    what is shown (a search box, "Show everyone") says so with `IGNORED` and is left out."""
    state: list[object] = []
    for widget in root.findChildren(QWidget):
        if widget.property(IGNORED):
            continue
        if isinstance(widget, QComboBox):
            state.append(("combo", widget.currentIndex(), widget.currentText()))
        elif isinstance(widget, QAbstractSpinBox):
            state.append(("spin", widget.text()))
        elif isinstance(widget, QLineEdit):
            if isinstance(widget.parentWidget(), QComboBox | QAbstractSpinBox) or \
                    widget.isReadOnly():
                continue  # said by its combo or spin box, or not the user's to change
            state.append(("line", widget.text()))
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            if not widget.isReadOnly():
                state.append(("text", widget.toPlainText()))
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            state.append(("check", widget.isChecked()))
        elif isinstance(widget, QListWidget):
            state.append(("list", tuple(
                widget.item(n).checkState().value for n in range(widget.count())
                if widget.item(n).flags() & Qt.ItemFlag.ItemIsUserCheckable)))
    return tuple(state)


def discard_question(parent: QWidget) -> QMessageBox:
    """'Discard changes?' with Discard changes and Keep editing (the default, and Esc)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_tr("Discard changes?"))
    box.setText(_tr("You changed this form. Close it and discard the changes?"))
    discard = box.addButton(_tr("&Discard changes"), QMessageBox.ButtonRole.DestructiveRole)
    discard.setObjectName("discard")
    keep = box.addButton(_tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
    keep.setObjectName("keep")
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    return box


class DiscardGuard:
    """A dialog base (before QDialog) that asks before closing with unsaved changes.

    The form's state is taken when the dialog is first shown (every field filled by then), or
    when `remember_state()` is called again (the form reloaded with someone else's values).
    The question is window-modal and asked with open(), not exec(): nothing waits in a nested
    event loop, and `question` is the box while it is up."""

    _initial_state: tuple[object, ...] | None = None
    question: QMessageBox | None = None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)  # type: ignore[misc]
        if self._initial_state is None:
            self.remember_state()

    def remember_state(self) -> None:
        """What the form shows now counts as unchanged."""
        self._initial_state = form_state(self)  # type: ignore[arg-type]

    def has_changes(self) -> bool:
        return self._initial_state is not None and \
            form_state(self) != self._initial_state  # type: ignore[arg-type]

    def reject(self) -> None:
        if self.question is not None:
            self.question.raise_()
            return
        if not self.has_changes():
            super().reject()  # type: ignore[misc]
            return
        box = discard_question(self)  # type: ignore[arg-type]
        self.question = box
        box.finished.connect(lambda _result, box=box: self._answered(box))
        box.open()

    def _answered(self, box: QMessageBox) -> None:
        self.question = None
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is not None and clicked.objectName() == "discard":
            super().reject()  # type: ignore[misc]
