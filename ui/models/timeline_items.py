"""The agreement timeline's bars as a table, for screen readers: one row per bar, in the order the
arrow keys move (row by row, left to right), and per row the agreement, the office and consulate
it binds, its term and its status in words (never the colour).

The widget (ui/widgets/timeline.py) is a QTableView over this model with its headers hidden, so
Qt's accessible table reads these cells, their column headers and, as row headers, the agreement
IDs; see ui/widgets/painted_table.py for why. Texts are made when a cell is asked for.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication

from consularapp.agreements import AgreementStatus
from consularapp.partnerships import Span, TimelineRow
from ui.models.agreement_labels import sentence_date, status_meaning, status_word
from ui.models.painted_items import PaintedItems

COL_AGREEMENT = 0
COL_PARTNERS = 1
COL_TERM = 2
COL_STATUS = 3

CONTEXT = "TimelineItems"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def ntr(text: str, n: int) -> str:
    """`text` with %n in the plural form for `n` (Qt's numerus forms)."""
    return QCoreApplication.translate(CONTEXT, text, None, n)


class BarLike(Protocol):
    row: int
    span: Span
    undated: bool


class TimelineItems(PaintedItems):
    """Rows are the timeline's bars, by their index (the keyboard's order)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.bars: Sequence[BarLike] = []
        self.rows: Sequence[TimelineRow] = []
        self.statuses: Mapping[str, AgreementStatus] = {}

    def set_bars(self, bars: Sequence[BarLike], rows: Sequence[TimelineRow],
                 statuses: Mapping[str, AgreementStatus]) -> None:
        self.beginResetModel()
        self.bars, self.rows, self.statuses = bars, rows, statuses
        self.endResetModel()

    # --- texts ----------------------------------------------------------------------------------

    def text(self, row: int, column: int) -> str:
        bar = self.bars[row]
        span = bar.span
        if column == COL_AGREEMENT:
            return span.agreement_id
        if column == COL_PARTNERS:
            pair = self.rows[bar.row]
            return (f"{pair.office.name} ({pair.office.agency}) — {pair.consulate.name}")
        if column == COL_TERM:
            return self.term(bar)
        if column == COL_STATUS:
            return self.status(span)
        return ""

    def term(self, bar: BarLike) -> str:
        span = bar.span
        if bar.undated or span.start is None:
            return tr("No dates yet")
        if span.end is None:
            return tr("From %1, no sunset date").replace("%1", sentence_date(span.start))
        return (tr("From %1 to %2").replace("%1", sentence_date(span.start))
                .replace("%2", sentence_date(span.end)))

    def status(self, span: Span) -> str:
        parts = [f"{status_word(span.status)} — {status_meaning(span.status)}"]
        status = self.statuses.get(span.agreement_id)
        if status is not None and status.days_left is not None and status.days_left >= 0:
            parts.append(ntr("%n day(s) left", status.days_left))
        if span.renews_id:
            parts.append(tr("renews %1").replace("%1", span.renews_id))
        if status is not None and status.renewed_by:
            parts.append(tr("renewed by %1").replace("%1", status.renewed_by))
        return "; ".join(parts)

    # --- PaintedItems -------------------------------------------------------------------------

    def item_count(self) -> int:
        return len(self.bars)

    def column_titles(self) -> list[str]:
        return [tr("Agreement"), tr("Office — consulate"), tr("Term"), tr("Status")]

    def row_title(self, row: int) -> str:
        return self.bars[row].span.agreement_id
