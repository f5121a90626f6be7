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
from ui.widgets.discard import DiscardGuard


def _tr(text: str) -> str:
    return QCoreApplication.translate("AcknowledgeDialog", text)


def user_name() -> str:
    """The operating system's user name, recorded with acknowledgements and releases."""
    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment (a service account)
        return ""


GROUP_SHOWN = 5  # problems of a group listed in the dialog; the rest are counted


class AcknowledgeDialog(DiscardGuard, QDialog):
    """One problem, or a group of them (a kind, as the problems list groups them) with one
    reason: `conflict` is a Conflict or a list of them."""

    def __init__(self, db: Database, conflict: Conflict | list[Conflict],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.conflicts = list(conflict) if isinstance(conflict, list) else [conflict]
        self.conflict = first = self.conflicts[0]
        group = len(self.conflicts) > 1
        self.change: Change | None = None
        self.setWindowTitle(_tr("Acknowledge problems") if group else
                            _tr("Acknowledge a problem"))
        layout = QVBoxLayout(self)
        self.problems = ProblemsPanel(self)
        layout.addWidget(self.problems)
        if group:
            title = _tr("%1: %2 problems").replace("%1", kind_label(first.kind)).replace(
                "%2", str(len(self.conflicts)))
        else:
            title = f"{severity_label(first.severity)}: {kind_label(first.kind)}"
        heading = QLabel(title, self)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        bold = heading.font()
        bold.setBold(True)
        heading.setFont(bold)
        layout.addWidget(heading)
        lines = [c.message for c in self.conflicts[:GROUP_SHOWN]]
        if len(self.conflicts) > GROUP_SHOWN:
            lines.append(_tr("…and %1 more of this kind, with the same reason.").replace(
                "%1", str(len(self.conflicts) - GROUP_SHOWN)))
        message = QLabel("\n".join(lines), self)
        message.setWordWrap(True)
        message.setTextFormat(Qt.TextFormat.PlainText)
        message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        message.setAccessibleName(_tr("The problems") if group else _tr("The problem"))
        layout.addWidget(message)
        caption = QLabel(_tr("&Why is this acceptable? (kept for whoever looks next)"), self)
        caption.setWordWrap(True)
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.reason.setAccessibleName(_tr("Reason"))
        self.reason.setPlaceholderText(_tr("e.g. Elena presents by phone from Houston."))
        reasons = {c.reason or "" for c in self.conflicts}
        self.reason.setPlainText(reasons.pop() if len(reasons) == 1 else "")
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
        if not group and first.acknowledged:
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
            self.change = ops.acknowledge_all(
                self, self.db, [c.key for c in self.conflicts], self.reason.toPlainText(),
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
