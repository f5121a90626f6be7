"""Nothing a user needs to read is cut off where there is room: names whole in the event
editor's office list, at the dialog's size on a 1366x768 screen."""

from __future__ import annotations

from datetime import date

from as_a_person import show_active
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
