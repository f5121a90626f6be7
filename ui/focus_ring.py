"""A focus ring the keyboard user can always see (Section 508 502/WCAG 2.0 2.4.7, focus visible).

The styles draw focus their own way, and some hardly at all: Fusion marks a focused line edit by
a border of its highlight colour (3.2:1 on the window's grey), a focused table only by a dotted
rectangle round its current cell (none until the keys have moved), a focused check box by a thin
frame it draws only after a key press; the Windows styles differ again. So the window draws one
more sign, the same everywhere: a 2-pixel ring over the edge of whatever widget has the keyboard
focus, in every window of the app (dialogs included), in a colour that reads on the window and
on the fields (3:1 at least, what WCAG 2.1 asks of a focus indicator; `ring_colour`).

The ring is one widget per window, on top of the window's other children, that lets the mouse
through and is masked to its two pixels, so it hides nothing and takes no clicks. It follows the
focused widget when it moves, is resized, scrolls (an ancestor moves) or hides, and is clipped
to the part of the widget its parents show. In high contrast the system's highlight colour is
tried first (the user's choice), then the palette's text colour.

Pop-ups (a combo box's list, a menu) keep their own highlight: the ring stays off there.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QRegion
from PySide6.QtWidgets import QApplication, QWidget

from ui import colours

WIDTH = 2
#: What the ring's colour must reach against the window and the fields (WCAG 2.1 1.4.11).
MINIMUM_CONTRAST = 3.0


def ring_colour(palette: QPalette, high_contrast: bool | None = None) -> QColor:
    """The first of the candidates that reads at 3:1 on both the window and the fields: the
    app's focus blue (the system's highlight in high contrast), then the palette's text."""
    if high_contrast is None:
        high_contrast = colours.high_contrast()
    highlight = palette.color(QPalette.ColorRole.Highlight).name()
    text = palette.color(QPalette.ColorRole.WindowText).name()
    candidates = [highlight, text] if high_contrast else [colours.FOCUS_RING, highlight, text]
    grounds = [palette.color(role).name() for role in (QPalette.ColorRole.Window,
                                                        QPalette.ColorRole.Base)]
    for candidate in candidates:
        if all(colours.contrast(candidate, g) >= MINIMUM_CONTRAST for g in grounds):
            return QColor(candidate)
    return QColor(text)


class FocusRing(QWidget):
    """The ring of one window; `follow(widget)` puts it round `widget` (None: hides it)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("FocusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName("")  # not an object a screen reader needs
        self.target: QWidget | None = None
        self.watched: list[QWidget] = []
        self.hide()

    def follow(self, widget: QWidget | None) -> None:
        for watched in self.watched:
            if shiboken6.isValid(watched):
                watched.removeEventFilter(self)
        self.watched = []
        self.target = widget
        if widget is not None:
            node: QWidget | None = widget
            while node is not None and node is not self.parentWidget():
                node.installEventFilter(self)
                self.watched.append(node)
                node = node.parentWidget()
        self.place()

    def visible_rect(self) -> QRect:
        """The part of the target its ancestors show, in the window's coordinates."""
        widget, window = self.target, self.parentWidget()
        if widget is None or window is None or not widget.isVisible():
            return QRect()
        rect = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
        node = widget.parentWidget()
        while node is not None and node is not window:
            shown = QRect(node.mapTo(window, node.rect().topLeft()), node.size())
            rect = rect.intersected(shown)
            node = node.parentWidget()
        return rect

    def place(self) -> None:
        rect = self.visible_rect()
        if rect.width() <= 2 * WIDTH or rect.height() <= 2 * WIDTH:
            self.hide()
            return
        self.setGeometry(rect)
        inner = QRect(WIDTH, WIDTH, rect.width() - 2 * WIDTH, rect.height() - 2 * WIDTH)
        self.setMask(QRegion(self.rect()).subtracted(QRegion(inner)))
        self.raise_()
        self.show()
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show,
                            QEvent.Type.Hide, QEvent.Type.ParentChange):
            self.place()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        colour = ring_colour(self.palette())
        painter.fillRect(self.rect(), colour)  # the mask leaves only the ring
        painter.end()


class FocusRings(QObject):
    """Moves a ring to whichever widget takes the focus, in whichever window it is."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("FocusRings")
        self.rings: dict[int, FocusRing] = {}
        app.focusChanged.connect(self.focus_changed)
        colours.notifier().changed.connect(self.repaint_rings)

    def ring_of(self, window: QWidget) -> FocusRing:
        key = id(window)
        ring = self.rings.get(key)
        if ring is None or not shiboken6.isValid(ring) or ring.parentWidget() is not window:
            ring = FocusRing(window)
            self.rings[key] = ring
            window.destroyed.connect(lambda _obj=None, key=key: self.rings.pop(key, None))
        return ring

    def focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        for ring in list(self.rings.values()):
            if shiboken6.isValid(ring) and ring.target is not None and ring.target is not new:
                ring.follow(None)
        if new is None or not shiboken6.isValid(new):
            return
        window = new.window()
        if window.windowType() in (Qt.WindowType.Popup, Qt.WindowType.ToolTip) or \
                isinstance(new, FocusRing):
            return
        self.ring_of(window).follow(new)

    def repaint_rings(self) -> None:
        for ring in self.rings.values():
            if shiboken6.isValid(ring):
                ring.update()

    def ring_for(self, widget: QWidget) -> FocusRing | None:
        """The ring shown round `widget`, if any (tests, screenshots)."""
        ring = self.rings.get(id(widget.window()))
        if ring is None or not shiboken6.isValid(ring) or ring.target is not widget or \
                not ring.isVisible():
            return None
        return ring


_rings: FocusRings | None = None


def install() -> FocusRings:
    """Draw the ring in every window of the app from now on (once; later calls return it)."""
    global _rings
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    if _rings is None or not shiboken6.isValid(_rings):
        _rings = FocusRings(app)
        focused = QApplication.focusWidget()
        if focused is not None:
            _rings.focus_changed(None, focused)
    return _rings
