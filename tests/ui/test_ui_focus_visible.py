"""The keyboard focus is always visible (WCAG 2.0 2.4.7) and never trapped (2.1.2), in the
default palette and in high contrast (Section 508 503.2: the system's colours win).

Each test presses Tab from the page's navigation round the whole chain, as a keyboard user
does; at each stop it reads the window's pixels where the focus ring (ui/widgets/focus_ring.py,
the ui stream's; tests/ui/test_ui_focus.py tests the ring itself) must be, and checks that the
ring is drawn there, round the control that has the focus, on every stop of every page. The
chain must come back to where it started: Tab never gets stuck inside a widget.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from as_a_person import press, show_active
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from test_ui_contrast import high_contrast_palette

from ui import clock, colours
from ui.main_window import MainWindow
from ui.settings import Settings
from ui.widgets import focus_ring

DAY = date(2027, 3, 1)
PAGES = ["dashboard", "agreements", "directory", "lrw", "reports"]
MOST_STOPS = 80  # more than any page has; reaching it means Tab is stuck somewhere


@pytest.fixture(params=["default", "high contrast"])
def palette(request, qapp) -> Iterator[str]:
    before = QApplication.palette()
    if request.param == "high contrast":
        QApplication.setPalette(high_contrast_palette())
        colours.set_high_contrast(True)
    else:
        colours.set_high_contrast(False)
    yield request.param
    colours.set_high_contrast(None)
    QApplication.setPalette(before)


@pytest.fixture
def window(palette: str, demo_db_at, qtbot, settings: Settings) -> Iterator[MainWindow]:
    clock.set_today(DAY)
    window = MainWindow(demo_db_at(DAY), settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    show_active(window)
    window.banner.hide()  # what needs attention is counted late: the chain would change under us
    yield window
    clock.set_today(None)


def ring_pixels(image: QImage, ring: QRect) -> list[str]:
    """The colours at the middle of each side of the ring, in the window's picture."""
    scale = image.devicePixelRatio()
    middle = ring.center()
    points = [QPoint(ring.left(), middle.y()), QPoint(ring.right(), middle.y()),
              QPoint(middle.x(), ring.top()), QPoint(middle.x(), ring.bottom())]
    return [image.pixelColor(int(p.x() * scale), int(p.y() * scale)).name() for p in points]


def check_the_ring(window: QWidget, widget: QWidget) -> None:
    target = focus_ring.ring_target(widget)
    where = f"{type(widget).__name__} {widget.accessibleName()!r}"
    assert target is not None, where
    ring = window.findChild(focus_ring.FocusRing, focus_ring.RING_NAME,
                            Qt.FindChildOption.FindDirectChildrenOnly)
    assert ring is not None and ring.isVisible(), f"no focus ring round {where}"
    assert ring.target is target, where
    colour = focus_ring.ring_colour(ring.palette()).name()
    image = window.grab().toImage()
    assert ring_pixels(image, ring.geometry()) == [colour] * 4, where


def tab_round(window: MainWindow, qtbot, page: str) -> list[QWidget]:
    """Tab from the navigation until the focus is back there; every stop's ring is checked."""
    window.show_page(page)
    qtbot.wait(200)
    window.nav.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.nav)
    stops: list[QWidget] = []
    for _step in range(MOST_STOPS):
        check_the_ring(window, QApplication.focusWidget())
        press(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is not None
        if focused is window.nav:
            return stops
        stops.append(focused)
    raise AssertionError(f"Tab did not come back to the navigation after {MOST_STOPS} stops on "
                         f"{page}: stuck at {type(stops[-1]).__name__}")


@pytest.mark.parametrize("page", PAGES)
def test_tab_round_each_page_shows_the_focus_everywhere(window: MainWindow, qtbot,
                                                        page: str) -> None:
    stops = tab_round(window, qtbot, page)
    assert len(stops) >= 3, [type(s).__name__ for s in stops]


def test_the_ring_follows_into_a_dialog_and_back(window: MainWindow, qtbot) -> None:
    from ui.dialogs.office_dialog import OfficeDialog

    window.show_page("directory")
    window.focus_search()
    search = QApplication.focusWidget()
    press(search, Qt.Key.Key_Insert)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), OfficeDialog))
    dialog = QApplication.activeWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and QApplication.focusWidget().window() is dialog)
    seen = set()
    for _step in range(12):
        check_the_ring(dialog, QApplication.focusWidget())
        seen.add(QApplication.focusWidget())
        press(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert len(seen) == 12
    press(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())



def test_a_saved_layout_that_squeezes_a_part_out_of_sight_is_not_restored(
        qapp, settings: Settings) -> None:
    """The dashboard's changes panel was once laid out at no height (two sizes for three parts):
    out of sight, it still took the focus. A layout saved like that is refused."""
    from PySide6.QtWidgets import QSplitter

    old = QSplitter(Qt.Orientation.Vertical)
    for _part in range(3):
        old.addWidget(QWidget())
    old.setChildrenCollapsible(False)
    old.setSizes([420, 150, 0])
    assert old.sizes()[2] == 0
    settings.save_splitter(old, "test/splitter")
    new = QSplitter(Qt.Orientation.Vertical)
    for _part in range(3):
        new.addWidget(QWidget())
    new.setChildrenCollapsible(False)
    new.setSizes([360, 130, 130])
    assert not settings.restore_splitter(new, "test/splitter")
    assert 0 not in new.sizes()


def test_every_widget_takes_the_systems_high_contrast_colours(qapp, demo_db_at, qtbot,
                                                              settings: Settings) -> None:
    """Nothing in the window sets its own palette or colours over the system's high-contrast
    theme: each widget of each page reads its window, text and field colours from it."""
    before = QApplication.palette()
    system = high_contrast_palette()
    QApplication.setPalette(system)
    colours.set_high_contrast(True)
    try:
        clock.set_today(DAY)
        window = MainWindow(demo_db_at(DAY), settings)
        qtbot.addWidget(window)
        show_active(window)
        window.banner.show_text("2 agreements expire within 30 days")
        roles = (QPalette.ColorRole.Window, QPalette.ColorRole.WindowText,
                 QPalette.ColorRole.Base, QPalette.ColorRole.Text,
                 QPalette.ColorRole.Highlight, QPalette.ColorRole.ButtonText)
        own = []
        for key in PAGES:
            window.show_page(key)
            qtbot.wait(50)
            for widget in window.findChildren(QWidget):
                if not widget.isVisible():
                    continue
                for role in roles:
                    if widget.palette().color(role) != system.color(role):
                        own.append(f"{key}: {type(widget).__name__} "
                                   f"{widget.objectName() or widget.accessibleName()!r} "
                                   f"{role.name}")
        assert own == []
    finally:
        clock.set_today(None)
        colours.set_high_contrast(None)
        QApplication.setPalette(before)
