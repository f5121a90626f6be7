"""Search-as-you-type and value filters in front of a RowTableModel.

A keystroke is a substring test of each word typed against each row's precomputed search text
(lowercase, accents removed), plus the page's value filters (agency, state, "show people who
left"...) as predicates over the frozen row: a few milliseconds for 5,000 people.

Sorting is delegated to the source model, which sorts its Python list on the SORT_ROLE values once;
a Python `lessThan` would be called tens of thousands of times per sort, and again on every
keystroke that widens the filter.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from ui.models.table_model import RowTableModel, fold

Predicate = Callable[[Any], bool]


class FilterProxy(QSortFilterProxyModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: tuple[str, ...] = ()
        self._filters: dict[str, Predicate] = {}
        self._rows: RowTableModel | None = None

    def setSourceModel(self, model: Any) -> None:
        self._rows = model if isinstance(model, RowTableModel) else None
        super().setSourceModel(model)

    def source_rows(self) -> RowTableModel:
        assert self._rows is not None, "FilterProxy needs a RowTableModel source"
        return self._rows

    # --- filters --------------------------------------------------------------------------------

    @property
    def search_text(self) -> str:
        return " ".join(self._words)

    def set_search_text(self, text: str) -> None:
        """Keep rows whose search text contains every word of `text` (case and accents ignored)."""
        words = tuple(fold(text).split())
        if words == self._words:
            return
        self.beginFilterChange()
        self._words = words
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_filter(self, name: str, predicate: Predicate | None) -> None:
        """Add, replace or (with None) drop the named predicate over source rows."""
        if predicate is None and name not in self._filters:
            return
        self.beginFilterChange()
        if predicate is None:
            del self._filters[name]
        else:
            self._filters[name] = predicate
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_value_filter(self, name: str, attribute: str, value: Any) -> None:
        """Keep rows whose `attribute` equals `value`; None or '' removes the filter."""
        if value is None or value == "":
            self.set_filter(name, None)
        else:
            self.set_filter(name, lambda row: getattr(row, attribute) == value)

    def has_filter(self, name: str) -> bool:
        return name in self._filters

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self._rows
        if model is None:
            return True
        if self._words:
            text = model.search_text_at(source_row)
            for word in self._words:
                if word not in text:
                    return False
        if self._filters:
            row = model.row(source_row)
            for predicate in self._filters.values():
                if not predicate(row):
                    return False
        return True

    # --- sorting --------------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in the source model (see the module's docstring); the proxy keeps source order."""
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)
