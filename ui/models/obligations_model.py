"""The Obligations table: what agreements owe (signed copies, annual reports, an office's own),
one per row, status written as a symbol and words (never colour alone)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from consularapp.labels import obligation_label, obligation_status_label
from consularapp.obligations import Obligation
from ui.models.table_model import RowTableModel

SYMBOLS = {"overdue": "✖", "due": "⚠", "upcoming": "○", "done": "✔"}


@dataclass(frozen=True)
class ObligationLine:
    """An obligation with the ID a table row needs."""

    id: str
    item: Obligation

    @classmethod
    def of(cls, o: Obligation) -> ObligationLine:
        start = o.period_starts.isoformat() if o.period_starts else "once"
        return cls(f"{o.agreement_id}|{o.obligation}|{start}", o)


class ObligationsModel(RowTableModel):
    COL_STATUS = 0
    COL_AGREEMENT = 1
    COL_OBLIGATION = 2
    COL_PERIOD = 3
    COL_DUE = 4
    COL_DAYS = 5
    COL_DONE = 6
    COL_DOCUMENT = 7
    COLUMN_COUNT = 8

    def headers(self) -> list[str]:
        tr = self.tr
        return [tr("Status"), tr("Agreement"), tr("Obligation"), tr("Period"), tr("Due on"),
                tr("Days left"), tr("Done on"), tr("Document")]

    def display(self, row: ObligationLine, column: int) -> str:
        o = row.item
        if column == self.COL_STATUS:
            return f"{SYMBOLS[o.status.value]} {obligation_status_label(o.status.value)}"
        if column == self.COL_AGREEMENT:
            return o.agreement_id
        if column == self.COL_OBLIGATION:
            return obligation_label(o.obligation)
        if column == self.COL_PERIOD:
            if o.period is None:
                return ""
            return self.tr("%1: %2 to %3").replace("%1", str(o.period)).replace(
                "%2", o.period_starts.isoformat() if o.period_starts else "").replace(
                "%3", o.period_ends.isoformat() if o.period_ends else "")
        if column == self.COL_DUE:
            return o.due_on.isoformat()
        if column == self.COL_DAYS:
            return "" if o.done_on else str(o.days_left)
        if column == self.COL_DONE:
            return o.done_on.isoformat() if o.done_on else ""
        if column == self.COL_DOCUMENT:
            return o.document or ""
        return ""

    def sort_value(self, row: ObligationLine, column: int) -> Any:
        o = row.item
        if column == self.COL_STATUS:
            return o.sort_key()
        if column == self.COL_DUE:
            return o.due_on
        if column == self.COL_DAYS:
            return o.days_left
        if column == self.COL_PERIOD:
            return (o.period or 0, o.period_starts)
        return self.display(row, column)

    def search_parts(self, row: ObligationLine) -> Iterable[str]:
        o = row.item
        return (o.agreement_id, o.obligation, obligation_label(o.obligation), o.kind,
                *o.office_ids, *o.consulate_ids)
