"""The history of every record: who changed what, when (UTC), each field's old and new value.

Every write (consularapp.writes) reports the records it wrote to `HistoryHook`, registered on
every database; at commit the hook adds one `HistoryChange` (who, when, which operation: edit,
import, undo, ...) and its `History` rows in the same transaction: a created or deleted record
in one row holding all its values, an update in one row per changed field. Parts of a record
are filed under it too (a person's memberships, an event's assignments), so a record's history
is complete. Nothing ever updates or deletes these rows; on a team database no role may, and a
trigger refuses it to everyone (consularapp.team).

Who: on a team database the login of the connection (the database fills it in itself, so no
client can write another name); on SQLite the operating-system account.
"""

from __future__ import annotations

import getpass
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import func, insert, or_, select
from sqlalchemy.orm import Session

from consularapp.changes import (
    AGREEMENT,
    ASSIGNMENT,
    CREATED,
    DELETED,
    EVENT,
    MEMBERSHIP,
    OBLIGATION_DONE,
    OCCURRENCE,
    OUTCOME,
    PERSON,
    UPDATED,
)
from consularapp.db import Database
from consularapp.i18n import N_, _
from consularapp.models import History, HistoryChange, Person, TeamUser
from consularapp.writes import RecordChange, Write

#: Operations named in the history (``write(db, operation=...)``).
EDIT, IMPORT, UNDO, REDO, REFERENCE, DEMO = "edit", "import", "undo", "redo", "reference", "demo"

# Fields that are bookkeeping, not something a user changed.
_SKIPPED = frozenset({"version", "updated_at", "created_at", "edited"})

# Parts of a record, filed under it: table -> (field naming the parent, parent table).
PARTS: dict[str, tuple[str, str]] = {
    MEMBERSHIP: ("person_id", PERSON),
    ASSIGNMENT: ("event_id", EVENT),
    OCCURRENCE: ("event_id", EVENT),
    OUTCOME: ("event_id", EVENT),
    OBLIGATION_DONE: ("agreement_id", AGREEMENT),
}


def plain(value: Any) -> Any:
    """A value as JSON keeps it: dates as YYYY-MM-DD, instants as ISO 8601 with their offset."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list | tuple | set | frozenset):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    return value


def os_user() -> str:
    """The operating-system account: the user of an SQLite database."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return "unknown"


def database_user(db: Database) -> str:
    """Who writes through `db`: the login of a PostgreSQL connection, else the OS account."""
    cached = getattr(db, "_history_login", None)
    if cached is None:
        if db.engine.dialect.name == "postgresql":
            with db.engine.connect() as conn:
                cached = str(conn.exec_driver_sql("SELECT session_user").scalar())
        else:
            cached = os_user()
        db._history_login = cached  # type: ignore[attr-defined]
    return cached


class HistoryHook:
    """The write hook that records every change (see the module docstring)."""

    wants_records = True

    def began(self, w: Write) -> None:
        w.extra.setdefault("history", [])

    def record_changed(self, w: Write, record: RecordChange) -> None:
        w.root.extra.setdefault("history", []).append(record)

    def committing(self, w: Write) -> None:
        records = _net(_merged(w.extra.get("history") or []))
        if not records:
            return
        rows = [row for record in records for row in _rows(record)]
        if not rows:
            return
        s = w.session
        login = database_user(w.db)
        change_id = s.execute(
            insert(HistoryChange).returning(HistoryChange.id),
            [{"login": login, "name": w.user or None, "operation": w.operation or EDIT}],
        ).scalar_one()
        w.extra["history_change_id"] = change_id
        for start in range(0, len(rows), 2000):
            s.execute(insert(History), [{**r, "change_id": change_id}
                                        for r in rows[start:start + 2000]])

    def committed(self, w: Write) -> None:
        """Nothing to do: the rows went with the transaction."""

    def rolled_back(self, w: Write) -> None:
        w.extra.pop("history", None)


def install(db: Database) -> None:
    """Register the history on `db` (once)."""
    if not any(isinstance(h, HistoryHook) for h in db.write_hooks):
        db.write_hooks.append(HistoryHook())


def _rows(record: RecordChange) -> list[dict[str, Any]]:
    fields = record.fields
    version = fields.get("version", (None, None))
    parent_table = parent_id = None
    if record.table in PARTS:
        key, parent_table = PARTS[record.table]
        old, new = fields.get(key, (None, None))
        parent_id = new if new is not None else old
        parent_id = None if parent_id is None else str(parent_id)
    base = {"table_name": record.table, "record_id": record.record_id, "action": record.action,
            "parent_table": parent_table if parent_id is not None else None,
            "parent_id": parent_id}
    values = {k: plain(v) for k, v in fields.items() if k not in _SKIPPED}
    if record.action == CREATED:
        return [{**base, "field": None, "old": None,
                 "new": {k: v[1] for k, v in values.items()}, "version": version[1]}]
    if record.action == DELETED:
        return [{**base, "field": None, "old": {k: v[0] for k, v in values.items()},
                 "new": None, "version": version[0]}]
    return [{**base, "field": k, "old": old, "new": new, "version": version[1]}
            for k, (old, new) in values.items() if old != new]


def _merged(records: list[RecordChange]) -> list[RecordChange]:
    """One RecordChange per record and write: a write that flushes several times (a record
    added, then its links) reports a record more than once; the history shows the net step."""
    by_key: dict[tuple[str, str], RecordChange] = {}
    for r in records:
        key = (r.table, r.record_id)
        before = by_key.get(key)
        if before is None:
            by_key[key] = r
            continue
        fields = dict(before.fields)
        for name, (old, new) in r.fields.items():
            fields[name] = (fields[name][0] if name in fields else old, new)
        if before.action == CREATED and r.action == DELETED:
            del by_key[key]
            continue
        action = (CREATED if before.action == CREATED else
                  DELETED if r.action == DELETED else
                  UPDATED if before.action == DELETED and r.action == CREATED else r.action)
        if action == UPDATED:
            fields = {k: v for k, v in fields.items() if v[0] != v[1]}
        by_key[key] = RecordChange(r.table, r.record_id, action, fields)
    return list(by_key.values())


def _net(records: list[RecordChange]) -> list[RecordChange]:
    """Drop parts deleted and created again with the same values in one write (the person
    editor replaces a person's memberships wholesale): the history shows what really changed."""
    if not any(r.table in PARTS and r.action != UPDATED for r in records):
        return records

    def values(r: RecordChange) -> tuple[Any, ...]:
        side = 0 if r.action == DELETED else 1
        return tuple(sorted((k, repr(v[side])) for k, v in r.fields.items()
                            if k not in _SKIPPED and k != "id"))

    created: dict[tuple[str, tuple[Any, ...]], list[int]] = defaultdict(list)
    for i, r in enumerate(records):
        if r.table in PARTS and r.action == CREATED:
            created[(r.table, values(r))].append(i)
    dropped: set[int] = set()
    for i, r in enumerate(records):
        if r.table in PARTS and r.action == DELETED:
            twins = created.get((r.table, values(r)))
            if twins:
                dropped.update((i, twins.pop()))
    return [r for i, r in enumerate(records) if i not in dropped]


# --- reading the history -----------------------------------------------------------------------


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class Entry:
    """What one change did to one record (or to one of its parts)."""

    change_id: int
    at: datetime
    login: str
    who: str  # the person's name where known, else the login
    operation: str
    table: str
    record_id: str
    action: str
    fields: tuple[FieldChange, ...]
    version: int | None

    def to_json(self) -> dict[str, Any]:
        return {
            "change": self.change_id, "at": self.at.isoformat(), "user": self.login,
            "name": self.who, "operation": self.operation, "kind": self.table,
            "id": self.record_id, "action": self.action, "version": self.version,
            "fields": [{"field": f.field, "old": f.old, "new": f.new} for f in self.fields],
        }


def _names(s: Session, logins: Iterable[str]) -> dict[str, str]:
    wanted = set(logins)
    if not wanted:
        return {}
    return dict(s.execute(
        select(TeamUser.login, Person.name).join(Person, Person.id == TeamUser.person_id)
        .where(TeamUser.login.in_(wanted))).all())


def _entries(s: Session, rows: Iterable[Any]) -> list[Entry]:
    grouped: dict[tuple[int, str, str, str], list[Any]] = {}
    for row in rows:
        grouped.setdefault((row.change_id, row.table_name, row.record_id, row.action),
                           []).append(row)
    first = [group[0] for group in grouped.values()]
    names = _names(s, {r.login for r in first})
    entries = []
    for (change_id, table, record_id, action), group in grouped.items():
        head = group[0]
        if action == UPDATED:
            fields = tuple(FieldChange(r.field, r.old, r.new) for r in group if r.field)
        else:
            values: Mapping[str, Any] = (head.new if action == CREATED else head.old) or {}
            fields = tuple(
                FieldChange(k, None if action == CREATED else v, v if action == CREATED else None)
                for k, v in values.items())
        entries.append(Entry(
            change_id=change_id, at=head.at, login=head.login,
            who=names.get(head.login) or head.name or head.login, operation=head.operation,
            table=table, record_id=record_id, action=action, fields=fields,
            version=max((r.version for r in group if r.version is not None), default=None)))
    return entries


def _columns() -> tuple[Any, ...]:
    return (History.change_id, History.table_name, History.record_id, History.action,
            History.field, History.old, History.new, History.version, HistoryChange.at,
            HistoryChange.login, HistoryChange.name, HistoryChange.operation)


def record_history(db: Database, table: str, record_id: str) -> list[Entry]:
    """Every recorded change of one record and of its parts, oldest first."""
    with db.session() as s:
        rows = s.execute(
            select(*_columns()).join(HistoryChange, HistoryChange.id == History.change_id)
            .where(or_(
                (History.table_name == table) & (History.record_id == str(record_id)),
                (History.parent_table == table) & (History.parent_id == str(record_id)),
            ))
            .order_by(History.id)
        ).all()
        return _entries(s, rows)


@dataclass(frozen=True)
class ChangeSummary:
    """One change by someone, for the dashboard: who, when, and the records it touched."""

    change_id: int
    at: datetime
    login: str
    who: str
    operation: str
    records: tuple[tuple[str, str, str], ...]  # (table, record ID, action), first few
    count: int  # how many records in all

    def describe(self) -> str:
        if self.operation == IMPORT:
            return _("{who} imported a workbook ({count} records)").format(
                who=self.who, count=self.count)
        parts = ", ".join(f"{table} {rid}" for table, rid, _a in self.records[:3])
        more = self.count - min(3, len(self.records))
        text = _("{who} changed {records}").format(who=self.who, records=parts)
        if more > 0:
            text += " " + _("and {n} more").format(n=more)
        return text


def latest_change_id(db: Database) -> int:
    """The newest change recorded (0 when none): where "since you last looked" starts."""
    with db.session() as s:
        return int(s.scalar(select(func.max(HistoryChange.id))) or 0)


def changes_since(db: Database, after: int, *, excluding: str | None = None,
                  limit: int = 100) -> list[ChangeSummary]:
    """Changes newer than the change `after`, newest first, leaving out those by the login
    `excluding` (yourself): the dashboard's "changed by others since you last looked"."""
    with db.session() as s:
        stmt = select(HistoryChange).where(HistoryChange.id > after)
        if excluding:
            stmt = stmt.where(HistoryChange.login != excluding)
        changes = s.scalars(stmt.order_by(HistoryChange.id.desc()).limit(limit)).all()
        if not changes:
            return []
        ids = [c.id for c in changes]
        counts = dict(s.execute(
            select(History.change_id, func.count(func.distinct(History.record_id)))
            .where(History.change_id.in_(ids)).group_by(History.change_id)).all())
        firsts: dict[int, list[tuple[str, str, str]]] = defaultdict(list)
        for cid, table, rid, action, parent_table, parent_id in s.execute(
                select(History.change_id, History.table_name, History.record_id, History.action,
                       History.parent_table, History.parent_id)
                .where(History.change_id.in_(ids)).order_by(History.id)):
            key = (parent_table, parent_id, UPDATED) if parent_table else (table, rid, action)
            if key not in firsts[cid] and len(firsts[cid]) < 5:
                firsts[cid].append(key)
        names = _names(s, {c.login for c in changes})
        return [ChangeSummary(
            change_id=c.id, at=c.at, login=c.login, who=names.get(c.login) or c.name or c.login,
            operation=c.operation, records=tuple(firsts[c.id]), count=int(counts.get(c.id, 0)))
            for c in changes]


# --- as text -----------------------------------------------------------------------------------

_ACTIONS = {CREATED: N_("created"), UPDATED: N_("changed"), DELETED: N_("deleted")}
_OPERATIONS = {IMPORT: N_("import"), UNDO: N_("undo"), REDO: N_("redo"),
               REFERENCE: N_("reference directory"), DEMO: N_("demonstration data")}


def shown_value(value: Any) -> str:
    """A stored value as a person reads it: lists joined with "; ", nothing as a dash."""
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, list):
        return "; ".join(shown_value(v) for v in value)
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    return str(value)


def render_entry(entry: Entry) -> str:
    """One change of a record as lines of text: when (UTC), who, what, then each field."""
    when = entry.at.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
    what = _(_ACTIONS.get(entry.action, entry.action))
    part = f"{entry.table} {entry.record_id}"
    how = _OPERATIONS.get(entry.operation)
    line = f"{when}  {entry.who}  {what} {part}"
    if entry.who != entry.login:
        line = f"{when}  {entry.who} ({entry.login})  {what} {part}"
    if how:
        line += f" ({_(how)})"
    lines = [line.rstrip()]
    for f in entry.fields:
        if entry.action == UPDATED:
            lines.append(f"    {f.field}: {shown_value(f.old)} -> {shown_value(f.new)}")
        else:
            value = f.new if entry.action == CREATED else f.old
            lines.append(f"    {f.field}: {shown_value(value)}")
    return "\n".join(lines)
