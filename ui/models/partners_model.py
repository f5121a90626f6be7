"""The Community partners table: one worker center, union, legal aid office, faith-based group
or hometown association per row (partners.PartnerRow)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from consularapp.partners import PartnerRow
from ui.labels import partner_kind_label
from ui.models.table_model import RowTableModel


class PartnersModel(RowTableModel):
    COL_ID = 0
    COL_NAME = 1
    COL_KIND = 2
    COL_CITY = 3
    COL_STATE = 4
    COL_LANGUAGES = 5
    COL_AGREEMENTS = 6
    COL_EVENTS = 7
    COLUMN_COUNT = 8

    def headers(self) -> list[str]:
        tr = self.tr
        return [tr("ID"), tr("Name"), tr("Kind"), tr("City"), tr("State"), tr("Languages"),
                tr("Agreements"), tr("Events")]

    def display(self, row: PartnerRow, column: int) -> str:
        if column == self.COL_ID:
            return row.id
        if column == self.COL_NAME:
            return row.name
        if column == self.COL_KIND:
            return partner_kind_label(row.kind)
        if column == self.COL_CITY:
            return row.city
        if column == self.COL_STATE:
            return row.state
        if column == self.COL_LANGUAGES:
            return "; ".join(row.languages)
        if column == self.COL_AGREEMENTS:
            return str(row.agreements)
        if column == self.COL_EVENTS:
            return str(row.events)
        return ""

    def sort_value(self, row: PartnerRow, column: int) -> Any:
        if column == self.COL_AGREEMENTS:
            return row.agreements
        if column == self.COL_EVENTS:
            return row.events
        return self.display(row, column)

    def search_parts(self, row: PartnerRow) -> Iterable[str]:
        return (row.id, row.name, row.kind, partner_kind_label(row.kind), row.city, row.state,
                *row.languages, row.notes)
