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
   waits for the first, up to the busy timeout, instead of failing halfway or deadlocking. On
   PostgreSQL, where writers of different records need not wait for each other, the bulk
   writes (``exclusive``: loading the reference directory or the demonstration, an import, a
   publish) take a transaction-level advisory lock of the database, so two of them queue the
   same way (two ``init`` commands, two imports, two publishes at once: the second waits, then finds
   the first one's work done) instead of ending in a clash of unique keys;
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

Versions are checked here, on both backends: services pass the version the editor read with
``w.based_on(table, record_id, version)``, and the flush (consularapp.versioning) refuses the whole
write with `WriteConflictError` naming who changed the record and when, if the stored version is
newer; a record deleted meanwhile is refused the same way ("Deleted by ... since you opened it").
Every real change raises the record's version, and every UPDATE and DELETE carries
``WHERE version = <read>``, so two writers who read the same version cannot both commit.

The rest plugs in through ``db.write_hooks``:

* **the history** (consularapp.history, registered for every database): one row per created or
  deleted record and per changed field, with who (`Write.user`: on a team database the login,
  which the database itself enforces), when (UTC) and which operation (``write(db,
  operation="import")``; undo passes "undo"), written in the same transaction, for ORM writes and
  the importer's bulk writes alike;
* **team mode** (consularapp.team, on PostgreSQL): the change announced to every other client
  with NOTIFY when the transaction commits.

A hook keeps what it needs for one write in ``w.extra`` (a dict per outermost write).

The `Change` is what the window refreshes; the `RecordChange` stream is what auditing needs.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlalchemy import inspect, select, text
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from consularapp.changes import CREATED, DELETED, UPDATED, Change
from consularapp.db import Database
from consularapp.errors import (
    DatabaseBusyError,
    NotFoundError,
    PermissionDeniedError,
    WriteConflictError,
)
from consularapp.i18n import _

log = logging.getLogger(__name__)

#: Operations that are exclusive writes unless told otherwise (see `write`).
EXCLUSIVE_OPERATIONS = frozenset({"reference", "demo", "import"})

# PostgreSQL advisory lock of exclusive writes: ("CAPW", the database's name hashed), held until
# the transaction ends; waited for as long as SQLite's busy timeout (consularapp.db).
WRITE_LOCK_KEY = 0x43415057
WRITE_LOCK = "pg_advisory_xact_lock(:k, hashtext(current_database()))"
WRITE_LOCK_WAIT_SECONDS = 15

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
    #: (table, record ID) -> the version the user's edit was based on (checked at the flush).
    base_versions: dict[tuple[str, str], int] = field(default_factory=dict)
    #: What kind of operation this is, for the history: "edit", "import", "undo", ...
    operation: str | None = None
    #: Per-write state of the hooks (history rows collected, ...), on the outermost write.
    extra: dict[str, Any] = field(default_factory=dict)

    # --- saying what changed (for the window) ---------------------------------------------------

    def created(self, table: str, record_id: object) -> None:
        self.change.add(CREATED, table, str(record_id))

    def updated(self, table: str, record_id: object) -> None:
        self.change.add(UPDATED, table, str(record_id))

    def deleted(self, table: str, record_id: object) -> None:
        self.change.add(DELETED, table, str(record_id))

    def based_on(self, table: str, record_id: object, version: int | None) -> None:
        """The edit of this record started from `version`: a newer stored one refuses the write.

        None (a caller that read no version, such as a script) checks nothing."""
        if version is not None:
            self.root.base_versions[(table, str(record_id))] = int(version)

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
def write(db: Database, *, user: str | None = None, dry_run: bool = False,
          operation: str | None = None, exclusive: bool | None = None) -> Iterator[Write]:
    """Run a block as one transaction; see the module docstring. `dry_run` rolls back at the end
    (every check runs, nothing stays): the importer's "check only". `operation` names it in the
    history ("import", "undo", ...; default "edit"). `exclusive` (default: the bulk operations,
    EXCLUSIVE_OPERATIONS) makes it wait on PostgreSQL for any other exclusive write of the
    database to finish (SQLite writers always queue)."""
    if exclusive is None:
        exclusive = operation in EXCLUSIVE_OPERATIONS
    outer = current_write(db)
    if outer is not None:
        if operation and outer.root.operation is None:
            outer.root.operation = operation
        yield from _join(outer, dry_run)
        return
    hooks = tuple(getattr(db, "write_hooks", ()) or ())
    try:
        with db.session() as session:
            w = Write(db, session, user=user, dry_run=dry_run, hooks=hooks, operation=operation)
            session.info["base_versions"] = w.base_versions
            token = _current.set(w)
            try:
                transaction = session.begin()
                try:
                    _take_write_lock(session, exclusive)
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
                except BaseException as exc:
                    if transaction.is_active:
                        transaction.rollback()
                    for hook in hooks:
                        hook.rolled_back(w)
                    if isinstance(exc, NotFoundError) and (
                            exc.kind, exc.record_id) in w.base_versions:
                        from consularapp.versioning import conflict

                        raise conflict(session, exc.kind, exc.record_id, deleted=True) from exc
                    raise
            finally:
                _current.reset(token)
    except StaleDataError as exc:
        log.info("A save met a record another writer changed meanwhile: %s", exc)
        raise WriteConflictError(_(
            "Nothing was saved: another user saved the same record at the same moment. Look at "
            "the record again and retry."
        )) from exc
    except OperationalError as exc:
        raise _busy_or_broken(exc) from exc
    except IntegrityError as exc:
        # Not a warning: with no handler configured (the command line) Python prints warnings
        # on stderr, and a refusal is one sentence there.
        log.info("A write clashed with the database's constraints: %s",
                 str(getattr(exc, "orig", exc)).split("\n", 1)[0])
        raise WriteConflictError(_(
            "Nothing was saved: another user or program saved a record with the same ID, or "
            "removed one this refers to, at the same moment. Look at the record again and "
            "retry."
        )) from exc
    except DBAPIError as exc:
        denied = permission_denied(exc)
        if denied is None:
            raise
        raise denied from exc
    if not dry_run:
        for hook in hooks:
            hook.committed(w)


def permission_denied(exc: DBAPIError) -> PermissionDeniedError | None:
    """The database refused the write for the user's role (PostgreSQL's SQLSTATE 42501: a grant
    or one of team mode's rules): a sentence saying what the role may not do."""
    orig = getattr(exc, "orig", None)
    if getattr(orig, "sqlstate", None) != "42501":
        return None
    diag = getattr(orig, "diag", None)
    reason = getattr(diag, "message_primary", None) or str(orig).split("\n", 1)[0]
    if reason.startswith("permission denied for"):
        return PermissionDeniedError(_(
            "Nothing was saved: your role on this team database may not make this change "
            "(ask an administrator)."))
    return PermissionDeniedError(_("Nothing was saved: {reason}").format(reason=reason))


def _join(outer: Write, dry_run: bool) -> Iterator[Write]:
    """A write inside a write: same session and transaction, its own Change merged outward."""
    inner = Write(outer.db, outer.session, user=outer.user, dry_run=outer.dry_run or dry_run,
                  hooks=outer.hooks, parent=outer, base_versions=outer.root.base_versions,
                  extra=outer.root.extra)
    token = _current.set(inner)
    try:
        yield inner
        outer.session.flush()
    finally:
        _current.reset(token)
    outer.change.merge(inner.change)


def _take_write_lock(session: Session, exclusive: bool) -> None:
    """SQLite: hold the write lock from the start, so concurrent writers queue (busy timeout).
    PostgreSQL, for an exclusive write: the database's bulk-write lock, waited for as long."""
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        raw = connection.connection.dbapi_connection
        if raw is not None and not getattr(raw, "in_transaction", False):
            connection.exec_driver_sql("BEGIN IMMEDIATE")
    elif exclusive and connection.dialect.name == "postgresql":
        connection.exec_driver_sql(f"SET LOCAL lock_timeout = '{WRITE_LOCK_WAIT_SECONDS}s'")
        connection.execute(text(f"SELECT {WRITE_LOCK}"), {"k": WRITE_LOCK_KEY})
        connection.exec_driver_sql("SET LOCAL lock_timeout TO DEFAULT")


def _busy_or_broken(exc: OperationalError) -> Exception:
    said = str(getattr(exc, "orig", exc)).lower()
    if ("locked" in said or "busy" in said or "could not obtain lock" in said
            or "lock timeout" in said):
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
        deleted = list(session.deleted)
        # Orphans removed by a delete-orphan cascade (a membership dropped from a person) are
        # not in session.deleted; the unit of work knows them.
        known = {id(obj) for obj in deleted}
        for state, (is_delete, list_only) in getattr(_context, "states", {}).items():
            obj = state.obj()
            if is_delete and not list_only and obj is not None and id(obj) not in known:
                deleted.append(obj)
        for obj in deleted:
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
    if mapper.version_id_col is not None:
        raised = w.session.info.get("versions_raised", {}).pop(id(obj), None)
        version_key = mapper.get_property_by_column(mapper.version_id_col).key
        if raised is not None:
            fields[version_key] = raised
        elif action == DELETED:
            fields[version_key] = (state.dict.get(version_key), None)
    if action == UPDATED and not any(k != "version" for k in fields):
        return
    w.report(table, _record_id(state), action, fields)
