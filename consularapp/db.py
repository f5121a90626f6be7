"""Opening a database: engine set-up, schema version check, backup and migration.

The only module that knows about SQLite's quirks (foreign keys off by default, no ALTER). Opening
an up-to-date database costs one small query and no Alembic import; opening an older one copies
the file aside first; opening one written by a newer app is refused.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from consularapp.errors import DatabaseError, DatabaseTooNewError
from consularapp.migrations import HEAD

log = logging.getLogger(__name__)


def known_revisions() -> set[str]:
    """Revision IDs this app ships (file names start with the revision: `0001_initial.py`)."""
    versions = resources.files("consularapp.migrations") / "versions"
    return {
        entry.name.split("_", 1)[0]
        for entry in versions.iterdir()
        if entry.name.endswith(".py") and entry.name[:1].isdigit()
    }


def make_engine(url: str) -> Engine:
    """An engine for `url`; for SQLite, the file's folder is created and foreign keys turned on."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise DatabaseError(f"Not a database URL: {url!r}") from exc
    kwargs: dict[str, Any] = {}
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            folder = Path(parsed.database).expanduser().parent
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseError(
                    f"Cannot create the folder {folder} for the database: {exc.strerror or exc}"
                ) from None
        kwargs["connect_args"] = {"timeout": 15}
    try:
        engine = create_engine(url, **kwargs)
    except (ArgumentError, ImportError) as exc:
        raise DatabaseError(f"Cannot use database {parsed.render_as_string()}: {exc}") from exc
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
    #: Called by every write (consularapp.writes): team mode's user, version check and history.
    write_hooks: list[Any] = field(default_factory=list, repr=False)
    _sessions: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

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


def current_revision(engine: Engine) -> str | None:
    """The schema revision stamped in the database; None for an empty database.

    Raises DatabaseError for a database with tables but no stamp: it was not made by this app.
    """
    try:
        with engine.connect() as conn:
            names = inspect(conn).get_table_names()
            if "alembic_version" not in names:
                if names:
                    raise DatabaseError(
                        "This database already holds tables that ConsularApp did not create "
                        f"({', '.join(sorted(names)[:5])}...). Choose an empty or a ConsularApp "
                        "database."
                    )
                return None
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except OperationalError as exc:
        raise DatabaseError(f"Cannot open the database: {exc.orig}") from exc


def _backup(path: Path, revision: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.before-upgrade-from-{revision}.{stamp}{path.suffix}")
    shutil.copy2(path, target)
    log.info("Copied %s to %s before upgrading its schema", path, target)
    return target


def _upgrade(engine: Engine) -> None:
    """Apply every Alembic revision up to HEAD (imported here only: start-up stays fast)."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("consularapp.migrations")))
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


def open_database(url: str) -> Database:
    """Open `url`, creating the schema in an empty database and upgrading an older one.

    The caller loads the reference directory when `Database.created` is true.
    """
    engine = make_engine(url)
    try:
        revision = current_revision(engine)
        if revision == HEAD:
            return Database(engine)
        if revision is not None and revision not in known_revisions():
            raise DatabaseTooNewError(
                f"This database was written by a newer version of ConsularApp (schema {revision}; "
                f"this version knows up to {HEAD}). Install the newer version to open it; "
                "nothing was changed."
            )
        backup = None
        db_file = engine.url.database
        if revision is not None and engine.dialect.name == "sqlite" and db_file:
            engine.dispose()
            backup = _backup(Path(db_file), revision)
        _upgrade(engine)
        return Database(engine, created=revision is None, backup_path=backup)
    except SQLAlchemyError as exc:
        engine.dispose()
        raise DatabaseError(f"Cannot open the database: {exc}") from exc
    except BaseException:
        engine.dispose()
        raise
