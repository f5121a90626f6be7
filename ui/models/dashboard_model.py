"""The dashboard's list of what needs attention: one AttentionItem per row, most urgent first.

The kind is written as a symbol and words ("⚠ Expiring"), the time as words ("in 15 days",
"24 days ago"); the row's colour is only an extra. The details are composed here from the
agreement's computed status, so they are translatable (the core's own sentences are English).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from consularapp.agreements import AgreementStatus
from consularapp.partnerships import ATTENTION_ORDER, AttentionItem, AttentionKind, Dashboard
from ui import colours
from ui.models.agreement_labels import (
    attention_colour,
    attention_label,
    attention_text,
    days_text,
    kind_label,
    tr,
)
from ui.models.table_model import RowTableModel

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class AttentionRow:
    """An item with a unique row ID and its translated details."""

    id: str
    item: AttentionItem
    title: str  # short: 'Phoenix Area Office — MX Douglas, MX Nogales'
    detail: str
    kind_of_agreement: str = ""  # 'Arrangement Establishing an Alliance' for agreement items

    @property
    def kind(self) -> AttentionKind:
        return self.item.kind


def item_detail(item: AttentionItem, status: AgreementStatus | None) -> str:
    """What to do about the item, in the user's language."""
    if item.kind is AttentionKind.NO_LIAISON:
        return tr("Everyone on record has left; add the current liaison.")
    if item.kind is AttentionKind.NO_AGREEMENT:
        return tr("Had agreements with consulates; none is in force now.")
    if status is None:
        return item.detail
    last_day = status.expires_on.isoformat() if status.expires_on else ""
    if status.renewed_by:
        renewal = tr("Renewal %1 in progress").replace("%1", status.renewed_by)
    else:
        renewal = tr("No renewal started")
    if item.kind in (AttentionKind.EXPIRING, AttentionKind.RENEWAL_DUE):
        return tr("%1; last day %2").replace("%1", renewal).replace("%2", last_day)
    if item.kind is AttentionKind.EXPIRED:
        return tr("Not renewed; lapsed on %1").replace("%1", last_day)
    if item.kind is AttentionKind.REVIEW_DUE:
        review = status.next_review.isoformat() if status.next_review else ""
        return tr("No sunset date; periodic review due %1").replace("%1", review)
    return item.detail


def item_title(
    item: AttentionItem, status: AgreementStatus | None, office_names: Mapping[str, str],
    consulate_names: Mapping[str, str],
) -> str:
    """An agreement's parties with short consulate names ('MX Phoenix'); else the core's title."""
    if status is None:
        return item.title
    offices = ", ".join(office_names.get(o, o) for o in status.office_ids)
    consulates = ", ".join(consulate_names.get(c, c) for c in status.consulate_ids)
    return f"{offices} — {consulates}"


def attention_rows(
    board: Dashboard,
    statuses: Mapping[str, AgreementStatus] | None = None,
    office_names: Mapping[str, str] | None = None,
    consulate_names: Mapping[str, str] | None = None,
) -> list[AttentionRow]:
    """The board's items as rows; with `statuses` and the names, short titles and details."""
    statuses = statuses or {}
    rows = []
    for item in board.items:
        status = statuses.get(item.record_id) if item.record_type == "agreement" else None
        row_id = f"{item.kind.value}|{item.record_type}|{item.record_id}"
        title = item_title(item, status, office_names or {}, consulate_names or {})
        rows.append(AttentionRow(row_id, item, title, item_detail(item, status),
                                 kind_label(status.kind) if status else ""))
    return rows


class AttentionModel(RowTableModel):
    COL_KIND = 0
    COL_WHEN = 1
    COL_RECORD = 2
    COL_TITLE = 3
    COL_DETAIL = 4
    COLUMN_COUNT = 5

    def headers(self) -> list[str]:
        tr_ = self.tr
        return [tr_("What"), tr_("When"), tr_("Record"), tr_("Parties or name"), tr_("Details")]

    def display(self, row: AttentionRow, column: int) -> str:
        item = row.item
        if column == self.COL_KIND:
            return attention_text(item.kind)
        if column == self.COL_WHEN:
            return days_text(item.days)
        if column == self.COL_RECORD:
            return item.record_id
        if column == self.COL_TITLE:
            return row.title
        if column == self.COL_DETAIL:
            return row.detail
        return ""

    def sort_value(self, row: AttentionRow, column: int) -> Any:
        item = row.item
        if column == self.COL_KIND:
            # Sorting on the kind is the core's order: most urgent kind, then fewest days.
            return (ATTENTION_ORDER.index(item.kind),
                    item.days if item.days is not None else 10**6, item.record_id)
        if column == self.COL_WHEN:
            return item.days
        return self.display(row, column)

    def tooltip(self, row: AttentionRow, column: int) -> str | None:
        item = row.item
        what = {"agreement": self.tr("agreement"), "consulate": self.tr("consulate"),
                "office": self.tr("office")}.get(item.record_type, item.record_type)
        return (f"{attention_label(item.kind)}: {what} {item.record_id}\n{item.title}\n"
                f"{row.detail}\n" + self.tr("Double-click or press Enter to open it."))

    def accessible_row_text(self, row: AttentionRow) -> str:
        return f"{attention_label(row.kind)}, {row.item.record_id}, {days_text(row.item.days)}"

    def search_parts(self, row: AttentionRow) -> Iterable[str]:
        item = row.item
        return (attention_label(item.kind), item.record_id, item.title, row.title, row.detail)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == self.COL_KIND and role in (
            Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole
        ) and index.row() < self.rowCount():
            if colours.high_contrast():
                return None  # the palette's text on its base
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor(colours.CELL_TEXT)
            return attention_colour(self.row(index.row()).kind)
        return super().data(index, role)
