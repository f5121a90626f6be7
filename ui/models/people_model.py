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


class PeopleModel(RowTableModel):
    COL_NAME = 0
    COL_ID = 1
    COL_ORGANIZATION = 2
    COL_TITLE = 3
    COL_STATUS = 4
    COL_FROM = 5
    COL_TO = 6
    COL_LANGUAGES = 7
    COL_EMAIL = 8
    COL_PHONE = 9
    COLUMN_COUNT = 10

    def __init__(self, parent: Any = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.today = today or clock.today()

    def headers(self) -> list[str]:
        tr = self.tr
        return [tr("Name"), tr("ID"), tr("Organization"), tr("Title"), tr("Status"), tr("From"),
                tr("To"), tr("Languages"), tr("Email"), tr("Phone")]

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

    def display(self, row: PersonRow, column: int) -> str:
        if column == self.COL_NAME:
            return row.name
        if column == self.COL_ID:
            return row.id
        if column == self.COL_ORGANIZATION:
            return self.organization_text(row)
        if column == self.COL_TITLE:
            return row.title
        if column == self.COL_STATUS:
            return self.status_text(row)
        if column == self.COL_FROM:
            return row.active_from.isoformat() if row.active_from else ""
        if column == self.COL_TO:
            if row.active_to:
                return row.active_to.isoformat()
            return self.tr("open") if row.organization_id else ""
        if column == self.COL_LANGUAGES:
            return "; ".join(row.languages)
        if column == self.COL_EMAIL:
            return row.email
        if column == self.COL_PHONE:
            return row.phone
        return ""

    def sort_value(self, row: PersonRow, column: int) -> Any:
        if column == self.COL_FROM:
            return row.active_from
        if column == self.COL_TO:
            # An open end sorts after every date.
            return row.active_to or (date.max if row.organization_id else None)
        if column == self.COL_ORGANIZATION:
            return row.organization_name
        if column == self.COL_STATUS:
            return list(PersonStatus).index(self.status(row))
        return self.display(row, column)

    def tooltip(self, row: PersonRow, column: int) -> str | None:
        if column in (self.COL_ORGANIZATION, self.COL_STATUS) and row.organization_id:
            return f"{row.organization_name} ({row.organization_id})"
        return None

    def search_parts(self, row: PersonRow) -> Iterable[str]:
        return (row.name, row.id, row.organization_name, row.organization_id, row.title,
                row.email, row.phone, *row.languages)
