"""The People table: one person per row with the organization they belong to today.

Whether someone is current, has left or starts later is said in words (a Status column and
"(left)" after the organization), never by colour alone.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from enum import StrEnum
from typing import Any

from consularapp.directory import PersonRow
from ui import clock
from ui.models.columns import Column, header_text
from ui.models.table_model import RowTableModel


class PersonStatus(StrEnum):
    CURRENT = "current"
    LEFT = "left"
    UPCOMING = "upcoming"
    NONE = "none"  # never belonged to an organization


def person_status(row: PersonRow, today: date | None = None) -> PersonStatus:
    if row.current:
        return PersonStatus.CURRENT
    if not row.organization_id:
        return PersonStatus.NONE
    day = today or clock.today()
    if row.active_from is not None and row.active_from > day:
        return PersonStatus.UPCOMING
    return PersonStatus.LEFT


def _from_text(row: PersonRow) -> str:
    return row.active_from.isoformat() if row.active_from else ""


class PeopleModel(RowTableModel):
    columns = (
        Column("name", header_text("Name"), lambda r: r.name, sample="María Fernanda Gutiérrez",
               fit=True),
        Column("id", header_text("ID"), lambda r: r.id, sample="P-MARIA-GUTIERREZ"),
        Column("organization", header_text("Organization"), "organization_text",
               sort=lambda r: r.organization_name, tooltip="organization_tooltip",
               sample="Consulate General of Mexico in Chicago"),
        Column("title", header_text("Title"), lambda r: r.title, sample="Consul for Protection"),
        Column("status", header_text("Status"), "status_text",
               sort="status_rank", tooltip="organization_tooltip", words="status_words"),
        Column("from", header_text("From"), _from_text, sort=lambda r: r.active_from,
               sample="0000-00-00"),
        # An open end sorts after every date.
        Column("to", header_text("To"), "to_text",
               sort=lambda r: r.active_to or (date.max if r.organization_id else None),
               sample="0000-00-00"),
        Column("languages", header_text("Languages"), lambda r: "; ".join(r.languages),
               sample="Spanish; English"),
        Column("email", header_text("Email"), lambda r: r.email, sample="name@example.gov"),
        Column("phone", header_text("Phone"), lambda r: r.phone, sample="000-000-0000"),
    )

    def __init__(self, parent: Any = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.today = today or clock.today()

    def status(self, row: PersonRow) -> PersonStatus:
        return person_status(row, self.today)

    def status_text(self, row: PersonRow) -> str:
        status = self.status(row)
        if status == PersonStatus.CURRENT:
            return self.tr("current")
        if status == PersonStatus.LEFT:
            return self.tr("left")
        if status == PersonStatus.UPCOMING:
            return self.tr("starts later")
        return self.tr("no organization")

    def organization_text(self, row: PersonRow) -> str:
        if not row.organization_id:
            return ""
        name = row.organization_name or row.organization_id
        if self.status(row) == PersonStatus.LEFT:
            return self.tr("%1 (left)").replace("%1", name)
        return name

    def status_rank(self, row: PersonRow) -> int:
        return list(PersonStatus).index(self.status(row))

    def status_words(self) -> list[str]:
        return [self.tr("current"), self.tr("left"), self.tr("starts later"),
                self.tr("no organization")]

    def to_text(self, row: PersonRow) -> str:
        if row.active_to:
            return row.active_to.isoformat()
        return self.tr("open") if row.organization_id else ""

    def organization_tooltip(self, row: PersonRow) -> str | None:
        if row.organization_id:
            return f"{row.organization_name} ({row.organization_id})"
        return None

    def search_parts(self, row: PersonRow) -> Iterable[str]:
        return (row.name, row.id, row.organization_name, row.organization_id, row.title,
                row.email, row.phone, *row.languages)
