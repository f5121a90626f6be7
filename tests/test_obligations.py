"""Obligations of agreements (spec/cli.md, `obligations`): the spec's rules and examples are the
acceptance tests, plus a leap-day effective date, a terminated alliance and a renewal that takes
over the obligations of the old agreement."""

from __future__ import annotations

import io
import json
from datetime import date

import pytest

from consularapp.agreements import AgreementInput, get_agreement, renew, save_agreement
from consularapp.cli import main
from consularapp.errors import InputError
from consularapp.models import ObligationDone
from consularapp.obligations import (
    ANNUAL_REPORT,
    SIGNED_COPY,
    AgreementFacts,
    ObligationDoneInput,
    compute_obligations,
    mark_done,
    periods,
    schedule,
    unmark_done,
)
from consularapp.obligations import DEFAULT_RULES as RULES
from consularapp.settings import OBLIGATION_DUE_DAYS, OBLIGATION_RULES, set_setting

ALLIANCE = "Arrangement Establishing an Alliance"
UNDERSTANDING = "Arrangement Establishing an Understanding"


def _facts(**kw: object) -> AgreementFacts:
    values: dict[str, object] = dict(
        id="A", kind=ALLIANCE, state="signed", signed_on=date(2025, 3, 3), effective_on=None,
        term_months=24, expires_on=None, terminated_on=None)
    values.update(kw)
    return AgreementFacts(**values)  # type: ignore[arg-type]


def _alliance(db, aid: str = "OSHA-PHX-MX", **kw: object) -> None:
    data = AgreementInput(id=aid, kind=ALLIANCE, state="signed", office_ids=["OSHA-PHOENIX"],
                          consulate_ids=["MX-PHOENIX"], signed_on=date(2025, 3, 3),
                          term_months=24)
    for k, v in kw.items():
        setattr(data, k, v)
    save_agreement(db, data)


# --- the spec's examples -----------------------------------------------------------------------


@pytest.mark.parametrize(("signed", "due"), [
    (date(2025, 3, 3), date(2025, 4, 3)),
    (date(2025, 1, 31), date(2025, 2, 28)),  # the day clamped to a shorter month
])
def test_signed_copy_is_due_one_calendar_month_after_signing(signed: date, due: date) -> None:
    owed = schedule(_facts(signed_on=signed), RULES, signed)
    assert [(d.obligation, d.due_on) for d in owed if d.period is None] == [(SIGNED_COPY, due)]


def test_annual_report_is_due_60_days_after_the_period() -> None:
    owed = [d for d in schedule(_facts(), RULES, date(2025, 3, 3)) if d.period]
    assert [(d.period, d.period_starts, d.period_ends, d.due_on) for d in owed] == [
        (1, date(2025, 3, 3), date(2026, 3, 2), date(2026, 5, 1)),  # the spec's example
        # The last period ends on the last day in force (effective + 24 months, included).
        (2, date(2026, 3, 3), date(2027, 3, 3), date(2027, 5, 2)),
    ]


def test_a_leap_day_effective_date_has_its_anniversaries_on_february_28() -> None:
    facts = _facts(signed_on=date(2024, 2, 20), effective_on=date(2024, 2, 29), term_months=60)
    spans = [(d.period_starts, d.period_ends) for d in schedule(facts, RULES, None) if d.period]
    assert spans == [
        (date(2024, 2, 29), date(2025, 2, 27)),
        (date(2025, 2, 28), date(2026, 2, 27)),
        (date(2026, 2, 28), date(2027, 2, 27)),
        (date(2027, 2, 28), date(2028, 2, 28)),
        (date(2028, 2, 29), date(2029, 2, 28)),  # a leap year again: February 29
    ]


def test_a_terminated_alliance_ends_its_last_period_on_the_termination_date() -> None:
    facts = _facts(state="terminated", terminated_on=date(2026, 7, 15))
    owed = [(d.period, d.period_starts, d.period_ends, d.due_on)
            for d in schedule(facts, RULES, date(2026, 8, 1)) if d.period]
    assert owed == [
        (1, date(2025, 3, 3), date(2026, 3, 2), date(2026, 5, 1)),
        (2, date(2026, 3, 3), date(2026, 7, 15), date(2026, 9, 13)),
    ]


def test_an_open_ended_agreement_has_a_period_for_each_anniversary_begun() -> None:
    facts = _facts(term_months=None, signed_on=date(2023, 6, 1))
    on = lambda day: [(d.period_starts, d.period_ends)  # noqa: E731
                      for d in schedule(facts, RULES, day) if d.period]
    assert on(date(2024, 5, 31)) == [(date(2023, 6, 1), date(2024, 5, 31))]
    assert on(date(2024, 6, 1)) == [(date(2023, 6, 1), date(2024, 5, 31)),
                                    (date(2024, 6, 1), date(2025, 5, 31))]


def test_draft_and_negotiating_agreements_owe_nothing() -> None:
    for state in ("draft", "negotiating"):
        assert schedule(_facts(state=state), RULES, date(2026, 1, 1)) == []
    assert schedule(_facts(), RULES, date(2025, 3, 2)) == []  # the day before signing


def test_other_kinds_owe_nothing_until_an_office_adds_a_rule(ref_db) -> None:
    save_agreement(ref_db, AgreementInput(
        id="WHD-PHX-MX", kind=UNDERSTANDING, state="signed", office_ids=["WHD-PHOENIX"],
        consulate_ids=["MX-PHOENIX"], signed_on=date(2025, 3, 3), term_months=36))
    assert compute_obligations(ref_db, date(2025, 4, 1)) == []
    rules = [r.as_json() for r in RULES] + [
        {"name": "annual report", "kinds": [UNDERSTANDING], "basis": "period", "days": 30}]
    set_setting(ref_db, OBLIGATION_RULES, rules)
    owed = compute_obligations(ref_db, date(2025, 4, 1))
    assert [(o.obligation, o.period, o.due_on) for o in owed] == [
        ("annual report", 1, date(2026, 4, 1)),
        ("annual report", 2, date(2027, 4, 1)),
        ("annual report", 3, date(2028, 4, 2)),  # the last period ends on 2028-03-03
    ]


def test_a_bad_rule_is_refused_with_a_sentence(ref_db) -> None:
    with pytest.raises(InputError) as refused:
        set_setting(ref_db, OBLIGATION_RULES,
                    [{"name": "annual report", "kinds": ["Treaty"], "basis": "period"}])
    assert refused.value.problems[0].code == "choice.unknown"
    assert "rule 1" in refused.value.problems[0].message
    with pytest.raises(InputError):
        set_setting(ref_db, OBLIGATION_RULES, "not json")


def test_periods_end_the_day_before_the_next_starts() -> None:
    assert periods(date(2025, 1, 1), date(2025, 6, 30), None) == [
        (date(2025, 1, 1), date(2025, 6, 30))]
    assert periods(date(2025, 1, 1), date(2024, 6, 30), None) == []


# --- statuses, marking done, and what survives a change ------------------------------------


def test_statuses_as_of_a_day_and_most_urgent_first(ref_db) -> None:
    _alliance(ref_db)
    owed = compute_obligations(ref_db, date(2025, 3, 10))
    assert [(o.obligation, o.status.value, o.days_left) for o in owed] == [
        (SIGNED_COPY, "due", 24),
        (ANNUAL_REPORT, "upcoming", 417),
        (ANNUAL_REPORT, "upcoming", 783),
    ]
    assert compute_obligations(ref_db, date(2025, 4, 4))[0].status.value == "overdue"
    assert compute_obligations(ref_db, date(2025, 4, 4))[0].days_left == -1
    set_setting(ref_db, OBLIGATION_DUE_DAYS, 10)
    assert compute_obligations(ref_db, date(2025, 3, 10))[0].status.value == "upcoming"


def test_marking_done_with_a_document_and_taking_it_back(ref_db) -> None:
    _alliance(ref_db)
    change = mark_done(ref_db, ObligationDoneInput("OSHA-PHX-MX", "Signed copy", None,
                                                    date(2025, 3, 20), "https://x.gov/a.docx"))
    assert change.count("created", "obligation_done") == 1
    first = compute_obligations(ref_db, date(2025, 5, 1))
    done = next(o for o in first if o.obligation == SIGNED_COPY)
    assert (done.status.value, done.done_on, done.document) == (
        "done", date(2025, 3, 20), "https://x.gov/a.docx")
    assert first[-1] == done  # done ones last
    unmark_done(ref_db, "OSHA-PHX-MX", SIGNED_COPY, None)
    assert compute_obligations(ref_db, date(2025, 5, 1))[0].status.value == "overdue"


def test_marking_done_refuses_what_is_not_owed(ref_db) -> None:
    _alliance(ref_db)
    cases = [
        (ObligationDoneInput("NOPE", ANNUAL_REPORT, None, date(2026, 3, 1)),
         "obligation_done.unknown_agreement"),
        (ObligationDoneInput("OSHA-PHX-MX", "newsletter", None, date(2026, 3, 1)),
         "obligation_done.not_owed"),
        (ObligationDoneInput("OSHA-PHX-MX", ANNUAL_REPORT, None, date(2026, 3, 1)),
         "obligation_done.period_required"),
        (ObligationDoneInput("OSHA-PHX-MX", ANNUAL_REPORT, date(2025, 3, 4), date(2026, 3, 1)),
         "obligation_done.no_such_period"),
        (ObligationDoneInput("OSHA-PHX-MX", SIGNED_COPY, date(2025, 3, 3), date(2026, 3, 1)),
         "obligation_done.not_periodic"),
        (ObligationDoneInput("OSHA-PHX-MX", SIGNED_COPY, None, None), "field.required"),
    ]
    for data, code in cases:
        with pytest.raises(InputError) as refused:
            mark_done(ref_db, data)
        assert [p.code for p in refused.value.problems] == [code], data


def test_a_date_edit_recomputes_at_once_and_drops_what_no_longer_exists(ref_db) -> None:
    _alliance(ref_db)
    mark_done(ref_db, ObligationDoneInput("OSHA-PHX-MX", ANNUAL_REPORT, date(2026, 3, 3),
                                          date(2027, 4, 1)))
    data = get_agreement(ref_db, "OSHA-PHX-MX")
    data.effective_on = date(2025, 4, 1)  # the term moves: period 2 now starts 2026-04-01
    change = save_agreement(ref_db, data, "OSHA-PHX-MX")
    assert change.count("deleted", "obligation_done") == 1
    owed = compute_obligations(ref_db, date(2025, 5, 1))
    assert [(o.period, o.period_starts, o.status.value) for o in owed if o.period] == [
        (1, date(2025, 4, 1), "upcoming"), (2, date(2026, 4, 1), "upcoming")]
    with ref_db.session() as s:
        assert s.query(ObligationDone).count() == 0


def test_a_termination_takes_away_the_periods_after_it(ref_db) -> None:
    _alliance(ref_db)
    mark_done(ref_db, ObligationDoneInput("OSHA-PHX-MX", ANNUAL_REPORT, date(2026, 3, 3),
                                          date(2027, 4, 1)))
    data = get_agreement(ref_db, "OSHA-PHX-MX")
    data.state, data.terminated_on = "terminated", date(2026, 1, 31)
    change = save_agreement(ref_db, data, "OSHA-PHX-MX")
    assert change.count("deleted", "obligation_done") == 1
    owed = compute_obligations(ref_db, date(2026, 2, 1))
    assert [(o.period, o.period_ends, o.due_on) for o in owed if o.period] == [
        (1, date(2026, 1, 31), date(2026, 4, 1))]


def test_a_renewal_replaces_the_obligations_of_the_periods_it_covers(ref_db) -> None:
    """The old alliance keeps its own periods (its last report is still owed); the signed
    renewal starts its own from the day it takes effect, and nothing is owed twice."""
    _alliance(ref_db, signed_on=date(2022, 3, 1), term_months=60)
    mark_done(ref_db, ObligationDoneInput("OSHA-PHX-MX", ANNUAL_REPORT, date(2026, 3, 1),
                                          date(2026, 3, 15)))  # recorded early, by mistake
    _change, new_id = renew(ref_db, "OSHA-PHX-MX", today=date(2025, 1, 10))
    before = compute_obligations(ref_db, date(2025, 2, 1), agreement_ids=["OSHA-PHX-MX"])
    assert len([o for o in before if o.period]) == 5  # a draft renewal changes nothing yet
    data = get_agreement(ref_db, new_id)
    data.state, data.signed_on, data.effective_on = "signed", date(2025, 2, 20), date(2025, 3, 1)
    change = save_agreement(ref_db, data, new_id)
    assert change.count("deleted", "obligation_done") == 1  # period 5 of the old one is gone
    owed = compute_obligations(ref_db, date(2025, 3, 5))
    old = [(o.period, o.period_starts, o.period_ends, o.due_on) for o in owed
           if o.agreement_id == "OSHA-PHX-MX" and o.period]
    assert sorted(old) == [
        (1, date(2022, 3, 1), date(2023, 2, 28), date(2023, 4, 29)),
        (2, date(2023, 3, 1), date(2024, 2, 29), date(2024, 4, 29)),
        (3, date(2024, 3, 1), date(2025, 2, 28), date(2025, 4, 29)),  # still owed
    ]
    new = [(o.obligation, o.period, o.period_starts) for o in owed if o.agreement_id == new_id]
    assert (SIGNED_COPY, None, None) in new
    assert (ANNUAL_REPORT, 1, date(2025, 3, 1)) in new


# --- the command line ------------------------------------------------------------------------


def test_obligations_json_has_the_specs_keys(db_url: str, ref_db) -> None:
    _alliance(ref_db)
    out = io.StringIO()
    assert main(["--db", db_url, "obligations", "--as-of", "2026-03-20", "--json"], out) == 0
    data = json.loads(out.getvalue())
    assert data[0] == {
        "agreement_id": "OSHA-PHX-MX", "obligation": "signed copy", "period": None,
        "period_starts": None, "period_ends": None, "due_on": "2025-04-03", "done_on": None,
        "status": "overdue", "days_left": -351,
    }
    assert data[1]["period"] == 1 and data[1]["status"] == "upcoming"
    assert set(data[1]) == set(data[0])
    text = io.StringIO()
    assert main(["--db", db_url, "obligations", "--as-of", "2026-03-20"], text) == 0
    assert "Signed copy to the national office" in text.getvalue()


def test_due_and_overdue_obligations_need_attention_on_the_dashboard(ref_db) -> None:
    from consularapp.partnerships import AttentionKind, Scope, dashboard

    _alliance(ref_db)
    board = dashboard(ref_db, date(2025, 3, 20))
    due = [i for i in board.items if i.kind is AttentionKind.OBLIGATION_DUE]
    assert [(i.record_id, i.days) for i in due] == [("OSHA-PHX-MX", 14)]
    assert "Signed copy to the national office due 2025-04-03" in due[0].detail
    later = dashboard(ref_db, date(2026, 5, 2))
    overdue = [i for i in later.items if i.kind is AttentionKind.OBLIGATION_OVERDUE]
    assert [(i.record_id, i.days) for i in overdue] == [("OSHA-PHX-MX", -394)]
    assert "period 1" in overdue[0].detail and "Signed copy" in overdue[0].detail
    assert not [i for i in dashboard(ref_db, date(2026, 5, 2), Scope(agency="WHD")).items
                if i.kind is AttentionKind.OBLIGATION_OVERDUE]
