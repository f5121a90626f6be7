"""Publish the current schedule as the campaign's next release, after seeing what changed.

A release is what partners were sent: calendars exported "as of release N" and "changes since the
last release" are built from it. The list shows every event added, moved, cancelled, updated or
removed since the latest release; publishing records the user's name. It runs off the UI thread
(writing the publish folder takes a while at national scale) through ui.operations.publishing.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from consularapp.db import Database
from consularapp.publishing import PublishChange, ReleaseInfo, pending_changes
from ui.dialogs.acknowledge_dialog import user_name
from ui.errors import show_error
from ui.models.releases_model import ChangeRow, ChangesModel, counts_text
from ui.operations import publishing as ops
from ui.settings import Settings


def _tr(text: str) -> str:
    return QCoreApplication.translate("PublishDialog", text)


def _ntr(text: str, n: int) -> str:
    """`text` with %n in the plural form for `n` (Qt's numerus forms)."""
    return QCoreApplication.translate("PublishDialog", text, None, n)


class PublishDialog(QDialog):
    settings_key = "dialogs/publish"

    def __init__(self, db: Database, year: int, parent: QWidget | None = None,
                 settings: Settings | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.year = year
        self.settings = settings or Settings()
        self.info: ReleaseInfo | None = None
        self.change: PublishChange | None = None
        self.task: Any = None
        self.latest, self.changes = pending_changes(db, year)
        self.setWindowTitle(_tr("Publish Labor Rights Week %1").replace("%1", str(year)))
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setAccessibleName(_tr("What publishing does"))
        layout.addWidget(self.summary)
        self.model = ChangesModel(self)
        self.model.set_rows([ChangeRow(e["event_id"], e) for e in self.changes])
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(_tr("Changes to publish"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        before = 260 if any(e.get("before") for e in self.changes) else 120
        metrics = header.fontMetrics()
        for column, width in ((0, 80), (1, 180), (2, 230), (3, before)):
            # Never narrower than its heading ("Before (venue time)"), sort arrow included.
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            header.resizeSection(column, max(width, metrics.horizontalAdvance(title) + 28))
        layout.addWidget(self.table, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.publish_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.publish_button.setText(_tr("Publi&sh"))
        self.publish_button.setProperty("saves", True)  # Alt+S commits, in every dialog
        self.publish_button.setAccessibleName(_tr("Publish"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        next_number = (self.latest or 0) + 1
        if not self.changes:
            text = _tr("Nothing changed since release %1: there is nothing to publish.").replace(
                "%1", str(self.latest)) if self.latest else _tr(
                "Labor Rights Week %1 has no events to publish.").replace("%1", str(year))
            self.publish_button.setEnabled(False)
        elif self.latest is None:
            text = _ntr("Release 1 will record the current schedule (%n event(s)) as sent to "
                        "partners. Calendars “as of the latest release” and “changes since the "
                        "last release” are built from it.", len(self.changes))
        else:
            text = (_tr("Release %1 will record the current schedule. Since release %2: %3.")
                    .replace("%1", str(next_number)).replace("%2", str(self.latest))
                    .replace("%3", counts_text(self.changes)))
        self.summary.setText(text)
        if not self.settings.restore_geometry(self, self.settings_key):
            self.resize(960, 460)

    def accept(self) -> None:
        """Publish off the UI thread; the dialog closes once the release is recorded (and stays,
        with the message, when it is refused)."""
        if self.task is not None:
            return
        self.buttons.setEnabled(False)
        self.task = ops.publish(self, self.db, self.year, by=user_name() or None).success(
            self._published).failure(self._refused).run()

    def _published(self, change: PublishChange) -> None:
        self.task = None
        self.change = change
        self.info = change.release
        super().accept()

    def _refused(self, exc: BaseException) -> None:
        self.task = None
        self.buttons.setEnabled(True)
        show_error(self, exc)

    def result_text(self) -> str:
        if self.info is None:
            return ""
        text = (_ntr("Published release %1 of Labor Rights Week %2: %n event(s).",
                     self.info.event_count)
                .replace("%1", str(self.info.number)).replace("%2", str(self.year)))
        files = self.change.files if self.change is not None else ()
        if files:
            text += " " + _ntr("%n calendar file(s) written to the publish folder.", len(files))
        skipped = self.change.warnings if self.change is not None else []
        if skipped:
            text += " " + _tr("Left out for bad data: %1").replace("%1", "; ".join(skipped))
        return text

    def done(self, result: int) -> None:
        self.settings.save_geometry(self, self.settings_key)
        super().done(result)
