"""The Consulates table: one foreign consular office per row (directory.ConsulateRow)."""

from __future__ import annotations

from collections.abc import Iterable

from consularapp.directory import ConsulateRow
from ui.labels import consulate_type_label, origin_details, origin_label
from ui.models.columns import Column, header_text
from ui.models.table_model import RowTableModel


def _origin_details(row: ConsulateRow) -> str:
    return origin_details(row.source, row.confidence, row.edited)


def _origin_words() -> tuple[str, ...]:
    return (origin_label("", False), origin_label("x", True))


class ConsulatesModel(RowTableModel):
    # Every cell's tooltip says where the record comes from and how sure that is.
    columns = (
        Column("id", header_text("ID"), lambda r: r.id, sample="MX-SANBERNARDINO",
               fit=True, tooltip=_origin_details),
        Column("country", header_text("Country"), lambda r: r.country_name,
               sample="Dominican Republic", tooltip=_origin_details),
        Column("name", header_text("Name"), lambda r: r.name,
               sample="Consulate General of Mexico in Chicago", fit=True,
               tooltip=_origin_details),
        Column("type", header_text("Type"), lambda r: consulate_type_label(r.consulate_type),
               sort=lambda r: r.consulate_type, sample="Consulate General",
               tooltip=_origin_details),
        Column("city", header_text("City"), lambda r: r.city, sample="San Bernardino",
               tooltip=_origin_details),
        Column("state", header_text("State"), lambda r: r.state, sample="WW",
               tooltip=_origin_details),
        Column("time_zone", header_text("Time zone"), lambda r: r.time_zone,
               sample="America/Los_Angeles", fit=True, tooltip=_origin_details),
        # Reference before edited reference before the user's own.
        Column("origin", header_text("Origin"), lambda r: origin_label(r.source, r.edited),
               sort=lambda r: (not r.source, r.edited), words=_origin_words,
               tooltip=_origin_details),
    )

    def search_parts(self, row: ConsulateRow) -> Iterable[str]:
        return (row.id, row.country_code, row.country_name, row.name, row.city, row.state,
                row.consulate_type, row.jurisdiction)
