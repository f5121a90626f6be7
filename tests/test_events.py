"""Events: local wall-clock times at the venue, validation, the sequence rule, rows."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import event as sa_event

from consularapp.campaigns import get_campaign
from consularapp.directory import MembershipInput, PersonInput, save_person
from consularapp.errors import InputError, NotFoundError
from consularapp.events import (
    EventInput,
    cancel_event,
    delete_event,
    get_event,
    get_event_row,
    list_events,
    local_span,
    new_event,
    save_event,
    venue_defaults,
)
from consularapp.staffing import AssignmentInput, assign, list_assignments


def _event(**kw: object) -> EventInput:
    base: dict[str, object] = dict(
        id="EV-PHX",
        year=2027,
        title="Heat illness prevention workshop",
        format="workshop",
        starts=datetime(2027, 8, 30, 9, 0),
        ends=datetime(2027, 8, 30, 11, 0),
        time_zone="America/Phoenix",
        venue="Consulate General of Mexico in Phoenix",
        host_consulate_id="MX-PHOENIX",
        office_ids=["WHD-PHOENIX"],
        staff_needed=2,
        languages_needed=["Spanish"],
    )
    base.update(kw)
    return EventInput(**base)  # type: ignore[arg-type]


def _person(db, pid: str, name: str, org: str, languages: list[str]) -> None:
    save_person(
        db,
        PersonInput(
            id=pid,
            name=name,
            languages=languages,
            memberships=[MembershipInput(org, "", date(2020, 1, 1), None)],
        ),
    )


@pytest.mark.parametrize(
    ("zone_name", "utc_hour", "abbreviation"),
    [
        ("America/Phoenix", 16, "MST"),  # no daylight saving time
        ("America/Chicago", 14, "CDT"),
        ("America/Puerto_Rico", 13, "AST"),  # Atlantic time all year
        ("Pacific/Honolulu", 19, "HST"),
    ],
)
def test_times_are_wall_clock_times_at_the_venue(
    ref_db, zone_name: str, utc_hour: int, abbreviation: str
) -> None:
    change = save_event(ref_db, _event(time_zone=zone_name))
    assert change.created["event"] == {"EV-PHX"}
    row = get_event_row(ref_db, "EV-PHX")
    assert row.starts_at == datetime(2027, 8, 30, utc_hour, tzinfo=UTC)
    assert (row.starts.hour, row.starts.minute) == (9, 0)
    assert row.starts.tzinfo == ZoneInfo(zone_name)
    assert row.zone_abbreviation == abbreviation
    assert row.when == f"Mon 09:00-11:00 {abbreviation}"
    back = get_event(ref_db, "EV-PHX")
    assert back.starts == datetime(2027, 8, 30, 9, 0) and back.starts.tzinfo is None
    assert back.sequence == 0


def test_event_in_the_repeated_hour_of_a_dst_change(ref_db) -> None:
    # 2027-11-07 in Chicago: 01:00-02:00 happens twice; the first (CDT) is meant.
    save_event(
        ref_db,
        _event(
            id="EV-DST",
            year=2027,
            time_zone="America/Chicago",
            starts=datetime(2027, 11, 7, 1, 30),
            ends=datetime(2027, 11, 7, 2, 30),
        ),
    )
    row = get_event_row(ref_db, "EV-DST")
    assert row.starts_at == datetime(2027, 11, 7, 6, 30, tzinfo=UTC)
    assert row.ends_at == datetime(2027, 11, 7, 8, 30, tzinfo=UTC)  # two real hours
    assert (row.zone_abbreviation, row.end_zone_abbreviation) == ("CDT", "CST")
    assert row.when == "Sun 01:30 CDT-02:30 CST"
    assert get_event(ref_db, "EV-DST").starts == datetime(2027, 11, 7, 1, 30)


def test_a_time_the_clocks_skip_is_refused(ref_db) -> None:
    with pytest.raises(InputError) as caught:
        save_event(
            ref_db,
            _event(
                time_zone="America/Chicago",
                starts=datetime(2027, 3, 14, 2, 30),
                ends=datetime(2027, 3, 14, 4, 0),
            ),
        )
    assert [p.where for p in caught.value.problems] == ["Starts"]
    assert "does not exist in America/Chicago" in str(caught.value)


def test_a_time_in_another_zone_is_never_converted_silently(ref_db) -> None:
    eastern = ZoneInfo("America/New_York")
    with pytest.raises(InputError) as caught:
        save_event(ref_db, _event(starts=datetime(2027, 8, 30, 12, 0, tzinfo=eastern)))
    assert "not a local time at the venue" in str(caught.value)
    phoenix = ZoneInfo("America/Phoenix")
    save_event(ref_db, _event(starts=datetime(2027, 8, 30, 9, 0, tzinfo=phoenix)))
    assert get_event(ref_db, "EV-PHX").starts == datetime(2027, 8, 30, 9, 0)


def test_every_problem_is_reported_with_its_field(ref_db) -> None:
    bad = _event(
        title=" ",
        format="lecture",
        status="postponed",
        time_zone="Chicago",
        venue="",
        host_consulate_id="WHD-CHICAGO",
        office_ids=["WHD-PHOENIX", "MX-PHOENIX", "NOPE"],
        staff_needed="2.5",
    )
    with pytest.raises(InputError) as caught:
        save_event(ref_db, bad)
    problems = {p.where: p.message for p in caught.value.problems}
    assert set(problems) == {
        "Title", "Format", "Status", "Time zone", "Venue", "Host consulate", "Offices",
        "Staff needed",
    }
    assert "IANA" in problems["Time zone"]
    assert "an office, not a consulate" in problems["Host consulate"]
    assert "not a known format" in problems["Format"]
    offices = [p.message for p in caught.value.problems if p.where == "Offices"]
    assert len(offices) == 2 and "a consulate, not an office" in offices[0]
    for staff in (-1, 1000, 2_147_483_648):
        with pytest.raises(InputError) as caught:
            save_event(ref_db, _event(staff_needed=staff))
        assert [(p.where, p.code) for p in caught.value.problems] == [
            ("Staff needed", "field.out_of_range")]
    with pytest.raises(InputError) as caught:
        save_event(ref_db, _event(host_consulate_id="XX-NOWHERE", starts=None))
    assert {p.where for p in caught.value.problems} == {"Host consulate", "Starts"}
    with pytest.raises(NotFoundError):
        get_event(ref_db, "EV-PHX")  # nothing was saved


def test_ends_before_it_starts(ref_db) -> None:
    with pytest.raises(InputError) as caught:
        save_event(ref_db, _event(ends=datetime(2027, 8, 30, 8, 0)))
    assert caught.value.problems[0].where == "Ends"
    assert "ends before it starts" in caught.value.problems[0].message
    with pytest.raises(InputError, match="ends when it starts"):
        save_event(ref_db, _event(ends=datetime(2027, 8, 30, 9, 0)))


def test_ids_are_unique_and_kept_for_life(ref_db) -> None:
    save_event(ref_db, _event())
    with pytest.raises(InputError, match="already used"):
        save_event(ref_db, _event())
    with pytest.raises(InputError, match="keeps its ID for life"):
        save_event(ref_db, _event(id="EV-PHX-2"), original_id="EV-PHX")
    with pytest.raises(NotFoundError):
        save_event(ref_db, _event(id="EV-GONE"), original_id="EV-GONE")


def test_sequence_rises_only_when_time_place_or_status_change(ref_db) -> None:
    save_event(ref_db, _event())

    def seq() -> int:
        return get_event_row(ref_db, "EV-PHX").sequence

    assert seq() == 0
    assert not save_event(ref_db, get_event(ref_db, "EV-PHX"), "EV-PHX")  # same values
    assert seq() == 0
    for field, value in [
        ("title", "Heat illness prevention workshop (water, rest, shade)"),
        ("title_es", "Taller de prevención de enfermedades por calor"),
        ("notes", "Bring the posters"),
        ("staff_needed", 3),
        ("languages_needed", ["Spanish", "English"]),
        ("office_ids", ["WHD-PHOENIX", "OSHA-PHOENIX"]),
        ("topics", ["heat illness"]),
    ]:
        data = get_event(ref_db, "EV-PHX")
        setattr(data, field, value)
        assert save_event(ref_db, data, "EV-PHX").updated == {"event": {"EV-PHX"}}
        assert seq() == 0, field
    expected = 0
    for field, value in [
        ("starts", datetime(2027, 8, 30, 9, 30)),
        ("ends", datetime(2027, 8, 30, 12, 0)),
        ("time_zone", "America/Denver"),
        ("venue", "Phoenix Community Center"),
        ("address", "123 Main St, Phoenix, AZ"),
        ("status", "confirmed"),
    ]:
        data = get_event(ref_db, "EV-PHX")
        setattr(data, field, value)
        save_event(ref_db, data, "EV-PHX")
        expected += 1
        assert seq() == expected, field
        assert not save_event(ref_db, get_event(ref_db, "EV-PHX"), "EV-PHX")
        assert seq() == expected
    assert cancel_event(ref_db, "EV-PHX").updated == {"event": {"EV-PHX"}}
    assert seq() == expected + 1
    assert not cancel_event(ref_db, "EV-PHX")  # already cancelled: nothing changes
    assert seq() == expected + 1
    rows = list_events(ref_db, 2027)
    assert [r.id for r in rows] == ["EV-PHX"] and rows[0].cancelled  # kept, not deleted


def test_moving_an_event_moves_the_shifts_inside_it(ref_db) -> None:
    _person(ref_db, "P-ANA", "Ana", "WHD-PHOENIX", ["Spanish"])
    save_event(ref_db, _event(ends=datetime(2027, 8, 30, 13, 0)))
    assign(
        ref_db,
        AssignmentInput(
            "EV-PHX", "P-ANA", "table staff", datetime(2027, 8, 30, 10), datetime(2027, 8, 30, 11)
        ),
    )
    data = get_event(ref_db, "EV-PHX")
    data.starts, data.ends = datetime(2027, 8, 31, 11), datetime(2027, 8, 31, 15)
    change = save_event(ref_db, data, "EV-PHX")
    assert "assignment" in change.updated
    (shift,) = list_assignments(ref_db, event_id="EV-PHX")
    assert shift.when == "Tue 12:00-13:00 MST"
    data = get_event(ref_db, "EV-PHX")  # as the editor opens it again
    data.ends = datetime(2027, 8, 31, 17)  # longer, not moved: the shift stays
    save_event(ref_db, data, "EV-PHX")
    assert list_assignments(ref_db, event_id="EV-PHX")[0].when == "Tue 12:00-13:00 MST"


def test_choosing_a_consulate_as_venue_fills_name_address_and_zone(ref_db) -> None:
    assert venue_defaults(ref_db, "MX-PHOENIX") == (
        "Consulate General of Mexico in Phoenix",
        "",
        "America/Phoenix",
    )
    assert venue_defaults(ref_db, "MX-SANJUAN")[2] == "America/Puerto_Rico"
    with pytest.raises(NotFoundError):
        venue_defaults(ref_db, "NOPE")
    blank = new_event(ref_db, 2027, "MX-CHICAGO")
    assert blank.id == "LRW2027-001" and blank.host_consulate_id == "MX-CHICAGO"
    assert blank.time_zone == "America/Chicago" and blank.starts == datetime(2027, 8, 30, 9)
    blank.title = "Opening"
    save_event(ref_db, blank)
    assert new_event(ref_db, 2027).id == "LRW2027-002"


def test_a_new_year_gets_its_campaign(ref_db) -> None:
    change = save_event(
        ref_db,
        _event(year=2031, starts=datetime(2031, 8, 25, 9), ends=datetime(2031, 8, 25, 10)),
    )
    assert change.created == {"campaign": {"2031"}, "event": {"EV-PHX"}}
    campaign = get_campaign(ref_db, 2031)
    assert (campaign.starts_on, campaign.ends_on) == (date(2031, 8, 25), date(2031, 8, 29))


def test_delete_is_for_mistakes_and_takes_the_assignments(ref_db) -> None:
    _person(ref_db, "P-ANA", "Ana", "WHD-PHOENIX", ["Spanish"])
    save_event(ref_db, _event())
    assign(ref_db, AssignmentInput("EV-PHX", "P-ANA", "presenter"))
    change = delete_event(ref_db, "EV-PHX")
    assert change.deleted["event"] == {"EV-PHX"} and len(change.deleted["assignment"]) == 1
    assert list_events(ref_db, 2027) == [] and list_assignments(ref_db, year=2027) == []
    with pytest.raises(NotFoundError):
        delete_event(ref_db, "EV-PHX")


def test_rows_count_people_and_languages_ignoring_case(ref_db) -> None:
    _person(ref_db, "P-ANA", "Ana Tzul", "WHD-PHOENIX", ["spanish", "k'iche'"])
    _person(ref_db, "P-BOB", "Bob", "WHD-PHOENIX", ["English"])
    save_event(ref_db, _event(languages_needed=["Spanish", "K'iche'", "Mixteco"], staff_needed=3))
    for start in (9, 10):  # two shifts, one person
        assign(
            ref_db,
            AssignmentInput(
                "EV-PHX", "P-ANA", "table staff",
                datetime(2027, 8, 30, start), datetime(2027, 8, 30, start + 1),
            ),
        )
    assign(ref_db, AssignmentInput("EV-PHX", "P-BOB", "presenter"))
    row = get_event_row(ref_db, "EV-PHX")
    assert row.assigned_count == 2 and row.short_by == 1
    assert row.covered_languages == ("Spanish", "K'iche'")
    assert row.missing_languages == ("Mixteco",)
    assert row.host_name == "Consulate General of Mexico in Phoenix"
    assert row.office_ids == ("WHD-PHOENIX",)


def test_list_events_takes_the_same_few_queries_for_any_number(ref_db) -> None:
    _person(ref_db, "P-ANA", "Ana", "WHD-PHOENIX", ["Spanish"])

    def add(n: int) -> None:
        for i in range(n):
            eid = f"EV-{n}-{i}"
            save_event(
                ref_db,
                _event(
                    id=eid, starts=datetime(2027, 8, 30, 8 + i % 8), ends=datetime(2027, 8, 30, 17)
                ),
            )
            assign(ref_db, AssignmentInput(eid, "P-ANA", "presenter"))

    def queries() -> int:
        count = 0

        def count_it(*_args: object) -> None:
            nonlocal count
            count += 1

        sa_event.listen(ref_db.engine, "before_cursor_execute", count_it)
        try:
            list_events(ref_db, 2027)
        finally:
            sa_event.remove(ref_db.engine, "before_cursor_execute", count_it)
        return count

    add(2)
    few = queries()
    add(25)
    assert queries() == few <= 5
    assert len(list_events(ref_db, 2027)) == 27


def test_local_span_names_both_days_across_midnight() -> None:
    start = datetime(2027, 9, 3, 4, 0, tzinfo=UTC)  # Thu 21:00 in Los Angeles
    end = datetime(2027, 9, 3, 8, 0, tzinfo=UTC)  # Fri 01:00
    assert local_span(start, end, "America/Los_Angeles") == "Thu 21:00-Fri 01:00 PDT"
    assert (
        local_span(start, end, "America/Los_Angeles", with_date=True)
        == "Thu 2027-09-02 21:00-Fri 2027-09-03 01:00 PDT"
    )


def test_undoing_a_delete_restores_the_event_above_its_old_sequence(ref_db) -> None:
    save_event(ref_db, _event())
    cancel_event(ref_db, "EV-PHX")  # sequence 1: partners were told it is cancelled
    kept = get_event(ref_db, "EV-PHX")
    assert kept.sequence == 1
    delete_event(ref_db, "EV-PHX")  # calendars now send it withdrawn, with sequence 2
    save_event(ref_db, kept)  # what the window's Undo does
    assert get_event(ref_db, "EV-PHX").sequence == 3
    save_event(ref_db, _event(id="EV-NEW", sequence=0))
    assert get_event(ref_db, "EV-NEW").sequence == 0
