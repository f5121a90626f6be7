"""Undo and redo of edits: each step remembers its records before and after, and goes back
through the same services (and rules) as any edit.

A step covers the records one edit touched, as (table, ID) keys: offices, consulates, people
(with their memberships), agreements, campaigns and events (each event with its staff
assignments, so a delete that took the assignments along gives them back). `capture` reads their
state as the editors' own inputs (`OfficeInput`, `EventSnapshot`, ...; None for a record that
does not exist); `restore` makes the database match a captured state in one write, so an undo is
all or nothing.

An undo is refused, with a sentence, when a record of the step has changed since (another window,
an import, the command line): it would silently throw that work away. The step is then dropped.
Records come back under their old IDs, an assignment too when its ID is free, so calendar UIDs
stay; a recreated event or shift continues above the calendar sequence partners may have seen.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import select

from consularapp import agreements, campaigns, directory, events, partners, staffing
from consularapp.changes import (
    AGREEMENT,
    ASSIGNMENT,
    CAMPAIGN,
    CONSULATE,
    EVENT,
    KINDS,
    OFFICE,
    PARTNER,
    PERSON,
    Change,
)
from consularapp.db import Database
from consularapp.errors import ConsularError, NotFoundError
from consularapp.i18n import _
from consularapp.models import Assignment
from consularapp.writes import write

Key = tuple[str, str]  # (table, record ID)
State = dict[Key, Any]  # key -> captured input, None when the record does not exist

#: Tables whose records an undo step can restore, in the order records are created.
UNDOABLE: tuple[str, ...] = (OFFICE, CONSULATE, PARTNER, PERSON, CAMPAIGN, AGREEMENT, EVENT)


class UndoRefused(ConsularError):
    """The step cannot be undone (or redone) as it stands; it has been dropped."""


@dataclass(frozen=True)
class EventSnapshot:
    """An event as its editor shows it, with its staff assignments (ID -> assignment)."""

    event: events.EventInput
    assignments: tuple[tuple[int, staffing.AssignmentInput], ...] = ()


@dataclass
class Step:
    """One undoable edit: its label ('Edit office WHD-CHICAGO') and its records before/after."""

    label: str
    before: State
    after: State = field(default_factory=dict)

    def keys(self) -> set[Key]:
        return set(self.before) | set(self.after)


# --- reading a state ---------------------------------------------------------------------------


def _read(db: Database, key: Key) -> Any:
    table, record_id = key
    try:
        if table == OFFICE:
            return directory.get_office(db, record_id)
        if table == CONSULATE:
            return directory.get_consulate(db, record_id)
        if table == PARTNER:
            return partners.get_partner(db, record_id)
        if table == PERSON:
            return directory.get_person(db, record_id)
        if table == AGREEMENT:
            return agreements.get_agreement(db, record_id)
        if table == CAMPAIGN:
            return campaigns.get_campaign(db, int(record_id))
        if table == EVENT:
            event = events.get_event(db, record_id)
            return EventSnapshot(event, tuple(staffing.event_assignments(db, record_id)))
    except NotFoundError:
        return None
    raise ValueError(f"{table} records are not undoable")


def capture(db: Database, keys: Iterable[Key]) -> State:
    """The current state of each record (None where it does not exist)."""
    return {key: _read(db, key) for key in keys if key[0] in UNDOABLE}


def keys_of(db: Database, change: Change) -> set[Key]:
    """The undoable records a Change names; an assignment counts as its event."""
    keys: set[Key] = set()
    assignment_ids: set[int] = set()
    for what in KINDS:
        for table, ids in getattr(change, what).items():
            if table in UNDOABLE:
                keys |= {(table, record_id) for record_id in ids}
            elif table == ASSIGNMENT:
                assignment_ids |= {int(i) for i in ids if str(i).isdigit()}
    if assignment_ids:
        with db.session() as s:
            for event_id in s.scalars(select(Assignment.event_id).where(
                    Assignment.id.in_(assignment_ids))):
                keys.add((EVENT, event_id))
    return keys


def event_key_of_assignment(db: Database, assignment_id: int) -> Key | None:
    with db.session() as s:
        event_id = s.scalar(select(Assignment.event_id).where(Assignment.id == assignment_id))
    return None if event_id is None else (EVENT, event_id)


# --- making the database match a state ---------------------------------------------------------


def same(current: Any, expected: Any) -> bool:
    """Equal as the user sees it (an event's or shift's calendar sequence and the records'
    versions aside)."""
    if isinstance(current, EventSnapshot) and isinstance(expected, EventSnapshot):
        return (replace(current.event, sequence=0, version=None)
                == replace(expected.event, sequence=0, version=None)
                and [(i, replace(a, sequence=0, version=None)) for i, a in current.assignments]
                == [(i, replace(a, sequence=0, version=None)) for i, a in expected.assignments])
    if current is None or expected is None:
        return current is expected
    return bool(replace(current, version=None) == replace(expected, version=None))


def based_on_current(data: Any, current: Any) -> Any:
    """`data` to save over `current`: based on the version stored now, which `changed_since`
    has just found unchanged since the step (the save would otherwise be refused as stale)."""
    if current is None or data is None:
        return data
    if isinstance(data, EventSnapshot) and isinstance(current, EventSnapshot):
        versions = {i: a.version for i, a in current.assignments}
        return EventSnapshot(
            replace(data.event, version=current.event.version),
            tuple((i, replace(a, version=versions.get(i))) for i, a in data.assignments))
    return replace(data, version=current.version)


def changed_since(db: Database, expected: State) -> list[Key]:
    """The records whose current state is no longer `expected`."""
    current = capture(db, expected)
    return [key for key in expected if not same(current[key], expected[key])]


def _rename_pairs(current: State, target: State) -> dict[Key, Key]:
    """Target key -> current key, where a record must get back another ID (an ID edit undone).

    One record of a table to create and one of the same table to remove: the one being removed
    is renamed into the one wanted, so what refers to it follows (the services cascade IDs).
    """
    pairs: dict[Key, Key] = {}
    for table in (OFFICE, CONSULATE, PARTNER, PERSON, AGREEMENT):
        to_create = [k for k in target if k[0] == table and target[k] is not None
                     and current.get(k) is None]
        to_remove = [k for k in target if k[0] == table and target[k] is None
                     and current.get(k) is not None]
        if len(to_create) == 1 and len(to_remove) == 1:
            pairs[to_create[0]] = to_remove[0]
    return pairs


_SAVE = {
    OFFICE: directory.save_office,
    CONSULATE: directory.save_consulate,
    PARTNER: partners.save_partner,
    PERSON: directory.save_person,
    AGREEMENT: agreements.save_agreement,
}
_DELETE = {
    OFFICE: directory.delete_office,
    CONSULATE: directory.delete_consulate,
    PARTNER: partners.delete_partner,
    PERSON: directory.delete_person,
    AGREEMENT: agreements.delete_agreement,
    EVENT: events.delete_event,
}


def _save(db: Database, key: Key, data: Any, exists: bool, original: str | None = None) -> None:
    table, record_id = key
    if table in _SAVE:
        _SAVE[table](db, data, (original or record_id) if exists else None)
    elif table == CAMPAIGN:
        campaigns.save_campaign(db, data, int(record_id) if exists else None)
    elif table == EVENT:
        _restore_event(db, data, exists)


def _restore_event(db: Database, snap: EventSnapshot, exists: bool) -> None:
    """The event as it was, then exactly its assignments as they were."""
    events.save_event(db, snap.event, snap.event.id if exists else None)
    wanted = dict(snap.assignments)
    stored = dict(staffing.event_assignments(db, snap.event.id))
    for assignment_id in sorted(stored.keys() - wanted.keys()):
        staffing.remove_assignment(db, assignment_id)
    for assignment_id, data in sorted(wanted.items()):
        if assignment_id not in stored:
            staffing.assign(db, data, assignment_id=assignment_id)
        elif replace(stored[assignment_id], sequence=0) != replace(data, sequence=0):
            staffing.update_assignment(db, assignment_id, data)


def _delete(db: Database, key: Key) -> None:
    table, record_id = key
    if table == CAMPAIGN:
        campaigns.delete_campaign(db, int(record_id))
    else:
        _DELETE[table](db, record_id)


def restore(db: Database, target: Mapping[Key, Any], operation: str | None = None) -> Change:
    """Make each record of `target` what it says (None: gone), in one write; returns the Change.

    Records are created parents first and deleted children first; services check every rule, so
    a state that no longer fits (its office deleted since, say) is refused as an edit would be.
    """
    target = {k: v for k, v in target.items() if k[0] in UNDOABLE}
    current = capture(db, target)
    renames = _rename_pairs(current, dict(target))
    renamed_from = set(renames.values())
    order = {table: n for n, table in enumerate(UNDOABLE)}
    with write(db, operation=operation) as w:
        for key in sorted(target, key=lambda k: (order[k[0]], k[1])):
            data = target[key]
            if data is None or same(current[key], data):
                continue
            data = based_on_current(data, current.get(renames.get(key, key)))
            if key in renames:
                _save(db, key, data, True, original=renames[key][1])
            else:
                _save(db, key, data, current[key] is not None)
        for key in sorted(target, key=lambda k: (-order[k[0]], k[1])):
            if target[key] is None and current[key] is not None and key not in renamed_from:
                _delete(db, key)
    return w.change


def undo(db: Database, step: Step) -> Change:
    """Put the step's records back as they were before it; refused if they changed since."""
    return _apply(db, step, step.after, step.before, _("Undo"))


def redo(db: Database, step: Step) -> Change:
    """Do the step again (after an undo); refused if its records changed since the undo."""
    return _apply(db, step, step.before, step.after, _("Redo"))


def _apply(db: Database, step: Step, expected: State, target: State, what: str) -> Change:
    moved = changed_since(db, expected)
    if moved:
        names = ", ".join(f"{table} {record_id}" for table, record_id in sorted(moved)[:3])
        raise UndoRefused(_(
            "{what} of “{label}” is not possible: {records} changed since. Nothing was "
            "changed; edit the record instead."
        ).format(what=what, label=step.label, records=names))
    change = restore(db, target, "undo" if target is step.before else "redo")
    # What the services made of it (a raised sequence, an assignment's new ID) is the state the
    # next undo or redo starts from.
    new_state = capture(db, step.keys())
    if target is step.before:
        step.before = new_state
    else:
        step.after = new_state
    return change
