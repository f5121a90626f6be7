"""Accept a planning problem with a reason (or withdraw an acknowledgement).

The acknowledgement holds while the problem stays the same: if the overlap grows or the event
moves, the problem comes back (the core keys it on its facts).
"""

from __future__ import annotations

import getpass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from consularapp.changes import Change
from consularapp.conflicts import Conflict
from consularapp.db import Database
from consularapp.errors import ConsularError, InputError
from ui.dialogs.form import ProblemsPanel
from ui.errors import show_error
from ui.models.lrw_labels import kind_label, severity_label
from ui.operations import conflicts as ops


def _tr(text: str) -> str:
    return QCoreApplication.translate("AcknowledgeDialog", text)


def user_name() -> str:
    """The operating system's user name, recorded with acknowledgements and releases."""
    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment (a service account)
        return ""


class AcknowledgeDialog(QDialog):
    def __init__(self, db: Database, conflict: Conflict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.conflict = conflict
        self.change: Change | None = None
        self.setWindowTitle(_tr("Acknowledge a problem"))
        layout = QVBoxLayout(self)
        self.problems = ProblemsPanel(self)
        layout.addWidget(self.problems)
        heading = QLabel(f"<b>{severity_label(conflict.severity)}: "
                         f"{kind_label(conflict.kind)}</b>", self)
        layout.addWidget(heading)
        message = QLabel(conflict.message, self)
        message.setWordWrap(True)
        message.setTextFormat(Qt.TextFormat.PlainText)
        message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        message.setAccessibleName(_tr("The problem"))
        layout.addWidget(message)
        caption = QLabel(_tr("&Why is this acceptable? (kept for whoever looks next)"), self)
        caption.setWordWrap(True)
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.reason.setAccessibleName(_tr("Reason"))
        self.reason.setPlaceholderText(_tr("e.g. Elena presents by phone from Houston."))
        self.reason.setPlainText(conflict.reason or "")
        caption.setBuddy(self.reason)
        layout.addWidget(caption)
        layout.addWidget(self.reason, 1)
        note = QLabel(_tr("If the problem changes (a longer overlap, another time), it shows up "
                          "again."), self)
        note.setWordWrap(True)
        layout.addWidget(note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(_tr("&Save acknowledgement"))
        ok.setProperty("saves", True)  # Alt+S commits, in every dialog
        ok.setAccessibleName(_tr("Acknowledge"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_tr("Cancel"))
        self.withdraw_button: QPushButton | None = None
        if conflict.acknowledged:
            self.withdraw_button = QPushButton(_tr("&Withdraw acknowledgement"))
            self.withdraw_button.setAccessibleName(_tr("Withdraw acknowledgement"))
            self.buttons.addButton(self.withdraw_button, QDialogButtonBox.ButtonRole.ResetRole)
            self.withdraw_button.clicked.connect(self.withdraw)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(560, 340)
        self.reason.setFocus()

    def accept(self) -> None:
        try:
            self.change = ops.acknowledge(self, self.db, self.conflict.key,
                                          self.reason.toPlainText(),
                                          by=user_name() or None).call()
        except InputError as exc:
            self.problems.show_problems(exc.problems)
            self.reason.setFocus()
            return
        except ConsularError as exc:
            show_error(self, exc)
            return
        super().accept()

    def withdraw(self) -> None:
        try:
            self.change = ops.unacknowledge(self, self.db, self.conflict.key).call()
        except ConsularError as exc:
            show_error(self, exc)
            return
        super().accept()
