"""Opening databases: schema creation, the version check, backups, and UTC-only instants."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import StatementError

from consularapp import db as dbmod
from consularapp.db import open_database
from consularapp.errors import DatabaseError, DatabaseTooNewError
from consularapp.migrations import HEAD
from consularapp.models import Base, Campaign, Event


def test_new_database_is_created_at_head(db_url: str) -> None:
    db = open_database(db_url)
    assert db.created
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD
    db.close()
    again = open_database(db_url)
    assert not again.created and again.backup_path is None
    again.close()


def test_head_constant_matches_alembic_scripts() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", "consularapp:migrations")
    assert ScriptDirectory.from_config(cfg).get_current_head() == HEAD
    assert HEAD in dbmod.known_revisions()


def test_migrations_build_exactly_the_models(empty_db) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with empty_db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_foreign_keys_are_enforced(empty_db) -> None:
    from sqlalchemy.exc import IntegrityError

    from consularapp.models import Office

    with pytest.raises(IntegrityError), empty_db.transaction() as s:
        s.add(Office(id="X-1", agency_code="NO-SUCH-AGENCY", name="Nowhere", office_type="field",
                     city="Nowhere", state="AZ", time_zone="America/Phoenix"))


def test_database_from_a_newer_app_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    open_database(f"sqlite:///{path}").close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNewError, match="newer version"):
        open_database(f"sqlite:///{path}")
    assert path.read_bytes() == before


def test_database_of_another_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER)")
    with pytest.raises(DatabaseError, match="did not create"):
        open_database(f"sqlite:///{path}")


def test_older_database_is_copied_aside_before_upgrading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.sqlite3"
    open_database(f"sqlite:///{path}").close()
    # Pretend this app ships a revision the file does not have yet.
    monkeypatch.setattr(dbmod, "HEAD", "9000")
    monkeypatch.setattr(dbmod, "known_revisions", lambda: {HEAD, "9000"})
    upgraded: list[str] = []

    def fake_upgrade(engine, conn) -> None:  # on the connection that holds the write lock
        conn.execute(text("UPDATE alembic_version SET version_num = '9000'"))
        conn.commit()
        upgraded.append("done")

    monkeypatch.setattr(dbmod, "_upgrade", fake_upgrade)
    before = path.read_bytes()
    db = open_database(f"sqlite:///{path}")
    assert upgraded == ["done"]
    assert db.backup_path is not None and db.backup_path.exists()
    assert f"before-upgrade-from-{HEAD}" in db.backup_path.name
    assert db.backup_path.read_bytes() == before
    db.close()


def test_bad_url_is_a_clear_error() -> None:
    with pytest.raises(DatabaseError, match="is not a database address"):
        open_database("not a url")


def test_instants_must_be_aware_and_come_back_in_utc(empty_db) -> None:
    with empty_db.transaction() as s:
        s.add(Campaign(year=2027, starts_on=datetime(2027, 8, 30).date(),
                       ends_on=datetime(2027, 9, 3).date()))
    naive = Event(id="E1", year=2027, title="t", format="workshop",
                  starts_at=datetime(2027, 8, 30, 9), ends_at=datetime(2027, 8, 30, 11),
                  time_zone="America/Chicago", venue="v")
    with pytest.raises(StatementError, match="naive"), empty_db.transaction() as s:
        s.add(naive)
    from zoneinfo import ZoneInfo

    chicago = ZoneInfo("America/Chicago")
    with empty_db.transaction() as s:
        s.add(Event(id="E2", year=2027, title="t", format="workshop",
                    starts_at=datetime(2027, 8, 30, 9, tzinfo=chicago),
                    ends_at=datetime(2027, 8, 30, 11, tzinfo=chicago),
                    time_zone="America/Chicago", venue="v"))
    with empty_db.session() as s:
        event = s.get(Event, "E2")
        assert event.starts_at == datetime(2027, 8, 30, 14, tzinfo=UTC)
        assert event.starts_at.tzinfo is UTC
    raw = create_engine(empty_db.engine.url)
    with raw.connect() as conn:
        stored = conn.execute(text("SELECT starts_at FROM event WHERE id='E2'")).scalar()
    assert str(stored).startswith("2027-08-30 14:00:00")


def test_settings_are_shared_and_checked(empty_db) -> None:
    from consularapp import settings
    from consularapp.errors import InputError

    assert settings.status_settings(empty_db).renewal_lead_days == 180
    settings.set_setting(empty_db, settings.RENEWAL_LEAD_DAYS, 240)
    assert settings.status_settings(empty_db).renewal_lead_days == 240
    with pytest.raises(InputError):
        settings.set_setting(empty_db, settings.TRAVEL_BUFFER_MINUTES, -5)
    settings.set_setting(empty_db, settings.RENEWAL_LEAD_DAYS, None)
    assert settings.get_setting(empty_db, settings.RENEWAL_LEAD_DAYS) == 180
