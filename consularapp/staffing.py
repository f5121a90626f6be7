"""Staffing of Labor Rights Week events: who is on what, who could be, and what is still missing.

A person is assigned to an event with a role, for the whole event or for a shift inside it. Shifts
are entered as wall-clock times at the venue (the event's zone) and kept as UTC instants. Nothing
here refuses a questionable choice such as someone without a current membership: conflicts.py
warns about it, the coordinator decides.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from consularapp import bounds, withdrawn
from consularapp.changes import ASSIGNMENT, Change
from consularapp.collation import name_key
from consularapp.db import Database
from consularapp.directory import organization_names
from consularapp.errors import NotFoundError, Problem
from consularapp.events import (
    EventRow,
    get_event_row,
    list_events,
    local_day,
    local_span,
    naive_local,
    split_coverage,
    wall_instant,
)
from consularapp.i18n import N_, _, language
from consularapp.known import EventFacts, Known
from consularapp.models import (
    Assignment,
    Event,
    EventStatus,
    Membership,
    Person,
    Role,
    event_office,
)
from consularapp.timeutil import utc_to_local
from consularapp.validation import (
    Checker,
    Verdict,
    check_choice,
    check_date,
    check_text,
    clean_text,
    optional_text,
    shown,
)
from consularapp.writes import write

# --- assignments --------------------------------------------------------------------------------


@dataclass(frozen=True)
class AssignmentRow:
    """One assignment with its real times: the shift, or the whole event; aware, at the venue."""

    id: int
    event_id: str
    event_title: str
    event_status: str
    person_id: str
    person_name: str
    languages: tuple[str, ...]
    role: str
    starts: datetime
    ends: datetime
    zone_abbreviation: str
    time_zone: str
    whole_event: bool
    notes: str

    @property
    def when(self) -> str:
        return local_span(self.starts, self.ends, self.time_zone)


def list_assignments(
    db: Database, *, event_id: str | None = None, year: int | None = None
) -> list[AssignmentRow]:
    """Assignments of one event or of a whole campaign, in time order; one query."""
    stmt = (
        select(
            Assignment.id,
            Assignment.event_id,
            Event.title,
            Event.status,
            Assignment.person_id,
            Person.name,
            Person.languages,
            Assignment.role,
            Assignment.starts_at,
            Assignment.ends_at,
            Event.starts_at.label("event_starts"),
            Event.ends_at.label("event_ends"),
            Event.time_zone,
            Assignment.notes,
        )
        .join(Event, Event.id == Assignment.event_id)
        .join(Person, Person.id == Assignment.person_id)
    )
    if event_id is not None:
        stmt = stmt.where(Assignment.event_id == event_id)
    if year is not None:
        stmt = stmt.where(Event.year == year)
    with db.session() as s:
        rows = s.execute(stmt).all()
    result = []
    for r in rows:
        whole = r.starts_at is None or r.ends_at is None
        starts = utc_to_local(r.event_starts if whole else r.starts_at, r.time_zone)
        ends = utc_to_local(r.event_ends if whole else r.ends_at, r.time_zone)
        result.append(
            AssignmentRow(
                id=r.id,
                event_id=r.event_id,
                event_title=r.title,
                event_status=r.status,
                person_id=r.person_id,
                person_name=r.name,
                languages=tuple(r.languages or ()),
                role=r.role,
                starts=starts,
                ends=ends,
                zone_abbreviation=starts.strftime("%Z"),
                time_zone=r.time_zone,
                whole_event=whole,
                notes=r.notes or "",
            )
        )
    result.sort(key=lambda a: (a.starts, a.event_id, a.person_name, a.id))
    return result


def event_ids_of(db: Database, *, assignment_ids: Iterable[int | str] = (),
                 person_ids: Iterable[str] = ()) -> set[str]:
    """The events these assignments belong to, and those these people are assigned to (for a
    window refreshing the events whose staffing a write changed)."""
    numbers = [int(a) for a in assignment_ids if str(a).isdigit()]
    people = list(person_ids)
    if not numbers and not people:
        return set()
    with db.session() as s:
        return set(s.scalars(select(Assignment.event_id).where(
            Assignment.id.in_(numbers) | Assignment.person_id.in_(people))))


@dataclass
class AssignmentInput:
    """What the assignment editor edits. `starts`/`ends` are a shift's wall-clock times at the
    venue (the event's zone); both None means the whole event."""

    event_id: str = ""
    person_id: str = ""
    role: str = Role.TABLE_STAFF.value
    starts: datetime | None = None
    ends: datetime | None = None
    notes: str = ""
    #: The stored calendar sequence (kept by get_assignment, so a restored shift is newer).
    sequence: int = 0
    #: The version read (get_*); a save based on an older one is refused (None: not checked).
    version: int | None = None
    #: For a recurring event: the local date of the one occurrence (None: the whole series).
    occurrence: date | None = None


def _input(a: Assignment, zone_name: str) -> AssignmentInput:
    return AssignmentInput(
        event_id=a.event_id,
        person_id=a.person_id,
        role=a.role,
        starts=naive_local(a.starts_at, zone_name) if a.starts_at else None,
        ends=naive_local(a.ends_at, zone_name) if a.ends_at else None,
        notes=a.notes or "",
        sequence=a.sequence or 0,
        version=a.version,
        occurrence=a.occurrence,
    )


def get_assignment(db: Database, assignment_id: int) -> AssignmentInput:
    with db.session() as s:
        a = s.get(Assignment, assignment_id)
        if a is None:
            raise NotFoundError("assignment", str(assignment_id))
        return _input(a, a.event.time_zone)


def event_assignments(db: Database, event_id: str) -> list[tuple[int, AssignmentInput]]:
    """(ID, assignment as its editor shows it) for each assignment of an event, by ID; one
    query (undo keeps an event together with its staff)."""
    with db.session() as s:
        rows = s.execute(
            select(Assignment, Event.time_zone).join(Event, Event.id == Assignment.event_id)
            .where(Assignment.event_id == event_id).order_by(Assignment.id)
        ).all()
        return [(a.id, _input(a, zone_name)) for a, zone_name in rows]


ASSIGNMENT_LABELS = {
    "event_id": N_("Event"), "person_id": N_("Person"), "role": N_("Role"),
    "starts": N_("Starts"), "ends": N_("Ends"), "notes": N_("Notes"),
    "occurrence": N_("Occurrence"),
}


@dataclass(frozen=True)
class CleanAssignment:
    """An assignment as it is stored: a shift's times as UTC instants (None: the whole event)."""

    event_id: str
    person_id: str
    role: str
    starts_at: datetime | None
    ends_at: datetime | None
    notes: str | None
    occurrence: date | None = None


def _occurrence_span(facts: EventFacts, day: date | None) -> tuple[datetime, datetime] | str | None:
    """The UTC span of occurrence `day` of the event of `facts` (the first one when None), or
    a problem code when `day` is not one of its occurrences."""
    from consularapp import recurrence

    if day is None:
        return (facts.starts_at, facts.ends_at)
    if not facts.recurrence:
        return "assignment.not_recurring"
    series = recurrence.Series("", facts.starts_at, facts.ends_at, facts.time_zone,
                               facts.recurrence, facts.exceptions)
    occ = recurrence.occurrence_on(series, day)
    if occ is None:
        return "assignment.not_an_occurrence"
    if occ.cancelled:
        return "assignment.occurrence_cancelled"
    return (occ.starts_at, occ.ends_at)


def check_assignment(
    data: AssignmentInput,
    known: Known,
    assignment_id: int | None = None,
    original: CleanAssignment | None = None,
) -> Verdict[CleanAssignment]:
    """Everything wrong with putting `data` on its event, and the assignment cleaned.

    `assignment_id` is the assignment being changed (None: a new one) and `original` what it
    holds now. The assignment's own fields are checked first; then, if they are right, how it
    stands beside the person's other assignments on the event (`assignment_conflicts`).
    """
    verdict = check_assignment_fields(data, known)
    if verdict.clean is not None:
        verdict.problems = assignment_conflicts(verdict.clean, known, assignment_id, original)
        if verdict.problems:
            verdict.clean = None
    return verdict


def check_assignment_fields(data: AssignmentInput, known: Known) -> Verdict[CleanAssignment]:
    """The assignment's own fields: its event and person exist, the role, the shift's times."""
    c = Checker()
    eid = clean_text(data.event_id)
    facts = None
    if not eid:
        c.fail("event_id", "field.required", _("choose an event"))
    elif eid not in known.events:
        c.fail("event_id", "assignment.unknown_event",
               _("no event has the ID {value}").format(value=shown(eid)), value=eid)
    else:
        facts = known.events.get(eid)  # None: an event whose own record was refused
    pid = clean_text(data.person_id)
    if not pid:
        c.fail("person_id", "field.required", _("choose a person"))
    elif pid not in known.people:
        c.fail("person_id", "assignment.unknown_person",
               _("no person has the ID {value}").format(value=shown(pid)), value=pid)
    role = c.run("role", check_choice, data.role, Role, _("role")) or ""
    notes = c.run("notes", check_text, data.notes, bounds.NOTES)
    day = data.occurrence
    span_of = None  # the occurrence (or, for a one-off or the series, the first) in UTC
    if day is not None:
        c.run("occurrence", check_date, day)
    if facts is not None and not c.has("occurrence"):
        found = _occurrence_span(facts, day)
        if isinstance(found, str):
            what = {
                "assignment.not_recurring": _("'{title}' does not repeat: leave the occurrence "
                                              "blank"),
                "assignment.not_an_occurrence": _("'{title}' does not take place on {day}"),
                "assignment.occurrence_cancelled": _("the occurrence of '{title}' on {day} is "
                                                     "cancelled"),
            }[found]
            c.fail("occurrence", found, what.format(title=facts.title, day=day),
                   title=facts.title, day=str(day))
        else:
            span_of = found
    starts = ends = None
    if (data.starts is None) != (data.ends is None):
        c.fail("ends" if data.ends is None else "starts", "assignment.shift_incomplete",
               _("give both the start and the end of the shift, or neither for the whole "
                 "event"))
    elif data.starts is not None and data.ends is not None:
        if facts is None:
            c.run("starts", check_date, data.starts.date())
            c.run("ends", check_date, data.ends.date())
        else:
            zone_name = facts.time_zone
            starts = c.run("starts", wall_instant, data.starts, zone_name)
            ends = c.run("ends", wall_instant, data.ends, zone_name)
            first, last = span_of or (facts.starts_at, facts.ends_at)
            if starts is not None and ends is not None:
                if ends <= starts:
                    c.fail("ends", "assignment.shift_ends_before_start",
                           _("the shift must end after it starts"))
                elif starts < first or ends > last:
                    span = local_span(first, last, zone_name)
                    shift = local_span(starts, ends, zone_name)
                    c.fail("starts" if starts < first else "ends",
                           "assignment.shift_outside_event",
                           _("the shift ({shift}) must lie inside the event ({event})").format(
                               shift=shift, event=span),
                           shift=shift, event=span)
    if c.problems or facts is None:
        return Verdict(c.problems)
    return Verdict([], CleanAssignment(eid, pid, role, starts, ends, notes or None, day))


def assignment_conflicts(clean: CleanAssignment, known: Known, assignment_id: int | None,
                         original: CleanAssignment | None) -> list[Problem]:
    """How an assignment stands beside the event's state and the person's other assignments.

    A cancelled event takes no new or changed assignment (it keeps those it had); a person is on
    an event once for the whole of it, or for shifts that start at different times; on a
    recurring event, once on the series or once on each occurrence.
    """
    c = Checker()
    facts = known.events.get(clean.event_id)
    if facts is None:
        return []
    if facts.cancelled and clean != original:
        c.fail("event_id", "assignment.event_cancelled",
               _("'{title}' is cancelled; set it back to planned to staff it").format(
                   title=facts.title), title=facts.title)
    name = known.people.get(clean.person_id) or clean.person_id
    day = clean.occurrence
    for other in known.assignments(clean.event_id, clean.person_id):
        if other.id is not None and other.id == assignment_id:
            continue
        if other.occurrence is not None and day is not None and other.occurrence != day:
            continue  # another occurrence of the series
        if other.occurrence is None and day is not None:
            c.fail("occurrence", "assignment.on_the_series",
                   _("{person} is already on every occurrence of '{title}'").format(
                       person=name, title=facts.title), person=name, title=facts.title)
            break
        if other.starts_at is None or clean.starts_at is None:
            c.fail("person_id", "assignment.already_assigned",
                   (_("{person} is already on '{title}' for the whole event")
                    if other.starts_at is None else _("{person} is already on '{title}'")
                    ).format(person=name, title=facts.title),
                   person=name, title=facts.title)
            break
        if other.starts_at == clean.starts_at:
            c.fail("starts", "assignment.same_start",
                   _("{person} already has a shift starting then").format(person=name),
                   person=name)
            break
    return c.problems


def _stored(a: Assignment) -> CleanAssignment:
    return CleanAssignment(a.event_id, a.person_id, a.role, a.starts_at, a.ends_at, a.notes,
                           a.occurrence)


def _validate(
    s: Session, data: AssignmentInput, assignment_id: int | None
) -> tuple[Event, str, str, datetime | None, datetime | None]:
    original = None
    if assignment_id is not None:
        stored = s.get(Assignment, assignment_id)
        original = _stored(stored) if stored is not None else None
    clean = check_assignment(data, Known.of(s), assignment_id, original).accepted(
        _("The assignment was not saved"), ASSIGNMENT_LABELS)
    event = s.get(Event, clean.event_id)
    assert event is not None
    return event, clean.person_id, clean.role, clean.starts_at, clean.ends_at


def assign(db: Database, data: AssignmentInput, *, assignment_id: int | None = None) -> Change:
    """Put a person on an event (any person: warnings about them come from conflicts.py).

    `assignment_id` recreates a removed assignment under its old ID when that is still free
    (undo), so the person's calendar entry keeps its UID; its sequence then rises above the
    stored one, as for a restored event.
    """
    with write(db) as w:
        s = w.session
        event, pid, role, starts, ends = _validate(s, data, None)
        a = Assignment(
            event_id=event.id,
            person_id=pid,
            role=role,
            starts_at=starts,
            ends_at=ends,
            notes=optional_text(data.notes),
            occurrence=data.occurrence,
        )
        if data.sequence > 0:
            a.sequence = data.sequence + 1
        if assignment_id is not None and s.get(Assignment, assignment_id) is None:
            a.id = assignment_id
        s.add(a)
        s.flush()
        w.created(ASSIGNMENT, a.id)
    return w.change


def update_assignment(db: Database, assignment_id: int, data: AssignmentInput) -> Change:
    with write(db) as w:
        s = w.session
        w.based_on(ASSIGNMENT, assignment_id, data.version)
        a = s.get(Assignment, assignment_id)
        if a is None:
            raise NotFoundError(ASSIGNMENT, str(assignment_id))
        event, pid, role, starts, ends = _validate(s, data, assignment_id)
        values = {
            "event_id": event.id,
            "person_id": pid,
            "role": role,
            "starts_at": starts,
            "ends_at": ends,
            "notes": optional_text(data.notes),
            "occurrence": data.occurrence,
        }
        if any(getattr(a, k) != v for k, v in values.items()):
            if (a.event_id, a.person_id) != (event.id, pid):
                # Another person's or event's entry now: the old one is cancelled where it was.
                withdrawn.withdraw_assignment(s, assignment_id)
            if (a.starts_at, a.ends_at) != (starts, ends):
                a.sequence = (a.sequence or 0) + 1  # the person's calendar entry moved
            for k, v in values.items():
                setattr(a, k, v)
            w.updated(ASSIGNMENT, assignment_id)
    return w.change


def remove_assignment(db: Database, assignment_id: int, version: int | None = None) -> Change:
    with write(db) as w:
        w.based_on(ASSIGNMENT, assignment_id, version)
        a = w.session.get(Assignment, assignment_id)
        if a is None:
            raise NotFoundError(ASSIGNMENT, str(assignment_id))
        withdrawn.withdraw_assignment(w.session, assignment_id)  # later calendars cancel it
        w.session.delete(a)
        w.deleted(ASSIGNMENT, assignment_id)
    return w.change


# --- candidates ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Candidate:
    """A person who could staff an event, with what a coordinator weighs before choosing."""

    person_id: str
    name: str
    languages: tuple[str, ...]
    organization_id: str  # their organization on the event's day ("" if none)
    organization_name: str
    title: str
    active: bool  # a membership in force on the event's local day
    at_event_office: bool  # ... at one of the offices taking part
    already_assigned: bool
    busy_with: tuple[str, ...]  # other events they are on at the same real time
    speaks_needed: tuple[str, ...]  # the event's needed languages they speak


def _in_force(start: date | None, end: date | None, day: date) -> bool:
    return (start is None or start <= day) and (end is None or day <= end)


def candidates(db: Database, event_id: str, *, everyone: bool = False) -> list[Candidate]:
    """People for an event: by default those in force on its local day at one of its offices;
    with `everyone`, all people. Best first: at an event office, speaking the needed languages,
    free at that time, by name. A constant number of queries."""
    with db.session() as s:
        event = s.get(Event, event_id)
        if event is None:
            raise NotFoundError("event", event_id)
        day = local_day(event.starts_at, event.time_zone)
        offices = set(
            s.scalars(select(event_office.c.office_id).where(event_office.c.event_id == event_id))
        )
        stmt = select(
            Membership.person_id,
            Membership.office_id,
            Membership.consulate_id,
            Membership.title,
            Membership.active_from,
            Membership.active_to,
        )
        if not everyone:
            stmt = stmt.where(Membership.office_id.in_(sorted(offices)))
        in_force: dict[str, tuple[str, str]] = {}
        at_office: set[str] = set()
        for m in s.execute(stmt):
            if _in_force(m.active_from, m.active_to, day):
                in_force[m.person_id] = (m.office_id or m.consulate_id or "", m.title or "")
                if m.office_id in offices:
                    at_office.add(m.person_id)
        wanted = None if everyone else sorted(at_office)
        people_stmt = select(Person.id, Person.name, Person.languages)
        if wanted is not None:
            people_stmt = people_stmt.where(Person.id.in_(wanted))
        people = s.execute(people_stmt).all()
        assigned = set(
            s.scalars(select(Assignment.person_id).where(Assignment.event_id == event_id))
        )
        busy: dict[str, list[str]] = defaultdict(list)
        for pid, eid, a_start, a_end, e_start, e_end in s.execute(
            select(
                Assignment.person_id,
                Assignment.event_id,
                Assignment.starts_at,
                Assignment.ends_at,
                Event.starts_at,
                Event.ends_at,
            )
            .join(Event, Event.id == Assignment.event_id)
            .where(
                Event.id != event_id,
                Event.status != EventStatus.CANCELLED.value,
                Event.starts_at < event.ends_at,
                Event.ends_at > event.starts_at,
            )
        ):
            start, end = (a_start, a_end) if a_start and a_end else (e_start, e_end)
            if start < event.ends_at and end > event.starts_at and eid not in busy[pid]:
                busy[pid].append(eid)
        orgs = organization_names(s)
    needed = list(event.languages_needed or [])
    result = []
    for p in people:
        org_id, title = in_force.get(p.id, ("", ""))
        covered, _ = split_coverage(needed, [p.languages or []])
        result.append(
            Candidate(
                person_id=p.id,
                name=p.name,
                languages=tuple(p.languages or ()),
                organization_id=org_id,
                organization_name=orgs.get(org_id, ("", ""))[1],
                title=title,
                active=p.id in in_force,
                at_event_office=p.id in at_office,
                already_assigned=p.id in assigned,
                busy_with=tuple(sorted(busy.get(p.id, ()))),
                speaks_needed=covered,
            )
        )
    result.sort(
        key=lambda c: (
            c.already_assigned,  # last: whoever is already on the event is rarely the choice
            not c.at_event_office,
            not c.active,
            -len(c.speaks_needed),
            bool(c.busy_with),
            name_key(c.name),
            c.person_id,
        )
    )
    return result


# --- a person's week ----------------------------------------------------------------------------


@dataclass(frozen=True)
class WeekEntry:
    """One assignment in a person's week; times aware at the venue."""

    assignment_id: int
    event_id: str
    title: str
    title_es: str
    role: str
    starts: datetime
    ends: datetime
    zone_abbreviation: str
    time_zone: str
    venue: str
    address: str
    status: str
    whole_event: bool
    notes: str

    @property
    def when(self) -> str:
        return local_span(self.starts, self.ends, self.time_zone)

    def shown_title(self) -> str:
        """The event's title in the current language: its Spanish one in Spanish, if any."""
        return self.title_es if self.title_es and language() == "es" else self.title

    @property
    def day(self) -> date:
        return self.starts.date()


@dataclass(frozen=True)
class PersonWeek:
    person_id: str
    name: str
    languages: tuple[str, ...]
    year: int
    entries: tuple[WeekEntry, ...]


def person_week(db: Database, person_id: str, year: int) -> PersonWeek:
    """A person's assignments in a campaign, in real time order, each at its venue's local time
    with the zone abbreviation (cancelled events included, marked by their status)."""
    with db.session() as s:
        person = s.get(Person, person_id)
        if person is None:
            raise NotFoundError("person", person_id)
        rows = s.execute(
            select(
                Assignment.id,
                Assignment.role,
                Assignment.starts_at,
                Assignment.ends_at,
                Assignment.notes,
                Event.id.label("event_id"),
                Event.title,
                Event.title_es,
                Event.starts_at.label("event_starts"),
                Event.ends_at.label("event_ends"),
                Event.time_zone,
                Event.venue,
                Event.address,
                Event.status,
            )
            .join(Event, Event.id == Assignment.event_id)
            .where(Assignment.person_id == person_id, Event.year == year)
        ).all()
        name, languages = person.name, tuple(person.languages or ())
    entries = []
    for r in rows:
        whole = r.starts_at is None or r.ends_at is None
        starts = utc_to_local(r.event_starts if whole else r.starts_at, r.time_zone)
        ends = utc_to_local(r.event_ends if whole else r.ends_at, r.time_zone)
        entries.append(
            WeekEntry(
                assignment_id=r.id,
                event_id=r.event_id,
                title=r.title,
                title_es=r.title_es or "",
                role=r.role,
                starts=starts,
                ends=ends,
                zone_abbreviation=starts.strftime("%Z"),
                time_zone=r.time_zone,
                venue=r.venue,
                address=r.address or "",
                status=r.status,
                whole_event=whole,
                notes=r.notes or "",
            )
        )
    entries.sort(key=lambda e: (e.starts, e.ends, e.event_id, e.assignment_id))
    return PersonWeek(person_id, name, languages, year, tuple(entries))


# --- needs versus coverage ----------------------------------------------------------------------


@dataclass(frozen=True)
class Coverage:
    """An event's needs against its staff: distinct people, and languages (ignoring case)."""

    event_id: str
    title: str
    when: str
    status: str
    staff_needed: int | None
    staff_assigned: int
    languages_needed: tuple[str, ...]
    languages_covered: tuple[str, ...]
    languages_missing: tuple[str, ...]

    @property
    def short_by(self) -> int:
        return max(0, (self.staff_needed or 0) - self.staff_assigned)

    @property
    def complete(self) -> bool:
        return self.short_by == 0 and not self.languages_missing

    @classmethod
    def of(cls, row: EventRow) -> Coverage:
        return cls(
            event_id=row.id,
            title=row.title,
            when=row.when,
            status=row.status,
            staff_needed=row.staff_needed,
            staff_assigned=row.assigned_count,
            languages_needed=row.languages_needed,
            languages_covered=row.covered_languages,
            languages_missing=row.missing_languages,
        )


def coverage(db: Database, year: int, *, include_cancelled: bool = False) -> list[Coverage]:
    """Needs versus coverage of every event of a campaign, in time order (list_events' queries)."""
    return [
        Coverage.of(row)
        for row in list_events(db, year)
        if include_cancelled or row.status != EventStatus.CANCELLED.value
    ]


def event_coverage(db: Database, event_id: str) -> Coverage:
    return Coverage.of(get_event_row(db, event_id))
