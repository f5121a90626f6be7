"""Opening a database: engine set-up, schema version check, backup and migration.

The only module that knows about the backends' quirks (SQLite: foreign keys off by default, no
ALTER, no network drives; PostgreSQL: concurrent clients). Opening an up-to-date database costs
one small query and no Alembic import; opening an older one copies an SQLite file aside first
(complete or not at all) and serialises PostgreSQL upgrades with an advisory lock; opening one
written by a newer app is refused.

Every message it gives is one sentence a user can act on: no SQL, no links to SQLAlchemy's pages,
and never the password of a URL, however malformed (`redact` also guards the log file).
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from consularapp.errors import DatabaseError, DatabaseTooNewError
from consularapp.i18n import _
from consularapp.migrations import HEAD

log = logging.getLogger(__name__)

# --- secrets -----------------------------------------------------------------------------------

# Passwords seen in URLs this process was given, removed from every message and log line even
# where they appear outside a URL (a driver echoing a mis-parsed host, say). Shorter ones are only
# hidden where they stand in a URL: hiding "ab" everywhere would garble every sentence.
_SECRETS: set[str] = set()
_MIN_LITERAL_SECRET = 4
# scheme://user:password@ up to the last "@" of the URL: a password may hold "@", "/" or spaces.
_URL_WITH_PASSWORD = re.compile(
    r"(?P<head>\b[a-zA-Z][\w+.-]*://[^:/@\s'\"]*:)(?P<password>[^'\"\n]*)@"
)


def _password_of(url: str) -> str | None:
    """The password part of a URL string, read leniently: between the user's ":" and the last
    "@" (what a person typing the URL meant, whatever a parser makes of it)."""
    head, sep, rest = url.partition("://")
    if not sep or head.lower().startswith("sqlite") or "@" not in rest:
        return None
    userinfo = rest[: rest.rindex("@")]
    if ":" not in userinfo:
        return None
    return userinfo.split(":", 1)[1]


def remember_secrets(url: str) -> None:
    """Note the password of `url` (raw and decoded) so that `redact` hides it everywhere."""
    password = _password_of(url)
    if password:
        _SECRETS.update(p for p in (password, unquote(password)) if p)


def redact(message: str) -> str:
    """`message` without any password: those of URLs written in it and those remembered."""
    message = _URL_WITH_PASSWORD.sub(lambda m: m["head"] + "***@", message)
    for secret in sorted(_SECRETS, key=len, reverse=True):
        if len(secret) >= _MIN_LITERAL_SECRET:
            message = message.replace(secret, "***")
    return message


class RedactingFilter(logging.Filter):
    """A log filter that takes passwords out of every record (message, arguments, traceback)."""

    def filter(self, record: logging.LogRecord) -> bool:
        text_ = record.getMessage()
        if record.exc_info:
            text_ += "\n" + logging.Formatter().formatException(record.exc_info)
            record.exc_info = None
            record.exc_text = None
        record.msg, record.args = redact(text_), None
        return True


def shown_url(url: str) -> str:
    """A URL as it may be shown: without its password, whatever shape it is in."""
    return redact(url)


# --- network shares --------------------------------------------------------------------------

# File systems on which SQLite's locking cannot be trusted (its documentation: "SQLite over a
# network"). WSL's 9p/drvfs mounts of local Windows disks are not among them.
NETWORK_FILESYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "coda", "ceph",
    "glusterfs", "fuse.glusterfs", "fuse.sshfs", "sshfs", "fuse.smbnetfs", "davfs", "fuse.davfs2",
    "lustre", "ocfs2", "gfs2", "beegfs", "gpfs",
})
_DRIVE_REMOTE = 4  # GetDriveTypeW


def _proc_mounts() -> str:
    try:
        return Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def _mount_point_type(path: Path, mounts: str) -> str | None:
    """The file system type of the mount that holds `path`, from /proc/mounts' text."""
    best, best_type = "", None
    target = str(path)
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = re.sub(r"\\([0-7]{3})", lambda m: chr(int(m[1], 8)), fields[1])
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, best_type = point, fields[2]
    return best_type


def _windows_drive_is_remote(path: Path) -> bool:
    import ctypes

    root = path.anchor or str(path)
    return int(ctypes.windll.kernel32.GetDriveTypeW(root)) == _DRIVE_REMOTE  # type: ignore[attr-defined]


def network_share(path: Path, *, mounts: Callable[[], str] | None = None,
                  platform: str = sys.platform) -> str | None:
    """What network share `path` is on ("UNC path", "nfs4", ...), or None for a local disk."""
    raw = str(path)
    if raw.startswith("\\\\") or (platform == "win32" and raw.startswith("//")):
        return "UNC path"
    if platform == "win32":
        return "network drive" if _windows_drive_is_remote(path) else None
    if platform.startswith("linux"):
        resolved = path.expanduser().resolve()
        kind = _mount_point_type(resolved, (mounts or _proc_mounts)())
        return kind if kind in NETWORK_FILESYSTEMS else None
    return None


def _refuse_network_share(path: Path) -> None:
    share = network_share(path)
    if share:
        raise DatabaseError(_(
            "{path} is on a network share ({share}). An SQLite database there can be damaged when "
            "two computers use it at once, so ConsularApp does not open it. Keep the file on this "
            "computer, or share the data through a team database on a PostgreSQL server (team "
            "mode)."
        ).format(path=path, share=share))


def known_revisions() -> set[str]:
    """Revision IDs this app ships (file names start with the revision: `0001_initial.py`)."""
    versions = resources.files("consularapp.migrations") / "versions"
    return {
        entry.name.split("_", 1)[0]
        for entry in versions.iterdir()
        if entry.name.endswith(".py") and entry.name[:1].isdigit()
    }


def parse_url(url: str) -> URL:
    """`url` as SQLAlchemy's URL, or DatabaseError with a sentence (never the password).

    A password holding "@" is read up to the last "@", as the person typing it meant; a bare
    `postgresql://` uses psycopg (version 3), the driver the app ships with.
    """
    remember_secrets(url)
    example = _("for example sqlite:///C:/Data/consularapp.sqlite3 or "
                "postgresql://user@server/database")
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DatabaseError(_('"{url}" is not a database address ({example}).').format(
            url=shown_url(url), example=example)) from None
    except ValueError:  # int() of a port such as "54x2"
        port = re.search(r"@[^/@]*?:([^/@]*)(?:/|$)", url)
        if port and not port[1]:
            raise DatabaseError(_("The database address {url} has a colon but no port number "
                                  "after it.").format(url=shown_url(url))) from None
        if port and port[1].isalnum():
            raise DatabaseError(_("The port in the database address {url} must be a number, "
                                  "not {port!r}.").format(url=shown_url(url),
                                                          port=redact(port[1]))) from None
        raise DatabaseError(_('"{url}" is not a database address ({example}).').format(
            url=shown_url(url), example=example)) from None
    rest = url.partition("://")[2].split("/", 1)[0]
    if parsed.get_backend_name() != "sqlite" and rest.count("@") > 1:
        userinfo, _sep, hostport = rest.rpartition("@")
        user, _sep, password = userinfo.partition(":")
        try:
            host_only = make_url(f"{parsed.drivername}://{hostport}")
        except (ArgumentError, ValueError):
            raise DatabaseError(_('"{url}" is not a database address ({example}).').format(
                url=shown_url(url), example=example)) from None
        parsed = URL.create(parsed.drivername, unquote(user), unquote(password),
                            host_only.host, host_only.port, parsed.database, parsed.query)
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def make_engine(url: str) -> Engine:
    """An engine for `url`; for SQLite, the file's folder is created and foreign keys turned on.

    An SQLite file on a network share is refused: SQLite's locking fails there.
    """
    parsed = parse_url(url)
    kwargs: dict[str, Any] = {}
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            path = Path(parsed.database).expanduser()
            _refuse_network_share(path)
            folder = path.parent
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseError(
                    _("Cannot create the folder {folder} for the database: {reason}").format(
                        folder=folder, reason=exc.strerror or exc)
                ) from None
        kwargs["connect_args"] = {"timeout": 15}
    try:
        engine = create_engine(parsed, **kwargs)
    except NoSuchModuleError:
        raise DatabaseError(_(
            "ConsularApp opens SQLite files (sqlite:///...) and PostgreSQL servers "
            "(postgresql://...), not {scheme}:// addresses."
        ).format(scheme=parsed.drivername)) from None
    except (ArgumentError, ImportError, ValueError) as exc:
        raise DatabaseError(_("Cannot use the database {url}: {reason}").format(
            url=parsed.render_as_string(hide_password=True), reason=redact(str(exc)))) from None
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()

    return engine


@dataclass
class Database:
    """An open, up-to-date database and its session factory."""

    engine: Engine
    created: bool = False
    backup_path: Path | None = None
    upgraded_from: str | None = None  # the revision this client upgraded from, if it did
    #: Called by every write (consularapp.writes): team mode's user, version check and history.
    write_hooks: list[Any] = field(default_factory=list, repr=False)
    _sessions: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        # Every write is recorded (history) and, on PostgreSQL, announced (team mode).
        from consularapp.team import install_hooks

        install_hooks(self)

    @property
    def url(self) -> str:
        """The URL for display (password hidden)."""
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def sqlite_path(self) -> Path | None:
        if self.engine.dialect.name != "sqlite":
            return None
        name = self.engine.url.database
        return Path(name) if name and name != ":memory:" else None

    def session(self) -> Session:
        return self._sessions()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session that commits if the block ends normally and rolls back otherwise.

        Services write through `consularapp.writes.write` instead, which adds the write lock,
        the Change and the hooks; this stays for set-up code (migrations, tests)."""
        with self._sessions() as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()


def describe_failure(exc: SQLAlchemyError, url: URL) -> str:
    """One sentence for a database error: no SQL text, no links, no password."""
    orig = getattr(exc, "orig", None) or exc
    reason = " ".join(str(orig).split("\n", 1)[0].split())
    where = url.database if url.get_backend_name() == "sqlite" else (
        url.render_as_string(hide_password=True))
    if url.get_backend_name() == "sqlite":
        if "file is not a database" in reason or "not a database" in reason:
            return _("{path} is not a database file (or it is damaged): choose a ConsularApp "
                     "database.").format(path=where)
        if "unable to open database file" in reason:
            return _("Cannot open the database file {path}: the folder cannot be written or "
                     "the file is in use.").format(path=where)
        if "database is locked" in reason:
            return _("The database {path} is busy in another program; try again in a "
                     "moment.").format(path=where)
    return redact(_("Cannot open the database {url}: {reason}").format(url=where, reason=reason))


def _revision(conn: Connection) -> str | None:
    names = inspect(conn).get_table_names()
    if "alembic_version" not in names:
        if names:
            raise DatabaseError(_(
                "This database already holds tables that ConsularApp did not create ({names}...). "
                "Choose an empty or a ConsularApp database."
            ).format(names=", ".join(sorted(names)[:5])))
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def current_revision(engine: Engine) -> str | None:
    """The schema revision stamped in the database; None for an empty database.

    Raises DatabaseError for a database with tables but no stamp: it was not made by this app.
    """
    try:
        with engine.connect() as conn:
            return _revision(conn)
    except SQLAlchemyError as exc:
        raise DatabaseError(describe_failure(exc, engine.url)) from None


BACKUP_PARTIAL = ".partial"


def _backup(path: Path, revision: str) -> Path:
    """Copy the file beside itself under a temporary name, then rename it: a kill during the
    copy never leaves a truncated file under a backup's name (and the next upgrade removes the
    partial copy)."""
    for stale in path.parent.glob(f"{path.stem}.before-upgrade-from-*{BACKUP_PARTIAL}"):
        stale.unlink(missing_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.before-upgrade-from-{revision}.{stamp}{path.suffix}")
    partial = target.with_name(target.name + BACKUP_PARTIAL)
    try:
        with path.open("rb") as source, partial.open("wb") as copy:
            shutil.copyfileobj(source, copy, 1024 * 1024)
            copy.flush()
            os.fsync(copy.fileno())
        shutil.copystat(path, partial)
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise DatabaseError(_(
            "Cannot copy the database to {target} before upgrading it ({reason}); nothing was "
            "changed."
        ).format(target=target, reason=exc.strerror or exc)) from None
    log.info("Copied %s to %s before upgrading its schema", path, target)
    return target


# PostgreSQL advisory lock of schema upgrades: (this constant, the database's name hashed), so
# databases sharing a server do not wait for each other. "CAPP": a key the app alone uses.
UPGRADE_LOCK_KEY = 0x43415050
UPGRADE_LOCK = "pg_try_advisory_lock(:k, hashtext(current_database()))"
UPGRADE_LOCK_WAIT_SECONDS = 120.0


def check_may_upgrade(conn: Connection, revision: str) -> None:
    """Team mode refuses an upgrade by anyone but an administrator (consularapp.team).

    Called with the upgrade lock held, just before upgrading a PostgreSQL database from
    `revision`: on a team database a client whose user is not an administrator is told that an
    upgrade is waiting (DatabaseError); an administrator's upgrade runs as the role that owns the
    tables, and the migration environment gives the new tables their grants afterwards.
    """
    from consularapp.team import check_may_upgrade as team_check

    team_check(conn, revision, HEAD)


@contextmanager
def _upgrade_lock(conn: Connection) -> Iterator[None]:
    """Hold PostgreSQL's session advisory lock of upgrades (waiting for another client's upgrade
    to finish); one client upgrades, the others then find the schema up to date."""
    deadline = time.monotonic() + UPGRADE_LOCK_WAIT_SECONDS
    said = False
    while not conn.execute(text(f"SELECT {UPGRADE_LOCK}"), {"k": UPGRADE_LOCK_KEY}).scalar():
        conn.rollback()
        if time.monotonic() > deadline:
            raise DatabaseError(_(
                "Another ConsularApp is still upgrading this database; try again in a few "
                "minutes."))
        if not said:
            log.info("Waiting for another client's upgrade of the database schema")
            said = True
        time.sleep(0.2)
    conn.commit()
    try:
        yield
    finally:
        conn.rollback()
        conn.execute(text("SELECT pg_advisory_unlock(:k, hashtext(current_database()))"),
                     {"k": UPGRADE_LOCK_KEY})
        conn.commit()


def _upgrade(engine: Engine, conn: Connection | None = None) -> None:
    """Apply every Alembic revision up to HEAD (imported here only: start-up stays fast)."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("consularapp.migrations")))
    if conn is not None:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        conn.commit()
        return
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            # Batch mode recreates tables; with foreign keys on, dropping the old copy would
            # fire ON DELETE actions. Checked again below once the copy is done.
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        conn.commit()
        if engine.dialect.name == "sqlite":
            broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            conn.exec_driver_sql("PRAGMA foreign_keys=ON")
            if broken:
                raise DatabaseError(f"The upgrade left broken references: {broken[:5]}")


def _refuse_newer(revision: str | None) -> None:
    if revision is not None and revision != HEAD and revision not in known_revisions():
        raise DatabaseTooNewError(_(
            "This database was written by a newer version of ConsularApp (schema {revision}; "
            "this version knows up to {head}). Install the newer version to open it; nothing "
            "was changed."
        ).format(revision=revision, head=HEAD))


def _open_postgresql(engine: Engine) -> Database:
    """Upgrade under the advisory lock: the revision is read again once the lock is held."""
    with engine.connect() as conn, _upgrade_lock(conn):
        revision = _revision(conn)
        conn.commit()
        if revision == HEAD:
            return Database(engine)
        _refuse_newer(revision)
        if revision is not None:
            check_may_upgrade(conn, revision)
        _upgrade(engine, conn)
    return Database(engine, created=revision is None, upgraded_from=revision)


def _sqlite_write_lock(conn: Connection) -> None:
    """Take SQLite's write lock for the schema (BEGIN IMMEDIATE), waiting for another process
    that creates or upgrades the same file, up to UPGRADE_LOCK_WAIT_SECONDS."""
    deadline = time.monotonic() + UPGRADE_LOCK_WAIT_SECONDS
    while True:
        try:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            return
        except OperationalError as exc:
            if "locked" not in str(exc.orig).lower() and "busy" not in str(exc.orig).lower():
                raise
            if time.monotonic() > deadline:
                raise DatabaseError(_(
                    "Another ConsularApp is still creating or upgrading this database; try "
                    "again in a few minutes.")) from None
            log.info("Waiting for another process's creation or upgrade of the database")


def _open_sqlite(engine: Engine) -> Database:
    """Create or upgrade under SQLite's write lock, the revision read again once it is held: two
    processes opening a new or older file at once (two `init`s) do it once; the second waits,
    then finds the schema up to date. The schema is made in one transaction, so no other process
    ever sees half of it."""
    db_file = engine.url.database
    with engine.connect() as conn:
        # Batch mode recreates tables; with foreign keys on, dropping the old copy would fire ON
        # DELETE actions. Set before the transaction (inside one it is ignored); checked below.
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        _sqlite_write_lock(conn)
        revision = _revision(conn)
        if revision == HEAD:  # another process did it meanwhile
            conn.rollback()
            conn.exec_driver_sql("PRAGMA foreign_keys=ON")
            return Database(engine)
        _refuse_newer(revision)
        backup = None
        if revision is not None and db_file and db_file != ":memory:":
            backup = _backup(Path(db_file), revision)  # nobody can write while we hold the lock
        _upgrade(engine, conn)
        broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        conn.exec_driver_sql("PRAGMA foreign_keys=ON")
        if broken:
            raise DatabaseError(f"The upgrade left broken references: {broken[:5]}")
    return Database(engine, created=revision is None, backup_path=backup,
                    upgraded_from=revision)


def open_database(url: str) -> Database:
    """Open `url`, creating the schema in an empty database and upgrading an older one.

    The caller loads the reference directory when `Database.created` is true. Creation and
    upgrades happen once however many processes open the database at the same moment (SQLite:
    its write lock; PostgreSQL: an advisory lock).
    """
    engine = make_engine(url)
    try:
        revision = current_revision(engine)
        if revision == HEAD:
            return Database(engine)
        _refuse_newer(revision)
        if engine.dialect.name == "postgresql":
            return _open_postgresql(engine)
        if engine.dialect.name == "sqlite":
            return _open_sqlite(engine)
        _upgrade(engine)
        return Database(engine, created=revision is None, upgraded_from=revision)
    except SQLAlchemyError as exc:
        engine.dispose()
        raise DatabaseError(describe_failure(exc, engine.url)) from None
    except BaseException:
        engine.dispose()
        raise
