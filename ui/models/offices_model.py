"""The Offices table: one agency office per row (consularapp.directory.OfficeRow)."""

from __future__ import annotations

from collections.abc import Iterable

from consularapp.directory import OfficeRow
from ui.labels import office_type_label
from ui.models.columns import Column, header_text
from ui.models.directory_columns import (
    origin_column,
    origin_tooltip,
    state_column,
    time_zone_column,
)
from ui.models.table_model import RowTableModel


def _type_words() -> list[str]:
    from consularapp.models import OfficeType

    return [office_type_label(t.value) for t in OfficeType]


class OfficesModel(RowTableModel):
    # Every cell's tooltip says where the record comes from and how sure that is.
    columns = (
        Column("id", header_text("ID"), lambda r: r.id, sample="OSHA-R-PHILADELPHIA",
               fit=True, tooltip=origin_tooltip),
        Column("agency", header_text("Agency"), lambda r: r.agency_code, sample="OSHA",
               tooltip=origin_tooltip),
        Column("name", header_text("Name"), lambda r: r.name,
               sample="Northern New Jersey District Office", fit=True,
               tooltip=origin_tooltip),
        Column("type", header_text("Type"), lambda r: office_type_label(r.office_type),
               words=_type_words, tooltip=origin_tooltip),
        Column("city", header_text("City"), lambda r: r.city, sample="San Francisco",
               tooltip=origin_tooltip),
        state_column(),
        time_zone_column(),
        Column("region", header_text("Region"), lambda r: r.region,
               sample="Indianapolis District", tooltip=origin_tooltip),
        origin_column(),
    )

    def search_parts(self, row: OfficeRow) -> Iterable[str]:
        # Not the time zone: "chicago" would find every office on Central time.
        return (row.id, row.agency_code, row.name, row.city, row.state, row.region,
                row.office_type)


