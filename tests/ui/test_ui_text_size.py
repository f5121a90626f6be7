"""The window follows the system's text size (Section 508 503.2; WCAG 1.4.4 resize text).

Qt gives the application the system's font (on Windows the size set in Settings > Accessibility
> Text size). No widget fixes its own size, and the painted views measure their rows, gutters
and labels from the font, again when it changes while the app runs.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QWidget

from ui import clock
from ui.main_window import MainWindow
from ui.settings import Settings

BIG = 20.0  # points: about twice the usual 9 to 10


@pytest.fixture
def big_font(qapp) -> Iterator[QFont]:
    before = QApplication.font()
    font = QFont(before)
    font.setPointSizeF(BIG)
    QApplication.setFont(font)
    yield font
    QApplication.setFont(before)


@pytest.fixture
def window(demo_db_at, qtbot, settings: Settings) -> Iterator[MainWindow]:
    day = date(2027, 3, 1)
    clock.set_today(day)
    window = MainWindow(demo_db_at(day), settings)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    yield window
    clock.set_today(None)


def _smallest_font(top: QWidget) -> tuple[float, str]:
    sizes = [(w.font().pointSizeF(), f"{type(w).__name__} {w.objectName()!r}")
             for w in top.findChildren(QWidget) if w.isVisibleTo(top)]
    return min(sizes)


def test_no_widget_keeps_a_smaller_size_of_its_own(big_font, window: MainWindow, qtbot) -> None:
    for key in ("dashboard", "agreements", "directory", "lrw", "reports"):
        page = window.show_page(key)
        qtbot.wait(1)
        size, which = _smallest_font(page)
        assert size >= BIG, f"{key}: {which} at {size} pt"


def test_the_week_grid_measures_itself_by_the_font(big_font, window: MainWindow, qtbot) -> None:
    page = window.show_page("lrw")
    qtbot.waitUntil(lambda: not page.conflicts_pending, timeout=10000)
    grid = page.grid
    small = QFontMetrics(grid.small_font)
    assert grid.small_font.pointSizeF() >= BIG * 0.9
    assert grid.gutter >= small.horizontalAdvance("00:00") + 6  # the hour labels fit
    assert grid.hour_height >= 3 * small.height()  # time, title and place of an hour's event
    heading = QFont(grid.font())
    heading.setBold(True)
    assert all(width >= QFontMetrics(heading).horizontalAdvance("Wed 29 Sep")
               for width in grid.day_widths)
    assert grid.header.height() >= 2 * QFontMetrics(grid.font()).height()


def test_the_timeline_measures_itself_by_the_font(big_font, window: MainWindow, qtbot) -> None:
    page = window.show_page("agreements")
    page.show_tab("timeline")
    widget = page.timeline.widget
    qtbot.waitUntil(lambda: bool(widget.bars))
    line = QFontMetrics(widget.font()).height()
    assert all(bar.rect.height() >= line for bar in widget.bars)  # the status reads whole
    assert widget.axis_height >= 2 * line
    assert widget.label_width > 300


def test_a_text_size_changed_while_running_is_followed(window: MainWindow, qtbot) -> None:
    page = window.show_page("lrw")
    qtbot.waitUntil(lambda: not page.conflicts_pending, timeout=10000)
    grid = page.grid
    before = (grid.line_height, grid.hour_height, grid.header_height)
    agreements = window.show_page("agreements")
    agreements.show_tab("timeline")
    lane_before = agreements.timeline.widget.lane_height
    font = QFont(QApplication.font())
    old = QFont(font)
    font.setPointSizeF(BIG)
    QApplication.setFont(font)
    try:
        qtbot.waitUntil(lambda: grid.line_height > before[0])
        assert grid.hour_height > before[1] and grid.header_height > before[2]
        assert agreements.timeline.widget.lane_height > lane_before
    finally:
        QApplication.setFont(old)
