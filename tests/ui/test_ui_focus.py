"""The keyboard and the eye: Tab into a table selects its row (the details follow), a time field
takes typed digits after one click, and the focused control always has a visible ring, in the
default palette and in a high-contrast one."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from as_a_person import focus, press, show_active
from PySide6.QtCore import QPoint, Qt, QTime
from PySide6.QtGui import QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QTimeEdit, QWidget

from consularapp.db import Database
from ui.main_window import MainWindow, install_helpers
from ui.models.table_model import ID_ROLE
from ui.settings import Settings
from ui.widgets.focus_ring import OUTSET, FocusRing, contrast, ring_colour

AS_OF = date(2026, 11, 21)


@pytest.fixture
def window(ref_db: Database, qtbot, settings: Settings) -> MainWindow:
    win = MainWindow(ref_db, settings)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    show_active(win)
    return win


def tab_until(window: QWidget, wanted: QWidget, limit: int = 40) -> None:
    """Press Tab until `wanted` has the focus, as a keyboard user does."""
    for _step in range(limit):
        if QApplication.focusWidget() is wanted:
            return
        press(window, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is wanted, QApplication.focusWidget()


def test_tabbing_into_a_table_selects_its_row_and_the_details_follow(window: MainWindow) -> None:
    tab = window.directory_page().show_tab("offices")
    assert tab.selected_id() == ""
    focus(tab.search)
    tab_until(window, tab.view)
    assert tab.selected_id() == tab.proxy.index(0, 0).data(ID_ROLE)
    row = tab.selected_row()
    assert row.name in tab.details.toPlainText()


def test_tabbing_back_keeps_the_row_chosen_with_the_arrows(window: MainWindow) -> None:
    tab = window.directory_page().show_tab("offices")
    focus(tab.search)
    tab_until(window, tab.view)
    press(tab.view, Qt.Key.Key_Down)
    press(tab.view, Qt.Key.Key_Down)
    chosen = tab.selected_id()
    focus(tab.search)
    tab_until(window, tab.view)
    assert tab.selected_id() == chosen


@pytest.fixture
def start_time(demo_db_at, qtbot, settings: Settings) -> Iterator[QTimeEdit]:
    """The start time field of an event's editor, shown (keyboard helpers installed)."""
    from ui.dialogs.event_dialog import EventDialog

    install_helpers()
    dialog = EventDialog(demo_db_at(AS_OF), "LRW2027-PHX-HEAT", settings=settings)
    qtbot.addWidget(dialog)
    show_active(dialog)
    yield dialog.starts.clock  # the dialog lives until the test ends


def click_after(clock: QTimeEdit, text_before: str) -> None:
    """One click in the time field, just after `text_before` ("0": in the hours)."""
    line = clock.findChild(QLineEdit)
    where = QPoint(line.fontMetrics().horizontalAdvance(text_before) + 2, line.height() // 2)
    QTest.mouseClick(line, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)
    QTest.qWait(20)


def test_a_time_field_takes_typed_digits_after_one_click(start_time: QTimeEdit) -> None:
    click_after(start_time, "0")
    QTest.keyClicks(start_time, "0930")
    assert start_time.time() == QTime(9, 30)


def test_a_click_on_the_minutes_then_digits_changes_the_minutes(start_time: QTimeEdit) -> None:
    before = start_time.time()
    click_after(start_time, "00:0")
    QTest.keyClicks(start_time, "45")
    assert start_time.time() == QTime(before.hour(), 45)


def ring_of(window: QWidget) -> FocusRing:
    rings = [c for c in window.children() if isinstance(c, FocusRing)]
    assert len(rings) == 1
    return rings[0]


def test_the_page_list_has_a_visible_ring_when_focused(window: MainWindow) -> None:
    focus(window.nav)
    ring = ring_of(window)
    assert ring.isVisible()
    around = window.nav.geometry()
    around.moveTopLeft(window.nav.mapTo(window, QPoint(0, 0)))
    # At the window's left edge: the ring stays inside the window, never cut off.
    assert ring.geometry() == around.adjusted(-OUTSET, -OUTSET, OUTSET, OUTSET).intersected(
        window.rect())
    shot = window.grab().toImage()
    edge = ring.geometry().topLeft() + QPoint(0, ring.height() // 2)
    assert QColor(shot.pixel(edge)) == ring_colour(window.palette())


def test_the_ring_moves_with_the_focus(window: MainWindow) -> None:
    tab = window.directory_page().show_tab("offices")
    focus(tab.search)
    ring = ring_of(window)
    top_left = tab.search.mapTo(window, QPoint(0, 0))
    assert ring.geometry().topLeft() == top_left - QPoint(OUTSET, OUTSET)


@pytest.mark.parametrize("name", ["default", "high-contrast", "pale-highlight"])
def test_the_ring_stands_out_from_the_window(name: str) -> None:
    palette = QPalette(QApplication.palette())
    if name == "high-contrast":
        palette.setColor(QPalette.ColorRole.Window, QColor("black"))
        palette.setColor(QPalette.ColorRole.WindowText, QColor("white"))
        palette.setColor(QPalette.ColorRole.Highlight, QColor("#1aebff"))
    elif name == "pale-highlight":  # a theme whose selection colour is nearly the window's
        palette.setColor(QPalette.ColorRole.Window, QColor("#f0f0f0"))
        palette.setColor(QPalette.ColorRole.Highlight, QColor("#dde8f5"))
    window_colour = palette.color(QPalette.ColorRole.Window)
    assert contrast(ring_colour(palette), window_colour) >= 3.0
