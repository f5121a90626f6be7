"""Agreement status computed from dates, for chosen days."""

from __future__ import annotations

from datetime import date

import pytest

from consularapp.agreements import Status, compute_statuses, expiry_date, next_review, status_of
from consularapp.models import Agreement, Consulate, Office


def _status(as_of: date, **kw) -> tuple[Status, int | None, date | None]:
    fields = dict(state="signed", signed_on=date(2024, 2, 29), effective_on=None,
                  term_months=36, expires_on=None, terminated_on=None, superseded_on=None)
    fields.update(kw)
    return status_of(as_of=as_of, **fields)


def test_leap_day_term_ends_on_the_clamped_day_inclusive() -> None:
    assert expiry_date(None, date(2024, 2, 29), 36, None) == date(2027, 2, 28)
    assert _status(date(2027, 2, 28))[:2] == (Status.EXPIRING, 0)
    assert _status(date(2027, 3, 1))[:2] == (Status.EXPIRED, -1)


@pytest.mark.parametrize(
    ("as_of", "expected", "days"),
    [
        (date(2026, 1, 1), Status.ACTIVE, 423),
        (date(2026, 8, 31), Status.ACTIVE, 181),
        (date(2026, 9, 1), Status.RENEWAL_DUE, 180),
        (date(2027, 1, 28), Status.RENEWAL_DUE, 31),
        (date(2027, 1, 29), Status.EXPIRING, 30),
    ],
)
def test_thresholds(as_of: date, expected: Status, days: int) -> None:
    status, days_left, last = _status(as_of)
    assert (status, days_left, last) == (expected, days, date(2027, 2, 28))


def test_renewal_due_starts_180_days_out_and_expiring_30() -> None:
    last = date(2027, 2, 28)
    assert _status(date.fromordinal(last.toordinal() - 181))[0] is Status.ACTIVE
    assert _status(date.fromordinal(last.toordinal() - 180))[0] is Status.RENEWAL_DUE
    assert _status(date.fromordinal(last.toordinal() - 31))[0] is Status.RENEWAL_DUE
    assert _status(date.fromordinal(last.toordinal() - 30))[0] is Status.EXPIRING


def test_month_end_clamping_and_explicit_expiry() -> None:
    assert expiry_date(date(2025, 8, 31), date(2025, 8, 1), 18, None) == date(2027, 2, 28)
    assert expiry_date(None, date(2025, 1, 1), 24, date(2026, 6, 30)) == date(2026, 6, 30)


def test_open_ended_has_periodic_reviews() -> None:
    status, days, last = _status(date(2026, 11, 21), term_months=None, signed_on=date(2015, 3, 1))
    assert (status, days, last) == (Status.OPEN_ENDED, None, None)
    assert next_review(date(2015, 3, 1), date(2026, 11, 21), 3) == date(2027, 3, 1)
    assert next_review(date(2015, 3, 1), date(2024, 3, 1), 3) == date(2024, 3, 1)


def test_records_states_terminated_and_superseded() -> None:
    assert _status(date(2026, 1, 1), state="draft")[0] is Status.DRAFT
    assert _status(date(2026, 1, 1), state="negotiating")[0] is Status.NEGOTIATING
    # 30 days' notice given: in force until the termination date, then terminated.
    notice = dict(state="terminated", terminated_on=date(2026, 2, 15))
    assert _status(date(2026, 1, 20), **notice)[:2] == (Status.EXPIRING, 25)
    assert _status(date(2026, 2, 14), **notice)[0] is Status.EXPIRING
    assert _status(date(2026, 2, 16), **notice)[0] is Status.TERMINATED
    # A signed successor supersedes from its signing day, even before expiry.
    assert _status(date(2026, 6, 1), superseded_on=date(2026, 6, 2))[0] is Status.ACTIVE
    assert _status(date(2026, 6, 2), superseded_on=date(2026, 6, 2))[0] is Status.SUPERSEDED
    assert _status(date(2028, 1, 1), superseded_on=date(2026, 6, 2))[0] is Status.SUPERSEDED


def _agreement(s, aid: str, offices: list[str], consulates: list[str], **kw) -> None:
    a = Agreement(id=aid, kind="Letter of Arrangement", **kw)
    a.offices = [s.get(Office, o) for o in offices]
    a.consulates = [s.get(Consulate, c) for c in consulates]
    s.add(a)


def test_renewal_in_draft_shows_but_does_not_supersede(ref_db) -> None:
    with ref_db.transaction() as s:
        _agreement(s, "OLD", ["NLRB-R02", "NLRB-R22", "NLRB-R29"], ["MX-NEWYORK"],
                   state="signed", signed_on=date(2021, 9, 29), term_months=36)
        _agreement(s, "NEW", ["NLRB-R02"], ["MX-NEWYORK"], state="draft", renews_id="OLD",
                   term_months=36)
    by_id = {a.id: a for a in compute_statuses(ref_db, date(2024, 9, 1))}
    assert by_id["OLD"].status is Status.EXPIRING and by_id["OLD"].renewed_by == "NEW"
    assert by_id["OLD"].office_ids == ["NLRB-R02", "NLRB-R22", "NLRB-R29"]
    with ref_db.transaction() as s:
        new = s.get(Agreement, "NEW")
        new.state, new.signed_on = "signed", date(2024, 8, 15)
    by_id = {a.id: a for a in compute_statuses(ref_db, date(2024, 8, 20))}
    assert by_id["OLD"].status is Status.SUPERSEDED
    assert by_id["NEW"].status is Status.ACTIVE and by_id["NEW"].expires_on == date(2027, 8, 15)
    # Before the successor was signed, the old one was still only due for renewal.
    assert {a.id: a for a in compute_statuses(ref_db, date(2024, 8, 14))}["OLD"].status \
        is Status.RENEWAL_DUE


def test_most_urgent_first(ref_db) -> None:
    with ref_db.transaction() as s:
        _agreement(s, "A-ACTIVE", ["WHD-CHICAGO"], ["MX-CHICAGO"], state="signed",
                   signed_on=date(2026, 1, 1), term_months=36)
        _agreement(s, "A-EXPIRING", ["WHD-DENVER"], ["MX-DENVER"], state="signed",
                   signed_on=date(2023, 12, 1), term_months=36)
        _agreement(s, "A-DUE", ["WHD-PHOENIX"], ["MX-PHOENIX"], state="signed",
                   signed_on=date(2024, 3, 1), term_months=36)
        _agreement(s, "A-EXPIRED", ["WHD-HOUSTON"], ["MX-HOUSTON"], state="signed",
                   signed_on=date(2020, 1, 1), term_months=36)
    order = [a.id for a in compute_statuses(ref_db, date(2026, 11, 21))]
    assert order == ["A-EXPIRING", "A-DUE", "A-EXPIRED", "A-ACTIVE"]


def test_before_signing_and_before_taking_effect() -> None:
    # Signed 2027-01-01, in effect from 2027-10-01 for 24 months.
    future = dict(signed_on=date(2027, 1, 1), effective_on=date(2027, 10, 1), term_months=24)
    assert _status(date(2026, 12, 31), **future)[0] is Status.NEGOTIATING  # not signed yet
    status, days, last = _status(date(2027, 8, 30), **future)
    assert status is Status.ACTIVE and last == date(2029, 10, 1) and days == 763


def test_signed_but_not_yet_effective_is_not_in_force(ref_db) -> None:
    with ref_db.transaction() as s:
        _agreement(s, "FUT", ["WHD-CHICAGO"], ["MX-CHICAGO"], state="signed",
                   signed_on=date(2027, 1, 1), effective_on=date(2027, 10, 1), term_months=24)
    (fut,) = compute_statuses(ref_db, date(2027, 8, 30))
    assert fut.status is Status.ACTIVE and not fut.in_force
    (fut,) = compute_statuses(ref_db, date(2027, 10, 1))
    assert fut.in_force


def test_days_left_for_every_dated_agreement_and_lapsed_last_first(ref_db) -> None:
    with ref_db.transaction() as s:
        _agreement(s, "OLD", ["WHD-CHICAGO"], ["MX-CHICAGO"], state="signed",
                   signed_on=date(2019, 1, 1), term_months=36)
        _agreement(s, "RECENT", ["WHD-DENVER"], ["MX-DENVER"], state="signed",
                   signed_on=date(2023, 11, 1), term_months=36)
        _agreement(s, "ENDED", ["WHD-PHOENIX"], ["MX-PHOENIX"], state="terminated",
                   signed_on=date(2024, 1, 1), term_months=60, terminated_on=date(2026, 10, 7))
    by_id = {a.id: a for a in compute_statuses(ref_db, date(2026, 11, 21))}
    assert [a.id for a in compute_statuses(ref_db, date(2026, 11, 21))][:2] == ["RECENT", "OLD"]
    ended = by_id["ENDED"]
    assert ended.status is Status.TERMINATED
    assert ended.expires_on == date(2026, 10, 6) and ended.days_left == -46
