"""The week grid: the campaign's days as columns, hours as rows, one swim lane per consulate or
office, each event a block at its venue's local wall-clock time.

The blocks are laid out once per change by ui/models/week_grid_model.py; this widget only turns
minutes into pixels (again on resize, a loop over the blocks) and paints the lanes and blocks the
exposed area touches. The day header stays in place while the lanes scroll.

Keyboard: the grid takes the focus; arrow keys move between blocks (Up/Down within a day, Left/
Right to the nearest block of the neighbouring day), Home/End to the first/last, Enter or F2 opens
the editor. The current block has a thick frame and, with the focus, a dotted one: never colour
alone. Cancelled events are hatched, struck through and say "(cancelled)".

Screen readers: the grid is a QTableView over ui/models/week_grid_items.py (one row per block, in
the order the arrow keys move; columns event, when, where, lane, status), so Qt's accessible
table reads it cell by cell and hears each move; see ui/widgets/painted_table.py for why.
"""

from __future__ import annotations

import contextlib
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from datetime import date

import shiboken6
from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolTip, QWidget

from ui import colours
from ui.models.lrw_labels import WARNING_SIGN, day_text, ntr, tr
from ui.models.week_grid_items import WeekGridItems
from ui.models.week_grid_model import Block, GridLayout, Navigator
from ui.widgets.painted_table import PaintedTable

# The smallest hour-label gutter and day; both grow with the font (the system's text size,
# and the words of "Venue time" in the corner).
GUTTER = 52  # the hour labels at the left
MIN_DAY_WIDTH = 110
LANE_GAP = 8
MIN_BLOCK_HEIGHT = 18
# A day widens for up to this many events side by side; more share that width (narrower blocks
# whose text is cut; the tooltip and the list say everything).
MAX_WIDE_COLUMNS = 3

def format_colour(value: str) -> str:
    """The tint of a stored format ('workshop'), as '#rrggbb' (only an extra: every block says
    its format in words; ui/colours.py holds the tints)."""
    return colours.format_tint(value)


class FormatLegend(QWidget):
    """'[■] Information table  [■] Workshop …': what each block colour means, in words.

    It wraps (FlowLayout) rather than widen the window. In high contrast the blocks have no
    tints, and the legend hides."""

    def __init__(self, formats: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        from ui.widgets.flow_layout import FlowLayout

        super().__init__(parent)
        self.setAccessibleName(tr("Colours of the event formats"))
        layout = FlowLayout(self, spacing=10, line_spacing=2)
        caption = QLabel(tr("Formats:"), self)
        layout.addWidget(caption)
        self.entries: dict[str, str] = {}
        words = []
        for value, label in formats:
            entry = QWidget(self)
            row = QHBoxLayout(entry)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(4)
            swatch = QLabel(entry)
            swatch.setFixedSize(14, 14)
            swatch.setStyleSheet(f"background: {format_colour(value)}; "
                                 f"border: 1px solid {colours.BLOCK_EDGE};")
            row.addWidget(swatch)
            row.addWidget(QLabel(label, entry))
            layout.addWidget(entry)
            self.entries[value] = label
            words.append(label)
        self.setAccessibleDescription(
            tr("Each block is tinted by its format, and says the format in words: %1")
            .replace("%1", ", ".join(words)))
        colours.notifier().changed.connect(self._contrast_changed)
        self.setHidden(colours.high_contrast())

    def _contrast_changed(self) -> None:
        if shiboken6.isValid(self):
            self.setHidden(colours.high_contrast())


def _fit_words(text: str, metrics: QFontMetrics, width: int) -> str:
    """As many whole words of `text` as fit in `width`, with '…' when some are left out; ''
    when not even the first word fits (no syllables: 'cere…')."""
    if metrics.horizontalAdvance(text) <= width:
        return text
    words = text.split()
    while words:
        words.pop()
        while words and words[-1] in ("·", "—", "-", "–"):
            words.pop()  # no dangling separator before the ellipsis
        candidate = " ".join(words) + "…"
        if words and metrics.horizontalAdvance(candidate) <= width:
            return candidate
    return ""


def _wrap(text: str, metrics: QFontMetrics, width: int, max_lines: int) -> list[str]:
    """Greedy word wrap into at most `max_lines` lines (the last one keeps the rest, to be
    elided when drawn)."""
    if max_lines <= 1 or metrics.horizontalAdvance(text) <= width:
        return [text] if max_lines >= 1 else []
    lines: list[str] = []
    words = text.split()
    current = ""
    for n, word in enumerate(words):
        candidate = f"{current} {word}".strip()
        if current and metrics.horizontalAdvance(candidate) > width:
            lines.append(current)
            if len(lines) == max_lines - 1:
                lines.append(" ".join(words[n:]))
                return lines
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines


class _DayHeader(QWidget):
    """The row of day names above the lanes; it does not scroll vertically."""

    def __init__(self, grid: WeekGrid) -> None:
        super().__init__(grid)
        self.grid = grid
        self.setAccessibleName(tr("Days of the campaign"))

    def paintEvent(self, event: QPaintEvent) -> None:
        grid = self.grid
        p = QPainter(self)
        palette = self.palette()
        p.fillRect(self.rect(), palette.color(QPalette.ColorRole.Button))
        p.setPen(palette.color(QPalette.ColorRole.ButtonText))
        font = QFont(self.font())
        font.setBold(True)
        p.setFont(font)
        small = QRect(0, 0, grid.gutter - 4, self.height())
        p.drawText(small, Qt.AlignmentFlag.AlignCenter, tr("Venue\ntime"))
        layout = grid.layout_data
        shift = grid.horizontalScrollBar().value()
        p.setClipRect(QRect(grid.gutter, 0, self.width() - grid.gutter, self.height()))
        for n, day in enumerate(layout.days if layout else []):
            x = grid.day_left(n) - shift
            width = grid.day_widths[n]
            rect = QRectF(x, 0, width, self.height())
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, day_text(day))
            p.drawLine(QPointF(x, 0), QPointF(x, self.height()))
        p.setClipping(False)
        p.drawLine(0, self.height() - 1, self.width(), self.height() - 1)
        p.end()


class WeekGrid(PaintedTable):
    """Signals: `current_changed(event_id)` when the current block changes (by click or key),
    `activated(event_id)` on double-click, Enter or F2."""

    current_changed = Signal(str)
    activated = Signal(str)
    more_activated = Signal(list)  # the events behind a "+N more" block, opened

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setAccessibleName(tr("Week grid"))
        self.setAccessibleDescription(tr(
            "Events by day and local time at the venue. Arrow keys move between events; Enter "
            "opens the selected event."))
        self.viewport().setMouseTracking(False)
        self.layout_data: GridLayout | None = None
        self.navigator: Navigator | None = None
        self.empty_text = tr("No events to show.")
        self.current_block: int | None = None
        self.current_event = ""
        self.day_widths: list[float] = []
        self._day_lefts: list[float] = []
        self._content_width = 0
        self._rects: list[QRectF] = []
        self._lane_tops: list[int] = []
        self._lane_ranges: list[tuple[int, int]] = []  # block positions [start, end) per lane
        self._content_height = 0
        self._formats: dict[str, str] = {}
        self.tooltip_provider: Callable[[str], str] | None = None
        self._fonts()
        self.header = _DayHeader(self)
        self.setViewportMargins(0, self.header_height, 0, 0)
        self.items = WeekGridItems(self)
        self.setModel(self.items)

    def _fonts(self) -> None:
        base = QFont(self.font())
        self.small_font = QFont(base)
        self.small_font.setPointSizeF(max(7.0, base.pointSizeF() * 0.9))
        self.bold_font = QFont(self.small_font)
        self.bold_font.setBold(True)
        self.struck_font = QFont(self.bold_font)
        self.struck_font.setStrikeOut(True)
        metrics = QFontMetrics(self.small_font)
        self.line_height = metrics.height()
        self.hour_height = max(40, self.line_height * 3 + 6)
        self.min_block_width = metrics.horizontalAdvance("00:00–00:00 MMM") + 12
        self.lane_header_height = QFontMetrics(base).height() + 8
        self.header_height = QFontMetrics(base).height() * 2 + 6
        bold = QFont(base)
        bold.setBold(True)
        heading = QFontMetrics(bold)
        corner = [heading.horizontalAdvance(w) + 8 for w in tr("Venue\ntime").split("\n")]
        self.gutter = max(GUTTER, metrics.horizontalAdvance("00:00") + 12, *corner)
        widest_day = day_text(date(2027, 9, 29))  # a long weekday and month
        self.min_day_width = max(MIN_DAY_WIDTH, heading.horizontalAdvance(widest_day) + 16)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "header"):
            # The system's text size changed (or the app's font): measure again, lay out again.
            self._fonts()
            self.setViewportMargins(0, self.header_height, 0, 0)
            self._place()
            self.viewport().update()
            self.header.update()

    # --- data -----------------------------------------------------------------------------------

    def set_layout(self, layout: GridLayout, empty_text: str = "") -> None:
        """Show `layout`, keeping the current event if it is still there."""
        self.layout_data = layout
        self.navigator = Navigator(layout)
        if empty_text:
            self.empty_text = empty_text
        positions = layout.blocks_of(self.current_event) if self.current_event else []
        self.current_block = positions[0] if positions else None
        if not positions:
            self.current_event = ""
        self.items.set_layout(layout, self.navigator)
        self._place()
        self.set_current_row(self.items.row_of(self.current_block))
        self.viewport().update()
        self.header.update()

    def block(self, position: int) -> Block:
        assert self.layout_data is not None
        return self.layout_data.blocks[position]

    def block_rect(self, position: int) -> QRectF:
        """The block's rectangle in content coordinates (before scrolling)."""
        return self._rects[position]

    def lane_top(self, lane: int) -> int:
        return self._lane_tops[lane]

    def content_height(self) -> int:
        return self._content_height

    # --- geometry -------------------------------------------------------------------------------

    def _place(self) -> None:
        """Pixels from the layout: a loop over the blocks, on every change and resize.

        A day is as wide as its most crowded moment needs, up to MAX_WIDE_COLUMNS events side
        by side each keeping room for "09:00–11:00 MST"; days share out any spare width, and
        when the week does not fit they shrink (down to the narrowest day; narrow blocks then show
        "09:00 MST"). Past that the grid scrolls sideways, the hour labels staying in place.
        """
        layout = self.layout_data
        self._rects, self._lane_tops, self._lane_ranges = [], [], []
        if layout is None:
            self.day_widths, self._day_lefts = [], []
            self._content_height = self._content_width = 0
            self._update_scrollbars()
            return
        days = max(1, len(layout.days))
        columns = [1] * days
        for block in layout.blocks:
            columns[block.day] = max(columns[block.day], block.columns)
        needed = [max(self.min_day_width, min(c, MAX_WIDE_COLUMNS) * self.min_block_width + 6)
                  for c in columns]
        available = self.viewport().width() - self.gutter
        spare = available - sum(needed)
        if spare > 0:
            needed = [w + spare / days for w in needed]
        elif spare < 0:  # the whole week stays in view; crowded days give up their extra width
            extra = sum(w - self.min_day_width for w in needed)
            factor = max(0.0, 1 + spare / extra) if extra > 0 else 0.0
            needed = [self.min_day_width + (w - self.min_day_width) * factor for w in needed]
        self.day_widths = needed
        self._day_lefts = []
        x = float(self.gutter)
        for width in needed:
            self._day_lefts.append(x)
            x += width
        self._content_width = int(x)
        y = 0
        lane_starts = [b.lane for b in layout.blocks]
        for n, lane in enumerate(layout.lanes):
            self._lane_tops.append(y)
            self._lane_ranges.append((bisect_left(lane_starts, n), bisect_right(lane_starts, n)))
            y += self.lane_header_height + lane.hours * self.hour_height + LANE_GAP
        self._content_height = y
        minute = self.hour_height / 60.0
        for block in layout.blocks:
            lane = layout.lanes[block.lane]
            top = (self._lane_tops[block.lane] + self.lane_header_height
                   + (block.start_minute - lane.first_hour * 60) * minute)
            height = max(MIN_BLOCK_HEIGHT, (block.end_minute - block.start_minute) * minute)
            width = (self.day_widths[block.day] - 6) / block.columns
            left = self._day_lefts[block.day] + 3 + block.column * width
            self._rects.append(QRectF(left, top, width - 2, height - 1))
        self._update_scrollbars()

    def day_left(self, day: int) -> float:
        return self._day_lefts[day]

    # --- where the items are, for assistive technology (PaintedTable) ---------------------------

    def item_rect(self, row: int) -> QRect:
        if not 0 <= row < self.items.rowCount():
            return QRect()
        position = self.items.position(row)
        if position >= len(self._rects):
            return QRect()  # being laid out again
        rect = self._rects[position]
        shift, scroll = self.horizontalScrollBar().value(), self.verticalScrollBar().value()
        return rect.translated(-shift, -scroll).toAlignedRect()

    def item_at(self, point: QPoint) -> int:
        row = self.items.row_of(self.block_at(QPointF(point)))
        return -1 if row is None else row

    def show_item(self, row: int) -> None:
        if 0 <= row < self.items.rowCount():
            self.ensure_visible(self.items.position(row))

    def update_geometry_of_content(self) -> None:
        self._update_scrollbars()

    def _update_scrollbars(self) -> None:
        bar = self.verticalScrollBar()
        page = self.viewport().height()
        bar.setRange(0, max(0, self._content_height - page))
        bar.setPageStep(page)
        bar.setSingleStep(self.hour_height // 2)
        across = self.horizontalScrollBar()
        width = self.viewport().width()
        across.setRange(0, max(0, self._content_width - width))
        across.setPageStep(width)
        across.setSingleStep(self.min_block_width // 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        rect = self.viewport().geometry()
        self.header.setGeometry(rect.left(), rect.top() - self.header_height, rect.width(),
                                self.header_height)
        self._place()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()
        if dx:
            self.header.update()

    def sizeHint(self) -> QSize:
        return QSize(self.gutter + 5 * 150, 480)

    # --- painting -------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self.viewport())
        palette = self.palette()
        exposed = event.rect()
        p.fillRect(exposed, palette.color(QPalette.ColorRole.Base))
        layout = self.layout_data
        if layout is None or not layout.blocks:
            p.setPen(palette.color(QPalette.ColorRole.Text))
            p.drawText(self.viewport().rect().adjusted(20, 20, -20, -20),
                       Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text)
            p.end()
            return
        scroll = self.verticalScrollBar().value()
        shift = self.horizontalScrollBar().value()
        top, bottom = exposed.top() + scroll, exposed.bottom() + scroll
        left, right = exposed.left() + shift, exposed.right() + shift
        first = max(0, bisect_right(self._lane_tops, top) - 1)
        lanes = []
        for lane_index in range(first, len(layout.lanes)):
            if self._lane_tops[lane_index] > bottom:
                break
            lanes.append(lane_index)
        # The days and blocks scroll both ways...
        p.translate(-shift, -scroll)
        for lane_index in lanes:
            self._paint_lane(p, lane_index, palette)
            start, end = self._lane_ranges[lane_index]
            for n in range(start, end):
                rect = self._rects[n]
                if (rect.bottom() >= top and rect.top() <= bottom and rect.right() >= left
                        and rect.left() <= right):
                    self._paint_block(p, n, rect, palette)
        # ...the lane titles and the hour labels only up and down.
        p.resetTransform()
        p.translate(0, -scroll)
        for lane_index in lanes:
            self._paint_lane_labels(p, lane_index, palette)
        if lanes and self._lane_tops[lanes[0]] < scroll:
            # The title of the lane scrolled into stays at the top, pushed up by the next one.
            following = lanes[0] + 1
            y = scroll
            if following < len(self._lane_tops):
                y = min(y, self._lane_tops[following] - self.lane_header_height)
            self._paint_lane_title(p, lanes[0], y, palette)
        p.end()

    def _paint_lane(self, p: QPainter, index: int, palette: QPalette) -> None:
        assert self.layout_data is not None
        lane = self.layout_data.lanes[index]
        top = self._lane_tops[index]
        right = float(self._content_width)
        header = QRectF(0, top, max(right, self.viewport().width() + 0.0) + 1,
                        self.lane_header_height)
        p.fillRect(header, palette.color(QPalette.ColorRole.AlternateBase))
        grid_pen = QPen(palette.color(QPalette.ColorRole.Mid))
        grid_pen.setWidth(0)
        light_pen = QPen(palette.color(QPalette.ColorRole.Midlight))
        hours_top = top + self.lane_header_height
        p.setPen(light_pen)
        for h in range(lane.hours):
            y = hours_top + h * self.hour_height
            p.drawLine(QPointF(self.gutter, y), QPointF(right, y))
        bottom = hours_top + lane.hours * self.hour_height
        p.setPen(grid_pen)
        for x in [*self._day_lefts, right]:
            p.drawLine(QPointF(x, hours_top), QPointF(x, bottom))
        p.drawLine(QPointF(self.gutter, bottom), QPointF(right, bottom))

    def _paint_lane_title(self, p: QPainter, index: int, top: int, palette: QPalette) -> None:
        assert self.layout_data is not None
        lane = self.layout_data.lanes[index]
        header = QRect(0, top, self.viewport().width(), self.lane_header_height)
        p.fillRect(header, palette.color(QPalette.ColorRole.AlternateBase))
        p.setPen(palette.color(QPalette.ColorRole.Text))
        font = QFont(self.font())
        font.setBold(True)
        p.setFont(font)
        count = ntr("%n event(s)", lane.event_count)
        p.drawText(header.adjusted(6, 0, -6, 0),
                   Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                   f"{lane.title} · {count}")

    def _paint_lane_labels(self, p: QPainter, index: int, palette: QPalette) -> None:
        assert self.layout_data is not None
        lane = self.layout_data.lanes[index]
        top = self._lane_tops[index]
        self._paint_lane_title(p, index, top, palette)
        hours_top = top + self.lane_header_height
        p.fillRect(QRect(0, hours_top, self.gutter, lane.hours * self.hour_height),
                   palette.color(QPalette.ColorRole.Base))
        p.setFont(self.small_font)
        for h in range(lane.hours):
            y = hours_top + h * self.hour_height
            p.drawText(QRect(0, y + 1, self.gutter - 6, self.line_height),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                       f"{lane.first_hour + h:02d}:00")
        p.setPen(QPen(palette.color(QPalette.ColorRole.Mid)))
        p.drawLine(QPointF(self.gutter, hours_top), QPointF(self.gutter, hours_top + lane.hours
                                                        * self.hour_height))

    def _paint_block(self, p: QPainter, n: int, rect: QRectF, palette: QPalette) -> None:
        assert self.layout_data is not None
        block = self.layout_data.blocks[n]
        current = block.event_id == self.current_event and bool(self.current_event)
        # High contrast: the palette's base and text, the current block in its highlight, no
        # tints and no hatching (the block says its format and "(cancelled)" in words).
        plain = colours.high_contrast()
        if plain:
            fill = palette.color(QPalette.ColorRole.Base)
            edge = palette.color(QPalette.ColorRole.Highlight if current
                                 else QPalette.ColorRole.Text)
        else:
            tint = colours.CANCELLED_FILL if block.cancelled else format_colour(
                self._format_value(block))
            fill, edge = QColor(tint), QColor(colours.BLOCK_EDGE)
        border = QPen(edge)
        border.setWidthF(3.0 if current else 1.0)
        if block.cancelled:
            border.setStyle(Qt.PenStyle.DashLine if not current else Qt.PenStyle.SolidLine)
        p.setPen(border)
        p.setBrush(fill)
        p.drawRoundedRect(rect, 3, 3)
        if block.cancelled and not plain:
            p.setBrush(QBrush(QColor(colours.CANCELLED_HATCH), Qt.BrushStyle.BDiagPattern))
            p.setPen(Qt.PenStyle.NoPen)
            p.drawRoundedRect(rect, 3, 3)
        if current and self.hasFocus():
            focus = QPen(palette.color(QPalette.ColorRole.Text) if plain
                         else QColor(colours.BLOCK_TEXT))
            focus.setStyle(Qt.PenStyle.DotLine)
            p.setPen(focus)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(rect.adjusted(3, 3, -3, -3))
        self._paint_text(p, block, rect, palette.color(QPalette.ColorRole.Text) if plain
                         else QColor(colours.BLOCK_TEXT))

    def _format_value(self, block: Block) -> str:
        return self._formats.get(block.event_id, "")

    def set_formats(self, formats: dict[str, str]) -> None:
        """Event ID -> stored format, for the (optional) tint of each block."""
        self._formats = formats

    def _paint_text(self, p: QPainter, block: Block, rect: QRectF, ink: QColor) -> None:
        """Time (with the zone), title, then format and venue; the title wraps when there is
        room, every line is elided to the block's width."""
        inner = rect.adjusted(4, 2, -3, -2)
        width = int(inner.width())
        if width < 12:
            return
        p.setPen(ink)
        # The zone must stay visible: the time is shortened, then split, before it is cut.
        small = QFontMetrics(self.small_font)
        times = [block.time_text]
        if small.horizontalAdvance(block.time_text) > width:
            times = [block.short_time]
            if small.horizontalAdvance(block.short_time) > width:
                times = [block.short_time.split(" ")[0], block.zone_abbreviation]
        title = block.title
        if block.cancelled:
            title = tr("(cancelled)") + " " + title
        title_font = self.struck_font if block.cancelled else self.bold_font
        details = f"{block.format} · {block.venue}"
        if block.conflicts:
            details = f"{WARNING_SIGN}{block.conflicts} · {details}"
        available = max(1, int(inner.height() // self.line_height))
        time_lines = [(self.small_font, t) for t in times]
        if available <= len(times):
            lines = time_lines[:available] if available > 1 else [(title_font, title)]
        elif available == len(times) + 1:
            lines = [*time_lines, (title_font, title)]
        else:
            title_lines = _wrap(title, QFontMetrics(title_font), width,
                                available - len(times) - 1)
            detail_lines = _wrap(details, small, width,
                                 available - len(times) - len(title_lines))
            lines = [*time_lines, *((title_font, t) for t in title_lines),
                     *((self.small_font, d) for d in detail_lines)]
        y = inner.top()
        first_title = next((n for n, (font, _t) in enumerate(lines) if font is title_font), -1)
        for n, (font, text) in enumerate(lines):
            metrics = QFontMetrics(font)
            p.setFont(font)
            if n < len(time_lines) or n == first_title:
                # The time and zone, and the start of the title, show even when cut.
                shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
            else:
                # Further lines: whole words or nothing, never fragments like 'cere…'.
                shown = _fit_words(text, metrics, width)
                if not shown:
                    break
            p.drawText(QRectF(inner.left(), y, width, self.line_height),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)
            y += self.line_height

    # --- current block --------------------------------------------------------------------------

    def set_current_event(self, event_id: str, *, emit: bool = False, scroll: bool = True) -> bool:
        """Make the event's (first) block current; False if the grid does not show it."""
        layout = self.layout_data
        positions = layout.blocks_of(event_id) if layout and event_id else []
        self.current_event = event_id if positions else ""
        self.current_block = positions[0] if positions else None
        if positions and scroll:
            self.ensure_visible(positions[0])
        self.set_current_row(self.items.row_of(self.current_block))
        self._announce()
        self.viewport().update()
        if emit and positions:
            self.current_changed.emit(event_id)
        return bool(positions)

    def item_chosen(self, row: int) -> None:
        if 0 <= row < self.items.rowCount():
            self._set_current_block(self.items.position(row))

    def _set_current_block(self, position: int | None) -> None:
        if position is None:
            return
        block = self.block(position)
        self.current_block = position
        changed = block.event_id != self.current_event
        self.current_event = block.event_id
        self.ensure_visible(position)
        self.set_current_row(self.items.row_of(position))
        self._announce()
        self.viewport().update()
        if changed:
            self.current_changed.emit(block.event_id)

    def ensure_visible(self, position: int) -> None:
        rect = self._rects[position]
        across = self.horizontalScrollBar()
        visible = self.viewport().width() - self.gutter
        if rect.left() - self.gutter < across.value():
            across.setValue(int(rect.left() - self.gutter - 4))
        elif rect.right() - self.gutter > across.value() + visible:
            across.setValue(int(rect.right() - self.gutter - visible + 4))
        bar = self.verticalScrollBar()
        lane_top = self._lane_tops[self.block(position).lane]
        page = self.viewport().height()
        if rect.top() < bar.value() + self.lane_header_height:
            bar.setValue(int(max(lane_top, rect.top() - self.lane_header_height)))
        elif rect.bottom() > bar.value() + page:
            bar.setValue(int(min(rect.top() - self.lane_header_height,
                                 rect.bottom() - page + 4)))

    def current_label(self) -> str:
        if self.current_block is None:
            return ""
        return self.block(self.current_block).label

    def _announce(self) -> None:
        """Tell screen readers what the current block is."""
        text = self.current_label()
        self.setAccessibleDescription(text or tr("No event selected"))
        if self.hasFocus():
            with contextlib.suppress(Exception):  # no accessibility bridge: nothing to tell
                QAccessible.updateAccessibility(
                    QAccessibleEvent(self, QAccessible.Event.DescriptionChanged))

    # --- mouse and keyboard ---------------------------------------------------------------------

    def block_at(self, point: QPointF) -> int | None:
        """The block under a viewport point, or None."""
        if point.x() < self.gutter:
            return None
        y = point.y() + self.verticalScrollBar().value()
        content = QPointF(point.x() + self.horizontalScrollBar().value(), y)
        first = max(0, bisect_right(self._lane_tops, y) - 1)
        if first >= len(self._lane_ranges):
            return None
        start, end = self._lane_ranges[first]
        for n in range(end - 1, start - 1, -1):
            if self._rects[n].contains(content):
                return n
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        position = self.block_at(event.position())
        if position is not None:
            self._set_current_block(position)
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        position = self.block_at(event.position())
        if position is not None:
            self._set_current_block(position)
            self._activate(position)
            return
        super().mouseDoubleClickEvent(event)

    def _activate(self, position: int) -> None:
        block = self.block(position)
        if block.is_more:
            self.more_activated.emit(list(block.hidden))
        else:
            self.activated.emit(block.event_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        nav = self.navigator
        key = event.key()
        if nav is None or not self.layout_data or not self.layout_data.blocks:
            super().keyPressEvent(event)
            return
        current = self.current_block
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            if current is not None:
                self._activate(current)
            return
        moves = {
            Qt.Key.Key_Down: lambda c: nav.vertical(c, 1),
            Qt.Key.Key_Up: lambda c: nav.vertical(c, -1),
            Qt.Key.Key_Right: lambda c: nav.horizontal(c, 1),
            Qt.Key.Key_Left: lambda c: nav.horizontal(c, -1),
        }
        if key in moves:
            self._set_current_block(nav.first() if current is None else moves[key](current))
            return
        if key == Qt.Key.Key_Home:
            self._set_current_block(nav.first())
            return
        if key == Qt.Key.Key_End:
            self._set_current_block(nav.last())
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        if self.current_block is None and self.navigator is not None:
            first = self.navigator.first()
            if first is not None and event.reason() != Qt.FocusReason.MouseFocusReason:
                self._set_current_block(first)
        self._announce()
        self.viewport().update()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.viewport().update()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            position = self.block_at(QPointF(event.pos()))  # type: ignore[attr-defined]
            if position is not None:
                event_id = self.block(position).event_id
                text = self.tooltip_provider(event_id) if self.tooltip_provider else ""
                QToolTip.showText(event.globalPos(),  # type: ignore[attr-defined]
                                  text or self.block(position).label, self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)
