"""Team mode on a real PostgreSQL server: roles enforced by the database, the append-only
history, the administrator's upgrade, and changes announced to the other clients."""

from __future__ import annotations

import io
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from consularapp.agreements import AgreementInput, get_agreement, renew, save_agreement
from consularapp.cli import main
from consularapp.db import Database, open_database
from consularapp.directory import OfficeInput, get_office, save_office
from consularapp.errors import DatabaseError, PermissionDeniedError
from consularapp.settings import EXPIRING_DAYS, set_setting
from consularapp.team import (
    ChangeListener,
    add_user,
    after_upgrade,
    check_may_upgrade,
    connect_arguments,
    list_users,
    rights,
    setup,
)
from consularapp.writes import write

pytestmark = pytest.mark.postgresql_only


@dataclass
class Team:
    """A team database and a way to open it as one of its logins."""

    url: str
    dba: Database
    logins: dict[str, str]  # role -> login name
    opened: list[Database]

    def url_of(self, role: str) -> str:
        return make_url(self.url).set(username=self.logins[role], password="s3cret pass").\
            render_as_string(hide_password=False)

    def open(self, role: str) -> Database:
        db = open_database(self.url_of(role))
        self.opened.append(db)
        return db

    def psql(self, role: str) -> psycopg.Connection:
        """A plain connection, as someone with psql would have."""
        return psycopg.connect(autocommit=True, **connect_arguments(make_url(self.url_of(role))))


@pytest.fixture
def team(db_url: str, demo_db_at: Callable[[date], Database]) -> Iterator[Team]:
    dba = demo_db_at(date(2026, 12, 3))
    result = setup(db_url)
    assert set(result.roles) == {"viewer", "editor", "administrator", "owner"}
    suffix = make_url(db_url).database
    logins = {role: f"{role[:3]}_{suffix}" for role in ("viewer", "editor", "administrator")}
    for role, login in logins.items():
        add_user(dba, login, role, person_id="P-DANIEL-OKAFOR" if role == "administrator"
                 else None, password="s3cret pass")
    t = Team(db_url, dba, logins, [])
    yield t
    for db in t.opened:
        db.close()


def office(**kw: object) -> OfficeInput:
    values: dict[str, object] = dict(id="WHD-TUCSON", agency_code="WHD",
                                     name="WHD Tucson Field Office", city="Tucson", state="AZ",
                                     time_zone="America/Phoenix")
    values.update(kw)
    return OfficeInput(**values)  # type: ignore[arg-type]


def refused(conn: psycopg.Connection, sql: str) -> str:
    with pytest.raises(psycopg.errors.InsufficientPrivilege) as caught:
        conn.execute(sql)
    return str(caught.value)


def test_setup_is_repeatable_and_lists_its_users(team: Team) -> None:
    again = setup(team.url)
    assert (again.created_database, again.created_schema) == (False, False)
    users = {u.login: u for u in list_users(team.dba)}
    assert {u.role for u in users.values()} == {"viewer", "editor", "administrator"}
    admin = users[team.logins["administrator"]]
    assert (admin.person_id, admin.person_name, admin.can_log_in) == (
        "P-DANIEL-OKAFOR", "Daniel Okafor", True)
    assert rights(team.open("editor")).role == "editor"


def test_a_viewer_connected_with_psql_can_read_and_never_write(team: Team) -> None:
    with team.psql("viewer") as conn:
        assert conn.execute("SELECT count(*) FROM office").fetchone()[0] > 50
        assert "permission denied" in refused(conn, "UPDATE office SET phone = 'x'")
        refused(conn, "DELETE FROM agreement")
        refused(conn, "INSERT INTO setting (key, value, version) VALUES ('k', '1', 1)")
        refused(conn, "INSERT INTO history_change (login, operation, at) "
                      "VALUES ('me', 'edit', now())")
        refused(conn, "CREATE TABLE mine (x int)")
    viewer = team.open("viewer")
    with pytest.raises(PermissionDeniedError, match="read-only access"):
        save_office(viewer, office())


def test_an_editor_drafts_agreements_but_cannot_sign_renew_or_terminate(team: Team) -> None:
    editor = team.open("editor")
    save_office(editor, office())  # the directory is the editor's
    draft = AgreementInput(id="LOA-TUCSON", office_ids=["WHD-TUCSON"],
                           consulate_ids=["MX-TUCSON"], state="negotiating")
    save_agreement(editor, draft)
    signed = get_agreement(editor, "LOA-TUCSON")
    signed.state, signed.signed_on, signed.term_months = "signed", date(2026, 12, 1), 36
    with pytest.raises(PermissionDeniedError, match="Only an administrator can sign"):
        save_agreement(editor, signed, "LOA-TUCSON")
    with pytest.raises(PermissionDeniedError, match="Only an administrator can sign"):
        renew(editor, "WHD-CHI-MX-2023")
    with pytest.raises(PermissionDeniedError, match="Only an administrator can change the "):
        set_setting(editor, EXPIRING_DAYS, 45)
    with team.psql("editor") as conn:  # and with psql, past the window
        message = refused(conn, "UPDATE agreement SET state = 'signed', signed_on = "
                                "'2026-12-01' WHERE id = 'LOA-TUCSON'")
        assert "Only an administrator can sign" in message
        refused(conn, "UPDATE agreement SET notes = 'x' WHERE state = 'signed'")
        refused(conn, "DELETE FROM agreement_office WHERE agreement_id = 'WHD-CHI-MX-2023'")
        refused(conn, "UPDATE setting SET value = '1'")

    admin = team.open("administrator")
    signed.version = get_agreement(admin, "LOA-TUCSON").version
    save_agreement(admin, signed, "LOA-TUCSON")
    assert get_agreement(admin, "LOA-TUCSON").state == "signed"
    set_setting(admin, EXPIRING_DAYS, 45)


def test_the_history_is_append_only_for_every_role_and_names_the_real_login(
        team: Team) -> None:
    editor = team.open("editor")
    with write(editor, user="Someone Else"):
        save_office(editor, office())
    with team.dba.session() as s:
        login = s.execute(text("SELECT login FROM history_change ORDER BY id DESC LIMIT 1")
                          ).scalar()
    assert login == team.logins["editor"]  # the database says who, not the client
    for role in ("editor", "administrator"):
        with team.psql(role) as conn:
            refused(conn, "UPDATE history SET new = 'null' WHERE true")
            refused(conn, "DELETE FROM history_change")
            refused(conn, "TRUNCATE history")
            conn.execute("INSERT INTO history_change (login, operation, at) "
                         "VALUES ('someone else', 'edit', '2000-01-01')")  # adding is allowed
    with team.psql("administrator") as conn:  # even as the tables' owner
        conn.execute(f'SET ROLE "{make_url(team.url).database}_owner"')
        refused(conn, "DELETE FROM history")
        refused(conn, "ALTER TABLE history DISABLE TRIGGER USER")
        refused(conn, "DROP TABLE history_change CASCADE")
    with team.dba.engine.connect() as conn:  # and the account that set it up: a trigger
        stamped = conn.execute(text("SELECT login, at > now() - interval '1 hour' FROM "
                                    "history_change ORDER BY id DESC LIMIT 1")).one()
        assert tuple(stamped) == (team.logins["administrator"], True)
        for sql in ("UPDATE history SET new = NULL", "DELETE FROM history_change",
                    "TRUNCATE history_change CASCADE"):
            with pytest.raises(Exception, match="never changed or emptied"):
                conn.execute(text(sql))
            conn.rollback()


def test_only_an_administrator_upgrades_a_team_database(team: Team) -> None:
    with team.psql("editor") as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() is not None
    editor = team.open("editor")
    with editor.engine.connect() as conn, pytest.raises(DatabaseError) as waiting:
        check_may_upgrade(conn, "0003", "0005")
    assert "waiting for an upgrade" in str(waiting.value)
    assert "only an administrator" in str(waiting.value)
    admin = team.open("administrator")
    with admin.engine.connect() as conn:
        check_may_upgrade(conn, "0003", "0005")
        owner = f"{make_url(team.url).database}_owner"
        assert conn.execute(text("SELECT current_user")).scalar() == owner
        after_upgrade(conn)
        assert conn.execute(text("SELECT current_user")).scalar() == team.logins[
            "administrator"]
        conn.rollback()

    # An editor's client opening a database whose schema is behind says so and changes nothing.
    with team.dba.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0003'"))
    with pytest.raises(DatabaseError, match="waiting for an upgrade"):
        open_database(team.url_of("editor"))
    with team.dba.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0003"


def test_a_change_reaches_the_other_clients_within_two_seconds(team: Team) -> None:
    mine, theirs = team.open("editor"), team.open("administrator")
    listener = ChangeListener(mine)
    other_listener = ChangeListener(theirs)
    try:
        started = time.monotonic()
        save_office(theirs, office(phone="520-555-0100"))
        heard = []
        while not heard and time.monotonic() - started < 2:
            heard = listener.wait(0.2)
        assert time.monotonic() - started < 2
        [remote] = heard
        assert remote.change is not None
        assert remote.change.created == {"office": {"WHD-TUCSON"}}
        assert other_listener.wait(0.5) == []  # a client does not hear itself
        data = get_office(mine, "WHD-TUCSON")
        data.phone = "520-555-0111"
        save_office(mine, data, "WHD-TUCSON")
        [back] = other_listener.wait(2)
        assert back.change is not None and back.change.updated == {"office": {"WHD-TUCSON"}}
    finally:
        listener.close()
        other_listener.close()


def test_team_commands(team: Team, capsys: pytest.CaptureFixture[str],
                       monkeypatch: pytest.MonkeyPatch) -> None:
    admin_url = team.url_of("administrator")
    login = f"ana_{make_url(team.url).database}"
    monkeypatch.setattr("sys.stdin", io.StringIO("another secret\n"))
    assert main(["--db", admin_url, "team", "add-user", login, "--role", "editor",
                 "--person", "P-MARIA-LOPEZ", "--password-stdin"]) == 0
    assert capsys.readouterr().out == f"{login} can now open this team database as editor.\n"
    assert main(["--db", admin_url, "team", "users"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert f"{login}\teditor\tMaría López (P-MARIA-LOPEZ)" in lines
    assert lines[-1] == "4 users"
    with psycopg.connect(**connect_arguments(make_url(team.url).set(
            username=login, password="another secret"))) as conn:
        assert conn.execute("SELECT session_user").fetchone() == (login,)
    # An editor may not manage users.
    monkeypatch.setattr("sys.stdin", io.StringIO("x y z w\n"))
    assert main(["--db", team.url_of("editor"), "team", "add-user", "bob", "--role",
                 "viewer"]) == 1
    assert "Only an administrator can manage the users" in capsys.readouterr().err


@pytest.mark.sqlite_only
def test_team_commands_on_sqlite_say_it_needs_postgresql(
        ref_db: Database, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", db_url, "team", "users"]) == 1
    assert "Team mode needs a PostgreSQL database" in capsys.readouterr().err
    assert rights(ref_db).can_sign and rights(ref_db).can_change_settings


def test_a_users_home_office_comes_from_their_person(team: Team) -> None:
    from consularapp.team import home_office

    assert home_office(team.open("administrator")) == "WHD-CHICAGO"  # Daniel Okafor's office
    assert home_office(team.open("editor")) is None  # a login with no person
