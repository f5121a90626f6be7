"""Versions of editable records: raised on every real change, checked against what an editor read.

Every `Versioned` record (office, consulate, person, agreement, campaign, event, assignment,
setting) carries `version`. Before each flush this module

* raises the version of every record that really changed: a column with a new value, another
  set of linked records (an agreement's offices), or other parts (a person's memberships: the
  person editor replaces them wholesale, so an identical set is no change);
* refuses, whole, a write whose editor started from an older version than the one stored
  (`Write.based_on`), with who changed the record and when (`WriteConflictError`).

The mapper's version check (`version_id_col`) adds ``WHERE version = <read>`` to every UPDATE
and DELETE, so two writers who read the same version at the same moment cannot both succeed:
the second finds no row and its whole write is refused (a lost update is impossible on either
backend, whatever the isolation level).
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import RelationshipDirection, Session

from consularapp.errors import WriteConflictError
from consularapp.i18n import _
from consularapp.models import History, HistoryChange, Membership, Person, TeamUser, Versioned

# Columns that change without the record changing for a user.
_NOT_A_CHANGE = frozenset({"version", "updated_at", "created_at", "edited"})


def _record_key(state: Any) -> tuple[str, str]:
    identity = state.identity or state.mapper.primary_key_from_instance(state.obj())
    return state.mapper.local_table.name, "/".join(str(part) for part in identity)


def _child_values(obj: Any, parent_fk: set[str]) -> tuple[Any, ...]:
    state = inspect(obj)
    return tuple(
        (attr.key, state.dict.get(attr.key))
        for attr in state.mapper.column_attrs
        if attr.key not in parent_fk and not attr.columns[0].primary_key
    )


def _identity(obj: Any) -> tuple[Any, ...]:
    state = inspect(obj)
    return tuple(state.identity or state.mapper.primary_key_from_instance(obj))


def net_changed(obj: Any) -> bool:
    """True if `obj` (dirty in its session) differs from what was read, as a user sees it."""
    state = inspect(obj)
    for attr in state.mapper.column_attrs:
        if attr.key in _NOT_A_CHANGE:
            continue
        history = state.attrs[attr.key].history
        if history.added or history.deleted:
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if old != new:
                return True
    for rel in state.mapper.relationships:
        history = state.attrs[rel.key].history
        if not (history.added or history.deleted):
            continue
        if rel.secondary is not None:
            before = {_identity(o) for o in (*history.unchanged, *history.deleted)}
            after = {_identity(o) for o in (*history.unchanged, *history.added)}
            if before != after:
                return True
        elif rel.direction is RelationshipDirection.ONETOMANY and not issubclass(
                rel.mapper.class_, Versioned):
            fks = {c.key for c in rel.remote_side}
            before = Counter(_child_values(o, fks) for o in history.deleted)
            after = Counter(_child_values(o, fks) for o in history.added)
            if before != after:
                return True
    return False


def _parts_changed(session: Session) -> set[Any]:
    """Versioned parents of parts written on their own (a membership changed directly); parts
    of a person whose collection changed are judged by `net_changed` instead."""
    judged = {_identity(o) for o in (*session.new, *session.dirty, *session.deleted)
              if isinstance(o, Person)}
    parents: set[Any] = set()
    for obj in (*session.new, *session.dirty, *session.deleted):
        if not isinstance(obj, Membership) or obj.person_id is None:
            continue
        if (obj.person_id,) in judged or (obj in session.dirty and not inspect(obj).modified):
            continue
        with session.no_autoflush:
            person = session.get(Person, obj.person_id)
        if person is not None:
            parents.add(person)
    return parents


@event.listens_for(Session, "before_flush")
def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    base_versions: dict[tuple[str, str], int] = session.info.get("base_versions") or {}
    # Records inserted by an earlier flush of this transaction are still new to everyone else.
    created: set[int] = session.info.setdefault("created_here", set())
    created.update(id(o) for o in session.new if isinstance(o, Versioned))
    changed = [o for o in session.dirty
               if isinstance(o, Versioned) and id(o) not in created and net_changed(o)]
    seen = {id(o) for o in changed}
    for parent in _parts_changed(session):
        if id(parent) not in seen and id(parent) not in created and parent not in session.deleted:
            changed.append(parent)
            seen.add(id(parent))
    # A write may flush more than once; a record's version rises once per write, and what this
    # write itself stored is not someone else's change.
    raised: set[tuple[str, str]] = session.info.setdefault("raised_keys", set())
    for obj in changed:
        state = inspect(obj)
        key = _record_key(state)
        if key in raised:
            continue
        stored = state.committed_state.get("version", obj.version)
        _check(session, base_versions, state, stored)
        obj.version = (stored or 0) + 1
        raised.add(key)
        # The mapper settles the version attribute during the flush; the write path reports
        # the step from here (RecordChange.fields["version"]).
        session.info.setdefault("versions_raised", {})[id(obj)] = (stored, obj.version)
    for obj in session.deleted:
        if isinstance(obj, Versioned) and _record_key(inspect(obj)) not in raised:
            state = inspect(obj)
            _check(session, base_versions, state, state.committed_state.get("version",
                                                                             obj.version))


def _check(session: Session, base_versions: dict[tuple[str, str], int], state: Any,
           stored: int | None) -> None:
    table, record_id = _record_key(state)
    base = base_versions.get((table, record_id))
    if base is not None and stored is not None and base != stored:
        raise conflict(session, table, record_id)


# --- who changed it ------------------------------------------------------------------------------


def last_change(session: Session, table: str, record_id: str,
                after_version: int | None = None) -> tuple[str, datetime] | None:
    """(who, when) of the latest recorded change of a record (the first one after
    `after_version`, if given); None when the history has nothing."""
    stmt = (
        select(HistoryChange.login, HistoryChange.name, HistoryChange.at, TeamUser.person_id)
        .join(History, History.change_id == HistoryChange.id)
        .outerjoin(TeamUser, TeamUser.login == HistoryChange.login)
        .where(History.table_name == table, History.record_id == record_id)
    )
    if after_version is not None:
        stmt = stmt.where(History.version > after_version).order_by(History.id)
    else:
        stmt = stmt.order_by(History.id.desc())
    with session.no_autoflush:
        row = session.execute(stmt.limit(1)).first()
        if row is None:
            return None
        login, name, at, person_id = row
        if person_id is not None:
            name = session.scalar(select(Person.name).where(Person.id == person_id)) or name
    return (name or login), at


def who_changed(db: Any, table: str, record_id: str) -> tuple[str, datetime] | None:
    """(who, when) of the latest recorded change of a record, for the window."""
    with db.session() as s:
        return last_change(s, table, record_id)


def when_text(at: datetime, today: date | None = None) -> str:
    """"at 10:42" today, "on 2026-12-02 at 10:42" another day (this computer's local time)."""
    local = at.astimezone()
    clock = f"{local.hour:02d}:{local.minute:02d}"
    if local.date() == (today or datetime.now().astimezone().date()):
        return _("at {time}").format(time=clock)
    return _("on {date} at {time}").format(date=local.date().isoformat(), time=clock)


def conflict(session: Session, table: str, record_id: str, *,
             deleted: bool = False) -> WriteConflictError:
    """The refusal of a save based on an older version: who changed the record, and when."""
    found = last_change(session, table, record_id)
    if found is None:
        message = (_("Deleted by another user since you opened it.") if deleted
                   else _("Changed by another user since you opened it."))
        return WriteConflictError(message, table=table, record_id=record_id)
    who, at = found
    message = (_("Deleted by {who} {when} since you opened it.") if deleted
               else _("Changed by {who} {when} since you opened it.")).format(
                   who=who, when=when_text(at))
    return WriteConflictError(message, table=table, record_id=record_id, changed_by=who,
                              changed_at=at)
