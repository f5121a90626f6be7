"""Draft and published schedules (publishing.py): releases, changelogs, the changes calendar and
the publish folder."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import icalendar
import pytest
import vobject
from sqlalchemy import delete, func, select

from consularapp.calendars import event_calendar
from consularapp.errors import InputError, NotFoundError
from consularapp.models import Assignment, Campaign, Event, Release
from consularapp.publishing import (
    changes_calendar,
    list_releases,
    pending_changes,
    publish,
    release_events,
)
from consularapp.settings import PUBLISH_FOLDER, set_setting

TODAY = date(2026, 11, 21)
YEAR = 2027


@pytest.fixture
def demo_db(demo_db_at):
    return demo_db_at(TODAY)


def parse(data: bytes) -> icalendar.Calendar:
    """icalendar and vobject (validating) both accept it; lines <= 75 octets, CRLF."""
    assert data.endswith(b"\r\n") and b"\n" not in data.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    vobject.readOne(data.decode("utf-8"), validate=True).validate()
    return icalendar.Calendar.from_ical(data)


def events(data: bytes) -> dict[str, icalendar.Event]:
    return {str(e["UID"]): e for e in parse(data).walk("VEVENT")}


def uid(event: str) -> str:
    return f"LRW{YEAR}-{event}@consularapp.lrw"


def eid(event: str) -> str:
    return f"LRW{YEAR}-{event}"


def edit(db, **changes) -> None:
    """Edit the demo schedule the way the services do (sequence up when time/place/status)."""
    with db.transaction() as s:
        if "move" in changes:
            ev = s.get(Event, eid(changes["move"]))
            ev.starts_at += timedelta(hours=1)
            ev.ends_at += timedelta(hours=1)
            ev.sequence += 1
        if "cancel" in changes:
            ev = s.get(Event, eid(changes["cancel"]))
            ev.status = "cancelled"
            ev.sequence += 1
        if "rename" in changes:
            s.get(Event, eid(changes["rename"])).title = "Renamed event"
        if "remove" in changes:
            s.delete(s.get(Event, eid(changes["remove"])))
        if "add" in changes:
            base = s.get(Event, eid("PHX-HEAT"))
            s.add(Event(id=eid(changes["add"]), year=YEAR, title="Added workshop",
                        title_es="Taller añadido", format="workshop",
                        starts_at=base.starts_at + timedelta(days=2),
                        ends_at=base.ends_at + timedelta(days=2), time_zone=base.time_zone,
                        venue=base.venue, address=base.address,
                        host_consulate_id="MX-PHOENIX", status="planned"))
        if "restaff" in changes:
            s.execute(delete(Assignment).where(Assignment.event_id == eid(changes["restaff"])))


def test_first_release_records_every_event(demo_db) -> None:
    change = publish(demo_db, YEAR, by="Rosa Martínez")
    assert change.created == {"release": {f"{YEAR}/1"}}  # a Change, as every write returns
    info = change.release
    assert (info.year, info.number, info.event_count) == (YEAR, 1, 14)
    assert info.published_by == "Rosa Martínez"
    assert info.published_at.tzinfo is not None
    assert abs(info.published_at - datetime.now(UTC)) < timedelta(minutes=1)
    assert {e["what"] for e in info.changelog} == {"added"}
    assert len(info.changelog) == 14 and change.files == ()
    snaps = release_events(demo_db, YEAR, "latest")
    assert [s["id"] for s in snaps] == [s["id"] for s in release_events(demo_db, YEAR, 1)]
    heat = next(s for s in snaps if s["id"] == eid("PHX-HEAT"))
    assert heat["starts_at"] == "2027-08-30T16:00:00+00:00"  # JSON-safe ISO instants
    assert heat["time_zone"] == "America/Phoenix" and heat["office_ids"] == [
        "OSHA-PHOENIX", "WHD-PHOENIX"]
    assert {a["person_id"] for a in heat["assignments"]} == {"P-CARLOS-RUIZ", "P-MARIA-LOPEZ"}


def test_publishing_again_without_changes_is_refused(demo_db) -> None:
    publish(demo_db, YEAR)
    with pytest.raises(InputError, match="nothing changed since release 1"):
        publish(demo_db, YEAR)
    assert [r.number for r in list_releases(demo_db, YEAR)] == [1]


def test_releases_are_numbered_with_a_changelog(demo_db) -> None:
    publish(demo_db, YEAR, by="A")
    edit(demo_db, move="PHX-HEAT", cancel="LA-WEBINAR", rename="NY-PRESS", remove="DEN-TABLING",
         add="PHX-NEW")
    assert pending_changes(demo_db, YEAR)[0] == 1
    info = publish(demo_db, YEAR, by="B").release
    assert info.number == 2 and info.event_count == 14
    log = {e["event_id"]: e for e in info.changelog}
    assert {k: e["what"] for k, e in log.items()} == {
        eid("PHX-HEAT"): "moved",
        eid("LA-WEBINAR"): "cancelled",
        eid("NY-PRESS"): "updated",
        eid("DEN-TABLING"): "removed",
        eid("PHX-NEW"): "added",
    }
    moved = log[eid("PHX-HEAT")]
    assert moved["before"]["starts"] == "2027-08-30T09:00-07:00"
    assert moved["after"]["starts"] == "2027-08-30T10:00-07:00"
    assert moved["fields"] == ["ends_at", "sequence", "starts_at"]
    assert moved["title"] == "Heat illness prevention workshop"
    assert log[eid("NY-PRESS")]["fields"] == ["title"]
    assert log[eid("DEN-TABLING")]["after"] is None and log[eid("PHX-NEW")]["before"] is None
    assert log[eid("LA-WEBINAR")]["after"]["status"] == "cancelled"
    releases = list_releases(demo_db, YEAR)
    assert [(r.number, r.published_by, r.event_count) for r in releases] == \
        [(1, "A", 14), (2, "B", 14)]
    assert releases[1].changelog == info.changelog


def test_release_export_is_the_snapshot_even_after_later_edits(demo_db) -> None:
    publish(demo_db, YEAR)
    edit(demo_db, move="PHX-HEAT", rename="PHX-HEAT", remove="SJU-WORKSHOP")
    with demo_db.transaction() as s:
        s.get(Event, eid("PHX-HEAT")).title_es = "Nuevo título"
    released = events(event_calendar(demo_db, YEAR, release="latest"))
    current = events(event_calendar(demo_db, YEAR))
    heat = released[uid("PHX-HEAT")]
    assert str(heat["SUMMARY"]) == "Heat illness prevention workshop"
    assert heat.decoded("DTSTART").replace(tzinfo=None) == datetime(2027, 8, 30, 9)
    assert int(heat["SEQUENCE"]) == 0
    assert uid("SJU-WORKSHOP") in released and uid("SJU-WORKSHOP") not in current
    assert str(current[uid("PHX-HEAT")]["SUMMARY"]) == "Renamed event"
    assert int(current[uid("PHX-HEAT")]["SEQUENCE"]) == 1
    # the snapshot holds the staff too: a person's calendar from the release
    person = events(event_calendar(demo_db, YEAR, person_id="P-LUZ-RIVERA", release=1))
    (person_uid,) = person
    assert person_uid.startswith(f"{eid('SJU-WORKSHOP')}/P-LUZ-RIVERA/a")
    es = parse(event_calendar(demo_db, YEAR, release=1, language="es",
                              consulate_id="MX-PHOENIX"))
    assert "versión 1" in str(es["X-WR-CALDESC"])
    assert str(next(iter(es.walk("VEVENT")))["SUMMARY"]).startswith("Taller de prevención")


def test_unknown_release_or_year(demo_db) -> None:
    with pytest.raises(NotFoundError, match="latest"):
        release_events(demo_db, YEAR, "latest")
    publish(demo_db, YEAR)
    with pytest.raises(NotFoundError, match="'7'"):
        event_calendar(demo_db, YEAR, release=7)
    with pytest.raises(NotFoundError):
        publish(demo_db, 1999)
    with pytest.raises(NotFoundError):
        list_releases(demo_db, 1999)
    with pytest.raises(InputError):
        release_events(demo_db, YEAR, "newest")


def test_an_empty_campaign_is_not_published(demo_db) -> None:
    with demo_db.transaction() as s:
        s.add(Campaign(year=2030, starts_on=date(2030, 8, 26), ends_on=date(2030, 8, 30)))
    with pytest.raises(InputError, match="no events"):
        publish(demo_db, 2030)


def test_changes_calendar_holds_only_what_changed(demo_db) -> None:
    everything = events(changes_calendar(demo_db, YEAR))  # nothing published: all is new
    assert len(everything) == 14
    publish(demo_db, YEAR)
    assert events(changes_calendar(demo_db, YEAR)) == {}
    edit(demo_db, move="PHX-HEAT", cancel="LA-WEBINAR", rename="NY-PRESS", remove="DEN-TABLING",
         add="PHX-NEW", restaff="HOU-SIGNING")
    data = changes_calendar(demo_db, YEAR)
    cal = parse(data)
    assert str(cal["NAME"]) == "Labor Rights Week 2027 — changes since release 1"
    changed = {u: e for u, e in ((str(e["UID"]), e) for e in cal.walk("VEVENT"))}
    assert set(changed) == {uid(x) for x in ("PHX-HEAT", "LA-WEBINAR", "NY-PRESS",
                                             "DEN-TABLING", "PHX-NEW")}  # not staffing alone
    assert changed[uid("PHX-HEAT")].decoded("DTSTART").replace(tzinfo=None) == \
        datetime(2027, 8, 30, 10)
    assert changed[uid("LA-WEBINAR")]["STATUS"] == "CANCELLED"
    # a removed event is sent as cancelled, newer than what liaisons have
    gone = changed[uid("DEN-TABLING")]
    assert gone["STATUS"] == "CANCELLED" and int(gone["SEQUENCE"]) == 1
    assert str(gone["SUMMARY"]).startswith("CANCELLED: ")
    phoenix = events(changes_calendar(demo_db, YEAR, consulate_id="MX-PHOENIX", language="es"))
    assert set(phoenix) == {uid("PHX-HEAT"), uid("PHX-NEW")}
    assert str(phoenix[uid("PHX-NEW")]["SUMMARY"]) == "Taller añadido"


def test_publish_folder_gets_one_file_per_partner(demo_db, tmp_path) -> None:
    folder = tmp_path / "published"
    set_setting(demo_db, PUBLISH_FOLDER, str(folder))
    change = publish(demo_db, YEAR)
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted(p.name for p in change.files)
    assert "lrw-2027.ics" in names and "lrw-2027-es.ics" in names
    assert "lrw-2027-consulate-MX-PHOENIX.ics" in names
    assert "lrw-2027-consulate-MX-PHOENIX-es.ics" in names
    assert "lrw-2027-office-WHD-PHOENIX.ics" in names
    assert not [n for n in names if n.startswith(".")]  # no temporary files left
    phx = events((folder / "lrw-2027-consulate-MX-PHOENIX.ics").read_bytes())
    assert set(phx) == {uid("PHX-HEAT"), uid("PHX-TABLING")}
    osha = events((folder / "lrw-2027-office-OSHA-PHOENIX.ics").read_bytes())
    assert set(osha) == {uid("PHX-HEAT"), uid("TUCSON-RADIO")}
    spanish = parse((folder / "lrw-2027-consulate-MX-PHOENIX-es.ics").read_bytes())
    assert str(spanish["X-WR-CALNAME"]) == \
        "Semana de Derechos Laborales 2027 — Consulado General de México en Phoenix"
    assert len(events((folder / "lrw-2027.ics").read_bytes())) == 14
    assert "release 1" in str(parse((folder / "lrw-2027.ics").read_bytes())["X-WR-CALDESC"])
    # Denver's only event goes: its file stays, empty, so subscribers see the event go
    edit(demo_db, remove="DEN-TABLING")
    publish(demo_db, YEAR)
    assert events((folder / "lrw-2027-consulate-MX-DENVER.ics").read_bytes()) == {}


def test_an_unwritable_publish_folder_records_no_release(demo_db, tmp_path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    set_setting(demo_db, PUBLISH_FOLDER, str(blocker / "sub"))
    with pytest.raises(InputError, match="Publish folder"):
        publish(demo_db, YEAR)
    with demo_db.session() as s:
        assert s.scalar(select(func.count()).select_from(Release)) == 0
