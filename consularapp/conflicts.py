"""Planning problems of a Labor Rights Week: found, explained, never blocking.

Everything is compared in real time (UTC instants): 09:00-11:00 in Phoenix and 11:30-13:00 in
Chicago on the same August day overlap, although the wall clocks say otherwise. Double bookings
are found per person by sorting their intervals and sweeping with the set of intervals still
running, never by comparing all pairs, and all data comes from a handful of queries whatever the
campaign's size.

A coordinator can acknowledge a problem with a reason. The acknowledgement is stored under the
problem's key, which names the kind, the people and events, and a digest of the facts that make
the problem (times, numbers, languages, days): it holds while the same problem exists and lapses
as soon as it changes, so an accepted 1-hour overlap does not silently cover a 3-hour one.
"""

from __future__ import annotations

import bisect
import gc
import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import Any, NamedTuple

from sqlalchemy import Text, and_, or_, select, type_coerce
from sqlalchemy.orm import Session

from consularapp import recurrence
from consularapp.agreements import IN_FORCE, AgreementStatus, compute_statuses, status_of
from consularapp.changes import CONFLICT_ACK, Change
from consularapp.db import Database
from consularapp.errors import InputError, Problem
from consularapp.events import (
    consulate_names,
    local_span,
    weekday_name,
)
from consularapp.i18n import _, language, ngettext
from consularapp.labels import language_label
from consularapp.models import (
    Agreement,
    AgreementState,
    Assignment,
    Campaign,
    ConflictAck,
    Event,
    EventFormat,
    EventStatus,
    Membership,
    OccurrenceChange,
    Office,
    Person,
    agreement_office,
    event_office,
)
from consularapp.recurrence import Series
from consularapp.settings import TRAVEL_BUFFER_MINUTES, get_setting, status_settings
from consularapp.statuses import word as status_word
from consularapp.timeutil import local_to_utc, now_utc, zone
from consularapp.writes import write


class ConflictKind(StrEnum):
    DOUBLE_BOOKED = "double-booked"
    PERSON_INACTIVE = "person inactive"
    UNDERSTAFFED = "understaffed"
    LANGUAGE_NOT_COVERED = "language not covered"
    OUTSIDE_CAMPAIGN = "outside campaign"
    NO_ACTIVE_AGREEMENT = "no active agreement"
    SHIFT_OUTSIDE_EVENT = "shift outside event"
    ASSIGNED_TWICE = "assigned twice"


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


SEVERITY: dict[ConflictKind, Severity] = {
    ConflictKind.DOUBLE_BOOKED: Severity.ERROR,
    ConflictKind.PERSON_INACTIVE: Severity.ERROR,
    ConflictKind.UNDERSTAFFED: Severity.WARNING,
    ConflictKind.LANGUAGE_NOT_COVERED: Severity.WARNING,
    ConflictKind.OUTSIDE_CAMPAIGN: Severity.WARNING,
    ConflictKind.NO_ACTIVE_AGREEMENT: Severity.WARNING,
    ConflictKind.SHIFT_OUTSIDE_EVENT: Severity.WARNING,
    ConflictKind.ASSIGNED_TWICE: Severity.WARNING,
}
_KIND_ORDER = {k.value: i for i, k in enumerate(ConflictKind)}
_KIND_TEXT = {k: (k.value, SEVERITY[k].value) for k in ConflictKind}
_LATEST = datetime.max.replace(tzinfo=UTC)
KEY_SEPARATOR = "|"  # never part of an ID (validation.ID_PATTERN)


@dataclass(slots=True)
class Conflict:
    """One planning problem, with a sentence a coordinator can act on.

    Read-only by convention (not frozen: a national campaign can have tens of thousands, and
    frozen dataclasses are several times slower to build).
    """

    kind: str
    severity: str
    event_ids: list[str]
    person_id: str | None
    message: str
    key: str
    acknowledged: bool = False
    reason: str | None = None
    year: int = 0
    starts_at: datetime | None = None  # when the problem begins (UTC), for ordering
    acknowledged_by: str | None = None

    @property
    def is_error(self) -> bool:
        return self.severity == Severity.ERROR

    def to_json(self) -> dict[str, Any]:
        """The spec's JSON object (spec/cli.md), plus acknowledgement and key."""
        return {
            "kind": self.kind,
            "severity": self.severity,
            "event_ids": list(self.event_ids),
            "person_id": self.person_id,
            "message": self.message,
            "acknowledged": self.acknowledged,
            "reason": self.reason,
            "key": self.key,
        }


def conflict_key(
    year: int,
    kind: str,
    person_id: str | None,
    event_ids: Sequence[str],
    facts: str | Iterable[object],
) -> str:
    """'2027|double-booked|P-ELENA-SOTO|EV-A+EV-B|3f9a1c2b7d4e': readable, and specific to the
    facts of the problem (a digest of them), so a changed problem gets a new key."""
    text = facts if isinstance(facts, str) else "\x1f".join(str(f) for f in facts)
    digest = hashlib.sha1(text.encode("utf-8"), usedforsecurity=False).hexdigest()[:12]
    ids = "+".join(sorted(event_ids)) if len(event_ids) > 1 else event_ids[0]
    return f"{year}|{kind}|{person_id or ''}|{ids}|{digest}"


def key_year(key: str) -> int:
    """The campaign year a key belongs to; InputError for something that is not a key."""
    parts = key.split(KEY_SEPARATOR)
    if len(parts) != 5 or not parts[0].isdigit() or parts[1] not in {k.value for k in ConflictKind}:
        raise InputError(Problem(_("Key"), _("{key!r} is not the key of a planning problem")
                                 .format(key=key)))
    return int(parts[0])


# --- loading ------------------------------------------------------------------------------------


_UNKNOWN = object()
_ONLINE = EventFormat.WEBINAR.value


class _Ev(NamedTuple):
    id: str
    year: int | None
    title: str
    format: str
    starts_at: datetime
    ends_at: datetime
    time_zone: str
    venue: str
    address: str | None
    host_consulate_id: str | None
    staff_needed: int | None
    languages_needed: list[str] | None
    recurrence: str | None = None


class _Interval(NamedTuple):
    starts_at: datetime
    ends_at: datetime
    event_id: str
    place: str  # "" for online events: no travel to or from them


@dataclass
class _Plan:
    """Everything the checks need, loaded in a fixed number of queries."""

    campaigns: dict[int, tuple[date, date]]
    events: dict[str, _Ev]
    offices: dict[str, list[str]]
    assignments: Sequence[tuple[str, str, datetime | None, datetime | None, date | None]]
    people: dict[str, tuple[str, list[str]]]
    memberships: dict[str, list[tuple[date | None, date | None, str]]]
    office_names: dict[str, str]
    org_names: dict[str, str]
    acks: dict[str, tuple[str, str | None]]
    # Recurring events: their exceptions, and the window their occurrences are expanded for.
    exceptions: dict[str, dict[date, Any]] = field(default_factory=dict)
    window: tuple[datetime, datetime] | None = None
    context: set[str] = field(default_factory=set)  # year-round events seen only for clashes
    occurrences_cache: dict[str, list[Any]] = field(default_factory=dict)
    spans: dict[str, str] = field(default_factory=dict)
    days: dict[str, tuple[date, date]] = field(default_factory=dict)
    offsets: dict[tuple[str, date], Any] = field(default_factory=dict)

    def span(self, event_id: str) -> str:
        text = self.spans.get(event_id)
        if text is None:
            e = self.events[event_id]
            text = self.spans[event_id] = local_span(e.starts_at, e.ends_at, e.time_zone)
        return text

    def occurrences(self, event_id: str) -> list[Any]:
        """The occurrences of an event (a one-off has one) that take place, in the window."""
        found = self.occurrences_cache.get(event_id)
        if found is None:
            e = self.events[event_id]
            series = Series(e.id, e.starts_at, e.ends_at, e.time_zone, e.recurrence,
                            self.exceptions.get(e.id, {}))
            found = self.occurrences_cache[event_id] = recurrence.expand(
                series, self.window if e.recurrence else None, include_cancelled=False)
        return found

    def local_days(self, event_id: str) -> tuple[date, date]:
        """First and last local day of an event at its venue (of a series: its first and last
        occurrence in the window)."""
        days = self.days.get(event_id)
        if days is None:
            e = self.events[event_id]
            occurrences = self.occurrences(event_id) if e.recurrence else []
            starts = occurrences[0].starts_at if occurrences else e.starts_at
            ends = occurrences[-1].ends_at if occurrences else e.ends_at
            first = self.wall(starts, e.time_zone).date()
            end = self.wall(ends, e.time_zone)
            last = end.date()
            if last > first and not (end.hour or end.minute or end.second):
                last -= timedelta(days=1)  # ending at midnight does not touch the next day
            days = self.days[event_id] = (first, last)
        return days

    def wall(self, instant: datetime, zone_name: str) -> datetime:
        """The wall-clock fields (date, hour...) of a UTC instant at the place; its tzinfo means
        nothing and must not be used.

        The same as astimezone, but with the zone's offset worked out once per zone and UTC day
        (exactly, with astimezone, on the days the clocks change): tens of thousands of events
        fall on a few days in a few zones.
        """
        key = (zone_name, instant.date())
        offset = self.offsets.get(key, _UNKNOWN)
        if offset is _UNKNOWN:
            place = zone(zone_name)
            midnight = datetime.combine(key[1], time(0), UTC)
            before = midnight.astimezone(place).utcoffset()
            after = (midnight + timedelta(days=1, microseconds=-1)).astimezone(place).utcoffset()
            offset = self.offsets[key] = before if before == after else None
        if offset is None:
            return instant.astimezone(zone(zone_name))
        shifted: datetime = instant + offset
        return shifted


def _plain(column: Any) -> Any:
    """`column` without its Python-side result processing (parsed below, faster, in bulk).

    SQLite hands instants over as ISO text and JSON as text; PostgreSQL's driver hands over
    datetimes and lists itself. _instant and _strings accept both.
    """
    return type_coerce(column, Text).label(column.key)


def _instant(value: Any) -> datetime | None:
    """An aware UTC datetime from what the driver gave for a UTCDateTime column."""
    if value is None:
        return None
    if isinstance(value, str):  # naive UTC text; parsing the offset beats .replace(tzinfo=)
        return datetime.fromisoformat(value + "+00:00")
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def _strings(value: Any) -> list[str]:
    """A StringList column's value; most events need no language, so '[]' is not decoded."""
    if not value or value == "[]":
        return []
    return json.loads(value) if isinstance(value, str) else list(value)


def _load(s: Session, years: list[int] | None, focus: set[str] | None = None) -> _Plan:
    """Plain rows, fetched whole through the session's connection (no ORM work per row).

    With `years`: those campaigns' events, and the year-round events whose occurrences fall
    within a day of them (for double bookings only). With `focus` (event IDs, for recheck),
    only what the problems of those events can depend on: the events themselves, the people on
    them and every other event of those people in the campaign (for double bookings), and the
    offices of the focus events.
    """
    from consularapp.snapshots import in_range

    conn = s.connection()

    def rows(stmt: Any) -> Sequence[Any]:
        return conn.execute(stmt).all()

    def in_years(column: Any) -> Any:
        return column.in_(years) if years is not None else column.is_not(None)

    context: set[str] = set()
    window: tuple[datetime, datetime] | None = None  # the occurrences of series counted
    scope: Any = Event.year.in_(years) if years is not None else Event.id.is_not(None)
    live: tuple[Any, ...] = (scope, Event.status != EventStatus.CANCELLED.value)
    staffed: Any = (
        select(Assignment.person_id)
        .join(Event, Event.id == Assignment.event_id)
        .where(*live)
    )
    linked_events: tuple[Any, ...] = live
    if focus is not None:
        wanted = sorted(focus)
        on_focus = select(Assignment.person_id).where(Assignment.event_id.in_(wanted))
        staffed = on_focus
        live = (*live, Event.id.in_(wanted) | Event.id.in_(
            select(Assignment.event_id).where(Assignment.person_id.in_(on_focus))))
        linked_events = (*linked_events, Event.id.in_(wanted))
    campaigns = {
        year: (start, end)
        for year, start, end in rows(
            select(Campaign.year, Campaign.starts_on, Campaign.ends_on).where(
                in_years(Campaign.year)
            )
        )
    }
    events: dict[str, _Ev] = {}
    spanish = language() == "es"

    def load_events(*where: Any) -> None:
        for r in rows(
            select(
                Event.id,
                Event.year,
                Event.title,
                Event.format,
                _plain(Event.starts_at),
                _plain(Event.ends_at),
                Event.time_zone,
                Event.venue,
                Event.address,
                Event.host_consulate_id,
                Event.staff_needed,
                _plain(Event.languages_needed),
                Event.recurrence,
                Event.title_es,
            ).where(*where)
        ):
            # Messages name an event by the title its reader knows: the Spanish one in Spanish.
            title = r[13] if spanish and r[13] else r[2]
            events[r[0]] = _Ev(
                r[0], r[1], title, r[3],
                _instant(r[4]),
                _instant(r[5]),
                *r[6:11],
                _strings(r[11]),
                r[12],
            )

    load_events(*live)
    if years is not None:
        # Year-round events within a day of the campaign's: their occurrences can clash.
        edges = [t for e in events.values() for t in (e.starts_at, e.ends_at)]
        edges += [datetime.combine(d, time(0), UTC) for y in years if y in campaigns
                  for d in (campaigns[y][0], campaigns[y][1] + timedelta(days=1))]
        if edges:
            window = (min(edges) - timedelta(days=1), max(edges) + timedelta(days=1))
            before = set(events)
            nearby: tuple[Any, ...] = (Event.year.is_(None),
                                       Event.status != EventStatus.CANCELLED.value,
                                       in_range(*window))
            if focus is not None:  # only those the people of the focus events work at
                nearby = (*nearby, Event.id.in_(
                    select(Assignment.event_id).where(Assignment.person_id.in_(staffed))))
            load_events(*nearby)
            context = set(events) - before
            if context:
                extra = Event.id.in_(sorted(context))
                live = (or_(and_(*live), extra),)
                linked_events = (or_(and_(*linked_events), extra),)
                if focus is None:
                    staffed = (select(Assignment.person_id)
                               .join(Event, Event.id == Assignment.event_id).where(*live))
    exceptions: dict[str, dict[date, Any]] = defaultdict(dict)
    recurring = sorted(eid for eid, e in events.items() if e.recurrence)
    if recurring:
        for c in s.scalars(select(OccurrenceChange).where(
                OccurrenceChange.event_id.in_(recurring))):
            exceptions[c.event_id][c.occurs_on] = recurrence.Exception_(
                c.cancelled, c.starts_at, c.ends_at)
    offices: dict[str, list[str]] = defaultdict(list)
    links = select(event_office.c.event_id, event_office.c.office_id)
    if years is not None:
        links = links.join(Event, Event.id == event_office.c.event_id).where(*linked_events)
    for eid, oid in rows(links):
        if eid in events:
            offices[eid].append(oid)
    for ids in offices.values():
        ids.sort()
    assignments = [
        (eid, pid, start and _instant(start), end and _instant(end), day)
        for eid, pid, start, end, day in rows(
            select(
                Assignment.event_id,
                Assignment.person_id,
                _plain(Assignment.starts_at),
                _plain(Assignment.ends_at),
                Assignment.occurrence,
            )
            .join(Event, Event.id == Assignment.event_id)
            .where(*live, *(() if focus is None else (Assignment.person_id.in_(staffed),)))
        )
    ]
    person_stmt = select(Person.id, Person.name, Person.languages)
    membership_stmt = select(
        Membership.person_id,
        Membership.active_from,
        Membership.active_to,
        Membership.office_id,
        Membership.consulate_id,
    )
    if years is not None:  # only the people on these campaigns' (or focus) events
        person_stmt = person_stmt.where(Person.id.in_(staffed))
        membership_stmt = membership_stmt.where(Membership.person_id.in_(staffed))
    people = {pid: (name, languages or []) for pid, name, languages in rows(person_stmt)}
    memberships: dict[str, list[tuple[date | None, date | None, str]]] = defaultdict(list)
    for pid, start, end, oid, cid in rows(membership_stmt):
        memberships[pid].append((start, end, oid or cid or ""))
    office_names = {
        oid: name if name.startswith(f"{agency} ") else f"{agency} {name}"
        for oid, agency, name in rows(select(Office.id, Office.agency_code, Office.name))
    }
    ack_years = years if years is not None else sorted(
        {e.year for e in events.values() if e.year is not None} | {
            e.starts_at.year for e in events.values() if e.year is None})
    acks = {
        key: (reason, by)
        for key, reason, by in rows(
            select(ConflictAck.key, ConflictAck.reason, ConflictAck.acknowledged_by).where(
                ConflictAck.year.in_(ack_years) if years is not None
                else ConflictAck.year.is_not(None)
            )
        )
    }
    return _Plan(
        campaigns=campaigns,
        events=events,
        offices=offices,
        assignments=assignments,
        people=people,
        memberships=memberships,
        office_names=office_names,
        org_names={**consulate_names(s, None if focus is None else _orgs(events, memberships)),
                   **office_names},
        acks=acks,
        exceptions=dict(exceptions),
        window=window,
        context=context,
    )


def _orgs(events: dict[str, _Ev], memberships: dict[str, list[tuple[date | None, date | None,
                                                                     str]]]) -> set[str]:
    """The consulates a plan names: hosts of its events, and where its people are members."""
    named = {e.host_consulate_id for e in events.values() if e.host_consulate_id}
    named.update(org for periods in memberships.values() for _a, _b, org in periods if org)
    return named


# --- the checks ---------------------------------------------------------------------------------


def _duration(delta: timedelta) -> str:
    """'1 h', '45 min', '1 h 30 min'."""
    minutes = int(delta.total_seconds() // 60)
    hours, minutes = divmod(minutes, 60)
    if hours and minutes:
        return _("{hours} h {minutes} min").format(hours=hours, minutes=minutes)
    return (_("{hours} h").format(hours=hours) if hours
            else _("{minutes} min").format(minutes=minutes))


def _day_text(day: date) -> str:
    return f"{weekday_name(day)} {day.isoformat()}"


def _or_list(items: Sequence[str]) -> str:
    """'Mixteco or Navajo' / 'mixteco u otomí' (Spanish writes 'u' before an /o/ sound)."""
    if len(items) == 1:
        return items[0]
    last = items[-1]
    word = _("or")
    if word == "o" and last.strip().casefold().startswith(("o", "ho")):
        word = "u"
    return ", ".join(items[:-1]) + f" {word} " + last


def _place(e: _Ev) -> str:
    """Where people must physically be; '' for an online event (nothing to travel to)."""
    if e.format == _ONLINE or e.venue.strip().casefold() == "online":
        return ""
    return f"{e.venue.strip().casefold()}\x1f{(e.address or '').strip().casefold()}"


class _Finder:
    """The checks over a _Plan. With `focus`, only the problems of those events (the plan holds
    the other events of their people, for double bookings, whose own problems are not told)."""

    def __init__(self, plan: _Plan, buffer: timedelta, as_of: date | None,
                 focus: set[str] | None = None) -> None:
        self.plan = plan
        self.buffer = buffer
        self.as_of = as_of
        self.focus = focus
        self.found: list[Conflict] = []
        self.staff: dict[str, dict[str, None]] = {}  # event -> people on it, in order
        # (event, occurrence date or None for the whole series) -> people on it
        self.by_occurrence: dict[tuple[str, date | None], set[str]] = defaultdict(set)
        self.seen_members: set[tuple[str, date | None]] = set()

    def add(
        self,
        kind: ConflictKind,
        event_ids: Sequence[str],
        person_id: str | None,
        message: str,
        facts: str | Iterable[object],
        starts_at: datetime,
    ) -> None:
        year = next((self.plan.events[eid].year for eid in event_ids
                     if self.plan.events[eid].year is not None), None)
        if year is None:  # year-round events only: the year the problem happens in
            year = self.plan.wall(starts_at, self.plan.events[event_ids[0]].time_zone).year
        name, severity = _KIND_TEXT[kind]
        key = conflict_key(year, name, person_id, event_ids, facts)
        ack = self.plan.acks.get(key)
        self.found.append(
            Conflict(
                kind=name,
                severity=severity,
                event_ids=list(event_ids),
                person_id=person_id,
                message=message,
                key=key,
                acknowledged=ack is not None,
                reason=ack[0] if ack else None,
                year=year,
                starts_at=starts_at,
                acknowledged_by=ack[1] if ack else None,
            )
        )

    def relevant(self, event_id: str) -> bool:
        """Events that ended before `as_of` are history: nothing can be fixed there. Year-round
        events loaded only to find clashes with a campaign's are not reported on their own."""
        if event_id in self.plan.context:
            return False
        return self.as_of is None or self.plan.local_days(event_id)[1] >= self.as_of

    def name(self, person_id: str) -> str:
        return self.plan.people.get(person_id, (person_id, []))[0]

    # --- per event ---

    def check_events(self) -> None:
        """Staff and languages against needs, and dates against the campaign (after
        check_people, which gathers who is on each event)."""
        plan = self.plan
        people = plan.people
        speaks: dict[str, frozenset[str]] = {}  # casefolded, as split_coverage compares
        no_one: dict[str, None] = {}
        focus = self.focus
        for e in plan.events.values():
            if focus is not None and e.id not in focus:
                continue
            if (self.as_of is not None or plan.context) and not self.relevant(e.id):
                continue
            assigned = self.staff.get(e.id, no_one)
            if e.recurrence:
                self.series_staffing(e)
            elif e.staff_needed and len(assigned) < e.staff_needed:
                short = e.staff_needed - len(assigned)
                names = sorted(self.name(p) for p in assigned)
                has = (f"{len(assigned)} ({', '.join(names)})" if names
                       else _("none"))
                self.add(
                    ConflictKind.UNDERSTAFFED,
                    [e.id],
                    None,
                    _("'{title}' ({when}) needs {needed} staff and has {has}.").format(
                        title=e.title, when=plan.span(e.id), needed=e.staff_needed, has=has)
                    + " " + ngettext("Assign {count} more person.", "Assign {count} more people.",
                                     short).format(count=short),
                    (e.staff_needed, len(assigned)),
                    e.starts_at,
                )
            if e.languages_needed:
                known: set[str] = set()
                for p in assigned:
                    spoken = speaks.get(p)
                    if spoken is None:
                        langs = people[p][1] if p in people else ()
                        spoken = speaks[p] = frozenset(x.strip().casefold() for x in langs)
                    known |= spoken
                missing = [x for x in e.languages_needed if x.strip().casefold() not in known]
                if missing:
                    self.add(
                        ConflictKind.LANGUAGE_NOT_COVERED,
                        [e.id],
                        None,
                        _("No one assigned to '{title}' ({when}) speaks {languages}, which "
                          "the event needs. Assign someone who does or arrange an "
                          "interpreter.").format(
                              title=e.title, when=plan.span(e.id),
                              languages=_or_list([language_label(m) for m in missing])),
                        sorted(m.casefold() for m in missing),
                        e.starts_at,
                    )
            campaign = plan.campaigns.get(e.year) if e.year is not None else None
            first, last = plan.local_days(e.id)
            if campaign and (first < campaign[0] or last > campaign[1]):
                when = local_span(e.starts_at, e.ends_at, e.time_zone, with_date=True)
                self.add(
                    ConflictKind.OUTSIDE_CAMPAIGN,
                    [e.id],
                    None,
                    _("'{title}' ({when}) falls outside Labor Rights Week {year} ({first} to "
                      "{last}). Move the event into the week or change the campaign's "
                      "dates.").format(title=e.title, when=when, year=e.year,
                                       first=_day_text(campaign[0]),
                                       last=_day_text(campaign[1])),
                    (first, last, campaign[0], campaign[1]),
                    e.starts_at,
                )

    def series_staffing(self, e: _Ev) -> None:
        """A recurring event needs its staff at every occurrence: one problem naming the
        occurrences that are short (those on the series count at each)."""
        if not e.staff_needed:
            return
        plan = self.plan
        everyone = self.by_occurrence.get((e.id, None), set())
        short: list[tuple[date, int]] = []
        first_at: datetime | None = None
        for occ in plan.occurrences(e.id):
            if self.as_of is not None and plan.wall(occ.ends_at, e.time_zone).date() < self.as_of:
                continue
            people = everyone | self.by_occurrence.get((e.id, occ.occurs_on), set())
            if len(people) < e.staff_needed:
                short.append((plan.wall(occ.starts_at, e.time_zone).date(),
                              e.staff_needed - len(people)))
                first_at = first_at or occ.starts_at
        if not short or first_at is None:
            return
        shown = ", ".join(_("{day} ({n} short)").format(day=d.isoformat(), n=n)
                          for d, n in short[:5])
        if len(short) > 5:
            shown += " " + _("and {n} more").format(n=len(short) - 5)
        self.add(
            ConflictKind.UNDERSTAFFED,
            [e.id],
            None,
            ngettext("'{title}' repeats and needs {needed} staff at each occurrence; {count} "
                     "occurrence is short: {days}. Assign people to the series or to that "
                     "occurrence.",
                     "'{title}' repeats and needs {needed} staff at each occurrence; {count} "
                     "occurrences are short: {days}. Assign people to the series or to those "
                     "occurrences.", len(short)).format(
                title=e.title, needed=e.staff_needed, count=len(short), days=shown),
            tuple((d.isoformat(), n) for d, n in short),
            first_at,
        )

    # --- per assignment ---

    def check_people(self) -> None:
        """Inactive people, shifts outside their event, and the per-person sweep; one pass.

        A recurring event counts with every occurrence in the window: a person on the series is
        on each of them (a shift keeps its wall-clock place in each), a person on one occurrence
        on that one only."""
        plan = self.plan
        events, memberships = plan.events, plan.memberships
        relevant = self.relevant if self.as_of is not None or plan.context else None
        focus = self.focus
        intervals: dict[str, list[_Interval]] = defaultdict(list)
        staff = self.staff
        places: dict[str, str] = {}
        for eid, pid, a_start, a_end, day in plan.assignments:
            e = events[eid]
            told = focus is None or eid in focus
            on_event = staff.get(eid)
            if on_event is None:
                on_event = staff[eid] = {}
            key = (pid, day)
            self.by_occurrence[(eid, day)].add(pid)
            place = places.get(eid)
            if place is None:
                place = places[eid] = _place(e)
            if e.recurrence:
                spans = self.occurrence_spans(e, a_start, a_end, day)
                if pid not in on_event:
                    on_event[pid] = None
                if told and key not in self.seen_members and (relevant is None
                                                              or relevant(eid)):
                    self.seen_members.add(key)
                    for occ_start, _end, _occ in spans:
                        local = plan.wall(occ_start, e.time_zone).date()
                        if not any((a is None or a <= local) and (b is None or local <= b)
                                   for a, b, _org in memberships.get(pid, ())):
                            self.inactive(e, pid, local)
                            break
                for start, end, _occ in spans:
                    intervals[pid].append(_Interval(start, end, eid, place))
                continue
            if pid not in on_event:  # first assignment of this person on this event
                on_event[pid] = None
                if told and (relevant is None or relevant(eid)):
                    local = plan.local_days(eid)[0]
                    for a, b, _org in memberships.get(pid, ()):
                        if (a is None or a <= local) and (b is None or local <= b):
                            break
                    else:
                        self.inactive(e, pid, local)
            if a_start is not None and a_end is not None:
                start, end = a_start, a_end
                if end <= start or start < e.starts_at or end > e.ends_at:
                    if told and (relevant is None or relevant(eid)):
                        self.shift_outside(e, pid, start, end)
                    if end <= start:
                        continue
            else:
                start, end = e.starts_at, e.ends_at
            intervals[pid].append(_Interval(start, end, eid, place))
        for pid, items in intervals.items():
            if len(items) > 1:
                self.sweep(pid, items)

    def occurrence_spans(self, e: _Ev, a_start: datetime | None, a_end: datetime | None,
                         day: date | None) -> list[tuple[datetime, datetime, Any]]:
        """Where an assignment on a recurring event puts the person: (start, end, occurrence)
        for each occurrence it covers. A series-wide shift keeps its wall-clock offsets from
        the start of each occurrence; a shift on one occurrence is its own times."""
        plan = self.plan
        found = []
        for occ in plan.occurrences(e.id):
            if day is not None and occ.occurs_on != day:
                continue
            if a_start is None or a_end is None:
                found.append((occ.starts_at, occ.ends_at, occ))
            elif day is not None:
                found.append((a_start, a_end, occ))
            else:
                zone_name = e.time_zone
                first = plan.wall(e.starts_at, zone_name).replace(tzinfo=None)
                lead = plan.wall(a_start, zone_name).replace(tzinfo=None) - first
                length = plan.wall(a_end, zone_name).replace(tzinfo=None) - first
                base = plan.wall(occ.starts_at, zone_name).replace(tzinfo=None)
                found.append((local_to_utc(base + lead, zone_name),
                              local_to_utc(base + length, zone_name), occ))
        return found

    def shift_outside(self, e: _Ev, pid: str, start: datetime, end: datetime) -> None:
        shift = local_span(start, end, e.time_zone)
        if end <= start:
            text = _("{name}'s shift on '{title}' ({shift}) ends before it starts. Correct the "
                     "shift.")
        else:
            text = _("{name}'s shift on '{title}' ({shift}) lies outside the event ({event}). "
                     "Correct the shift.")
        self.add(
            ConflictKind.SHIFT_OUTSIDE_EVENT,
            [e.id],
            pid,
            text.format(name=self.name(pid), title=e.title, shift=shift,
                        event=self.plan.span(e.id)),
            (start.isoformat(), end.isoformat(), e.starts_at.isoformat(), e.ends_at.isoformat()),
            min(start, e.starts_at),
        )

    def inactive(self, e: _Ev, pid: str, day: date) -> None:
        """`pid` has no membership in force on `day`: say what they had, if anything."""
        periods = self.plan.memberships.get(pid, [])
        ended = [(end, org) for _start, end, org in periods if end is not None and end < day]
        coming = [(start, org) for start, _end, org in periods if start is not None and start > day]
        if ended:
            last, org = max(ended)
            detail = _("their membership at {where} ended on {day}").format(
                where=self.plan.org_names.get(org, org), day=last)
        elif coming:
            first, org = min(coming)
            detail = _("their membership at {where} starts on {day}").format(
                where=self.plan.org_names.get(org, org), day=first)
        else:
            detail = _("no office or consulate is on record for them")
        self.add(
            ConflictKind.PERSON_INACTIVE,
            [e.id],
            pid,
            _("{name} is on '{title}' ({when}) but has no membership in force on {day} "
              "({detail}). Assign someone else or update their membership.").format(
                  name=self.name(pid), title=e.title, when=self.plan.span(e.id),
                  day=_day_text(day), detail=detail),
            (day,),
            e.starts_at,
        )

    def sweep(self, pid: str, items: list[_Interval]) -> None:
        """Sort by start; keep the intervals still running (plus the travel buffer) and compare
        each new one only with those. Back-to-back is not a conflict."""
        # By start; of two starting together, the longer first (it contains the other).
        items.sort(key=lambda i: (i.starts_at, -i.ends_at.timestamp(), i.event_id))
        buffer = self.buffer
        active: list[_Interval] = []
        pairs: dict[tuple[str, ...], list[tuple[_Interval, _Interval, bool]]] = {}
        for cur in items:
            if active:
                active = [a for a in active if a.ends_at + buffer > cur.starts_at]
            for a in active:
                overlap = a.ends_at > cur.starts_at
                if not overlap and (not a.place or not cur.place or a.place == cur.place):
                    continue  # within the buffer but no travel needed
                if a.event_id == cur.event_id and not overlap:
                    continue
                pair = (a.event_id, cur.event_id)
                pairs.setdefault(tuple(sorted(pair)), []).append((a, cur, overlap))
            active.append(cur)
        focus = self.focus
        for pair, found in pairs.items():
            if focus is not None and not any(eid in focus for eid in pair):
                continue  # neither event changed: that problem is still the one found before
            if any(self.relevant(eid) for eid in pair):
                self.double_booked(pid, found)

    def double_booked(self, pid: str, found: list[tuple[_Interval, _Interval, bool]]) -> None:
        """One problem per person and pair of events, told with their first clash."""
        plan = self.plan
        name = self.name(pid)
        a, b, overlap = found[0]
        overlaps = [x for x in found if x[2]]
        if overlaps:
            a, b, overlap = overlaps[0]
        ea, eb = plan.events[a.event_id], plan.events[b.event_id]
        span_a = local_span(a.starts_at, a.ends_at, ea.time_zone)
        span_b = local_span(b.starts_at, b.ends_at, eb.time_zone)
        facts = sorted(
            (
                x.starts_at.isoformat(),
                x.ends_at.isoformat(),
                y.starts_at.isoformat(),
                y.ends_at.isoformat(),
                o,
            )
            for x, y, o in found
        )
        if a.event_id == b.event_id:
            self.add(
                ConflictKind.ASSIGNED_TWICE,
                [a.event_id],
                pid,
                _("{name} is on '{title}' twice at the same time ({first} and {second}). "
                  "Remove one of the assignments or correct the shifts.").format(
                      name=name, title=ea.title, first=span_a, second=span_b),
                facts,
                b.starts_at,
            )
            return
        if overlap:
            length = min(a.ends_at, b.ends_at) - b.starts_at
            message = _(
                "{name} is on '{first}' ({first_when}) and '{second}' ({second_when}), which "
                "overlap by {overlap}. Move one shift or assign someone else.").format(
                    name=name, first=ea.title, first_when=span_a, second=eb.title,
                    second_when=span_b, overlap=_duration(length))
        else:
            gap = b.starts_at - a.ends_at
            if gap:
                text = _("{name} has only {gap} between '{first}' ({first_when}) at {first_venue} "
                         "and '{second}' ({second_when}) at {second_venue}; the travel buffer "
                         "is {buffer}. Move one shift or assign someone else.")
            else:
                text = _("{name} has no time between '{first}' ({first_when}) at {first_venue} "
                         "and '{second}' ({second_when}) at {second_venue}; the travel buffer "
                         "is {buffer}. Move one shift or assign someone else.")
            message = text.format(name=name, gap=_duration(gap), first=ea.title,
                                  first_when=span_a, first_venue=ea.venue, second=eb.title,
                                  second_when=span_b, second_venue=eb.venue,
                                  buffer=_duration(self.buffer))
            facts.append(("buffer", int(self.buffer.total_seconds())))
        facts.append(tuple(sorted((a.event_id, b.event_id))))
        self.add(
            ConflictKind.DOUBLE_BOOKED, [a.event_id, b.event_id], pid, message, facts, b.starts_at
        )

    # --- agreements ---

    def check_agreements(self, db: Database) -> None:
        """An office on an event hosted by a consulate it has no agreement in force with that day.

        Agreements and their facts come from agreements.compute_statuses, called once; whether
        one is in force on a day is agreements.status_of's answer, worked out once per
        agreement as the span of days it is in force (see _Window), not once per event.
        """
        plan = self.plan
        focus = self.focus
        wanted: list[tuple[_Ev, str, date]] = []
        for e in plan.events.values():
            if focus is not None and e.id not in focus:
                continue
            if e.host_consulate_id and e.id in plan.offices and self.relevant(e.id):
                day = plan.local_days(e.id)[0]
                for oid in plan.offices[e.id]:
                    wanted.append((e, oid, day))
        if not wanted:
            return
        within = None
        if focus is not None:  # the agreements of these offices, and what renews them
            of_offices = select(agreement_office.c.agreement_id).where(
                agreement_office.c.office_id.in_(sorted({oid for _e, oid, _d in wanted})))
            within = select(Agreement.id).where(Agreement.id.in_(of_offices)
                                                | Agreement.renews_id.in_(of_offices))
        statuses = compute_statuses(db, wanted[0][2], status_settings(db), within=within)
        superseded_on: dict[str, date] = {}
        for a in statuses:
            signed = a.state in (AgreementState.SIGNED, AgreementState.TERMINATED)
            if a.renews_id and signed and a.signed_on:
                prev = superseded_on.get(a.renews_id)
                superseded_on[a.renews_id] = a.signed_on if prev is None else min(prev, a.signed_on)
        # The windows of the agreements binding a pair some event has (an office on it and
        # its host), each worked out once.
        needed = {(oid, e.host_consulate_id) for e, oid, _day in wanted}
        by_pair: dict[tuple[str, str], list[_Window]] = defaultdict(list)
        windows: dict[str, _Window] = {}
        for a in statuses:
            for oid in a.office_ids:
                for cid in a.consulate_ids:
                    if (oid, cid) in needed:
                        window = windows.get(a.id)
                        if window is None:
                            window = windows[a.id] = _Window.of(a, superseded_on.get(a.id))
                        by_pair[(oid, cid)].append(window)
        missing: dict[tuple[str, str, date], str | None] = {}
        for e, oid, day in wanted:
            host = e.host_consulate_id or ""
            if (oid, host, day) in missing:
                history = missing[(oid, host, day)]
            else:
                windows = by_pair.get((oid, host), [])
                if any(w.covers(day) for w in windows):
                    history = None
                elif windows:
                    history = f" ({'; '.join(w.explain(day) for w in windows)})"
                else:
                    history = " (" + _("they have never had one") + ")"
                missing[(oid, host, day)] = history
            if history is None:
                continue
            office = plan.office_names.get(oid, oid)
            consulate = plan.org_names.get(host, host)
            self.add(
                ConflictKind.NO_ACTIVE_AGREEMENT,
                [e.id],
                None,
                _("{office} takes part in '{title}' ({day}) hosted by the {consulate}, but no "
                  "agreement between them is in force that day{history}. Renew or sign the "
                  "agreement, or check the event's offices.").format(
                      office=office, title=e.title, day=_day_text(day), consulate=consulate,
                      history=history),
                f"{oid}|{host}|{day}",
                e.starts_at,
            )


@dataclass(frozen=True)
class _Window:
    """The days an agreement is in force: from its effective date to `last` (None: no end).

    Whether an agreement is in force on a day is status_of's answer, and that answer only ever
    goes from yes to no as days pass (expiry, termination and supersession are for good). So
    status_of is asked on the few days where it can change, not on every day of every event.
    An agreement is not in force before it takes effect either (status_of does not check that).
    """

    id: str
    ever: bool
    first: date | None
    last: date | None
    after: str  # what it is once `last` has passed (or always, when never in force)

    @classmethod
    def of(cls, a: AgreementStatus, superseded_on: date | None) -> _Window:
        def status(day: date) -> tuple[str, date | None]:
            found, _days, last_day = status_of(
                state=a.state,
                signed_on=a.signed_on,
                effective_on=a.effective_on,
                term_months=None,
                expires_on=a.expires_on,
                terminated_on=a.terminated_on,
                superseded_on=superseded_on,
                as_of=day,
            )
            return found.value, last_day

        one_day = timedelta(days=1)
        turns = {a.expires_on, superseded_on and superseded_on - one_day}
        if a.terminated_on:
            turns.add(a.terminated_on - one_day)
        probes = [*sorted(d for d in turns if d), date.max]
        in_force = [d for d in probes if status(d)[0] in IN_FORCE]
        if not in_force:
            return cls(a.id, False, None, None, _("{id} is {status}").format(
                id=a.id, status=status_word(status(date.max)[0])))
        last = max(in_force)
        if last == date.max:
            return cls(a.id, True, a.effective_on, None, "")
        after, last_day = status(last + one_day)
        if after == "expired":
            text = _("{id} expired on {day}").format(id=a.id, day=(last_day or last).isoformat())
        elif after == "superseded" and superseded_on:
            text = _("{id} was superseded on {day}").format(id=a.id,
                                                            day=superseded_on.isoformat())
        elif after == "terminated" and a.terminated_on:
            text = _("{id} was terminated on {day}").format(id=a.id,
                                                            day=a.terminated_on.isoformat())
        else:
            text = _("{id} is {status} after {day}").format(id=a.id, status=status_word(after),
                                                           day=last.isoformat())
        return cls(a.id, True, a.effective_on, last, text)

    def covers(self, day: date) -> bool:
        return (
            self.ever
            and (self.first is None or self.first <= day)
            and (self.last is None or day <= self.last)
        )

    def explain(self, day: date) -> str:
        """Why it is not in force on `day`."""
        if self.ever and self.first and day < self.first:
            return _("{id} takes effect on {day}").format(id=self.id,
                                                          day=self.first.isoformat())
        return self.after


def _sort_key(c: Conflict) -> tuple[int, datetime, int, str]:
    return (
        0 if c.severity == Severity.ERROR else 1,
        c.starts_at or _LATEST,
        _KIND_ORDER.get(c.kind, 99),
        c.key,
    )


def find_conflicts(db: Database, year: int | None, *, as_of: date | None = None) -> list[Conflict]:
    """Every planning problem of a campaign (None: of every campaign), errors first, then by time.

    Cancelled events produce nothing. With `as_of`, events that ended before that day are left
    out: history cannot be fixed. The travel buffer is the `planning.travel_buffer_minutes`
    setting; it applies between different places (not to online events).
    """
    buffer = timedelta(minutes=int(get_setting(db, TRAVEL_BUFFER_MINUTES) or 0))
    with _collector_paused():
        with db.session() as s:
            plan = _load(s, None if year is None else [year])
        finder = _Finder(plan, buffer, as_of)
        finder.check_people()
        finder.check_events()
        finder.check_agreements(db)
        return sorted(finder.found, key=_sort_key)


def recheck(db: Database, year: int, previous: Sequence[Conflict], event_ids: Iterable[str],
            *, as_of: date | None = None) -> list[Conflict]:
    """The campaign's problems after a write that touched only the events `event_ids` (edited,
    moved, cancelled, deleted, created, or given an assignment), from `previous`: what
    find_conflicts (or recheck) gave for `year` before the write, in its order, with the same
    `as_of`.

    Only what the write can affect is checked again: the problems of those events, and the
    double bookings of the people on them with their other events of the campaign; every other
    problem is kept as it was. The result equals find_conflicts(db, year) after the write.
    A write that changed anything else (people, memberships, agreements, settings, a removed
    or moved assignment, whose event may be another) needs find_conflicts.
    """
    focus = set(event_ids)
    if not focus:
        return list(previous)
    buffer = timedelta(minutes=int(get_setting(db, TRAVEL_BUFFER_MINUTES) or 0))
    with _collector_paused():
        with db.session() as s:
            plan = _load(s, [year], focus)
        finder = _Finder(plan, buffer, as_of, focus)
        finder.check_people()
        finder.check_events()
        finder.check_agreements(db)
        # `previous` is in find_conflicts' order: what is kept stays so, and the few problems
        # found again go in their places.
        kept = [c for c in previous if focus.isdisjoint(c.event_ids)]
        for c in finder.found:
            bisect.insort(kept, c, key=_sort_key)
        return kept


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector during the check.

    The check allocates hundreds of thousands of small acyclic objects (rows, tuples, instants),
    which set off collections of every generation again and again, each walking everything
    alive: that alone took a third of the time at national scale, and found nothing to free.
    Reference counting still frees everything as usual.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


# --- acknowledgements ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Acknowledgement:
    key: str
    year: int
    reason: str
    acknowledged_by: str | None
    acknowledged_at: datetime


def acknowledge(db: Database, key: str, reason: str, by: str | None = None) -> Change:
    """Accept a problem with a reason; it shows as acknowledged while it stays the same."""
    return acknowledge_all(db, [key], reason, by)


def acknowledge_all(db: Database, keys: Iterable[str], reason: str,
                    by: str | None = None) -> Change:
    """Accept several problems with one reason, in one write (one step to undo): a kind of
    problem the coordinator has looked at as a whole ("interpreters come from the consulate")."""
    wanted = list(dict.fromkeys(keys))
    text = (reason or "").strip()
    if not text:
        raise InputError(
            Problem("Reason", "say why this problem is acceptable, for whoever looks next"),
            "The problem was not acknowledged",
        )
    years = {key: key_year(key) for key in wanted}
    with write(db, user=by or None) as w:
        stored = {a.key: a for a in w.session.scalars(
            select(ConflictAck).where(ConflictAck.key.in_(wanted)))} if wanted else {}
        for key in wanted:
            ack = stored.get(key)
            if ack is None:
                w.session.add(ConflictAck(key=key, year=years[key], reason=text,
                                          acknowledged_by=by or None))
                w.created(CONFLICT_ACK, key)
            else:
                ack.reason, ack.acknowledged_by, ack.acknowledged_at = text, by or None, now_utc()
                w.updated(CONFLICT_ACK, key)
    return w.change


def unacknowledge(db: Database, key: str) -> Change:
    """Withdraw an acknowledgement (nothing happens if there is none)."""
    with write(db) as w:
        ack = w.session.get(ConflictAck, key)
        if ack is not None:
            w.session.delete(ack)
            w.deleted(CONFLICT_ACK, key)
    return w.change


def list_acknowledgements(db: Database, year: int) -> list[Acknowledgement]:
    """Every acknowledgement stored for a campaign, including lapsed ones."""
    with db.session() as s:
        return [
            Acknowledgement(a.key, a.year, a.reason, a.acknowledged_by, a.acknowledged_at)
            for a in s.scalars(
                select(ConflictAck)
                .where(ConflictAck.year == year)
                .order_by(ConflictAck.acknowledged_at)
            )
        ]


def with_acknowledgement(conflict: Conflict, reason: str | None) -> Conflict:
    """A copy marked (or unmarked) acknowledged, for views that update without reloading."""
    return replace(conflict, acknowledged=reason is not None, reason=reason)
