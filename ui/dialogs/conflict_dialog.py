"""When a save is refused because someone changed the record since it was opened.

The dialog says who and when (the core's sentence), shows their values beside yours for every
field that differs, and offers: keep theirs (your edits are dropped), apply yours over theirs
knowingly (saved as based on their version), or go back to editing.
"""

from __future__ import annotations

from dataclasses import fields as dataclass_fields
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from consularapp.errors import WriteConflictError
from consularapp.history import plain, shown_value

KEEP_THEIRS, APPLY_MINE, BACK = 1, 2, 0
# Fields the editor does not show as such.
_HIDDEN = frozenset({"version", "sequence", "source", "confidence"})


def _tr(text: str) -> str:
    return QCoreApplication.translate("conflict", text)


def differences(theirs: Any, mine: Any) -> list[tuple[str, Any, Any]]:
    """(field, their value, your value) for each field of two inputs that differs."""
    rows = []
    for f in dataclass_fields(mine):
        if f.name in _HIDDEN:
            continue
        a, b = plain(getattr(theirs, f.name, None)), plain(getattr(mine, f.name, None))
        if a != b and not (a in (None, "", []) and b in (None, "", [])):
            rows.append((f.name, a, b))
    return rows


def _cell(value: Any) -> str:
    if isinstance(value, list) and value and not isinstance(value[0], str | int | float):
        return "\n".join(shown_value(v) for v in value)
    return shown_value(value)


class ConflictDialog(QDialog):
    """`exec()` returns KEEP_THEIRS, APPLY_MINE or BACK."""

    def __init__(self, error: WriteConflictError, theirs: Any | None, mine: Any,
                 labels: dict[str, str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Changed by someone else"))
        layout = QVBoxLayout(self)
        said = QLabel(str(error), self)
        said.setWordWrap(True)
        said.setAccessibleName(_tr("What happened"))
        layout.addWidget(said)
        labels = labels or {}
        if theirs is None:
            rows: list[tuple[str, Any, Any]] = []
            note = _tr("The record no longer exists. Apply yours to create it again, or keep "
                       "it deleted.")
        else:
            rows = differences(theirs, mine)
            note = (_tr("Their values and yours, where they differ:") if rows else
                    _tr("Their change and yours agree; nothing of yours would be lost."))
        explain = QLabel(note, self)
        explain.setWordWrap(True)
        layout.addWidget(explain)
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setHorizontalHeaderLabels([_tr("Field"), _tr("Theirs (saved)"),
                                              _tr("Yours")])
        self.table.setAccessibleName(_tr("Their values beside yours"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (name, their, your) in enumerate(rows):
            label = QCoreApplication.translate("form", labels.get(name, name.replace("_", " ")
                                                                   .capitalize()))
            for column, text in enumerate((label, _cell(their), _cell(your))):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, item)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        self.table.setVisible(bool(rows))
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(self)
        self.keep_button = QPushButton(_tr("&Keep theirs"), self)
        self.keep_button.setToolTip(_tr("Close the editor; your changes are dropped."))
        self.apply_button = QPushButton(_tr("&Apply mine over theirs"), self)
        self.apply_button.setToolTip(_tr("Save your values, replacing theirs where they "
                                         "differ."))
        self.back_button = QPushButton(_tr("&Back to editing"), self)
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.back_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.keep_button.clicked.connect(lambda: self.done(KEEP_THEIRS))
        self.apply_button.clicked.connect(lambda: self.done(APPLY_MINE))
        self.back_button.clicked.connect(lambda: self.done(BACK))
        layout.addWidget(buttons)
        self.back_button.setDefault(True)
        self.resize(640, 320)

    def reject(self) -> None:  # Esc goes back to editing, losing nothing
        self.done(BACK)
