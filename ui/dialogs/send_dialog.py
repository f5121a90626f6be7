"""Send the plan: e-mail drafts for partners, meeting requests for staff (sending.py).

Nothing is sent from the app: the drafts are .eml files marked unsent, written to a folder; when
they are written the dialog lists who got none and why, and opens the folder (or the first
draft, which Outlook opens ready to send).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from consularapp.db import Database
from consularapp.errors import InputError, Problem
from consularapp.events import list_events
from consularapp.publishing import list_releases
from consularapp.sending import SendResult, send_partners, send_staff
from consularapp.staffing import list_assignments
from ui.dialogs.form import ProblemsPanel
from ui.progress import run_with_progress
from ui.settings import Settings
from ui.worker import Task

PARTNERS, STAFF = "partners", "staff"


def _tr(text: str) -> str:
    return QCoreApplication.translate("SendDialog", text)


def _ntr(text: str, n: int) -> str:
    """`text` with %n in the plural form for `n` (Qt's numerus forms)."""
    return QCoreApplication.translate("SendDialog", text, None, n)


def open_path(path: Path) -> None:
    """Show a folder or a draft with the desktop's own program (Outlook for .eml on Windows)."""
    from ui.pages.reports_page import opening_disabled

    if not opening_disabled():
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def run_send(db: Database, audience: str, year: int, folder: str, record_id: str | None,
             release: int | str | None, **kwargs: Any) -> SendResult:
    """In a worker: write the drafts."""
    if audience == PARTNERS:
        return send_partners(db, year, folder, consulate_id=record_id, release=release, **kwargs)
    return send_staff(db, year, folder, person_id=record_id, **kwargs)


class SendDialog(QDialog):
    """Choose partners or staff, who, which schedule and where; then write and show."""

    settings_key = "dialogs/send"

    def __init__(self, db: Database, year: int, parent: QWidget | None = None,
                 settings: Settings | None = None, audience: str = PARTNERS) -> None:
        super().__init__(parent)
        self.db, self.year = db, year
        self.settings = settings or Settings()
        self.task: Task | None = None
        self.result_: SendResult | None = None
        self.setWindowTitle(_tr("Send Labor Rights Week %1").replace("%1", str(year)))
        layout = QVBoxLayout(self)
        self.partners_radio = QRadioButton(
            _tr("E-mail drafts for &partners: one per consulate, with its calendar and "
                "bilingual schedule"), self)
        self.staff_radio = QRadioButton(
            _tr("&Meeting requests for staff: one per assignment"), self)
        for radio in (self.partners_radio, self.staff_radio):
            radio.toggled.connect(self._audience_changed)
            layout.addWidget(radio)
        form = QFormLayout()
        self.who = QComboBox(self)
        self.who.setAccessibleName(_tr("Who"))
        form.addRow(_tr("&Who:"), self.who)
        self.version = QComboBox(self)
        self.version.setAccessibleName(_tr("Schedule"))
        self.version.addItem(_tr("Current schedule"), None)
        for release in reversed(list_releases(db, year)):
            self.version.addItem(_tr("Release %1 (%2)").replace("%1", str(release.number))
                                 .replace("%2", release.published_at.date().isoformat()),
                                 release.number)
        form.addRow(_tr("S&chedule:"), self.version)
        row = QHBoxLayout()
        self.folder = QLineEdit(self)
        self.folder.setAccessibleName(_tr("Folder for the drafts"))
        browse = QPushButton(_tr("&Browse…"), self)
        browse.setAccessibleName(_tr("Choose the folder"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        folder_label = QLabel(_tr("&Folder:"), self)
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, row)
        self.then = QComboBox(self)
        self.then.setAccessibleName(_tr("When written"))
        self.then.addItem(_tr("Open the folder"), "folder")
        self.then.addItem(_tr("Open the first draft"), "draft")
        self.then.addItem(_tr("Open nothing"), "nothing")
        form.addRow(_tr("&Then:"), self.then)
        layout.addLayout(form)
        self.problems = ProblemsPanel(self)
        layout.addWidget(self.problems)
        self.report = QPlainTextEdit(self)
        self.report.setReadOnly(True)
        self.report.setAccessibleName(_tr("What was written"))
        self.report.setPlaceholderText(_tr("Drafts are written as .eml files marked unsent: "
                                           "open each in Outlook and press Send."))
        layout.addWidget(self.report, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.write_button = self.buttons.addButton(
            _tr("Write &drafts"), QDialogButtonBox.ButtonRole.ActionRole)
        self.write_button.setAccessibleName(_tr("Write the drafts"))
        self.write_button.setDefault(True)
        self.write_button.clicked.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(_tr("Close"))
        layout.addWidget(self.buttons)
        (self.staff_radio if audience == STAFF else self.partners_radio).setChecked(True)
        self._audience_changed()
        if not self.settings.restore_geometry(self, self.settings_key):
            self.resize(720, 480)

    # --- choices --------------------------------------------------------------------------------

    def audience(self) -> str:
        return STAFF if self.staff_radio.isChecked() else PARTNERS

    def _audience_changed(self) -> None:
        audience = self.audience()
        self.who.clear()
        if audience == PARTNERS:
            self.who.addItem(_tr("Every consulate hosting events"), None)
            hosts = {e.host_consulate_id: e.host_name for e in list_events(self.db, self.year)
                     if e.host_consulate_id}
            for cid, name in sorted(hosts.items(), key=lambda item: item[1].casefold()):
                self.who.addItem(f"{name} ({cid})", cid)
        else:
            self.who.addItem(_tr("Everyone assigned"), None)
            people = {a.person_id: a.person_name for a in list_assignments(self.db, year=self.year)}
            for pid, name in sorted(people.items(), key=lambda item: item[1].casefold()):
                self.who.addItem(f"{name} ({pid})", pid)
        self.version.setEnabled(audience == PARTNERS)
        remembered = self.settings.last_folder(f"send-{audience}")
        base = Path(remembered) if remembered else Path.home() / "ConsularApp drafts"
        self.folder.setText(str(base if remembered else base / f"LRW{self.year}-{audience}"))

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, _tr("Write the drafts into"),
                                                  self.folder.text())
        if folder:
            self.folder.setText(folder)

    # --- writing --------------------------------------------------------------------------------

    def start(self) -> Task | None:
        folder = self.folder.text().strip()
        if not folder:
            self.problems.show_problems([Problem(_tr("Folder"),
                                                 _tr("choose where to write the drafts"))])
            return None
        self.problems.clear()
        audience = self.audience()
        self.settings.set_last_folder(f"send-{audience}", folder)
        self.write_button.setEnabled(False)
        release = self.version.currentData() if audience == PARTNERS else None
        self.task = run_with_progress(
            self, _tr("Writing the drafts…"), run_send, self.db, audience, self.year,
            str(Path(folder).expanduser()), self.who.currentData(), release,
            on_success=self._written, on_error=self._failed,
            on_cancelled=lambda: self.write_button.setEnabled(True))
        return self.task

    def _written(self, result: SendResult) -> None:
        self.result_ = result
        self.write_button.setEnabled(True)
        lines = [_ntr("%n draft(s) written in %1, marked unsent: open each in Outlook and press "
                      "Send.", len(result.drafts)).replace("%1", str(result.folder))]
        if result.problems:
            lines += ["", _tr("Not written:")] + [f"• {p}" for p in result.problems]
        if result.notes:
            lines += ["", _tr("Notes:")] + [f"• {n}" for n in result.notes]
        if result.warnings:
            lines += ["", _tr("Left out for bad data:")] + [f"• {w}" for w in result.warnings]
        lines += ["", _tr("Drafts:")] + [f"• {d.path.name}" for d in result.drafts]
        self.report.setPlainText("\n".join(lines))
        choice = self.then.currentData()
        if choice == "draft" and result.first is not None:
            open_path(result.first)
        elif choice == "folder" and result.drafts:
            open_path(result.folder)

    def _failed(self, exc: BaseException) -> None:
        self.write_button.setEnabled(True)
        if isinstance(exc, InputError):
            self.problems.show_problems(exc.problems)
            return
        from ui.errors import show_error

        show_error(self, exc)

    def done(self, result: int) -> None:
        if self.task is not None and self.task.running:
            self.task.cancel()
        self.settings.save_geometry(self, self.settings_key)
        super().done(result)
