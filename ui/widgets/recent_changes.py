"""The dashboard's list of changes made by others since you last looked (team mode's history).

"Since you last looked" is the newest change this user had seen on this database when they last
pressed "Seen" (kept in the Qt settings per database; the first time, everything before today's
opening counts as seen). Your own changes are never listed. A change by another user arrives
through the ChangeBus and the list refreshes at once.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from consularapp.changes import Change
from consularapp.db import Database
from consularapp.history import ChangeSummary, changes_since, database_user, latest_change_id
from ui import operations
from ui.settings import HISTORY_SEEN, Settings

_OPENABLE = {"office", "consulate", "person", "agreement", "event", "campaign"}


class RecentChangesPanel(QWidget):
    """Changes by others since you last looked; `open_record(type, id)` on Enter/double-click."""

    open_record = Signal(str, str)

    def __init__(self, db: Database, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.settings = db, settings
        self.summaries: list[ChangeSummary] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        row = QHBoxLayout()
        self.heading = QLabel(self.tr("Changed by others since you last looked"), self)
        bold = self.heading.font()
        bold.setBold(True)
        self.heading.setFont(bold)
        row.addWidget(self.heading, 1)
        self.seen_button = QPushButton(self.tr("Mar&k as seen"), self)
        self.seen_button.setAccessibleName(self.tr("Mark the changes as seen"))
        row.addWidget(self.seen_button)
        layout.addLayout(row)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Changes by others"))
        self.list.setAccessibleDescription(self.tr("Newest first; Enter opens the record"))
        layout.addWidget(self.list, 1)
        self.setMinimumHeight(self.fontMetrics().height() * 6)
        self.heading.setBuddy(self.list)
        self.seen_button.clicked.connect(self.mark_seen)
        self.list.itemActivated.connect(self._activated)
        operations.bus(db).changed.connect(lambda *_a: self.reload())
        if self._seen() is None:  # the first look: what was there before counts as seen
            self.mark_seen()
        self.reload()

    def _key(self) -> str:
        # One key per database; its URL holds slashes, which Qt's settings take as groups.
        return hashlib.sha256(self.db.url.encode()).hexdigest()[:16]

    def _seen(self) -> int | None:
        seen = self.settings.get(HISTORY_SEEN, database=self._key())
        return None if seen < 0 else seen

    def mark_seen(self) -> None:
        newest = max([latest_change_id(self.db), *(s.change_id for s in self.summaries)])
        self.settings.set(HISTORY_SEEN, int(newest), database=self._key())
        self.reload()

    def reload(self, _change: Change | None = None) -> None:
        self.summaries = changes_since(self.db, self._seen() or 0,
                                       excluding=database_user(self.db), limit=50)
        self.list.clear()
        for summary in self.summaries:
            when = f"{summary.at.astimezone():%Y-%m-%d %H:%M}"
            item = QListWidgetItem(f"{when}  {summary.describe()}")
            item.setData(Qt.ItemDataRole.UserRole, summary.change_id)
            self.list.addItem(item)
        if not self.summaries:
            item = QListWidgetItem(self.tr("Nothing changed by others since you last looked."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)
        self.seen_button.setEnabled(bool(self.summaries))

    def _activated(self, item: QListWidgetItem) -> None:
        change_id = item.data(Qt.ItemDataRole.UserRole)
        summary = next((s for s in self.summaries if s.change_id == change_id), None)
        if summary is None:
            return
        for table, record_id, action in summary.records:
            if table in _OPENABLE and action != "deleted":
                self.open_record.emit(table, record_id)
                return
