"""Small keyboard and reading helpers every view and field of the window gets.

* Tabbing into a table or list selects its current row (the first one if none), so the details
  pane beside it follows the keyboard as it follows a click.
* A date or time field takes typed digits after one click: the click selects the section under
  the pointer (hours, minutes, day...), so typing replaces it instead of being refused, and a
  section once full moves on to the next one: "0930" is 09:30, as on a clock radio.
* A cell whose text is cut off shows the whole text as its tooltip (before the model's own
  tooltip, if it has one): nothing a user needs to read is lost to '…'.

`install(app)` once for the whole application: an event filter, no subclassing.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFocusEvent, QHelpEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDateTimeEdit,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
)

OWN_CURRENT = "keeps_own_current"  # a view property: True when it chooses its current item
KEYBOARD_REASONS = (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason,
                    Qt.FocusReason.ShortcutFocusReason)


def select_current_row(view: QAbstractItemView) -> None:
    """Select the view's current row, or its first row when it has none (selection only, so a
    view that already shows a selection keeps it). A view that keeps its own current item (a
    painted grid) says so with the property `OWN_CURRENT` and is left alone."""
    if view.property(OWN_CURRENT):
        return
    model = view.model()
    selection = view.selectionModel()
    if model is None or selection is None or model.rowCount() == 0:
        return
    if selection.hasSelection():
        return
    current = view.currentIndex()
    if not current.isValid():
        # The first row shown: a filter may have hidden the first rows (a filtered check list),
        # and Space would then tick a line the user cannot see.
        from PySide6.QtWidgets import QListView, QTableView

        hidden = view.isRowHidden if isinstance(view, (QListView, QTableView)) else None
        shown = next((row for row in range(model.rowCount())
                      if hidden is None or not hidden(row)), None)
        if shown is None:
            return
        current = model.index(shown, 0)
    flags = selection.SelectionFlag.ClearAndSelect
    if view.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows:
        flags |= selection.SelectionFlag.Rows
    selection.setCurrentIndex(current, flags)
    view.scrollTo(current)


def select_section_under_click(edit: QDateTimeEdit) -> None:
    """After a click, the section under the pointer is selected (typing replaces it)."""
    line = edit.findChild(QLineEdit)
    if line is not None and not line.hasSelectedText():
        edit.setSelectedSection(edit.currentSection())


def _digits(section: QDateTimeEdit.Section) -> int:
    return 4 if section == QDateTimeEdit.Section.YearSection else 2


def type_digit(edit: QDateTimeEdit, event: QKeyEvent) -> bool:
    """Let the edit take the digit, then move on to the next section once this one is full."""
    position = edit.currentSectionIndex()
    edit.event(event)  # the edit handles the key as it always does
    if not event.isAccepted() or edit.currentSectionIndex() != position or \
            position >= edit.sectionCount() - 1:
        return True
    section = edit.sectionAt(position)
    line = edit.findChild(QLineEdit)
    typed = edit.sectionText(section)
    if len(typed) >= _digits(section) and typed.isdigit() and \
            (line is None or not line.hasSelectedText()):
        edit.setCurrentSectionIndex(position + 1)
        edit.setSelectedSection(edit.currentSection())
    return True


def show_cut_off_text(view: QAbstractItemView, event: QHelpEvent) -> bool:
    """The tooltip of a cell whose text does not fit: its whole text, then what the model says
    of the cell if anything. True when handled here (False: Qt shows the model's own)."""
    index = view.indexAt(event.pos())
    if not index.isValid():
        return False
    own = index.data(Qt.ItemDataRole.ToolTipRole)
    own = own if isinstance(own, str) else ""
    text = index.data(Qt.ItemDataRole.DisplayRole)
    if not isinstance(text, str) or not text:
        return False
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = view.visualRect(index)
    delegate = view.itemDelegateForIndex(index)
    if isinstance(delegate, QStyledItemDelegate):
        delegate.initStyleOption(option, index)
    needed = delegate.sizeHint(option, index).width() if delegate is not None else 0
    if needed <= option.rect.width():
        if own:
            return False
        QToolTip.hideText()
        return True  # it fits: no tooltip repeating what is on screen
    whole = text if not own or text in own else f"{text}\n{own}"
    QToolTip.showText(event.globalPos(), whole, view.viewport(), option.rect)
    return True


class KeyboardHelpers(QObject):
    """The application-wide event filter of this module."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("keyboard-helpers")
        app.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.FocusIn and isinstance(obj, QAbstractItemView):
            if isinstance(event, QFocusEvent) and event.reason() in KEYBOARD_REASONS:
                select_current_row(obj)
        elif kind == QEvent.Type.KeyPress and isinstance(obj, QDateTimeEdit) and \
                isinstance(event, QKeyEvent) and event.text().isdigit() and \
                not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return type_digit(obj, event)
        elif kind == QEvent.Type.MouseButtonRelease and isinstance(obj, QLineEdit):
            edit = obj.parentWidget()
            if isinstance(edit, QDateTimeEdit):
                # After the edit has placed the cursor for the click.
                QTimer.singleShot(0, lambda e=edit: _alive(e) and select_section_under_click(e))
        elif kind == QEvent.Type.ToolTip and isinstance(obj, QObject):
            view = obj.parent()
            if isinstance(view, QAbstractItemView) and obj is view.viewport() and \
                    isinstance(event, QHelpEvent):
                return show_cut_off_text(view, event)
        return False


def _alive(widget: QObject) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)


def install(app: QApplication) -> KeyboardHelpers:
    """The helpers of `app`, made the first time."""
    found = app.findChild(KeyboardHelpers, "keyboard-helpers")
    return found if found is not None else KeyboardHelpers(app)
