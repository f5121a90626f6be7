"""Widths that hold their words in any language: table columns and filter combo boxes.

A page gives the width it would like for each column (in pixels, for English); a column is never
narrower than its header's text and the texts it must show whole (a severity word, say), so a
translation that runs longer ("Advertencia" for "Warning") widens the column instead of being cut.
The user can still resize every column.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView

#: Room beside a header's text: the margins and the sort arrow.
HEADER_ROOM = 30
#: Room beside a cell's text: the margins and an icon.
CELL_ROOM = 34


def set_column_widths(view: QAbstractItemView, widths: Iterable[tuple[int, int]],
                      contents: Mapping[int, Iterable[str]] | None = None) -> None:
    """Resize each (column, width) of `view`, widened to fit its header and `contents`; the
    columns not named keep their width unless their header needs more."""
    header: QHeaderView = view.horizontalHeader()  # type: ignore[attr-defined]
    model = view.model()
    header_metrics = header.fontMetrics()
    cell_metrics = view.fontMetrics()
    wanted = dict(widths)
    for column in range(model.columnCount() if model else 0):
        width = wanted.get(column, header.sectionSize(column))
        title = model.headerData(column, Qt.Orientation.Horizontal)
        needed = header_metrics.horizontalAdvance(str(title)) + HEADER_ROOM if title else 0
        for text in (contents or {}).get(column, ()):
            needed = max(needed, cell_metrics.horizontalAdvance(text) + CELL_ROOM)
        header.resizeSection(column, max(width, needed))


def keep_first_item_whole(combo: QComboBox, characters: int) -> None:
    """A filter combo box sized to `characters` (so long office names do not widen the page),
    but never narrower than its first item ("All agencies", "Todas las agencias"), which is what
    it shows by default: the width follows the items as they are filled in."""

    def fit(*_args: object) -> None:
        first = combo.itemText(0) if combo.count() else ""
        combo.setMinimumContentsLength(max(characters, len(first) + 1))

    combo.setMinimumContentsLength(characters)
    model = combo.model()
    model.rowsInserted.connect(fit)
    model.modelReset.connect(fit)
    model.dataChanged.connect(fit)
