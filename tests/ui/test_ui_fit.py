"""Nothing a user needs to read is cut off where there is room: names whole in the event
editor's office list, at the dialog's size on a 1366x768 screen."""

from __future__ import annotations

from datetime import date

from as_a_person import show_active
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

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
    for n in range(view.count()):
        item = view.item(n)
        needed = view.fontMetrics().horizontalAdvance(item.text())
        rect = view.visualItemRect(item)
        if not item.isHidden() and needed > rect.width() - 30:  # less the check box
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
