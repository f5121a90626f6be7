"""A layout that places its items left to right and wraps to a new line when the width runs out.

Filter rows and button rows use it so that a narrow window (1024 px screens) still fits: the row
grows a line taller instead of making the window wider. Stretches and spacings added the
QHBoxLayout way are accepted (a stretch is ignored, a spacing is a fixed gap).
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLayout,
    QLayoutItem,
    QSizePolicy,
    QSpacerItem,
    QWidget,
    QWidgetItem,
)


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6,
                 line_spacing: int = 4) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._line_spacing = line_spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    # --- QHBoxLayout-like conveniences ---------------------------------------------------------

    def addWidget(self, widget: QWidget, _stretch: int = 0) -> None:
        self.addChildWidget(widget)
        self.addItem(QWidgetItem(widget))

    def addStretch(self, _stretch: int = 0) -> None:
        """Nothing to stretch in a flow: kept so code written for QHBoxLayout works."""

    def addSpacing(self, size: int) -> None:
        self.addItem(QSpacerItem(size, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum))

    def addLayout(self, layout: QLayout, _stretch: int = 0) -> None:
        holder = QWidget(self.parentWidget())
        layout.setContentsMargins(0, 0, 0, 0)
        holder.setLayout(layout)
        self.addWidget(holder)

    # --- QLayout --------------------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if 0 <= index < len(self._items):
            item = self._items.pop(index)
            self.invalidate()
            return item
        return None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._do_layout(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._do_layout(rect, apply=True)

    def sizeHint(self) -> QSize:
        width = 0
        height = 0
        for item in self._visible():
            hint = item.sizeHint()
            width += hint.width() + (self._spacing if width else 0)
            height = max(height, hint.height())
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(),
                     height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # --- internals ------------------------------------------------------------------------------

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items
                if isinstance(item, QSpacerItem) or not item.isEmpty()]

    def _do_layout(self, rect: QRect, apply: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        # Lines of items first, so each line's items can be centred on its height.
        lines: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        x = 0
        for item in self._visible():
            hint = item.sizeHint().boundedTo(QSize(area.width(), 1 << 20)).expandedTo(
                item.minimumSize())
            line = lines[-1]
            if line and x + hint.width() > area.width():
                lines.append([])
                x = 0
            lines[-1].append((item, hint))
            x += hint.width() + self._spacing
        y = area.y()
        for line in lines:
            # A spacer never starts or ends a line.
            while line and isinstance(line[0][0], QSpacerItem):
                line.pop(0)
            while line and isinstance(line[-1][0], QSpacerItem):
                line.pop()
            if not line:
                continue
            height = max(hint.height() for _item, hint in line)
            x = area.x()
            for item, hint in line:
                if apply:
                    top = y + (height - hint.height()) // 2
                    item.setGeometry(QRect(QPoint(x, top), hint))
                x += hint.width() + self._spacing
            y += height + self._line_spacing
        return max(y - self._line_spacing - area.y(), 0) + margins.top() + margins.bottom()


def add_labelled(layout: QLayout, caption: QWidget, widget: QWidget) -> QWidget | None:
    """Add 'caption widget' to `layout`; in a FlowLayout as one piece that wraps as a whole."""
    if not isinstance(layout, FlowLayout):
        layout.addWidget(caption)  # type: ignore[attr-defined]
        layout.addWidget(widget)  # type: ignore[attr-defined]
        return None
    holder = QWidget(layout.parentWidget())
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(caption)
    row.addWidget(widget, 1)
    layout.addWidget(holder)
    return holder
