"""The base of every table model: frozen rows keyed by ID, narrow updates, sorting in Python.

A subclass declares its columns once (`columns`, ui/models/columns.py: header, value, sort value,
tooltip, width, alignment), as Picard's and Vorta's models do; the COL_<KEY> constants are made
from them. The text shown is DisplayRole, the native value sorted on SORT_ROLE (dates as dates,
numbers as numbers). Whole reloads go through `set_rows` (begin/endResetModel); a core Change is
applied with `upsert`/`remove`, which emit dataChanged or insert/remove one row so selection and
scroll stay.

Each row's lowercase, accent-free search text is computed once here, so the filter proxy checks a
keystroke against 5,000 people with plain substring tests.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from consularapp.collation import fold, name_key
from ui.models.columns import Column, constants, translated_header

__all__ = ["ID_ROLE", "ROW_ROLE", "SORT_ROLE", "RowTableModel", "fold"]

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
ROW_ROLE = Qt.ItemDataRole.UserRole + 3

_ALIGN_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

Index = QModelIndex | QPersistentModelIndex


def sort_language() -> str:
    """The language names sort in: the window's (QLocale's default), 'en' or 'es'."""
    return QLocale().name()[:2]


def _sort_key(value: Any, language: str = "en") -> tuple[bool, Any]:
    """Blanks sort after values; text sorts as people expect (collation.name_key: case and
    accents ignored, then exact)."""
    if value is None or value == "":
        return (True, "")
    if isinstance(value, str):
        return (False, name_key(value, language))
    return (False, value)


class RowTableModel(QAbstractTableModel):
    """Rows with an `id` attribute, shown one per line. Subclasses fill in the column methods."""

    #: The columns, declared once; COL_<KEY> and COLUMN_COUNT are made from them.
    columns: ClassVar[Sequence[Column[Any]]] = ()
    #: Where the headers' translations are (default: the class name, as self.tr).
    header_context: ClassVar[str | None] = None
    #: Column count (from `columns`; a model without them sets it with its own COL_... names).
    COLUMN_COUNT = 0

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        declared = cls.__dict__.get("columns")
        if declared:
            for name, position in constants(declared).items():
                setattr(cls, name, position)
            cls.COLUMN_COUNT = len(declared)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._search: list[str] = []
        self._positions: dict[str, int] = {}
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    # --- to be provided by subclasses -----------------------------------------------------------

    def headers(self) -> list[str]:
        return [translated_header(self, c) for c in self.columns]

    def display(self, row: Any, column: int) -> str:
        return self.columns[column].text(self, row)

    def sort_value(self, row: Any, column: int) -> Any:
        if self.columns:
            return self.columns[column].sort_value(self, row)
        return self.display(row, column)

    def tooltip(self, row: Any, column: int) -> str | None:
        if self.columns:
            return self.columns[column].tooltip_text(self, row)
        return None

    def alignment(self, column: int) -> int:
        if self.columns and 0 <= column < len(self.columns):
            return int(self.columns[column].align)
        return _ALIGN_LEFT

    def search_parts(self, row: Any) -> Iterable[str]:
        raise NotImplementedError

    def accessible_row_text(self, row: Any) -> str:
        return self.display(row, 0)

    # --- Qt model API ---------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == SORT_ROLE:
            return self.sort_value(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.display(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(column)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return super().headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows on SORT_ROLE values, keeping selections (persistent indexes) in place."""
        self._sort_column, self._sort_order = column, order
        if not 0 <= column < self.COLUMN_COUNT or not self._rows:
            return
        self.layoutAboutToBeChanged.emit()
        old_persistent = self.persistentIndexList()
        remembered = [(self._rows[i.row()].id, i.column()) for i in old_persistent]
        key = self._key_for(column)
        pairs = sorted(zip(self._rows, self._search, strict=True), key=lambda p: key(p[0]),
                       reverse=self._descending())
        self._rows = [p[0] for p in pairs]
        self._search = [p[1] for p in pairs]
        self._reindex_positions()
        new_persistent = [self.index(self._positions[rid], col) for rid, col in remembered]
        self.changePersistentIndexList(old_persistent, new_persistent)
        self.layoutChanged.emit()

    # --- whole and narrow updates ---------------------------------------------------------------

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Replace every row (a reload)."""
        self.beginResetModel()
        self._rows = list(rows)
        if 0 <= self._sort_column < self.COLUMN_COUNT:
            self._rows.sort(key=self._key_for(self._sort_column), reverse=self._descending())
        self._reindex()
        self.endResetModel()

    def upsert(self, row: Any) -> int:
        """Replace the row with the same ID (dataChanged) or insert it in sort order. Row number."""
        position = self._positions.get(row.id)
        if position is not None:
            self._rows[position] = row
            self._search[position] = self._search_text(row)
            self.dataChanged.emit(
                self.index(position, 0), self.index(position, self.COLUMN_COUNT - 1)
            )
            return position
        position = self._insert_position(row)
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.insert(position, row)
        self._search.insert(position, self._search_text(row))
        self._reindex_positions()
        self.endInsertRows()
        return position

    def remove(self, row_id: str) -> bool:
        """Remove the row with this ID; False if there is none."""
        position = self._positions.get(row_id)
        if position is None:
            return False
        self.beginRemoveRows(QModelIndex(), position, position)
        del self._rows[position]
        del self._search[position]
        self._reindex_positions()
        self.endRemoveRows()
        return True

    # --- access for views, proxies and pages ----------------------------------------------------

    def row(self, position: int) -> Any:
        return self._rows[position]

    def rows(self) -> list[Any]:
        return list(self._rows)

    def ids(self) -> list[str]:
        return [r.id for r in self._rows]

    def row_by_id(self, row_id: str) -> Any | None:
        position = self._positions.get(row_id)
        return None if position is None else self._rows[position]

    def position_of(self, row_id: str) -> int | None:
        return self._positions.get(row_id)

    def search_text_at(self, position: int) -> str:
        return self._search[position]

    # --- internals ------------------------------------------------------------------------------

    def _search_text(self, row: Any) -> str:
        return fold(" ".join(p for p in self.search_parts(row) if p))

    def _reindex(self) -> None:
        self._search = [self._search_text(r) for r in self._rows]
        self._reindex_positions()

    def _reindex_positions(self) -> None:
        self._positions = {r.id: i for i, r in enumerate(self._rows)}

    def _descending(self) -> bool:
        return self._sort_order == Qt.SortOrder.DescendingOrder

    def _key_for(self, column: int) -> Any:
        language = sort_language()

        def key(row: Any) -> tuple[Any, ...]:
            # The ID breaks ties so equal values keep a stable, predictable order.
            return (_sort_key(self.sort_value(row, column), language), row.id)

        return key

    def _insert_position(self, row: Any) -> int:
        if not 0 <= self._sort_column < self.COLUMN_COUNT:
            return len(self._rows)
        key = self._key_for(self._sort_column)
        new_key = key(row)
        descending = self._descending()
        for position, existing in enumerate(self._rows):
            existing_key = key(existing)
            if (existing_key < new_key) if descending else (new_key < existing_key):
                return position
        return len(self._rows)
