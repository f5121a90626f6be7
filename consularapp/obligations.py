"""Obligations of agreements: computed from each agreement's dates and the rules for its kind.

The rules (spec/cli.md, `obligations`) are shared settings (`obligations.rules`), one list for
the database, each rule naming the agreement kinds it applies to. The defaults follow OSHA's
Alliance Program for the kind "Arrangement Establishing an Alliance" (OSHA, Alliance Program
Directive FAQ, "What Alliance information should the Regions submit to the Office of Outreach
Services and Alliances?": agreements and renewals "no later than one month after signing";
annual reports "no later than 60 days after the end of the annual report period"), and nothing
for other kinds until an office adds its own (an annual report for its WHD arrangements, say).

Two kinds of rule:

* ``signing``: due a number of calendar months (the day clamped to a shorter month's end:
  2025-01-31 + 1 month = 2025-02-28) plus a number of days after the signing date;
* ``period``: one per annual period, due a number of days after the period's last day. Periods
  start on the effective date and on each anniversary (February 29 -> February 28 in other
  years) before the last day in force; each ends the day before the next starts, and the last
  ends on the last day in force: the expiry date, the termination date if it was terminated, or
  the day before a signed successor takes effect (a renewal replaces the obligations of the
  periods it covers; the old agreement keeps those of its own periods). An agreement with no
  sunset date has a period for every anniversary that has begun on the day asked about.

Nothing is stored but what was done (models.ObligationDone, matched by agreement, obligation
and period start): renewal, termination and every date edit change what is owed at once, and a
record of something done that no longer exists (a period that moved) is removed by the save that
moved it, so no stale reminder or "done" survives.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from consularapp import bounds
from consularapp.agreements import effective_date, expiry_date
from consularapp.bounds import Whole
from consularapp.changes import OBLIGATION_DONE, Change
from consularapp.db import Database
from consularapp.errors import NotFoundError
from consularapp.i18n import N_, _, ngettext
from consularapp.models import (
    Agreement,
    AgreementKind,
    AgreementState,
    ObligationDone,
    agreement_consulate,
    agreement_office,
)
from consularapp.timeutil import add_months
from consularapp.validation import (
    Checker,
    FieldError,
    Verdict,
    check_date,
    check_link,
    check_text,
    check_whole,
    clean_text,
    shown,
)
from consularapp.writes import Write, write

SIGNED_COPY = "signed copy"
ANNUAL_REPORT = "annual report"
SIGNING, PERIOD = "signing", "period"
BASES = (SIGNING, PERIOD)
RULE_NAME = bounds.Text(100)
RULE_MONTHS = Whole(0, 120)
RULE_DAYS = Whole(0, 3650)
RULES_AT_MOST = 50
OSHA_SOURCE = (
    "OSHA Alliance Program Directive, Frequently Asked Questions: agreements and renewals are "
    "submitted to the Office of Outreach Services and Alliances no later than one month after "
    "signing; annual reports no later than 60 days after the end of the annual report period "
    "(https://www.osha.gov/node/59886)."
)


class ObligationStatus(StrEnum):
    DONE = "done"
    OVERDUE = "overdue"
    DUE = "due"
    UPCOMING = "upcoming"


_STATUS_RANK = {ObligationStatus.OVERDUE: 0, ObligationStatus.DUE: 1,
                ObligationStatus.UPCOMING: 2, ObligationStatus.DONE: 3}
STATUS_WORDS: dict[str, tuple[str, str]] = {
    "done": (N_("done"), "cumplida"),
    "overdue": (N_("overdue"), "vencida"),
    "due": (N_("due"), "por vencer"),
    "upcoming": (N_("upcoming"), "próxima"),
}


@dataclass(frozen=True)
class ObligationRule:
    """What an agreement of certain kinds owes, and when."""

    name: str
    kinds: tuple[str, ...]
    basis: str  # SIGNING or PERIOD
    months: int = 0  # signing: calendar months after the signing date
    days: int = 0  # signing: days after those months; period: days after the period's end
    source: str = ""

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["kinds"] = list(self.kinds)
        return data

    def describe(self) -> str:
        """'one month after signing', '60 days after each annual period'."""
        if self.basis == SIGNING:
            parts = []
            if self.months:
                parts.append(ngettext("{n} calendar month", "{n} calendar months",
                                      self.months).format(n=self.months))
            if self.days or not self.months:
                parts.append(ngettext("{n} day", "{n} days", self.days).format(n=self.days))
            return _("{time} after signing").format(time=_(" and ").join(parts))
        return ngettext("{n} day after each annual period", "{n} days after each annual period",
                        self.days).format(n=self.days)


DEFAULT_RULES: tuple[ObligationRule, ...] = (
    ObligationRule(SIGNED_COPY, (AgreementKind.ALLIANCE.value,), SIGNING, months=1,
                   source=OSHA_SOURCE),
    ObligationRule(ANNUAL_REPORT, (AgreementKind.ALLIANCE.value,), PERIOD, days=60,
                   source=OSHA_SOURCE),
)
DEFAULT_RULES_JSON: list[dict[str, Any]] = [r.as_json() for r in DEFAULT_RULES]


# --- the rules as a setting ---------------------------------------------------------------------


def check_rules(value: Any) -> list[dict[str, Any]]:
    """The rules setting cleaned (a list of rule objects; JSON text is read too), or FieldError
    naming the first thing wrong."""
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            raise FieldError("obligations.rules_not_json",
                             _("give the rules as a JSON list of objects with name, kinds, basis "
                               "(signing or period), months and days")) from None
    if not isinstance(value, list):
        raise FieldError("obligations.rules_not_list", _("the rules must be a list"))
    if len(value) > RULES_AT_MOST:
        raise FieldError("obligations.too_many_rules",
                         _("at most {n} rules").format(n=RULES_AT_MOST), maximum=RULES_AT_MOST)
    clean: list[dict[str, Any]] = []
    names: set[tuple[str, str]] = set()
    for n, item in enumerate(value, start=1):
        if not isinstance(item, Mapping):
            raise FieldError("obligations.rule_not_object",
                             _("rule {n} is not an object").format(n=n), rule=n)
        rule = check_rule(item, n)
        for kind in rule.kinds:
            if (kind, rule.name.casefold()) in names:
                raise FieldError("obligations.rule_twice",
                                 _("rule {n}: {kind} already has an obligation named {name}")
                                 .format(n=n, kind=kind, name=shown(rule.name)),
                                 rule=n, obligation=rule.name)
            names.add((kind, rule.name.casefold()))
        clean.append(rule.as_json())
    return clean


def check_rule(item: Mapping[str, Any], n: int = 1) -> ObligationRule:
    """One rule object cleaned, or FieldError ('rule 2: ...')."""
    from consularapp.validation import check_choice

    def field_error(exc: FieldError) -> FieldError:
        return FieldError(exc.code, _("rule {n}: {problem}").format(n=n, problem=exc),
                          rule=n, **exc.params)

    try:
        name = check_text(item.get("name"), RULE_NAME, required=True)
        if ";" in name:
            raise FieldError("obligations.separator_in_name",
                             _("the name cannot contain ';'"))
        kinds_value = item.get("kinds") or []
        if isinstance(kinds_value, str):
            kinds_value = [k for k in kinds_value.split(";") if k.strip()]
        kinds = tuple(dict.fromkeys(check_choice(k, AgreementKind, _("agreement kind"))
                                    for k in kinds_value))
        if not kinds:
            raise FieldError("obligations.no_kind",
                             _("name at least one kind of agreement the rule applies to"))
        basis = check_choice(item.get("basis"), BASES, _("basis"))
        months = check_whole(item.get("months") or 0, RULE_MONTHS) or 0
        days = check_whole(item.get("days") or 0, RULE_DAYS) or 0
        if basis == PERIOD and months:
            raise FieldError("obligations.months_for_period",
                             _("a rule per annual period counts days after the period, not "
                               "months"))
        source = check_text(item.get("source"), bounds.NOTES)
    except FieldError as exc:
        raise field_error(exc) from None
    return ObligationRule(name, kinds, basis, months, days, source)


def rules_of(value: Any) -> tuple[ObligationRule, ...]:
    """The stored setting as rules (the defaults when unset)."""
    items = DEFAULT_RULES_JSON if value is None else value
    return tuple(check_rule(item, n) for n, item in enumerate(items, start=1))


def load_rules(db: Database) -> tuple[ObligationRule, ...]:
    from consularapp.settings import OBLIGATION_RULES, get_setting

    return rules_of(get_setting(db, OBLIGATION_RULES))


def due_days(db: Database) -> int:
    from consularapp.settings import OBLIGATION_DUE_DAYS, get_setting

    return int(get_setting(db, OBLIGATION_DUE_DAYS))


# --- computing ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class AgreementFacts:
    """What obligations are computed from: one agreement's record, and its successor's start."""

    id: str
    kind: str
    state: str
    signed_on: date | None
    effective_on: date | None
    term_months: int | None
    expires_on: date | None
    terminated_on: date | None
    successor_signed_on: date | None = None  # the earliest signed successor
    successor_starts_on: date | None = None  # ... and the day it takes effect


@dataclass(frozen=True)
class Due:
    """One obligation owed, without its status (what `schedule` works out)."""

    obligation: str
    period: int | None
    period_starts: date | None
    period_ends: date | None
    due_on: date


def last_day_in_force(a: AgreementFacts, as_of: date | None) -> date | None:
    """The last day the agreement's obligations run to (None: no sunset date).

    The expiry date; the termination date if it was terminated; the day before a signed
    successor takes effect, once that successor is signed (as of `as_of`; None: ever).
    """
    last = expiry_date(a.effective_on, a.signed_on, a.term_months, a.expires_on)
    if a.state == AgreementState.TERMINATED and a.terminated_on is not None:
        last = a.terminated_on if last is None else min(last, a.terminated_on)
    if a.successor_starts_on is not None and a.successor_signed_on is not None and (
            as_of is None or a.successor_signed_on <= as_of):
        final = a.successor_starts_on - timedelta(days=1)
        last = final if last is None else min(last, final)
    return last


def periods(start: date | None, last: date | None, as_of: date | None
            ) -> list[tuple[date, date]]:
    """(first day, last day) of each annual period from `start` to `last` (None: no sunset date,
    periods begun by `as_of`; None there too: none)."""
    if start is None or (last is not None and last < start):
        return []
    if last is None and as_of is None:
        return []
    starts = [start]
    n = 1
    while True:
        nxt = add_months(start, 12 * n)
        if last is not None and nxt >= last:
            break
        if last is None and as_of is not None and nxt > as_of:
            break
        if nxt > bounds.DATES.last:
            break
        starts.append(nxt)
        n += 1
    result = []
    for i, first in enumerate(starts):
        if i + 1 < len(starts):
            end = starts[i + 1] - timedelta(days=1)
        elif last is not None:
            end = last
        else:
            end = add_months(start, 12 * len(starts)) - timedelta(days=1)
        result.append((first, end))
    return result


def schedule(a: AgreementFacts, rules: Iterable[ObligationRule], as_of: date | None
             ) -> list[Due]:
    """What agreement `a` owes under `rules` as of `as_of` (None: every period that can ever
    exist for a fixed term, and none begun later for an open-ended one). Draft and negotiating
    agreements owe nothing, nor does a signed one before its signing date."""
    if a.state not in (AgreementState.SIGNED, AgreementState.TERMINATED) or a.signed_on is None:
        return []
    if as_of is not None and as_of < a.signed_on:
        return []
    mine = [r for r in rules if a.kind in r.kinds]
    if not mine:
        return []
    owed: list[Due] = []
    spans: list[tuple[date, date]] | None = None
    for rule in mine:
        if rule.basis == SIGNING:
            due = add_months(a.signed_on, rule.months) + timedelta(days=rule.days)
            owed.append(Due(rule.name, None, None, None, due))
            continue
        if spans is None:
            last = last_day_in_force(a, as_of)
            start = effective_date(a.effective_on, a.signed_on)
            spans = periods(start, last, as_of if last is None else None)
        for n, (first, end) in enumerate(spans, start=1):
            owed.append(Due(rule.name, n, first, end, end + timedelta(days=rule.days)))
    return owed


@dataclass(frozen=True)
class Obligation:
    """One obligation of one agreement with its status on the day asked about."""

    agreement_id: str
    kind: str
    obligation: str
    period: int | None
    period_starts: date | None
    period_ends: date | None
    due_on: date
    done_on: date | None
    document: str | None
    status: ObligationStatus
    days_left: int
    office_ids: tuple[str, ...] = ()
    consulate_ids: tuple[str, ...] = ()

    def sort_key(self) -> tuple[int, date, str, str, int]:
        return (_STATUS_RANK[self.status], self.due_on, self.agreement_id, self.obligation,
                self.period or 0)

    def to_json(self) -> dict[str, Any]:
        """The spec's JSON object (spec/cli.md, `obligations --json`)."""
        return {
            "agreement_id": self.agreement_id,
            "obligation": self.obligation,
            "period": self.period,
            "period_starts": _iso(self.period_starts),
            "period_ends": _iso(self.period_ends),
            "due_on": self.due_on.isoformat(),
            "done_on": _iso(self.done_on),
            "status": self.status.value,
            "days_left": self.days_left,
        }

    @property
    def key(self) -> tuple[str, str, date | None]:
        return (self.agreement_id, self.obligation, self.period_starts)

    def title(self) -> str:
        """'annual report, period 2 (2026-03-03 to 2027-03-02)'."""
        name = obligation_label(self.obligation)
        if self.period is None:
            return name
        return _("{name}, period {n} ({first} to {last})").format(
            name=name, n=self.period, first=_iso(self.period_starts),
            last=_iso(self.period_ends))


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def status_on(due_on: date, done_on: date | None, as_of: date, due_within: int
              ) -> ObligationStatus:
    if done_on is not None:
        return ObligationStatus.DONE
    if as_of > due_on:
        return ObligationStatus.OVERDUE
    if (due_on - as_of).days <= due_within:
        return ObligationStatus.DUE
    return ObligationStatus.UPCOMING


def _facts(s: Session, agreement_ids: Sequence[str] | None = None
           ) -> tuple[list[AgreementFacts], dict[str, list[str]], dict[str, list[str]]]:
    """Every agreement's facts (with its earliest signed successor), and its parties."""
    rows = s.execute(select(
        Agreement.id, Agreement.kind, Agreement.state, Agreement.signed_on,
        Agreement.effective_on, Agreement.term_months, Agreement.expires_on,
        Agreement.terminated_on, Agreement.renews_id,
    )).all()
    successor: dict[str, tuple[date, date]] = {}
    for r in rows:
        if r.renews_id and r.state in (AgreementState.SIGNED, AgreementState.TERMINATED) and \
                r.signed_on:
            start = effective_date(r.effective_on, r.signed_on) or r.signed_on
            prev = successor.get(r.renews_id)
            if prev is None or (r.signed_on, start) < prev:
                successor[r.renews_id] = (r.signed_on, start)
    wanted = None if agreement_ids is None else set(agreement_ids)
    facts = [
        AgreementFacts(r.id, r.kind, r.state, r.signed_on, r.effective_on, r.term_months,
                       r.expires_on, r.terminated_on,
                       *(successor.get(r.id) or (None, None)))
        for r in rows if wanted is None or r.id in wanted
    ]
    offices: dict[str, list[str]] = defaultdict(list)
    for aid, oid in s.execute(select(agreement_office.c.agreement_id,
                                     agreement_office.c.office_id)):
        offices[aid].append(oid)
    consulates: dict[str, list[str]] = defaultdict(list)
    for aid, cid in s.execute(select(agreement_consulate.c.agreement_id,
                                     agreement_consulate.c.consulate_id)):
        consulates[aid].append(cid)
    return facts, offices, consulates


def compute_obligations(db: Database, as_of: date | None = None, *,
                        agreement_ids: Sequence[str] | None = None,
                        rules: Sequence[ObligationRule] | None = None,
                        due_within: int | None = None) -> list[Obligation]:
    """Every obligation of every agreement (or of `agreement_ids`) with its status on `as_of`
    (today), most urgent first: overdue, due, upcoming, done. Four queries."""
    day = as_of or date.today()
    rule_set = tuple(rules) if rules is not None else load_rules(db)
    within = due_days(db) if due_within is None else due_within
    with db.session() as s:
        facts, offices, consulates = _facts(s, agreement_ids)
        done_rows = s.execute(select(
            ObligationDone.agreement_id, ObligationDone.obligation,
            ObligationDone.period_starts, ObligationDone.done_on, ObligationDone.document,
        )).all()
    done = {(r.agreement_id, r.obligation.casefold(), r.period_starts): (r.done_on, r.document)
            for r in done_rows}
    result = []
    for a in facts:
        for due in schedule(a, rule_set, day):
            done_on, document = done.get((a.id, due.obligation.casefold(), due.period_starts),
                                         (None, None))
            result.append(Obligation(
                agreement_id=a.id, kind=a.kind, obligation=due.obligation, period=due.period,
                period_starts=due.period_starts, period_ends=due.period_ends,
                due_on=due.due_on, done_on=done_on, document=document,
                status=status_on(due.due_on, done_on, day, within),
                days_left=(due.due_on - day).days,
                office_ids=tuple(sorted(offices.get(a.id, ()))),
                consulate_ids=tuple(sorted(consulates.get(a.id, ()))),
            ))
    result.sort(key=Obligation.sort_key)
    return result


def obligation_label(name: str, lang: str | None = None) -> str:
    """The words for an obligation's stored name ('signed copy' / 'copia firmada')."""
    from consularapp.labels import obligation_label as label

    return label(name, lang)


# --- marking one done ---------------------------------------------------------------------------


@dataclass
class ObligationDoneInput:
    """What 'Mark done' edits (the workbook's Obligations done sheet)."""

    agreement_id: str = ""
    obligation: str = ""
    period_starts: date | None = None
    done_on: date | None = None
    document: str = ""


@dataclass(frozen=True)
class CleanDone:
    agreement_id: str
    obligation: str  # the rule's own spelling
    period_starts: date | None
    done_on: date
    document: str | None


DONE_LABELS = {
    "agreement_id": N_("Agreement"), "obligation": N_("Obligation"),
    "period_starts": N_("Period starts"), "done_on": N_("Done on"), "document": N_("Document"),
}


@dataclass
class ObligationsKnown:
    """What the rule of a done record asks: each agreement's obligations (name -> the period
    starts of a periodic one, or None for a one-off), None for an unknown agreement."""

    owed: Mapping[str, Mapping[str, set[date] | None] | None] = field(default_factory=dict)
    #: agreement -> the rules' own spelling of its obligations' names
    spellings: Mapping[str, Sequence[str]] = field(default_factory=dict)


def owed_by(facts: Iterable[AgreementFacts], rules: Sequence[ObligationRule]
            ) -> dict[str, dict[str, set[date] | None]]:
    """Agreement -> obligation name (casefolded) -> its period starts (None: one-off), for every
    period that can exist (open-ended: up to the dates' bound)."""
    result: dict[str, dict[str, set[date] | None]] = {}
    for a in facts:
        names: dict[str, set[date] | None] = {}
        for due in schedule(a, rules, None) + _open_ended(a, rules):
            key = due.obligation.casefold()
            if due.period_starts is None:
                names[key] = None
            else:
                found = names.setdefault(key, set())
                assert found is not None
                found.add(due.period_starts)
        result[a.id] = names
    return result


def _open_ended(a: AgreementFacts, rules: Sequence[ObligationRule]) -> list[Due]:
    """An open-ended agreement's periods up to the end of the date bounds (for matching)."""
    if last_day_in_force(a, None) is not None:
        return []
    return [d for d in schedule(a, rules, bounds.DATES.last) if d.period is not None]


def check_obligation_done(data: ObligationDoneInput, known: ObligationsKnown
                          ) -> Verdict[CleanDone]:
    """Everything wrong with recording `data` as done, and it cleaned. The one rule of done
    records: the window's 'Mark done', the workbook and the command line ask it."""
    c = Checker()
    aid = clean_text(data.agreement_id)
    owed = known.owed.get(aid) if aid else None
    if not aid:
        c.fail("agreement_id", "field.required", _("choose the agreement"))
    elif aid not in known.owed:
        c.fail("agreement_id", "obligation_done.unknown_agreement",
               _("no agreement has the ID {value}").format(value=shown(aid)), value=aid)
    name = c.run("obligation", check_text, data.obligation, RULE_NAME, required=True) or ""
    done_on = None
    if data.done_on is None:
        c.fail("done_on", "field.required", _("give the date it was done"))
    else:
        done_on = c.run("done_on", check_date, data.done_on)
    document = c.run("document", check_link, data.document)
    start = data.period_starts
    if start is not None:
        c.run("period_starts", check_date, start)
    if owed is not None and name:
        if name.casefold() not in owed:
            choices = ", ".join(sorted(owed)) or _("none")
            c.fail("obligation", "obligation_done.not_owed",
                   _("{agreement} owes no {name} (its obligations: {choices})").format(
                       agreement=aid, name=shown(name), choices=choices),
                   agreement=aid, obligation=name)
        else:
            starts = owed[name.casefold()]
            if starts is None and start is not None:
                c.fail("period_starts", "obligation_done.not_periodic",
                       _("the {name} is owed once, not per period: leave the period "
                         "blank").format(name=name), obligation=name)
            elif starts is not None and start is None:
                c.fail("period_starts", "obligation_done.period_required",
                       _("the {name} is owed per annual period: give the first day of the "
                         "period").format(name=name), obligation=name)
            elif starts is not None and start is not None and start not in starts:
                listed = ", ".join(d.isoformat() for d in sorted(starts)[:6])
                c.fail("period_starts", "obligation_done.no_such_period",
                       _("no period of {agreement} starts on {day} (its periods start on "
                         "{days})").format(agreement=aid, day=start.isoformat(), days=listed),
                       agreement=aid, day=start.isoformat())
    elif aid and not known.owed.get(aid) and aid in known.owed:
        c.fail("obligation", "obligation_done.nothing_owed",
               _("{agreement} owes nothing: it is not signed, or no rule applies to its "
                 "kind").format(agreement=aid), agreement=aid)
    if c.problems:
        return Verdict(c.problems)
    assert done_on is not None
    spelled = name
    if owed is not None:
        spelled = next((r for r in known.spellings.get(aid, ())
                        if r.casefold() == name.casefold()), name)
    return Verdict([], CleanDone(aid, spelled, start, done_on, document or None))


def known_obligations(s: Session, rules: Sequence[ObligationRule],
                      agreement_ids: Sequence[str] | None = None) -> ObligationsKnown:
    facts, _offices, _consulates = _facts(s, agreement_ids)
    return obligations_known(facts, rules)


def obligations_known(facts: Sequence[AgreementFacts], rules: Sequence[ObligationRule]
                      ) -> ObligationsKnown:
    """What `check_obligation_done` needs to know of these agreements (as they stand, or as an
    import will leave them)."""
    return ObligationsKnown(owed_by(facts, rules),
                            {a.id: [r.name for r in rules if a.kind in r.kinds] for a in facts})


def mark_done(db: Database, data: ObligationDoneInput) -> Change:
    """Record an obligation as done (again: the date and document are replaced)."""
    rules = load_rules(db)
    with write(db) as w:
        s = w.session
        known = known_obligations(s, rules, [clean_text(data.agreement_id)])
        clean = check_obligation_done(data, known).accepted(
            _("The obligation was not marked done"), DONE_LABELS)
        w.change.merge(_store(w, clean))
    return w.change


def _store(w: Write, clean: CleanDone) -> Change:
    s = w.session
    condition = [ObligationDone.agreement_id == clean.agreement_id,
                 ObligationDone.period_starts.is_(None) if clean.period_starts is None
                 else ObligationDone.period_starts == clean.period_starts]
    found = [r for r in s.scalars(select(ObligationDone).where(*condition))
             if r.obligation.casefold() == clean.obligation.casefold()]
    if found:
        record = found[0]
        if (record.done_on, record.document) != (clean.done_on, clean.document):
            record.done_on, record.document = clean.done_on, clean.document
            w.updated(OBLIGATION_DONE, record.id)
    else:
        record = ObligationDone(agreement_id=clean.agreement_id, obligation=clean.obligation,
                                period_starts=clean.period_starts, done_on=clean.done_on,
                                document=clean.document)
        s.add(record)
        s.flush()
        w.created(OBLIGATION_DONE, record.id)
    return w.change


def unmark_done(db: Database, agreement_id: str, obligation: str,
                period_starts: date | None) -> Change:
    """Take back a 'done' (nothing happens if it was not recorded)."""
    with write(db) as w:
        s = w.session
        if s.get(Agreement, agreement_id) is None:
            raise NotFoundError("agreement", agreement_id)
        for r in s.scalars(select(ObligationDone).where(
                ObligationDone.agreement_id == agreement_id)):
            if r.obligation.casefold() == obligation.casefold() and \
                    r.period_starts == period_starts:
                s.delete(r)
                w.deleted(OBLIGATION_DONE, r.id)
    return w.change


def drop_stale(w: Write, agreement_ids: Iterable[str]) -> None:
    """Remove the done records of `agreement_ids` (and of what they renew) that no longer match
    an obligation: a period that moved with a date, ended with a termination or went to a
    successor. Called by every save that can change what an agreement owes."""
    s = w.session
    s.flush()
    wanted = set(agreement_ids)
    wanted |= {r for r in s.scalars(select(Agreement.renews_id).where(
        Agreement.id.in_(sorted(wanted)), Agreement.renews_id.is_not(None)))}
    if not wanted:
        return
    from consularapp.models import Setting
    from consularapp.settings import OBLIGATION_RULES

    stored = s.get(Setting, OBLIGATION_RULES)
    rules = rules_of(stored.value if stored is not None else None)
    facts, _o, _c = _facts(s, sorted(wanted))
    owed = owed_by(facts, rules)
    known_rule_names = {r.name.casefold() for r in rules}
    for record in s.scalars(select(ObligationDone).where(
            ObligationDone.agreement_id.in_(sorted(wanted)))):
        name = record.obligation.casefold()
        if name not in known_rule_names:
            continue  # a rule switched off in the settings: its record waits for it
        names = owed.get(record.agreement_id) or {}
        starts = names.get(name, ...)
        stale = (starts is ...) or (starts is None and record.period_starts is not None) or (
            starts is not None and starts is not ... and record.period_starts not in starts)
        if stale:
            s.delete(record)
            w.deleted(OBLIGATION_DONE, record.id)


__all__ = [
    "ANNUAL_REPORT", "DEFAULT_RULES", "SIGNED_COPY", "AgreementFacts", "Obligation",
    "ObligationDoneInput", "ObligationRule", "ObligationStatus", "check_obligation_done",
    "check_rules", "compute_obligations", "drop_stale", "last_day_in_force", "load_rules",
    "mark_done", "periods", "schedule", "unmark_done",
]
