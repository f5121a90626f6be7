"""Staffing: assignments and shifts at the venue's local time, candidates, a person's week,
needs versus coverage."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from consularapp.directory import (
    ConsulateInput,
    MembershipInput,
    PersonInput,
    save_consulate,
    save_person,
)
from consularapp.errors import InputError, NotFoundError
from consularapp.events import EventInput, cancel_event, save_event
from consularapp.staffing import (
    AssignmentInput,
    assign,
    candidates,
    coverage,
    event_coverage,
    get_assignment,
    list_assignments,
    person_week,
    remove_assignment,
    update_assignment,
)


def _person(db, pid: str, name: str, org: str, languages: list[str],
            start: date = date(2020, 1, 1), end: date | None = None) -> None:
    save_person(db, PersonInput(id=pid, name=name, languages=languages,
                                memberships=[MembershipInput(org, "", start, end)]))


def _event(db, eid: str, zone: str, starts: datetime, ends: datetime, offices: list[str],
           **kw: object) -> None:
    data = EventInput(id=eid, year=2027, title=eid, format="workshop", starts=starts, ends=ends,
                      time_zone=zone, venue=f"Venue {eid}", office_ids=offices)
    for k, v in kw.items():
        setattr(data, k, v)
    save_event(db, data)


@pytest.fixture
def week(ref_db):
    """Four events in four zones on Mon 2027-08-30, and some staff."""
    save_consulate(ref_db, ConsulateInput(id="PH-HONOLULU", country_code="PH", city="Honolulu",
                                          state="HI", time_zone="Pacific/Honolulu"))
    _event(ref_db, "PHX", "America/Phoenix", datetime(2027, 8, 30, 9), datetime(2027, 8, 30, 11),
           ["WHD-PHOENIX"], staff_needed=2, languages_needed=["Spanish", "Navajo"])
    _event(ref_db, "CHI", "America/Chicago", datetime(2027, 8, 30, 11, 30),
           datetime(2027, 8, 30, 13), ["WHD-CHICAGO"], staff_needed=1)
    _event(ref_db, "SJU", "America/Puerto_Rico", datetime(2027, 8, 30, 8),
           datetime(2027, 8, 30, 10), ["WHD-CARIBBEAN"])
    _event(ref_db, "HNL", "Pacific/Honolulu", datetime(2027, 8, 30, 20),
           datetime(2027, 8, 30, 21, 30), ["WHD-HONOLULU"], host_consulate_id="PH-HONOLULU")
    _person(ref_db, "P-MARIA", "María López", "WHD-PHOENIX", ["English", "spanish"])
    _person(ref_db, "P-JAMES", "James Begay", "WHD-PHOENIX", ["English", "Navajo"])
    _person(ref_db, "P-OLD", "Fernando Ibarra", "WHD-PHOENIX", ["Spanish"],
            end=date(2026, 12, 31))
    _person(ref_db, "P-ROSA", "Rosa Martínez", "WHD-CHICAGO", ["Spanish"])
    _person(ref_db, "P-KEONI", "Keoni Kahale", "WHD-HONOLULU", ["Tagalog"])
    # starts on Aug 31: already Aug 31 in UTC during the Honolulu evening, not in Honolulu
    _person(ref_db, "P-NEW", "Lani Akana", "WHD-HONOLULU", ["English"], start=date(2027, 8, 31))
    return ref_db


def test_assign_for_the_whole_event_or_a_shift_in_local_time(week) -> None:
    change = assign(week, AssignmentInput("PHX", "P-MARIA", "coordinator"))
    (aid,) = change.created["assignment"]
    assign(week, AssignmentInput("PHX", "P-JAMES", "presenter",
                                 datetime(2027, 8, 30, 9, 30), datetime(2027, 8, 30, 10, 30)))
    rows = list_assignments(week, event_id="PHX")
    assert [(r.person_name, r.when, r.whole_event) for r in rows] == [
        ("María López", "Mon 09:00-11:00 MST", True),
        ("James Begay", "Mon 09:30-10:30 MST", False),
    ]
    assert rows[1].starts.astimezone(UTC) == datetime(2027, 8, 30, 16, 30, tzinfo=UTC)
    assert get_assignment(week, int(aid)) == AssignmentInput("PHX", "P-MARIA", "coordinator",
                                                             version=1)
    shift = get_assignment(week, rows[1].id)
    assert shift.starts == datetime(2027, 8, 30, 9, 30) and shift.starts.tzinfo is None


def test_shift_must_lie_inside_the_event_and_end_after_it_starts(week) -> None:
    def refused(starts: datetime | None, ends: datetime | None) -> list[str]:
        with pytest.raises(InputError) as caught:
            assign(week, AssignmentInput("PHX", "P-MARIA", "table staff", starts, ends))
        return [f"{p.where}: {p.message}" for p in caught.value.problems]

    (msg,) = refused(datetime(2027, 8, 30, 8), datetime(2027, 8, 30, 10))
    assert msg.startswith("Starts: the shift (Mon 08:00-10:00 MST) must lie inside the event "
                          "(Mon 09:00-11:00 MST)")
    assert refused(datetime(2027, 8, 30, 10), datetime(2027, 8, 30, 12))[0].startswith("Ends:")
    assert refused(datetime(2027, 8, 30, 10), datetime(2027, 8, 30, 9, 30)) == [
        "Ends: the shift must end after it starts"]
    assert "give both" in refused(datetime(2027, 8, 30, 10), None)[0]
    assert list_assignments(week, event_id="PHX") == []


def test_assignment_input_is_checked(week) -> None:
    with pytest.raises(InputError) as caught:
        assign(week, AssignmentInput("NOPE", "P-NOBODY", "juggler"))
    assert {p.where for p in caught.value.problems} == {"Event", "Person", "Role"}
    assign(week, AssignmentInput("PHX", "P-MARIA", "Presenter"))  # role matched ignoring case
    assert list_assignments(week, event_id="PHX")[0].role == "presenter"
    with pytest.raises(InputError, match="already on 'PHX'"):
        assign(week, AssignmentInput("PHX", "P-MARIA", "table staff"))
    cancel_event(week, "CHI")
    with pytest.raises(InputError, match="cancelled"):
        assign(week, AssignmentInput("CHI", "P-ROSA", "presenter"))


def test_update_and_remove(week) -> None:
    (aid,) = assign(week, AssignmentInput("PHX", "P-MARIA", "table staff")).created["assignment"]
    data = get_assignment(week, int(aid))
    assert not update_assignment(week, int(aid), data)
    data.role, data.starts, data.ends = "interpreter", datetime(2027, 8, 30, 10), datetime(
        2027, 8, 30, 11)
    assert update_assignment(week, int(aid), data).updated == {"assignment": {aid}}
    row = list_assignments(week, event_id="PHX")[0]
    assert (row.role, row.when) == ("interpreter", "Mon 10:00-11:00 MST")
    assert remove_assignment(week, int(aid)).deleted == {"assignment": {aid}}
    with pytest.raises(NotFoundError):
        remove_assignment(week, int(aid))


def test_candidates_are_people_in_force_at_the_event_offices(week) -> None:
    assign(week, AssignmentInput("CHI", "P-MARIA", "presenter"))  # 16:30-18:00 UTC
    found = candidates(week, "PHX")
    assert [c.person_id for c in found] == ["P-JAMES", "P-MARIA"]  # P-OLD has left
    james, maria = found
    assert james.speaks_needed == ("Navajo",) and maria.speaks_needed == ("Spanish",)
    assert maria.busy_with == ("CHI",)  # 09:00-11:00 MST overlaps 11:30-13:00 CDT
    assert maria.organization_id == "WHD-PHOENIX" and maria.active and maria.at_event_office
    everyone = candidates(week, "PHX", everyone=True)
    ids = [c.person_id for c in everyone]
    assert ids[:2] == ["P-JAMES", "P-MARIA"] and {"P-OLD", "P-ROSA"} <= set(ids)
    old = next(c for c in everyone if c.person_id == "P-OLD")
    assert not old.active and old.organization_id == ""
    with pytest.raises(NotFoundError):
        candidates(week, "NOPE")


def test_candidates_use_the_event_local_day(week) -> None:
    # 20:00 HST on Aug 30 is 06:00 UTC on Aug 31: Lani, who starts on Aug 31, is not yet in.
    assert [c.person_id for c in candidates(week, "HNL")] == ["P-KEONI"]


def test_person_week_in_real_time_order_with_local_times(week) -> None:
    for eid in ("HNL", "CHI", "SJU", "PHX"):
        assign(week, AssignmentInput(eid, "P-MARIA", "table staff"))
    mine = person_week(week, "P-MARIA", 2027)
    assert mine.name == "María López"
    assert [(e.event_id, e.when) for e in mine.entries] == [
        ("SJU", "Mon 08:00-10:00 AST"),  # 12:00 UTC
        ("PHX", "Mon 09:00-11:00 MST"),  # 16:00 UTC
        ("CHI", "Mon 11:30-13:00 CDT"),  # 16:30 UTC
        ("HNL", "Mon 20:00-21:30 HST"),  # 06:00 UTC next day
    ]
    assert [e.zone_abbreviation for e in mine.entries] == ["AST", "MST", "CDT", "HST"]
    assert mine.entries[-1].day == date(2027, 8, 30)
    assert person_week(week, "P-MARIA", 2026).entries == ()
    with pytest.raises(NotFoundError):
        person_week(week, "P-NOBODY", 2027)


def test_needs_versus_coverage(week) -> None:
    for hour in (9, 10):
        shift = datetime(2027, 8, 30, hour), datetime(2027, 8, 30, hour + 1)
        assign(week, AssignmentInput("PHX", "P-MARIA", "table staff", *shift))
    phx = event_coverage(week, "PHX")
    assert (phx.staff_needed, phx.staff_assigned, phx.short_by) == (2, 1, 1)  # distinct people
    assert phx.languages_covered == ("Spanish",)  # "spanish" covers "Spanish"
    assert phx.languages_missing == ("Navajo",) and not phx.complete
    assign(week, AssignmentInput("PHX", "P-JAMES", "presenter"))
    assert event_coverage(week, "PHX").complete
    rows = {c.event_id: c for c in coverage(week, 2027)}
    assert rows["CHI"].short_by == 1 and rows["SJU"].complete  # nothing needed
    cancel_event(week, "CHI")
    assert "CHI" not in {c.event_id for c in coverage(week, 2027)}
