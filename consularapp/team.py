"""Team mode: one shared PostgreSQL database, its roles enforced by the database itself.

`setup` (``consularapp team setup``, run once by whoever administers the server) makes a
database a team database:

* four PostgreSQL roles of its own (role names are server-wide, so they carry the database's
  name): **viewer** (reads everything), **editor** (also edits the directory, events, staffing,
  and drafts agreements), **administrator** (also signs, renews and terminates agreements,
  changes shared settings, manages users, upgrades the schema) and the **owner** of the tables,
  which no one logs in as: administrators act as it only to upgrade the schema;
* grants: a viewer connected with psql can read and nothing else;
* rules a grant cannot say, as triggers: an editor's agreement stays a draft (draft or
  negotiating, renewing nothing); the history can be added to, never changed or emptied, by
  anyone (its tables belong to the account that ran the set-up, not to the owner role), and
  the database itself writes who and when into it;
* `add_user`: a SECURITY DEFINER function that only administrators may call creates logins
  with one of the three roles (the password arrives as a SCRAM verifier, never in clear text).

Every client on PostgreSQL announces each committed change with NOTIFY (`TeamHook`), so every
other open window refreshes what changed (`ChangeListener`).

On SQLite, and on a PostgreSQL database that was never set up, the user has every right.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import os
import re
import select as select_module
import unicodedata
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, inspect, text
from sqlalchemy.engine import make_url

from consularapp.changes import AGREEMENT, SETTING, Change
from consularapp.db import Database
from consularapp.errors import DatabaseError, InputError, PermissionDeniedError, Problem
from consularapp.i18n import _
from consularapp.writes import RecordChange, Write

log = logging.getLogger(__name__)

VIEWER, EDITOR, ADMINISTRATOR, OWNER = "viewer", "editor", "administrator", "owner"
ROLES = (VIEWER, EDITOR, ADMINISTRATOR)
CHANNEL = "consularapp"
HISTORY_TABLES = ("history", "history_change")
# Tables no app role writes directly: the schema stamp, team mode's own (through add_user).
_NOT_EDITED = frozenset({"alembic_version", "team_role", "team_user", *HISTORY_TABLES})
# Tables only administrators write.
ADMIN_TABLES = frozenset({"setting"})
DRAFT_STATES = ("draft", "negotiating")
_LOGIN = re.compile(r"^[A-Za-z_][A-Za-z0-9_.@-]{0,62}$")


# --- rights -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Rights:
    """What the connected user may do; the window shows what the role allows from this."""

    role: str  # viewer, editor or administrator
    login: str
    team: bool  # a team database (PostgreSQL, set up); otherwise every right

    @property
    def can_edit(self) -> bool:
        """Directory, events, staffing, agreement drafts."""
        return self.role in (EDITOR, ADMINISTRATOR)

    @property
    def can_sign(self) -> bool:
        """Sign, renew and terminate agreements."""
        return self.role == ADMINISTRATOR

    @property
    def can_change_settings(self) -> bool:
        return self.role == ADMINISTRATOR

    @property
    def can_manage_users(self) -> bool:
        return self.role == ADMINISTRATOR and self.team

    def why_not(self, what: str) -> str:
        """The sentence the window shows where a right is missing (`what`: edit, sign, ...)."""
        if what == "edit":
            return _("You have read-only access to this team database (viewer); ask an "
                     "administrator for the editor role to make changes.")
        if what == "settings":
            return _("Only an administrator can change the shared settings.")
        if what == "users":
            return _("Only an administrator can manage the users of a team database.")
        return _("Only an administrator can sign, renew or terminate an agreement; as an "
                 "editor you can draft it.")


def role_names(conn: Connection) -> dict[str, str]:
    """role -> PostgreSQL role name of a team database; empty when it was never set up."""
    if conn.dialect.name != "postgresql" or not inspect(conn).has_table("team_role"):
        return {}
    return dict(conn.execute(text("SELECT role, name FROM team_role")).all())


def rights_of(conn: Connection) -> Rights:
    """The rights of the user of `conn` (see `Rights`)."""
    if conn.dialect.name != "postgresql":
        from consularapp.history import os_user

        return Rights(ADMINISTRATOR, os_user(), False)
    login = str(conn.execute(text("SELECT session_user")).scalar())
    names = role_names(conn)
    if not names:
        return Rights(ADMINISTRATOR, login, False)
    for role in (ADMINISTRATOR, EDITOR, VIEWER):
        if conn.execute(text("SELECT pg_has_role(session_user, :r, 'MEMBER')"),
                        {"r": names[role]}).scalar():
            return Rights(role, login, True)
    if conn.execute(text("SELECT rolsuper FROM pg_roles WHERE rolname = session_user")).scalar():
        return Rights(ADMINISTRATOR, login, True)
    return Rights(VIEWER, login, True)


def rights(db: Database) -> Rights:
    """The rights of `db`'s user, read once per Database."""
    cached = getattr(db, "_team_rights", None)
    if cached is None:
        with db.engine.connect() as conn:
            cached = rights_of(conn)
        db._team_rights = cached  # type: ignore[attr-defined]
    return cached


# --- the write hook: rights checked early, the change announced ----------------------------------


class TeamHook:
    """On PostgreSQL: refuses, with a sentence, what the user's role may not write (the database
    refuses it anyway), and announces every committed change to the other clients (NOTIFY)."""

    wants_records = True

    def began(self, w: Write) -> None:
        """Check each flush before the database sees it, so the refusal is our sentence."""
        r = rights(w.db)
        if not r.team or r.can_sign:
            return
        from sqlalchemy import event

        from consularapp.models import Agreement, Setting

        def check(session: Any, _context: Any, _instances: Any) -> None:
            pending = (*session.new, *session.dirty, *session.deleted)
            if not pending:
                return
            if not r.can_edit:
                raise PermissionDeniedError(r.why_not("edit"))
            for obj in pending:
                if isinstance(obj, Setting):
                    raise PermissionDeniedError(r.why_not("settings"))
                if isinstance(obj, Agreement) and _leaves_draft(session, obj):
                    raise PermissionDeniedError(r.why_not("sign"))

        event.listen(w.session, "before_flush", check)

    def record_changed(self, w: Write, record: RecordChange) -> None:
        r = rights(w.db)
        if not r.team or w.dry_run:
            return
        if not r.can_edit:
            raise PermissionDeniedError(r.why_not("edit"))
        if record.table == SETTING and not r.can_change_settings:
            raise PermissionDeniedError(r.why_not("settings"))
        if record.table == AGREEMENT and not r.can_sign and _signs(record):
            raise PermissionDeniedError(r.why_not("sign"))

    def committing(self, w: Write) -> None:
        if w.dry_run or not w.change:
            return
        payload = notice(w.change, w.extra.get("history_change_id"))
        w.session.execute(text("SELECT pg_notify(:channel, :payload)"),
                          {"channel": CHANNEL, "payload": payload})
        own = getattr(w.db, "own_changes", None)
        if own is not None and w.extra.get("history_change_id"):
            own.add(w.extra["history_change_id"])

    def committed(self, w: Write) -> None:
        """The notice goes out with the commit."""

    def rolled_back(self, w: Write) -> None:
        """Nothing was announced."""


def _signs(record: RecordChange) -> bool:
    """True if this agreement record leaves the draft states or renews one (administrators)."""
    fields = record.fields
    if "state" in fields:
        old, new = fields["state"]
        if new is not None and new not in DRAFT_STATES:
            return True
        if record.action == DELETED_ACTION and old not in DRAFT_STATES:
            return True
    old_renews, new_renews = fields.get("renews_id", (None, None))
    return new_renews is not None and old_renews != new_renews


def _leaves_draft(session: Any, obj: Any) -> bool:
    """An ORM agreement that is or was signed or terminated, or starts to renew another."""
    state = inspect(obj)
    current = obj.state
    before = state.committed_state.get("state", current) if state.persistent else None
    if obj in session.deleted:
        return current not in DRAFT_STATES
    if current not in DRAFT_STATES or (before is not None and before not in DRAFT_STATES):
        return True
    renews_before = state.committed_state.get("renews_id", obj.renews_id) if (
        state.persistent) else None
    return obj.renews_id is not None and obj.renews_id != renews_before


DELETED_ACTION = "deleted"
NOTICE_LIMIT = 7000  # PostgreSQL's payload limit is 8,000 bytes


def notice(change: Change, change_id: int | None) -> str:
    """A change as NOTIFY's payload: IDs per table and kind; a change too big for a payload
    (an import) says only that it is big, and the other windows reload."""
    body: dict[str, Any] = {"change": change_id, "pid": os.getpid()}
    tables: dict[str, dict[str, list[str]]] = {}
    for what in ("created", "updated", "deleted"):
        for table, ids in getattr(change, what).items():
            tables.setdefault(table, {})[what] = sorted(ids)
    body["tables"] = tables
    payload = json.dumps(body, separators=(",", ":"), ensure_ascii=False)
    if len(payload.encode()) > NOTICE_LIMIT:
        payload = json.dumps({"change": change_id, "pid": os.getpid(), "big": True,
                              "tables": sorted(tables)}, separators=(",", ":"))
    return payload


@dataclass(frozen=True)
class RemoteChange:
    """A change another client committed, as its notice told it."""

    change_id: int | None
    change: Change | None  # None: too big to tell; reload what `tables` names
    tables: frozenset[str]


def parse_notice(payload: str) -> RemoteChange:
    data = json.loads(payload)
    if data.get("big"):
        return RemoteChange(data.get("change"), None, frozenset(data.get("tables") or ()))
    change = Change()
    for table, kinds in (data.get("tables") or {}).items():
        for what, ids in kinds.items():
            for record_id in ids:
                change.add(what, table, str(record_id))
    return RemoteChange(data.get("change"), change, frozenset(change.tables()))


def connect_arguments(url: Any) -> dict[str, Any]:
    """psycopg's keyword arguments for an SQLAlchemy URL (a password may hold any character)."""
    arguments: dict[str, Any] = {k: v for k, v in {
        "host": url.host, "port": url.port, "dbname": url.database, "user": url.username,
        "password": url.password}.items() if v is not None}
    arguments.update({k: v if isinstance(v, str) else v[-1] for k, v in url.query.items()})
    return arguments


class ChangeListener:
    """Hears the changes other clients commit to a PostgreSQL database (LISTEN), on its own
    connection. `wait(timeout)` returns what arrived; the window runs it on a thread."""

    def __init__(self, db: Database) -> None:
        import psycopg

        self._own: set[int] = db.__dict__.setdefault("own_changes", set())
        self._conn = psycopg.connect(autocommit=True, **connect_arguments(db.engine.url))
        self._conn.execute(f"LISTEN {CHANNEL}")

    def fileno(self) -> int:
        return self._conn.fileno()

    def wait(self, timeout: float) -> list[RemoteChange]:
        """The changes of others that arrived within `timeout` seconds (after the first, what
        is already there)."""
        found: list[RemoteChange] = []
        ready, _w, _x = select_module.select([self._conn.fileno()], [], [], timeout)
        if not ready:
            return found
        for note in self._conn.notifies(timeout=0.05):
            try:
                remote = parse_notice(note.payload)
            except (ValueError, TypeError):
                log.warning("A change notice could not be read")
                continue
            if remote.change_id is not None and remote.change_id in self._own:
                self._own.discard(remote.change_id)
                continue
            found.append(remote)
        return found

    def close(self) -> None:
        self._conn.close()


def install_hooks(db: Database) -> None:
    """The hooks of every database: the history, and on PostgreSQL the team hook."""
    from consularapp.history import install

    install(db)
    if db.engine.dialect.name == "postgresql" and not any(
            isinstance(h, TeamHook) for h in db.write_hooks):
        db.__dict__.setdefault("own_changes", set())
        db.write_hooks.append(TeamHook())


# --- set-up ------------------------------------------------------------------------------------


def _role_prefix(database: str) -> str:
    prefix = re.sub(r"[^a-z0-9_]+", "_", database.lower()).strip("_") or "consularapp"
    return prefix[:40]


def _q(name: str) -> str:
    """A quoted SQL identifier."""
    return '"' + name.replace('"', '""') + '"'


def _execute(conn: Connection, sql: str, **params: Any) -> Any:
    return conn.execute(text(sql), params)


@dataclass(frozen=True)
class SetupResult:
    database: str
    roles: dict[str, str]
    created_database: bool
    created_schema: bool


def setup(url: str) -> SetupResult:
    """Make the PostgreSQL database at `url` a team database (see the module docstring); run
    again, it changes nothing that is already right. `url`'s user must be able to create roles
    (a superuser, or CREATEROLE and the database's owner)."""
    from consularapp.db import open_database
    from consularapp.reference import load_reference

    parsed = make_url(url)
    if parsed.get_backend_name() != "postgresql":
        raise DatabaseError(_("Team mode needs a PostgreSQL database (postgresql://...); an "
                              "SQLite file is for one person on one computer."))
    created_db = _ensure_database(url)
    db = open_database(url)
    try:
        if db.created:
            load_reference(db)
        with db.engine.begin() as conn:
            names = _ensure_roles(conn, parsed.database or "consularapp")
            _own_tables(conn, names)
            _install_rules(conn, names)
            apply_grants(conn, names)
    finally:
        db.close()
    return SetupResult(parsed.database or "", names, created_db, db.created)


def _ensure_database(url: str) -> bool:
    """Create the database if the server lacks it (True if it did)."""
    from sqlalchemy import create_engine

    parsed = make_url(url)
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    server = create_engine(parsed.set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with server.connect() as conn:
            exists = conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"),
                                  {"n": parsed.database}).scalar()
            if exists:
                return False
            conn.execute(text(f"CREATE DATABASE {_q(parsed.database or '')}"))
            return True
    except Exception as exc:  # no maintenance database, no right to create: try as it is
        log.info("Could not check or create the database: %s", type(exc).__name__)
        return False
    finally:
        server.dispose()


def _ensure_roles(conn: Connection, database: str) -> dict[str, str]:
    names = role_names(conn)
    if not names:
        prefix = _role_prefix(database)
        names = {role: f"{prefix}_{role}" for role in (*ROLES, OWNER)}
        for role, name in names.items():
            _execute(conn, "INSERT INTO team_role (role, name) VALUES (:r, :n)", r=role, n=name)
    for name in names.values():
        exists = _execute(conn, "SELECT 1 FROM pg_roles WHERE rolname = :n", n=name).scalar()
        if not exists:
            _execute(conn, f"CREATE ROLE {_q(name)} NOLOGIN")
    viewer, editor, admin, owner = (names[r] for r in (VIEWER, EDITOR, ADMINISTRATOR, OWNER))
    # Each role has the rights of the one below; administrators may act as the owner (the
    # schema upgrade), which owns every table but the history's.
    for member, group in ((editor, viewer), (admin, editor), (admin, owner)):
        _execute(conn, f"GRANT {_q(group)} TO {_q(member)}")
    me = _execute(conn, "SELECT current_user").scalar()
    _execute(conn, f"GRANT {_q(owner)} TO {_q(me)}")  # so the set-up can hand tables over
    return names


def _own_tables(conn: Connection, names: dict[str, str]) -> None:
    """Every table but the history's belongs to the owner role; the history's stay with the
    account that set the database up, so no app role can alter, empty or drop them."""
    owner = _q(names[OWNER])
    database = conn.execute(text("SELECT current_database()")).scalar()
    _execute(conn, f"GRANT CREATE, USAGE ON SCHEMA public TO {owner}")
    _execute(conn, f"GRANT CONNECT, TEMPORARY ON DATABASE {_q(str(database))} TO "
                   f"{_q(names[VIEWER])}")
    for table in inspect(conn).get_table_names():
        if table not in HISTORY_TABLES:  # their sequences go with them
            _execute(conn, f"ALTER TABLE {_q(table)} OWNER TO {owner}")


def apply_grants(conn: Connection, names: dict[str, str] | None = None) -> None:
    """The grants of the three roles on every table there is now (run by set-up and after
    every upgrade, so a table a later revision adds gets its grants too)."""
    names = names or role_names(conn)
    if not names:
        return
    viewer, editor, admin = (_q(names[r]) for r in ROLES)
    _execute(conn, f"GRANT USAGE ON SCHEMA public TO {viewer}")
    _execute(conn, "REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    # Only what the acting role owns: after an upgrade that is the owner role, and the
    # history's tables (the set-up account's) keep the grants the set-up gave them.
    mine = conn.execute(text(
        "SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = "
        "c.relnamespace WHERE n.nspname = 'public' AND c.relkind IN ('r', 'S') AND "
        "pg_has_role(current_user, c.relowner, 'USAGE')")).all()
    for table in sorted(name for name, kind in mine if kind == "r"):
        t = _q(table)
        _execute(conn, f"REVOKE ALL ON {t} FROM PUBLIC")
        _execute(conn, f"GRANT SELECT ON {t} TO {viewer}")
        if table in HISTORY_TABLES:
            _execute(conn, f"GRANT INSERT ON {t} TO {editor}")
        elif table in ADMIN_TABLES:
            _execute(conn, f"GRANT INSERT, UPDATE, DELETE ON {t} TO {admin}")
        elif table not in _NOT_EDITED:
            _execute(conn, f"GRANT INSERT, UPDATE, DELETE ON {t} TO {editor}")
    for sequence in sorted(name for name, kind in mine if kind == "S"):
        _execute(conn, f"GRANT USAGE, SELECT ON SEQUENCE {_q(sequence)} TO {editor}")


def _install_rules(conn: Connection, names: dict[str, str]) -> None:
    """The triggers and the user function (owned by the account running the set-up)."""
    admin, owner = names[ADMINISTRATOR], names[OWNER]
    privileged = (f"(pg_has_role(current_user, {_literal(admin)}, 'MEMBER') OR "
                  f"pg_has_role(current_user, {_literal(owner)}, 'USAGE'))")
    drafts = "('draft', 'negotiating')"
    refusal = ("Only an administrator can sign, renew or terminate an agreement; as an editor "
               "you can draft it.")
    _execute(conn, f"""
CREATE OR REPLACE FUNCTION consularapp_agreement_rules() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF pg_trigger_depth() > 1 OR {privileged} THEN
        RETURN COALESCE(NEW, OLD);
    END IF;
    IF TG_OP = 'DELETE' THEN
        IF OLD.state NOT IN {drafts} THEN
            RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = {_literal(refusal)};
        END IF;
        RETURN OLD;
    END IF;
    IF NEW.state NOT IN {drafts}
       OR (TG_OP = 'UPDATE' AND OLD.state NOT IN {drafts})
       OR (NEW.renews_id IS NOT NULL AND (TG_OP = 'INSERT'
           OR NEW.renews_id IS DISTINCT FROM OLD.renews_id)) THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = {_literal(refusal)};
    END IF;
    RETURN NEW;
END $$""")
    _execute(conn, f"""
CREATE OR REPLACE FUNCTION consularapp_agreement_party_rules() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    agreement_state text;
BEGIN
    IF pg_trigger_depth() > 1 OR {privileged} THEN
        RETURN COALESCE(NEW, OLD);
    END IF;
    SELECT state INTO agreement_state FROM agreement
     WHERE id = COALESCE(NEW.agreement_id, OLD.agreement_id);
    IF agreement_state IS NOT NULL AND agreement_state NOT IN {drafts} THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = {_literal(refusal)};
    END IF;
    RETURN COALESCE(NEW, OLD);
END $$""")
    for table, function in (("agreement", "consularapp_agreement_rules"),
                            ("agreement_office", "consularapp_agreement_party_rules"),
                            ("agreement_consulate", "consularapp_agreement_party_rules"),
                            ("agreement_partner", "consularapp_agreement_party_rules")):
        _execute(conn, f"DROP TRIGGER IF EXISTS consularapp_rules ON {_q(table)}")
        _execute(conn, f"CREATE TRIGGER consularapp_rules BEFORE INSERT OR UPDATE OR DELETE "
                       f"ON {_q(table)} FOR EACH ROW EXECUTE FUNCTION {function}()")
    never = "The history can be added to, never changed or emptied."
    _execute(conn, f"""
CREATE OR REPLACE FUNCTION consularapp_history_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = {_literal(never)};
END $$""")
    _execute(conn, """
CREATE OR REPLACE FUNCTION consularapp_history_stamp() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.login := session_user;
    NEW.at := statement_timestamp();
    RETURN NEW;
END $$""")
    for table in HISTORY_TABLES:
        t = _q(table)
        for trigger, when in (("consularapp_append_only", "BEFORE UPDATE OR DELETE"),
                              ("consularapp_no_truncate", "BEFORE TRUNCATE")):
            each = "FOR EACH ROW" if "TRUNCATE" not in when else "FOR EACH STATEMENT"
            _execute(conn, f"DROP TRIGGER IF EXISTS {trigger} ON {t}")
            _execute(conn, f"CREATE TRIGGER {trigger} {when} ON {t} {each} EXECUTE FUNCTION "
                           "consularapp_history_append_only()")
    _execute(conn, "DROP TRIGGER IF EXISTS consularapp_stamp ON history_change")
    _execute(conn, "CREATE TRIGGER consularapp_stamp BEFORE INSERT ON history_change FOR EACH "
                   "ROW EXECUTE FUNCTION consularapp_history_stamp()")
    _install_user_function(conn, names)


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _install_user_function(conn: Connection, names: dict[str, str]) -> None:
    admin = names[ADMINISTRATOR]
    groups = ", ".join(_literal(names[r]) for r in ROLES)
    _execute(conn, f"""
CREATE OR REPLACE FUNCTION consularapp_add_user(p_login text, p_role text, p_verifier text,
                                                p_person text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    group_name text;
    existing record;
    ours boolean;
    other text;
BEGIN
    IF NOT pg_has_role(session_user, {_literal(admin)}, 'MEMBER') THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = 'Only an administrator can manage the users of a team database.';
    END IF;
    SELECT name INTO group_name FROM team_role WHERE role = p_role AND role <> 'owner';
    IF group_name IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'No such role: ' || p_role;
    END IF;
    SELECT * INTO existing FROM pg_roles WHERE rolname = p_login;
    ours := EXISTS (SELECT 1 FROM team_user WHERE login = p_login);
    IF existing.rolname IS NULL THEN
        EXECUTE format('CREATE ROLE %I LOGIN', p_login);
        ours := true;
    ELSIF existing.rolsuper OR existing.rolcreaterole OR existing.rolreplication
          OR existing.rolbypassrls OR p_login IN ({groups}) THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = p_login || ' is an account of the server with rights of its own; choose '
                      'another login.';
    END IF;
    IF p_verifier IS NOT NULL THEN
        IF NOT ours THEN
            RAISE EXCEPTION USING ERRCODE = '42501',
                MESSAGE = p_login || ' is an existing account of the server; its password is '
                          'not set here.';
        END IF;
        EXECUTE format('ALTER ROLE %I PASSWORD %L', p_login, p_verifier);
    END IF;
    FOR other IN SELECT name FROM team_role WHERE role IN ('viewer', 'editor', 'administrator')
    LOOP
        EXECUTE format('REVOKE %I FROM %I', other, p_login);
    END LOOP;
    EXECUTE format('GRANT %I TO %I', group_name, p_login);
    INSERT INTO team_user (login, person_id, role, added_at)
    VALUES (p_login, p_person, p_role, now())
    ON CONFLICT (login) DO UPDATE SET person_id = EXCLUDED.person_id, role = EXCLUDED.role;
END $$""")
    _execute(conn, "REVOKE ALL ON FUNCTION consularapp_add_user(text, text, text, text) "
                   "FROM PUBLIC")
    _execute(conn, f"GRANT EXECUTE ON FUNCTION consularapp_add_user(text, text, text, text) "
                   f"TO {_q(admin)}")


# --- users ---------------------------------------------------------------------------------------


def scram_verifier(password: str, iterations: int = 4096) -> str:
    """The SCRAM-SHA-256 verifier PostgreSQL stores for `password` (RFC 5802/7677), made here
    so the password itself never reaches the server or its logs."""
    salt = os.urandom(16)
    normalized = unicodedata.normalize("NFKC", password).encode()
    salted = hashlib.pbkdf2_hmac("sha256", normalized, salt, iterations)
    client_key = hmac.new(salted, b"Client Key", "sha256").digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", "sha256").digest()

    def b64(raw: bytes) -> str:
        return base64.b64encode(raw).decode()

    return f"SCRAM-SHA-256${iterations}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"


def _team_database(db: Database) -> dict[str, str]:
    if db.engine.dialect.name != "postgresql":
        raise DatabaseError(_("Team mode needs a PostgreSQL database (postgresql://...); this "
                              "is an SQLite file, where you alone have every right."))
    with db.engine.connect() as conn:
        names = role_names(conn)
    if not names:
        raise DatabaseError(_("{url} is not a team database yet; set it up first with "
                              "`consularapp --db URL team setup`.").format(url=db.url))
    return names


def add_user(db: Database, login: str, role: str, *, person_id: str | None = None,
             password: str | None = None) -> None:
    """Create (or change) the login `login` with `role`, tied to a person of the directory."""
    from sqlalchemy.exc import DBAPIError

    from consularapp.models import Person
    from consularapp.writes import permission_denied

    _team_database(db)
    if not rights(db).can_manage_users:
        raise PermissionDeniedError(rights(db).why_not("users"))
    problems = []
    if not _LOGIN.match(login or ""):
        problems.append(Problem("LOGIN", _("{login!r} is not a login name: letters, digits and "
                                           "_ . @ -, at most 63, starting with a letter")
                                .format(login=login)))
    if role not in ROLES:
        problems.append(Problem("--role", _("choose viewer, editor or administrator")))
    if person_id:
        with db.session() as s:
            if s.get(Person, person_id) is None:
                problems.append(Problem("--person", _("no person has the ID {id!r}").format(
                    id=person_id)))
    if problems:
        raise InputError(problems, _("The user was not added"))
    verifier = scram_verifier(password) if password else None
    try:
        with db.engine.begin() as conn:
            conn.execute(text("SELECT consularapp_add_user(:l, :r, :v, :p)"),
                         {"l": login, "r": role, "v": verifier, "p": person_id or None})
    except DBAPIError as exc:
        denied = permission_denied(exc)
        if denied is not None:
            raise denied from None
        raise DatabaseError(_("The user was not added: {reason}").format(
            reason=getattr(getattr(exc.orig, "diag", None), "message_primary", None) or
            type(exc.orig).__name__)) from None


@dataclass(frozen=True)
class TeamUserRow:
    login: str
    role: str
    person_id: str
    person_name: str
    can_log_in: bool


def list_users(db: Database) -> list[TeamUserRow]:
    """Every login with a role on this team database, with its person."""
    names = _team_database(db)
    role_of = {name: role for role, name in names.items() if role in ROLES}
    with db.engine.connect() as conn:
        members = conn.execute(text(
            "SELECT m.rolname, g.rolname, m.rolcanlogin FROM pg_auth_members a "
            "JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles m ON m.oid = a.member "
            "WHERE g.rolname = ANY(:groups)"), {"groups": list(role_of)}).all()
        people = dict(((login, (pid, name)) for login, pid, name in conn.execute(text(
            "SELECT u.login, u.person_id, p.name FROM team_user u "
            "LEFT JOIN person p ON p.id = u.person_id"))))
    rank = {VIEWER: 0, EDITOR: 1, ADMINISTRATOR: 2}
    best: dict[str, tuple[str, bool]] = {}
    for member, group, can_login in members:
        if member in role_of:  # a group inside a group (editor in viewer)
            continue
        role = role_of[group]
        if member not in best or rank[role] > rank[best[member][0]]:
            best[member] = (role, bool(can_login))
    rows = []
    for login, (role, can_login) in sorted(best.items()):
        pid, pname = people.get(login, (None, None))
        rows.append(TeamUserRow(login, role, pid or "", pname or "", can_login))
    return rows


# --- upgrades ------------------------------------------------------------------------------------


def check_may_upgrade(conn: Connection, revision: str, head: str) -> None:
    """Only an administrator's client upgrades a team database: others are told an upgrade is
    waiting. An administrator's upgrade runs as the owner role (which owns the tables)."""
    names = role_names(conn)
    if not names:
        return
    allowed = conn.execute(text(
        "SELECT pg_has_role(session_user, :a, 'MEMBER') OR "
        "(SELECT rolsuper FROM pg_roles WHERE rolname = session_user)"),
        {"a": names[ADMINISTRATOR]}).scalar()
    if not allowed:
        raise DatabaseError(_(
            "This team database is waiting for an upgrade (schema {revision} to {head}) that "
            "only an administrator's ConsularApp can make; ask an administrator to open it once, "
            "then try again. Nothing was changed.").format(revision=revision, head=head))
    conn.execute(text(f"SET ROLE {_q(names[OWNER])}"))


def after_upgrade(conn: Connection) -> None:
    """Grants for whatever the upgrade added, then back to the user's own role."""
    if conn.dialect.name != "postgresql":
        return
    names = role_names(conn)
    if names:
        apply_grants(conn, names)
        conn.execute(text("RESET ROLE"))


# --- the user's home office ----------------------------------------------------------------------


def home_office(db: Database, today: Any = None) -> str | None:
    """The office of the connected user's person (team_user) on `today`: the office membership
    in force then, else their latest office; None without a person or an office."""
    from datetime import date

    from sqlalchemy import select

    from consularapp.models import Membership, TeamUser

    day = today or date.today()
    login = rights(db).login
    with db.session() as s:
        person_id = s.scalar(select(TeamUser.person_id).where(TeamUser.login == login))
        if not person_id:
            return None
        offices = s.execute(
            select(Membership.office_id, Membership.active_from, Membership.active_to)
            .where(Membership.person_id == person_id, Membership.office_id.is_not(None))
            .order_by(Membership.active_from)).all()
    current = [o for o, start, end in offices
               if (start is None or start <= day) and (end is None or day <= end)]
    if current:
        return str(current[-1])
    return str(offices[-1][0]) if offices else None
