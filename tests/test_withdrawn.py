"""Withdrawn entries (withdrawn.py, revision 0004): what was sent and went is sent cancelled.

A deleted event, a removed assignment or shift, an event that left a consulate's or an office's
calendar: every later export of the scope it was in carries it as STATUS:CANCELLED with a
higher SEQUENCE, read back by icalendar, vobject and libical, until the campaign has aged out.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import icalendar
import pytest
import vobject
from libical_check import events as libical_events
from libical_check import itip_errors
from sqlalchemy import create_engine, select, text

from consularapp.calendars import event_calendar
from consularapp.db import open_database
from consularapp.demo import load_demo
from consularapp.events import delete_event, get_event, save_event
from consularapp.models import Assignment, WithdrawnEntry
from consularapp.publishing import changes_calendar, publish
from consularapp.settings import PUBLISH_FOLDER, set_setting
from consularapp.staffing import (
    AssignmentInput,
    get_assignment,
    remove_assignment,
    update_assignment,
)

TODAY = date(2026, 11, 21)
YEAR = 2027


@pytest.fixture
def demo_db(ref_db):
    load_demo(ref_db, TODAY)
    return ref_db


def entries(data: bytes) -> dict[str, icalendar.Event]:
    """Parsed three ways; the iTIP check passes; by UID."""
    vobject.readOne(data.decode("utf-8"), validate=True).validate()
    assert itip_errors(data) == []
    return {str(e["UID"]): e for e in icalendar.Calendar.from_ical(data).walk("VEVENT")}


def uid(event: str) -> str:
    return f"LRW{YEAR}-{event}@consularapp.lrw"


def _assignment(db, event: str, person: str) -> int:
    with db.session() as s:
        return s.scalars(select(Assignment.id).where(
            Assignment.event_id == f"LRW{YEAR}-{event}", Assignment.person_id == person)).one()


def test_a_deleted_event_is_cancelled_in_every_scope_it_was_in(demo_db) -> None:
    before = entries(event_calendar(demo_db, YEAR, consulate_id="MX-PHOENIX"))[uid("PHX-HEAT")]
    carlos = _assignment(demo_db, "PHX-HEAT", "P-CARLOS-RUIZ")
    delete_event(demo_db, f"LRW{YEAR}-PHX-HEAT")
    for scope in ({}, {"consulate_id": "MX-PHOENIX"}, {"office_id": "OSHA-PHOENIX"},
                  {"office_id": "WHD-PHOENIX"}, {"language": "es"}):
        data = event_calendar(demo_db, YEAR, **scope)
        gone = entries(data)[uid("PHX-HEAT")]
        assert gone["STATUS"] == "CANCELLED", scope
        assert int(gone["SEQUENCE"]) == int(before["SEQUENCE"]) + 1
        assert gone.decoded("DTSTART") == before.decoded("DTSTART")  # the same entry, as sent
        assert libical_events(data)[uid("PHX-HEAT")]["status"] == "CANCELLED"
    # ... and not where it never was
    assert uid("PHX-HEAT") not in entries(event_calendar(demo_db, YEAR, consulate_id="MX-CHICAGO"))
    # the staff on it get their own entries cancelled
    mine = entries(event_calendar(demo_db, YEAR, person_id="P-CARLOS-RUIZ"))
    shift = mine[f"LRW{YEAR}-PHX-HEAT/P-CARLOS-RUIZ/a{carlos}@consularapp.lrw"]
    assert shift["STATUS"] == "CANCELLED"
    assert "no longer assigned" in str(shift["DESCRIPTION"])


def test_undoing_the_delete_brings_it_back_above_the_cancellation(demo_db) -> None:
    kept = get_event(demo_db, f"LRW{YEAR}-PHX-HEAT")
    delete_event(demo_db, kept.id)
    cancelled = int(entries(event_calendar(demo_db, YEAR))[uid("PHX-HEAT")]["SEQUENCE"])
    save_event(demo_db, kept)
    back = entries(event_calendar(demo_db, YEAR))[uid("PHX-HEAT")]
    assert back["STATUS"] == "CONFIRMED" and int(back["SEQUENCE"]) == cancelled + 1
    with demo_db.session() as s:
        assert s.get(WithdrawnEntry, uid("PHX-HEAT")) is None


def test_a_removed_assignment_and_a_moved_person_are_cancelled_in_their_calendars(
    demo_db,
) -> None:
    luis = _assignment(demo_db, "TABLING-CHI-1", "P-LUIS-HERNANDEZ")
    luis_uid = f"LRW{YEAR}-TABLING-CHI-1/P-LUIS-HERNANDEZ/a{luis}@consularapp.lrw"
    sent = entries(event_calendar(demo_db, YEAR, person_id="P-LUIS-HERNANDEZ"))[luis_uid]
    remove_assignment(demo_db, luis)
    gone = entries(event_calendar(demo_db, YEAR, person_id="P-LUIS-HERNANDEZ"))[luis_uid]
    assert gone["STATUS"] == "CANCELLED" and int(gone["SEQUENCE"]) == int(sent["SEQUENCE"]) + 1
    assert gone.decoded("DTSTART") == sent.decoded("DTSTART")  # the shift's own times
    # The event itself is untouched in partners' calendars.
    assert entries(event_calendar(demo_db, YEAR))[uid("TABLING-CHI-1")]["STATUS"] != "CANCELLED"
    # An assignment handed to someone else: the first person's entry is cancelled.
    ana = _assignment(demo_db, "TABLING-CHI-1", "P-ANA-TZUL")
    data = get_assignment(demo_db, ana)
    update_assignment(demo_db, ana, AssignmentInput(
        event_id=data.event_id, person_id="P-ROSA-MARTINEZ", role=data.role, starts=data.starts,
        ends=data.ends))
    ana_uid = f"LRW{YEAR}-TABLING-CHI-1/P-ANA-TZUL/a{ana}@consularapp.lrw"
    assert entries(event_calendar(demo_db, YEAR, person_id="P-ANA-TZUL"))[ana_uid]["STATUS"] \
        == "CANCELLED"
    rosa = entries(event_calendar(demo_db, YEAR, person_id="P-ROSA-MARTINEZ"))
    assert rosa[f"LRW{YEAR}-TABLING-CHI-1/P-ROSA-MARTINEZ/a{ana}@consularapp.lrw"]["STATUS"] \
        != "CANCELLED"


def test_an_event_that_changes_host_is_cancelled_in_the_old_hosts_calendar(demo_db) -> None:
    event = get_event(demo_db, f"LRW{YEAR}-TUCSON-RADIO")
    old_host = event.host_consulate_id
    save_event(demo_db, _with(event, host_consulate_id="MX-PHOENIX",
                              office_ids=["WHD-PHOENIX"]), event.id)
    old = entries(event_calendar(demo_db, YEAR, consulate_id=old_host))[uid("TUCSON-RADIO")]
    assert old["STATUS"] == "CANCELLED"
    new = entries(event_calendar(demo_db, YEAR, consulate_id="MX-PHOENIX"))[uid("TUCSON-RADIO")]
    assert new["STATUS"] != "CANCELLED"
    left = entries(event_calendar(demo_db, YEAR, office_id=event.office_ids[0]))
    assert left[uid("TUCSON-RADIO")]["STATUS"] == "CANCELLED"
    # Back to the first host (the editor opened again): no longer cancelled there.
    event = _with(event, version=get_event(demo_db, event.id).version)
    save_event(demo_db, event, event.id)
    assert entries(event_calendar(demo_db, YEAR, consulate_id=old_host))[uid("TUCSON-RADIO")][
        "STATUS"] != "CANCELLED"


def _with(event, **values):
    from dataclasses import replace

    return replace(event, **values)


def test_publish_folder_and_changes_calendar_carry_the_cancellation(demo_db, tmp_path) -> None:
    folder = tmp_path / "published"
    set_setting(demo_db, PUBLISH_FOLDER, str(folder))
    publish(demo_db, YEAR)
    delete_event(demo_db, f"LRW{YEAR}-DEN-TABLING")  # Denver's only event
    changes = entries(changes_calendar(demo_db, YEAR, consulate_id="MX-DENVER"))
    assert changes[uid("DEN-TABLING")]["STATUS"] == "CANCELLED"
    publish(demo_db, YEAR)
    denver = entries((folder / "lrw-2027-consulate-MX-DENVER.ics").read_bytes())
    assert denver[uid("DEN-TABLING")]["STATUS"] == "CANCELLED"


def test_entries_age_out_after_the_campaign(demo_db) -> None:
    delete_event(demo_db, f"LRW{YEAR}-PHX-HEAT")
    soon = event_calendar(demo_db, YEAR, today=date(2027, 9, 20))
    assert uid("PHX-HEAT") in entries(soon)
    late = event_calendar(demo_db, YEAR, today=date(2027, 10, 10))  # 30 days after Sept 3
    assert uid("PHX-HEAT") not in entries(late)


def test_upgrade_from_0003_then_withdraw(tmp_path) -> None:
    """Revision 0004 on a database made at 0003 with events and assignments in it."""
    from alembic import command
    from alembic.config import Config

    path = tmp_path / "v3.sqlite3"
    db = open_database(f"sqlite:///{path}")
    from consularapp.reference import load_reference

    load_reference(db)
    load_demo(db, TODAY)
    db.close()
    engine = create_engine(f"sqlite:///{path}")
    cfg = Config()
    cfg.set_main_option("script_location", "consularapp:migrations")
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0003")
        conn.commit()
        names = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master"))}
        assert "withdrawn_entry" not in names
    engine.dispose()

    db = open_database(f"sqlite:///{path}")  # upgrades, with a backup first
    assert db.backup_path is not None and "from-0003" in db.backup_path.name
    delete_event(db, f"LRW{YEAR}-PHX-HEAT")
    assert entries(event_calendar(db, YEAR))[uid("PHX-HEAT")]["STATUS"] == "CANCELLED"
    with db.session() as s:
        row = s.get(WithdrawnEntry, uid("PHX-HEAT"))
        assert row is not None and "consulate:MX-PHOENIX" in row.scopes
        assert row.withdrawn_at.tzinfo is not None
    db.close()


def test_withdrawn_timestamps_are_instants(demo_db) -> None:
    delete_event(demo_db, f"LRW{YEAR}-PHX-HEAT")
    with demo_db.session() as s:
        row = s.get(WithdrawnEntry, uid("PHX-HEAT"))
    assert row is not None
    assert abs(row.withdrawn_at - datetime.now(row.withdrawn_at.tzinfo)) < timedelta(minutes=1)
