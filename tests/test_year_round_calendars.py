"""Calendars of the partnership all year: a recurring series written once (RRULE, EXDATE for a
cancelled occurrence, a RECURRENCE-ID override for a moved one) that a second parser, libical,
expands to exactly the app's own occurrences across a daylight-saving change; `calendar` without
--year; and the obligations of agreements in the deadlines calendar."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta

import libical_check
import pytest
from icalendar import Calendar

from consularapp.agreements import AgreementInput, get_agreement, save_agreement
from consularapp.calendars import deadlines_calendar, range_calendar
from consularapp.cli import main
from consularapp.directory import MembershipInput, PersonInput, save_person
from consularapp.events import (
    EventInput,
    OccurrenceChangeInput,
    list_occurrences,
    move_occurrence,
    save_event,
)
from consularapp.obligations import ObligationDoneInput, mark_done
from consularapp.settings import ORGANIZER_EMAIL, set_setting
from consularapp.staffing import AssignmentInput, assign

CHICAGO = "America/Chicago"
START, END = datetime(2027, 2, 1, tzinfo=UTC), datetime(2028, 2, 1, tzinfo=UTC)
UID = "OUT-CHI-TUE@consularapp.lrw"


def _series(db) -> None:
    set_setting(db, ORGANIZER_EMAIL, "outreach@dol.example.gov")
    save_event(db, EventInput(
        id="OUT-CHI-TUE", year=None, title="Tabling at the consulate", format="tabling",
        starts=datetime(2027, 2, 23, 9), ends=datetime(2027, 2, 23, 11), time_zone=CHICAGO,
        venue="Consulate General of Mexico in Chicago", host_consulate_id="MX-CHICAGO",
        office_ids=["WHD-CHICAGO"], recurrence="FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=12",
        skipped_dates=[date(2027, 3, 9)]))
    move_occurrence(db, OccurrenceChangeInput(
        "OUT-CHI-TUE", date(2027, 3, 23), datetime(2027, 3, 25, 14), datetime(2027, 3, 25, 16)))


def _vevents(data: bytes) -> list:
    return [c for c in Calendar.from_ical(data).walk("VEVENT")]


@pytest.fixture
def needs_libical() -> None:
    if libical_check.library() is None:
        pytest.skip("libical is not installed (the test command installs it)")


def test_a_series_is_written_once_and_libical_expands_it_as_the_app_does(
        ref_db, needs_libical) -> None:
    _series(ref_db)
    data = range_calendar(ref_db, date(2027, 2, 1), date(2028, 2, 1))
    entries = [e for e in _vevents(data) if str(e["UID"]) == UID]
    assert len(entries) == 2  # the master and one override
    master = next(e for e in entries if "RECURRENCE-ID" not in e)
    assert dict(master["RRULE"]) == {"FREQ": ["WEEKLY"], "INTERVAL": [2], "BYDAY": ["TU"],
                                     "COUNT": [12]}
    exdate = master["EXDATE"].to_ical()
    assert exdate == b"20270309T090000"  # local time with TZID, as DTSTART
    assert master["EXDATE"].params["TZID"] == CHICAGO
    override = next(e for e in entries if "RECURRENCE-ID" in e)
    assert override.decoded("RECURRENCE-ID").replace(tzinfo=None) == datetime(2027, 3, 23, 9)
    assert int(override["SEQUENCE"]) == int(master["SEQUENCE"]) == 1
    assert libical_check.itip_errors(data) == []
    theirs = libical_check.occurrences(data, UID, START, END)
    ours = [(o.starts_at, o.ends_at) for o in list_occurrences(ref_db, START, END)
            if not o.cancelled]
    assert theirs == ours
    assert len(ours) == 11  # 12 by the rule, one cancelled
    # After the change to daylight time on 2027-03-14, 09:00 in Chicago is 14:00 UTC.
    assert (datetime(2027, 4, 6, 14, tzinfo=UTC), datetime(2027, 4, 6, 16, tzinfo=UTC)) in theirs
    assert (datetime(2027, 3, 25, 19, tzinfo=UTC), datetime(2027, 3, 25, 21, tzinfo=UTC)) in theirs
    assert all(start.date() != date(2027, 3, 9) for start, _end in theirs)


def test_a_persons_calendar_has_the_series_and_a_one_occurrence_shift(
        ref_db, needs_libical) -> None:
    _series(ref_db)
    save_person(ref_db, PersonInput(id="P-ANA", name="Ana Ruiz", memberships=[
        MembershipInput(organization_id="WHD-CHICAGO")]))
    save_person(ref_db, PersonInput(id="P-LUIS", name="Luis Mora", memberships=[
        MembershipInput(organization_id="WHD-CHICAGO")]))
    assign(ref_db, AssignmentInput("OUT-CHI-TUE", "P-ANA", "table staff"))
    assign(ref_db, AssignmentInput("OUT-CHI-TUE", "P-LUIS", "presenter",
                                   occurrence=date(2027, 4, 20)))
    ana = range_calendar(ref_db, date(2027, 2, 1), date(2028, 2, 1), person_id="P-ANA")
    assert libical_check.itip_errors(ana) == []
    uid = next(str(e["UID"]) for e in _vevents(ana))
    assert len(libical_check.occurrences(ana, uid, START, END)) == 11
    luis = range_calendar(ref_db, date(2027, 2, 1), date(2028, 2, 1), person_id="P-LUIS")
    entries = _vevents(luis)
    assert len(entries) == 1 and "RRULE" not in entries[0]
    assert entries[0].decoded("DTSTART").astimezone(UTC) == datetime(2027, 4, 20, 14, tzinfo=UTC)


def test_calendar_without_a_year_takes_from_and_to(db_url: str, ref_db, tmp_path) -> None:
    _series(ref_db)
    save_event(ref_db, EventInput(
        id="LRW2027-001", year=2027, title="Opening", format="opening ceremony",
        starts=datetime(2027, 8, 30, 10), ends=datetime(2027, 8, 30, 11), time_zone=CHICAGO,
        venue="Casa Michoacán", host_consulate_id="MX-CHICAGO"))
    out = tmp_path / "chicago.ics"
    args = ["--db", db_url, "calendar", "--consulate", "MX-CHICAGO", "--from", "2027-02-01",
            "--to", "2027-12-31", "--out", str(out)]
    assert main(args, io.StringIO()) == 0
    uids = {str(e["UID"]) for e in _vevents(out.read_bytes())}
    assert uids == {UID, "LRW2027-001@consularapp.lrw"}
    assert main(["--db", db_url, "calendar", "--from", "2027-06-01", "--to", "2027-07-31",
                 "--out", str(out)], io.StringIO()) == 0
    assert {str(e["UID"]) for e in _vevents(out.read_bytes())} == {UID}  # its last weeks
    with pytest.raises(SystemExit):
        main(["--db", db_url, "calendar", "--year", "2027", "--from", "2027-01-01",
              "--out", str(out)], io.StringIO())


def test_obligations_are_in_the_deadlines_calendar_and_none_goes_stale(ref_db) -> None:
    save_agreement(ref_db, AgreementInput(
        id="OSHA-PHX-MX", kind="Arrangement Establishing an Alliance", state="signed",
        office_ids=["OSHA-PHOENIX"], consulate_ids=["MX-PHOENIX"], signed_on=date(2025, 3, 3),
        term_months=24))
    day = date(2025, 3, 10)

    def entries() -> dict[str, object]:
        return {str(e["UID"]): e for e in _vevents(deadlines_calendar(ref_db, day))
                if str(e["UID"]).endswith("@consularapp.obligations")}

    found = entries()
    signed = found["OSHA-PHX-MX/signed-copy/once@consularapp.obligations"]
    assert signed.decoded("DTSTART") == date(2025, 4, 3)
    assert [a.decoded("TRIGGER") for a in signed.walk("VALARM")] == [timedelta(days=-7)]
    report = found["OSHA-PHX-MX/annual-report/2@consularapp.obligations"]
    assert report.decoded("DTSTART") == date(2027, 5, 2)
    mark_done(ref_db, ObligationDoneInput("OSHA-PHX-MX", "signed copy", None, date(2025, 3, 8)))
    data = get_agreement(ref_db, "OSHA-PHX-MX")
    data.state, data.terminated_on = "terminated", date(2026, 1, 31)
    save_agreement(ref_db, data, "OSHA-PHX-MX")
    after = entries()
    assert str(after["OSHA-PHX-MX/signed-copy/once@consularapp.obligations"]["STATUS"]) == \
        "CANCELLED"
    gone = after["OSHA-PHX-MX/annual-report/2@consularapp.obligations"]
    assert str(gone["STATUS"]) == "CANCELLED" and not gone.walk("VALARM")
    assert int(gone["SEQUENCE"]) > int(report["SEQUENCE"])
    first = after["OSHA-PHX-MX/annual-report/1@consularapp.obligations"]
    assert first.decoded("DTSTART") == date(2026, 4, 1)  # period ends on the termination date
