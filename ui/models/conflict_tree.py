"""The planning problems grouped by kind: one line per kind with its counts, its problems below.

A national campaign has over a thousand warnings; as one flat list they cannot be read. Here the
kinds come first ("Language not covered — 412: 12 errors, 400 warnings"), worst first, and each
opens to its problems. Filters (severity, office, consulate, acknowledged) apply before counting,
so the counts say what the filters let through. Severity is a word and an icon, never colour.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QApplication, QStyle

from consularapp.collation import fold
from consularapp.conflicts import Conflict, Severity
from ui.models.columns import Column, header_text, index_of, translate_header
from ui.models.lrw_labels import CONTEXT, kind_label, ntr, severity_label, tr

Index = QModelIndex | QPersistentModelIndex
KEY_ROLE = Qt.ItemDataRole.UserRole + 2  # a problem's key; "" on a kind's line
KIND_ROLE = Qt.ItemDataRole.UserRole + 4  # the kind of the line (both levels)
CONFLICT_ROLE = Qt.ItemDataRole.UserRole + 3  # the Conflict of a problem's line

_NO_PARENT = 0xFFFFFFFF


@dataclass
class KindGroup:
    kind: str
    conflicts: list[Conflict] = field(default_factory=list)

    @property
    def errors(self) -> int:
        return sum(1 for c in self.conflicts if c.severity == Severity.ERROR)

    @property
    def open(self) -> list[Conflict]:
        return [c for c in self.conflicts if not c.acknowledged]


def group_text(group: KindGroup) -> str:
    count = len(group.conflicts)
    errors = group.errors
    warnings = count - errors
    parts = []
    if errors:
        parts.append(ntr("%n error(s)", errors))
    if warnings:
        parts.append(ntr("%n warning(s)", warnings))
    acknowledged = count - len(group.open)
    if acknowledged:
        parts.append(tr("%1 acknowledged").replace("%1", str(acknowledged)))
    return f"{kind_label(group.kind)} — {count}: {', '.join(parts)}"


def acknowledged_text(c: Conflict) -> str:
    if not c.acknowledged:
        return tr("No")
    text = tr("Yes: %1").replace("%1", c.reason or "")
    return text + (" " + tr("(%1)").replace("%1", c.acknowledged_by) if c.acknowledged_by else "")


def _events_text(c: Conflict) -> str:
    return ", ".join(c.event_ids)


def _acknowledged_tooltip(c: Conflict) -> str | None:
    return acknowledged_text(c) if c.acknowledged else None


# The columns of a problem's line, declared once; a kind's line says its counts in the first.
COLUMNS: tuple[Column[Conflict], ...] = (
    Column("problem", header_text("Problem"), lambda c: c.message, tooltip=lambda c: c.message,
           stretch=True),
    Column("severity", header_text("Severity"), lambda c: severity_label(c.severity),
           words=lambda: [severity_label(Severity.ERROR), severity_label(Severity.WARNING)]),
    Column("events", header_text("Events"), _events_text, tooltip=_events_text,
           sample="LRW2027-DEN-TABLING, …"),
    Column("acknowledged", header_text("Acknowledged"), acknowledged_text,
           tooltip=_acknowledged_tooltip, sample="Yes: a short reason"),
)
COL_PROBLEM = index_of(COLUMNS, "problem")
COL_SEVERITY = index_of(COLUMNS, "severity")
COL_EVENTS = index_of(COLUMNS, "events")
COL_ACKNOWLEDGED = index_of(COLUMNS, "acknowledged")
COLUMN_COUNT = len(COLUMNS)


class ConflictTreeModel(QAbstractItemModel):
    """Kinds at the top level, their problems as children; read-only."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.groups: list[KindGroup] = []
        self._all: list[Conflict] = []
        self._accept: Callable[[Conflict], bool] = lambda _c: True

    # --- data -----------------------------------------------------------------------------------

    def set_conflicts(self, conflicts: Iterable[Conflict]) -> None:
        self._all = list(conflicts)
        self._regroup()

    def set_filter(self, accept: Callable[[Conflict], bool]) -> None:
        self._accept = accept
        self._regroup()

    def _regroup(self) -> None:
        self.beginResetModel()
        by_kind: dict[str, KindGroup] = {}
        for c in self._all:
            if self._accept(c):
                by_kind.setdefault(c.kind, KindGroup(c.kind)).conflicts.append(c)
        for group in by_kind.values():
            group.conflicts.sort(key=lambda c: (c.severity != Severity.ERROR, c.acknowledged,
                                                c.starts_at is None, c.starts_at, c.key))
        self.groups = sorted(by_kind.values(),
                             key=lambda g: (-g.errors, -len(g.open), fold(kind_label(g.kind))))
        self.endResetModel()

    def all_conflicts(self) -> list[Conflict]:
        return list(self._all)

    def shown(self) -> list[Conflict]:
        return [c for g in self.groups for c in g.conflicts]

    def group_at(self, index: Index) -> KindGroup | None:
        """The kind group of a line (a kind's line or one of its problems)."""
        if not index.isValid():
            return None
        position = index.row() if index.internalId() == _NO_PARENT else index.internalId()
        return self.groups[position] if 0 <= position < len(self.groups) else None

    def conflict_at(self, index: Index) -> Conflict | None:
        if not index.isValid() or index.internalId() == _NO_PARENT:
            return None
        group = self.groups[index.internalId()]
        return group.conflicts[index.row()] if index.row() < len(group.conflicts) else None

    def index_of_key(self, key: str) -> QModelIndex:
        for g, group in enumerate(self.groups):
            for n, c in enumerate(group.conflicts):
                if c.key == key:
                    return self.createIndex(n, 0, g)
        return QModelIndex()

    def index_of_kind(self, kind: str) -> QModelIndex:
        for g, group in enumerate(self.groups):
            if group.kind == kind:
                return self.createIndex(g, 0, _NO_PARENT)
        return QModelIndex()

    # --- Qt model API ---------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid():
            if parent.internalId() != _NO_PARENT:
                return QModelIndex()
            group = self.groups[parent.row()]
            if 0 <= row < len(group.conflicts) and 0 <= column < COLUMN_COUNT:
                return self.createIndex(row, column, parent.row())
            return QModelIndex()
        if 0 <= row < len(self.groups) and 0 <= column < COLUMN_COUNT:
            return self.createIndex(row, column, _NO_PARENT)
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _NO_PARENT:
            return QModelIndex()
        return self.createIndex(index.internalId(), 0, _NO_PARENT)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() == _NO_PARENT and parent.column() == 0:
            return len(self.groups[parent.row()].conflicts)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role in (
                Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (translate_header(COLUMNS[section].header, CONTEXT)
                    if 0 <= section < COLUMN_COUNT else None)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = index.column()
        if index.internalId() == _NO_PARENT:
            group = self.groups[index.row()]
            if role == KIND_ROLE:
                return group.kind
            if role == KEY_ROLE:
                return ""
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                        Qt.ItemDataRole.ToolTipRole):
                if column == COL_PROBLEM:
                    return group_text(group)
                if column == COL_SEVERITY:
                    return severity_label(Severity.ERROR) if group.errors else \
                        severity_label(Severity.WARNING)
                return ""
            if role == Qt.ItemDataRole.FontRole and column == COL_PROBLEM:
                from PySide6.QtGui import QFont

                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.DecorationRole and column == COL_SEVERITY:
                return _icon(group.errors > 0)
            return None
        c = self.conflict_at(index)
        if c is None:
            return None
        if role == CONFLICT_ROLE:
            return c
        if role == KEY_ROLE:
            return c.key
        if role == KIND_ROLE:
            return c.kind
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return COLUMNS[column].text(self, c)
        if role == Qt.ItemDataRole.ToolTipRole:
            return COLUMNS[column].tooltip_text(self, c)
        if role == Qt.ItemDataRole.DecorationRole and column == COL_SEVERITY:
            return _icon(c.severity == Severity.ERROR)
        return None


def _icon(error: bool) -> Any:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return None
    pixmap = (QStyle.StandardPixmap.SP_MessageBoxCritical if error
              else QStyle.StandardPixmap.SP_MessageBoxWarning)
    return app.style().standardIcon(pixmap)
