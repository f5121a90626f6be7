"""Sorting a table by the keyboard: "Sort by" in its context menu (WCAG 2.0 2.1.1).

A header's click is the mouse's way to sort, and header sections take no keyboard focus; so each
table's context menu (the Menu key or Shift+F10, where the table's other commands already are)
lists its columns, the one sorted on checked; choosing a column sorts by it, choosing it again
reverses the order, as a second click on the header does.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QTableView


def _tr(text: str) -> str:
    return QCoreApplication.translate("sort_menu", text)


def add_sort_menu(view: QTableView) -> QAction:
    """Add "Sort by" (a submenu of the columns) to the end of `view`'s context menu."""
    separator = QAction(view)
    separator.setSeparator(True)
    view.addAction(separator)
    action = QAction(_tr("S&ort by"), view)
    menu = QMenu(view)
    menu.setAccessibleName(_tr("Sort by"))
    action.setMenu(menu)
    menu.aboutToShow.connect(lambda: _fill(view, menu))
    view.addAction(action)
    return action


def _fill(view: QTableView, menu: QMenu) -> None:
    menu.clear()
    model = view.model()
    if model is None:
        return
    header = view.horizontalHeader()
    sorted_on = header.sortIndicatorSection() if view.isSortingEnabled() else -1
    for column in range(model.columnCount()):
        if view.isColumnHidden(column):
            continue
        title = str(model.headerData(column, Qt.Orientation.Horizontal,
                                     Qt.ItemDataRole.DisplayRole) or "")
        if column == sorted_on:
            descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
            title = (_tr("%1 (descending)") if descending else _tr("%1 (ascending)")).replace(
                "%1", title)
        item = menu.addAction(title)
        item.setCheckable(True)
        item.setChecked(column == sorted_on)
        item.triggered.connect(lambda _checked=False, c=column: sort_by(view, c))


def sort_by(view: QTableView, column: int) -> None:
    """Sort on `column`, ascending; the column already sorted on: the other way round."""
    header = view.horizontalHeader()
    order = Qt.SortOrder.AscendingOrder
    if view.isSortingEnabled() and header.sortIndicatorSection() == column and \
            header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder:
        order = Qt.SortOrder.DescendingOrder
    view.setSortingEnabled(True)
    view.sortByColumn(column, order)
