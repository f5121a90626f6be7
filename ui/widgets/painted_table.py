"""Painted widgets that a screen reader reads as real tables (Section 508, WCAG 1.3.1 and 4.1.2).

The week grid and the agreement timeline paint their blocks and bars themselves; to assistive
technology a painted widget is one blank rectangle unless it exposes an accessible interface
whose children are its items. What we found when choosing how (PySide6 6.11, Qt 6.11):

- A Python subclass of QAccessibleInterface or QAccessibleWidget can be installed with
  `QAccessible.installFactory` and gives roles, names and children; but PySide6 binds no
  QAccessibleTableInterface, and `interface_cast` returns a C++ `void *` that Python cannot
  produce (an override returning None crashes the process when a bridge asks for the cell
  interface). The AT-SPI, UI Automation and IAccessible2 bridges ask exactly that to offer table
  navigation (row and column headers, cell by cell), so a Python-made "table" is a heap of
  named children to a screen reader, and one mistake away from a crash.
- Qt's own accessible table (QAccessibleTable, in C++) describes any QTableView from its model:
  the table and table-cell interfaces, row and column header cells from the model's headerData,
  each cell's name from Qt.AccessibleTextRole (else DisplayRole) and description from
  Qt.AccessibleDescriptionRole, focus and selection states from the selection model, and each
  cell's rectangle from `visualRect`. QTableView also sends the accessible focus event for the
  cell that becomes current. A plain QAbstractItemView subclass does not get it (Qt 6 makes
  QAccessibleTable for QTableView and QListView only).

So a painted widget here *is* a QTableView: its model lists the items one per row (the columns
say each item's name, time, place and status), its headers are hidden (their cells still name
the columns and rows for a screen reader), and it keeps painting, scrolling and handling the
mouse and keys itself. This base answers QAbstractItemView's geometry questions from what the
widget paints (`item_rect`, `item_at`, `show_item`) and keeps QTableView's own behaviour out of
the way: header geometry and viewport margins, type-ahead search, selection by mouse, bit-blit
scrolling and tab-key navigation between cells. The widget tells it which item is current with
`set_current_row`; the selection model does the rest.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    Qt,
)
from PySide6.QtGui import (
    QFocusEvent,
    QInputMethodEvent,
    QKeyEvent,
    QMouseEvent,
    QRegion,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QFrame,
    QTableView,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex


class PaintedTable(QTableView):
    """A QTableView that paints itself; subclasses say where each row's item is drawn.

    `scrolls_itself`: False for a widget that a QScrollArea around it scrolls (the timeline):
    its own scroll bars stay off, and Page Up/Down and the wheel go on to the scroll area."""

    scrolls_itself = True

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for header in (self.horizontalHeader(), self.verticalHeader()):
            header.hide()
        self.setTabKeyNavigation(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAutoScroll(False)
        self.setDragEnabled(False)
        self.setShowGrid(False)
        self.setCornerButtonEnabled(False)
        for corner in self.findChildren(QAbstractButton):
            corner.hide()  # QTableView's select-all button, which no header frames here
        self.setWordWrap(False)
        if not self.scrolls_itself:
            self.setFrameShape(QFrame.Shape.NoFrame)
            self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    # --- for subclasses -------------------------------------------------------------------------

    def item_rect(self, row: int) -> QRect:
        """Where the model's `row` is drawn, in viewport coordinates (empty if nowhere)."""
        return QRect()

    def item_at(self, point: QPoint) -> int:
        """The model row drawn at a viewport point, or -1."""
        return -1

    def show_item(self, row: int) -> None:
        """Scroll so that the model's `row` is in view."""

    def update_geometry_of_content(self) -> None:
        """Called where QTableView would lay out its headers and scroll bars."""

    def item_chosen(self, row: int) -> None:
        """Assistive technology chose the model's `row` (its own select or focus command, not
        the widget's keys or mouse): make that item the widget's current one."""

    def set_current_row(self, row: int | None) -> None:
        """Make `row` the current item for assistive technology (None: no item)."""
        model, selection = self.model(), self.selectionModel()
        if model is None or selection is None:
            return
        self._setting_row = True
        try:
            if row is None or not 0 <= row < model.rowCount():
                selection.clear()
                return
            index = model.index(row, 0)
            if selection.currentIndex() == index and selection.isRowSelected(row, QModelIndex()):
                return
            selection.setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        finally:
            self._setting_row = False

    # --- a choice made through the accessibility interfaces (Section 508 502.3.2, 502.3.13) ---

    def currentChanged(self, current: Index, previous: Index) -> None:
        super().currentChanged(current, previous)
        if not getattr(self, "_setting_row", False) and current.isValid():
            self.item_chosen(current.row())

    def selectionChanged(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        super().selectionChanged(selected, deselected)
        if getattr(self, "_setting_row", False):
            return
        rows = sorted({index.row() for index in selected.indexes()})
        if rows:
            self.item_chosen(rows[0])

    # --- QAbstractItemView's geometry, from the painting ----------------------------------------

    def visualRect(self, index: Index) -> QRect:
        if not index.isValid():
            return QRect()
        return self.item_rect(index.row())

    def indexAt(self, point: QPoint) -> QModelIndex:
        model = self.model()
        row = self.item_at(point)
        if model is None or row < 0:
            return QModelIndex()
        return model.index(row, 0)

    def scrollTo(self, index: Index,
                 hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible
                 ) -> None:
        if index.isValid():
            self.show_item(index.row())

    def moveCursor(self, action: QAbstractItemView.CursorAction,
                   modifiers: Qt.KeyboardModifier) -> QModelIndex:
        return self.currentIndex()  # the widget moves between its items itself

    def horizontalOffset(self) -> int:
        return self.horizontalScrollBar().value()

    def verticalOffset(self) -> int:
        return self.verticalScrollBar().value()

    def isIndexHidden(self, index: Index) -> bool:
        return False

    def setSelection(self, rect: QRect, command: QItemSelectionModel.SelectionFlag) -> None:
        pass  # the current item is the selection; the widget sets it

    def visualRegionForSelection(self, selection: QItemSelection) -> QRegion:
        region = QRegion()
        for index in selection.indexes():
            region = region.united(self.item_rect(index.row()))
        return region

    def updateGeometries(self) -> None:
        # Not QTableView's: it would place the (hidden) headers, reset the viewport margins and
        # size the scroll bars by rows and columns.
        self.update_geometry_of_content()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        # Not QAbstractItemView's bit-blit: parts of a painted widget stay in place.
        self.viewport().update()

    # --- events: the scroll area's, not the item view's -----------------------------------------

    def viewportEvent(self, event: QEvent) -> bool:
        return QAbstractScrollArea.viewportEvent(self, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # No type-ahead search and no cell moves: the widget handles its keys before this.
        if self.scrolls_itself:
            QAbstractScrollArea.keyPressEvent(self, event)
        else:
            event.ignore()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.scrolls_itself:
            QAbstractScrollArea.wheelEvent(self, event)
            return
        # To the scroll bars of the area around, as that area would (Qt does not pass a wheel
        # event on to the parents when a scroll area in between has taken it).
        area = self.parentWidget()
        while area is not None and not isinstance(area, QAbstractScrollArea):
            area = area.parentWidget()
        if area is None:
            event.ignore()
            return
        delta = event.angleDelta()
        bar = (area.horizontalScrollBar() if abs(delta.x()) > abs(delta.y())
               else area.verticalScrollBar())
        QApplication.sendEvent(bar, event)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        QWidget.inputMethodEvent(self, event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        QAbstractScrollArea.mousePressEvent(self, event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        QAbstractScrollArea.mouseMoveEvent(self, event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        QAbstractScrollArea.mouseReleaseEvent(self, event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        QAbstractScrollArea.mouseDoubleClickEvent(self, event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        QAbstractScrollArea.focusInEvent(self, event)
        self.viewport().update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        QAbstractScrollArea.focusOutEvent(self, event)
        self.viewport().update()
