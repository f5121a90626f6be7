"""The partnership all year: year-round and recurring events (a series with one cancelled and
one moved occurrence across a daylight-saving change), staff on the series or on one
occurrence, conflicts over every occurrence, community partners, and outcomes."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from consularapp.agreements import AgreementInput, save_agreement
from consularapp.conflicts import find_conflicts
from consularapp.directory import MembershipInput, PersonInput, save_person
from consularapp.errors import InputError, InUseError
from consularapp.events import (
    EventInput,
    OccurrenceChangeInput,
    cancel_occurrence,
    get_event,
    list_events,
    list_occurrences,
    move_occurrence,
    restore_occurrence,
    save_event,
)
from consularapp.models import Event
from consularapp.outcomes import OutcomeInput, get_outcome, lacking, save_outcome
from consularapp.partners import PartnerInput, delete_partner, list_partners, save_partner
from consularapp.staffing import AssignmentInput, assign

CHICAGO = "America/Chicago"
WINDOW = (datetime(2027, 2, 1, tzinfo=UTC), datetime(2027, 5, 1, tzinfo=UTC))


def _series(db, **kw: object) -> None:
    """Every other Tuesday at the Chicago consulate, 09:00-11:00, from 2027-02-23 (CST) past
    the change to daylight time on 2027-03-14."""
    data = EventInput(
        id="OUT-CHI-TUE", year=None, title="Tabling at the consulate", format="tabling",
        starts=datetime(2027, 2, 23, 9), ends=datetime(2027, 2, 23, 11), time_zone=CHICAGO,
        venue="Consulate General of Mexico in Chicago", host_consulate_id="MX-CHICAGO",
        office_ids=["WHD-CHICAGO"], staff_needed=2,
        recurrence="FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=2027-12-31")
    for k, v in kw.items():
        setattr(data, k, v)
    save_event(db, data)


def _person(db, pid: str, name: str) -> None:
    save_person(db, PersonInput(id=pid, name=name, languages=["Spanish"],
                                memberships=[MembershipInput(organization_id="WHD-CHICAGO")]))


def test_a_blank_year_is_year_round_and_keeps_no_campaign(ref_db) -> None:
    change = save_event(ref_db, EventInput(
        id="OUT-MEET", year=None, title="Implementation team", format="meeting",
        starts=datetime(2027, 1, 12, 10), ends=datetime(2027, 1, 12, 11), time_zone=CHICAGO,
        venue="Online"))
    assert change.created == {"event": {"OUT-MEET"}}
    assert [r.id for r in list_events(ref_db, None)] == ["OUT-MEET"]
    assert get_event(ref_db, "OUT-MEET").year is None


def test_a_series_keeps_its_wall_clock_across_daylight_saving_with_exceptions(ref_db) -> None:
    _series(ref_db, skipped_dates=[date(2027, 3, 9)])
    move_occurrence(ref_db, OccurrenceChangeInput(
        "OUT-CHI-TUE", date(2027, 3, 23), datetime(2027, 3, 25, 14), datetime(2027, 3, 25, 16)))
    rows = list_occurrences(ref_db, *WINDOW)
    shown = [(r.occurs_on, f"{r.starts:%Y-%m-%d %H:%M %Z}", r.cancelled, r.moved) for r in rows]
    assert shown == [
        (date(2027, 2, 23), "2027-02-23 09:00 CST", False, False),
        (date(2027, 3, 9), "2027-03-09 09:00 CST", True, False),  # cancelled, still shown
        (date(2027, 3, 23), "2027-03-25 14:00 CDT", False, True),  # moved to Thursday
        (date(2027, 4, 6), "2027-04-06 09:00 CDT", False, False),  # 14:00 UTC, not 15:00
        (date(2027, 4, 20), "2027-04-20 09:00 CDT", False, False),
    ]
    assert rows[3].starts_at == datetime(2027, 4, 6, 14, tzinfo=UTC)
    with ref_db.session() as s:
        event = s.get(Event, "OUT-CHI-TUE")
        assert event is not None and event.sequence == 1  # the move told calendars
        assert event.last_ends_at == datetime(2027, 12, 28, 17, tzinfo=UTC)
    restore_occurrence(ref_db, "OUT-CHI-TUE", date(2027, 3, 23))
    cancel_occurrence(ref_db, "OUT-CHI-TUE", date(2027, 4, 6))
    assert get_event(ref_db, "OUT-CHI-TUE").skipped_dates == [date(2027, 3, 9), date(2027, 4, 6)]


def test_a_series_rule_is_checked(ref_db) -> None:
    cases = [
        ("FREQ=WEEKLY;BYDAY=TU", "recurrence.endless"),
        ("FREQ=YEARLY;COUNT=3", "recurrence.unsupported_frequency"),
        ("FREQ=WEEKLY;BYDAY=MO;COUNT=3", "recurrence.first_not_in_rule"),
        ("FREQ=WEEKLY;BYSETPOS=1;COUNT=3", "recurrence.unsupported_part"),
        ("FREQ=DAILY;UNTIL=2031-12-31", "recurrence.too_many"),
    ]
    for rule, code in cases:
        with pytest.raises(InputError) as refused:
            _series(ref_db, recurrence=rule)
        assert [p.code for p in refused.value.problems] == [code], rule
    with pytest.raises(InputError) as refused:
        _series(ref_db, skipped_dates=[date(2027, 3, 2)])  # a Tuesday off the rule
    assert [p.code for p in refused.value.problems] == ["event.skipped_not_occurrence"]
    _series(ref_db, id="OUT-MONTHLY", recurrence="FREQ=MONTHLY;BYDAY=1MO;COUNT=6",
            starts=datetime(2027, 3, 1, 9), ends=datetime(2027, 3, 1, 10))
    assert [r.occurs_on for r in list_occurrences(ref_db, *WINDOW, event_ids=["OUT-MONTHLY"])
            ] == [date(2027, 3, 1), date(2027, 4, 5)]


def test_staff_on_the_series_or_one_occurrence_and_conflicts_over_every_occurrence(
        ref_db) -> None:
    _series(ref_db, skipped_dates=[date(2027, 3, 9)])
    _person(ref_db, "P-ANA", "Ana Ruiz")
    _person(ref_db, "P-LUIS", "Luis Mora")
    assign(ref_db, AssignmentInput("OUT-CHI-TUE", "P-ANA", "table staff"))
    assign(ref_db, AssignmentInput("OUT-CHI-TUE", "P-LUIS", "presenter",
                                   occurrence=date(2027, 4, 6)))
    with pytest.raises(InputError) as refused:
        assign(ref_db, AssignmentInput("OUT-CHI-TUE", "P-LUIS", "presenter",
                                       occurrence=date(2027, 3, 9)))  # the cancelled one
    assert [p.code for p in refused.value.problems] == ["assignment.occurrence_cancelled"]
    with pytest.raises(InputError) as refused:
        assign(ref_db, AssignmentInput("OUT-CHI-TUE", "P-ANA", "presenter",
                                       occurrence=date(2027, 4, 20)))
    assert [p.code for p in refused.value.problems] == ["assignment.on_the_series"]
    counts = {r.occurs_on: r.assigned_count for r in list_occurrences(ref_db, *WINDOW)}
    assert counts[date(2027, 4, 6)] == 2 and counts[date(2027, 4, 20)] == 1
    # Ana's other event overlaps the 2027-04-20 occurrence only.
    save_event(ref_db, EventInput(
        id="OUT-RADIO", year=None, title="Radio hour", format="radio",
        starts=datetime(2027, 4, 20, 10), ends=datetime(2027, 4, 20, 12), time_zone=CHICAGO,
        venue="WRTE studio"))
    assign(ref_db, AssignmentInput("OUT-RADIO", "P-ANA", "presenter"))
    problems = find_conflicts(ref_db, None)
    double = [c for c in problems if c.kind == "double-booked"]
    assert [(c.event_ids, c.person_id) for c in double] == [
        (["OUT-CHI-TUE", "OUT-RADIO"], "P-ANA")]
    assert "Tue 09:00-11:00 CDT" in double[0].message
    short = [c for c in problems if c.kind == "understaffed"]
    assert len(short) == 1 and "2027-02-23 (1 short)" in short[0].message
    assert "2027-04-06" not in short[0].message


def test_an_lrw_event_clashes_with_a_year_round_occurrence(ref_db) -> None:
    _series(ref_db, starts=datetime(2027, 8, 3, 9), ends=datetime(2027, 8, 3, 11),
            recurrence="FREQ=WEEKLY;BYDAY=TU;COUNT=10")
    _person(ref_db, "P-ANA", "Ana Ruiz")
    assign(ref_db, AssignmentInput("OUT-CHI-TUE", "P-ANA", "table staff"))
    save_event(ref_db, EventInput(
        id="LRW2027-001", year=2027, title="Workshop", format="workshop",
        starts=datetime(2027, 8, 31, 10), ends=datetime(2027, 8, 31, 12), time_zone=CHICAGO,
        venue="Casa Michoacán"))
    assign(ref_db, AssignmentInput("LRW2027-001", "P-ANA", "presenter"))
    kinds = [(c.kind, c.event_ids) for c in find_conflicts(ref_db, 2027)]
    assert ("double-booked", ["OUT-CHI-TUE", "LRW2027-001"]) in kinds
    assert all("OUT-CHI-TUE" in ids for kind, ids in kinds if kind == "double-booked")
    assert not any(kind == "understaffed" and ids == ["OUT-CHI-TUE"] for kind, ids in kinds)


def test_partners_are_a_directory_of_their_own_and_parties_to_agreements(ref_db) -> None:
    save_partner(ref_db, PartnerInput("CP-DIOCESE-BROOKLYN", "Diocese of Brooklyn",
                                      "faith-based", "Brooklyn", "ny", ["Spanish", "English"]))
    with pytest.raises(InputError) as refused:
        save_partner(ref_db, PartnerInput("MX-CHICAGO", "Clash", "union"))
    assert [p.code for p in refused.value.problems] == ["id.taken"]
    save_agreement(ref_db, AgreementInput(
        id="OSHA-NY-MX", kind="Arrangement Establishing an Alliance", state="draft",
        office_ids=["WHD-CHICAGO"],
        consulate_ids=["MX-CHICAGO"], partner_ids=["CP-DIOCESE-BROOKLYN"]))
    _series(ref_db, partner_ids=["CP-DIOCESE-BROOKLYN"], agreement_id="OSHA-NY-MX")
    rows = list_partners(ref_db)
    assert [(r.id, r.state, r.agreements, r.events) for r in rows] == [
        ("CP-DIOCESE-BROOKLYN", "NY", 1, 1)]
    with pytest.raises(InUseError):
        delete_partner(ref_db, "CP-DIOCESE-BROOKLYN")
    event = get_event(ref_db, "OUT-CHI-TUE")
    assert (event.agreement_id, event.partner_ids) == ("OSHA-NY-MX", ["CP-DIOCESE-BROOKLYN"])


def test_outcomes_are_counts_per_occurrence_and_say_what_is_missing(ref_db) -> None:
    _series(ref_db, skipped_dates=[date(2027, 3, 9)])
    now = datetime(2027, 3, 24, tzinfo=UTC)
    missing = [(m.event_id, m.occurrence) for m in lacking(ref_db, WINDOW[0], now)]
    assert missing == [("OUT-CHI-TUE", date(2027, 3, 23)), ("OUT-CHI-TUE", date(2027, 2, 23))]
    save_outcome(ref_db, OutcomeInput("OUT-CHI-TUE", date(2027, 2, 23), 140, 300,
                                      ["Spanish", "English"], 12, 3, "Rain; short line"))
    assert [m.occurrence for m in lacking(ref_db, WINDOW[0], now)] == [date(2027, 3, 23)]
    stored = get_outcome(ref_db, "OUT-CHI-TUE", date(2027, 2, 23))
    assert stored is not None and (stored.people_reached, stored.referrals) == (140, 12)
    cases = [
        (OutcomeInput("OUT-CHI-TUE", None, 5), "outcome.occurrence_required"),
        (OutcomeInput("OUT-CHI-TUE", date(2027, 3, 9), 5), "outcome.occurrence_cancelled"),
        (OutcomeInput("OUT-CHI-TUE", date(2027, 3, 10), 5), "outcome.not_an_occurrence"),
        (OutcomeInput("OUT-CHI-TUE", date(2027, 3, 23), 2_000_000), "field.out_of_range"),
        (OutcomeInput("OUT-CHI-TUE", date(2027, 3, 23), 5, notes="Call Rosa at 312 555 0199"),
         "outcome.personal_detail"),
        (OutcomeInput("NOPE", None, 5), "outcome.unknown_event"),
    ]
    for data, code in cases:
        with pytest.raises(InputError) as refused:
            save_outcome(ref_db, data)
        assert [p.code for p in refused.value.problems] == [code], data
    assert list_occurrences(ref_db, *WINDOW)[0].has_outcome


def test_the_demonstration_holds_a_year_of_outreach(demo_db_at) -> None:
    """The demo's All year: a table every other Tuesday at the Chicago consulate (one occurrence
    cancelled, one moved to the Wednesday at the same wall-clock time across the end of daylight
    saving time, outcomes of those held but one) and the Phoenix alliance's quarterly team."""
    from consularapp.demo import load_demo

    db = demo_db_at(date(2026, 12, 3))
    window = (datetime(2026, 9, 1, tzinfo=UTC), datetime(2026, 12, 3, tzinfo=UTC))
    tabling = [(o.occurs_on, f"{o.starts:%a %H:%M}", o.cancelled, o.moved, o.has_outcome)
               for o in list_occurrences(db, *window, year=None)
               if o.event.id == "OUT-DEMO-CHI-TABLING"]
    assert tabling == [
        (date(2026, 9, 15), "Tue 09:00", False, False, True),
        (date(2026, 9, 29), "Tue 09:00", False, False, False),  # held, outcome still to record
        (date(2026, 10, 13), "Tue 09:00", True, False, False),
        (date(2026, 10, 27), "Tue 09:00", False, False, True),
        (date(2026, 11, 10), "Wed 09:00", False, True, True),  # CST now, 15:00 UTC
        (date(2026, 11, 24), "Tue 09:00", False, False, True),
    ]
    team = get_event(db, "OUT-DEMO-PHX-TEAM")
    assert (team.format, team.agreement_id, team.recurrence) == (
        "meeting", "OSHA-PHX-ALLIANCE-2024", "FREQ=MONTHLY;INTERVAL=3;BYDAY=3TU;COUNT=8")
    assert get_event(db, "OUT-DEMO-CHI-TABLING").partner_ids == ["CP-ARISE-CHICAGO"]
    # Loading again keeps what the user changed in the demonstration's series.
    edited = get_event(db, "OUT-DEMO-CHI-TABLING")
    edited.title = "Our own table"
    save_event(db, edited, "OUT-DEMO-CHI-TABLING")
    load_demo(db, date(2026, 12, 3))
    assert get_event(db, "OUT-DEMO-CHI-TABLING").title == "Our own table"
