"""The Offices table: one agency office per row (consularapp.directory.OfficeRow)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from consularapp.directory import OfficeRow
from ui.labels import office_type_label, origin_details, origin_label
from ui.models.table_model import RowTableModel


class OfficesModel(RowTableModel):
    COL_ID = 0
    COL_AGENCY = 1
    COL_NAME = 2
    COL_TYPE = 3
    COL_CITY = 4
    COL_STATE = 5
    COL_TIME_ZONE = 6
    COL_REGION = 7
    COL_ORIGIN = 8
    COLUMN_COUNT = 9

    def headers(self) -> list[str]:
        tr = self.tr
        return [tr("ID"), tr("Agency"), tr("Name"), tr("Type"), tr("City"), tr("State"),
                tr("Time zone"), tr("Region"), tr("Origin")]

    def display(self, row: OfficeRow, column: int) -> str:
        if column == self.COL_ID:
            return row.id
        if column == self.COL_AGENCY:
            return row.agency_code
        if column == self.COL_NAME:
            return row.name
        if column == self.COL_TYPE:
            return office_type_label(row.office_type)
        if column == self.COL_CITY:
            return row.city
        if column == self.COL_STATE:
            return row.state
        if column == self.COL_TIME_ZONE:
            return row.time_zone
        if column == self.COL_REGION:
            return row.region
        if column == self.COL_ORIGIN:
            return origin_label(row.source, row.edited)
        return ""

    def sort_value(self, row: OfficeRow, column: int) -> Any:
        if column == self.COL_ORIGIN:
            # Reference before edited reference before the user's own.
            return (not row.source, row.edited)
        return self.display(row, column)

    def tooltip(self, row: OfficeRow, column: int) -> str | None:
        return origin_details(row.source, row.confidence, row.edited)

    def search_parts(self, row: OfficeRow) -> Iterable[str]:
        # Not the time zone: "chicago" would find every office on Central time.
        return (row.id, row.agency_code, row.name, row.city, row.state, row.region,
                row.office_type)


