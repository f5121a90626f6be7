"""Events of a Labor Rights Week: rows for the tables and the week grid, and the event editor.

Every event lives in its venue's time zone. Editors give and get wall-clock times at the venue
(naive datetimes read in the event's `time_zone`), never in the user's own zone; the database
keeps UTC instants. Rows carry aware local datetimes so a grid can place a Phoenix event and a
Chicago event side by side, each at its own local hour.

`sequence` follows the calendar rule: it rises by one when an existing event's start, end, time
zone, venue, address or status changes, and only then (calendar clients ignore a re-imported
event whose SEQUENCE did not rise, and duplicate one whose UID changed, so the ID never changes).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, selectinload

from consularapp import bounds, withdrawn
from consularapp.changes import ASSIGNMENT, CAMPAIGN, EVENT, Change
from consularapp.db import Database
from consularapp.directory import consulate_display_name
from consularapp.errors import InputError, NotFoundError, Problem
from consularapp.i18n import N_, _, ngettext
from consularapp.known import Known
from consularapp.models import (
    ID_LENGTH,
    Assignment,
    Campaign,
    Consulate,
    Event,
    EventFormat,
    EventStatus,
    Office,
    Person,
    event_office,
)
from consularapp.snapshots import EDITED_FIELDS, SEQUENCE_FIELDS, event_scopes, event_uid
from consularapp.timeutil import local_to_utc, lrw_default_week, utc_to_local
from consularapp.validation import (
    Checker,
    FieldError,
    Verdict,
    check_choice,
    check_date,
    check_id,
    check_list,
    check_text,
    check_whole,
    check_zone,
    clean_text,
    locate,
    shown,
)
from consularapp.writes import Write, write

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


# --- time display -------------------------------------------------------------------------------


def weekday_name(day: date) -> str:
    """'Mon'...'Sun', independent of the machine's locale."""
    return WEEKDAYS[day.weekday()]


def local_span(
    starts_at: datetime, ends_at: datetime, zone_name: str, *, with_date: bool = False
) -> str:
    """'Thu 09:00-15:00 PDT' for two UTC instants, shown at the place.

    The day is repeated when the end falls on another local day, and each end gets its own zone
    abbreviation when the clocks change in between ('Sun 01:30 CDT-02:30 CST').
    """
    start, end = utc_to_local(starts_at, zone_name), utc_to_local(ends_at, zone_name)
    start_abbr, end_abbr = start.strftime("%Z"), end.strftime("%Z")

    def day(d: datetime) -> str:
        return f"{weekday_name(d.date())} {d:%Y-%m-%d}" if with_date else weekday_name(d.date())

    start_text = f"{day(start)} {start:%H:%M}"
    end_text = f"{day(end)} {end:%H:%M}" if end.date() != start.date() else f"{end:%H:%M}"
    if start_abbr != end_abbr:
        return f"{start_text} {start_abbr}-{end_text} {end_abbr}"
    return f"{start_text}-{end_text} {start_abbr}"


def local_day(instant: datetime, zone_name: str) -> date:
    """The calendar day at the place when `instant` happens."""
    return utc_to_local(instant, zone_name).date()


def wall_to_utc(wall: datetime, zone_name: str) -> tuple[datetime, str | None]:
    """A wall-clock time at the place as a UTC instant, with a problem if the wall time is bad.

    An aware value is accepted only when it is already in `zone_name` (a dialog that hands over a
    time converted to the user's own zone must not shift the event silently). A time the clocks
    skip in spring does not exist and is refused; a time they repeat in autumn is read as the first.
    """
    if wall.tzinfo is not None:
        if getattr(wall.tzinfo, "key", None) != zone_name:
            return wall.astimezone(UTC), (
                f"{wall.isoformat()} is not a local time at the venue: give the wall-clock time "
                f"in {zone_name}"
            )
        wall = wall.replace(tzinfo=None, fold=0)
    instant = local_to_utc(wall, zone_name)
    if utc_to_local(instant, zone_name).replace(tzinfo=None) != wall:
        return instant, (
            f"{wall:%Y-%m-%d %H:%M} does not exist in {zone_name}: the clocks skip that hour "
            "(daylight saving time starts); choose another time"
        )
    return instant, None


def naive_local(instant: datetime, zone_name: str) -> datetime:
    """The wall-clock time at the place, as editors show it (no zone attached)."""
    return utc_to_local(instant, zone_name).replace(tzinfo=None)


# --- languages ----------------------------------------------------------------------------------


def clean_items(items: Iterable[str] | str | None) -> list[str]:
    """Trimmed, blanks dropped, duplicates (ignoring case) dropped, first spelling kept."""
    if items is None:
        return []
    if isinstance(items, str):
        items = items.split(";")
    seen: set[str] = set()
    result = []
    for item in items:
        text = clean_text(item)
        if text and text.casefold() not in seen:
            seen.add(text.casefold())
            result.append(text)
    return result


def split_coverage(
    needed: Sequence[str], spoken: Iterable[Iterable[str]]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(covered, missing): the needed languages someone assigned speaks, and the others.

    Compared ignoring case ("k'iche'" covers "K'iche'"); the event's spelling is kept.
    """
    known = {lang.strip().casefold() for langs in spoken for lang in langs}
    covered = tuple(lang for lang in needed if lang.strip().casefold() in known)
    missing = tuple(lang for lang in needed if lang.strip().casefold() not in known)
    return covered, missing


# --- rows for tables and the week grid ----------------------------------------------------------


@dataclass(frozen=True)
class EventRow:
    """One event as tables and the week grid show it; times are aware, in the venue's zone."""

    id: str
    year: int
    title: str
    title_es: str
    format: str
    starts: datetime
    ends: datetime
    zone_abbreviation: str
    end_zone_abbreviation: str
    time_zone: str
    venue: str
    address: str
    host_consulate_id: str
    host_name: str
    office_ids: tuple[str, ...]
    languages: tuple[str, ...]
    topics: tuple[str, ...]
    staff_needed: int | None
    languages_needed: tuple[str, ...]
    status: str
    sequence: int
    notes: str
    assigned_count: int
    covered_languages: tuple[str, ...]
    missing_languages: tuple[str, ...]

    @property
    def starts_at(self) -> datetime:
        return self.starts.astimezone(UTC)

    @property
    def ends_at(self) -> datetime:
        return self.ends.astimezone(UTC)

    @property
    def local_day(self) -> date:
        return self.starts.date()

    @property
    def cancelled(self) -> bool:
        return self.status == EventStatus.CANCELLED.value

    @property
    def short_by(self) -> int:
        """How many more people the event needs (0 when enough or nothing asked)."""
        return max(0, (self.staff_needed or 0) - self.assigned_count)

    @property
    def when(self) -> str:
        """'Thu 09:00-15:00 PDT'."""
        return local_span(self.starts_at, self.ends_at, self.time_zone)


def consulate_names(s: Session, ids: Iterable[str] | None = None) -> dict[str, str]:
    """Consulate ID -> display name; one query."""
    stmt = select(Consulate.id, Consulate.country_code, Consulate.consulate_type, Consulate.city)
    if ids is not None:
        wanted = sorted(set(ids))
        if not wanted:
            return {}
        stmt = stmt.where(Consulate.id.in_(wanted))
    return {
        cid: consulate_display_name(code, kind, city) for cid, code, kind, city in s.execute(stmt)
    }


def _event_rows(s: Session, *conditions: Any) -> list[EventRow]:
    """Rows for the events matching `conditions`: four queries whatever their number."""
    events = s.execute(
        select(
            Event.id,
            Event.year,
            Event.title,
            Event.title_es,
            Event.format,
            Event.starts_at,
            Event.ends_at,
            Event.time_zone,
            Event.venue,
            Event.address,
            Event.host_consulate_id,
            Event.languages,
            Event.topics,
            Event.staff_needed,
            Event.languages_needed,
            Event.status,
            Event.sequence,
            Event.notes,
        )
        .where(*conditions)
        .order_by(Event.starts_at, Event.id)
    ).all()
    offices: dict[str, list[str]] = defaultdict(list)
    for eid, oid in s.execute(
        select(event_office.c.event_id, event_office.c.office_id)
        .join(Event, Event.id == event_office.c.event_id)
        .where(*conditions)
        .order_by(event_office.c.office_id)
    ):
        offices[eid].append(oid)
    people: dict[str, dict[str, list[str]]] = defaultdict(dict)
    for eid, pid, languages in s.execute(
        select(Assignment.event_id, Assignment.person_id, Person.languages)
        .join(Event, Event.id == Assignment.event_id)
        .join(Person, Person.id == Assignment.person_id)
        .where(*conditions)
    ):
        people[eid][pid] = languages or []
    hosts = consulate_names(s, [e.host_consulate_id for e in events if e.host_consulate_id])
    rows = []
    for e in events:
        starts, ends = utc_to_local(e.starts_at, e.time_zone), utc_to_local(e.ends_at, e.time_zone)
        assigned = people.get(e.id, {})
        needed = tuple(e.languages_needed or ())
        covered, missing = split_coverage(needed, assigned.values())
        rows.append(
            EventRow(
                id=e.id,
                year=e.year,
                title=e.title,
                title_es=e.title_es or "",
                format=e.format,
                starts=starts,
                ends=ends,
                zone_abbreviation=starts.tzname() or "",
                end_zone_abbreviation=ends.tzname() or "",
                time_zone=e.time_zone,
                venue=e.venue,
                address=e.address or "",
                host_consulate_id=e.host_consulate_id or "",
                host_name=hosts.get(e.host_consulate_id or "", ""),
                office_ids=tuple(offices.get(e.id, ())),
                languages=tuple(e.languages or ()),
                topics=tuple(e.topics or ()),
                staff_needed=e.staff_needed,
                languages_needed=needed,
                status=e.status,
                sequence=e.sequence or 0,
                notes=e.notes or "",
                assigned_count=len(assigned),
                covered_languages=covered,
                missing_languages=missing,
            )
        )
    return rows


def list_events(
    db: Database, year: int, *, event_ids: Iterable[str] | None = None
) -> list[EventRow]:
    """The campaign's events in time order (cancelled ones included), in four queries.

    `event_ids` narrows the list, for refreshing the rows a write changed.
    """
    conditions: list[Any] = [Event.year == year]
    if event_ids is not None:
        conditions.append(Event.id.in_(sorted(set(event_ids))))
    with db.session() as s:
        return _event_rows(s, *conditions)


def get_event_row(db: Database, event_id: str) -> EventRow:
    with db.session() as s:
        rows = _event_rows(s, Event.id == event_id)
    if not rows:
        raise NotFoundError("event", event_id)
    return rows[0]


# --- the editor ---------------------------------------------------------------------------------


@dataclass
class EventInput:
    """What the event editor edits: the Events sheet's columns.

    `starts` and `ends` are wall-clock times at the venue, read in `time_zone`. `sequence` is
    the core's to raise; the one exception is recreating a deleted event (undo), where the
    record continues above the sequence partners may already have seen.
    """

    id: str = ""
    year: int | None = None
    title: str = ""
    title_es: str = ""
    format: str = EventFormat.WORKSHOP.value
    starts: datetime | None = None
    ends: datetime | None = None
    time_zone: str = ""
    venue: str = ""
    address: str = ""
    host_consulate_id: str = ""
    office_ids: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    staff_needed: int | str | None = None
    languages_needed: list[str] = field(default_factory=list)
    status: str = EventStatus.PLANNED.value
    notes: str = ""
    sequence: int = 0
    #: The version read (get_*); a save based on an older one is refused (None: not checked).
    version: int | None = None


@dataclass(frozen=True)
class _CleanEvent:
    id: str
    year: int
    title: str
    title_es: str | None
    format: str
    starts_at: datetime
    ends_at: datetime
    time_zone: str
    venue: str
    address: str | None
    host_consulate_id: str | None
    office_ids: tuple[str, ...]
    languages: list[str]
    topics: list[str]
    staff_needed: int | None
    languages_needed: list[str]
    status: str
    notes: str | None


def _fmt(wall: datetime | None) -> str:
    return "" if wall is None else f"{wall:%Y-%m-%d %H:%M}"


EVENT_LABELS = {
    "id": N_("ID"), "year": N_("Year"), "title": N_("Title"), "title_es": N_("Title (Spanish)"),
    "format": N_("Format"), "starts": N_("Starts"), "ends": N_("Ends"),
    "time_zone": N_("Time zone"), "venue": N_("Venue"), "address": N_("Address"),
    "host_consulate_id": N_("Host consulate"), "office_ids": N_("Offices"),
    "languages": N_("Languages"), "topics": N_("Topics"), "staff_needed": N_("Staff needed"),
    "languages_needed": N_("Languages needed"), "status": N_("Status"), "notes": N_("Notes"),
}


def wall_instant(wall: datetime, zone_name: str) -> datetime:
    """`wall_to_utc`, raising FieldError (with its code) for a bad wall-clock time.

    Days outside the bounds (consularapp/bounds.py) are refused before any conversion, so no
    time zone arithmetic can leave the calendar.
    """
    check_date(wall.date())
    instant, problem = wall_to_utc(wall, zone_name)
    if problem is not None:
        code = "time.not_local" if wall.tzinfo is not None else "time.skipped"
        raise FieldError(code, problem, value=f"{wall:%Y-%m-%d %H:%M}", zone=zone_name)
    return instant


def shifts_left_outside(before: tuple[datetime, datetime], after: tuple[datetime, datetime],
                        zone_name: str, shifts: Iterable[tuple[str, datetime, datetime]]
                        ) -> list[Problem]:
    """An event's new times must keep the shifts it holds: a shift inside the event `before`
    that would lie outside it `after` is refused, at the event's start or end (the person's
    shift is moved or removed first). One already outside is the planner's conflict, not this.

    `shifts` are (person's name, start, end) in UTC. The editor and the importer both ask.
    """
    left = [(name, start, end) for name, start, end in shifts
            if before[0] <= start and end <= before[1]
            and (start < after[0] or end > after[1])]
    if not left:
        return []
    name, start, end = min(left, key=lambda item: item[1])
    shift = local_span(start, end, zone_name)
    c = Checker()
    c.fail("starts" if start < after[0] else "ends", "event.shifts_left_outside", ngettext(
        "{person}'s shift ({shift}) would lie outside the event: move or remove it first",
        "{count} shifts would lie outside the event, {person}'s ({shift}) among them: move or "
        "remove them first", len(left)).format(count=len(left), person=name, shift=shift),
        count=len(left), person=name, shift=shift)
    return c.problems


def check_event(data: EventInput, known: Known, original_id: str | None = None
                ) -> Verdict[_CleanEvent]:
    """Everything wrong with event `data` (replacing `original_id`, or new), and it cleaned."""
    c = Checker()
    eid = c.run("id", check_id, data.id) or ""
    if eid and eid != original_id and eid in known.events:
        c.fail("id", "id.taken",
               _("{value} is already used by another event").format(value=repr(eid)), value=eid)
    elif original_id and eid and eid != original_id:
        c.fail("id", "event.id_changed",
               _("an event keeps its ID for life (calendars derive their UIDs from it); to use "
                 "another ID, delete the event and create it again"))
    title = c.run("title", check_text, data.title, bounds.EVENT_TITLE, required=True) or ""
    title_es = c.run("title_es", check_text, data.title_es, bounds.EVENT_TITLE)
    fmt = c.run("format", check_choice, data.format, EventFormat, _("format"))
    status = c.run("status", check_choice, data.status, EventStatus, _("event status"))
    zone_name = c.run("time_zone", check_zone, data.time_zone)
    venue = c.run("venue", check_text, data.venue, bounds.VENUE, required=True) or ""
    address = c.run("address", check_text, data.address, bounds.ADDRESS)
    staff = c.run("staff_needed", check_whole, data.staff_needed, bounds.STAFF_NEEDED)
    notes = c.run("notes", check_text, data.notes, bounds.NOTES)
    lists = {name: c.run(name, check_list, clean_items(getattr(data, name)))
             for name in ("languages", "topics", "languages_needed")}
    instants: dict[str, datetime] = {}
    for name, wall in (("starts", data.starts), ("ends", data.ends)):
        if wall is None:
            c.fail(name, "field.required", _("a date and time is required"))
        elif zone_name:
            instant = c.run(name, wall_instant, wall, zone_name)
            if instant is not None:
                instants[name] = instant
        else:
            c.run(name, check_date, wall.date())
    starts_at, ends_at = instants.get("starts"), instants.get("ends")
    if starts_at and ends_at and ends_at <= starts_at and zone_name:
        what = _("when it starts") if ends_at == starts_at else _("before it starts")
        c.fail(
            "ends", "event.ends_not_after_start",
            _("the event ends {what} ({ends} is not after {starts}, {zone})").format(
                what=what, ends=_fmt(naive_local(ends_at, zone_name)),
                starts=_fmt(naive_local(starts_at, zone_name)), zone=zone_name),
            starts=_fmt(naive_local(starts_at, zone_name)),
            ends=_fmt(naive_local(ends_at, zone_name)), zone=zone_name,
        )
    year = c.run("year", check_whole, data.year, bounds.YEARS)
    if year is None and not c.has("year") and starts_at and zone_name:
        year = local_day(starts_at, zone_name).year
        c.run("year", check_whole, year, bounds.YEARS)
    if year is None and not c.has("year") and not c.has("starts"):
        c.fail("year", "field.required", _("choose the campaign's year"))
    host = clean_text(data.host_consulate_id) or None
    if host and host not in known.consulates:
        if host in known.offices:
            c.fail("host_consulate_id", "event.host_is_office",
                   _("{value} is an office, not a consulate").format(value=repr(host)),
                   value=host)
        else:
            c.fail("host_consulate_id", "event.unknown_host",
                   _("no consulate has the ID {value}").format(value=shown(host)), value=host)
    office_ids = tuple(dict.fromkeys(clean_text(o) for o in data.office_ids if clean_text(o)))
    for oid in office_ids:
        if oid in known.offices:
            continue
        if oid in known.consulates:
            c.fail("office_ids", "event.office_is_consulate",
                   _("{value} is a consulate, not an office").format(value=repr(oid)), value=oid)
        else:
            c.fail("office_ids", "event.unknown_office",
                   _("no office has the ID {value}").format(value=shown(oid)), value=oid)
    if c.problems:
        return Verdict(c.problems)
    assert starts_at and ends_at and zone_name and year and fmt and status  # for type checkers
    return Verdict([], _CleanEvent(
        id=eid,
        year=year,
        title=title,
        title_es=title_es or None,
        format=fmt,
        starts_at=starts_at,
        ends_at=ends_at,
        time_zone=zone_name,
        venue=venue,
        address=address or None,
        host_consulate_id=host,
        office_ids=tuple(sorted(office_ids)),
        languages=lists["languages"] or [],
        topics=lists["topics"] or [],
        staff_needed=staff,
        languages_needed=lists["languages_needed"] or [],
        status=status,
        notes=notes or None,
    ))


def _validate_event(s: Session, data: EventInput, original_id: str | None) -> _CleanEvent:
    return check_event(data, Known.of(s), original_id).accepted(
        _("The event was not saved"), EVENT_LABELS)


def _scopes(event: Any, office_ids: tuple[str, ...] | None = None) -> list[str]:
    """The calendars an event (stored, or about to be saved) is in."""
    offices = event.office_ids if office_ids is None else office_ids
    return event_scopes({"host_consulate_id": event.host_consulate_id, "office_ids": offices})


def _ensure_campaign(w: Write, year: int) -> None:
    if w.session.get(Campaign, year) is None:
        monday, friday = lrw_default_week(year)
        w.session.add(Campaign(year=year, starts_on=monday, ends_on=friday))
        w.session.flush()
        w.created(CAMPAIGN, year)


_PLAIN_FIELDS = EDITED_FIELDS


def save_event(db: Database, data: EventInput, original_id: str | None = None) -> Change:
    """Create (original_id None) or update an event; a new year gets its campaign.

    On update, `sequence` rises by one if start, end, zone, venue, address or status changed;
    saving the same values changes nothing. When the event only moves (same length), shifts of
    its assignments move with it.
    """
    with write(db) as w:
        s = w.session
        clean = _validate_event(s, data, original_id)
        _ensure_campaign(w, clean.year)
        if original_id is None:
            # An undone delete comes back above every sequence partners may have seen (its
            # old one, and the cancellation sent since), so clients take it as the newer.
            sequence = data.sequence + 1 if data.sequence > 0 else 0
            cancelled = withdrawn.restore(s, event_uid(clean.id), _scopes(clean))
            if cancelled is not None:
                sequence = max(sequence, cancelled + 1)
            event = Event(id=clean.id, sequence=sequence)
            for name in _PLAIN_FIELDS:
                setattr(event, name, getattr(clean, name))
            if clean.office_ids:
                event.offices = list(
                    s.scalars(select(Office).where(Office.id.in_(clean.office_ids)))
                )
            s.add(event)
            w.created(EVENT, clean.id)
            return w.change
        w.based_on(EVENT, original_id, data.version)
        event = s.get(Event, original_id, options=[selectinload(Event.offices)])
        if event is None:
            raise NotFoundError(EVENT, original_id)
        old = {name: getattr(event, name) for name in _PLAIN_FIELDS}
        before = set(_scopes(event, tuple(o.id for o in event.offices)))
        after = set(_scopes(clean))
        if before - after:  # it leaves a consulate's or an office's calendar: cancel it there
            withdrawn.withdraw_scopes(s, event.id, sorted(before - after))
        if after - before:
            withdrawn.restore(s, event_uid(event.id), sorted(after - before))
        changed = [name for name in _PLAIN_FIELDS if old[name] != getattr(clean, name)]
        for name in changed:
            setattr(event, name, getattr(clean, name))
        if tuple(sorted(o.id for o in event.offices)) != clean.office_ids:
            event.offices = (
                list(s.scalars(select(Office).where(Office.id.in_(clean.office_ids))))
                if clean.office_ids
                else []
            )
            changed.append("offices")
        if any(name in SEQUENCE_FIELDS for name in changed):
            event.sequence = (event.sequence or 0) + 1
        moved = clean.starts_at - old["starts_at"]
        same_length = clean.ends_at - clean.starts_at == old["ends_at"] - old["starts_at"]
        if not same_length:
            shifts = s.execute(
                select(Person.name, Assignment.starts_at, Assignment.ends_at)
                .join(Person, Person.id == Assignment.person_id)
                .where(Assignment.event_id == event.id, Assignment.starts_at.is_not(None))
            ).all()
            problems = shifts_left_outside((old["starts_at"], old["ends_at"]),
                                           (clean.starts_at, clean.ends_at), clean.time_zone,
                                           [(n, a, b or a) for n, a, b in shifts])
            if problems:
                raise InputError(locate(problems, EVENT_LABELS), _("The event was not saved"))
        if moved and same_length:
            for a in s.scalars(
                select(Assignment).where(
                    Assignment.event_id == event.id, Assignment.starts_at.is_not(None)
                )
            ):
                a.starts_at = a.starts_at + moved
                a.ends_at = (a.ends_at or a.starts_at) + moved
                w.updated(ASSIGNMENT, a.id)
        if changed:
            w.updated(EVENT, event.id)
    return w.change


def cancel_event(db: Database, event_id: str, version: int | None = None) -> Change:
    """Mark an event cancelled: it is kept (partners must be told), its sequence rises."""
    with write(db) as w:
        w.based_on(EVENT, event_id, version)
        event = w.session.get(Event, event_id)
        if event is None:
            raise NotFoundError(EVENT, event_id)
        if event.status != EventStatus.CANCELLED.value:
            event.status = EventStatus.CANCELLED.value
            event.sequence = (event.sequence or 0) + 1
            w.updated(EVENT, event_id)
    return w.change


def delete_event(db: Database, event_id: str, version: int | None = None) -> Change:
    """Remove an event made by mistake, with its assignments. A real event is cancelled instead."""
    with write(db) as w:
        s = w.session
        w.based_on(EVENT, event_id, version)
        if s.get(Event, event_id) is None:
            raise NotFoundError(EVENT, event_id)
        withdrawn.withdraw_event(s, event_id)  # later calendars cancel it, and its shifts
        for aid in s.scalars(select(Assignment.id).where(Assignment.event_id == event_id)):
            w.deleted(ASSIGNMENT, aid)
        w.delete_where(Assignment, Assignment.event_id == event_id)
        s.execute(delete(event_office).where(event_office.c.event_id == event_id))
        w.delete_where(Event, Event.id == event_id)
        w.deleted(EVENT, event_id)
    return w.change


def get_event(db: Database, event_id: str) -> EventInput:
    """The event as the editor shows it: wall-clock times at the venue."""
    with db.session() as s:
        e = s.get(Event, event_id, options=[selectinload(Event.offices)])
        if e is None:
            raise NotFoundError("event", event_id)
        return EventInput(
            id=e.id,
            year=e.year,
            title=e.title,
            title_es=e.title_es or "",
            format=e.format,
            starts=naive_local(e.starts_at, e.time_zone),
            ends=naive_local(e.ends_at, e.time_zone),
            time_zone=e.time_zone,
            venue=e.venue,
            address=e.address or "",
            host_consulate_id=e.host_consulate_id or "",
            office_ids=sorted(o.id for o in e.offices),
            languages=list(e.languages or []),
            topics=list(e.topics or []),
            staff_needed=e.staff_needed,
            languages_needed=list(e.languages_needed or []),
            status=e.status,
            notes=e.notes or "",
            sequence=e.sequence or 0,
            version=e.version,
        )


def venue_defaults(db: Database, consulate_id: str) -> tuple[str, str, str]:
    """(venue name, address, time zone) of a consulate chosen as the venue."""
    with db.session() as s:
        c = s.get(Consulate, consulate_id)
        if c is None:
            raise NotFoundError("consulate", consulate_id)
        name = consulate_display_name(c.country_code, c.consulate_type, c.city)
        return name, c.address or "", c.time_zone


def new_event_id(db: Database, year: int) -> str:
    """A free ID of the form LRW{year}-001 for a new event."""
    prefix = f"LRW{year}-"
    with db.session() as s:
        taken = set(s.scalars(select(Event.id).where(Event.id.like(f"{prefix}%"))))
    n = 1
    while f"{prefix}{n:03d}" in taken:
        n += 1
    return f"{prefix}{n:03d}"[:ID_LENGTH]


def new_event(db: Database, year: int, consulate_id: str | None = None) -> EventInput:
    """A blank event for the editor: a free ID, Monday of the week 09:00-11:00, planned.

    With a consulate, the venue, address, zone and host come from it.
    """
    with db.session() as s:
        campaign = s.get(Campaign, year)
        monday = campaign.starts_on if campaign else lrw_default_week(year)[0]
    data = EventInput(
        id=new_event_id(db, year),
        year=year,
        starts=datetime.combine(monday, time(9)),
        ends=datetime.combine(monday, time(11)),
    )
    if consulate_id:
        venue, address, zone_name = venue_defaults(db, consulate_id)
        data = replace(
            data,
            venue=venue,
            address=address,
            time_zone=zone_name,
            host_consulate_id=consulate_id,
        )
    return data
