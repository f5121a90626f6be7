"""The Offices table: one agency office per row (consularapp.directory.OfficeRow)."""

from __future__ import annotations

from collections.abc import Iterable

from consularapp.directory import OfficeRow
from ui.labels import office_type_label, origin_details, origin_label
from ui.models.columns import Column, header_text
from ui.models.table_model import RowTableModel


def _origin(row: OfficeRow) -> str:
    return origin_label(row.source, row.edited)


def _type_words() -> list[str]:
    from consularapp.models import OfficeType

    return [office_type_label(t.value) for t in OfficeType]


def _origin_words() -> tuple[str, ...]:
    return (origin_label("", False), origin_label("x", True))


def _origin_details(row: OfficeRow) -> str:
    return origin_details(row.source, row.confidence, row.edited)


class OfficesModel(RowTableModel):
    # Every cell's tooltip says where the record comes from and how sure that is.
    columns = (
        Column("id", header_text("ID"), lambda r: r.id, sample="OSHA-R-PHILADELPHIA",
               fit=True, tooltip=_origin_details),
        Column("agency", header_text("Agency"), lambda r: r.agency_code, sample="OSHA",
               tooltip=_origin_details),
        Column("name", header_text("Name"), lambda r: r.name,
               sample="Northern New Jersey District Office", fit=True,
               tooltip=_origin_details),
        Column("type", header_text("Type"), lambda r: office_type_label(r.office_type),
               words=_type_words, tooltip=_origin_details),
        Column("city", header_text("City"), lambda r: r.city, sample="San Francisco",
               tooltip=_origin_details),
        Column("state", header_text("State"), lambda r: r.state, sample="WW",
               tooltip=_origin_details),
        Column("time_zone", header_text("Time zone"), lambda r: r.time_zone,
               sample="America/Los_Angeles", fit=True, tooltip=_origin_details),
        Column("region", header_text("Region"), lambda r: r.region,
               sample="Indianapolis District", tooltip=_origin_details),
        # Reference before edited reference before the user's own.
        Column("origin", header_text("Origin"), _origin, sort=lambda r: (not r.source, r.edited),
               words=_origin_words,
               tooltip=_origin_details),
    )

    def search_parts(self, row: OfficeRow) -> Iterable[str]:
        # Not the time zone: "chicago" would find every office on Central time.
        return (row.id, row.agency_code, row.name, row.city, row.state, row.region,
                row.office_type)


