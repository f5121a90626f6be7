"""Tables of the staffing panel: an event's assignments, the candidates for it, a person's week.

Times are the venue's wall-clock times with the zone's abbreviation, as everywhere in the planner.
What a coordinator weighs about a candidate (at an office taking part? active that day? busy
elsewhere? speaks the needed languages?) is said in words.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from consularapp.staffing import AssignmentRow, Candidate, WeekEntry
from ui.models.lrw_labels import (
    COVERED,
    WARNING_SIGN,
    day_text,
    role_label,
    span_text,
    status_label,
    tr,
)
from ui.models.table_model import RowTableModel

# --- assignments of one event -------------------------------------------------------------------


class AssignmentsModel(RowTableModel):
    COL_NAME = 0
    COL_ROLE = 1
    COL_SHIFT = 2
    COL_LANGUAGES = 3
    COLUMN_COUNT = 4

    def headers(self) -> list[str]:
        return [tr("Name"), tr("Role"), tr("Shift"), tr("Languages")]

    def shift_text(self, row: AssignmentRow) -> str:
        return tr("whole event") if row.whole_event else span_text(row.starts, row.ends)

    def display(self, row: AssignmentRow, column: int) -> str:
        if column == self.COL_NAME:
            return row.person_name
        if column == self.COL_ROLE:
            return role_label(row.role)
        if column == self.COL_SHIFT:
            return self.shift_text(row)
        if column == self.COL_LANGUAGES:
            return ", ".join(row.languages)
        return ""

    def sort_value(self, row: AssignmentRow, column: int) -> Any:
        if column == self.COL_SHIFT:
            return row.starts.replace(tzinfo=None)
        return self.display(row, column)

    def tooltip(self, row: AssignmentRow, column: int) -> str | None:
        if column == self.COL_NAME:
            return f"{row.person_name} ({row.person_id})"
        if column == self.COL_SHIFT:
            text = f"{row.when} ({row.time_zone})"
            return tr("Whole event: %1").replace("%1", text) if row.whole_event else text
        return None

    def search_parts(self, row: AssignmentRow) -> Iterable[str]:
        return (row.person_name, row.person_id, row.role, *row.languages)


# --- candidates ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class CandidateRow:
    id: str  # person ID
    candidate: Candidate


def candidate_notes(c: Candidate) -> str:
    """What to weigh, in words: 'at an office taking part; busy: LRW2027-007'."""
    notes = []
    if c.already_assigned:
        notes.append(tr("already on this event"))
    if c.at_event_office:
        notes.append(tr("at an office taking part"))
    elif c.active:
        notes.append(tr("not at an office taking part"))
    else:
        notes.append(tr("no membership in force that day"))
    if c.busy_with:
        notes.append(tr("busy at the same time: %1").replace("%1", ", ".join(c.busy_with)))
    return "; ".join(notes)


class CandidatesModel(RowTableModel):
    COL_NAME = 0
    COL_ORGANIZATION = 1
    COL_LANGUAGES = 2
    COL_SPEAKS = 3
    COL_NOTES = 4
    COLUMN_COUNT = 5

    def headers(self) -> list[str]:
        return [tr("Name"), tr("Organization"), tr("Languages"), tr("Speaks needed"),
                tr("Notes")]

    def display(self, row: CandidateRow, column: int) -> str:
        c = row.candidate
        if column == self.COL_NAME:
            return c.name
        if column == self.COL_ORGANIZATION:
            return c.organization_name or c.organization_id
        if column == self.COL_LANGUAGES:
            return ", ".join(c.languages)
        if column == self.COL_SPEAKS:
            return ", ".join(f"{lang} {COVERED}" for lang in c.speaks_needed)
        if column == self.COL_NOTES:
            return candidate_notes(c)
        return ""

    def sort_value(self, row: CandidateRow, column: int) -> Any:
        c = row.candidate
        if column == self.COL_SPEAKS:
            return len(c.speaks_needed)
        if column == self.COL_NOTES:
            return (c.already_assigned, not c.at_event_office, not c.active, bool(c.busy_with))
        return self.display(row, column)

    def tooltip(self, row: CandidateRow, column: int) -> str | None:
        c = row.candidate
        if column == self.COL_NAME:
            return f"{c.name} ({c.person_id})" + (f" — {c.title}" if c.title else "")
        if column == self.COL_NOTES:
            return candidate_notes(c)
        return None

    def search_parts(self, row: CandidateRow) -> Iterable[str]:
        c = row.candidate
        return (c.name, c.person_id, c.organization_name, c.organization_id, c.title,
                *c.languages)


# --- a person's week ----------------------------------------------------------------------------


@dataclass(frozen=True)
class WeekRow:
    id: str  # assignment ID as text
    entry: WeekEntry


def overlaps(entries: Iterable[WeekEntry]) -> dict[int, list[str]]:
    """Assignment ID -> the other events it overlaps in real time (across zones); cancelled
    events block no time. Back to back is not an overlap."""
    live = sorted((e for e in entries if e.status != "cancelled"), key=lambda e: e.starts)
    found: dict[int, list[str]] = {}
    for n, a in enumerate(live):
        for b in live[n + 1:]:
            if b.starts >= a.ends:
                break
            if b.event_id != a.event_id:
                found.setdefault(a.assignment_id, []).append(b.event_id)
                found.setdefault(b.assignment_id, []).append(a.event_id)
    return found


class PersonWeekModel(RowTableModel):
    COL_DAY = 0
    COL_TIME = 1
    COL_EVENT = 2
    COL_ROLE = 3
    COL_VENUE = 4
    COL_STATUS = 5
    COL_NOTE = 6
    COLUMN_COUNT = 7

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.overlaps: dict[int, list[str]] = {}

    def set_entries(self, entries: Iterable[WeekEntry]) -> None:
        entries = list(entries)
        self.overlaps = overlaps(entries)
        self.set_rows([WeekRow(str(e.assignment_id), e) for e in entries])

    def headers(self) -> list[str]:
        return [tr("Day"), tr("Time at the venue"), tr("Event"), tr("Role"), tr("Venue"),
                tr("Status"), tr("Note")]

    def note(self, row: WeekRow) -> str:
        others = self.overlaps.get(row.entry.assignment_id)
        if not others:
            return ""
        return f"{WARNING_SIGN} " + tr("overlaps %1").replace("%1", ", ".join(others))

    def display(self, row: WeekRow, column: int) -> str:
        e = row.entry
        if column == self.COL_DAY:
            return day_text(e.day)
        if column == self.COL_TIME:
            text = span_text(e.starts, e.ends)
            return text if e.whole_event else tr("%1 (shift)").replace("%1", text)
        if column == self.COL_EVENT:
            return f"{e.title} ({e.event_id})"
        if column == self.COL_ROLE:
            return role_label(e.role)
        if column == self.COL_VENUE:
            return e.venue
        if column == self.COL_STATUS:
            return status_label(e.status)
        if column == self.COL_NOTE:
            return self.note(row)
        return ""

    def sort_value(self, row: WeekRow, column: int) -> Any:
        e = row.entry
        if column == self.COL_DAY:
            return e.day
        if column == self.COL_TIME:
            return e.starts  # real time order across zones
        return self.display(row, column)

    def tooltip(self, row: WeekRow, column: int) -> str | None:
        e = row.entry
        if column == self.COL_TIME:
            return f"{e.when} ({e.time_zone})"
        if column == self.COL_VENUE and e.address:
            return e.address
        return None

    def search_parts(self, row: WeekRow) -> Iterable[str]:
        e = row.entry
        return (e.title, e.event_id, e.venue, e.role)
