"""Tables of the staffing panel: an event's assignments, the candidates for it, a person's week.

Times are the venue's wall-clock times with the zone's abbreviation, as everywhere in the planner.
What a coordinator weighs about a candidate (at an office taking part? active that day? busy
elsewhere? speaks the needed languages?) is said in words.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from consularapp.labels import language_label
from consularapp.staffing import AssignmentRow, Candidate, WeekEntry
from ui.models.columns import Column, header_text
from ui.models.lrw_labels import (
    CONTEXT,
    COVERED,
    WARNING_SIGN,
    day_text,
    role_label,
    span_text,
    status_label,
    tr,
)
from ui.models.table_model import RowTableModel


def roles_words() -> list[str]:
    """Every role's word (a Role column shows each whole)."""
    from consularapp.models import Role

    return [role_label(r.value) for r in Role]


# --- assignments of one event -------------------------------------------------------------------


def _shift_tooltip(row: AssignmentRow) -> str:
    text = f"{row.when} ({row.time_zone})"
    return tr("Whole event: %1").replace("%1", text) if row.whole_event else text



def _languages(values: Iterable[str]) -> str:
    """'español, mixteco' in the window's language (stored: 'Spanish', 'Mixteco')."""
    return ", ".join(language_label(v) for v in values)

class AssignmentsModel(RowTableModel):
    header_context = CONTEXT
    columns = (
        Column("name", header_text("Name"), lambda r: r.person_name,
               tooltip=lambda r: f"{r.person_name} ({r.person_id})", sample="Rosa Martínez"),
        Column("role", header_text("Role"), lambda r: role_label(r.role), words=roles_words),
        Column("shift", header_text("Shift"), "shift_text",
               sort=lambda r: r.starts.replace(tzinfo=None), tooltip=_shift_tooltip,
               sample="00:00–00:00 MMM"),
        Column("languages", header_text("Languages"), lambda r: _languages(r.languages),
               sample="English, Spanish", stretch=True),
    )

    def shift_text(self, row: AssignmentRow) -> str:
        return tr("whole event") if row.whole_event else span_text(row.starts, row.ends)

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


def _candidate_name_tooltip(row: CandidateRow) -> str:
    c = row.candidate
    return f"{c.name} ({c.person_id})" + (f" — {c.title}" if c.title else "")


def _candidate_rank(row: CandidateRow) -> tuple[bool, ...]:
    c = row.candidate
    return (c.already_assigned, not c.at_event_office, not c.active, bool(c.busy_with))


class CandidatesModel(RowTableModel):
    header_context = CONTEXT
    columns = (
        Column("name", header_text("Name"), lambda r: r.candidate.name,
               tooltip=_candidate_name_tooltip, sample="Rosa Martínez"),
        Column("organization", header_text("Organization"),
               lambda r: r.candidate.organization_name or r.candidate.organization_id,
               sample="WHD Chicago District Office"),
        Column("languages", header_text("Languages"), lambda r: _languages(r.candidate.languages),
               sample="English, Spanish"),
        Column("speaks", header_text("Speaks needed"),
               lambda r: ", ".join(f"{language_label(lang)} {COVERED}"
                                  for lang in r.candidate.speaks_needed),
               sort=lambda r: len(r.candidate.speaks_needed), sample="Spanish ✔"),
        Column("notes", header_text("Notes"), lambda r: candidate_notes(r.candidate),
               sort=_candidate_rank, tooltip=lambda r: candidate_notes(r.candidate),
               stretch=True),
    )

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
    header_context = CONTEXT
    columns = (
        Column("day", header_text("Day"), lambda r: day_text(r.entry.day),
               sort=lambda r: r.entry.day, sample="Wed 00 Sep"),
        # Real-time order across zones.
        Column("time", header_text("Time at the venue"), "time_text",
               sort=lambda r: r.entry.starts,
               tooltip=lambda r: f"{r.entry.when} ({r.entry.time_zone})",
               sample="00:00–00:00 MMM (shift)"),
        Column("event", header_text("Event"),
               lambda r: f"{r.entry.shown_title()} ({r.entry.event_id})",
               sample="Information table (LRW2027-DEN-TABLING)"),
        Column("role", header_text("Role"), lambda r: role_label(r.entry.role),
               words=roles_words),
        Column("venue", header_text("Venue"), lambda r: r.entry.venue,
               tooltip=lambda r: r.entry.address or None, sample="Consulate of Mexico"),
        Column("status", header_text("Status"), lambda r: status_label(r.entry.status),
               sample="Confirmed"),
        Column("note", header_text("Note"), "note", stretch=True),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.overlaps: dict[int, list[str]] = {}

    def set_entries(self, entries: Iterable[WeekEntry]) -> None:
        entries = list(entries)
        self.overlaps = overlaps(entries)
        self.set_rows([WeekRow(str(e.assignment_id), e) for e in entries])

    def note(self, row: WeekRow) -> str:
        others = self.overlaps.get(row.entry.assignment_id)
        if not others:
            return ""
        return f"{WARNING_SIGN} " + tr("overlaps %1").replace("%1", ", ".join(others))

    def time_text(self, row: WeekRow) -> str:
        e = row.entry
        text = span_text(e.starts, e.ends)
        return text if e.whole_event else tr("%1 (shift)").replace("%1", text)

    def search_parts(self, row: WeekRow) -> Iterable[str]:
        e = row.entry
        return (e.title, e.event_id, e.venue, e.role)
