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
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import delete, exists, select
from sqlalchemy.orm import Session, selectinload

from consularapp import bounds, l10n, recurrence, withdrawn
from consularapp.changes import ASSIGNMENT, CAMPAIGN, EVENT, OCCURRENCE, Change
from consularapp.db import Database
from consularapp.directory import consulate_display_name
from consularapp.errors import InputError, NotFoundError, Problem
from consularapp.i18n import N_, _, language, ngettext
from consularapp.known import Known
from consularapp.models import (
    ID_LENGTH,
    Assignment,
    Campaign,
    Consulate,
    Event,
    EventFormat,
    EventStatus,
    OccurrenceChange,
    Office,
    Outcome,
    Partner,
    Person,
    event_office,
    event_partner,
)
from consularapp.recurrence import Series
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

# --- time display -------------------------------------------------------------------------------


def weekday_name(day: date) -> str:
    """'Mon'...'Sun' / 'lun'...'dom' in the current language, whatever the machine's locale."""
    return l10n.weekday_short(day)


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
    """One event as tables and the week grid show it; times are aware, in the venue's zone.

    A recurring event's row is its first occurrence; `OccurrenceRow` is one occurrence."""

    id: str
    year: int | None
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
    agreement_id: str = ""
    partner_ids: tuple[str, ...] = ()
    recurrence: str = ""
    has_outcome: bool = False  # an outcome is recorded (for a series: of one occurrence at least)
    host_name_en: str = ""  # the host consulate's English name (host_name: the current language)

    @property
    def recurring(self) -> bool:
        return bool(self.recurrence)

    def shown_title(self, lang: str | None = None) -> str:
        """The title a reader of `lang` (default: the current language, the window's) sees:
        the Spanish title in Spanish when the event has one, else the title."""
        spanish = (lang or language()) == "es"
        return self.title_es if self.title_es and spanish else self.title

    def shown_venue(self) -> str:
        """The venue as a reader of the current language sees it: an event held at its host
        consulate, whose venue is stored as the consulate's English name, says the consulate's
        name in the reader's language ('Consulado de México en Chicago'); others as stored."""
        at_host = self.host_name_en and self.venue.strip() == self.host_name_en
        return self.host_name if at_host else self.venue

    def lacks_outcome(self, now: datetime) -> bool:
        """Held, over by `now`, and no outcome recorded yet (the grid and lists say so)."""
        return not self.cancelled and self.ends_at <= now and not self.has_outcome

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


def consulate_names(s: Session, ids: Iterable[str] | None = None,
                    language: str | None = None) -> dict[str, str]:
    """Consulate ID -> display name (in `language`, default the current one); one query."""
    return {cid: consulate_display_name(*parts, language)
            for cid, parts in _consulate_parts(s, ids).items()}


def _consulate_parts(s: Session, ids: Iterable[str] | None) -> dict[str, tuple[str, str, str]]:
    """Consulate ID -> (country code, type, city), the parts its name is built from."""
    stmt = select(Consulate.id, Consulate.country_code, Consulate.consulate_type, Consulate.city)
    if ids is not None:
        wanted = sorted(set(ids))
        if not wanted:
            return {}
        stmt = stmt.where(Consulate.id.in_(wanted))
    return {cid: (code, kind, city) for cid, code, kind, city in s.execute(stmt)}


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
            Event.agreement_id,
            Event.recurrence,
            # Whether an outcome is recorded: in the same query, not one per row.
            exists().where(Outcome.event_id == Event.id).label("has_outcome"),
        )
        .where(*conditions)
        .order_by(Event.starts_at, Event.id)
    ).all()
    partners: dict[str, list[str]] = defaultdict(list)
    for eid, pid in s.execute(
        select(event_partner.c.event_id, event_partner.c.partner_id)
        .join(Event, Event.id == event_partner.c.event_id)
        .where(*conditions)
        .order_by(event_partner.c.partner_id)
    ):
        partners[eid].append(pid)
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
    parts = _consulate_parts(s, [e.host_consulate_id for e in events if e.host_consulate_id])
    hosts = {cid: consulate_display_name(*p) for cid, p in parts.items()}
    hosts_en = {cid: consulate_display_name(*p, "en") for cid, p in parts.items()}
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
                host_name_en=hosts_en.get(e.host_consulate_id or "", ""),
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
                agreement_id=e.agreement_id or "",
                partner_ids=tuple(partners.get(e.id, ())),
                recurrence=e.recurrence or "",
                has_outcome=bool(e.has_outcome),
            )
        )
    return rows


def list_events(
    db: Database, year: int | None, *, event_ids: Iterable[str] | None = None
) -> list[EventRow]:
    """The campaign's events in time order (cancelled ones included), in five queries; with
    `year` None, the year-round events (outside any campaign).

    `event_ids` narrows the list, for refreshing the rows a write changed.
    """
    conditions: list[Any] = [Event.year == year if year is not None else Event.year.is_(None)]
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


@dataclass(frozen=True)
class OccurrenceRow:
    """One occurrence of an event in a range (a one-off event is its own only occurrence), as
    the week grid and the month view show it: times aware at the venue."""

    event: EventRow
    occurs_on: date  # the local date it was due on
    starts: datetime
    ends: datetime
    cancelled: bool  # the occurrence, or the whole event
    moved: bool
    assigned_count: int  # people on the series plus those on this occurrence
    has_outcome: bool

    @property
    def id(self) -> str:
        return self.event.id

    @property
    def occurrence(self) -> date | None:
        """The occurrence date as assignments and outcomes name it (None for a one-off)."""
        return self.occurs_on if self.event.recurring else None

    @property
    def starts_at(self) -> datetime:
        return self.starts.astimezone(UTC)

    @property
    def ends_at(self) -> datetime:
        return self.ends.astimezone(UTC)

    @property
    def short_by(self) -> int:
        return max(0, (self.event.staff_needed or 0) - self.assigned_count)

    @property
    def when(self) -> str:
        return local_span(self.starts_at, self.ends_at, self.event.time_zone)

    def lacks_outcome(self, now: datetime) -> bool:
        """A held occurrence in the past with no outcome recorded."""
        return not self.cancelled and self.ends_at <= now and not self.has_outcome


def list_occurrences(
    db: Database, start: datetime, end: datetime, *, year: int | str | None = "any",
    event_ids: Iterable[str] | None = None,
) -> list[OccurrenceRow]:
    """Every occurrence between `start` and `end` (UTC) in time order: one-off events and the
    occurrences of series, expanded for the range only. `year` narrows to a campaign (None:
    year-round events only; "any": all). A constant number of queries."""
    from consularapp.snapshots import in_range

    conditions: list[Any] = [in_range(start, end)]
    if year is None:
        conditions.append(Event.year.is_(None))
    elif year != "any":
        conditions.append(Event.year == year)
    if event_ids is not None:
        conditions.append(Event.id.in_(sorted(set(event_ids))))
    with db.session() as s:
        rows = _event_rows(s, *conditions)
        recurring = [r.id for r in rows if r.recurring]
        exceptions: dict[str, dict[date, recurrence.Exception_]] = defaultdict(dict)
        if recurring:
            for c in s.execute(select(OccurrenceChange).where(
                    OccurrenceChange.event_id.in_(recurring))).scalars():
                exceptions[c.event_id][c.occurs_on] = recurrence.Exception_(
                    c.cancelled, c.starts_at, c.ends_at)
        in_scope = select(Event.id).where(*conditions)
        staff: dict[tuple[str, date | None], set[str]] = defaultdict(set)
        for eid, pid, day in s.execute(
            select(Assignment.event_id, Assignment.person_id, Assignment.occurrence)
            .where(Assignment.event_id.in_(in_scope))
        ):
            staff[(eid, day)].add(pid)
        outcomes = {(eid, day) for eid, day in s.execute(
            select(Outcome.event_id, Outcome.occurrence).where(Outcome.event_id.in_(in_scope)))}
    result: list[OccurrenceRow] = []
    window = (start, end)
    for row in rows:
        series = Series(row.id, row.starts_at, row.ends_at, row.time_zone,
                        row.recurrence or None, exceptions.get(row.id, {}))
        for occ in recurrence.expand(series, window):
            key = occ.occurs_on if row.recurring else None
            people = staff.get((row.id, None), set()) | (
                staff.get((row.id, key), set()) if key is not None else set())
            result.append(OccurrenceRow(
                event=row, occurs_on=occ.occurs_on,
                starts=utc_to_local(occ.starts_at, row.time_zone),
                ends=utc_to_local(occ.ends_at, row.time_zone),
                cancelled=occ.cancelled or row.cancelled, moved=occ.moved,
                assigned_count=len(people), has_outcome=(row.id, key) in outcomes,
            ))
    result.sort(key=lambda o: (o.starts_at, o.event.id, o.occurs_on))
    return result


def event_series(db: Database, event_id: str) -> Series:
    """The stored series of one event (a one-off event is a series of one)."""
    with db.session() as s:
        event = s.get(Event, event_id, options=[selectinload(Event.occurrence_changes)])
        if event is None:
            raise NotFoundError("event", event_id)
        return stored_series(event)


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
    agreement_id: str = ""  # the agreement the event is held under (its reports count it)
    partner_ids: list[str] = field(default_factory=list)  # community partners taking part
    recurrence: str = ""  # an RRULE value (consularapp/recurrence.py); '' for a one-off event
    skipped_dates: list[date] = field(default_factory=list)  # cancelled occurrences' dates


@dataclass(frozen=True)
class _CleanEvent:
    id: str
    year: int | None
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
    agreement_id: str | None = None
    partner_ids: tuple[str, ...] = ()
    recurrence: str | None = None
    skipped_dates: tuple[date, ...] = ()

    def series(self, exceptions: Any = None) -> Series:
        return Series(self.id, self.starts_at, self.ends_at, self.time_zone, self.recurrence,
                      exceptions or {})


def _fmt(wall: datetime | None) -> str:
    return "" if wall is None else f"{wall:%Y-%m-%d %H:%M}"


EVENT_LABELS = {
    "id": N_("ID"), "year": N_("Year"), "title": N_("Title"), "title_es": N_("Title (Spanish)"),
    "format": N_("Format"), "starts": N_("Starts"), "ends": N_("Ends"),
    "time_zone": N_("Time zone"), "venue": N_("Venue"), "address": N_("Address"),
    "host_consulate_id": N_("Host consulate"), "office_ids": N_("Offices"),
    "languages": N_("Languages"), "topics": N_("Topics"), "staff_needed": N_("Staff needed"),
    "languages_needed": N_("Languages needed"), "status": N_("Status"), "notes": N_("Notes"),
    "agreement_id": N_("Agreement"), "partner_ids": N_("Partners"),
    "recurrence": N_("Repeats"), "skipped_dates": N_("Skipped dates"),
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
    # A blank year is an event of the year-round partnership, outside any Labor Rights Week.
    year = c.run("year", check_whole, data.year, bounds.YEARS)
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
    agreement = clean_text(data.agreement_id) or None
    if agreement and agreement not in known.agreements:
        c.fail("agreement_id", "event.unknown_agreement",
               _("no agreement has the ID {value}").format(value=shown(agreement)),
               value=agreement)
    partner_ids = tuple(dict.fromkeys(clean_text(p) for p in data.partner_ids if clean_text(p)))
    for pid in partner_ids:
        if pid not in known.partners:
            c.fail("partner_ids", "event.unknown_partner",
                   _("no community partner has the ID {value}").format(value=shown(pid)),
                   value=pid)
    rule = None
    first_wall = data.starts.replace(tzinfo=None) if data.starts is not None else None
    if clean_text(data.recurrence):
        if "starts" in instants:
            rule = c.run("recurrence", recurrence.canonical, data.recurrence, first_wall)
        else:
            c.run("recurrence", recurrence.parse_rule, data.recurrence)
    skipped = tuple(sorted(set(data.skipped_dates or [])))
    if skipped and not clean_text(data.recurrence):
        c.fail("skipped_dates", "event.skipped_not_recurring",
               _("only a recurring event has occurrences to skip"))
    elif skipped and rule and starts_at and ends_at and zone_name:
        series = Series(eid, starts_at, ends_at, zone_name, rule)
        dates = set(recurrence.occurrence_dates(series))
        for day in skipped:
            if day not in dates:
                c.fail("skipped_dates", "event.skipped_not_occurrence",
                       _("{day} is not a date the event repeats on").format(
                           day=day.isoformat()), day=day.isoformat())
    if c.problems:
        return Verdict(c.problems)
    assert starts_at and ends_at and zone_name and fmt and status  # for type checkers
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
        agreement_id=agreement,
        partner_ids=tuple(sorted(partner_ids)),
        recurrence=rule,
        skipped_dates=skipped if rule else (),
    ))


def _validate_event(s: Session, data: EventInput, original_id: str | None) -> _CleanEvent:
    return check_event(data, Known.of(s), original_id).accepted(
        _("The event was not saved"), EVENT_LABELS)


def _scopes(event: Any, office_ids: tuple[str, ...] | None = None) -> list[str]:
    """The calendars an event (stored, or about to be saved) is in."""
    offices = event.office_ids if office_ids is None else office_ids
    return event_scopes({"host_consulate_id": event.host_consulate_id, "office_ids": offices})


def _ensure_campaign(w: Write, year: int | None) -> None:
    if year is not None and w.session.get(Campaign, year) is None:
        monday, friday = lrw_default_week(year)
        w.session.add(Campaign(year=year, starts_on=monday, ends_on=friday))
        w.session.flush()
        w.created(CAMPAIGN, year)


_PLAIN_FIELDS = EDITED_FIELDS


def _links(s: Session, model: Any, ids: tuple[str, ...]) -> list[Any]:
    return list(s.scalars(select(model).where(model.id.in_(ids)))) if ids else []


def stored_series(event: Event) -> Series:
    """The series of a stored event, with its exceptions."""
    return Series(event.id, event.starts_at, event.ends_at, event.time_zone, event.recurrence,
                  {c.occurs_on: recurrence.Exception_(c.cancelled, c.starts_at, c.ends_at)
                   for c in event.occurrence_changes})


def _sync_series(event: Event, skipped: tuple[date, ...]) -> bool:
    """Keep the event's exceptions in step with its rule and its skipped dates; set
    `last_ends_at`. True if an exception changed (calendars must be told: SEQUENCE rises)."""
    changed = False
    if not event.recurrence:
        if event.occurrence_changes:
            event.occurrence_changes = []
            changed = True
        event.last_ends_at = None
        return changed
    series = Series(event.id, event.starts_at, event.ends_at, event.time_zone, event.recurrence)
    dates = set(recurrence.occurrence_dates(series))
    wanted = set(skipped)
    kept = []
    for c in list(event.occurrence_changes):
        if c.occurs_on not in dates:  # the rule no longer gives that day: nothing to change
            changed = True
            continue
        if c.cancelled and c.occurs_on not in wanted:  # no longer skipped: it takes place
            changed = True
            continue
        if not c.cancelled and c.occurs_on in wanted:  # a moved occurrence now cancelled
            c.cancelled, c.starts_at, c.ends_at = True, None, None
            changed = True
        kept.append(c)
    have = {c.occurs_on for c in kept}
    for day in sorted(wanted - have):
        kept.append(OccurrenceChange(event_id=event.id, occurs_on=day, cancelled=True))
        changed = True
    if changed or len(kept) != len(event.occurrence_changes):
        event.occurrence_changes = kept
    event.last_ends_at = recurrence.last_end(stored_series(event))
    return changed


def save_event(db: Database, data: EventInput, original_id: str | None = None) -> Change:
    """Create (original_id None) or update an event; a new year gets its campaign.

    On update, `sequence` rises by one if start, end, zone, venue, address, status, the
    recurrence or its skipped dates changed; saving the same values changes nothing. When the
    event only moves (same length), shifts of its assignments move with it.
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
            event.offices = _links(s, Office, clean.office_ids)
            event.partners = _links(s, Partner, clean.partner_ids)
            event.occurrence_changes = []
            _sync_series(event, clean.skipped_dates)
            s.add(event)
            w.created(EVENT, clean.id)
            return w.change
        w.based_on(EVENT, original_id, data.version)
        event = s.get(Event, original_id, options=[selectinload(Event.offices),
                                                   selectinload(Event.partners),
                                                   selectinload(Event.occurrence_changes)])
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
            event.offices = _links(s, Office, clean.office_ids)
            changed.append("offices")
        if tuple(sorted(p.id for p in event.partners)) != clean.partner_ids:
            event.partners = _links(s, Partner, clean.partner_ids)
            changed.append("partners")
        if _sync_series(event, clean.skipped_dates):
            changed.append("skipped_dates")
        if any(name in SEQUENCE_FIELDS or name == "skipped_dates" for name in changed):
            event.sequence = (event.sequence or 0) + 1
        moved = clean.starts_at - old["starts_at"]
        same_length = clean.ends_at - clean.starts_at == old["ends_at"] - old["starts_at"]
        if not same_length:
            shifts = s.execute(
                select(Person.name, Assignment.starts_at, Assignment.ends_at)
                .join(Person, Person.id == Assignment.person_id)
                .where(Assignment.event_id == event.id, Assignment.starts_at.is_not(None),
                       Assignment.occurrence.is_(None))  # one occurrence's shift: its own day
            ).all()
            problems = shifts_left_outside((old["starts_at"], old["ends_at"]),
                                           (clean.starts_at, clean.ends_at), clean.time_zone,
                                           [(n, a, b or a) for n, a, b in shifts])
            if problems:
                raise InputError(locate(problems, EVENT_LABELS), _("The event was not saved"))
        if moved and same_length:
            for a in s.scalars(
                select(Assignment).where(
                    Assignment.event_id == event.id, Assignment.starts_at.is_not(None),
                    Assignment.occurrence.is_(None),
                )
            ):
                a.starts_at = a.starts_at + moved
                a.ends_at = (a.ends_at or a.starts_at) + moved
                w.updated(ASSIGNMENT, a.id)
        if changed:
            w.updated(EVENT, event.id)
    return w.change


# --- occurrences of a recurring event -----------------------------------------------------------


@dataclass
class OccurrenceChangeInput:
    """A moved occurrence (the Occurrence changes sheet): the date it was due on, and its new
    wall-clock times at the venue."""

    event_id: str = ""
    occurs_on: date | None = None
    starts: datetime | None = None
    ends: datetime | None = None


@dataclass(frozen=True)
class CleanOccurrenceChange:
    event_id: str
    occurs_on: date
    starts_at: datetime
    ends_at: datetime


OCCURRENCE_LABELS = {"event_id": N_("Event"), "occurs_on": N_("Occurrence"),
                     "starts": N_("Starts"), "ends": N_("Ends")}


def check_occurrence_change(data: OccurrenceChangeInput, series: Series | None
                            ) -> Verdict[CleanOccurrenceChange]:
    """Everything wrong with moving an occurrence of `series` (None: no such event)."""
    c = Checker()
    eid = clean_text(data.event_id)
    if series is None:
        c.fail("event_id", "occurrence.unknown_event",
               _("no event has the ID {value}").format(value=shown(eid)), value=eid)
    elif not series.recurring:
        c.fail("event_id", "occurrence.not_recurring",
               _("{event} does not repeat: change the event itself").format(event=eid),
               event=eid)
    if data.occurs_on is None:
        c.fail("occurs_on", "field.required", _("give the date the occurrence was due on"))
    else:
        c.run("occurs_on", check_date, data.occurs_on)
    if series is not None and series.recurring and data.occurs_on is not None and \
            not c.has("occurs_on") and not recurrence.is_occurrence(series, data.occurs_on):
        c.fail("occurs_on", "occurrence.not_an_occurrence",
               _("{event} does not take place on {day}").format(
                   event=eid, day=data.occurs_on.isoformat()),
               event=eid, day=data.occurs_on.isoformat())
    instants: dict[str, datetime] = {}
    for name, wall in (("starts", data.starts), ("ends", data.ends)):
        if wall is None:
            c.fail(name, "field.required", _("a date and time is required"))
        elif series is not None:
            instant = c.run(name, wall_instant, wall, series.time_zone)
            if instant is not None:
                instants[name] = instant
    starts_at, ends_at = instants.get("starts"), instants.get("ends")
    if starts_at and ends_at and ends_at <= starts_at:
        c.fail("ends", "event.ends_not_after_start", _("the occurrence must end after it starts"))
    if c.problems:
        return Verdict(c.problems)
    assert data.occurs_on and starts_at and ends_at
    return Verdict([], CleanOccurrenceChange(eid, data.occurs_on, starts_at, ends_at))


def _series_event(s: Session, event_id: str) -> Event:
    event = s.get(Event, event_id, options=[selectinload(Event.occurrence_changes)])
    if event is None:
        raise NotFoundError(EVENT, event_id)
    return event


def move_occurrence(db: Database, data: OccurrenceChangeInput) -> Change:
    """Move one occurrence of a recurring event to other times (calendars get a RECURRENCE-ID
    override); the event's SEQUENCE rises."""
    with write(db) as w:
        s = w.session
        event = s.get(Event, clean_text(data.event_id),
                      options=[selectinload(Event.occurrence_changes)])
        series = stored_series(event) if event is not None else None
        clean = check_occurrence_change(data, series).accepted(
            _("The occurrence was not moved"), OCCURRENCE_LABELS)
        assert event is not None
        _put_change(w, event, clean.occurs_on, False, clean.starts_at, clean.ends_at)
    return w.change


def cancel_occurrence(db: Database, event_id: str, occurs_on: date) -> Change:
    """Cancel one occurrence (calendars get an EXDATE); the series goes on."""
    with write(db) as w:
        event = _series_event(w.session, event_id)
        series = stored_series(event)
        if not series.recurring or not recurrence.is_occurrence(series, occurs_on):
            raise InputError(Problem(_("Occurrence"), _(
                "{event} does not take place on {day}").format(
                    event=event_id, day=occurs_on.isoformat()),
                "occurrence.not_an_occurrence"), _("The occurrence was not cancelled"))
        _put_change(w, event, occurs_on, True, None, None)
    return w.change


def restore_occurrence(db: Database, event_id: str, occurs_on: date) -> Change:
    """Undo a cancellation or a move: the occurrence takes place as the rule says."""
    with write(db) as w:
        event = _series_event(w.session, event_id)
        found = [c for c in event.occurrence_changes if c.occurs_on == occurs_on]
        if found:
            event.occurrence_changes = [c for c in event.occurrence_changes
                                        if c.occurs_on != occurs_on]
            _after_change(w, event)
    return w.change


def _put_change(w: Write, event: Event, day: date, cancelled: bool,
                starts_at: datetime | None, ends_at: datetime | None) -> None:
    for c in event.occurrence_changes:
        if c.occurs_on == day:
            if (c.cancelled, c.starts_at, c.ends_at) == (cancelled, starts_at, ends_at):
                return
            c.cancelled, c.starts_at, c.ends_at = cancelled, starts_at, ends_at
            break
    else:
        event.occurrence_changes.append(OccurrenceChange(
            event_id=event.id, occurs_on=day, cancelled=cancelled, starts_at=starts_at,
            ends_at=ends_at))
    _after_change(w, event)


def _after_change(w: Write, event: Event) -> None:
    w.session.flush()
    event.last_ends_at = recurrence.last_end(stored_series(event))
    event.sequence = (event.sequence or 0) + 1
    w.updated(EVENT, event.id)
    w.updated(OCCURRENCE, event.id)


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
        e = s.get(Event, event_id, options=[selectinload(Event.offices),
                                            selectinload(Event.partners),
                                            selectinload(Event.occurrence_changes)])
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
            agreement_id=e.agreement_id or "",
            partner_ids=sorted(p.id for p in e.partners),
            recurrence=e.recurrence or "",
            skipped_dates=sorted(c.occurs_on for c in e.occurrence_changes if c.cancelled),
        )


def venue_defaults(db: Database, consulate_id: str) -> tuple[str, str, str]:
    """(venue name, address, time zone) of a consulate chosen as the venue."""
    with db.session() as s:
        c = s.get(Consulate, consulate_id)
        if c is None:
            raise NotFoundError("consulate", consulate_id)
        # Stored as the event's venue: the official English name, like office names.
        name = consulate_display_name(c.country_code, c.consulate_type, c.city, "en")
        return name, c.address or "", c.time_zone


def new_event_id(db: Database, year: int | None, day: date | None = None) -> str:
    """A free ID of the form LRW{year}-001 for a new event of a campaign, OUT{year}-001 for a
    year-round one (the year of `day`, else this year)."""
    prefix = f"LRW{year}-" if year is not None else f"OUT{(day or date.today()).year}-"
    with db.session() as s:
        taken = set(s.scalars(select(Event.id).where(Event.id.like(f"{prefix}%"))))
    n = 1
    while f"{prefix}{n:03d}" in taken:
        n += 1
    return f"{prefix}{n:03d}"[:ID_LENGTH]


def new_event(db: Database, year: int | None, consulate_id: str | None = None) -> EventInput:
    """A blank event for the editor: a free ID, Monday of the week 09:00-11:00, planned.

    With a consulate, the venue, address, zone and host come from it.
    """
    if year is None:  # year-round: next Monday, 09:00-11:00
        today = date.today()
        monday = today + timedelta(days=7 - today.weekday())
    else:
        with db.session() as s:
            campaign = s.get(Campaign, year)
            monday = campaign.starts_on if campaign else lrw_default_week(year)[0]
    data = EventInput(
        id=new_event_id(db, year, monday),
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
