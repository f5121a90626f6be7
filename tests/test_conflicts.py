"""Planning problems: real-time overlaps across zones, every kind, acknowledgements, the CLI."""

from __future__ import annotations

import json
import random
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import event as sa_event

from consularapp import conflicts as conflicts_module
from consularapp.agreements import AgreementInput, save_agreement
from consularapp.campaigns import ensure_campaign
from consularapp.cli import main
from consularapp.conflicts import (
    Conflict,
    acknowledge,
    find_conflicts,
    list_acknowledgements,
    unacknowledge,
)
from consularapp.directory import (
    ConsulateInput,
    MembershipInput,
    PersonInput,
    save_consulate,
    save_person,
)
from consularapp.errors import InputError
from consularapp.events import EventInput, cancel_event, get_event, save_event
from consularapp.models import Assignment, Event, Person
from consularapp.settings import TRAVEL_BUFFER_MINUTES, set_setting
from consularapp.staffing import AssignmentInput, assign, list_assignments, update_assignment

TUE = date(2027, 8, 31)


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute)


def _event(db, eid: str, zone: str, starts: datetime, ends: datetime, **kw: object) -> None:
    data = EventInput(id=eid, year=2027, title=str(kw.pop("title", eid)), format="workshop",
                      starts=starts, ends=ends, time_zone=zone, venue=f"Venue {eid}")
    for k, v in kw.items():
        setattr(data, k, v)
    save_event(db, data)


def _person(db, pid: str, name: str, languages: list[str] | None = None,
            start: date | None = date(2020, 1, 1), end: date | None = None,
            org: str = "WHD-PHOENIX") -> None:
    save_person(db, PersonInput(id=pid, name=name, languages=languages or ["English"],
                                memberships=[MembershipInput(org, "", start, end)]))


def _put(db, eid: str, pid: str, shift: tuple[datetime, datetime] | None = None) -> None:
    starts, ends = shift or (None, None)
    assign(db, AssignmentInput(eid, pid, "table staff", starts, ends))


def _of(found: list[Conflict], kind: str) -> list[Conflict]:
    return [c for c in found if c.kind == kind]


@pytest.fixture
def db(ref_db):
    _person(ref_db, "P-MARIA", "María López", ["English", "spanish"])
    _person(ref_db, "P-JAMES", "James Begay", ["English", "Navajo"])
    save_consulate(ref_db, ConsulateInput(id="PH-HONOLULU", country_code="PH", city="Honolulu",
                                          state="HI", time_zone="Pacific/Honolulu"))
    return ref_db


# --- double bookings ----------------------------------------------------------------------------


def test_overlap_is_judged_in_real_time_across_zones(db) -> None:
    _event(db, "PHX", "America/Phoenix", _at(TUE, 9), _at(TUE, 11), title="Heat workshop")
    _event(db, "CHI", "America/Chicago", _at(TUE, 11, 30), _at(TUE, 13), title="Chicago table")
    _put(db, "PHX", "P-MARIA")
    _put(db, "CHI", "P-MARIA")
    (c,) = find_conflicts(db, 2027)
    assert (c.kind, c.severity, c.person_id, c.event_ids) == (
        "double-booked", "error", "P-MARIA", ["PHX", "CHI"])
    assert c.message == (
        "María López is on 'Heat workshop' (Tue 09:00-11:00 MST) and 'Chicago table' "
        "(Tue 11:30-13:00 CDT), which overlap by 1 h 30 min. Move one shift or assign someone "
        "else."
    )
    assert not c.acknowledged and c.reason is None
    assert c.key.startswith("2027|double-booked|P-MARIA|CHI+PHX|")


@pytest.mark.parametrize(
    ("zone_a", "a", "zone_b", "b", "overlap"),
    [
        # Puerto Rico keeps Atlantic time all year: 13:00 AST is 12:00 CDT in August.
        ("America/Puerto_Rico", (13, 0, 14, 0), "America/Chicago", (12, 30, 13, 30), "30 min"),
        # Honolulu (HST, UTC-10) against Phoenix (MST, UTC-7, no DST).
        ("Pacific/Honolulu", (8, 0, 10, 0), "America/Phoenix", (11, 30, 12, 30), "1 h"),
    ],
)
def test_overlaps_with_zones_without_daylight_time(db, zone_a, a, zone_b, b, overlap) -> None:
    _event(db, "A", zone_a, _at(TUE, a[0], a[1]), _at(TUE, a[2], a[3]))
    _event(db, "B", zone_b, _at(TUE, b[0], b[1]), _at(TUE, b[2], b[3]))
    _put(db, "A", "P-MARIA")
    _put(db, "B", "P-MARIA")
    (c,) = find_conflicts(db, 2027)
    assert c.kind == "double-booked" and f"overlap by {overlap}." in c.message


def test_overlap_during_the_repeated_hour_of_a_dst_change(db) -> None:
    # Chicago 01:30 CDT - 02:30 CST is 06:30-08:30 UTC; Phoenix 00:00-00:45 MST is 07:00-07:45.
    day = date(2027, 11, 7)
    _event(db, "CHI", "America/Chicago", _at(day, 1, 30), _at(day, 2, 30))
    _event(db, "PHX", "America/Phoenix", _at(day, 0), _at(day, 0, 45))
    _put(db, "CHI", "P-MARIA")
    _put(db, "PHX", "P-MARIA")
    (c,) = _of(find_conflicts(db, 2027), "double-booked")
    assert "(Sun 01:30 CDT-02:30 CST)" in c.message and "(Sun 00:00-00:45 MST)" in c.message
    assert "overlap by 45 min" in c.message


def test_back_to_back_is_not_a_conflict(db) -> None:
    # Chicago 09:00-11:00 CDT ends at 16:00 UTC, when Phoenix 09:00 MST begins.
    _event(db, "CHI", "America/Chicago", _at(TUE, 9), _at(TUE, 11))
    _event(db, "PHX", "America/Phoenix", _at(TUE, 9), _at(TUE, 10))
    _put(db, "CHI", "P-MARIA")
    _put(db, "PHX", "P-MARIA")
    assert find_conflicts(db, 2027) == []


def test_travel_buffer_between_different_venues(db) -> None:
    _event(db, "A", "America/Phoenix", _at(TUE, 9), _at(TUE, 10), address="1 Main St")
    _event(db, "B", "America/Phoenix", _at(TUE, 10, 20), _at(TUE, 11), address="9 Elm St")
    _event(db, "SAME", "America/Phoenix", _at(TUE, 11), _at(TUE, 12), venue="Venue B",
           address="9 elm st")  # the same place as B, spelled differently
    _event(db, "WEB", "America/Phoenix", _at(TUE, 12), _at(TUE, 13), format="webinar",
           venue="Online")
    for eid in ("A", "B", "SAME", "WEB"):
        _put(db, eid, "P-MARIA")
    assert find_conflicts(db, 2027) == []  # no buffer by default
    set_setting(db, TRAVEL_BUFFER_MINUTES, 30)
    (c,) = find_conflicts(db, 2027)
    assert c.kind == "double-booked" and c.event_ids == ["A", "B"]
    assert "has only 20 min between 'A' (Tue 09:00-10:00 MST) at Venue A" in c.message
    assert "the travel buffer is 30 min" in c.message
    set_setting(db, TRAVEL_BUFFER_MINUTES, 15)
    assert find_conflicts(db, 2027) == []


def test_shifts_count_not_the_whole_event(db) -> None:
    _event(db, "LONG", "America/Chicago", _at(TUE, 9), _at(TUE, 17))
    _event(db, "SHORT", "America/Chicago", _at(TUE, 12), _at(TUE, 13))
    _put(db, "LONG", "P-MARIA", (_at(TUE, 9), _at(TUE, 12)))
    _put(db, "SHORT", "P-MARIA")
    assert find_conflicts(db, 2027) == []
    (aid,) = [a.id for a in list_assignments(db, event_id="LONG")]
    update_assignment(db, aid, AssignmentInput("LONG", "P-MARIA", "table staff",
                                               _at(TUE, 9), _at(TUE, 12, 15)))
    (c,) = find_conflicts(db, 2027)
    assert "(Tue 09:00-12:15 CDT)" in c.message and "overlap by 15 min" in c.message


def test_assigned_twice_to_overlapping_shifts_of_one_event(db) -> None:
    _event(db, "EV", "America/Chicago", _at(TUE, 9), _at(TUE, 17))
    _put(db, "EV", "P-MARIA", (_at(TUE, 9), _at(TUE, 12)))
    _put(db, "EV", "P-MARIA", (_at(TUE, 11), _at(TUE, 14)))
    (c,) = find_conflicts(db, 2027)
    assert (c.kind, c.severity, c.event_ids) == ("assigned twice", "warning", ["EV"])


ZONES = ["America/Phoenix", "America/Chicago", "America/Puerto_Rico", "Pacific/Honolulu",
         "America/Los_Angeles", "America/New_York"]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_sweep_finds_exactly_the_overlapping_pairs(db, seed: int) -> None:
    """The sort-and-sweep agrees with comparing every pair, on random plans."""
    rng = random.Random(seed)
    people = [f"P-{n}" for n in range(5)]
    ensure_campaign(db, 2027)
    with db.transaction() as s:
        s.add_all(Person(id=pid, name=pid, languages=[]) for pid in people)
        spans: dict[str, tuple[datetime, datetime]] = {}
        for n in range(40):
            start = datetime(2027, 8, 30, 12, tzinfo=UTC) + timedelta(
                minutes=15 * rng.randrange(0, 4 * 24 * 4))
            end = start + timedelta(minutes=15 * rng.randint(1, 16))
            spans[f"E{n:02d}"] = (start, end)
            s.add(Event(id=f"E{n:02d}", year=2027, title=f"E{n:02d}", format="workshop",
                        starts_at=start, ends_at=end, time_zone=rng.choice(ZONES),
                        venue="V", status="planned"))
        s.flush()
        real: list[tuple[str, str, datetime, datetime]] = []
        for pid in people:
            for eid in rng.sample(sorted(spans), 10):
                start, end = spans[eid]
                if rng.random() < 0.3 and end - start > timedelta(minutes=30):
                    start, end = start + timedelta(minutes=15), end - timedelta(minutes=15)
                    s.add(Assignment(event_id=eid, person_id=pid, role="other",
                                     starts_at=start, ends_at=end))
                else:
                    s.add(Assignment(event_id=eid, person_id=pid, role="other"))
                real.append((pid, eid, start, end))
    expected = {
        (p1, frozenset((e1, e2)))
        for i, (p1, e1, s1, t1) in enumerate(real)
        for (p2, e2, s2, t2) in real[i + 1:]
        if p1 == p2 and s1 < t2 and s2 < t1
    }
    found = find_conflicts(db, 2027)
    got = {(c.person_id, frozenset(c.event_ids)) for c in _of(found, "double-booked")}
    assert expected and got == expected


# --- the other kinds ----------------------------------------------------------------------------


def test_understaffed_and_language_not_covered(db) -> None:
    _event(db, "EV", "America/Phoenix", _at(TUE, 9), _at(TUE, 11), title="Workshop",
           staff_needed=3, languages_needed=["Spanish", "K'iche'", "Navajo"])
    _put(db, "EV", "P-MARIA")  # speaks "spanish": covers Spanish ignoring case
    found = find_conflicts(db, 2027)
    (staff,) = _of(found, "understaffed")
    assert staff.severity == "warning" and staff.person_id is None and staff.event_ids == ["EV"]
    assert staff.message == (
        "'Workshop' (Tue 09:00-11:00 MST) needs 3 staff and has 1 (María López). "
        "Assign 2 more people."
    )
    (lang,) = _of(found, "language not covered")
    assert lang.message == (
        "No one assigned to 'Workshop' (Tue 09:00-11:00 MST) speaks K'iche' or Navajo, which "
        "the event needs. Assign someone who does or arrange an interpreter."
    )
    _put(db, "EV", "P-JAMES")
    found = find_conflicts(db, 2027)
    assert "K'iche'" in _of(found, "language not covered")[0].message
    assert "Navajo" not in _of(found, "language not covered")[0].message
    assert "has 2 (James Begay, María López)" in _of(found, "understaffed")[0].message


def test_outside_campaign_uses_the_local_day(db) -> None:
    _event(db, "SAT", "America/Chicago", _at(date(2027, 9, 4), 10), _at(date(2027, 9, 4), 12),
           title="Saturday fair")
    # Friday 20:00 in Honolulu is Saturday 06:00 UTC: still inside the week at the venue.
    _event(db, "HNL", "Pacific/Honolulu", _at(date(2027, 9, 3), 20), _at(date(2027, 9, 3), 22))
    (c,) = find_conflicts(db, 2027)
    assert (c.kind, c.severity, c.event_ids) == ("outside campaign", "warning", ["SAT"])
    assert c.message == (
        "'Saturday fair' (Sat 2027-09-04 10:00-12:00 CDT) falls outside Labor Rights Week 2027 "
        "(Mon 2027-08-30 to Fri 2027-09-03). Move the event into the week or change the "
        "campaign's dates."
    )


def test_person_inactive_on_the_event_local_day(db) -> None:
    _person(db, "P-GONE", "Fernando Ibarra", end=date(2027, 6, 30))
    _person(db, "P-LATER", "Lani Akana", start=date(2027, 9, 3), org="WHD-HONOLULU")
    _person(db, "P-NEXT", "Keoni Kahale", start=date(2027, 8, 31), org="WHD-HONOLULU")
    _event(db, "PHX", "America/Phoenix", _at(TUE, 9), _at(TUE, 11), title="Heat workshop")
    # Mon 20:00 HST is Tue 06:00 UTC: Keoni, who starts on Tuesday, is not in yet.
    _event(db, "HNL", "Pacific/Honolulu", _at(date(2027, 8, 30), 20), _at(date(2027, 8, 30), 21))
    _put(db, "PHX", "P-GONE")
    _put(db, "PHX", "P-LATER")
    _put(db, "HNL", "P-NEXT")
    found = _of(find_conflicts(db, 2027), "person inactive")
    assert {(c.person_id, c.event_ids[0]) for c in found} == {
        ("P-GONE", "PHX"), ("P-LATER", "PHX"), ("P-NEXT", "HNL")}
    assert all(c.severity == "error" for c in found)
    gone = next(c for c in found if c.person_id == "P-GONE")
    assert gone.message == (
        "Fernando Ibarra is on 'Heat workshop' (Tue 09:00-11:00 MST) but has no membership in "
        "force on Tue 2027-08-31 (their membership at WHD Phoenix District Office ended on "
        "2027-06-30). Assign someone else or update their membership."
    )
    later = next(c for c in found if c.person_id == "P-LATER")
    assert "starts on 2027-09-03" in later.message


def _agreement(db, aid: str, office: str, consulate: str, **kw: object) -> None:
    data = AgreementInput(id=aid, state="signed", office_ids=[office], consulate_ids=[consulate],
                          signed_on=date(2025, 1, 15), term_months=36)
    for k, v in kw.items():
        setattr(data, k, v)
    save_agreement(db, data)


def test_no_active_agreement_between_office_and_host(db, monkeypatch) -> None:
    _agreement(db, "WHD-PHX", "WHD-PHOENIX", "MX-PHOENIX")  # in force until 2028-01-15
    _agreement(db, "WHD-CHI", "WHD-CHICAGO", "MX-CHICAGO", signed_on=date(2023, 1, 10))
    _agreement(db, "WHD-HNL", "WHD-HONOLULU", "PH-HONOLULU", signed_on=date(2027, 10, 1))
    _agreement(db, "WHD-SJU", "WHD-CARIBBEAN", "MX-SANJUAN", state="draft", signed_on=None)
    for n, day in enumerate((date(2027, 8, 30), TUE, date(2027, 9, 1))):
        _event(db, f"PHX-{n}", "America/Phoenix", _at(day, 9), _at(day, 11),
               host_consulate_id="MX-PHOENIX", office_ids=["WHD-PHOENIX", "OSHA-PHOENIX"])
    _event(db, "CHI", "America/Chicago", _at(TUE, 9), _at(TUE, 11), title="Chicago table",
           host_consulate_id="MX-CHICAGO", office_ids=["WHD-CHICAGO"])
    _event(db, "HNL", "Pacific/Honolulu", _at(TUE, 9), _at(TUE, 11),
           host_consulate_id="PH-HONOLULU", office_ids=["WHD-HONOLULU"])
    _event(db, "SJU", "America/Puerto_Rico", _at(TUE, 9), _at(TUE, 11),
           host_consulate_id="MX-SANJUAN", office_ids=["WHD-CARIBBEAN"])
    _event(db, "NOHOST", "America/Phoenix", _at(TUE, 9), _at(TUE, 11), office_ids=["WHD-PHOENIX"])
    calls = []
    real = conflicts_module.compute_statuses
    monkeypatch.setattr(conflicts_module, "compute_statuses",
                        lambda *a, **k: calls.append(a) or real(*a, **k))
    found = _of(find_conflicts(db, 2027), "no active agreement")
    assert len(calls) == 1  # statuses fetched once, not per event or per day
    by_event = {(c.event_ids[0], c.message.split(" takes part")[0]): c for c in found}
    assert set(by_event) == {
        ("PHX-0", "OSHA Phoenix Area Office"), ("PHX-1", "OSHA Phoenix Area Office"),
        ("PHX-2", "OSHA Phoenix Area Office"), ("CHI", "WHD Chicago District Office"),
        ("HNL", "WHD Honolulu District Office"), ("SJU", "WHD Caribbean District Office"),
    }
    assert all(c.severity == "warning" and c.person_id is None for c in found)
    assert "(they have never had one)" in by_event[("PHX-0", "OSHA Phoenix Area Office")].message
    chi = by_event[("CHI", "WHD Chicago District Office")].message
    assert chi == (
        "WHD Chicago District Office takes part in 'Chicago table' (Tue 2027-08-31) hosted by "
        "the Consulate of Mexico in Chicago, but no agreement between them is in force that day "
        "(WHD-CHI expired on 2026-01-10). Renew or sign the agreement, or check the event's "
        "offices."
    )
    assert "(WHD-HNL takes effect on 2027-10-01)" in by_event[
        ("HNL", "WHD Honolulu District Office")].message
    assert "(WHD-SJU is draft)" in by_event[("SJU", "WHD Caribbean District Office")].message


def test_shift_outside_event_from_imported_data(db) -> None:
    _event(db, "EV", "America/Chicago", _at(TUE, 9), _at(TUE, 11), title="Table")
    with db.transaction() as s:  # the editor refuses this; imported or old data may have it
        s.add(Assignment(event_id="EV", person_id="P-MARIA", role="other",
                         starts_at=datetime(2027, 8, 31, 15, tzinfo=UTC),
                         ends_at=datetime(2027, 8, 31, 17, tzinfo=UTC)))
    (c,) = find_conflicts(db, 2027)
    assert (c.kind, c.severity, c.person_id) == ("shift outside event", "warning", "P-MARIA")
    assert c.message == (
        "María López's shift on 'Table' (Tue 10:00-12:00 CDT) lies outside the event "
        "(Tue 09:00-11:00 CDT). Correct the shift."
    )


def test_cancelled_events_produce_nothing(db) -> None:
    _person(db, "P-GONE", "Fernando Ibarra", end=date(2027, 6, 30))
    _event(db, "A", "America/Phoenix", _at(TUE, 9), _at(TUE, 11), staff_needed=4,
           languages_needed=["Navajo"], host_consulate_id="MX-PHOENIX",
           office_ids=["OSHA-PHOENIX"])
    _event(db, "B", "America/Phoenix", _at(date(2027, 9, 5), 9), _at(date(2027, 9, 5), 11))
    _put(db, "A", "P-MARIA")
    _put(db, "A", "P-GONE")
    _put(db, "B", "P-MARIA")
    assert {c.kind for c in find_conflicts(db, 2027)} == {
        "understaffed", "language not covered", "no active agreement", "person inactive",
        "outside campaign"}
    cancel_event(db, "A")
    cancel_event(db, "B")
    assert find_conflicts(db, 2027) == []


def test_errors_come_first_then_time(db) -> None:
    _event(db, "EARLY", "America/Phoenix", _at(date(2027, 8, 30), 9),
           _at(date(2027, 8, 30), 11), staff_needed=1)
    _event(db, "A", "America/Phoenix", _at(TUE, 9), _at(TUE, 11))
    _event(db, "B", "America/Phoenix", _at(TUE, 10), _at(TUE, 11))
    _event(db, "C", "America/Phoenix", _at(date(2027, 9, 1), 9), _at(date(2027, 9, 1), 11))
    _event(db, "D", "America/Phoenix", _at(date(2027, 9, 1), 10), _at(date(2027, 9, 1), 11))
    for eid in "ABCD":
        _put(db, eid, "P-MARIA")
    found = find_conflicts(db, 2027)
    assert [(c.severity, c.event_ids) for c in found] == [
        ("error", ["A", "B"]), ("error", ["C", "D"]), ("warning", ["EARLY"])]


def test_as_of_leaves_out_events_that_are_over(db) -> None:
    _event(db, "MON", "America/Phoenix", _at(date(2027, 8, 30), 9),
           _at(date(2027, 8, 30), 11), staff_needed=1)
    _event(db, "WED", "America/Phoenix", _at(date(2027, 9, 1), 9),
           _at(date(2027, 9, 1), 11), staff_needed=1)
    assert len(find_conflicts(db, 2027)) == 2
    assert [c.event_ids for c in find_conflicts(db, 2027, as_of=TUE)] == [["WED"]]


def test_a_handful_of_queries_whatever_the_size(db) -> None:
    def queries() -> int:
        count = 0

        def count_it(*_args: object) -> None:
            nonlocal count
            count += 1

        sa_event.listen(db.engine, "before_cursor_execute", count_it)
        try:
            find_conflicts(db, 2027)
        finally:
            sa_event.remove(db.engine, "before_cursor_execute", count_it)
        return count

    def add(n: int, prefix: str) -> None:
        for i in range(n):
            _event(db, f"{prefix}{i}", "America/Phoenix", _at(TUE, 8 + i % 9), _at(TUE, 18),
                   staff_needed=2, host_consulate_id="MX-PHOENIX", office_ids=["WHD-PHOENIX"])
            _put(db, f"{prefix}{i}", "P-MARIA")

    add(2, "S")
    few = queries()
    add(30, "L")
    assert queries() == few <= 15


# --- acknowledgements ---------------------------------------------------------------------------


def test_acknowledgement_holds_while_the_problem_is_the_same(db) -> None:
    _person(db, "P-ROSA", "Rosa Martínez")
    _event(db, "EV", "America/Phoenix", _at(TUE, 9), _at(TUE, 11), staff_needed=3)
    _put(db, "EV", "P-MARIA")
    (c,) = find_conflicts(db, 2027)
    change = acknowledge(db, c.key, "Two consular volunteers help", by="Rosa")
    assert change.created == {"conflict_ack": {c.key}}
    (again,) = find_conflicts(db, 2027)
    assert again.key == c.key and again.acknowledged
    assert (again.reason, again.acknowledged_by) == ("Two consular volunteers help", "Rosa")
    data = get_event(db, "EV")
    data.title = "Renamed"  # not part of the problem: still acknowledged
    save_event(db, data, "EV")
    assert find_conflicts(db, 2027)[0].acknowledged
    _put(db, "EV", "P-ROSA")  # still short, by one: a different problem, the ack lapses
    (changed,) = find_conflicts(db, 2027)
    assert changed.kind == "understaffed" and changed.key != c.key and not changed.acknowledged
    assert [a.key for a in list_acknowledgements(db, 2027)] == [c.key]  # kept, not shown
    assert unacknowledge(db, c.key).deleted == {"conflict_ack": {c.key}}
    assert not unacknowledge(db, c.key)


def test_acknowledged_double_booking_lapses_when_times_change(db) -> None:
    _event(db, "A", "America/Phoenix", _at(TUE, 9), _at(TUE, 11))
    _event(db, "B", "America/Chicago", _at(TUE, 11, 30), _at(TUE, 13))
    _put(db, "A", "P-MARIA")
    _put(db, "B", "P-MARIA")
    (c,) = find_conflicts(db, 2027)
    acknowledge(db, c.key, "She presents remotely from Phoenix for the first half hour")
    assert find_conflicts(db, 2027)[0].acknowledged
    data = get_event(db, "A")
    data.starts = _at(TUE, 10)
    save_event(db, data, "A")
    (shorter,) = find_conflicts(db, 2027)
    assert not shorter.acknowledged and "overlap by 1 h." in shorter.message
    data = get_event(db, "A")
    data.starts = _at(TUE, 9)
    save_event(db, data, "A")
    assert find_conflicts(db, 2027)[0].acknowledged  # the same problem again


def test_acknowledging_needs_a_reason_and_a_real_key(db) -> None:
    _event(db, "EV", "America/Phoenix", _at(TUE, 9), _at(TUE, 11), staff_needed=1)
    (c,) = find_conflicts(db, 2027)
    with pytest.raises(InputError, match="say why"):
        acknowledge(db, c.key, "  ")
    with pytest.raises(InputError, match="not the key"):
        acknowledge(db, "whatever", "because")
    acknowledge(db, c.key, "first")
    assert acknowledge(db, c.key, "second").updated == {"conflict_ack": {c.key}}
    assert find_conflicts(db, 2027)[0].reason == "second"


# --- the demonstration and the command line -----------------------------------------------------

TODAY = date(2026, 11, 21)


@pytest.fixture
def demo_db(demo_db_at):
    return demo_db_at(TODAY)


def test_demo_week_shows_its_planted_problems(demo_db) -> None:
    found = find_conflicts(demo_db, 2027)
    (double,) = _of(found, "double-booked")
    assert found[0] is double and double.person_id == "P-ELENA-SOTO"
    assert double.event_ids == ["LRW2027-LA-MOBILE", "LRW2027-HOU-SIGNING"]
    assert double.message == (
        "Elena Soto is on 'Mobile consulate in Oxnard' (Thu 09:00-15:00 PDT) and 'Signing "
        "ceremony with Honduras' (Thu 11:00-12:00 CDT), which overlap by 1 h. Move one shift or "
        "assign someone else."
    )
    # Ana Tzul covers K'iche' and Elena Soto Mixteco; Denver's table has nobody for Spanish.
    (lang,) = _of(found, "language not covered")
    assert lang.event_ids == ["LRW2027-DEN-TABLING"] and "speaks Spanish" in lang.message
    assert not any("K'iche'" in c.message or "Mixteco" in c.message for c in found)
    short = {c.event_ids[0] for c in _of(found, "understaffed")}
    assert {"LRW2027-DEN-TABLING", "LRW2027-LA-MOBILE", "LRW2027-OPENING-CHI"} <= short
    agreements = {(c.event_ids[0], c.message.split(" takes part")[0])
                  for c in _of(found, "no active agreement")}
    assert ("LRW2027-PHX-HEAT", "WHD Phoenix District Office") in agreements
    assert ("LRW2027-PHX-HEAT", "OSHA Phoenix Area Office") in agreements
    assert ("LRW2027-HOU-SIGNING", "WHD Houston District Office") in agreements
    assert not any("LRW2027-LA-GT-TRAINING" in c.event_ids for c in found)  # cancelled
    assert not _of(found, "person inactive") and not _of(found, "outside campaign")


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = main(argv)
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_conflicts_command(db_url: str, capsys) -> None:
    assert run(["--db", db_url, "demo", "--as-of", TODAY.isoformat()], capsys)[0] == 0
    code, out, _ = run(["--db", db_url, "conflicts", "--year", "2027", "--json"], capsys)
    assert code == 0
    data = json.loads(out)
    assert data and all(
        {"kind", "severity", "event_ids", "person_id", "message", "acknowledged"} <= set(item)
        for item in data)
    first = data[0]
    assert (first["kind"], first["severity"], first["person_id"]) == (
        "double-booked", "error", "P-ELENA-SOTO")
    assert first["event_ids"] == ["LRW2027-LA-MOBILE", "LRW2027-HOU-SIGNING"]
    assert {item["severity"] for item in data} == {"error", "warning"}
    code, out, _ = run(["--db", db_url, "conflicts", "--year", "2027"], capsys)
    lines = out.splitlines()
    assert code == 0 and len(lines) == len(data)
    assert lines[0].startswith("error: double-booked (LRW2027-LA-MOBILE, LRW2027-HOU-SIGNING): "
                               "Elena Soto is on")
    code, out, err = run(["--db", db_url, "conflicts", "--year", "2031"], capsys)
    assert code == 1 and out == "" and err.count("\n") == 1 and "2031" in err
    assert run(["--db", db_url, "conflicts"], capsys)[0] == 2  # --year is required


def test_conflicts_command_without_problems(db_url: str, capsys) -> None:
    assert run(["--db", db_url, "init"], capsys)[0] == 0
    code, out, _ = run(["--db", db_url, "conflicts", "--year", "2024"], capsys)
    assert code == 0 and out == "No planning problems in Labor Rights Week 2024\n"
    assert run(["--db", db_url, "conflicts", "--year", "2024", "--json"], capsys)[1] == "[]\n"


# --- recheck after one edit ---------------------------------------------------------------------


def _moved(db, eid: str, hours: int) -> None:
    data = get_event(db, eid)
    data.starts += timedelta(hours=hours)
    data.ends += timedelta(hours=hours)
    save_event(db, data, original_id=eid)


def test_recheck_after_moving_an_event_equals_a_full_check(demo_db) -> None:
    before = find_conflicts(demo_db, 2027)
    _moved(demo_db, "LRW2027-HOU-SIGNING", 4)  # no longer over Elena Soto's mobile consulate
    again = conflicts_module.recheck(demo_db, 2027, before, {"LRW2027-HOU-SIGNING"})
    assert again == find_conflicts(demo_db, 2027)


def test_recheck_finds_the_double_booking_a_move_makes(db) -> None:
    _event(db, "PHX", "America/Phoenix", _at(TUE, 9), _at(TUE, 11))
    _event(db, "CHI", "America/Chicago", _at(TUE, 14), _at(TUE, 15))
    _put(db, "PHX", "P-MARIA")
    _put(db, "CHI", "P-MARIA")
    before = find_conflicts(db, 2027)
    _moved(db, "CHI", -2)  # 12:00-13:00 in Chicago is 10:00-11:00 in Phoenix
    again = conflicts_module.recheck(db, 2027, before, {"CHI"})
    assert [c.kind for c in again if c.person_id == "P-MARIA"] == ["double-booked"]


def test_recheck_after_an_assignment_and_a_cancellation_equals_a_full_check(demo_db) -> None:
    before = find_conflicts(demo_db, 2027)
    _put(demo_db, "LRW2027-DEN-TABLING", "P-ELENA-SOTO")
    after_assign = conflicts_module.recheck(demo_db, 2027, before, {"LRW2027-DEN-TABLING"})
    cancel_event(demo_db, "LRW2027-LA-MOBILE")
    again = conflicts_module.recheck(demo_db, 2027, after_assign, {"LRW2027-LA-MOBILE"})
    assert again == find_conflicts(demo_db, 2027)


def test_recheck_of_a_new_event_outside_the_week_equals_a_full_check(db) -> None:
    _event(db, "PHX", "America/Phoenix", _at(TUE, 9), _at(TUE, 11), staff_needed=2)
    before = find_conflicts(db, 2027)
    _event(db, "LATE", "America/Phoenix", _at(TUE + timedelta(days=9), 9),
           _at(TUE + timedelta(days=9), 11), staff_needed=1)
    again = conflicts_module.recheck(db, 2027, before, {"LATE"})
    assert again == find_conflicts(db, 2027)
