"""The planning problems of a campaign as a table: severity in words and an icon, never colour.

Rows wrap the core's Conflict (keyed by its acknowledgement key, which is stable while the problem
stays the same).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QApplication, QStyle

from consularapp.conflicts import Conflict, Severity
from ui.models.lrw_labels import kind_label, severity_label, tr
from ui.models.table_model import RowTableModel


@dataclass(frozen=True)
class ConflictRow:
    id: str  # the conflict's key
    conflict: Conflict

    @property
    def is_error(self) -> bool:
        return self.conflict.severity == Severity.ERROR

    @property
    def acknowledged(self) -> bool:
        return self.conflict.acknowledged

    @property
    def event_ids(self) -> list[str]:
        return list(self.conflict.event_ids)


def conflict_rows(conflicts: Iterable[Conflict]) -> list[ConflictRow]:
    return [ConflictRow(c.key, c) for c in conflicts]


class ConflictsModel(RowTableModel):
    COL_SEVERITY = 0
    COL_KIND = 1
    COL_EVENTS = 2
    COL_MESSAGE = 3
    COL_ACKNOWLEDGED = 4
    COLUMN_COUNT = 5

    def headers(self) -> list[str]:
        return [tr("Severity"), tr("Kind"), tr("Events"), tr("Problem"), tr("Acknowledged")]

    def acknowledged_text(self, row: ConflictRow) -> str:
        if not row.acknowledged:
            return tr("No")
        reason = row.conflict.reason or ""
        by = row.conflict.acknowledged_by
        text = tr("Yes: %1").replace("%1", reason)
        return text + (" " + tr("(%1)").replace("%1", by) if by else "")

    def display(self, row: ConflictRow, column: int) -> str:
        c = row.conflict
        if column == self.COL_SEVERITY:
            return severity_label(c.severity)
        if column == self.COL_KIND:
            return kind_label(c.kind)
        if column == self.COL_EVENTS:
            return ", ".join(c.event_ids)
        if column == self.COL_MESSAGE:
            return c.message
        if column == self.COL_ACKNOWLEDGED:
            return self.acknowledged_text(row)
        return ""

    def sort_value(self, row: ConflictRow, column: int) -> Any:
        c = row.conflict
        if column == self.COL_SEVERITY:
            return (0 if row.is_error else 1, c.starts_at)
        if column == self.COL_ACKNOWLEDGED:
            return (row.acknowledged, c.reason or "")
        return self.display(row, column)

    def tooltip(self, row: ConflictRow, column: int) -> str | None:
        if column == self.COL_MESSAGE:
            return row.conflict.message
        if column == self.COL_ACKNOWLEDGED and row.acknowledged:
            return self.acknowledged_text(row)
        return None

    def search_parts(self, row: ConflictRow) -> Iterable[str]:
        c = row.conflict
        return (c.message, kind_label(c.kind), c.kind, *c.event_ids, c.person_id or "",
                c.reason or "")

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DecorationRole and index.isValid()
                and index.column() == self.COL_SEVERITY):
            row: ConflictRow = self.row(index.row())
            app = QApplication.instance()
            if not isinstance(app, QApplication):
                return None
            icon = (QStyle.StandardPixmap.SP_MessageBoxCritical if row.is_error
                    else QStyle.StandardPixmap.SP_MessageBoxWarning)
            return app.style().standardIcon(icon)
        if role == Qt.ItemDataRole.AccessibleTextRole and index.isValid():
            row = self.row(index.row())
            if index.column() == self.COL_SEVERITY:
                return severity_label(row.conflict.severity)
        return super().data(index, role)
