"""The events of a campaign as a table: one event per row, times at the venue.

Needs against coverage are said in words ("2 of 3", "Spanish ✔, K'iche' ✖"), a cancelled event
says "Cancelled" and is struck through; colour is never the only sign. The sort role gives native
values: days as dates, times as the local wall-clock time, counts as numbers.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from consularapp.events import EventRow
from consularapp.labels import language_label
from consularapp.models import EventStatus
from ui.models.lrw_labels import (
    COVERED,
    MISSING,
    day_text,
    format_label,
    ntr,
    span_text,
    status_label,
    tr,
)
from ui.models.table_model import RowTableModel

_STATUS_ORDER = {s.value: n for n, s in enumerate(EventStatus)}


def staff_text(row: EventRow) -> str:
    """'2 of 3' (assigned of needed); '2' when no number is asked."""
    if row.staff_needed:
        return tr("%1 of %2").replace("%1", str(row.assigned_count)).replace(
            "%2", str(row.staff_needed))
    return str(row.assigned_count)


def staff_sentence(row: EventRow) -> str:
    """'Staff: 2 of 3 — 1 open' / 'Staff: 3 of 3 — complete' / 'Staff: 2 assigned (no number
    asked)'."""
    if not row.staff_needed:
        return tr("Staff: %1 assigned (no number asked)").replace("%1", str(row.assigned_count))
    base = tr("Staff: %1 of %2").replace("%1", str(row.assigned_count)).replace(
        "%2", str(row.staff_needed))
    if row.short_by:
        return base + " — " + ntr("%n open", row.short_by)
    return base + " — " + tr("complete")


def languages_text(row: EventRow) -> str:
    """'Spanish ✔, K'iche' ✖' for the languages the event needs; '' when it needs none."""
    covered = {lang.casefold() for lang in row.covered_languages}
    return ", ".join(
        f"{language_label(lang)} {COVERED if lang.casefold() in covered else MISSING}"
        for lang in row.languages_needed
    )


def languages_sentence(row: EventRow) -> str:
    """'Languages needed: Spanish ✔ covered, K'iche' ✖ not covered'."""
    if not row.languages_needed:
        return tr("Languages needed: none stated")
    covered = {lang.casefold() for lang in row.covered_languages}
    parts = [
        f"{language_label(lang)} {COVERED} " + tr("covered") if lang.casefold() in covered
        else f"{language_label(lang)} {MISSING} " + tr("not covered")
        for lang in row.languages_needed
    ]
    return tr("Languages needed: %1").replace("%1", ", ".join(parts))


OUTCOME_MISSING, OUTCOME_RECORDED = "✎", "✔"


def outcome_text(row: EventRow) -> str:
    """'✎ missing' for a past event without outcomes, '✔ recorded', '' otherwise."""
    from datetime import UTC, datetime, time

    from ui import clock

    now = datetime.combine(clock.today(), time(0), UTC)
    if row.lacks_outcome(now):
        return f"{OUTCOME_MISSING} " + tr("missing")
    if row.has_outcome:
        return f"{OUTCOME_RECORDED} " + tr("recorded")
    return ""


class EventsModel(RowTableModel):
    # What planning needs first (status, staff, languages, problems), then where and who.
    COL_ID = 0
    COL_DAY = 1
    COL_TIME = 2
    COL_TITLE = 3
    COL_STATUS = 4
    COL_STAFF = 5
    COL_LANGUAGES = 6
    COL_CONFLICTS = 7
    COL_FORMAT = 8
    COL_VENUE = 9
    COL_HOST = 10
    COL_OFFICES = 11
    COL_OUTCOME = 12
    COLUMN_COUNT = 13

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.conflicts: dict[str, int] = {}
        self.conflict_messages: dict[str, list[str]] = {}

    def headers(self) -> list[str]:
        return [tr("ID"), tr("Day"), tr("Time at the venue"), tr("Title"), tr("Status"),
                tr("Staff"), tr("Languages needed"), tr("Problems"), tr("Format"), tr("Venue"),
                tr("Host consulate"), tr("Offices"), tr("Outcome")]

    def set_conflicts(self, counts: Mapping[str, int],
                      messages: Mapping[str, list[str]] | None = None) -> None:
        """Open problems per event; only the Problems column is repainted."""
        self.conflicts = dict(counts)
        self.conflict_messages = dict(messages or {})
        if self.rowCount():
            self.dataChanged.emit(self.index(0, self.COL_CONFLICTS),
                                  self.index(self.rowCount() - 1, self.COL_CONFLICTS))

    def display(self, row: EventRow, column: int) -> str:
        if column == self.COL_ID:
            return row.id
        if column == self.COL_DAY:
            return day_text(row.local_day)
        if column == self.COL_TIME:
            return span_text(row.starts, row.ends)
        if column == self.COL_TITLE:
            return row.shown_title()
        if column == self.COL_FORMAT:
            return format_label(row.format)
        if column == self.COL_VENUE:
            return row.shown_venue()
        if column == self.COL_HOST:
            return row.host_name or row.host_consulate_id
        if column == self.COL_OFFICES:
            return ", ".join(row.office_ids)
        if column == self.COL_STAFF:
            return staff_text(row)
        if column == self.COL_LANGUAGES:
            return languages_text(row)
        if column == self.COL_STATUS:
            return status_label(row.status)
        if column == self.COL_CONFLICTS:
            n = self.conflicts.get(row.id, 0)
            return str(n) if n else ""
        if column == self.COL_OUTCOME:
            return outcome_text(row)
        return ""

    def sort_value(self, row: EventRow, column: int) -> Any:
        if column == self.COL_DAY:
            return (row.local_day, row.starts.replace(tzinfo=None).time())
        if column == self.COL_TIME:
            # The wall-clock time at the venue, as shown (09:00 MST sorts with 09:00 CDT).
            return (row.starts.replace(tzinfo=None), row.ends.replace(tzinfo=None))
        if column == self.COL_STAFF:
            return (row.short_by, row.assigned_count)
        if column == self.COL_LANGUAGES:
            return (len(row.missing_languages), len(row.languages_needed))
        if column == self.COL_STATUS:
            return _STATUS_ORDER.get(row.status, 99)
        if column == self.COL_CONFLICTS:
            return self.conflicts.get(row.id, 0)
        return self.display(row, column)

    def tooltip(self, row: EventRow, column: int) -> str | None:
        if column == self.COL_TIME:
            return f"{row.when} ({row.time_zone})"
        if column == self.COL_STAFF:
            return staff_sentence(row)
        if column == self.COL_LANGUAGES:
            return languages_sentence(row)
        if column == self.COL_CONFLICTS:
            messages = self.conflict_messages.get(row.id)
            return "\n".join(f"• {m}" for m in messages) if messages else None
        if column == self.COL_TITLE and row.title_es:
            # The title in the other language: the Spanish window shows the Spanish one.
            if row.shown_title() == row.title_es:
                return tr("English: %1").replace("%1", row.title)
            return tr("Spanish: %1").replace("%1", row.title_es)
        if column == self.COL_STATUS and row.cancelled:
            return tr("Cancelled: kept in the schedule so partners are told.")
        return None

    def search_parts(self, row: EventRow) -> Iterable[str]:
        return (row.id, row.title, row.title_es, row.venue, row.address, row.host_name,
                row.host_consulate_id, format_label(row.format), row.format, *row.office_ids,
                *row.languages, *row.languages_needed, *row.topics, row.time_zone,
                row.zone_abbreviation)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.FontRole and index.isValid():
            row: EventRow = self.row(index.row())
            if row.cancelled:
                font = QFont()
                font.setStrikeOut(True)
                return font
            return None
        if role == Qt.ItemDataRole.AccessibleTextRole and index.isValid():
            text = super().data(index, Qt.ItemDataRole.DisplayRole)
            if index.column() == self.COL_TITLE and self.row(index.row()).cancelled:
                return tr("%1 (cancelled)").replace("%1", str(text))
            return text
        return super().data(index, role)
