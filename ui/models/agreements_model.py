"""The Agreements table: one agreement per row with its parties and computed status.

Rows are frozen `AgreementRow`s built from the core's `compute_statuses` plus the directory's
office and consulate names, so a row compares equal to itself after a reload and the page can
update just the rows whose status moved (a signed renewal supersedes another row).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from consularapp.agreements import AgreementStatus, Status, StatusSettings, compute_statuses
from consularapp.db import Database
from consularapp.directory import ConsulateRow, OfficeRow, list_consulates, list_offices
from ui import colours
from ui.models.agreement_labels import (
    date_text,
    days_left_text,
    kind_label,
    kind_short,
    no_sunset_text,
    state_label,
    status_colour,
    status_meaning,
    status_rank,
    status_text,
    status_word,
)
from ui.models.table_model import RowTableModel

Index = QModelIndex | QPersistentModelIndex


def consulate_short(row: ConsulateRow | Any) -> str:
    """'MX Phoenix': country code and city, for narrow headers and lists."""
    code = getattr(row, "country_code", None) or getattr(row, "country", "")
    return f"{code} {row.city}".strip()


@dataclass(frozen=True)
class AgreementRow:
    """An agreement as the table shows it, on the day the page was loaded."""

    id: str
    kind: str
    state: str
    status: Status
    days_left: int | None
    signed_on: date | None
    effective_on: date | None
    expires_on: date | None  # last day in force; None when open-ended or not yet known
    terminated_on: date | None
    renews_id: str | None
    renewed_by: str | None
    next_review: date | None
    office_ids: tuple[str, ...]
    office_names: tuple[str, ...]
    consulate_ids: tuple[str, ...]
    consulate_names: tuple[str, ...]
    consulate_short: tuple[str, ...]
    agencies: tuple[str, ...]
    regions: tuple[tuple[str, str], ...]  # (agency, region) of each office
    states: tuple[str, ...]  # US states of the offices
    us_signatory_id: str | None
    consular_signatory_id: str | None
    notes: str

    @property
    def open_ended(self) -> bool:
        return self.status is Status.OPEN_ENDED

    def parties_text(self) -> str:
        return f"{'; '.join(self.office_names)} — {'; '.join(self.consulate_names)}"


def make_rows(
    statuses: Iterable[AgreementStatus],
    offices: dict[str, OfficeRow],
    consulates: dict[str, ConsulateRow],
) -> list[AgreementRow]:
    rows = []
    for a in statuses:
        office_rows = [offices.get(o) for o in a.office_ids]
        consulate_rows = [consulates.get(c) for c in a.consulate_ids]
        rows.append(AgreementRow(
            id=a.id,
            kind=a.kind,
            state=a.state,
            status=a.status,
            days_left=a.days_left,
            signed_on=a.signed_on,
            effective_on=a.effective_on,
            expires_on=a.expires_on,
            terminated_on=a.terminated_on,
            renews_id=a.renews_id,
            renewed_by=a.renewed_by,
            next_review=a.next_review,
            office_ids=tuple(a.office_ids),
            office_names=tuple(o.name if o else oid
                               for o, oid in zip(office_rows, a.office_ids, strict=True)),
            consulate_ids=tuple(a.consulate_ids),
            consulate_names=tuple(c.name if c else cid
                                  for c, cid in zip(consulate_rows, a.consulate_ids, strict=True)),
            consulate_short=tuple(consulate_short(c) if c else cid
                                  for c, cid in zip(consulate_rows, a.consulate_ids, strict=True)),
            agencies=tuple(sorted({o.agency_code for o in office_rows if o})),
            regions=tuple(sorted({(o.agency_code, o.region) for o in office_rows
                                  if o and o.region})),
            states=tuple(sorted({o.state for o in office_rows if o and o.state})),
            us_signatory_id=a.us_signatory_id,
            consular_signatory_id=a.consular_signatory_id,
            notes=a.notes or "",
        ))
    return rows


def load_rows(
    db: Database, as_of: date, settings: StatusSettings
) -> tuple[list[AgreementRow], dict[str, OfficeRow], dict[str, ConsulateRow]]:
    """Every agreement as rows, and the offices and consulates they were named from."""
    offices = {o.id: o for o in list_offices(db)}
    consulates = {c.id: c for c in list_consulates(db)}
    rows = make_rows(compute_statuses(db, as_of, settings), offices, consulates)
    return rows, offices, consulates


class AgreementsModel(RowTableModel):
    COL_ID = 0
    COL_KIND = 1
    COL_OFFICES = 2
    COL_CONSULATES = 3
    COL_STATUS = 4
    COL_DAYS = 5
    COL_EFFECTIVE = 6
    COL_EXPIRES = 7
    COL_RENEWED_BY = 8
    COL_RENEWS = 9
    COLUMN_COUNT = 10

    def headers(self) -> list[str]:
        tr = self.tr
        return [tr("ID"), tr("Kind"), tr("Offices"), tr("Consulates"), tr("Status"),
                tr("Days left"), tr("Effective"), tr("Expires"), tr("Renewed by"), tr("Renews")]

    def expires_text(self, row: AgreementRow) -> str:
        if row.open_ended:
            return no_sunset_text()
        if row.status is Status.TERMINATED and row.terminated_on:
            # Ended early: the day it ended, not the term it never reached.
            return self.tr("ended %1").replace("%1", row.terminated_on.isoformat())
        return date_text(row.expires_on)

    def display(self, row: AgreementRow, column: int) -> str:
        if column == self.COL_ID:
            return row.id
        if column == self.COL_KIND:
            return kind_short(row.kind)
        if column == self.COL_OFFICES:
            return "; ".join(row.office_names)
        if column == self.COL_CONSULATES:
            return "; ".join(row.consulate_short)  # 'MX Phoenix'; full names in the tooltip
        if column == self.COL_STATUS:
            return status_text(row.status)
        if column == self.COL_DAYS:
            return days_left_text(row.days_left)
        if column == self.COL_EFFECTIVE:
            return date_text(row.effective_on)
        if column == self.COL_EXPIRES:
            return self.expires_text(row)
        if column == self.COL_RENEWED_BY:
            return row.renewed_by or ""
        if column == self.COL_RENEWS:
            return row.renews_id or ""
        return ""

    def sort_value(self, row: AgreementRow, column: int) -> Any:
        if column == self.COL_STATUS:
            return (status_rank(row.status), row.days_left if row.days_left is not None else 10**6)
        if column == self.COL_DAYS:
            return row.days_left
        if column == self.COL_EFFECTIVE:
            return row.effective_on
        if column == self.COL_EXPIRES:
            if row.status is Status.TERMINATED and row.terminated_on:
                return row.terminated_on
            return date.max if row.open_ended else row.expires_on
        if column == self.COL_KIND:
            return kind_label(row.kind)
        return self.display(row, column)

    def tooltip(self, row: AgreementRow, column: int) -> str | None:
        tr = self.tr
        if column in (self.COL_STATUS, self.COL_DAYS, self.COL_EXPIRES):
            text = f"{status_word(row.status)}: {status_meaning(row.status)}"
            if row.expires_on and not row.open_ended:
                text += "\n" + tr("Last day in force: %1").replace("%1", row.expires_on.isoformat())
            if row.next_review:
                text += "\n" + tr("Next periodic review: %1").replace(
                    "%1", row.next_review.isoformat())
            if row.renewed_by:
                text += "\n" + tr("Renewed by %1").replace("%1", row.renewed_by)
            return text
        if column == self.COL_KIND:
            return f"{kind_label(row.kind)} ({state_label(row.state)})"
        if column == self.COL_OFFICES:
            return "\n".join(f"{n} ({i})" for n, i in
                             zip(row.office_names, row.office_ids, strict=True))
        if column == self.COL_CONSULATES:
            return "\n".join(f"{n} ({i})" for n, i in
                             zip(row.consulate_names, row.consulate_ids, strict=True))
        return None

    def accessible_row_text(self, row: AgreementRow) -> str:
        return f"{row.id}, {status_word(row.status)}"

    def search_parts(self, row: AgreementRow) -> Iterable[str]:
        return (row.id, kind_label(row.kind), kind_short(row.kind), status_word(row.status),
                *row.office_names, *row.office_ids, *row.consulate_names, *row.consulate_ids,
                *row.consulate_short, *row.agencies, *(r for _a, r in row.regions),
                row.renews_id or "", row.renewed_by or "", row.notes)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == self.COL_STATUS and role in (
            Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole
        ):
            if index.row() >= self.rowCount() or colours.high_contrast():
                return None  # high contrast: the palette's text on its base
            row: AgreementRow = self.row(index.row())
            if role == Qt.ItemDataRole.BackgroundRole:
                return status_colour(row.status)
            return QColor(colours.CELL_TEXT)  # dark text on the light status colour, any theme
        if role == Qt.ItemDataRole.AccessibleTextRole and index.isValid() and (
            index.column() == self.COL_DAYS and index.row() < self.rowCount()
        ):
            row = self.row(index.row())
            return self.display(row, index.column()) or self.tr("no days left to count")
        return super().data(index, role)

