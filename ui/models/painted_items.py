"""The base of the item models behind painted widgets (the week grid's events, the timeline's
bars): one row per item, a few columns of words, read by screen readers through Qt's accessible
table (see ui/widgets/painted_table.py).

A subclass says how many items there are, the columns' titles, each cell's text, each row's
title (its row header) and the description of the first cell (everything else about the item,
read after its name). Texts are made when a cell is asked for.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex

_TEXT_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)


class PaintedItems(QAbstractTableModel):
    # --- to be provided by subclasses -----------------------------------------------------------

    def item_count(self) -> int:
        raise NotImplementedError

    def column_titles(self) -> list[str]:
        raise NotImplementedError

    def text(self, row: int, column: int) -> str:
        raise NotImplementedError

    def row_title(self, row: int) -> str:
        raise NotImplementedError

    def description(self, row: int) -> str:
        """Everything about the row's item but its name: the other columns, in order."""
        texts = (self.text(row, c) for c in range(1, len(self.column_titles())))
        return "; ".join(t for t in texts if t)

    # --- Qt model API ---------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self.item_count()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.column_titles())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.item_count():
            return None
        if role in _TEXT_ROLES:
            return self.text(index.row(), index.column())
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and index.column() == 0:
            return self.description(index.row())
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _TEXT_ROLES:
            return None
        if orientation == Qt.Orientation.Horizontal:
            titles = self.column_titles()
            return titles[section] if 0 <= section < len(titles) else None
        return self.row_title(section) if 0 <= section < self.item_count() else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
