"""The Consulates table: one foreign consular office per row (directory.ConsulateRow)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from consularapp.directory import ConsulateRow
from ui.labels import consulate_type_label, origin_details, origin_label
from ui.models.table_model import RowTableModel


class ConsulatesModel(RowTableModel):
    COL_ID = 0
    COL_COUNTRY = 1
    COL_NAME = 2
    COL_TYPE = 3
    COL_CITY = 4
    COL_STATE = 5
    COL_TIME_ZONE = 6
    COL_ORIGIN = 7
    COLUMN_COUNT = 8

    def headers(self) -> list[str]:
        tr = self.tr
        return [tr("ID"), tr("Country"), tr("Name"), tr("Type"), tr("City"), tr("State"),
                tr("Time zone"), tr("Origin")]

    def display(self, row: ConsulateRow, column: int) -> str:
        if column == self.COL_ID:
            return row.id
        if column == self.COL_COUNTRY:
            return row.country_name
        if column == self.COL_NAME:
            return row.name
        if column == self.COL_TYPE:
            return consulate_type_label(row.consulate_type)
        if column == self.COL_CITY:
            return row.city
        if column == self.COL_STATE:
            return row.state
        if column == self.COL_TIME_ZONE:
            return row.time_zone
        if column == self.COL_ORIGIN:
            return origin_label(row.source, row.edited)
        return ""

    def sort_value(self, row: ConsulateRow, column: int) -> Any:
        if column == self.COL_ORIGIN:
            return (not row.source, row.edited)
        if column == self.COL_TYPE:
            return row.consulate_type
        return self.display(row, column)

    def tooltip(self, row: ConsulateRow, column: int) -> str | None:
        return origin_details(row.source, row.confidence, row.edited)

    def search_parts(self, row: ConsulateRow) -> Iterable[str]:
        return (row.id, row.country_code, row.country_name, row.name, row.city, row.state,
                row.consulate_type, row.jurisdiction)
