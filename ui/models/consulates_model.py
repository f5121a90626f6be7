"""The Consulates table: one foreign consular office per row (directory.ConsulateRow)."""

from __future__ import annotations

from collections.abc import Iterable

from consularapp.directory import ConsulateRow
from ui.labels import consulate_type_label
from ui.models.columns import Column, header_text
from ui.models.directory_columns import (
    origin_column,
    origin_tooltip,
    state_column,
    time_zone_column,
)
from ui.models.table_model import RowTableModel


class ConsulatesModel(RowTableModel):
    # Every cell's tooltip says where the record comes from and how sure that is.
    columns = (
        Column("id", header_text("ID"), lambda r: r.id, sample="MX-SANBERNARDINO",
               fit=True, tooltip=origin_tooltip),
        Column("country", header_text("Country"), lambda r: r.country_name,
               sample="Dominican Republic", tooltip=origin_tooltip),
        Column("name", header_text("Name"), lambda r: r.name,
               sample="Consulate General of Mexico in Chicago", fit=True,
               tooltip=origin_tooltip),
        Column("type", header_text("Type"), lambda r: consulate_type_label(r.consulate_type),
               sort=lambda r: r.consulate_type, sample="Consulate General",
               tooltip=origin_tooltip),
        Column("city", header_text("City"), lambda r: r.city, sample="San Bernardino",
               tooltip=origin_tooltip),
        state_column(),
        time_zone_column(),
        origin_column(),
    )

    def search_parts(self, row: ConsulateRow) -> Iterable[str]:
        return (row.id, row.country_code, row.country_name, row.name, row.city, row.state,
                row.consulate_type, row.jurisdiction)
