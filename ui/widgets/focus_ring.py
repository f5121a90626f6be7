"""A focus indicator that is clearly visible on every control, whatever the style and palette.

Styles draw the keyboard focus faintly (Fusion tints a line edit's frame; a list's current item
gets a dotted line), and some widgets draw none at all. One ring, drawn by the window around
whichever control has the keyboard focus, fixes that everywhere: a 2-pixel line in the palette's
Highlight colour (the text colour when the highlight is too pale against the window), with a
1-pixel line of the window's own background between it and the control, so that it stands out
on any background, in the default palette and in a high-contrast one (WCAG 2.4.7, Focus
Visible; 1.4.11, 3:1 against what surrounds it).

`install(app)` once; the ring follows `QApplication.focusChanged`, and the focused control's
moves and resizes and those of what holds it (a scrolled form). It takes no mouse clicks and
never changes a control's own look; a control hidden by scrolling hides its ring.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QMenu,
    QWidget,
)

RING = 2  # pixels of the ring itself
GAP = 1  # pixels between the control and the ring, in the window's background colour
OUTSET = RING + GAP
RING_NAME = "focus-ring"


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours, from 1 to 21."""
    first, second = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (first + 0.05) / (second + 0.05)


def ring_colour(palette: QPalette) -> QColor:
    """The palette's Highlight if it stands out from the window (3:1), else the text colour."""
    highlight = palette.color(QPalette.ColorRole.Highlight)
    window = palette.color(QPalette.ColorRole.Window)
    if contrast(highlight, window) >= 3.0:
        return highlight
    return palette.color(QPalette.ColorRole.WindowText)


def ring_target(widget: QWidget | None) -> QWidget | None:
    """The control the ring goes around: the focused widget, or the control it is part of (the
    line edit of a spin box, a date field or an editable combo box; the viewport of a table).
    None for menus, pop-ups and windows, which show their own current item."""
    if widget is None or isinstance(widget, QMenu) or widget.isWindow():
        return None
    if widget.window().windowFlags() & Qt.WindowType.Popup == Qt.WindowType.Popup:
        return None  # inside a combo's list or a completer's suggestions
    parent = widget.parentWidget()
    if isinstance(parent, (QAbstractSpinBox, QComboBox)):
        return parent
    if parent is not None:
        holder = parent.parentWidget()
        if isinstance(holder, QAbstractScrollArea) and parent is holder.viewport():
            return holder
    return widget


class FocusRing(QWidget):
    """The ring of one window: a child of the window, above everything in it."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName(RING_NAME)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target: QWidget | None = None
        self.hide()

    def follow(self, target: QWidget | None) -> None:
        self.target = target
        self.place()

    def place(self) -> None:
        """Around the target's visible part, in the window's coordinates; hidden if none."""
        target = self.target
        window = self.parentWidget()
        if target is None or window is None or not target.isVisible():
            self.hide()
            return
        visible = target.visibleRegion().boundingRect()
        if visible.isEmpty():
            self.hide()
            return
        top_left = target.mapTo(window, QPoint(0, 0))
        rect = QRect(top_left, target.size())
        # A control at the window's edge (the page list) gets its ring just inside the edge.
        self.setGeometry(rect.adjusted(-OUTSET, -OUTSET, OUTSET, OUTSET).intersected(
            window.rect()))
        self.show()
        self.raise_()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        outer = QPen(ring_colour(palette))
        outer.setWidth(RING)
        outer.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(outer)
        half = RING / 2
        painter.drawRect(self.rect().toRectF().adjusted(half, half, -half, -half))
        inner = QPen(palette.color(QPalette.ColorRole.Window))
        inner.setWidth(GAP)
        painter.setPen(inner)
        painter.drawRect(self.rect().adjusted(RING, RING, -RING - 1, -RING - 1))
        painter.end()


class FocusRings(QObject):
    """Puts the focused window's ring around the focused control (one per application)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("focus-rings")
        self.watched: list[QWidget] = []
        self.ring: FocusRing | None = None
        app.focusChanged.connect(self._focus_changed)

    def ring_of(self, window: QWidget) -> FocusRing:
        for child in window.children():
            if isinstance(child, FocusRing):
                return child
        return FocusRing(window)

    def _unwatch(self) -> None:
        for widget in self.watched:
            with contextlib.suppress(RuntimeError):  # deleted meanwhile
                widget.removeEventFilter(self)
        self.watched = []

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        self._unwatch()
        if self.ring is not None:
            with contextlib.suppress(RuntimeError):
                self.ring.follow(None)
            self.ring = None
        target = ring_target(new)
        if target is None:
            return
        self.ring = self.ring_of(target.window())
        self.ring.follow(target)
        # The target and what holds it, up to the window: a scrolled or resized form moves it.
        widget: QWidget | None = target
        while widget is not None and not widget.isWindow():
            widget.installEventFilter(self)
            self.watched.append(widget)
            widget = widget.parentWidget()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if self.ring is not None and event.type() in (
                QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide):
            with contextlib.suppress(RuntimeError):
                self.ring.place()
        return False


def install(app: QApplication) -> FocusRings:
    """The focus rings of `app`, made the first time."""
    found = app.findChild(FocusRings, "focus-rings")
    return found if found is not None else FocusRings(app)
