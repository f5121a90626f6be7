"""The Assignments sheet: each row puts a person on an event, for the whole of it or a shift.

Rows are matched to stored assignments on (Event ID, Person ID, Occurrence, shift start); a match
is an update, anything else is new -- except that a person's one unmatched row and one unmatched
stored assignment on the same event, overlapping in time, are the same shift moved. Only once rows
are matched can the rule say how each stands beside the person's other assignments on the event.

An event the file moves without changing its length (a new start, or a new time zone at the
same wall-clock times) takes its stored shifts with it, as the editor does
(`events.save_event`): they are matched at their moved times, and a shift no row mentions is
written moved too, so no shift is left behind outside its event.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from consularapp.errors import Problem
from consularapp.events import shifts_left_outside
from consularapp.i18n import _
from consularapp.known import AssignmentFacts
from consularapp.staffing import (
    AssignmentInput,
    CleanAssignment,
    assignment_conflicts,
    check_assignment_fields,
)
from consularapp.workbook.cells import Row
from consularapp.workbook.format import FIELD_COLUMNS

if TYPE_CHECKING:
    from consularapp.workbook.importer import Importer

SHEET = "Assignments"
EVENTS = "Events"
Key = tuple[str, str, date | None, datetime | None]  # event, person, occurrence, shift start


def _moves(imp: Importer) -> dict[str, timedelta]:
    """Event ID -> how far the file moves that stored event, for events that keep their length."""
    moves = {}
    for eid, rec in imp.events.items():
        old = imp.db_events.get(eid)
        if old is None:
            continue
        moved = rec["starts_at"] - old["starts_at"]
        if moved and rec["ends_at"] - rec["starts_at"] == old["ends_at"] - old["starts_at"]:
            moves[eid] = moved
    return moves


def _stored(imp: Importer, moves: dict[str, timedelta]
            ) -> dict[Key, tuple[dict[str, Any], timedelta]]:
    """Every stored assignment by its key once its event has moved, with how far it moved."""
    stored = {}
    for (eid, pid, day, starts), old in imp.db_assignments.items():
        # A shift on one occurrence of a series stays on that occurrence's day.
        moved = moves.get(eid) if starts is not None and day is None else None
        if moved:
            stored[eid, pid, day, starts + moved] = (old, moved)
        else:
            stored[eid, pid, day, starts] = (old, timedelta(0))
    return stored


def read(imp: Importer) -> None:
    rows: dict[Key, tuple[Row, CleanAssignment]] = {}
    seen: dict[Key, int] = {}
    for row in imp.rows(SHEET):
        data = AssignmentInput(event_id=row.text("Event ID"), person_id=row.text("Person ID"),
                               role=row.text("Role"), starts=row.wall_clock("Starts"),
                               ends=row.wall_clock("Ends"), notes=row.text("Notes"),
                               occurrence=row.day("Occurrence"))
        if row.failed & {"Starts", "Ends"}:
            row.failed.update({"Starts", "Ends"})  # half a shift read: the other half waits
        verdict = check_assignment_fields(data, imp.known)
        row.report(verdict.problems, FIELD_COLUMNS[SHEET])
        clean = verdict.clean
        if clean is None or row.bad:
            continue  # without its event's times the shift cannot be keyed
        key = (clean.event_id, clean.person_id, clean.occurrence, clean.starts_at)
        if key in seen:
            row.problem("Starts", "row.repeated_assignment",
                        _("the same event, person and start are already on row {row}").format(
                            row=seen[key]), row=seen[key])
            continue
        seen[key] = row.number
        rows[key] = (row, clean)
    stored = _stored(imp, _moves(imp))
    matches = _match(imp, {key: clean for key, (_row, clean) in rows.items()}, stored)
    _check_conflicts(imp, rows, matches, stored)
    for key, (row, clean) in rows.items():
        if row.bad:
            continue
        imp.assignments[key] = {"event_id": clean.event_id, "person_id": clean.person_id,
                                "role": clean.role, "starts_at": clean.starts_at,
                                "ends_at": clean.ends_at, "notes": clean.notes,
                                "occurrence": clean.occurrence}
        imp.assignment_matches[key] = matches[key]
    updated = {id(old) for old in matches.values() if old is not None}
    _check_shifts_kept(imp, stored, updated)
    for key, (old, moved) in stored.items():
        if moved and id(old) not in updated and key not in imp.assignments:
            imp.assignments[key] = {**{f: old[f] for f in ("event_id", "person_id", "role",
                                                           "notes")},
                                    "starts_at": old["starts_at"] + moved,
                                    "ends_at": (old["ends_at"] or old["starts_at"]) + moved,
                                    "occurrence": old.get("occurrence")}
            imp.assignment_matches[key] = old
            imp.carried.add(key)


def _check_shifts_kept(imp: Importer, stored: dict[Key, tuple[dict[str, Any], timedelta]],
                       updated: set[int]) -> None:
    """An event the file lengthens or shortens must keep the stored shifts no row changes
    inside it (the editor's rule, `events.shifts_left_outside`), refused at the Events row."""
    left: dict[str, list[tuple[str, datetime, datetime]]] = defaultdict(list)
    for (eid, pid, day, starts), (old, moved) in stored.items():
        if starts is None or day is not None or moved or id(old) in updated \
                or eid not in imp.events:
            continue
        left[eid].append((imp.known.people.get(pid) or pid, old["starts_at"],
                          old["ends_at"] or old["starts_at"]))
    add = imp.sink(EVENTS)
    for eid, shifts in left.items():
        old_event, new_event = imp.db_events.get(eid), imp.events[eid]
        if old_event is None or eid not in imp.event_rows:
            continue
        number = imp.event_rows[eid]
        for p in shifts_left_outside((old_event["starts_at"], old_event["ends_at"]),
                                     (new_event["starts_at"], new_event["ends_at"]),
                                     new_event["time_zone"], shifts):
            col = FIELD_COLUMNS[EVENTS][p.field]
            where = _("{sheet}, row {row}, {column}").format(sheet=EVENTS, row=number,
                                                            column=col)
            add(Problem(where, p.message, p.code, p.params, p.field), number, col)


def _overlap(a: tuple[datetime, datetime], b: tuple[datetime, datetime]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _span(imp: Importer, event_id: str, starts: datetime | None, ends: datetime | None
          ) -> tuple[datetime, datetime] | None:
    """The real time an assignment covers: its shift, or its whole event."""
    if starts and ends:
        return starts, ends
    facts = imp.known.events.get(event_id)
    return (facts.starts_at, facts.ends_at) if facts else None


def _match(imp: Importer, incoming: dict[Key, CleanAssignment],
           stored: dict[Key, tuple[dict[str, Any], timedelta]]
           ) -> dict[Key, dict[str, Any] | None]:
    """The stored assignment each file row updates (None: a new one).

    A shift whose start was edited in Excel no longer matches; when a person has exactly one
    unmatched stored assignment and one unmatched row on the same event and the two overlap in
    time, they are the same shift, moved (one person cannot work two overlapping shifts of one
    event). A row that does not overlap is another shift, added.
    """
    matched = {key: stored[key][0] if key in stored else None for key in incoming}
    taken = {id(old) for old in matched.values() if old is not None}
    loose_rows: dict[tuple[str, str], list[Key]] = defaultdict(list)
    for key, old in matched.items():
        if old is None:
            loose_rows[key[:2]].append(key)
    loose_db: dict[tuple[str, str], list[tuple[dict[str, Any], timedelta]]] = defaultdict(list)
    for key, (old, moved) in stored.items():
        if id(old) not in taken and key[:2] in loose_rows:
            loose_db[key[:2]].append((old, moved))
    for pair, keys in loose_rows.items():
        if len(keys) == 1 and len(loose_db.get(pair, ())) == 1:
            new, (old, moved) = incoming[keys[0]], loose_db[pair][0]
            new_span = _span(imp, new.event_id, new.starts_at, new.ends_at)
            old_span = _span(imp, old["event_id"],
                             old["starts_at"] and old["starts_at"] + moved,
                             old["ends_at"] and old["ends_at"] + moved)
            if new_span and old_span and _overlap(new_span, old_span):
                matched[keys[0]] = old
    return matched


def _check_conflicts(imp: Importer, rows: dict[Key, tuple[Row, CleanAssignment]],
                     matches: dict[Key, dict[str, Any] | None],
                     stored: dict[Key, tuple[dict[str, Any], timedelta]]) -> None:
    """Each row beside the person's other assignments on the event: the other rows, and the
    stored ones no row updates."""
    def ident(key: Key) -> int:
        old = matches[key]
        return old["id"] if old is not None else -rows[key][0].number

    pairs: dict[tuple[str, str], list[AssignmentFacts]] = defaultdict(list)
    for key in rows:
        pairs[key[:2]].append(AssignmentFacts(ident(key), key[3], key[2]))
    updated = {old["id"] for old in matches.values() if old is not None}
    for (eid, pid, day, starts), (old, _moved) in stored.items():
        if (eid, pid) in pairs and old["id"] not in updated:
            pairs[eid, pid].append(AssignmentFacts(old["id"], starts, day))
    imp.others = pairs
    for key, (row, clean) in rows.items():
        old = matches[key]
        original = None if old is None else CleanAssignment(
            old["event_id"], old["person_id"], old["role"], old["starts_at"], old["ends_at"],
            old["notes"], old.get("occurrence"))
        row.report(assignment_conflicts(clean, imp.known, ident(key), original),
                   FIELD_COLUMNS[SHEET])
