"""Campaigns: the default week, reference history, editing, and copying last year's plan."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from consularapp.campaigns import (
    CampaignInput,
    copy_last_year,
    default_campaign,
    delete_campaign,
    derive_event_id,
    ensure_campaign,
    get_campaign,
    list_campaigns,
    save_campaign,
)
from consularapp.directory import MembershipInput, PersonInput, save_person
from consularapp.errors import InputError, InUseError, NotFoundError
from consularapp.events import EventInput, cancel_event, get_event, list_events, save_event
from consularapp.reference import load_reference
from consularapp.staffing import AssignmentInput, assign, list_assignments


def test_new_campaigns_default_to_the_week_before_labor_day(ref_db) -> None:
    data = default_campaign(2027)
    assert (data.starts_on, data.ends_on) == (date(2027, 8, 30), date(2027, 9, 3))
    assert ensure_campaign(ref_db, 2027).created == {"campaign": {"2027"}}
    assert not ensure_campaign(ref_db, 2027)  # already there: nothing changes
    assert get_campaign(ref_db, 2027).starts_on == date(2027, 8, 30)


def test_past_editions_appear_as_history_with_their_source(ref_db) -> None:
    save_campaign(ref_db, default_campaign(2027))
    rows = list_campaigns(ref_db)
    assert rows[0].year == 2027 and not rows[0].is_reference
    first = next(r for r in rows if r.year == 2009)
    assert first.is_reference and first.edition == 1
    assert "lrw_editions.csv" in first.source and first.confidence == "inferred"
    assert [r.year for r in rows] == sorted((r.year for r in rows), reverse=True)
    assert {r.year for r in rows} >= set(range(2009, 2026))


def test_dates_and_themes_are_editable_and_checked(ref_db) -> None:
    save_campaign(ref_db, default_campaign(2027))
    data = get_campaign(ref_db, 2027)
    data.theme_en, data.theme_es = "Your work has value", "Tu trabajo tiene valor"
    data.ends_on = date(2027, 9, 4)
    assert save_campaign(ref_db, data, 2027).updated == {"campaign": {"2027"}}
    assert not save_campaign(ref_db, get_campaign(ref_db, 2027), 2027)
    assert get_campaign(ref_db, 2027).theme_es == "Tu trabajo tiene valor"
    bad = CampaignInput(2027, date(2027, 9, 3), date(2027, 8, 30))
    with pytest.raises(InputError) as caught:
        save_campaign(ref_db, bad)
    assert {p.where for p in caught.value.problems} == {"Year", "Ends on"}
    with pytest.raises(InputError, match="keeps its year"):
        save_campaign(ref_db, CampaignInput(2028, date(2028, 8, 28), date(2028, 9, 1)), 2027)
    with pytest.raises(InputError, match="required"):
        save_campaign(ref_db, CampaignInput(2030, None, None))


def test_editing_a_reference_edition_keeps_it_through_reloads(ref_db) -> None:
    data = get_campaign(ref_db, 2024)
    data.theme_es = "Tema en español"
    save_campaign(ref_db, data, 2024)
    load_reference(ref_db)
    row = next(r for r in list_campaigns(ref_db) if r.year == 2024)
    assert row.edited and row.theme_es == "Tema en español"


def test_delete_only_empty_campaigns_and_remember_reference_ones(ref_db) -> None:
    _event(ref_db, "LRW2027-X", 2027, "America/Chicago", datetime(2027, 8, 30, 9))
    with pytest.raises(InUseError, match="1 event"):
        delete_campaign(ref_db, 2027)
    assert delete_campaign(ref_db, 2010).deleted == {"campaign": {"2010"}}
    load_reference(ref_db)
    assert 2010 not in {r.year for r in list_campaigns(ref_db)}
    with pytest.raises(NotFoundError):
        delete_campaign(ref_db, 2010)


@pytest.mark.parametrize(
    ("old", "expected"),
    [
        ("LRW2026-OPENING-CHI", "LRW2027-OPENING-CHI"),
        ("2026-PHX", "2027-PHX"),
        ("PHX-HEAT", "PHX-HEAT-2027"),
        ("EV-120261", "EV-120261-2027"),  # 2026 inside a longer number is not the year
        ("A" * 64, "A" * 59 + "-2027"),
    ],
)
def test_new_ids_derive_from_old_ones(old: str, expected: str) -> None:
    assert derive_event_id(old, 2026, 2027, set()) == expected


def test_derived_ids_are_unique() -> None:
    taken = {"LRW2027-A", "LRW2027-A-2"}
    assert derive_event_id("LRW2026-A", 2026, 2027, taken) == "LRW2027-A-3"


# --- copy last year -----------------------------------------------------------------------------


def _event(db, eid: str, year: int, zone: str, starts: datetime, **kw: object) -> None:
    data = EventInput(
        id=eid,
        year=year,
        title=eid,
        format="workshop",
        starts=starts,
        ends=starts.replace(hour=starts.hour + 2),
        time_zone=zone,
        venue=f"Venue of {eid}",
        address="1 Main St",
        host_consulate_id="MX-PHOENIX" if "Phoenix" in zone else "MX-CHICAGO",
        office_ids=["WHD-PHOENIX"] if "Phoenix" in zone else ["WHD-CHICAGO"],
        languages=["Spanish"],
        topics=["heat illness"],
        staff_needed=3,
        languages_needed=["Spanish"],
        status="confirmed",
        notes="Bring water",
    )
    for k, v in kw.items():
        setattr(data, k, v)
    save_event(db, data)


def _person(db, pid: str, name: str, org: str, until: date | None = None) -> None:
    save_person(
        db,
        PersonInput(
            id=pid,
            name=name,
            languages=["Spanish"],
            memberships=[MembershipInput(org, "", date(2020, 1, 1), until)],
        ),
    )


@pytest.fixture
def plan_2026(ref_db):
    """LRW 2026 (Mon Aug 31 - Fri Sep 4): Phoenix Monday 09:00, Chicago Tuesday 14:00, a
    cancelled event; staff incl. one person who leaves before 2027."""
    save_campaign(ref_db, default_campaign(2026))
    _event(ref_db, "LRW2026-PHX-HEAT", 2026, "America/Phoenix", datetime(2026, 8, 31, 9))
    _event(ref_db, "OPENING-CHI", 2026, "America/Chicago", datetime(2026, 9, 1, 14))
    _event(ref_db, "LRW2026-GONE", 2026, "America/Chicago", datetime(2026, 9, 2, 10))
    cancel_event(ref_db, "LRW2026-GONE")
    _person(ref_db, "P-MARIA", "María López", "WHD-PHOENIX")
    _person(ref_db, "P-JORGE", "Jorge Vega", "WHD-CHICAGO", until=date(2027, 6, 30))
    assign(
        ref_db,
        AssignmentInput(
            "LRW2026-PHX-HEAT", "P-MARIA", "presenter",
            datetime(2026, 8, 31, 9, 30), datetime(2026, 8, 31, 10, 30),
        ),
    )
    assign(ref_db, AssignmentInput("OPENING-CHI", "P-JORGE", "coordinator"))
    return ref_db


def test_copy_moves_events_to_the_same_weekday_and_local_time(plan_2026) -> None:
    result = copy_last_year(plan_2026, 2027)
    assert result.source_year == 2026 and result.change.created["campaign"] == {"2027"}
    assert result.event_ids == {
        "LRW2026-PHX-HEAT": "LRW2027-PHX-HEAT",
        "OPENING-CHI": "OPENING-CHI-2027",
    }
    rows = {r.id: r for r in list_events(plan_2026, 2027)}
    phx, chi = rows["LRW2027-PHX-HEAT"], rows["OPENING-CHI-2027"]
    assert phx.when == "Mon 09:00-11:00 MST" and phx.local_day == date(2027, 8, 30)
    assert chi.when == "Tue 14:00-16:00 CDT" and chi.local_day == date(2027, 8, 31)
    # venue, host, offices, needs kept; a fresh plan: planned, sequence 0, nobody assigned
    assert (phx.venue, phx.address, phx.host_consulate_id) == (
        "Venue of LRW2026-PHX-HEAT", "1 Main St", "MX-PHOENIX"
    )
    assert phx.office_ids == ("WHD-PHOENIX",) and phx.staff_needed == 3
    assert phx.languages_needed == ("Spanish",) and phx.topics == ("heat illness",)
    assert phx.status == "planned" and phx.sequence == 0 and phx.assigned_count == 0
    assert get_event(plan_2026, "LRW2027-PHX-HEAT").notes == "Bring water"
    assert result.notes == ["1 cancelled event(s) of 2026 were not copied."]
    assert list_assignments(plan_2026, year=2027) == []


def test_copy_with_staff_leaves_out_people_no_longer_active(plan_2026) -> None:
    result = copy_last_year(plan_2026, 2027, with_assignments=True)
    assert result.assignments_copied == 1
    (maria,) = list_assignments(plan_2026, year=2027)
    assert maria.person_id == "P-MARIA" and maria.when == "Mon 09:30-10:30 MST"
    assert maria.event_id == "LRW2027-PHX-HEAT" and not maria.whole_event
    dropped = [n for n in result.notes if "Jorge Vega" in n]
    assert len(dropped) == 1
    assert "'OPENING-CHI'" in dropped[0] and "Tue 2027-08-31" in dropped[0]
    assert "OPENING-CHI-2027" in dropped[0]
    assert len(result.change.created["assignment"]) == 1


def test_copy_keeps_local_time_across_a_dst_difference(ref_db) -> None:
    # A week still on daylight time copied to a week on standard time: the wall clock at each
    # venue stays, the UTC instant moves in Chicago and not in Phoenix (no DST there).
    save_campaign(ref_db, CampaignInput(2026, date(2026, 10, 26), date(2026, 10, 30)))
    save_campaign(ref_db, CampaignInput(2027, date(2027, 11, 8), date(2027, 11, 12)))
    _event(ref_db, "LRW2026-CHI", 2026, "America/Chicago", datetime(2026, 10, 26, 9))
    _event(ref_db, "LRW2026-PHX", 2026, "America/Phoenix", datetime(2026, 10, 26, 9))
    copy_last_year(ref_db, 2027, source_year=2026)
    rows = {r.id: r for r in list_events(ref_db, 2027)}
    chi, phx = rows["LRW2027-CHI"], rows["LRW2027-PHX"]
    assert chi.when == "Mon 09:00-11:00 CST" and chi.local_day == date(2027, 11, 8)
    assert chi.starts_at == datetime(2027, 11, 8, 15, tzinfo=UTC)  # was 14:00 UTC (CDT)
    assert phx.when == "Mon 09:00-11:00 MST"
    assert phx.starts_at == datetime(2027, 11, 8, 16, tzinfo=UTC)  # as before: 16:00 UTC


def test_copy_refuses_to_plan_twice_or_from_nothing(plan_2026) -> None:
    copy_last_year(plan_2026, 2027)
    with pytest.raises(InputError, match="already has 2 event"):
        copy_last_year(plan_2026, 2027, source_year=2026)
    with pytest.raises(InputError, match="no campaign before 2026"):
        copy_last_year(plan_2026, 2026)
    with pytest.raises(InputError, match="earlier campaign"):
        copy_last_year(plan_2026, 2027, source_year=2027)
    with pytest.raises(NotFoundError):
        copy_last_year(plan_2026, 2028, source_year=2001)


def test_copy_can_bring_cancelled_events_along(plan_2026) -> None:
    result = copy_last_year(plan_2026, 2027, include_cancelled=True)
    assert result.event_ids["LRW2026-GONE"] == "LRW2027-GONE"
    assert next(r for r in list_events(plan_2026, 2027) if r.id == "LRW2027-GONE").cancelled
