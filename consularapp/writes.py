"""The one write entry point: every change to the database goes through `write`.

A service function reads like this::

    from consularapp.changes import OFFICE
    from consularapp.writes import write

    def save_office(db: Database, data: OfficeInput, original_id: str | None = None) -> Change:
        with write(db) as w:
            office = w.session.get(Office, original_id)
            ...                                   # check the rules, change the records
            w.updated(OFFICE, office.id)          # say what changed, for the window
        return w.change

What `write` does, in this order:

1. opens a session and its transaction. On SQLite it takes the write lock at once
   (``BEGIN IMMEDIATE``), so a second writer (another window, an import from the command line)
   waits for the first, up to the busy timeout, instead of failing halfway or deadlocking.
2. calls each hook's ``began(w)``;
3. runs the block. Every ORM record the block adds, changes or deletes is reported to the hooks
   that ask for it (``wants_records``) as a `RecordChange` (table, ID, and each changed field's
   old and new value), as it is flushed; statement-level writes (the importer's bulk inserts and
   updates) report their rows themselves with `Write.report`, and `Write.delete_where` deletes
   with a statement and reports what it removed;
4. flushes, calls ``committing(w)``, commits, then calls ``committed(w)``.

An exception anywhere rolls everything back and the hooks hear ``rolled_back(w)``. The database's
own refusals become typed errors with a sentence: a database held by another writer for longer
than the busy timeout is `DatabaseBusyError`; a clash with a record another writer saved at the
same moment (PostgreSQL: a unique key taken meanwhile) is `WriteConflictError`. Nothing is ever
half written.

A `write` inside another one on the same database (a service calling a service, or several
service calls made one step, as undo does) joins the outer transaction: its Change goes into the
outer one too, and nothing commits before the outer block ends.

Team mode plugs in here, and only here (``db.write_hooks``):

* **the acting user**: ``write(db, user=...)`` sets `Write.user` (team mode: the login of the
  shared database, by default); the hook's ``began`` hands it to the database (``SET LOCAL``) so
  that roles and triggers see who acts;
* **a version on every updated record**: services pass the version the editor read with
  ``w.based_on(table, record_id, version)``; the hook's ``record_changed`` compares it with the
  record's stored version (``RecordChange.fields['version']``, old side) and raises
  `WriteConflictError` naming who changed it and when: a save based on an older version is
  refused, whole;
* **an append-only history row per changed field** (old and new value, user, time), written by
  ``record_changed`` in the same transaction, for ORM writes and the importer's bulk writes alike.

The `Change` is what the window refreshes; the `RecordChange` stream is what auditing needs.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlalchemy import inspect, select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from consularapp.changes import CREATED, DELETED, UPDATED, Change
from consularapp.db import Database
from consularapp.errors import DatabaseBusyError, WriteConflictError
from consularapp.i18n import _

log = logging.getLogger(__name__)

# Columns every record keeps for bookkeeping; not reported as changes of their own.
BOOKKEEPING = frozenset({"updated_at", "edited"})


@dataclass(frozen=True)
class RecordChange:
    """One record written: what happened and, per field, (old value, new value).

    `action` is CREATED (old values None), UPDATED (only the fields that differ) or DELETED (new
    values None). Many-to-many links appear as a field of ID lists (an agreement's "offices").
    """

    table: str
    record_id: str
    action: str
    fields: Mapping[str, tuple[Any, Any]]


class WriteHook(Protocol):
    """What team mode adds to every write (see the module docstring). Every method is optional
    in spirit: a hook that only audits leaves the others empty."""

    #: True if the hook wants `record_changed` (costs a look at every flushed record).
    wants_records: bool

    def began(self, w: Write) -> None: ...

    def record_changed(self, w: Write, record: RecordChange) -> None: ...

    def committing(self, w: Write) -> None: ...

    def committed(self, w: Write) -> None: ...

    def rolled_back(self, w: Write) -> None: ...


@dataclass
class Write:
    """The write under way: its session, its Change, who acts, and the hooks listening."""

    db: Database
    session: Session
    change: Change = field(default_factory=Change)
    user: str | None = None
    dry_run: bool = False
    hooks: tuple[WriteHook, ...] = ()
    parent: Write | None = None
    #: (table, record ID) -> the version the user's edit was based on (checked by team mode).
    base_versions: dict[tuple[str, str], int] = field(default_factory=dict)

    # --- saying what changed (for the window) ---------------------------------------------------

    def created(self, table: str, record_id: object) -> None:
        self.change.add(CREATED, table, str(record_id))

    def updated(self, table: str, record_id: object) -> None:
        self.change.add(UPDATED, table, str(record_id))

    def deleted(self, table: str, record_id: object) -> None:
        self.change.add(DELETED, table, str(record_id))

    def based_on(self, table: str, record_id: object, version: int | None) -> None:
        """The edit of this record started from `version` (team mode refuses an older one)."""
        if version is not None:
            self.root.base_versions[(table, str(record_id))] = version

    # --- record-level reports (for the hooks) ---------------------------------------------------

    @property
    def root(self) -> Write:
        return self.parent.root if self.parent is not None else self

    @property
    def observed(self) -> bool:
        """True if a hook wants every record's field values (statement writes then report)."""
        return any(getattr(h, "wants_records", False) for h in self.hooks)

    def report(self, table: str, record_id: object, action: str,
               fields: Mapping[str, tuple[Any, Any]]) -> None:
        """Tell the hooks about one record a statement wrote (the ORM reports by itself)."""
        if not self.observed:
            return
        record = RecordChange(table, str(record_id), action, dict(fields))
        for hook in self.hooks:
            if getattr(hook, "wants_records", False):
                hook.record_changed(self.root, record)

    def report_row(self, table: str, record_id: object, old: Mapping[str, Any] | None,
                   new: Mapping[str, Any] | None) -> None:
        """`report` for a whole row before and after (None: it did not exist / no longer does)."""
        if not self.observed:
            return
        if old is None and new is not None:
            action, fields = CREATED, {k: (None, v) for k, v in new.items()}
        elif new is None and old is not None:
            action, fields = DELETED, {k: (v, None) for k, v in old.items()}
        elif old is not None and new is not None:
            action = UPDATED
            fields = {k: (old.get(k), v) for k, v in new.items() if old.get(k) != v}
        else:
            return
        fields = {k: v for k, v in fields.items() if k not in BOOKKEEPING}
        if fields or action != UPDATED:
            self.report(table, record_id, action, fields)

    def delete_where(self, model: Any, *where: Any) -> int:
        """Delete the rows of `model` matching `where` with one statement; report each.

        Returns how many rows went. The rows are read first only when a hook wants them.
        """
        table = model.__table__
        key = next(iter(table.primary_key.columns))
        if self.observed:
            for row in self.session.execute(select(table).where(*where)).mappings():
                self.report_row(table.name, row[key.name], dict(row), None)
        result = self.session.execute(table.delete().where(*where))
        return int(result.rowcount or 0)


# The write under way on this thread, so that a nested `write` joins it.
_current: ContextVar[Write | None] = ContextVar("consularapp_write", default=None)


def current_write(db: Database) -> Write | None:
    """The write under way on `db` in this thread, if any."""
    w = _current.get()
    return w if w is not None and w.db is db else None


@contextmanager
def write(db: Database, *, user: str | None = None, dry_run: bool = False) -> Iterator[Write]:
    """Run a block as one transaction; see the module docstring. `dry_run` rolls back at the end
    (every check runs, nothing stays): the importer's "check only"."""
    outer = current_write(db)
    if outer is not None:
        yield from _join(outer, dry_run)
        return
    hooks = tuple(getattr(db, "write_hooks", ()) or ())
    try:
        with db.session() as session:
            w = Write(db, session, user=user, dry_run=dry_run, hooks=hooks)
            token = _current.set(w)
            try:
                transaction = session.begin()
                try:
                    _take_write_lock(session)
                    if w.observed:
                        _report_orm_records(w)
                    for hook in hooks:
                        hook.began(w)
                    yield w
                    session.flush()
                    if dry_run:
                        transaction.rollback()
                    else:
                        for hook in hooks:
                            hook.committing(w)
                        transaction.commit()
                except BaseException:
                    if transaction.is_active:
                        transaction.rollback()
                    for hook in hooks:
                        hook.rolled_back(w)
                    raise
            finally:
                _current.reset(token)
    except OperationalError as exc:
        raise _busy_or_broken(exc) from exc
    except IntegrityError as exc:
        log.warning("A write clashed with the database's constraints", exc_info=True)
        raise WriteConflictError(_(
            "Nothing was saved: another user or program saved a record with the same ID, or "
            "removed one this refers to, at the same moment. Look at the record again and "
            "retry."
        )) from exc
    if not dry_run:
        for hook in hooks:
            hook.committed(w)


def _join(outer: Write, dry_run: bool) -> Iterator[Write]:
    """A write inside a write: same session and transaction, its own Change merged outward."""
    inner = Write(outer.db, outer.session, user=outer.user, dry_run=outer.dry_run or dry_run,
                  hooks=outer.hooks, parent=outer)
    token = _current.set(inner)
    try:
        yield inner
        outer.session.flush()
    finally:
        _current.reset(token)
    outer.change.merge(inner.change)


def _take_write_lock(session: Session) -> None:
    """SQLite: hold the write lock from the start, so concurrent writers queue (busy timeout)."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return
    raw = connection.connection.dbapi_connection
    if raw is not None and not getattr(raw, "in_transaction", False):
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def _busy_or_broken(exc: OperationalError) -> Exception:
    text = str(getattr(exc, "orig", exc)).lower()
    if "locked" in text or "busy" in text or "could not obtain lock" in text:
        return DatabaseBusyError(_(
            "Nothing was saved: another ConsularApp window or command is writing to this "
            "database (an import, say) and did not finish in time. Try again when it is done."
        ))
    from consularapp.errors import DatabaseError

    return DatabaseError(_("The database could not be written; nothing was changed ({reason}).")
                         .format(reason=getattr(exc, "orig", exc)))


# --- ORM records to RecordChange ----------------------------------------------------------------


def _report_orm_records(w: Write) -> None:
    """Report every record the session flushes to the hooks (only when one wants them)."""
    from sqlalchemy import event

    def after_flush(session: Session, _context: Any) -> None:
        for obj in session.new:
            _report_object(w, obj, CREATED)
        for obj in session.dirty:
            if session.is_modified(obj, include_collections=True):
                _report_object(w, obj, UPDATED)
        for obj in session.deleted:
            _report_object(w, obj, DELETED)

    event.listen(w.session, "after_flush", after_flush)


def _record_id(state: Any) -> str:
    identity = state.identity or state.mapper.primary_key_from_instance(state.obj())
    return "/".join(str(part) for part in identity)


def _report_object(w: Write, obj: Any, action: str) -> None:
    state = inspect(obj)
    mapper = state.mapper
    table = mapper.local_table.name
    fields: dict[str, tuple[Any, Any]] = {}
    for attr in mapper.column_attrs:
        if attr.key in BOOKKEEPING:
            continue
        history = state.attrs[attr.key].history
        if action == CREATED:
            fields[attr.key] = (None, state.dict.get(attr.key))
        elif action == DELETED:
            old = history.deleted[0] if history.deleted else state.dict.get(attr.key)
            fields[attr.key] = (old, None)
        elif history.has_changes():
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if old != new:
                fields[attr.key] = (old, new)
    for rel in mapper.relationships:
        if rel.secondary is None:  # one-to-many children report themselves
            continue
        history = state.attrs[rel.key].history
        if action == UPDATED and not history.has_changes():
            continue
        now = sorted(_record_id(inspect(o)) for o in (state.dict.get(rel.key) or []))
        before = sorted(
            {*(_record_id(inspect(o)) for o in history.unchanged),
             *(_record_id(inspect(o)) for o in history.deleted)}
        )
        if action == CREATED:
            fields[rel.key] = (None, now)
        elif action == DELETED:
            fields[rel.key] = (before or now, None)
        elif before != now:
            fields[rel.key] = (before, now)
    if action == UPDATED and not fields:
        return
    w.report(table, _record_id(state), action, fields)
