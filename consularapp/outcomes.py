"""Outcomes of events: what an event, or one occurrence of a recurring event, achieved.

Counts only: people reached, materials distributed (and in which languages), workers referred to
an agency, protection cases identified, and a note about the event. Workers who come forward fear
retaliation, so the app holds no worker's name or personal detail; the editor says so where
outcomes are typed (CONFIDENTIALITY), and the rule refuses notes that look like a person's
contact details.

Which past events still lack outcomes is worked out per occurrence (`lacking`), for the week
grid, the lists and the dashboard.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select

from consularapp import bounds, recurrence
from consularapp.changes import OUTCOME, Change
from consularapp.db import Database
from consularapp.errors import NotFoundError
from consularapp.i18n import N_, _
from consularapp.models import Event, EventStatus, OccurrenceChange, Outcome
from consularapp.recurrence import Series
from consularapp.timeutil import now_utc
from consularapp.validation import (
    Checker,
    Verdict,
    check_date,
    check_list,
    check_text,
    check_whole,
    clean_text,
    shown,
    split_list,
)
from consularapp.writes import write

CONFIDENTIALITY = N_(
    "Counts only. Do not type any worker's name, phone number, address or other personal "
    "detail here: workers who come forward fear retaliation, and the app keeps no personal "
    "information about them.")
# A note that holds an e-mail address or a phone number is about a person, not an event.
_CONTACT = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+|(?:\+?\d[\s().-]*){9,}")
COUNTS = ("people_reached", "materials_distributed", "referrals", "cases_identified")


@dataclass
class OutcomeInput:
    """What the outcome editor edits: the Outcomes sheet's columns."""

    event_id: str = ""
    occurrence: date | None = None  # for a recurring event: the occurrence's local date
    people_reached: int | str | None = None
    materials_distributed: int | str | None = None
    materials_languages: list[str] = field(default_factory=list)
    referrals: int | str | None = None
    cases_identified: int | str | None = None
    notes: str = ""


@dataclass(frozen=True)
class EventKnown:
    """What an outcome's rule needs of its event: its series and whether it was cancelled."""

    series: Series
    cancelled: bool


@dataclass(frozen=True)
class CleanOutcome:
    event_id: str
    occurrence: date | None
    people_reached: int | None
    materials_distributed: int | None
    materials_languages: tuple[str, ...]
    referrals: int | None
    cases_identified: int | None
    notes: str | None


OUTCOME_LABELS = {
    "event_id": N_("Event"), "occurrence": N_("Occurrence"),
    "people_reached": N_("People reached"), "materials_distributed": N_("Materials distributed"),
    "materials_languages": N_("Materials languages"), "referrals": N_("Referrals"),
    "cases_identified": N_("Cases identified"), "notes": N_("Notes"),
}


def check_outcome(data: OutcomeInput, event: EventKnown | None) -> Verdict[CleanOutcome]:
    """Everything wrong with outcome `data` of `event` (None: no such event), and it cleaned."""
    c = Checker()
    eid = clean_text(data.event_id)
    if event is None:
        c.fail("event_id", "outcome.unknown_event",
               _("no event has the ID {value}").format(value=shown(eid)), value=eid)
    counts = {name: c.run(name, check_whole, getattr(data, name),
                          bounds.PEOPLE_REACHED if name == "people_reached"
                          else bounds.OUTCOME_COUNT) for name in COUNTS}
    languages = data.materials_languages
    if isinstance(languages, str):
        languages = split_list(languages)
    langs = c.run("materials_languages", check_list, [clean_text(x) for x in languages]) or []
    notes = c.run("notes", check_text, data.notes, bounds.NOTES) or ""
    if notes and _CONTACT.search(notes):
        c.fail("notes", "outcome.personal_detail",
               _("the note holds what looks like an e-mail address or a phone number; the app "
                 "keeps no worker's personal details: write about the event, not a person"))
    day = data.occurrence
    if day is not None:
        c.run("occurrence", check_date, day)
    if event is not None:
        if event.series.recurring and day is None:
            c.fail("occurrence", "outcome.occurrence_required",
                   _("{event} repeats: give the date of the occurrence").format(event=eid),
                   event=eid)
        elif not event.series.recurring and day is not None:
            c.fail("occurrence", "outcome.not_recurring",
                   _("{event} does not repeat: leave the occurrence blank").format(event=eid),
                   event=eid)
        elif day is not None and not c.has("occurrence"):
            if not recurrence.is_occurrence(event.series, day):
                c.fail("occurrence", "outcome.not_an_occurrence",
                       _("{event} does not take place on {day}").format(
                           event=eid, day=day.isoformat()), event=eid, day=day.isoformat())
            elif (change := event.series.exceptions.get(day)) is not None and change.cancelled:
                c.fail("occurrence", "outcome.occurrence_cancelled",
                       _("the occurrence of {day} was cancelled").format(day=day.isoformat()),
                       day=day.isoformat())
        if event.cancelled:
            c.fail("event_id", "outcome.event_cancelled",
                   _("{event} was cancelled: a cancelled event has no outcomes").format(
                       event=eid), event=eid)
    if c.problems:
        return Verdict(c.problems)
    return Verdict([], CleanOutcome(eid, day, counts["people_reached"],
                                    counts["materials_distributed"],
                                    tuple(dict.fromkeys(langs)), counts["referrals"],
                                    counts["cases_identified"], notes or None))


def event_known(db_or_session: object, event_id: str) -> EventKnown | None:
    """The facts `check_outcome` needs, read through a session."""
    s = db_or_session
    event = s.get(Event, event_id)  # type: ignore[attr-defined]
    if event is None:
        return None
    exceptions = {c.occurs_on: recurrence.Exception_(c.cancelled, c.starts_at, c.ends_at)
                  for c in event.occurrence_changes}
    return EventKnown(Series(event.id, event.starts_at, event.ends_at, event.time_zone,
                             event.recurrence, exceptions),
                      event.status == EventStatus.CANCELLED.value)


def save_outcome(db: Database, data: OutcomeInput) -> Change:
    """Record (or replace) the outcome of an event or of one of its occurrences."""
    with write(db) as w:
        s = w.session
        eid = clean_text(data.event_id)
        clean = check_outcome(data, event_known(s, eid)).accepted(
            _("The outcome was not saved"), OUTCOME_LABELS)
        condition = (Outcome.occurrence.is_(None) if clean.occurrence is None
                     else Outcome.occurrence == clean.occurrence)
        record = s.scalars(select(Outcome).where(Outcome.event_id == eid, condition)).first()
        values = {"people_reached": clean.people_reached,
                  "materials_distributed": clean.materials_distributed,
                  "materials_languages": list(clean.materials_languages),
                  "referrals": clean.referrals, "cases_identified": clean.cases_identified,
                  "notes": clean.notes}
        if record is None:
            record = Outcome(event_id=eid, occurrence=clean.occurrence, **values)
            s.add(record)
            s.flush()
            w.created(OUTCOME, record.id)
        elif any(getattr(record, k) != v for k, v in values.items()):
            for k, v in values.items():
                setattr(record, k, v)
            w.updated(OUTCOME, record.id)
    return w.change


def delete_outcome(db: Database, event_id: str, occurrence: date | None = None) -> Change:
    with write(db) as w:
        s = w.session
        condition = (Outcome.occurrence.is_(None) if occurrence is None
                     else Outcome.occurrence == occurrence)
        record = s.scalars(select(Outcome).where(Outcome.event_id == event_id,
                                                 condition)).first()
        if record is None:
            raise NotFoundError(OUTCOME, f"{event_id} {occurrence or ''}".strip())
        s.delete(record)
        w.deleted(OUTCOME, record.id)
    return w.change


def get_outcome(db: Database, event_id: str, occurrence: date | None = None
                ) -> OutcomeInput | None:
    with db.session() as s:
        condition = (Outcome.occurrence.is_(None) if occurrence is None
                     else Outcome.occurrence == occurrence)
        r = s.scalars(select(Outcome).where(Outcome.event_id == event_id, condition)).first()
        if r is None:
            return None
        return OutcomeInput(r.event_id, r.occurrence, r.people_reached,
                            r.materials_distributed, list(r.materials_languages or []),
                            r.referrals, r.cases_identified, r.notes or "")


@dataclass(frozen=True)
class OutcomeRow:
    event_id: str
    occurrence: date | None
    people_reached: int
    materials_distributed: int
    materials_languages: tuple[str, ...]
    referrals: int
    cases_identified: int
    notes: str


def list_outcomes(db: Database, event_ids: Iterable[str] | None = None) -> list[OutcomeRow]:
    """Outcomes (of `event_ids`, or all); one query."""
    stmt = select(Outcome)
    if event_ids is not None:
        stmt = stmt.where(Outcome.event_id.in_(sorted(set(event_ids))))
    with db.session() as s:
        return [OutcomeRow(r.event_id, r.occurrence, r.people_reached or 0,
                           r.materials_distributed or 0, tuple(r.materials_languages or ()),
                           r.referrals or 0, r.cases_identified or 0, r.notes or "")
                for r in s.scalars(stmt.order_by(Outcome.event_id, Outcome.occurrence))]


@dataclass(frozen=True)
class Lacking:
    """A held occurrence in the past that has no outcome yet."""

    event_id: str
    title: str
    occurrence: date | None
    starts_at: datetime
    time_zone: str
    year: int | None


def lacking(db: Database, start: datetime, end: datetime | None = None) -> list[Lacking]:
    """Every occurrence held between `start` and `end` (default: now) that has ended and has no
    outcome, most recent first. A constant number of queries; series expanded for the range."""
    from consularapp.snapshots import in_range

    stop = end or now_utc()
    with db.session() as s:
        events = s.execute(select(
            Event.id, Event.title, Event.starts_at, Event.ends_at, Event.time_zone,
            Event.recurrence, Event.year,
        ).where(in_range(start, stop), Event.status != EventStatus.CANCELLED.value)).all()
        ids = [e.id for e in events]
        exceptions: dict[str, dict[date, recurrence.Exception_]] = defaultdict(dict)
        done: set[tuple[str, date | None]] = set()
        if ids:
            for c in s.scalars(select(OccurrenceChange).where(
                    OccurrenceChange.event_id.in_(ids))):
                exceptions[c.event_id][c.occurs_on] = recurrence.Exception_(
                    c.cancelled, c.starts_at, c.ends_at)
            done = {(eid, day) for eid, day in s.execute(
                select(Outcome.event_id, Outcome.occurrence).where(Outcome.event_id.in_(ids)))}
    result = []
    for e in events:
        series = Series(e.id, e.starts_at, e.ends_at, e.time_zone, e.recurrence,
                        exceptions.get(e.id, {}))
        for occ in recurrence.expand(series, (start, stop), include_cancelled=False):
            key = occ.occurs_on if series.recurring else None
            if occ.ends_at <= stop and (e.id, key) not in done:
                result.append(Lacking(e.id, e.title, key, occ.starts_at, e.time_zone, e.year))
    result.sort(key=lambda x: (x.starts_at, x.event_id), reverse=True)
    return result
