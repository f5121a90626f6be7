"""Calendar exports (calendars.py): what Outlook, Google Calendar and Thunderbird need.

Every export is parsed twice, with icalendar and with vobject (validating), and checked line by
line (75 octets, CRLF), because each client is strict about a different part.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest
import vobject
from libical_check import events as libical_events
from libical_check import itip_errors
from sqlalchemy import select

from consularapp import calendars
from consularapp.agreements import AgreementInput, get_agreement, save_agreement
from consularapp.calendars import (
    deadlines_calendar,
    event_calendar,
    vtimezone,
    write_calendar,
)
from consularapp.cli import main
from consularapp.errors import InputError, NotFoundError
from consularapp.models import Agreement, Assignment, Campaign, Event, Office
from consularapp.publishing import publish
from consularapp.settings import ORGANIZER_EMAIL, PUBLISH_FOLDER, set_setting

TODAY = date(2026, 11, 21)
YEAR = 2027
STAMP = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)


@pytest.fixture
def demo_db(demo_db_at):
    return demo_db_at(TODAY)


def parse(data: bytes) -> tuple[icalendar.Calendar, object]:
    """Both parsers, plus the physical-line rules; returns (icalendar, vobject) calendars."""
    assert data.endswith(b"\r\n")
    assert b"\n" not in data.replace(b"\r\n", b""), "bare LF"
    assert b"\r" not in data.replace(b"\r\n", b""), "bare CR"
    for line in data.split(b"\r\n"):
        assert len(line) <= 75, line
        line.decode("utf-8")  # never folded inside a character
    for first, second in zip(data.split(b"\r\n"), data.split(b"\r\n")[1:], strict=False):
        if second.startswith(b" "):  # a fold: never between a backslash and what it escapes
            trailing = len(first) - len(first.rstrip(b"\\"))
            assert trailing % 2 == 0, (first, second)
    cal = icalendar.Calendar.from_ical(data)
    vcal = vobject.readOne(data.decode("utf-8"), validate=True)
    vcal.validate()
    return cal, vcal


def events_by_uid(cal: icalendar.Calendar) -> dict[str, icalendar.Event]:
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


def vobject_events(vcal) -> dict[str, object]:
    return {e.uid.value: e for e in getattr(vcal, "vevent_list", [])}


def uid(event: str) -> str:
    return f"LRW{YEAR}-{event}@consularapp.lrw"


def via_vtimezone(cal: icalendar.Calendar, ev: icalendar.Event, name: str = "DTSTART") -> datetime:
    """The UTC instant of a TZID time computed with the file's own VTIMEZONE, not zoneinfo."""
    tzid = ev[name].params["TZID"]
    (component,) = [t for t in cal.walk("VTIMEZONE") if t["TZID"] == tzid]
    local = ev.decoded(name).replace(tzinfo=None)
    return local.replace(tzinfo=component.to_tz()).astimezone(UTC)


# --- the calendar as a whole --------------------------------------------------------------------


def test_campaign_calendar_is_complete_and_valid(demo_db) -> None:
    data = event_calendar(demo_db, YEAR, stamp=STAMP)
    cal, vcal = parse(data)
    assert cal["VERSION"] == "2.0" and cal["METHOD"] == "PUBLISH"
    assert "ConsularApp" in str(cal["PRODID"])
    assert str(cal["X-WR-CALNAME"]) == str(cal["NAME"]) == "Labor Rights Week 2027"
    events = events_by_uid(cal)
    assert len(events) == 14 and len(vobject_events(vcal)) == 14
    used = {str(e["DTSTART"].params["TZID"]) for e in events.values()}
    assert used == {str(t["TZID"]) for t in cal.walk("VTIMEZONE")}
    assert cal.get_missing_tzids() == set()
    assert {"America/Phoenix", "America/Puerto_Rico", "Pacific/Honolulu"} <= used
    for ev in events.values():
        assert ev["DTSTAMP"].dt == STAMP
        assert ev["DTSTART"].params["TZID"] == ev["DTEND"].params["TZID"]
    # VTIMEZONEs come before the events that use them
    assert data.index(b"BEGIN:VTIMEZONE") < data.index(b"BEGIN:VEVENT")


@pytest.mark.parametrize(
    ("event", "zone", "local", "utc"),
    [
        ("PHX-HEAT", "America/Phoenix", datetime(2027, 8, 30, 9), datetime(2027, 8, 30, 16)),
        ("SJU-WORKSHOP", "America/Puerto_Rico", datetime(2027, 8, 31, 10),
         datetime(2027, 8, 31, 14)),
        ("HNL-WORKSHOP", "Pacific/Honolulu", datetime(2027, 9, 1, 13), datetime(2027, 9, 1, 23)),
        ("OPENING-CHI", "America/Chicago", datetime(2027, 8, 30, 9), datetime(2027, 8, 30, 14)),
    ],
)
def test_local_time_with_tzid_converts_to_the_right_instant(
    demo_db, event: str, zone: str, local: datetime, utc: datetime
) -> None:
    cal, vcal = parse(event_calendar(demo_db, YEAR))
    ev = events_by_uid(cal)[uid(event)]
    assert ev["DTSTART"].params["TZID"] == zone
    assert ev.decoded("DTSTART").replace(tzinfo=None) == local
    assert f"DTSTART;TZID={zone}:{local:%Y%m%dT%H%M%S}" in cal.to_ical().decode()
    assert via_vtimezone(cal, ev) == utc.replace(tzinfo=UTC)
    # vobject builds its tzinfo from the file's VTIMEZONE too
    vev = vobject_events(vcal)[uid(event)]
    assert vev.dtstart.value.astimezone(UTC) == utc.replace(tzinfo=UTC)


def test_zones_without_daylight_time_get_one_fixed_standard_component(demo_db) -> None:
    cal, _ = parse(event_calendar(demo_db, YEAR))
    zones = {str(t["TZID"]): t for t in cal.walk("VTIMEZONE")}
    for name, offset in (("America/Phoenix", -7), ("America/Puerto_Rico", -4),
                         ("Pacific/Honolulu", -10)):
        tz = zones[name]
        assert not tz.walk("DAYLIGHT"), name
        (std,) = tz.walk("STANDARD")
        assert std["TZOFFSETFROM"].td == std["TZOFFSETTO"].td == timedelta(hours=offset)
    chicago = zones["America/Chicago"]
    (daylight,) = chicago.walk("DAYLIGHT")
    (standard,) = chicago.walk("STANDARD")
    # Onsets in the local time before the change (RFC 5545): 02:00 both ways.
    assert daylight.decoded("DTSTART").time() == standard.decoded("DTSTART").time() \
        == datetime(2000, 1, 1, 2).time()
    assert daylight["TZOFFSETFROM"].td == timedelta(hours=-6)
    assert daylight["TZOFFSETTO"].td == timedelta(hours=-5)
    assert daylight["RRULE"]["BYMONTH"] == [3] and daylight["RRULE"]["BYDAY"] == ["2SU"]
    assert standard["RRULE"]["BYMONTH"] == [11] and standard["RRULE"]["BYDAY"] == ["1SU"]
    london = vtimezone("Europe/London", 2027, 2027).to_ical().decode()
    assert "BYDAY=-1SU" in london  # "last Sunday", as such rules are written


@pytest.mark.parametrize(
    "zone",
    ["America/Chicago", "America/Phoenix", "America/Puerto_Rico", "Pacific/Honolulu",
     "Europe/London", "Australia/Sydney", "America/Mexico_City", "America/Santiago"],
)
@pytest.mark.parametrize(("first", "last"), [(2027, 2027), (2021, 2023), (2023, 2024)])
def test_vtimezone_agrees_with_the_zone_database(zone: str, first: int, last: int) -> None:
    """Every hour of the range: the VTIMEZONE's offset is zoneinfo's (Mexico City ended its
    daylight time in 2022: the rule must stop there)."""
    cal = icalendar.Calendar()
    cal.add("PRODID", "-//test//EN")
    cal.add("VERSION", "2.0")
    cal.add_component(vtimezone(zone, first, last))
    parsed = icalendar.Calendar.from_ical(cal.to_ical())
    tz = parsed.walk("VTIMEZONE")[0].to_tz()
    reference = ZoneInfo(zone)
    t, end = datetime(first, 1, 1, tzinfo=UTC), datetime(last + 1, 1, 1, tzinfo=UTC)
    while t < end:
        local = t.astimezone(reference)
        wall = local.replace(tzinfo=None, fold=local.fold)
        assert tz.utcoffset(wall) == local.utcoffset(), (zone, t)
        t += timedelta(hours=1)


# --- identity: UID and SEQUENCE -----------------------------------------------------------------


def test_uids_are_stable_across_exports_scopes_languages_and_title_changes(demo_db) -> None:
    first = events_by_uid(parse(event_calendar(demo_db, YEAR))[0])
    assert uid("PHX-HEAT") in first
    again = events_by_uid(parse(event_calendar(demo_db, YEAR))[0])
    assert set(first) == set(again)
    consulate = events_by_uid(parse(event_calendar(demo_db, YEAR, consulate_id="MX-PHOENIX"))[0])
    office = events_by_uid(parse(event_calendar(demo_db, YEAR, office_id="OSHA-PHOENIX"))[0])
    spanish = events_by_uid(parse(event_calendar(demo_db, YEAR, language="es"))[0])
    assert uid("PHX-HEAT") in consulate and uid("PHX-HEAT") in office
    assert set(spanish) == set(first)
    with demo_db.transaction() as s:
        s.get(Event, f"LRW{YEAR}-PHX-HEAT").title = "Heat safety workshop (new name)"
    renamed = events_by_uid(parse(event_calendar(demo_db, YEAR))[0])
    assert set(renamed) == set(first)
    assert str(renamed[uid("PHX-HEAT")]["SUMMARY"]) == "Heat safety workshop (new name)"


def test_sequence_is_the_stored_one_and_rises_only_for_changed_events(demo_db) -> None:
    before = {u: int(e["SEQUENCE"]) for u, e in
              events_by_uid(parse(event_calendar(demo_db, YEAR))[0]).items()}
    assert set(before.values()) == {0}
    with demo_db.transaction() as s:  # what the editing service does when an event moves
        moved = s.get(Event, f"LRW{YEAR}-SJU-WORKSHOP")
        moved.starts_at += timedelta(hours=1)
        moved.ends_at += timedelta(hours=1)
        moved.sequence += 1
    after = {u: int(e["SEQUENCE"]) for u, e in
             events_by_uid(parse(event_calendar(demo_db, YEAR))[0]).items()}
    assert after[uid("SJU-WORKSHOP")] == 1
    assert {u: s for u, s in after.items() if u != uid("SJU-WORKSHOP")} == \
        {u: s for u, s in before.items() if u != uid("SJU-WORKSHOP")}


def test_cancelled_events_stay_with_status_cancelled(demo_db) -> None:
    for language, prefix in (("en", "CANCELLED: "), ("es", "CANCELADO: ")):
        cal, vcal = parse(event_calendar(demo_db, YEAR, language=language))
        ev = events_by_uid(cal)[uid("LA-GT-TRAINING")]
        assert ev["STATUS"] == "CANCELLED"
        assert str(ev["SUMMARY"]).startswith(prefix)
        assert ev["TRANSP"] == "TRANSPARENT"
        assert vobject_events(vcal)[uid("LA-GT-TRAINING")].status.value == "CANCELLED"
        others = [e for u, e in events_by_uid(cal).items() if u != uid("LA-GT-TRAINING")]
        assert {str(e["STATUS"]) for e in others} == {"CONFIRMED", "TENTATIVE"}
        assert not any(str(e["SUMMARY"]).startswith(prefix) for e in others)


# --- text -----------------------------------------------------------------------------------


NASTY_TITLE = 'Wages, hours; overtime & tips <a href="x">\\ second line\nthird line'
NASTY_VENUE = "Casa Michoacán; Hall A, B & C <2nd floor>"
NASTY_ADDRESS = "1638 S Blue Island Ave,\nChicago; IL 60608"


def test_text_is_escaped_and_round_trips(demo_db) -> None:
    with demo_db.transaction() as s:
        ev = s.get(Event, f"LRW{YEAR}-WORKSHOP-CHI-GT")
        ev.title, ev.venue, ev.address = NASTY_TITLE, NASTY_VENUE, NASTY_ADDRESS
        ev.title_es = "Derechos: salarios, horas; propinas " + "ñ" * 80  # long and multibyte
    data = event_calendar(demo_db, YEAR)
    cal, vcal = parse(data)
    ev = events_by_uid(cal)[uid("WORKSHOP-CHI-GT")]
    assert str(ev["SUMMARY"]) == NASTY_TITLE
    assert str(ev["LOCATION"]) == f"{NASTY_VENUE}, {NASTY_ADDRESS}"
    vev = vobject_events(vcal)[uid("WORKSHOP-CHI-GT")]
    assert vev.summary.value == NASTY_TITLE
    assert vev.location.value == f"{NASTY_VENUE}, {NASTY_ADDRESS}"
    assert "ñ" * 80 in vev.description.value
    unfolded = data.replace(b"\r\n ", b"").decode()
    assert "SUMMARY:Wages\\, hours\\; overtime & tips <a href=\"x\">\\\\ second line\\nthird" \
        in unfolded


def test_lines_are_folded_at_75_octets_with_crlf_never_inside_a_character() -> None:
    for text in ("é" * 200, "a\\" * 100, "x" * 73 + "\\,tail" * 30, "😀" * 60 + ",;" * 40):
        line = calendars._fold("DESCRIPTION:" + text)
        parts = line.split(b"\r\n")
        assert all(len(p) <= 75 for p in parts)
        assert all(p.startswith(b" ") for p in parts[1:])
        assert line.replace(b"\r\n ", b"") == ("DESCRIPTION:" + text).encode()
        for part in parts[:-1]:
            part.decode("utf-8")
            assert (len(part) - len(part.rstrip(b"\\"))) % 2 == 0


# --- scopes and languages -----------------------------------------------------------------------


def test_consulate_calendar_holds_only_its_hosted_events(demo_db) -> None:
    cal, _ = parse(event_calendar(demo_db, YEAR, consulate_id="MX-PHOENIX"))
    assert set(events_by_uid(cal)) == {uid("PHX-HEAT"), uid("PHX-TABLING")}
    assert str(cal["X-WR-CALNAME"]) == \
        "Labor Rights Week 2027 — Consulate General of Mexico in Phoenix"


def test_office_calendar_holds_the_events_it_takes_part_in(demo_db) -> None:
    cal, _ = parse(event_calendar(demo_db, YEAR, office_id="OSHA-PHOENIX"))
    assert set(events_by_uid(cal)) == {uid("PHX-HEAT"), uid("TUCSON-RADIO")}
    assert str(cal["NAME"]) == "Labor Rights Week 2027 — OSHA Phoenix Area Office"


def test_spanish_calendar(demo_db) -> None:
    cal, vcal = parse(event_calendar(demo_db, YEAR, consulate_id="MX-PHOENIX", language="es"))
    assert str(cal["X-WR-CALNAME"]) == \
        "Semana de Derechos Laborales 2027 — Consulado General de México en Phoenix"
    ev = events_by_uid(cal)[uid("PHX-HEAT")]
    assert str(ev["SUMMARY"]) == "Taller de prevención de enfermedades por calor"
    description = str(ev["DESCRIPTION"])
    assert "English: Heat illness prevention workshop" in description
    assert "lunes 30 de agosto de 2027, 09:00 – 11:00 MST (America/Phoenix)" in description
    assert "Formato: Taller" in description
    assert str(ev["LOCATION"]).startswith("Consulado General de México en Phoenix, ")
    assert "Taller" in ev["CATEGORIES"].cats
    assert "Tu trabajo tiene valor" in str(cal["X-WR-CALDESC"])
    english = events_by_uid(parse(event_calendar(demo_db, YEAR, consulate_id="MX-PHOENIX"))[0])
    assert "Español: Taller de prevención" in str(english[uid("PHX-HEAT")]["DESCRIPTION"])
    assert vobject_events(vcal)[uid("PHX-HEAT")].summary.value.startswith("Taller")


def _assignment_uid(db, event_id: str, person_id: str) -> str:
    with db.session() as s:
        (aid,) = s.scalars(select(Assignment.id).where(
            Assignment.event_id == event_id, Assignment.person_id == person_id)).all()
    return f"{event_id}/{person_id}/a{aid}@consularapp.lrw"


def test_person_calendar_uses_the_shift_times_and_gives_the_role(demo_db) -> None:
    cal, vcal = parse(event_calendar(demo_db, YEAR, person_id="P-ANA-TZUL"))
    assert str(cal["NAME"]) == "Labor Rights Week 2027 — Ana Tzul"
    events = events_by_uid(cal)
    shift_uid = _assignment_uid(demo_db, f"LRW{YEAR}-TABLING-CHI-1", "P-ANA-TZUL")
    whole_uid = _assignment_uid(demo_db, f"LRW{YEAR}-WORKSHOP-CHI-GT", "P-ANA-TZUL")
    assert set(events) == {shift_uid, whole_uid}
    shift = events[shift_uid]
    assert shift.decoded("DTSTART").replace(tzinfo=None) == datetime(2027, 8, 30, 13, 30)
    assert shift.decoded("DTEND").replace(tzinfo=None) == datetime(2027, 8, 30, 15, 30)
    assert via_vtimezone(cal, shift) == datetime(2027, 8, 30, 18, 30, tzinfo=UTC)
    description = str(shift["DESCRIPTION"])
    assert "Your role: table staff" in description
    assert "Your shift: Monday, August 30, 2027, 1:30 PM – 3:30 PM CDT" in description
    assert "Event: Monday, August 30, 2027, 11:30 AM – 3:30 PM CDT" in description
    whole = events[whole_uid]
    assert "Your role: presenter" in str(whole["DESCRIPTION"])
    assert whole.decoded("DTSTART").replace(tzinfo=None) == datetime(2027, 8, 31, 17)
    assert len(vobject_events(vcal)) == 2


def test_two_shifts_of_one_person_on_one_event_get_distinct_stable_uids(demo_db) -> None:
    with demo_db.transaction() as s:
        first = s.scalars(select(Assignment).where(
            Assignment.person_id == "P-ANA-TZUL", Assignment.event_id == f"LRW{YEAR}-TABLING-CHI-1"
        )).one()
        s.add(Assignment(event_id=first.event_id, person_id="P-ANA-TZUL", role="interpreter",
                         starts_at=first.starts_at - timedelta(hours=2),
                         ends_at=first.starts_at - timedelta(hours=1)))
    events = events_by_uid(parse(event_calendar(demo_db, YEAR, person_id="P-ANA-TZUL"))[0])
    base = f"LRW{YEAR}-TABLING-CHI-1/P-ANA-TZUL"
    with demo_db.session() as s:
        ids = sorted(s.scalars(select(Assignment.id).where(
            Assignment.person_id == "P-ANA-TZUL", Assignment.event_id == first.event_id)))
    assert {f"{base}/a{i}@consularapp.lrw" for i in ids} <= set(events)
    # The earlier shift, added second, did not take the first one's UID.
    assert events[f"{base}/a{first.id}@consularapp.lrw"].decoded("DTSTART").hour == 13


def test_description_carries_links_and_office_contacts_and_categories_the_agencies(
    demo_db,
) -> None:
    with demo_db.transaction() as s:
        s.get(Office, "WHD-PHOENIX").phone = "(602) 514-7100"
        s.get(Office, "WHD-PHOENIX").email = "phoenix.whd@example.gov"
        s.get(Event, f"LRW{YEAR}-PHX-HEAT").notes = (
            "Flyer at https://www.dol.gov/agencies/whd/lrw-2027, bring water."
        )
    cal, _ = parse(event_calendar(demo_db, YEAR, consulate_id="MX-PHOENIX"))
    ev = events_by_uid(cal)[uid("PHX-HEAT")]
    description = str(ev["DESCRIPTION"])
    assert "https://www.dol.gov/agencies/whd/lrw-2027" in description  # Exchange drops URL
    assert str(ev["URL"]) == "https://www.dol.gov/agencies/whd/lrw-2027"
    assert "- WHD Phoenix District Office, phone (602) 514-7100, email phoenix.whd@example.gov" \
        in description
    assert "- OSHA Phoenix Area Office" in description
    assert "Hosted by: Consulate General of Mexico in Phoenix" in description
    assert ev["CATEGORIES"].cats == ["Workshop", "OSHA", "WHD"]
    # The office that plans it (its coordinator's, María López at WHD Phoenix), with its email.
    assert str(ev["ORGANIZER"]) == "mailto:phoenix.whd@example.gov"
    assert ev["ORGANIZER"].params["CN"] == "WHD Phoenix District Office"
    assert str(ev["LOCATION"]) == (
        "Consulate General of Mexico in Phoenix, 320 E McDowell Rd, Suite 105, Phoenix, AZ 85004"
    )


def test_unknown_scope_year_or_language_is_refused(demo_db) -> None:
    with pytest.raises(NotFoundError, match="consulate"):
        event_calendar(demo_db, YEAR, consulate_id="XX-NOWHERE")
    with pytest.raises(NotFoundError, match="office"):
        event_calendar(demo_db, YEAR, office_id="NOPE")
    with pytest.raises(NotFoundError, match="person"):
        event_calendar(demo_db, YEAR, person_id="P-NOBODY")
    with pytest.raises(NotFoundError, match="2031"):
        event_calendar(demo_db, 2031)
    with pytest.raises(InputError):
        event_calendar(demo_db, YEAR, language="fr")
    with pytest.raises(InputError):
        event_calendar(demo_db, YEAR, consulate_id="MX-PHOENIX", office_id="WHD-PHOENIX")
    # a partner without events this year is known: an empty calendar, not an error
    cal, _ = parse(event_calendar(demo_db, YEAR, consulate_id="MX-DALLAS"))
    assert not cal.walk("VEVENT") and not cal.walk("VTIMEZONE")


def test_progress_is_reported_and_export_can_be_cancelled(demo_db) -> None:
    from consularapp.errors import CancelledError

    seen: list[tuple[int, int]] = []
    event_calendar(demo_db, YEAR, progress=lambda d, t, m: seen.append((d, t)))
    assert seen[0] == (0, 14) and seen[-1] == (14, 14)
    with demo_db.transaction() as s:  # enough events for a cancellation check point
        base = s.get(Event, f"LRW{YEAR}-PHX-HEAT")
        for n in range(120):
            s.add(Event(id=f"EXTRA-{n}", year=YEAR, title="x", format="tabling",
                        starts_at=base.starts_at, ends_at=base.ends_at,
                        time_zone=base.time_zone, venue="v", status="planned"))
    with pytest.raises(CancelledError):
        event_calendar(demo_db, YEAR, cancelled=lambda: True)


def test_write_calendar_is_atomic_and_reports_unwritable_paths(tmp_path, demo_db) -> None:
    target = write_calendar(tmp_path / "sub" / "lrw.ics", event_calendar(demo_db, YEAR))
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
    assert [p.name for p in target.parent.iterdir()] == ["lrw.ics"]
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(InputError, match="cannot write"):
        write_calendar(blocker / "lrw.ics", b"data")


# --- deadlines ----------------------------------------------------------------------------------


def deadline_events(db, as_of: date = TODAY) -> dict[str, icalendar.Event]:
    cal, vcal = parse(deadlines_calendar(db, as_of, stamp=STAMP))
    assert len(vobject_events(vcal)) == len(cal.walk("VEVENT"))
    return events_by_uid(cal)


def test_deadlines_for_agreements_in_force_with_reminders(demo_db) -> None:
    events = deadline_events(demo_db)
    agreements = {u.split("/")[0] for u in events if u.endswith("@consularapp.agreements")}
    # in force: active, renewal due, expiring, open-ended; not expired, superseded, draft...
    assert "OSHA-PHX-ALLIANCE-2024" in agreements  # expiring
    assert "WHD-LA-MX-2021" in agreements  # renewal due
    assert "NLRB-HOU-MX-2015" in agreements  # open-ended
    assert not agreements & {"WHD-CHI-MX-2020", "WHD-HOU-HN-2023", "WHD-PHX-MX-RENEWAL",
                             "OSHA-DEN-MX-2023", "WHD-HNL-PH-DRAFT", "WHD-CARIB-MX-2025"}
    expiry = events["OSHA-PHX-ALLIANCE-2024/expiry@consularapp.agreements"]
    assert expiry.decoded("DTSTART") == date(2026, 12, 6)  # all day
    assert expiry.decoded("DTEND") == date(2026, 12, 7)
    assert expiry["TRANSP"] == "TRANSPARENT"
    window = events["OSHA-PHX-ALLIANCE-2024/renewal-window@consularapp.agreements"]
    assert window.decoded("DTSTART") == date(2026, 12, 6) - timedelta(days=180)
    # the 30-day reminder of a deadline 15 days away is already past: left out
    assert [a.decoded("TRIGGER") for a in expiry.walk("VALARM")] == [timedelta(days=-7)]
    later = events["WHD-LA-MX-2021/expiry@consularapp.agreements"]
    alarms = later.walk("VALARM")
    assert [a.decoded("TRIGGER") for a in alarms] == [timedelta(days=-30), timedelta(days=-7)]
    assert all(a["ACTION"] == "DISPLAY" and "WHD-LA-MX-2021" in str(a["DESCRIPTION"])
               for a in alarms)
    review = events["NLRB-HOU-MX-2015/review@consularapp.agreements"]
    assert review.decoded("DTSTART") == date(2027, 2, 16)
    assert "NLRB-HOU-MX-2015/expiry@consularapp.agreements" not in events


def test_deadlines_follow_a_renewal(demo_db) -> None:
    before = deadline_events(demo_db)
    assert "WHD-PHX-MX-2023/expiry@consularapp.agreements" in before
    renewal = get_agreement(demo_db, "WHD-PHX-MX-RENEWAL")
    signed = AgreementInput(**{**renewal.__dict__, "state": "signed",
                               "signed_on": date(2026, 11, 20)})
    save_agreement(demo_db, signed, original_id="WHD-PHX-MX-RENEWAL")
    after = deadline_events(demo_db)
    # The old expiry, still ahead, is sent once more as cancelled (imported calendars drop it);
    # its renewal window, long past, is simply gone.
    old_expiry = after["WHD-PHX-MX-2023/expiry@consularapp.agreements"]
    assert old_expiry["STATUS"] == "CANCELLED"
    assert str(old_expiry["SUMMARY"]).startswith("CANCELLED: ")
    assert "renewed by WHD-PHX-MX-RENEWAL" in str(old_expiry["DESCRIPTION"])
    assert int(old_expiry["SEQUENCE"]) == int(
        before["WHD-PHX-MX-2023/expiry@consularapp.agreements"]["SEQUENCE"]) + 1
    assert not old_expiry.walk("VALARM")
    assert "WHD-PHX-MX-2023/renewal-window@consularapp.agreements" not in after
    assert after["WHD-PHX-MX-RENEWAL/expiry@consularapp.agreements"].decoded("DTSTART") == \
        date(2029, 11, 20)
    assert "WHD-PHX-MX-RENEWAL/renewal-window@consularapp.agreements" in after


def test_a_moved_deadline_keeps_its_uid_and_gets_a_higher_sequence(demo_db) -> None:
    key = "WHD-LA-MX-2021/expiry@consularapp.agreements"
    first = deadline_events(demo_db)
    again = deadline_events(demo_db)
    assert {u: int(e["SEQUENCE"]) for u, e in first.items()} == \
        {u: int(e["SEQUENCE"]) for u, e in again.items()}  # unchanged data, same SEQUENCE
    with demo_db.transaction() as s:  # moved *earlier*: a date-derived number would fall
        a = s.get(Agreement, "WHD-LA-MX-2021")
        a.term_months = 35
        a.updated_at = a.updated_at + timedelta(minutes=5)
    moved = deadline_events(demo_db)
    assert moved[key].decoded("DTSTART") < first[key].decoded("DTSTART")
    assert int(moved[key]["SEQUENCE"]) > int(first[key]["SEQUENCE"])
    untouched = "WHD-CHI-MX-2023/expiry@consularapp.agreements"
    assert int(moved[untouched]["SEQUENCE"]) == int(first[untouched]["SEQUENCE"])


def test_next_review_moves_on_with_a_higher_sequence(demo_db) -> None:
    key = "NLRB-HOU-MX-2015/review@consularapp.agreements"
    now = deadline_events(demo_db)[key]
    later = deadline_events(demo_db, date(2027, 3, 1))[key]
    assert later.decoded("DTSTART") == date(2030, 2, 16)
    assert int(later["SEQUENCE"]) > int(now["SEQUENCE"])


# --- command line -------------------------------------------------------------------------------


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = main(argv)
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def cli_db(db_url: str, capsys) -> str:
    assert run(["--db", db_url, "demo", "--as-of", TODAY.isoformat()], capsys)[0] == 0
    return db_url


def test_cli_calendar_writes_the_file(cli_db: str, tmp_path, capsys) -> None:
    out = tmp_path / "phx.ics"
    code, text, _ = run(["--db", cli_db, "calendar", "--year", "2027", "--consulate",
                         "MX-PHOENIX", "--language", "es", "--out", str(out)], capsys)
    assert code == 0 and "Wrote 2 events" in text
    cal, _ = parse(out.read_bytes())
    assert str(cal["NAME"]).startswith("Semana de Derechos Laborales 2027")
    code, _, _ = run(["--db", cli_db, "calendar", "--year", "2027", "--person", "P-ANA-TZUL",
                      "--out", str(out)], capsys)
    assert code == 0 and len(parse(out.read_bytes())[0].walk("VEVENT")) == 2


def test_cli_calendar_errors(cli_db: str, tmp_path, capsys) -> None:
    out = str(tmp_path / "x.ics")
    code, _, err = run(["--db", cli_db, "calendar", "--year", "2027", "--consulate", "XX-NONE",
                        "--out", out], capsys)
    assert code == 1 and err.count("\n") == 1 and "XX-NONE" in err
    code, _, err = run(["--db", cli_db, "calendar", "--year", "2027", "--consulate", "MX-PHOENIX",
                        "--office", "WHD-PHOENIX", "--out", out], capsys)
    assert code == 2 and "not allowed with" in err
    assert run(["--db", cli_db, "calendar", "--year", "2027", "--language", "fr", "--out", out],
               capsys)[0] == 2
    assert run(["--db", cli_db, "calendar", "--year", "2027", "--release", "first", "--out",
                out], capsys)[0] == 2
    assert run(["--db", cli_db, "calendar", "--year", "2027"], capsys)[0] == 2  # --out needed
    code, _, err = run(["--db", cli_db, "calendar", "--year", "2027", "--release", "latest",
                        "--out", out], capsys)
    assert code == 1 and err.count("\n") == 1 and "release" in err
    code, _, err = run(["--db", cli_db, "calendar", "--year", "1999", "--out", out], capsys)
    assert code == 1 and "1999" in err
    assert not (tmp_path / "x.ics").exists()


def test_cli_deadlines(cli_db: str, tmp_path, capsys) -> None:
    out = tmp_path / "deadlines.ics"
    code, text, _ = run(["--db", cli_db, "deadlines", "--as-of", "2026-11-21", "--out",
                         str(out)], capsys)
    assert code == 0 and " deadlines to " in text
    cal, _ = parse(out.read_bytes())
    assert cal.walk("VALARM")
    assert run(["--db", cli_db, "deadlines", "--as-of", "tomorrow", "--out", str(out)],
               capsys)[0] == 2


def test_cli_publish_then_export_the_release(cli_db: str, tmp_path, capsys) -> None:
    code, text, _ = run(["--db", cli_db, "publish", "--year", "2027", "--by", "Rosa"], capsys)
    assert code == 0 and "release 1" in text and "14 added" in text
    code, _, err = run(["--db", cli_db, "publish", "--year", "2027"], capsys)
    assert code == 1 and "nothing changed since release 1" in err
    out = tmp_path / "r1.ics"
    code, _, _ = run(["--db", cli_db, "calendar", "--year", "2027", "--release", "1", "--out",
                      str(out)], capsys)
    assert code == 0
    assert "release 1" in str(parse(out.read_bytes())[0]["X-WR-CALDESC"])


def test_uid_never_derives_from_title_or_time() -> None:
    assert re.fullmatch(r"[A-Za-z0-9._-]+@consularapp\.lrw", calendars.event_uid("LRW2027-X"))
    assert calendars.assignment_uid("E", "P", 1, 42) == "E/P/a42@consularapp.lrw"
    # releases recorded before assignments carried their ID
    assert calendars.assignment_uid("E", "P", 1) == "E/P@consularapp.lrw"
    assert calendars.assignment_uid("E", "P", 3) == "E/P/3@consularapp.lrw"


# --- a second implementation: libical (Evolution's), its iTIP check and its own time reading ---


def test_every_kind_of_calendar_passes_libicals_itip_check(demo_db) -> None:
    publish(demo_db, YEAR)
    for data in (
        event_calendar(demo_db, YEAR),
        event_calendar(demo_db, YEAR, language="es"),
        event_calendar(demo_db, YEAR, consulate_id="MX-CHICAGO"),
        event_calendar(demo_db, YEAR, office_id="WHD-LOSANGELES"),
        event_calendar(demo_db, YEAR, person_id="P-ANA-TZUL"),
        event_calendar(demo_db, YEAR, release="latest"),
        deadlines_calendar(demo_db, TODAY),
    ):
        assert itip_errors(data) == []
        assert len(libical_events(data)) == data.count(b"BEGIN:VEVENT")


def test_itip_check_would_refuse_an_event_without_organizer(demo_db) -> None:
    """The check is real: without the office's e-mail, the ORGANIZER goes and libical says so."""
    with demo_db.transaction() as s:
        for office in s.scalars(select(Office)):
            office.email = None
    data = event_calendar(demo_db, YEAR, consulate_id="MX-PHOENIX")
    assert b"ORGANIZER" not in data
    assert any("ORGANIZER" in e for e in itip_errors(data))
    # the shared fallback setting fills it in
    set_setting(demo_db, ORGANIZER_EMAIL, "lrw.coordination@example.gov")
    data = event_calendar(demo_db, YEAR, consulate_id="MX-PHOENIX")
    assert itip_errors(data) == []
    ev = events_by_uid(parse(data)[0])[uid("PHX-HEAT")]
    assert str(ev["ORGANIZER"]) == "mailto:lrw.coordination@example.gov"


@pytest.mark.parametrize(
    ("event", "utc_start", "utc_end"),
    [
        ("PHX-HEAT", datetime(2027, 8, 30, 16), datetime(2027, 8, 30, 18)),  # 09:00 MST
        ("SJU-WORKSHOP", datetime(2027, 8, 31, 14), datetime(2027, 8, 31, 17)),  # 10:00 AST
        ("HNL-WORKSHOP", datetime(2027, 9, 1, 23), datetime(2027, 9, 2, 1)),  # 13:00 HST
        ("OPENING-CHI", datetime(2027, 8, 30, 14), datetime(2027, 8, 30, 16)),  # 09:00 CDT
    ],
)
def test_times_read_by_libical_from_the_files_own_vtimezone(
    demo_db, event: str, utc_start: datetime, utc_end: datetime
) -> None:
    for language in ("en", "es"):
        found = libical_events(event_calendar(demo_db, YEAR, language=language))[uid(event)]
        assert found["zone_found"]
        assert (found["start"], found["end"]) == (utc_start.replace(tzinfo=UTC),
                                                  utc_end.replace(tzinfo=UTC))


def test_libical_takes_the_time_zone_from_the_file() -> None:
    """The helper is not fooled by a built-in zone: a file whose Phoenix VTIMEZONE says -05:00
    is read at -05:00."""
    data = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VTIMEZONE\r\n"
        b"TZID:America/Phoenix\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n"
        b"TZOFFSETFROM:-0500\r\nTZOFFSETTO:-0500\r\nTZNAME:XST\r\nEND:STANDARD\r\n"
        b"END:VTIMEZONE\r\nBEGIN:VEVENT\r\nUID:x@t\r\nDTSTAMP:20260101T000000Z\r\n"
        b"DTSTART;TZID=America/Phoenix:20270830T090000\r\n"
        b"DTEND;TZID=America/Phoenix:20270830T100000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    assert libical_events(data)["x@t"]["start"] == datetime(2027, 8, 30, 14, tzinfo=UTC)


# --- calendar properties ------------------------------------------------------------------------


def test_calendar_name_and_description_are_text_escaped(demo_db) -> None:
    with demo_db.transaction() as s:
        s.get(Campaign, YEAR).theme_en = "Know your rights, all of them; at work\nand at home"
    data = event_calendar(demo_db, YEAR)
    unfolded = data.replace(b"\r\n ", b"").decode()
    assert "X-WR-CALDESC:Know your rights\\, all of them\\; at work\\nand at home" in unfolded
    _, vcal = parse(data)
    assert vcal.contents["x-wr-caldesc"][0].value == (
        "Know your rights, all of them; at work\nand at home")
    assert vcal.contents["x-wr-calname"][0].value == "Labor Rights Week 2027"


def test_refresh_interval_only_on_calendars_of_the_publish_folder(demo_db, tmp_path) -> None:
    assert b"REFRESH-INTERVAL" not in event_calendar(demo_db, YEAR)  # a file imported once
    set_setting(demo_db, PUBLISH_FOLDER, str(tmp_path))
    files = publish(demo_db, YEAR).files
    assert files
    for path in files:
        cal, _ = parse(path.read_bytes())
        assert cal["REFRESH-INTERVAL"].dt == timedelta(days=1)
        assert cal["REFRESH-INTERVAL"].params["VALUE"] == "DURATION"
        assert str(cal["X-PUBLISHED-TTL"].to_ical().decode()) == "P1D"
        assert itip_errors(path.read_bytes()) == []


# --- one bad record never stops an export -------------------------------------------------------


def test_a_line_break_in_a_document_does_not_stop_the_deadlines(demo_db) -> None:
    with demo_db.transaction() as s:
        agreement = s.scalars(select(Agreement).where(Agreement.state == "signed")).first()
        agreement.document = "https://www.dol.gov/agencies/whd/loa.pdf\r\nsigned copy in the safe"
        bad = agreement.id
    warnings: list[str] = []
    data = deadlines_calendar(demo_db, TODAY, warnings=warnings)
    cal, _ = parse(data)
    assert warnings == []  # the link is taken alone; the text stays in the description
    mine = [e for e in cal.walk("VEVENT") if str(e["UID"]).startswith(f"{bad}/")]
    for ev in mine:
        assert str(ev["URL"]) == "https://www.dol.gov/agencies/whd/loa.pdf"
        assert "signed copy in the safe" in str(ev["DESCRIPTION"])


def test_a_broken_event_is_left_out_with_a_warning_that_names_it(demo_db, capsys, tmp_path,
                                                                 db_url) -> None:
    with demo_db.transaction() as s:
        s.get(Event, f"LRW{YEAR}-PHX-HEAT").time_zone = "Nowhere/Atlantis"  # bad data in storage
    warnings: list[str] = []
    cal, _ = parse(event_calendar(demo_db, YEAR, warnings=warnings))
    assert len(events_by_uid(cal)) == 13 and uid("PHX-HEAT") not in events_by_uid(cal)
    (warning,) = warnings
    assert f"LRW{YEAR}-PHX-HEAT" in warning and "Nowhere/Atlantis" in warning
    out = tmp_path / "all.ics"
    code, text, err = run(["--db", db_url, "calendar", "--year", "2027", "--out", str(out)],
                          capsys)
    assert code == 0 and "Wrote 13 events" in text
    assert err.startswith("warning: ") and f"LRW{YEAR}-PHX-HEAT" in err


@pytest.mark.parametrize("scope", [{"consulate_id": "MX-CHICAGO"}, {"office_id": "WHD-PHOENIX"},
                                   {"person_id": "P-ELENA-SOTO"}])
def test_a_partners_calendar_read_on_its_own_says_what_the_whole_schedule_does(
        demo_db, scope: dict[str, str]) -> None:
    from datetime import UTC, datetime

    from consularapp.calendars import build_calendar, event_calendar, load_schedule

    stamp = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)
    with demo_db.session() as s:
        whole = load_schedule(s, 2027)
    expected = build_calendar(whole.snapshots, whole.directory, year=2027, stamp=stamp,
                              withdrawn=whole.withdrawn, **scope)
    assert event_calendar(demo_db, 2027, stamp=stamp, **scope) == expected


def test_the_old_hosts_calendar_read_on_its_own_cancels_what_moved_away(demo_db) -> None:
    from consularapp.calendars import build_calendar, event_calendar, load_schedule
    from consularapp.events import get_event, save_event

    event = get_event(demo_db, "LRW2027-TUCSON-RADIO")
    old_host = event.host_consulate_id
    event.host_consulate_id, event.office_ids = "MX-PHOENIX", ["WHD-PHOENIX"]
    save_event(demo_db, event, event.id)
    stamp = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)
    with demo_db.session() as s:
        whole = load_schedule(s, 2027)
    expected = build_calendar(whole.snapshots, whole.directory, year=2027, stamp=stamp,
                              withdrawn=whole.withdrawn, consulate_id=old_host)
    assert event_calendar(demo_db, 2027, stamp=stamp, consulate_id=old_host) == expected
