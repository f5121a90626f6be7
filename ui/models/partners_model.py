"""The Community partners table: one worker center, union, legal aid office, faith-based group
or hometown association per row (partners.PartnerRow)."""

from __future__ import annotations

from collections.abc import Iterable

from consularapp.partners import PartnerRow
from ui.labels import partner_kind_label
from ui.models.columns import RIGHT, Column, header_text
from ui.models.table_model import RowTableModel


def _kind_words() -> list[str]:
    from consularapp.models import PartnerKind

    return [partner_kind_label(k.value) for k in PartnerKind]


class PartnersModel(RowTableModel):
    columns = (
        Column("id", header_text("ID"), lambda r: r.id, sample="CP-DIOCESE-OF-BROOKLYN",
               fit=True),
        Column("name", header_text("Name"), lambda r: r.name, sample="Diocese of Brooklyn",
               fit=True),
        Column("kind", header_text("Kind"), lambda r: partner_kind_label(r.kind),
               words=_kind_words),
        Column("city", header_text("City"), lambda r: r.city, sample="Los Angeles"),
        Column("state", header_text("State"), lambda r: r.state, sample="NY"),
        Column("languages", header_text("Languages"), lambda r: "; ".join(r.languages),
               sample="Spanish; English"),
        Column("agreements", header_text("Agreements"), lambda r: str(r.agreements),
               sort=lambda r: r.agreements, align=RIGHT),
        Column("events", header_text("Events"), lambda r: str(r.events),
               sort=lambda r: r.events, align=RIGHT),
    )

    def search_parts(self, row: PartnerRow) -> Iterable[str]:
        return (row.id, row.name, row.kind, partner_kind_label(row.kind), row.city, row.state,
                *row.languages, row.notes)
