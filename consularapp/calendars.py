"""Calendar files (iCalendar, RFC 5545) that Outlook, Google Calendar and Thunderbird accept, and
keep accepting after changes.

Two kinds: a Labor Rights Week schedule (all events, one consulate's, one office's or one
person's; current or as published in a release) and the agreement deadlines (renewal windows,
expiries, periodic reviews, with reminders).

Decisions, each for a client that misbehaved otherwise:

* **UIDs never change.** An event's UID is ``{event_id}@consularapp.lrw``: from its stable Event
  ID only, never from title or time, and the same in every scope (all, consulate, office), every
  language, the current schedule and every release. A person's calendar holds their assignments,
  whose times are their shift, not the event's, so those get their own UID,
  ``{event_id}/{person_id}/a{assignment_id}@consularapp.lrw``, stable for the assignment's life
  (adding or moving another shift of the same person changes no other UID); importing both the
  office calendar and one's own then shows the event and one's shift side by side.
  Deadlines: ``{agreement_id}/{renewal-window|expiry|review}@consularapp.agreements``, so a date
  change updates the same entry instead of adding one.
* **SEQUENCE** of an event is its stored ``sequence``, which the editing services raise when
  time, place or status change. Edits that leave it alone (a title typo) still reach clients:
  DTSTAMP is the time of the export, and RFC 5546 takes an equal SEQUENCE with a later DTSTAMP as
  the newer version. A person's assignment takes its event's SEQUENCE plus the assignment's own
  `sequence`, which rises when the shift moves, so a moved shift reaches their calendar even
  when the event itself did not change.
  Deadlines are computed, not stored, so their SEQUENCE is derived: the whole seconds from
  2020-01-01 UTC to the agreement's last edit (``updated_at``), plus, for reviews, the number of
  the review period (it fits the 32-bit integer clients keep until 2088). A date can only move
  by an edit of the agreement (which raises it, whichever way the date moves -- a number derived
  from the date itself would fall when a deadline moves earlier, after an early termination or
  a corrected typo) or, for reviews, by time passing (which raises the period number).
  Unchanged agreements give the same SEQUENCE in every export. Left: changing the renewal
  lead-time setting moves every renewal window without raising it (DTSTAMP still rises).
* **Times** are written in the venue's zone with TZID, and every zone used gets a VTIMEZONE
  (Outlook shifts by an hour without one), built from the zone database for the years exported
  (from the year before, so the first observance is in force on January 1): zones without
  daylight time (America/Phoenix, America/Puerto_Rico, Pacific/Honolulu) get one fixed-offset
  STANDARD component; zones with daylight time get the yearly-rule form Outlook and Google write
  themselves (one DAYLIGHT and one STANDARD with RRULE, DTSTART in the offset before the change).
  icalendar's own ``Timezone.from_tzinfo`` writes the DAYLIGHT onset one hour late in the
  ``TZOFFSETFROM`` reading of RFC 5545 (03:00 instead of 02:00), so it is not used.
* **Cancelled** events stay in the file with STATUS:CANCELLED and "CANCELLED: " before the
  summary (Outlook shows a cancelled event like any other otherwise); they are transparent, so
  they do not block time. Google drops cancelled events from subscribed feeds, which is the
  right outcome there. Planned events are TENTATIVE, confirmed ones CONFIRMED.
* **Links** go into DESCRIPTION as well as URL (Exchange drops URL). No ORGANIZER: with one,
  Outlook treats an imported event as a meeting invitation. Contacts of the offices taking part
  are in the description.
* Text escaping is icalendar's; folding at 75 octets with CRLF is done here on bytes with
  icalendar's rules (its per-character loop cost a quarter of the export time). Both tested.
* Everything is built from plain rows with a constant number of queries (snapshots, see
  publishing.py), never one query per event: 1,000 events build in well under half a second.
"""

from __future__ import annotations

import calendar as _calendar
import re
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from icalendar import (
    Alarm,
    Calendar,
    Timezone,
    TimezoneDaylight,
    TimezoneStandard,
    vCalAddress,
    vCategory,
    vDDDTypes,
    vDuration,
    vInt,
    vText,
)
from icalendar import Event as VEvent
from sqlalchemy import select
from sqlalchemy.orm import Session

from consularapp import __version__, l10n, labels
from consularapp.agreements import IN_FORCE, Status, compute_statuses
from consularapp.db import Database
from consularapp.directory import consulate_display_name
from consularapp.errors import (
    CancelledError,
    ConsularError,
    InputError,
    NotFoundError,
    Problem,
)
from consularapp.files import replace_with_bytes
from consularapp.i18n import N_, _
from consularapp.models import (
    Agency,
    Agreement,
    Assignment,
    Campaign,
    Consulate,
    Event,
    EventStatus,
    Membership,
    Office,
    Person,
    Role,
    event_office,
)
from consularapp.recurrence import Exception_, Series, expand, occurrence_on, parse_rule
from consularapp.snapshots import (
    Snapshot,
    assignment_uid,
    event_uid,
    parse_instant,
    release_info,
    release_row,
    release_snapshots,
    require_campaign,
    snapshots_in,
)
from consularapp.timeutil import add_months, local_to_utc, now_utc, zone
from consularapp.withdrawn import Withdrawn, withdrawn_in

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]

LANGUAGES = ("en", "es")
DEADLINE_UID_DOMAIN = "consularapp.agreements"
PRODID = f"-//ConsularApp//ConsularApp {__version__}//EN"
REFRESH = timedelta(days=1)  # how often subscribers of the publish folder look again
DEADLINE_ALARM_DAYS = (30, 7)
# How long after a withdrawn deadline it is still sent as cancelled.
WITHDRAWN_DAYS = 30
SEQUENCE_EPOCH = datetime(2020, 1, 1, tzinfo=UTC)

# --- words --------------------------------------------------------------------------------------

_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "campaign": "Labor Rights Week {year}",
        "range": "Outreach, {start} to {end}",
        "cancelled_prefix": "CANCELLED: ",
        "cancelled_note": "CANCELLED: this event will not take place.",
        "removed_note": "CANCELLED: this event was removed from the schedule.",
        "unassigned_note": "CANCELLED: you are no longer assigned to this event.",
        "other_title": "Español: {title}",
        "when": "When",
        "where": "Where",
        "format": "Format",
        "languages": "Languages",
        "topics": "Topics",
        "host": "Hosted by",
        "offices": "Agency offices taking part",
        "phone": "phone",
        "email": "email",
        "links": "Links",
        "role": "Your role",
        "shift": "Your shift",
        "event_time": "Event",
        "release": "Published schedule, release {number} ({date})",
        "current": "Current schedule",
        "changes": "changes since release {number}",
        "changes_none": "changes (nothing published yet)",
        "to": "to",
    },
    "es": {
        "campaign": "Semana de Derechos Laborales {year}",
        "range": "Actividades, del {start} al {end}",
        "cancelled_prefix": "CANCELADO: ",
        "cancelled_note": "CANCELADO: este evento no se llevará a cabo.",
        "removed_note": "CANCELADO: este evento se retiró del programa.",
        "unassigned_note": "CANCELADO: se retiró su asignación a este evento.",
        "other_title": "English: {title}",
        "when": "Cuándo",
        "where": "Dónde",
        "format": "Formato",
        "languages": "Idiomas",
        "topics": "Temas",
        "host": "Anfitrión",
        "offices": "Oficinas de las agencias participantes",
        "phone": "teléfono",
        "email": "correo",
        "links": "Enlaces",
        "role": "Su función",
        "shift": "Su turno",
        "event_time": "Evento",
        "release": "Programa publicado, versión {number} ({date})",
        "current": "Programa actual",
        "changes": "cambios desde la versión {number}",
        "changes_none": "cambios (nada publicado aún)",
        "to": "a",
    },
}

_STATUS = {
    EventStatus.PLANNED.value: "TENTATIVE",
    EventStatus.CONFIRMED.value: "CONFIRMED",
    EventStatus.CANCELLED.value: "CANCELLED",
}
_LINK = re.compile(r"https?://[^\s<>\"]+", re.IGNORECASE)


def _words(language: str) -> dict[str, str]:
    if language not in _WORDS:
        raise InputError(Problem("Language", f"{language!r} is not one of en, es"))
    return _WORDS[language]


def format_label(value: str, language: str) -> str:
    """The words of consularapp.labels, shared with the window and every report."""
    return labels.format_label(value, language)


def role_label(value: str, language: str) -> str:
    return labels.role_in_text(value, language)


def language_label(value: str, language: str) -> str:
    return labels.language_label(value, language)


def consulate_name(
    country_code: str, consulate_type: str | None, city: str, language: str = "en"
) -> str:
    """'Consulate General of Mexico in Phoenix' / 'Consulado General de México en Phoenix'."""
    return consulate_display_name(country_code, consulate_type, city, language)


def _clock(value: datetime, language: str) -> str:
    if language == "es":
        return value.strftime("%H:%M")
    return l10n.clock(value, "en")


def _day(value: date, language: str) -> str:
    return l10n.long_date(value, language)


def _span(start: datetime, end: datetime, zone_name: str, language: str) -> str:
    """'Monday, August 30, 2027, 9:00 AM – 11:00 AM MST (America/Phoenix)'."""
    text = f"{_day(start.date(), language)}, {_clock(start, language)} – "
    if end.date() != start.date():
        text += f"{_day(end.date(), language)}, "
    return f"{text}{_clock(end, language)} {end.strftime('%Z')} ({zone_name})"


# --- directory rows -----------------------------------------------------------------------------


@dataclass(frozen=True)
class OfficeInfo:
    id: str
    agency_code: str
    name: str
    phone: str | None
    email: str | None

    @property
    def display_name(self) -> str:
        """'WHD Phoenix District Office' (reference names leave the agency out)."""
        if self.name.upper().startswith(self.agency_code.upper()):
            return self.name
        return f"{self.agency_code} {self.name}"


@dataclass(frozen=True)
class ConsulateInfo:
    id: str
    country_code: str
    consulate_type: str | None
    city: str

    def name(self, language: str) -> str:
        return consulate_name(self.country_code, self.consulate_type, self.city, language)


@dataclass(frozen=True)
class PersonInfo:
    id: str
    name: str
    email: str | None
    # (office or consulate ID, first day, last day): where they work, for the organizer's office
    memberships: tuple[tuple[str, date | None, date | None], ...] = ()

    def organization_on(self, day: date) -> str | None:
        for org, start, end in self.memberships:
            if (start is None or start <= day) and (end is None or day <= end):
                return org
        return None


@dataclass
class Directory:
    """What calendars say about offices, consulates and people, loaded with five queries.

    `organizer_email` is the shared setting used as ORGANIZER when the office planning an event
    has no e-mail of its own."""

    offices: dict[str, OfficeInfo] = field(default_factory=dict)
    consulates: dict[str, ConsulateInfo] = field(default_factory=dict)
    people: dict[str, str] = field(default_factory=dict)
    themes: dict[int, tuple[str | None, str | None]] = field(default_factory=dict)
    persons: dict[str, PersonInfo] = field(default_factory=dict)
    organizer_email: str | None = None


def load_directory(s: Session, *, people: Collection[str] | None = None,
                   organizations: Collection[str] | None = None) -> Directory:
    """The directory calendars name. With `people` and `organizations` (IDs of offices and
    consulates), only those and the places those people work: what a partner's calendar names,
    not the nation's directory."""
    from consularapp.models import Setting
    from consularapp.settings import ORGANIZER_EMAIL

    def only(statement: Any, column: Any, ids: Collection[str] | None) -> Any:
        return statement if ids is None else statement.where(column.in_(sorted(ids)))

    places: dict[str, list[tuple[str, date | None, date | None]]] = defaultdict(list)
    for m in s.execute(only(
        select(Membership.person_id, Membership.office_id, Membership.consulate_id,
               Membership.active_from, Membership.active_to), Membership.person_id, people)
    ):
        places[m.person_id].append(
            (m.office_id or m.consulate_id or "", m.active_from, m.active_to))
    if organizations is not None:
        organizations = set(organizations) | {org for p in places.values() for org, *_ in p}
    offices = {
        r.id: OfficeInfo(r.id, r.agency_code, r.name, r.phone, r.email)
        for r in s.execute(only(
            select(Office.id, Office.agency_code, Office.name, Office.phone, Office.email),
            Office.id, organizations))
    }
    consulates = {
        r.id: ConsulateInfo(r.id, r.country_code, r.consulate_type, r.city)
        for r in s.execute(only(
            select(Consulate.id, Consulate.country_code, Consulate.consulate_type, Consulate.city),
            Consulate.id, organizations))
    }
    persons = {
        r.id: PersonInfo(r.id, r.name, (r.email or "").strip() or None, tuple(places[r.id]))
        for r in s.execute(only(select(Person.id, Person.name, Person.email), Person.id, people))
    }
    themes = {
        r.year: (r.theme_en, r.theme_es)
        for r in s.execute(select(Campaign.year, Campaign.theme_en, Campaign.theme_es))
    }
    fallback = s.get(Setting, ORGANIZER_EMAIL)
    return Directory(
        offices, consulates, {p.id: p.name for p in persons.values()}, themes, persons,
        (str(fallback.value).strip() or None) if fallback is not None and fallback.value else None,
    )


# --- organizers ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Organizer:
    """Who an entry comes from (ORGANIZER): a name and an e-mail address."""

    name: str
    email: str


def _coordinator(snap: Snapshot, directory: Directory) -> PersonInfo | None:
    for a in snap.get("assignments", []):
        if a.get("role") == Role.COORDINATOR.value and a["person_id"] in directory.persons:
            return directory.persons[a["person_id"]]
    return None


def planning_office(snap: Snapshot, directory: Directory) -> OfficeInfo | None:
    """The office that plans an event: where its coordinator works, if that office takes part;
    else the first office taking part (offices are kept sorted by ID)."""
    offices = [o for o in snap.get("office_ids", []) if o in directory.offices]
    coordinator = _coordinator(snap, directory)
    if coordinator is not None:
        day = parse_instant(snap["starts_at"]).astimezone(zone(snap["time_zone"])).date()
        where = coordinator.organization_on(day)
        if where in offices:
            return directory.offices[where]
    return directory.offices[offices[0]] if offices else None


def event_organizer(snap: Snapshot, directory: Directory) -> Organizer | None:
    """ORGANIZER of a published event: the office that plans it, with its e-mail (the shared
    setting `publishing.organizer_email` when the office has none)."""
    office = planning_office(snap, directory)
    email = (office.email or "").strip() if office else ""
    email = email or directory.organizer_email or ""
    if not email:
        return None
    return Organizer(office.display_name if office else email, email)


def coordinator_organizer(snap: Snapshot, directory: Directory) -> Organizer | None:
    """ORGANIZER of a staff member's meeting request: the event's coordinator, else the office."""
    coordinator = _coordinator(snap, directory)
    if coordinator is not None and coordinator.email:
        return Organizer(coordinator.name, coordinator.email)
    return event_organizer(snap, directory)


def _address(organizer: Organizer) -> vCalAddress:
    address = vCalAddress(f"mailto:{organizer.email}")
    address.params["CN"] = vText(organizer.name)
    return address


# --- time zones ---------------------------------------------------------------------------------

_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
# (onset wall time in the offset before the change, offset from, offset to, name, is daylight)
_Transition = tuple[datetime, timedelta, timedelta, str, bool]


def _state(instant: datetime, tz: Any) -> tuple[timedelta, timedelta, str]:
    local = instant.astimezone(tz)
    return local.utcoffset() or timedelta(), local.dst() or timedelta(), local.tzname() or ""


@lru_cache(maxsize=256)
def _zone_data(
    zone_name: str, first_year: int, last_year: int
) -> tuple[tuple[timedelta, timedelta, str], tuple[_Transition, ...]]:
    """The state in force on January 1 of `first_year` and every change up to `last_year`."""
    tz = zone(zone_name)
    start = datetime(first_year, 1, 1, tzinfo=UTC)
    end = datetime(last_year + 1, 1, 1, tzinfo=UTC)
    initial = current = _state(start, tz)
    found: list[_Transition] = []
    day = start
    while day < end:
        following = day + timedelta(days=1)
        after = _state(following, tz)
        if after != current:
            # Find the first minute of the new state inside this day.
            lo, hi = 0, 24 * 60
            while hi - lo > 1:
                mid = (lo + hi) // 2
                if _state(day + timedelta(minutes=mid), tz) == current:
                    lo = mid
                else:
                    hi = mid
            instant = day + timedelta(minutes=hi)
            new = _state(instant, tz)
            onset = (instant + current[0]).replace(tzinfo=None)
            found.append((onset, current[0], new[0], new[2], new[1] != timedelta()))
            current = new
        if after != current:  # a second change the same day: rare enough to take the day's end
            onset = (following + current[0]).replace(tzinfo=None)
            found.append((onset, current[0], after[0], after[2], after[1] != timedelta()))
            current = after
        day = following
    return initial, tuple(found)


def _byday(day: date) -> set[str]:
    """Ways RRULE BYDAY can name `day`'s weekday in its month: '2SU', and '-1SU' if it is last."""
    code = _WEEKDAYS[day.weekday()]
    names = {f"{(day.day - 1) // 7 + 1}{code}"}
    if day.day + 7 > _calendar.monthrange(day.year, day.month)[1]:
        names.add(f"-1{code}")
    return names


def vtimezone(zone_name: str, first_year: int, last_year: int) -> Timezone:
    """A VTIMEZONE for `zone_name` correct for every instant of `first_year`..`last_year`."""
    if last_year < first_year:
        raise ValueError("last_year before first_year")
    padded = first_year - 1
    initial, transitions = _zone_data(zone_name, padded, last_year)
    tz = Timezone()
    tz.add("TZID", zone_name)
    tz.add("X-LIC-LOCATION", zone_name)

    def observance(
        onset: datetime, off_from: timedelta, off_to: timedelta, name: str, daylight: bool
    ) -> TimezoneStandard | TimezoneDaylight:
        part = TimezoneDaylight() if daylight else TimezoneStandard()
        part.add("TZNAME", name)
        part.add("TZOFFSETFROM", off_from)
        part.add("TZOFFSETTO", off_to)
        part.add("DTSTART", onset)
        return part

    if not transitions or transitions[0][0].year > padded:
        # Nothing changes in the padding year: the state of January 1 holds until the first change.
        offset, dst, name = initial
        tz.add_component(
            observance(datetime(padded, 1, 1), offset, offset, name, dst != timedelta())
        )
    groups: dict[tuple[timedelta, timedelta, str, bool], list[datetime]] = defaultdict(list)
    for onset, off_from, off_to, name, daylight in transitions:
        groups[(off_from, off_to, name, daylight)].append(onset)
    for (off_from, off_to, name, daylight), onsets in sorted(
        groups.items(), key=lambda item: item[1][0]
    ):
        years = [o.year for o in onsets]
        common = set.intersection(*(_byday(o.date()) for o in onsets))
        yearly = (
            len(onsets) > 1
            and years == list(range(years[0], years[0] + len(years)))
            and len({(o.month, o.time()) for o in onsets}) == 1
            and bool(common)
        )
        if not yearly:
            for onset in onsets:
                tz.add_component(observance(onset, off_from, off_to, name, daylight))
            continue
        part = observance(onsets[0], off_from, off_to, name, daylight)
        rule: dict[str, Any] = {
            "FREQ": "YEARLY",
            "BYMONTH": onsets[0].month,
            # "last Sunday" is how such rules are written (Europe); else "2nd Sunday" (US).
            "BYDAY": min(common, key=lambda c: (not c.startswith("-"), c)),
        }
        if years[-1] < last_year:  # the rule stopped inside the range: say so
            rule["UNTIL"] = (onsets[-1] - off_from).replace(tzinfo=UTC)
        part.add("RRULE", rule)
        tz.add_component(part)
    return tz


# --- event calendars ----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Item:
    """One VEVENT to write: an event, or a person's assignment to one."""

    event: Snapshot
    uid: str
    starts_at: datetime
    ends_at: datetime
    role: str | None = None
    extra_sequence: int = 0  # a person's shift moves add to the event's SEQUENCE
    person_id: str | None = None
    # A recurring event written once with its RRULE, EXDATE and RECURRENCE-ID overrides; False
    # for a one-off event and for a person's assignment to one occurrence.
    series: bool = False


def _links(text: str | None) -> list[str]:
    return [m.rstrip(".,;:)]") for m in _LINK.findall(text or "")]


def _location(snap: Snapshot, directory: Directory, language: str) -> str:
    """Venue and address; a venue that is the host consulate is named in the calendar's language."""
    venue, address = (snap.get("venue") or "").strip(), (snap.get("address") or "").strip()
    host = directory.consulates.get(snap.get("host_consulate_id") or "")
    if host is not None and language != "en" and venue == host.name("en"):
        venue = host.name(language)
    if address and address.lower() not in venue.lower():
        return f"{venue}, {address}" if venue else address
    return venue


def _description(
    item: _Item, directory: Directory, language: str, words: dict[str, str]
) -> str:
    snap = item.event
    lines: list[str] = []
    if snap.get("withdrawn") == "assignment":
        lines.append(words["unassigned_note"])
    elif snap.get("withdrawn") == "event":
        lines.append(words["removed_note"])
    elif snap["status"] == EventStatus.CANCELLED:
        lines.append(words["cancelled_note"])
    other = snap.get("title") if language == "es" else snap.get("title_es")
    if other and (language == "en" or snap.get("title_es")):
        lines.append(words["other_title"].format(title=other))
    zone_name = snap["time_zone"]
    tz = zone(zone_name)
    event_start = parse_instant(snap["starts_at"]).astimezone(tz)
    event_end = parse_instant(snap["ends_at"]).astimezone(tz)
    event_span = _span(event_start, event_end, zone_name, language)
    if item.role is not None:
        lines.append(f"{words['role']}: {role_label(item.role, language)}")
    if item.role is not None and (item.starts_at, item.ends_at) != (event_start, event_end):
        start, end = item.starts_at.astimezone(tz), item.ends_at.astimezone(tz)
        shift = _span(start, end, zone_name, language)
        lines.append(f"{words['shift']}: {shift}")
        lines.append(f"{words['event_time']}: {event_span}")
    else:
        lines.append(f"{words['when']}: {event_span}")
    location = _location(snap, directory, language)
    if location:
        lines.append(f"{words['where']}: {location}")
    lines.append(f"{words['format']}: {format_label(snap['format'], language)}")
    if snap.get("languages"):
        names = ", ".join(language_label(x, language) for x in snap["languages"])
        lines.append(f"{words['languages']}: {names}")
    if snap.get("topics"):
        lines.append(f"{words['topics']}: {'; '.join(snap['topics'])}")
    host = directory.consulates.get(snap.get("host_consulate_id") or "")
    if host is not None:
        lines.append(f"{words['host']}: {host.name(language)}")
    offices = [directory.offices[o] for o in snap.get("office_ids", []) if o in directory.offices]
    if offices:
        lines.append(f"{words['offices']}:")
        for office in offices:
            contact = [office.display_name]
            if office.phone:
                contact.append(f"{words['phone']} {office.phone}")
            if office.email:
                contact.append(f"{words['email']} {office.email}")
            lines.append("- " + ", ".join(contact))
    links = _links(snap.get("notes"))
    if links:
        lines.append(f"{words['links']}: {' '.join(links)}")
    return "\n".join(lines)


class _Values:
    """Property values that repeat across events (stamp, status, categories...), encoded once:
    icalendar reuses an encoded value as is, and encoding was a third of the export time."""

    def __init__(self, stamp: datetime) -> None:
        self.stamp = vDDDTypes(stamp)
        self._cache: dict[tuple[str, Any], Any] = {}

    def text(self, value: str) -> vText:
        key = ("text", value)
        if key not in self._cache:
            self._cache[key] = vText(value)
        return self._cache[key]

    def integer(self, value: int) -> vInt:
        key = ("int", value)
        if key not in self._cache:
            self._cache[key] = vInt(value)
        return self._cache[key]

    def categories(self, values: tuple[str, ...]) -> vCategory:
        key = ("categories", values)
        if key not in self._cache:
            self._cache[key] = vCategory(list(values))
        return self._cache[key]

    def instant(self, text: str) -> vDDDTypes:
        key = ("instant", text)
        if key not in self._cache:
            self._cache[key] = vDDDTypes(parse_instant(text))
        return self._cache[key]

    def organizer(self, organizer: Organizer) -> vCalAddress:
        key = ("organizer", organizer)
        if key not in self._cache:
            self._cache[key] = _address(organizer)
        return self._cache[key]


def _vevent(
    item: _Item,
    directory: Directory,
    language: str,
    words: dict[str, str],
    values: _Values,
    organizer: Organizer | None = None,
) -> VEvent:
    snap = item.event
    tz = zone(snap["time_zone"])
    cancelled = snap["status"] == EventStatus.CANCELLED
    title = (snap.get("title_es") or snap["title"]) if language == "es" else snap["title"]
    ev = VEvent()
    ev.add("UID", item.uid)
    ev.add("DTSTAMP", values.stamp)
    ev.add("SEQUENCE", values.integer(int(snap.get("sequence") or 0) + item.extra_sequence))
    ev.add("DTSTART", item.starts_at.astimezone(tz))
    ev.add("DTEND", item.ends_at.astimezone(tz))
    ev.add("SUMMARY", (words["cancelled_prefix"] if cancelled else "") + title)
    if organizer is not None:
        ev.add("ORGANIZER", values.organizer(organizer))
    location = _location(snap, directory, language)
    if location:
        ev.add("LOCATION", location)
    ev.add("DESCRIPTION", _description(item, directory, language, words))
    agencies = sorted(
        {directory.offices[o].agency_code for o in snap.get("office_ids", [])
         if o in directory.offices}
    )
    ev.add("CATEGORIES", values.categories((format_label(snap["format"], language), *agencies)))
    ev.add("STATUS", values.text(_STATUS.get(snap["status"], "TENTATIVE")))
    ev.add("TRANSP", values.text("TRANSPARENT" if cancelled else "OPAQUE"))
    links = _links(snap.get("notes"))
    if links:
        ev.add("URL", links[0])
    if snap.get("updated_at"):
        ev.add("LAST-MODIFIED", values.instant(snap["updated_at"]))
    if item.series:
        series = snapshot_series(snap)
        rule = parse_rule(series.recurrence)
        ev.add("RRULE", rule.ical(snap["time_zone"]))
        skipped = [_at_item_time(item, day, tz) for day in sorted(
            d for d, c in series.exceptions.items() if c.cancelled)]
        if skipped:
            ev.add("EXDATE", skipped)
    return ev


def _at_item_time(item: _Item, day: date, tz: Any) -> datetime:
    """The start an entry's rule gives on local date `day` (its DTSTART's wall-clock time)."""
    wall = item.starts_at.astimezone(tz).replace(tzinfo=None)
    return datetime.combine(day, wall.time()).replace(tzinfo=tz, fold=0)


def overrides(item: _Item) -> list[tuple[datetime, datetime, datetime]]:
    """(RECURRENCE-ID, new start, new end) of each moved occurrence of a series entry; a
    person's shift keeps its wall-clock place inside the moved occurrence."""
    if not item.series:
        return []
    snap = item.event
    tz = zone(snap["time_zone"])
    series = snapshot_series(snap)
    first = series.starts_at.astimezone(tz).replace(tzinfo=None)
    lead = item.starts_at.astimezone(tz).replace(tzinfo=None) - first
    length = item.ends_at.astimezone(tz).replace(tzinfo=None) - first
    found = []
    for day, change in sorted(series.exceptions.items()):
        if change.cancelled or change.starts_at is None or change.ends_at is None:
            continue
        base = change.starts_at.astimezone(tz).replace(tzinfo=None)
        if (lead, length) == (timedelta(), series.ends_at.astimezone(tz).replace(tzinfo=None)
                              - first):
            start, end = change.starts_at, change.ends_at
        else:
            start = local_to_utc(base + lead, snap["time_zone"])
            end = local_to_utc(base + length, snap["time_zone"])
        found.append((_at_item_time(item, day, tz), start, end))
    return found


def _override_vevent(item: _Item, recurrence_id: datetime, starts_at: datetime,
                     ends_at: datetime, directory: Directory, language: str,
                     words: dict[str, str], values: _Values, organizer: Organizer | None
                     ) -> VEvent:
    """A moved occurrence: the same UID, RECURRENCE-ID its original start, its own times."""
    moved = _Item(item.event, item.uid, starts_at, ends_at, item.role, item.extra_sequence,
                  item.person_id)
    ev = _vevent(moved, directory, language, words, values, organizer)
    ev.add("RECURRENCE-ID", recurrence_id)
    return ev


def _new_calendar(
    name: str, description: str | None, *, method: str = "PUBLISH", refresh: bool = False
) -> Calendar:
    """The calendar-level properties every export has; NAME (RFC 7986) and X-WR-CALNAME for
    clients that only know the older one, both TEXT-escaped (icalendar writes X- properties as
    given unless told their type). `refresh` (calendars in the publish folder, which clients
    subscribe to) adds REFRESH-INTERVAL and X-PUBLISHED-TTL: look again daily."""
    cal = Calendar()
    cal.add("PRODID", PRODID)
    cal.add("VERSION", "2.0")
    cal.add("CALSCALE", "GREGORIAN")
    cal.add("METHOD", method)
    cal.add("NAME", name)
    cal.add("X-WR-CALNAME", vText(name))
    if description:
        cal.add("DESCRIPTION", description)
        cal.add("X-WR-CALDESC", vText(description))
    if refresh:
        cal.add("REFRESH-INTERVAL", REFRESH, parameters={"VALUE": "DURATION"})
        cal.add("X-PUBLISHED-TTL", vDuration(REFRESH))
    return cal


def _in_scope(
    snap: Snapshot, consulate_id: str | None, office_id: str | None
) -> bool:
    if consulate_id is not None and snap.get("host_consulate_id") != consulate_id:
        return False
    return office_id is None or office_id in snap.get("office_ids", [])


def _scope_items(
    snaps: Iterable[Snapshot],
    directory: Directory,
    *,
    consulate_id: str | None,
    office_id: str | None,
    person_id: str | None,
) -> list[_Item]:
    items: list[_Item] = []
    for snap in snaps:
        if not _in_scope(snap, consulate_id, office_id):
            continue
        starts, ends = parse_instant(snap["starts_at"]), parse_instant(snap["ends_at"])
        if person_id is None:
            items.append(_Item(snap, event_uid(snap["id"]), starts, ends,
                               series=bool(snap.get("recurrence"))))
            continue
        items += person_items(snap, person_id)
    return items


def snapshot_series(snap: Snapshot) -> Series:
    """A snapshot's series, with its cancelled and moved occurrences."""
    exceptions: dict[date, Exception_] = {
        date.fromisoformat(day): Exception_(cancelled=True)
        for day in snap.get("skipped_dates") or []}
    for m in snap.get("moved") or []:
        exceptions[date.fromisoformat(m["occurs_on"])] = Exception_(
            False, parse_instant(m["starts_at"]), parse_instant(m["ends_at"]))
    return Series(snap["id"], parse_instant(snap["starts_at"]), parse_instant(snap["ends_at"]),
                  snap["time_zone"], snap.get("recurrence") or None, exceptions)


def person_items(snap: Snapshot, person_id: str) -> list[_Item]:
    """A person's entries in one event snapshot: one per assignment, at the shift's times."""
    starts, ends = parse_instant(snap["starts_at"]), parse_instant(snap["ends_at"])
    mine = [a for a in snap.get("assignments", []) if a["person_id"] == person_id]
    shifts = sorted(
        (
            parse_instant(a["starts_at"]) if a.get("starts_at") else starts,
            parse_instant(a["ends_at"]) if a.get("ends_at") else ends,
            a["role"],
            int(a.get("sequence") or 0),
            a.get("id") or 0,
        )
        for a in mine
    )
    occurrence_of = {a.get("id") or 0: a.get("occurrence") for a in mine}
    items = []
    recurring = bool(snap.get("recurrence"))
    for n, (a_start, a_end, role, moved, assignment_id) in enumerate(shifts, start=1):
        uid = assignment_uid(snap["id"], person_id, n, assignment_id or None)
        day = occurrence_of.get(assignment_id) if recurring else None
        if day:
            # One occurrence of a series: an entry of its own at that occurrence's times.
            occ = occurrence_on(snapshot_series(snap), date.fromisoformat(day))
            if occ is None or occ.cancelled:
                continue
            whole = (a_start, a_end) == (starts, ends)
            a_start, a_end = (occ.starts_at, occ.ends_at) if whole else (a_start, a_end)
            items.append(_Item(snap, uid, a_start, a_end, role, moved, person_id))
            continue
        items.append(_Item(snap, uid, a_start, a_end, role, moved, person_id, series=recurring))
    return items


def scope_key(consulate_id: str | None, office_id: str | None, person_id: str | None) -> str:
    """The scope a calendar is of, as withdrawn entries name it."""
    if consulate_id is not None:
        return f"consulate:{consulate_id}"
    if office_id is not None:
        return f"office:{office_id}"
    if person_id is not None:
        return f"person:{person_id}"
    return "all"


def _withdrawn_items(
    withdrawn: Iterable[Withdrawn], scope: str, live: set[str], person_id: str | None
) -> list[_Item]:
    """Entries withdrawn from this scope that it does not hold live, to be written cancelled."""
    items = []
    for w in withdrawn:
        if scope not in w.scopes or w.uid in live:
            continue
        if person_id is not None:
            items += [i for i in person_items(w.snapshot, person_id) if i.uid == w.uid]
        else:
            snap = w.snapshot
            items.append(_Item(snap, w.uid, parse_instant(snap["starts_at"]),
                               parse_instant(snap["ends_at"])))
    return items


def _scope_name(
    directory: Directory,
    language: str,
    consulate_id: str | None,
    office_id: str | None,
    person_id: str | None,
) -> str | None:
    if consulate_id is not None:
        consulate = directory.consulates.get(consulate_id)
        return consulate.name(language) if consulate else consulate_id
    if office_id is not None:
        office = directory.offices.get(office_id)
        return office.display_name if office else office_id
    if person_id is not None:
        return directory.people.get(person_id, person_id)
    return None


def calendar_title(
    directory: Directory,
    year: int,
    language: str,
    consulate_id: str | None = None,
    office_id: str | None = None,
    person_id: str | None = None,
) -> str:
    """'Labor Rights Week 2027 — Consulate General of Mexico in Chicago'."""
    parts = [_words(language)["campaign"].format(year=year)]
    scope = _scope_name(directory, language, consulate_id, office_id, person_id)
    if scope:
        parts.append(scope)
    return " — ".join(parts)


def scheduled_items(
    snapshots: Iterable[Snapshot],
    directory: Directory,
    *,
    consulate_id: str | None = None,
    office_id: str | None = None,
    person_id: str | None = None,
    withdrawn: Iterable[Withdrawn] = (),
) -> list[_Item]:
    """The entries of one scope: live ones, then the withdrawn ones it does not hold live."""
    items = _scope_items(
        snapshots, directory, consulate_id=consulate_id, office_id=office_id, person_id=person_id
    )
    live = {i.uid for i in items}
    scope = scope_key(consulate_id, office_id, person_id)
    return items + _withdrawn_items(withdrawn, scope, live, person_id)


def item_label(item: _Item) -> str:
    """How a warning names an entry: 'event LRW2027-X' or 'assignment 12 of LRW2027-X'."""
    snap = item.event
    if item.person_id is not None:
        return _("{person}'s assignment to event {event}").format(
            person=item.person_id, event=snap.get("id"))
    return _("event {event}").format(event=snap.get("id"))


def build_calendar(
    snapshots: Iterable[Snapshot],
    directory: Directory,
    *,
    year: int,
    consulate_id: str | None = None,
    office_id: str | None = None,
    person_id: str | None = None,
    language: str = "en",
    stamp: datetime | None = None,
    release: tuple[int, datetime] | None = None,
    changes_since: int | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    withdrawn: Iterable[Withdrawn] = (),
    refresh: bool = False,
    warnings: list[str] | None = None,
    title: str | None = None,
) -> bytes:
    """The iCalendar bytes for `snapshots` in one scope; no database access (publishing uses it
    inside its transaction). `release` is (number, published_at) of a release being exported.

    `withdrawn` entries of this scope that it does not hold live are written cancelled (see
    withdrawn.py). `refresh` marks a calendar meant for subscription (the publish folder). An
    entry that cannot be written (bad data) is left out and named in `warnings`: one bad record
    never stops the export of all the others.
    """
    words = _words(language)
    report: Progress = progress or (lambda done, total, message: None)
    stop: Cancelled = cancelled or (lambda: False)
    stamp = (stamp or now_utc()).astimezone(UTC).replace(microsecond=0)
    items = scheduled_items(
        snapshots, directory, consulate_id=consulate_id, office_id=office_id,
        person_id=person_id, withdrawn=withdrawn,
    )
    name = title or calendar_title(directory, year, language, consulate_id, office_id,
                                   person_id)
    if changes_since is not None:
        name += " — " + (
            words["changes"].format(number=changes_since) if changes_since
            else words["changes_none"]
        )
    theme = directory.themes.get(year, (None, None))[1 if language == "es" else 0]
    about = [theme] if theme else []
    if release is not None:
        number, published = release
        about.append(words["release"].format(number=number, date=published.date().isoformat()))
    cal = _new_calendar(
        name, ". ".join(a.rstrip(". ") for a in about) or None, refresh=refresh
    )

    total = len(items)
    report(0, total, _("Writing the calendar"))
    years: dict[str, set[int]] = defaultdict(set)
    events: list[VEvent] = []
    values = _Values(stamp)
    for n, item in enumerate(items, start=1):
        if n % 100 == 0:
            if stop():
                raise CancelledError(_("Calendar export cancelled; no file was written"))
            report(n, total, _("Writing the calendar"))
        try:
            tz_name = item.event["time_zone"]
            tz = zone(tz_name)
            event_years = (item.starts_at.astimezone(tz).year, item.ends_at.astimezone(tz).year)
            organizer = event_organizer(item.event, directory)
            ev = _vevent(item, directory, language, words, values, organizer)
            entries = [ev] + [
                _override_vevent(item, rid, start, end, directory, language, words, values,
                                 organizer)
                for rid, start, end in overrides(item)]
            for entry in entries:
                entry.to_ical()  # what icalendar refuses is found here, for this entry alone
            if item.series:
                event_years = (*event_years, _series_last_year(item, tz))
        except (ValueError, KeyError, TypeError, OverflowError, ConsularError) as exc:
            if warnings is not None:
                warnings.append(_("{what} was left out of the calendar: {reason}").format(
                    what=item_label(item), reason=exc))
            continue
        years[tz_name].update(event_years)
        events.extend(entries)
    for zone_name in sorted(years):
        cal.add_component(vtimezone(zone_name, min(years[zone_name]), max(years[zone_name])))
    for ev in events:
        cal.add_component(ev)
    data = to_bytes(cal)
    report(total, total, _("Calendar written"))
    return data


def _series_last_year(item: _Item, tz: Any) -> int:
    """The local year of a series' last occurrence (its VTIMEZONE must reach that far)."""
    found = expand(snapshot_series(item.event), include_cancelled=True)
    ends = [o.ends_at for o in found] or [item.ends_at]
    return max(ends).astimezone(tz).year


def build_from_snapshots(
    db: Database,
    year: int,
    snapshots: Iterable[Snapshot],
    *,
    consulate_id: str | None = None,
    office_id: str | None = None,
    person_id: str | None = None,
    language: str = "en",
    stamp: datetime | None = None,
    changes_since: int | None = None,
    withdrawn: Iterable[Withdrawn] = (),
    warnings: list[str] | None = None,
) -> bytes:
    """`build_calendar` with the directory read from `db` and the scope's ID checked."""
    snaps = list(snapshots)
    with db.session() as s:
        directory = load_directory(s)
    _check_scope(directory, snaps, consulate_id, office_id, person_id)
    return build_calendar(
        snaps,
        directory,
        year=year,
        consulate_id=consulate_id,
        office_id=office_id,
        person_id=person_id,
        language=language,
        stamp=stamp,
        changes_since=changes_since,
        withdrawn=withdrawn,
        warnings=warnings,
    )


def _check_scope(
    directory: Directory,
    snaps: list[Snapshot],
    consulate_id: str | None,
    office_id: str | None,
    person_id: str | None,
) -> None:
    """NotFoundError for a scope ID that names nothing (neither now nor in the snapshots)."""
    if sum(x is not None for x in (consulate_id, office_id, person_id)) > 1:
        raise InputError(Problem(_("Scope"), _("choose one of consulate, office or person")))
    if consulate_id is not None and consulate_id not in directory.consulates and not any(
        e.get("host_consulate_id") == consulate_id for e in snaps
    ):
        raise NotFoundError(_("consulate"), consulate_id)
    if office_id is not None and office_id not in directory.offices and not any(
        office_id in e.get("office_ids", []) for e in snaps
    ):
        raise NotFoundError(_("office"), office_id)
    if person_id is not None and person_id not in directory.people and not any(
        a["person_id"] == person_id for e in snaps for a in e.get("assignments", [])
    ):
        raise NotFoundError(_("person"), person_id)


@dataclass(frozen=True)
class Schedule:
    """What one calendar is built from: snapshots, withdrawn entries, the directory, the release."""

    year: int
    snapshots: list[Snapshot]
    withdrawn: list[Withdrawn]
    directory: Directory
    release: tuple[int, datetime] | None = None


def _partner_schedule(s: Session, year: int, consulate_id: str | None, office_id: str | None,
                      person_id: str | None, today: date | None) -> Schedule:
    """The current schedule of `year` as one partner's calendar needs it: the events that
    consulate hosts, that office takes part in or that person staffs, read by a query on the
    partner, and the directory those events name (not the whole campaign and directory)."""
    require_campaign(s, year)
    if consulate_id is not None:
        ids = select(Event.id).where(Event.year == year, Event.host_consulate_id == consulate_id)
    elif office_id is not None:
        ids = (select(event_office.c.event_id).join(Event, Event.id == event_office.c.event_id)
               .where(Event.year == year, event_office.c.office_id == office_id))
    else:
        ids = (select(Assignment.event_id).join(Event, Event.id == Assignment.event_id)
               .where(Event.year == year, Assignment.person_id == person_id))
    snaps = snapshots_in(s, year, s.scalars(ids.distinct()).all())
    gone = withdrawn_in(s, year, today=today)
    named = [*snaps, *(w.snapshot for w in gone)]  # withdrawn entries name theirs as they were
    people = {a["person_id"] for e in named for a in e.get("assignments", [])}
    people |= {w.person_id for w in gone if w.person_id}
    organizations = {o for e in named for o in e.get("office_ids", [])}
    organizations |= {e["host_consulate_id"] for e in named if e.get("host_consulate_id")}
    people |= {person_id} if person_id else set()
    organizations |= {x for x in (consulate_id, office_id) if x}
    directory = load_directory(s, people=people, organizations=organizations)
    return Schedule(year, snaps, gone, directory)


def load_schedule(
    s: Session, year: int, release: int | str | None = None, *, today: date | None = None
) -> Schedule:
    """The current schedule of `year`, or a published release as it was sent (with what had been
    withdrawn by then). NotFoundError for an unknown year or release."""
    directory = load_directory(s)
    if release is None:
        require_campaign(s, year)
        return Schedule(year, snapshots_in(s, year), withdrawn_in(s, year, today=today),
                        directory)
    row = release_row(s, year, release)
    snaps = sorted(release_snapshots(s, row), key=lambda e: (e["starts_at"], e["id"]))
    info = release_info(row, len(snaps))
    gone = withdrawn_in(s, year, today=today, before=info.published_at)
    return Schedule(year, snaps, gone, directory, (info.number, info.published_at))


def event_calendar(
    db: Database,
    year: int,
    *,
    consulate_id: str | None = None,
    office_id: str | None = None,
    person_id: str | None = None,
    language: str = "en",
    release: int | str | None = None,
    stamp: datetime | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    warnings: list[str] | None = None,
    today: date | None = None,
) -> bytes:
    """The calendar of Labor Rights Week `year`: the events a consulate hosts, an office takes
    part in, a person's assignments (their shift times, role in the description), or all; with
    what was withdrawn from that scope, cancelled.

    `release` None exports the current schedule; a number or "latest" a published release as it
    was sent. NotFoundError for an unknown year, release, consulate, office or person. Entries
    left out for bad data are named in `warnings`.
    """
    _words(language)
    partner = sum(x is not None for x in (consulate_id, office_id, person_id)) == 1
    with db.session() as s:
        if partner and release is None:
            schedule = _partner_schedule(s, year, consulate_id, office_id, person_id, today)
        else:
            schedule = load_schedule(s, year, release, today=today)
    _check_scope(schedule.directory, schedule.snapshots, consulate_id, office_id, person_id)
    return build_calendar(
        schedule.snapshots,
        schedule.directory,
        year=year,
        consulate_id=consulate_id,
        office_id=office_id,
        person_id=person_id,
        language=language,
        stamp=stamp,
        release=schedule.release,
        progress=progress,
        cancelled=cancelled,
        withdrawn=schedule.withdrawn,
        warnings=warnings,
    )


def range_calendar(
    db: Database,
    start: date | None = None,
    end: date | None = None,
    *,
    consulate_id: str | None = None,
    office_id: str | None = None,
    person_id: str | None = None,
    language: str = "en",
    stamp: datetime | None = None,
    warnings: list[str] | None = None,
) -> bytes:
    """Every event of a scope from `start` (today) to `end` (a year after `start`), Labor
    Rights Week and year-round alike: a recurring series written once, with its RRULE, an
    EXDATE per cancelled occurrence and a RECURRENCE-ID override per moved one (so Outlook and
    Google show the right dates); what was withdrawn from the scope's campaigns, cancelled."""
    from consularapp.snapshots import snapshots_between
    from consularapp.withdrawn import withdrawn_in

    words = _words(language)
    first = start or date.today()
    last = end or add_months(first, 12)
    if last <= first:
        raise InputError(Problem("--to", _("{end} is not after {start}").format(
            end=last.isoformat(), start=first.isoformat())), _("The calendar was not written"))
    window = (datetime.combine(first, time(0), UTC) - timedelta(days=1),
              datetime.combine(last, time(0), UTC) + timedelta(days=1))
    with db.session() as s:
        directory = load_directory(s)
        snaps = snapshots_between(s, *window)
        years = sorted({snap_year for snap_year in range(first.year, last.year + 1)})
        gone = [w for y in years for w in withdrawn_in(s, y)]
    _check_scope(directory, snaps, consulate_id, office_id, person_id)
    name = words["range"].format(start=first.isoformat(), end=last.isoformat())
    scope = _scope_name(directory, language, consulate_id, office_id, person_id)
    if scope:
        name = f"{name} — {scope}"
    return build_calendar(snaps, directory, year=first.year, consulate_id=consulate_id,
                          office_id=office_id, person_id=person_id, language=language,
                          stamp=stamp, withdrawn=gone, warnings=warnings, title=name)


def span_text(snap_or_item: Snapshot | _Item, language: str) -> str:
    """'Monday, August 30, 2027, 9:00 AM – 11:00 AM MST (America/Phoenix)' of an event (or a
    person's shift), at the venue."""
    if isinstance(snap_or_item, _Item):
        snap, start, end = snap_or_item.event, snap_or_item.starts_at, snap_or_item.ends_at
    else:
        snap = snap_or_item
        start, end = parse_instant(snap["starts_at"]), parse_instant(snap["ends_at"])
    tz = zone(snap["time_zone"])
    return _span(start.astimezone(tz), end.astimezone(tz), snap["time_zone"], language)


def entry_title(snap: Snapshot, language: str) -> str:
    return (snap.get("title_es") or snap["title"]) if language == "es" else snap["title"]


def entry_description(item: _Item, directory: Directory, language: str = "en") -> str:
    """The DESCRIPTION a calendar gives the entry (when, where, role, shift, contacts...)."""
    return _description(item, directory, language, _words(language))


def invitation(
    item: _Item,
    directory: Directory,
    attendee: Organizer,
    *,
    stamp: datetime | None = None,
    language: str = "en",
) -> tuple[str, bytes]:
    """One assignment as an iTIP meeting request (RFC 5546): (METHOD, iCalendar bytes).

    METHOD:REQUEST with ORGANIZER the event's coordinator (else its planning office) and
    ATTENDEE the person, so Outlook puts it in their calendar and, the UID being the
    assignment's for life and SEQUENCE rising when the shift or the event moves, updates it in
    place. A withdrawn assignment, or one on a cancelled event, is a METHOD:CANCEL with
    STATUS:CANCELLED. ValueError when nobody can be named as organizer.
    """
    words = _words(language)
    snap = item.event
    cancel = snap["status"] == EventStatus.CANCELLED.value or bool(snap.get("withdrawn"))
    method = "CANCEL" if cancel else "REQUEST"
    organizer = coordinator_organizer(snap, directory)
    if organizer is None:
        raise ValueError(_("no organizer e-mail for event {event}: give its office an e-mail "
                           "or set publishing.organizer_email").format(event=snap["id"]))
    stamp = (stamp or now_utc()).astimezone(UTC).replace(microsecond=0)
    cal = _new_calendar(calendar_title(directory, _year_of(snap), language), None, method=method)
    tz = zone(snap["time_zone"])
    first = min(item.starts_at, parse_instant(snap["starts_at"])).astimezone(tz).year
    last = max(item.ends_at, parse_instant(snap["ends_at"])).astimezone(tz).year
    cal.add_component(vtimezone(snap["time_zone"], first, last))
    ev = _vevent(item, directory, language, words, _Values(stamp), organizer)
    who = vCalAddress(f"mailto:{attendee.email}")
    who.params["CN"] = vText(attendee.name)
    who.params["ROLE"] = "REQ-PARTICIPANT"
    who.params["PARTSTAT"] = "NEEDS-ACTION"
    who.params["RSVP"] = "TRUE"
    ev.add("ATTENDEE", who)
    if cancel:
        ev["STATUS"] = vText("CANCELLED")
    cal.add_component(ev)
    return method, to_bytes(cal)


def _year_of(snap: Snapshot) -> int:
    return parse_instant(snap["starts_at"]).astimezone(zone(snap["time_zone"])).year


# --- agreement deadlines ------------------------------------------------------------------------

_DEADLINE_KINDS = {  # translated when written (N_ marks them for the catalogue)
    "renewal-window": N_("Renewal window opens"),
    "expiry": N_("Expires"),
    "review": N_("Periodic review due"),
}


def deadline_uid(agreement_id: str, kind: str) -> str:
    return f"{agreement_id}/{kind}@{DEADLINE_UID_DOMAIN}"


def deadline_sequence(updated_at: datetime, review_period: int = 0) -> int:
    """Seconds from 2020-01-01 UTC to the agreement's last edit, plus the review period number:
    rises with every edit whichever way a date moves, and as reviews come round."""
    seconds = int((updated_at.astimezone(UTC) - SEQUENCE_EPOCH).total_seconds())
    return min(max(seconds, 0) + review_period, 2**31 - 1)


def _review_period(start: date | None, review: date, every_years: int) -> int:
    if start is None or every_years <= 0:
        return 0
    months = (review.year - start.year) * 12 + review.month - start.month
    return max(round(months / (12 * every_years)), 0)


def deadlines_calendar(
    db: Database,
    as_of: date | None = None,
    *,
    stamp: datetime | None = None,
    alarm_days: tuple[int, ...] = DEADLINE_ALARM_DAYS,
    warnings: list[str] | None = None,
) -> bytes:
    """Renewal windows, expiries and reviews of every agreement in force, as all-day events with
    reminders, recomputed from the data at every export.

    Agreements in force or open-ended (active, renewal due, expiring, open-ended) get the start of
    their renewal window (expiry − renewal lead days) and their expiry; open-ended ones their next
    periodic review. A superseded or terminated agreement's deadlines that are still ahead (or
    less than WITHDRAWN_DAYS past) are written once more with STATUS:CANCELLED and a higher
    SEQUENCE, so a calendar that imported them drops them (a subscribed one would anyway); an
    expired agreement's are simply gone. Reminders (DISPLAY alarms, `alarm_days` before)
    already in the past on `as_of` are left out, so clients do not pop up stale reminders.
    ORGANIZER is the first office of the agreement with an e-mail (else its US signatory, else
    the shared `publishing.organizer_email`). An agreement whose entries cannot be written (bad
    data) is left out and named in `warnings`; the others are written.
    """
    from consularapp.settings import status_settings

    day = as_of or date.today()
    settings = status_settings(db)
    statuses = compute_statuses(db, day, settings)
    with db.session() as s:
        edits = {
            r.id: (r.updated_at, r.document)
            for r in s.execute(select(Agreement.id, Agreement.updated_at, Agreement.document))
        }
        signatories = dict(
            (r.id, r.us_signatory_id)
            for r in s.execute(select(Agreement.id, Agreement.us_signatory_id)))
        directory = load_directory(s)
        agencies = {r.code: r.name for r in s.execute(select(Agency.code, Agency.name))}
    stamp = (stamp or now_utc()).astimezone(UTC).replace(microsecond=0)
    cal = _new_calendar(
        _("Agreement deadlines"),
        _("Renewal windows, expiries and periodic reviews of the agreements in force, computed "
          "on {day} (renewal lead time {days} days).").format(
              day=day.isoformat(), days=settings.renewal_lead_days),
    )
    for a in sorted(statuses, key=lambda x: x.id):
        # A renewed or terminated agreement's deadlines are sent once more as cancelled while
        # they are still ahead (or just past), so calendars that imported them drop them.
        withdrawn = a.status in (Status.SUPERSEDED, Status.TERMINATED)
        if a.status not in IN_FORCE and not withdrawn:
            continue
        updated_at, document = edits.get(a.id, (SEQUENCE_EPOCH, None))
        deadlines: list[tuple[str, date, int]] = []
        if a.expires_on is not None:
            if settings.renewal_lead_days > 0:
                window = a.expires_on - timedelta(days=settings.renewal_lead_days)
                deadlines.append(("renewal-window", window, 0))
            deadlines.append(("expiry", a.expires_on, 0))
        if a.status is Status.OPEN_ENDED and a.next_review is not None:
            period = _review_period(a.effective_on, a.next_review, settings.review_every_years)
            deadlines.append(("review", a.next_review, period))
        offices = [directory.offices[o] for o in a.office_ids if o in directory.offices]
        consulates = [directory.consulates[c] for c in a.consulate_ids if c in directory.consulates]
        parties = ", ".join(
            [o.display_name for o in offices] + [c.name("en") for c in consulates]
        )
        if withdrawn:
            deadlines = [d for d in deadlines if d[1] >= day - timedelta(days=WITHDRAWN_DAYS)]
        organizer = _agreement_organizer(offices, signatories.get(a.id), directory)
        try:
            entries = [
                _deadline_event(a, kind, when, period, withdrawn=withdrawn, day=day,
                                stamp=stamp, updated_at=updated_at, document=document,
                                offices=offices, consulates=consulates, parties=parties,
                                agencies=agencies, renewal_lead_days=settings.renewal_lead_days,
                                alarm_days=alarm_days, organizer=organizer)
                for kind, when, period in deadlines
            ]
            for ev in entries:
                ev.to_ical()  # what icalendar refuses is found here, for this agreement alone
        except (ValueError, TypeError, OverflowError) as exc:
            if warnings is not None:
                warnings.append(
                    _("agreement {id} was left out of the deadlines calendar: {reason}").format(
                        id=a.id, reason=exc))
            continue
        for ev in entries:
            cal.add_component(ev)
    for ev in obligation_events(db, day, stamp=stamp, alarm_days=alarm_days,
                                directory=directory, warnings=warnings):
        cal.add_component(ev)
    return to_bytes(cal)


OBLIGATION_UID_DOMAIN = "consularapp.obligations"


def obligation_uid(agreement_id: str, obligation: str, period: int | None) -> str:
    """`{agreement}/{obligation}/{period or once}@...`: by the period's number, so a date edit
    moves the same entry instead of adding one."""
    slug = "-".join("".join(ch if ch.isalnum() else " " for ch in obligation.lower()).split())
    return f"{agreement_id}/{slug}/{period or 'once'}@{OBLIGATION_UID_DOMAIN}"


def obligation_events(
    db: Database,
    day: date,
    *,
    stamp: datetime,
    alarm_days: tuple[int, ...] = DEADLINE_ALARM_DAYS,
    directory: Directory | None = None,
    warnings: list[str] | None = None,
) -> list[VEvent]:
    """Every obligation of the agreements as an all-day entry on its due date, with reminders.

    Done ones, and those a termination, a renewal or a date edit took away (still ahead or at
    most WITHDRAWN_DAYS past), are written once more as STATUS:CANCELLED with a higher
    SEQUENCE, so no stale reminder survives in a calendar that imported them. SEQUENCE follows
    the agreement's last edit and the done record's, as for the other deadlines.
    """
    from dataclasses import replace

    from consularapp.labels import obligation_label
    from consularapp.models import AgreementState, ObligationDone
    from consularapp.obligations import (
        ObligationStatus,
        _facts,
        compute_obligations,
        load_rules,
        schedule,
    )

    rules = load_rules(db)
    owed = compute_obligations(db, day, rules=rules)
    with db.session() as s:
        edits = dict(s.execute(select(Agreement.id, Agreement.updated_at)).all())
        done_edits = {(r.agreement_id, r.obligation.casefold(), r.period_starts): r.updated_at
                      for r in s.execute(select(ObligationDone.agreement_id,
                                                ObligationDone.obligation,
                                                ObligationDone.period_starts,
                                                ObligationDone.updated_at))}
        facts, office_ids, _consulates = _facts(s)
        signatories = dict(s.execute(select(Agreement.id, Agreement.us_signatory_id))
                           .all())
        if directory is None:
            directory = load_directory(s)
    current = {(o.agreement_id, o.obligation, o.period) for o in owed}
    gone: list[tuple[str, str, int | None, date, date | None, date | None]] = []
    for a in facts:
        if a.state not in (AgreementState.SIGNED, AgreementState.TERMINATED):
            continue
        whole = replace(a, state=AgreementState.SIGNED.value, terminated_on=None,
                        successor_signed_on=None, successor_starts_on=None)
        for due in schedule(whole, rules, day):
            if (a.id, due.obligation, due.period) in current:
                continue
            if due.due_on >= day - timedelta(days=WITHDRAWN_DAYS):
                gone.append((a.id, due.obligation, due.period, due.due_on, due.period_starts,
                             due.period_ends))
    entries: list[VEvent] = []

    def entry(agreement_id: str, name: str, period: int | None, due_on: date,
              first: date | None, last: date | None, cancelled: bool, note: str) -> None:
        updated = edits.get(agreement_id, SEQUENCE_EPOCH)
        done_at = done_edits.get((agreement_id, name.casefold(), first))
        if done_at is not None and done_at > updated:
            updated = done_at
        what = obligation_label(name)
        summary = f"{what}: {agreement_id}"
        if period is not None:
            summary = _("{what}, period {n}: {id}").format(what=what, n=period, id=agreement_id)
        if cancelled:
            summary = _("CANCELLED: {summary}").format(summary=summary)
        ev = VEvent()
        ev.add("UID", obligation_uid(agreement_id, name, period))
        ev.add("DTSTAMP", stamp)
        ev.add("SEQUENCE", deadline_sequence(updated, period or 0) + (1 if cancelled else 0))
        ev.add("DTSTART", due_on)
        ev.add("DTEND", due_on + timedelta(days=1))
        ev.add("SUMMARY", summary)
        lines = [_("{what} of {id} due on {day}.").format(what=what, id=agreement_id,
                                                          day=due_on.isoformat())]
        if first is not None and last is not None:
            lines.append(_("Period: {first} to {last}").format(first=first.isoformat(),
                                                               last=last.isoformat()))
        if note:
            lines.insert(0, note)
        ev.add("DESCRIPTION", "\n".join(lines))
        ev.add("CATEGORIES", [_("Agreement obligation"), what])
        organizer = _agreement_organizer(
            [directory.offices[o] for o in office_ids.get(agreement_id, [])
             if o in directory.offices], signatories.get(agreement_id), directory)
        if organizer is not None:
            ev.add("ORGANIZER", _address(organizer))
        ev.add("STATUS", "CANCELLED" if cancelled else "CONFIRMED")
        ev.add("TRANSP", "TRANSPARENT")
        ev.add("LAST-MODIFIED", updated.astimezone(UTC))
        for days in () if cancelled else sorted(alarm_days, reverse=True):
            if due_on - timedelta(days=days) < day:
                continue
            alarm = Alarm()
            alarm.add("ACTION", "DISPLAY")
            alarm.add("TRIGGER", timedelta(days=-days))
            alarm.add("DESCRIPTION", _("In {days} days: {summary}").format(days=days,
                                                                          summary=summary))
            ev.add_component(alarm)
        entries.append(ev)

    for o in owed:
        done = o.status is ObligationStatus.DONE
        if done and o.due_on < day - timedelta(days=WITHDRAWN_DAYS):
            continue
        note = _("Done on {day}.").format(day=o.done_on.isoformat()) if done and o.done_on \
            else ""
        try:
            entry(o.agreement_id, o.obligation, o.period, o.due_on, o.period_starts,
                  o.period_ends, done, note)
        except (ValueError, TypeError, OverflowError) as exc:
            if warnings is not None:
                warnings.append(_("an obligation of {id} was left out: {reason}").format(
                    id=o.agreement_id, reason=exc))
    for aid, name, period, due_on, first, last in gone:
        entry(aid, name, period, due_on, first, last, True,
              _("No longer owed: the agreement was terminated, renewed or its dates changed."))
    return entries


def _agreement_organizer(
    offices: list[OfficeInfo], signatory_id: str | None, directory: Directory
) -> Organizer | None:
    """Who a deadline comes from: the first office of the agreement with an e-mail, else its US
    signatory, else the shared `publishing.organizer_email`."""
    for office in offices:
        if (office.email or "").strip():
            return Organizer(office.display_name, (office.email or "").strip())
    signatory = directory.persons.get(signatory_id or "")
    if signatory is not None and signatory.email:
        return Organizer(signatory.name, signatory.email)
    fallback = directory.organizer_email
    return Organizer(fallback, fallback) if fallback else None


def _deadline_event(
    a: Any,
    kind: str,
    when: date,
    period: int,
    *,
    withdrawn: bool,
    day: date,
    stamp: datetime,
    updated_at: datetime,
    document: str | None,
    offices: list[OfficeInfo],
    consulates: list[ConsulateInfo],
    parties: str,
    agencies: dict[str, str],
    renewal_lead_days: int,
    alarm_days: tuple[int, ...],
    organizer: Organizer | None,
) -> VEvent:
    """One deadline of one agreement as an all-day VEVENT."""
    ev = VEvent()
    ev.add("UID", deadline_uid(a.id, kind))
    ev.add("DTSTAMP", stamp)
    ev.add("SEQUENCE", deadline_sequence(updated_at, period) + (1 if withdrawn else 0))
    ev.add("DTSTART", when)
    ev.add("DTEND", when + timedelta(days=1))
    what = _(_DEADLINE_KINDS[kind])
    summary = f"{what}: {a.id}"
    if withdrawn:
        summary = _("CANCELLED: {summary}").format(summary=summary)
    ev.add("SUMMARY", f"{summary} ({parties})" if parties else summary)
    lines = [
        _("{what} on {day}.").format(what=what, day=when.isoformat()),
        _("Agreement: {id} ({kind})").format(id=a.id, kind=a.kind),
    ]
    if offices:
        lines.append(_("Offices: {offices}").format(offices="; ".join(
            f"{o.display_name} ({agencies.get(o.agency_code, o.agency_code)})" for o in offices
        )))
    if consulates:
        lines.append(_("Consulates: {consulates}").format(
            consulates="; ".join(c.name("en") for c in consulates)))
    if a.effective_on:
        lines.append(_("In force from: {day}").format(day=a.effective_on.isoformat()))
    expires = a.expires_on.isoformat() if a.expires_on else _("no sunset date")
    lines.append(_("Expires: {day}").format(day=expires))
    if kind == "renewal-window":
        lines.append(_("The renewal window opens {days} days before expiry.").format(
            days=renewal_lead_days))
    if withdrawn and a.status is Status.SUPERSEDED:
        lines.insert(0, _("No longer applies: {id} was renewed by {successor}.").format(
            id=a.id, successor=a.renewed_by))
    elif withdrawn:
        lines.insert(0, _("No longer applies: {id} was terminated.").format(id=a.id))
    elif a.renewed_by:
        lines.append(_("Renewal in preparation: {id}").format(id=a.renewed_by))
    if document:
        lines.append(_("Document: {document}").format(document=document))
    ev.add("DESCRIPTION", "\n".join(lines))
    ev.add(
        "CATEGORIES",
        [_("Agreement deadline"), what, *sorted({o.agency_code for o in offices})],
    )
    if organizer is not None:
        ev.add("ORGANIZER", _address(organizer))
    ev.add("STATUS", "CANCELLED" if withdrawn else "CONFIRMED")
    ev.add("TRANSP", "TRANSPARENT")
    links = _links(document)
    if links:  # the link alone: a Document may hold text around it, even line breaks
        ev.add("URL", links[0])
    ev.add("LAST-MODIFIED", updated_at.astimezone(UTC))
    for days in () if withdrawn else sorted(alarm_days, reverse=True):
        if when - timedelta(days=days) < day:
            continue
        alarm = Alarm()
        alarm.add("ACTION", "DISPLAY")
        alarm.add("TRIGGER", timedelta(days=-days))
        alarm.add("DESCRIPTION", _("In {days} days: {summary}").format(days=days, summary=summary))
        ev.add_component(alarm)
    return ev


# --- serialising --------------------------------------------------------------------------------

FOLD_OCTETS = 75


def _fold(line: str) -> bytes:
    """One content line folded as RFC 5545 says: no physical line over 75 octets, a CRLF and a
    space before each continuation, never inside a UTF-8 character or a backslash escape.

    Same rules as icalendar's own folding, but on bytes: that per-character loop was a quarter
    of the time of a 1,000-event export.
    """
    raw = line.encode("utf-8")
    if len(raw) <= FOLD_OCTETS:
        return raw
    parts: list[bytes] = []
    start, limit = 0, FOLD_OCTETS
    while len(raw) - start > limit:
        end = start + limit
        while raw[end] & 0xC0 == 0x80:  # a continuation byte: back to the character's start
            end -= 1
        backslashes = 0
        while raw[end - 1 - backslashes] == 0x5C and end - 1 - backslashes > start:
            backslashes += 1
        if backslashes % 2:  # the chunk would end with the first half of an escape
            end -= 1
        parts.append(raw[start:end])
        start, limit = end, FOLD_OCTETS - 1  # the leading space counts
    parts.append(raw[start:])
    return b"\r\n ".join(parts)


def to_bytes(cal: Calendar) -> bytes:
    """The calendar as iCalendar bytes: icalendar's content lines (escaping), folded, CRLF."""
    return b"\r\n".join(_fold(line) for line in cal.content_lines() if line) + b"\r\n"


# --- files --------------------------------------------------------------------------------------


def write_calendar(path: str | Path, data: bytes) -> Path:
    """Write `data` to `path` atomically: written aside, then moved into place, so a subscriber
    or a failed export never sees half a file."""
    target = Path(path)
    try:
        return replace_with_bytes(target, data)
    except OSError as exc:
        raise InputError(
            Problem(str(target), f"cannot write the calendar: {exc.strerror or exc}"),
            "The calendar was not written",
        ) from None
