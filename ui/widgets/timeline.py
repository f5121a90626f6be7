"""The agreement timeline: one row per office–consulate pair, years across, one bar per agreement.

Each bar runs from the day the agreement takes effect to its last day (open-ended ones run to the
right edge and end in an arrow; drafts with no dates yet start at today with a dashed outline) and
carries its status in words, with the colour as an extra. A renewal is tied to the agreement it
renews by a connector. A vertical line marks today. The row labels and the year axis stay in view
while the rows scroll under them.

Keyboard: Left/Right move between the bars of a row, Up/Down to the nearest bar of the next row,
Home/End to the first/last bar, Enter opens the selected agreement. Click selects, double-click
opens.

Screen readers: the widget is a QTableView over ui/models/timeline_items.py (one row per bar, in
the keyboard's order; columns agreement, office and consulate, term, status), so Qt's accessible
table reads it cell by cell; see ui/widgets/painted_table.py for why. The QScrollArea around it
scrolls it (its own scroll bars stay off), and it paints on its viewport, which covers it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QToolTip, QWidget

from consularapp.agreements import AgreementStatus, Status
from consularapp.partnerships import Span, TimelineRow
from consularapp.timeutil import add_months
from ui import clock, colours
from ui.models.agreement_labels import (
    STATUS_SYMBOLS,
    sentence_date,
    status_colour,
    status_edge,
    status_meaning,
    status_word,
)
from ui.models.timeline_items import TimelineItems
from ui.widgets.painted_table import PaintedTable

# The smallest sizes; each grows with the font (the system's text size): `_measure`.
LABEL_WIDTH = 300
AXIS_HEIGHT = 42
YEAR_BAND = 20  # the years on top; the "Today" marker under them
LANE_HEIGHT = 24
ROW_PADDING = 4
GROUP_HEIGHT = 24
RIGHT_MARGIN = 24
DEFAULT_PIXELS_PER_YEAR = 90
MIN_PIXELS_PER_YEAR = 20
MAX_PIXELS_PER_YEAR = 600
#: A draft with no dates is drawn this long from today, dashed.
NOMINAL_DAYS = 365


@dataclass
class Bar:
    row: int  # index in rows
    span: Span
    rect: QRectF
    open_ended: bool
    undated: bool


@dataclass
class Entry:
    """A line of the timeline: a group heading (agency · region) or an office–consulate pair."""

    top: float
    height: float
    heading: str = ""
    row: int = -1
    bars: list[int] | None = None  # indexes into bars, left to right


class TimelineWidget(PaintedTable):
    selected = Signal(str)  # agreement ID ("" when nothing is)
    activated = Signal(str)  # Enter or double-click on a bar
    wants_visible = Signal(QRectF)  # the scroll area should show this rectangle

    scrolls_itself = False  # the QScrollArea around it does

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Agreement timeline"))
        self.setMouseTracking(False)
        self.rows: list[TimelineRow] = []
        self.statuses: Mapping[str, AgreementStatus] = {}
        self.as_of = clock.today()
        self.pixels_per_year = float(DEFAULT_PIXELS_PER_YEAR)
        self.first_year = self.as_of.year - 3
        self.last_year = self.as_of.year + 3  # exclusive
        self.entries: list[Entry] = []
        self.bars: list[Bar] = []
        self.current = -1  # index into bars
        self._measure()
        self._height = self.axis_height
        self.items = TimelineItems(self)
        self.setModel(self.items)

    def _measure(self) -> None:
        """Rows, axis and labels as tall and wide as the font needs."""
        fm = QFontMetrics(self.font())
        self.lane_height = max(LANE_HEIGHT, fm.height() + 10)
        self.group_height = max(GROUP_HEIGHT, fm.height() + 8)
        self.year_band = max(YEAR_BAND, fm.height() + 4)
        self.axis_height = max(AXIS_HEIGHT, self.year_band + fm.height() + 8)
        self.label_width = max(LABEL_WIDTH, fm.averageCharWidth() * 42)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "items"):
            self._measure()
            self._layout()
            self.items.set_bars(self.bars, self.rows, self.statuses)
            self.set_current_row(self.current if self.current >= 0 else None)
            self.viewport().update()

    # --- data -----------------------------------------------------------------------------------

    def set_rows(self, rows: list[TimelineRow], as_of: date,
                 statuses: Mapping[str, AgreementStatus] | None = None) -> None:
        chosen = self.current_agreement()
        self.rows = rows
        self.as_of = as_of
        self.statuses = statuses or {}
        starts = [s.start for r in rows for s in r.spans if s.start]
        ends = [s.end for r in rows for s in r.spans if s.end]
        self.first_year = min([d.year for d in starts] + [as_of.year - 2])
        self.last_year = max([d.year for d in ends] + [as_of.year + 2]) + 1
        self.current = -1
        self._layout()
        self.items.set_bars(self.bars, self.rows, self.statuses)
        if chosen:
            self.select_agreement(chosen, emit=False)
        self.viewport().update()

    def set_pixels_per_year(self, value: float) -> None:
        value = max(MIN_PIXELS_PER_YEAR, min(MAX_PIXELS_PER_YEAR, float(value)))
        if abs(value - self.pixels_per_year) < 0.01:
            return
        self.pixels_per_year = value
        self._layout()
        self.items.set_bars(self.bars, self.rows, self.statuses)
        self.set_current_row(self.current if self.current >= 0 else None)
        self.viewport().update()
        if self.current >= 0:
            self.wants_visible.emit(self.bars[self.current].rect)

    def fit_pixels_per_year(self, width: int) -> float:
        """The zoom at which every year fits in `width` pixels."""
        years = max(1, self.last_year - self.first_year)
        return (width - self.label_width - RIGHT_MARGIN) / years

    def years(self) -> int:
        return self.last_year - self.first_year

    # --- geometry -------------------------------------------------------------------------------

    def x_of(self, day: date) -> float:
        origin = date(self.first_year, 1, 1)
        return self.label_width + (day - origin).days / 365.2425 * self.pixels_per_year

    def right_edge(self) -> float:
        return self.x_of(date(self.last_year, 1, 1))

    def _layout(self) -> None:
        self.entries, self.bars = [], []
        y = float(self.axis_height)
        group = None
        right = self.right_edge()
        for index, row in enumerate(self.rows):
            key = (row.office.agency, row.office.region)
            if key != group:
                group = key
                heading = " · ".join(p for p in key if p)
                self.entries.append(Entry(y, self.group_height, heading=heading))
                y += self.group_height
            lanes: list[date] = []  # last day of each lane
            placed: list[tuple[Span, int, date, date, bool, bool]] = []
            for span in row.spans:
                undated = span.start is None
                start = span.start or self.as_of
                open_ended = span.end is None and not undated
                if undated and span.term_months:
                    # A draft with a term but no date yet: its term, from today (dashed).
                    end = add_months(start, span.term_months)
                elif undated:
                    end = start + timedelta(days=NOMINAL_DAYS)
                elif open_ended:
                    end = date(self.last_year, 1, 1)
                else:
                    end = span.end or start
                lane = next((n for n, last in enumerate(lanes) if last < start), len(lanes))
                if lane == len(lanes):
                    lanes.append(end)
                else:
                    lanes[lane] = end
                placed.append((span, lane, start, end, open_ended, undated))
            height = max(1, len(lanes)) * self.lane_height + 2 * ROW_PADDING
            entry = Entry(y, height, row=index, bars=[])
            for span, lane, start, end, open_ended, undated in placed:
                x0 = self.x_of(start)
                x1 = right if open_ended else self.x_of(end + timedelta(days=1))
                x1 = max(x1, x0 + 4)
                if undated:  # no dates: as wide as its words, so "negotiating" reads whole
                    words = QFontMetrics(self.font()).horizontalAdvance(
                        f"{STATUS_SYMBOLS[span.status]} {status_word(span.status)}")
                    x1 = max(x1, x0 + words + 14)
                rect = QRectF(x0, y + ROW_PADDING + lane * self.lane_height + 2, x1 - x0,
                              self.lane_height - 4)
                assert entry.bars is not None
                entry.bars.append(len(self.bars))
                self.bars.append(Bar(index, span, rect, open_ended, undated))
            self.entries.append(entry)
            y += height
        self._height = int(y) + 8
        self.setMinimumSize(int(right) + RIGHT_MARGIN, self._height)
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        return QSize(int(self.right_edge()) + RIGHT_MARGIN, self._height)

    # --- where the items are, for assistive technology (PaintedTable) ---------------------------

    def item_rect(self, row: int) -> QRect:
        # The viewport covers the widget (no frame, no scroll bars): the same coordinates.
        return self.bars[row].rect.toAlignedRect() if 0 <= row < len(self.bars) else QRect()

    def item_at(self, point: QPoint) -> int:
        return self.bar_at(QPointF(point))

    def show_item(self, row: int) -> None:
        if 0 <= row < len(self.bars):
            self.wants_visible.emit(self.bars[row].rect)

    def _visible(self) -> QRectF:
        rect = self.visibleRegion().boundingRect()
        if rect.isEmpty():
            rect = self.rect()
        return QRectF(rect)

    # --- selection ------------------------------------------------------------------------------

    def current_agreement(self) -> str:
        return self.bars[self.current].span.agreement_id if 0 <= self.current < len(
            self.bars) else ""

    def item_chosen(self, row: int) -> None:
        if row != self.current:
            self.select_bar(row)

    def select_bar(self, index: int, emit: bool = True) -> None:
        if not 0 <= index < len(self.bars):
            return
        self.current = index
        bar = self.bars[index]
        description = self.describe(bar)
        self.setAccessibleDescription(description)
        self.set_current_row(index)
        self.viewport().update()
        self.wants_visible.emit(bar.rect)
        if emit:
            self.selected.emit(bar.span.agreement_id)

    def select_agreement(self, agreement_id: str, emit: bool = True) -> bool:
        for index, bar in enumerate(self.bars):
            if bar.span.agreement_id == agreement_id:
                self.select_bar(index, emit)
                return True
        return False

    def bar_at(self, point: QPointF) -> int:
        if point.x() < self._visible().left() + self.label_width:
            return -1
        for index, bar in enumerate(self.bars):
            if bar.rect.adjusted(-1, -1, 1, 1).contains(point):
                return index
        return -1

    # --- texts ----------------------------------------------------------------------------------

    def bar_text(self, bar: Bar) -> str:
        return f"{STATUS_SYMBOLS[bar.span.status]} {status_word(bar.span.status)}"

    def describe(self, bar: Bar) -> str:
        tr = self.tr
        span = bar.span
        row = self.rows[bar.row]
        lines = [
            f"{span.agreement_id}: {status_word(span.status)} — {status_meaning(span.status)}",
            f"{row.office.name} ({row.office.agency}) — {row.consulate.name}",
        ]
        if bar.undated:
            lines.append(tr("No dates yet (drawn from today, dashed)."))
        else:
            start = sentence_date(span.start)
            if span.end is None:
                lines.append(tr("From %1, no sunset date").replace("%1", start))
            else:
                lines.append(tr("From %1 to %2").replace("%1", start)
                             .replace("%2", sentence_date(span.end)))
        status = self.statuses.get(span.agreement_id)
        if status is not None and status.days_left is not None and status.days_left >= 0:
            lines.append(QCoreApplication.translate("TimelineWidget", "%n day(s) left", None,
                                                    status.days_left))
        if status is not None and status.next_review:
            lines.append(tr("Next periodic review: %1").replace(
                "%1", status.next_review.isoformat()))
        if span.renews_id:
            lines.append(tr("Renews %1").replace("%1", span.renews_id))
        if status is not None and status.renewed_by:
            lines.append(tr("Renewed by %1").replace("%1", status.renewed_by))
        return "\n".join(lines)

    def row_label(self, row: TimelineRow) -> str:
        return f"{row.office.name} — {row.consulate.country} {row.consulate.city}"

    def fitted_label(self, row: TimelineRow, fm: QFontMetrics, width: int) -> str:
        """The label in `width` pixels: the consulate whole, the office name shortened from
        the left ('…Office - Bakersfield'), where names that share a prefix differ."""
        full = self.row_label(row)
        if fm.horizontalAdvance(full) <= width:
            return full
        tail = f" — {row.consulate.country} {row.consulate.city}"
        room = width - fm.horizontalAdvance(tail)
        if room < fm.horizontalAdvance("…") * 4:
            return fm.elidedText(full, Qt.TextElideMode.ElideRight, width)
        return fm.elidedText(row.office.name, Qt.TextElideMode.ElideLeft, room) + tail

    # --- painting -------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        window = palette.color(QPalette.ColorRole.Window)
        mid = palette.color(QPalette.ColorRole.Mid)
        visible = self._visible()
        painter.fillRect(visible, base)
        fm = QFontMetrics(self.font())

        # Years: alternate shading and a line at each 1 January.
        shade = QColor(text)
        shade.setAlpha(12)
        for year in range(self.first_year, self.last_year):
            x0, x1 = self.x_of(date(year, 1, 1)), self.x_of(date(year + 1, 1, 1))
            if x1 < visible.left() or x0 > visible.right():
                continue
            if year % 2:
                painter.fillRect(QRectF(x0, visible.top(), x1 - x0, visible.height()), shade)
            painter.setPen(QPen(mid, 1))
            painter.drawLine(QPointF(x0, visible.top()), QPointF(x0, visible.bottom()))

        # Rows: group headings, separators, bars, connectors.
        for entry in self.entries:
            if entry.top > visible.bottom() or entry.top + entry.height < visible.top():
                continue
            if entry.heading:
                band = QRectF(visible.left(), entry.top, visible.width(), entry.height)
                painter.fillRect(band, window)
                continue
            painter.setPen(QPen(mid, 0.5))
            bottom = entry.top + entry.height
            painter.drawLine(QPointF(visible.left(), bottom), QPointF(visible.right(), bottom))
            assert entry.bars is not None
            for index in entry.bars:
                self._paint_bar(painter, self.bars[index], fm, index == self.current)
            self._paint_connectors(painter, entry)

        # Today.
        today_x = self.x_of(self.as_of)
        if colours.high_contrast():
            today_fill = palette.color(QPalette.ColorRole.Highlight)
            today_text = palette.color(QPalette.ColorRole.HighlightedText)
        else:
            today_fill, today_text = QColor(colours.TODAY_FILL), QColor(colours.TODAY_TEXT)
        painter.setPen(QPen(today_fill, 2))
        painter.drawLine(QPointF(today_x, visible.top() + self.axis_height),
                         QPointF(today_x, visible.bottom()))

        # Sticky labels on the left.
        column = QRectF(visible.left(), visible.top(), self.label_width, visible.height())
        painter.fillRect(column, window)
        painter.setPen(QPen(mid, 1))
        painter.drawLine(column.topRight(), column.bottomRight())
        for entry in self.entries:
            if entry.top > visible.bottom() or entry.top + entry.height < visible.top():
                continue
            label_rect = QRectF(visible.left() + 6, entry.top, self.label_width - 12, entry.height)
            if entry.heading:
                font = painter.font()
                font.setBold(True)
                painter.setFont(font)
                painter.setPen(text)
                painter.drawText(QRectF(visible.left() + 6, entry.top, visible.width() - 12,
                                        entry.height),
                                 int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                                 entry.heading)
                font.setBold(False)
                painter.setFont(font)
                continue
            painter.setPen(text)
            label = self.fitted_label(self.rows[entry.row], fm, int(label_rect.width()))
            painter.drawText(label_rect,
                             int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                             label)

        # Sticky year axis on top.
        axis = QRectF(visible.left(), visible.top(), visible.width(), self.axis_height)
        painter.fillRect(axis, window)
        painter.setPen(QPen(mid, 1))
        painter.drawLine(axis.bottomLeft(), axis.bottomRight())
        painter.setPen(text)
        left_limit = visible.left() + self.label_width
        step = 1 if self.pixels_per_year >= 40 else (2 if self.pixels_per_year >= 22 else 5)
        for year in range(self.first_year, self.last_year):
            if (year - self.first_year) % step:
                continue
            x = self.x_of(date(year, 1, 1))
            if x < left_limit - 1 or x > visible.right():
                continue
            painter.drawText(QRectF(x + 3, visible.top(), fm.horizontalAdvance("0000") + 8,
                                    self.year_band),
                             int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                             str(year))
        if today_x >= left_limit:
            label = self.tr("Today") if self.as_of == clock.today() else self.tr(
                "As of %1").replace("%1", sentence_date(self.as_of))
            width = fm.horizontalAdvance(label) + 10
            box = QRectF(today_x - width / 2, visible.top() + self.year_band + 1, width,
                         self.axis_height - self.year_band - 4)
            painter.fillRect(box, today_fill)
            painter.setPen(today_text)
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), label)
        painter.setPen(text)
        corner = QRectF(visible.left(), visible.top(), self.label_width, self.axis_height)
        painter.fillRect(corner, window)
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(corner.adjusted(6, 0, -6, 0),
                         int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                         self.tr("Office — consulate"))
        if not self.rows:
            painter.drawText(QRectF(visible.left() + self.label_width,
                                    visible.top() + self.axis_height,
                                    visible.width() - self.label_width, 60),
                             int(Qt.AlignmentFlag.AlignCenter),
                             self.tr("No agreements in this scope."))
        painter.end()

    def _paint_bar(self, painter: QPainter, bar: Bar, fm: QFontMetrics, current: bool) -> None:
        status = bar.span.status
        rect = bar.rect
        # High contrast: the palette's base and text (the bar says its status in words).
        plain = colours.high_contrast()
        palette = self.palette()
        if plain:
            fill = palette.color(QPalette.ColorRole.Base)
            edge = ink = palette.color(QPalette.ColorRole.Text)
        else:
            fill = (QColor(colours.undated_fill(status)) if bar.undated
                    else status_colour(status))
            edge, ink = status_edge(status), QColor(colours.BAR_TEXT)
        pen = QPen(edge, 1.2)
        if bar.undated:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(QBrush(fill))
        if bar.open_ended:
            # A body and an arrow head pointing right: no sunset date.
            head = min(10.0, rect.width() / 3)
            body = QRectF(rect.left(), rect.top(), rect.width() - head, rect.height())
            polygon = QPolygonF([
                body.topLeft(), body.topRight(), QPointF(rect.right(), rect.center().y()),
                body.bottomRight(), body.bottomLeft(),
            ])
            painter.drawPolygon(polygon)
        else:
            painter.drawRoundedRect(rect, 3, 3)
        if status is Status.TERMINATED:
            painter.setPen(QPen(edge, 3))
            painter.drawLine(rect.topRight(), rect.bottomRight())
        if current:
            highlight = self.palette().color(QPalette.ColorRole.Highlight)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(highlight, 3))
            painter.drawRoundedRect(rect.adjusted(-2, -2, 2, 2), 4, 4)
            if self.hasFocus():
                focus = QPen(ink, 1, Qt.PenStyle.DotLine)
                painter.setPen(focus)
                painter.drawRect(rect.adjusted(-4, -4, 4, 4))
        # The status in words on the bar; the ID too when there is room.
        inner = rect.adjusted(5, 0, -12 if bar.open_ended else -4, 0)
        status_text = self.bar_text(bar)
        full = f"{status_text} · {bar.span.agreement_id}"
        if fm.horizontalAdvance(full) <= inner.width():
            label = full
        else:
            label = fm.elidedText(status_text, Qt.TextElideMode.ElideRight, int(inner.width()))
        if label and inner.width() > fm.horizontalAdvance("…"):
            painter.setPen(ink)
            painter.drawText(inner, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                             label)

    def _paint_connectors(self, painter: QPainter, entry: Entry) -> None:
        assert entry.bars is not None
        by_id = {self.bars[i].span.agreement_id: self.bars[i] for i in entry.bars}
        painter.setBrush(Qt.BrushStyle.NoBrush)
        colour = (self.palette().color(QPalette.ColorRole.Text) if colours.high_contrast()
                  else QColor(colours.CONNECTOR))
        for index in entry.bars:
            bar = self.bars[index]
            previous = by_id.get(bar.span.renews_id or "")
            if previous is None:
                continue
            a, b = previous.rect, bar.rect
            path = QPainterPath()
            same_lane = abs(a.top() - b.top()) < 1
            if same_lane and b.left() >= a.right() - 1 and b.left() < a.right() + 6:
                # End to end: a small hook over the seam, pointing down into the renewal.
                start = QPointF(a.right() - 7, a.top())
                tip = QPointF(min(b.left() + 7, b.right() - 2), b.top() - 1)
                path.moveTo(start)
                path.cubicTo(QPointF(start.x(), a.top() - 6), QPointF(tip.x(), b.top() - 6), tip)
                direction = "down"
            elif b.left() >= a.right() + 6:
                # Side by side: an elbow from the end of the old to the start of the new.
                middle = (a.right() + b.left()) / 2
                path.moveTo(a.right(), a.center().y())
                path.lineTo(middle, a.center().y())
                path.lineTo(middle, b.center().y())
                path.lineTo(b.left() - 1, b.center().y())
                tip, direction = QPointF(b.left() - 1, b.center().y()), "right"
            else:
                # Overlapping (a lane below): a drop from the old bar onto the new one's start.
                x = max(b.left() + 4, a.left() + 4)
                top, bottom = (a, b) if a.top() < b.top() else (b, a)
                path.moveTo(x, top.bottom())
                path.lineTo(x, bottom.top() - 1)
                tip = QPointF(x, bottom.top() - 1)
                direction = "down" if bottom is b else "up"
            painter.setPen(QPen(colour, 1.5))
            painter.drawPath(path)
            painter.setBrush(colour)
            if direction == "right":
                arrow = QPolygonF([tip, tip + QPointF(-6, -4), tip + QPointF(-6, 4)])
            elif direction == "down":
                arrow = QPolygonF([tip, tip + QPointF(-4, -6), tip + QPointF(4, -6)])
            else:
                arrow = QPolygonF([tip, tip + QPointF(-4, 6), tip + QPointF(4, 6)])
            painter.drawPolygon(arrow)
            painter.setBrush(Qt.BrushStyle.NoBrush)

    # --- events ---------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            help_event: QHelpEvent = event  # type: ignore[assignment]
            pos = QPointF(help_event.pos())
            index = self.bar_at(pos)
            if index >= 0:
                QToolTip.showText(help_event.globalPos(), self.describe(self.bars[index]), self)
                return True
            if pos.x() < self._visible().left() + self.label_width:
                for entry in self.entries:
                    if entry.row >= 0 and entry.top <= pos.y() < entry.top + entry.height:
                        row = self.rows[entry.row]
                        QToolTip.showText(
                            help_event.globalPos(),
                            f"{row.office.name} ({row.office.id}, {row.office.agency})\n"
                            f"{row.consulate.name} ({row.consulate.id})", self)
                        return True
            QToolTip.hideText()
            event.ignore()
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.bar_at(event.position())
        if index >= 0:
            self.select_bar(index)
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        index = self.bar_at(event.position())
        if index >= 0:
            self.select_bar(index)
            self.activated.emit(self.bars[index].span.agreement_id)
            return
        super().mouseDoubleClickEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self.current < 0 and self.bars:
            self.select_bar(self._first_visible_bar())
        self.viewport().update()

    def _first_visible_bar(self) -> int:
        top = self._visible().top() + self.axis_height
        for entry in self.entries:
            if entry.bars and entry.top + entry.height > top:
                return entry.bars[0]
        return 0

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if not self.bars:
            super().keyPressEvent(event)
            return
        if self.current < 0 and key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up,
                                        Qt.Key.Key_Down, Qt.Key.Key_Home, Qt.Key.Key_End):
            self.select_bar(self._first_visible_bar())
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.current >= 0:
                self.activated.emit(self.current_agreement())
            return
        if key == Qt.Key.Key_Home:
            self.select_bar(0)
            return
        if key == Qt.Key.Key_End:
            self.select_bar(len(self.bars) - 1)
            return
        entries = [e for e in self.entries if e.bars]
        position = next(n for n, e in enumerate(entries) if self.current in (e.bars or []))
        row_bars = entries[position].bars or []
        here = row_bars.index(self.current)
        if key == Qt.Key.Key_Left:
            if here > 0:
                self.select_bar(row_bars[here - 1])
            elif position > 0:
                self.select_bar((entries[position - 1].bars or [])[-1])
            return
        if key == Qt.Key.Key_Right:
            if here < len(row_bars) - 1:
                self.select_bar(row_bars[here + 1])
            elif position < len(entries) - 1:
                self.select_bar((entries[position + 1].bars or [])[0])
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            target = position + (-1 if key == Qt.Key.Key_Up else 1)
            if 0 <= target < len(entries):
                x = self.bars[self.current].rect.center().x()
                candidates = entries[target].bars or []
                best = min(candidates, key=lambda i: abs(self.bars[i].rect.center().x() - x))
                self.select_bar(best)
            return
        super().keyPressEvent(event)
