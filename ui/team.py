"""The window's side of team mode: connections, the password store, hearing others' changes.

* `Connection`: host, port, database, user and TLS mode of a team database; recent ones are
  kept in the Qt settings, never with a password.
* The password lives in the operating system's credential store (Windows Credential Manager,
  macOS Keychain, the Secret Service on Linux) through the `keyring` library, or is asked each
  time; it never goes into settings files, logs, titles or messages.
* `ChangeWatcher` runs the core's `ChangeListener` on a thread and hands each change another
  client committed to the window, which refreshes just what it names (a change too big for a
  notice, an import, reloads the pages).
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass
from typing import Any
from urllib.parse import quote

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

from consularapp.db import Database
from ui.settings import TEAM_HOME_OFFICE, TEAM_RECENT

log = logging.getLogger(__name__)

KEYRING_SERVICE = "ConsularApp team database"
RECENT_MAX = 8
TLS_MODES = ("prefer", "require", "verify-ca", "verify-full", "disable")


def _tr(text: str) -> str:
    return QCoreApplication.translate("team", text)


@dataclass(frozen=True)
class Connection:
    """Where a team database is and who connects; no password."""

    host: str
    database: str
    user: str
    port: int = 5432
    tls: str = "prefer"
    ca_file: str = ""  # the server's certificate authority, for verify-ca / verify-full

    @property
    def label(self) -> str:
        """"host/database", as the status bar names it."""
        return f"{self.host}/{self.database}"

    @property
    def key(self) -> str:
        """Who at which database: the credential store's user name for the password."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def url(self, password: str | None) -> str:
        auth = quote(self.user, safe="")
        if password:
            auth += ":" + quote(password, safe="")
        query = f"?sslmode={quote(self.tls)}"
        if self.ca_file and self.tls in ("verify-ca", "verify-full"):
            query += f"&sslrootcert={quote(self.ca_file)}"
        return (f"postgresql+psycopg://{auth}@{self.host}:{self.port}/"
                f"{quote(self.database, safe='')}{query}")

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Connection | None:
        try:
            return cls(host=str(data["host"]), database=str(data["database"]),
                       user=str(data["user"]), port=int(data.get("port", 5432)),
                       tls=str(data.get("tls", "prefer")), ca_file=str(data.get("ca_file", "")))
        except (KeyError, TypeError, ValueError):
            return None


# --- recent connections (Qt settings, never a password) ----------------------------------------


def recent_connections(settings: Any) -> list[Connection]:
    """The team databases this user connected to, newest first (JSON in the Qt settings)."""
    try:
        raw = json.loads(settings.get(TEAM_RECENT) or "[]")
    except ValueError:
        raw = []
    found: list[Connection] = []
    for item in raw if isinstance(raw, list) else []:
        if isinstance(item, dict):
            connection = Connection.from_dict(item)
            if connection is not None and connection not in found:
                found.append(connection)
    return found


def remember_connection(settings: Any, connection: Connection) -> None:
    kept = [c for c in recent_connections(settings) if c.key != connection.key]
    settings.set(TEAM_RECENT, json.dumps(
        [c.to_dict() for c in [connection, *kept][:RECENT_MAX]]))


# --- the credential store --------------------------------------------------------------------


def credential_store_available() -> bool:
    """True if the OS has a credential store keyring can use (not the 'fail' backend)."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return False
    try:
        return not isinstance(keyring.get_keyring(), fail.Keyring)
    except Exception:  # a broken backend is no backend
        return False


def stored_password(connection: Connection) -> str | None:
    if not credential_store_available():
        return None
    import keyring

    try:
        return keyring.get_password(KEYRING_SERVICE, connection.key)
    except Exception as exc:
        log.warning("The credential store could not be read (%s)", type(exc).__name__)
        return None


def store_password(connection: Connection, password: str) -> bool:
    """Keep the password in the credential store; False (and nothing kept) if it cannot."""
    if not credential_store_available():
        return False
    import keyring

    try:
        keyring.set_password(KEYRING_SERVICE, connection.key, password)
        return True
    except Exception as exc:
        log.warning("The credential store refused the password (%s)", type(exc).__name__)
        return False


def forget_password(connection: Connection) -> None:
    if not credential_store_available():
        return
    import keyring

    try:
        keyring.delete_password(KEYRING_SERVICE, connection.key)
    except Exception:  # nothing stored: nothing to forget
        return


# --- what the status bar says ----------------------------------------------------------------


def status_text(db: Database) -> str:
    """"Team: host/database as user (role)" on PostgreSQL; "" elsewhere."""
    if db.engine.dialect.name != "postgresql":
        return ""
    from consularapp.team import rights

    url = db.engine.url
    role = rights(db).role
    role_word = {"viewer": _tr("viewer"), "editor": _tr("editor"),
                 "administrator": _tr("administrator")}.get(role, role)
    return (_tr("Team: %1/%2 as %3 (%4)").replace("%1", url.host or "localhost")
            .replace("%2", url.database or "").replace("%3", url.username or "")
            .replace("%4", role_word))


# --- hearing the others ----------------------------------------------------------------------


class _ListenThread(QThread):
    heard = Signal(object)  # a consularapp.team.RemoteChange
    failed = Signal(str)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._stop = False

    def stop(self) -> None:
        self._stop = True

    def run(self) -> None:
        from consularapp.team import ChangeListener

        try:
            listener = ChangeListener(self.db)
        except Exception as exc:
            self.failed.emit(type(exc).__name__)
            return
        try:
            while not self._stop:
                for remote in listener.wait(0.25):
                    self.heard.emit(remote)
        except Exception as exc:
            self.failed.emit(type(exc).__name__)
        finally:
            listener.close()


class ChangeWatcher(QObject):
    """Tells the window, on its own thread, of every change another client commits."""

    changed = Signal(object)  # RemoteChange

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = _ListenThread(db, self)
        self._thread.heard.connect(self.changed)
        self._thread.failed.connect(lambda why: log.warning(
            "Stopped hearing other users' changes (%s)", why))

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._thread.stop()
        self._thread.wait(2000)


def watch(db: Database, parent: QObject | None = None) -> ChangeWatcher | None:
    """A started watcher for a PostgreSQL database; None for SQLite."""
    if db.engine.dialect.name != "postgresql":
        return None
    watcher = ChangeWatcher(db, parent)
    watcher.start()
    return watcher


# --- the user's home office ----------------------------------------------------------------------

NO_HOME = "-"  # the user chose to have none


def database_key(db: Database) -> str:
    """A short name of a database for per-database options (its URL holds slashes)."""
    import hashlib

    return hashlib.sha256(db.url.encode()).hexdigest()[:16]


def home_office(db: Database, settings: Any) -> str | None:
    """The office this user's dashboard, matrix and week grid open on: the one they chose here,
    else the office of their person record (team mode); None for none."""
    chosen = settings.get(TEAM_HOME_OFFICE, database=database_key(db))
    if chosen == NO_HOME:
        return None
    if chosen:
        return chosen
    from consularapp.team import home_office as from_person

    try:
        return from_person(db)
    except Exception as exc:  # an unreadable directory must not keep the window from opening
        log.warning("The home office could not be read (%s)", type(exc).__name__)
        return None


def set_home_office(db: Database, settings: Any, office_id: str | None) -> None:
    settings.set(TEAM_HOME_OFFICE, office_id or NO_HOME, database=database_key(db))


def home_scope(db: Database, settings: Any) -> Any:
    """The agency and region of the home office (a Scope), or None without one."""
    office_id = home_office(db, settings)
    if not office_id:
        return None
    from consularapp.directory import list_offices
    from consularapp.partnerships import Scope

    office = next(iter(list_offices(db, [office_id])), None)
    if office is None:
        return None
    return Scope(office.agency_code, office.region or None)


def opening_scope(db: Database, settings: Any, agency: Any, region: Any) -> Any:
    """The scope a page opens on: what the user chose last (the options `agency`, `region` of
    ui.settings), else their home office's agency and region."""
    from consularapp.partnerships import Scope

    store = settings.store
    if store.contains(agency.key) or store.contains(region.key):
        return Scope(settings.get(agency) or None, settings.get(region) or None)
    return home_scope(db, settings) or Scope()
