"""Nothing a user needs to read is cut off: names whole in the event editor's office list (a long
one wraps), at the dialog's size; the whole text of a cut-off cell in its tooltip."""

from __future__ import annotations

from datetime import date

from as_a_person import show_active
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem

from ui.dialogs.event_dialog import EventDialog
from ui.settings import Settings

AS_OF = date(2026, 11, 21)


def test_office_names_are_whole_in_the_event_editor(demo_db_at, qtbot,
                                                    settings: Settings) -> None:
    dialog = EventDialog(demo_db_at(AS_OF), "LRW2027-PHX-HEAT", settings=settings)
    qtbot.addWidget(dialog)
    show_active(dialog)
    assert dialog.width() <= 1366 and dialog.height() <= 768 - 40  # fits the small screen
    view = dialog.offices.list
    QApplication.processEvents()
    cut = []
    metrics = view.fontMetrics()
    delegate = view.itemDelegate()
    for n in range(view.count()):
        item = view.item(n)
        if item.isHidden():
            continue
        option = QStyleOptionViewItem()
        option.initFrom(view)
        delegate.initStyleOption(option, view.indexFromItem(item))
        option.rect = view.visualItemRect(item)
        # Where the style draws the text (after the check box), as it paints it.
        room = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view)
        room.setRight(min(room.right(), view.viewport().rect().right()))  # what shows
        needed = metrics.boundingRect(room, int(Qt.TextFlag.TextWordWrap), item.text())
        if needed.height() > room.height() + 1 or needed.width() > room.width():
            cut.append(item.text())
    assert cut == []


def test_a_cut_off_cell_shows_its_whole_text_as_tooltip(ref_db, qtbot, settings) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    from ui.main_window import MainWindow

    window = MainWindow(ref_db, settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    show_active(window)
    tab = window.directory_page().show_tab("offices")
    view = tab.view
    column = next(c for c in range(tab.model.columnCount())
                  if tab.model.headerData(c, Qt.Orientation.Horizontal) == "Name")
    view.horizontalHeader().resizeSection(column, 60)  # a person narrows the column
    index = tab.proxy.index(0, column)
    text = index.data()
    rect = view.visualRect(index)
    assert view.fontMetrics().horizontalAdvance(text) > rect.width()  # it is cut off
    point = rect.center()
    event = QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    QApplication.sendEvent(view.viewport(), event)
    assert QToolTip.text().split("\n")[0] == text
    QToolTip.hideText()
