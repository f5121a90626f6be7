"""The Obligations table: what agreements owe (signed copies, annual reports, an office's own),
one per row, status written as a symbol and words (never colour alone)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from consularapp.labels import obligation_label, obligation_status_label
from consularapp.obligations import Obligation
from ui.models.columns import RIGHT, Column, header_text
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


def _status_words() -> list[str]:
    return [f"{symbol} {obligation_status_label(status)}" for status, symbol in SYMBOLS.items()]


class ObligationsModel(RowTableModel):
    columns = (
        Column("status", header_text("Status"),
               lambda r: f"{SYMBOLS[r.item.status.value]} "
                         f"{obligation_status_label(r.item.status.value)}",
               sort=lambda r: r.item.sort_key(), words=_status_words),
        Column("agreement", header_text("Agreement"), lambda r: r.item.agreement_id,
               sample="OSHA-PHX-ALLIANCE-2024", fit=True),
        Column("obligation", header_text("Obligation"),
               lambda r: obligation_label(r.item.obligation),
               sample="Signed copy to the national office", fit=True),
        Column("period", header_text("Period"), "period_text",
               sort=lambda r: (r.item.period or 0, r.item.period_starts),
               sample="2: 2026-03-03 to 2027-03-03"),
        Column("due", header_text("Due on"), lambda r: r.item.due_on.isoformat(),
               sort=lambda r: r.item.due_on, sample="2027-05-02"),
        Column("days", header_text("Days left"),
               lambda r: "" if r.item.done_on else str(r.item.days_left),
               sort=lambda r: r.item.days_left, align=RIGHT),
        Column("done", header_text("Done on"),
               lambda r: r.item.done_on.isoformat() if r.item.done_on else "",
               sample="2027-05-02"),
        Column("document", header_text("Document"), lambda r: r.item.document or "",
               stretch=True),
    )

    def period_text(self, row: ObligationLine) -> str:
        o = row.item
        if o.period is None:
            return ""
        return self.tr("%1: %2 to %3").replace("%1", str(o.period)).replace(
            "%2", o.period_starts.isoformat() if o.period_starts else "").replace(
            "%3", o.period_ends.isoformat() if o.period_ends else "")

    def search_parts(self, row: ObligationLine) -> Iterable[str]:
        o = row.item
        return (o.agreement_id, o.obligation, obligation_label(o.obligation), o.kind,
                *o.office_ids, *o.consulate_ids)
