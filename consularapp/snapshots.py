"""Events as calendars see them: the fields they share, listed once, and snapshots of them.

A *snapshot* is one event as plain JSON-safe values (instants as ISO 8601 UTC strings) with its
staff assignments. Calendars are built from snapshots only (the current schedule, a published
release, a withdrawn entry), so that what a partner was sent can always be written again.

`EVENT_FIELDS` is the one list of an event's fields with what each means to the others: the
exchange workbook's column, whether releases keep it, whether a change to it means the event
moved (the changelog's "moved") and whether it raises the calendar SEQUENCE. The editor
(events.py), publishing and the calendars read their field lists from it.

This module only reads; publishing.py records releases, withdrawn.py records what went.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from consularapp.db import Database
from consularapp.errors import InputError, NotFoundError, Problem
from consularapp.i18n import _
from consularapp.models import (
    Assignment,
    Campaign,
    Event,
    OccurrenceChange,
    Release,
    ReleaseEvent,
    event_office,
    event_partner,
)

Snapshot = dict[str, Any]
ReleaseRef = int | str  # a release number, or "latest"

EVENT_UID_DOMAIN = "consularapp.lrw"


@dataclass(frozen=True)
class EventField:
    """One field of an event and what it is to the editor, the workbook, releases and calendars."""

    name: str  # attribute of models.Event (office_ids: the offices taking part) and snapshot key
    column: str | None  # header in the exchange workbook's Events sheet (spec/workbook.md)
    kind: str = "text"  # text, instant, list, int, ids, dates
    stored: bool = True  # a plain column of the event table, set by the editor
    snapshot: bool = True  # kept in release snapshots (what calendars and the changelog see)
    moves: bool = False  # a change means the event is elsewhere or at another time
    sequenced: bool = False  # a change raises the event's calendar SEQUENCE


EVENT_FIELDS: tuple[EventField, ...] = (
    EventField("id", "Event ID", stored=False),
    EventField("year", "Year", "int", snapshot=False),
    EventField("title", "Title"),
    EventField("title_es", "Title (Spanish)"),
    EventField("format", "Format"),
    EventField("starts_at", "Starts", "instant", moves=True, sequenced=True),
    EventField("ends_at", "Ends", "instant", moves=True, sequenced=True),
    EventField("time_zone", "Time zone", moves=True, sequenced=True),
    EventField("venue", "Venue", moves=True, sequenced=True),
    EventField("address", "Address", moves=True, sequenced=True),
    EventField("host_consulate_id", "Host consulate ID"),
    EventField("office_ids", "Office IDs", "ids", stored=False),
    EventField("languages", "Languages", "list"),
    EventField("topics", "Topics", "list"),
    EventField("staff_needed", "Staff needed", "int", snapshot=False),
    EventField("languages_needed", "Languages needed", "list", snapshot=False),
    EventField("status", "Status", sequenced=True),
    EventField("notes", "Notes"),
    EventField("agreement_id", "Agreement ID"),
    EventField("partner_ids", "Partner IDs", "ids", stored=False),
    EventField("recurrence", "Recurrence", moves=True, sequenced=True),
    EventField("skipped_dates", "Skipped dates", "dates", stored=False, moves=True),
    EventField("sequence", None, "int", stored=False),
    EventField("created_at", None, "instant", stored=False),
    EventField("updated_at", None, "instant", stored=False),
)
FIELDS_BY_NAME = {f.name: f for f in EVENT_FIELDS}
# What the editor sets on the event row itself.
EDITED_FIELDS = tuple(f.name for f in EVENT_FIELDS if f.stored)
# What calendar clients must be told about: a change to any of these raises `sequence`.
SEQUENCE_FIELDS = tuple(f.name for f in EVENT_FIELDS if f.sequenced)
# Fields whose change means the event is somewhere else or at another time ("moved").
PLACE_AND_TIME = tuple(f.name for f in EVENT_FIELDS if f.moves)
# Bookkeeping that differs without the event having changed for anyone reading a calendar.
NOT_COMPARED = frozenset({"created_at", "updated_at"})
_COLUMNS = tuple(f for f in EVENT_FIELDS if (f.snapshot and f.stored) or f.name in (
    "id", "sequence", "created_at", "updated_at"))


def iso(value: datetime | None) -> str | None:
    return None if value is None else value.astimezone(UTC).isoformat()


def parse_instant(text: str) -> datetime:
    """An ISO instant from a snapshot, as an aware UTC datetime."""
    return datetime.fromisoformat(text).astimezone(UTC)


def _value(f: EventField, value: Any) -> Any:
    if f.kind == "instant":
        return iso(value)
    if f.kind == "list":
        return list(value or [])
    if f.kind == "int":
        return value or 0
    return value


def require_campaign(s: Session, year: int) -> Campaign:
    campaign = s.get(Campaign, year)
    if campaign is None:
        raise NotFoundError(_("Labor Rights Week"), str(year))
    return campaign


def snapshots_in(s: Session, year: int | None, event_ids: Iterable[str] | None = None
                 ) -> list[Snapshot]:
    """Every event of `year` (None: of every year and none; or only `event_ids`) as it stands
    now, sorted by start; five queries."""
    conditions: list[Any] = [] if year is None else [Event.year == year]
    if event_ids is not None:
        conditions.append(Event.id.in_(sorted(set(event_ids))))
    return _snapshots(s, conditions)


def in_range(start: datetime, end: datetime) -> Any:
    """The condition of events with an occurrence between `start` and `end` (UTC): one-off
    events that overlap, and series that begin before the end and last past the start."""
    return or_(
        and_(Event.recurrence.is_(None), Event.starts_at < end, Event.ends_at > start),
        and_(Event.recurrence.is_not(None), Event.starts_at < end,
             or_(Event.last_ends_at.is_(None), Event.last_ends_at > start)),
    )


def snapshots_between(s: Session, start: datetime, end: datetime) -> list[Snapshot]:
    """Every event, Labor Rights Week and year-round alike, with an occurrence between `start`
    and `end` (a series whole, once), sorted by start; five queries."""
    return _snapshots(s, [in_range(start, end)])


def _snapshots(s: Session, conditions: list[Any]) -> list[Snapshot]:
    in_scope = select(Event.id).where(*conditions)
    links: dict[str, dict[str, list[str]]] = {"office_ids": defaultdict(list),
                                              "partner_ids": defaultdict(list)}
    for table, column, name in ((event_office, event_office.c.office_id, "office_ids"),
                                (event_partner, event_partner.c.partner_id, "partner_ids")):
        for eid, oid in s.execute(
            select(table.c.event_id, column)
            .where(table.c.event_id.in_(in_scope))
            .order_by(column)
        ):
            links[name][eid].append(oid)
    skipped: dict[str, list[str]] = defaultdict(list)
    moved: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for c in s.execute(
        select(OccurrenceChange.event_id, OccurrenceChange.occurs_on, OccurrenceChange.cancelled,
               OccurrenceChange.starts_at, OccurrenceChange.ends_at)
        .where(OccurrenceChange.event_id.in_(in_scope))
        .order_by(OccurrenceChange.occurs_on)
    ):
        if c.cancelled:
            skipped[c.event_id].append(c.occurs_on.isoformat())
        elif c.starts_at is not None and c.ends_at is not None:
            moved[c.event_id].append({"occurs_on": c.occurs_on.isoformat(),
                                      "starts_at": iso(c.starts_at), "ends_at": iso(c.ends_at)})
    staff: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for a in s.execute(
        select(
            Assignment.id,
            Assignment.event_id,
            Assignment.person_id,
            Assignment.role,
            Assignment.starts_at,
            Assignment.ends_at,
            Assignment.sequence,
            Assignment.occurrence,
        )
        .where(Assignment.event_id.in_(in_scope))
        .order_by(Assignment.person_id, Assignment.starts_at, Assignment.id)
    ):
        entry: dict[str, Any] = {
            "id": a.id,
            "person_id": a.person_id,
            "role": a.role,
            "starts_at": iso(a.starts_at),
            "ends_at": iso(a.ends_at),
            "sequence": a.sequence or 0,
        }
        if a.occurrence is not None:
            entry["occurrence"] = a.occurrence.isoformat()
        staff[a.event_id].append(entry)
    rows = s.execute(
        select(*(getattr(Event, f.name) for f in _COLUMNS))
        .where(*conditions)
        .order_by(Event.starts_at, Event.id)
    ).all()
    result = []
    for r in rows:
        snap: Snapshot = {}
        for f in EVENT_FIELDS:
            if not f.snapshot:
                continue
            if f.kind == "ids":
                snap[f.name] = links[f.name].get(r.id, [])
            elif f.kind == "dates":
                snap[f.name] = skipped.get(r.id, [])
            else:
                snap[f.name] = _value(f, getattr(r, f.name))
        if r.recurrence:
            snap["moved"] = moved.get(r.id, [])
        snap["assignments"] = staff.get(r.id, [])
        result.append(snap)
    return result


def current_snapshots(db: Database, year: int) -> list[Snapshot]:
    """The current (draft) schedule of `year` in snapshot form; NotFoundError without campaign."""
    with db.session() as s:
        require_campaign(s, year)
        return snapshots_in(s, year)


def sort_snapshots(snaps: Iterable[Snapshot]) -> list[Snapshot]:
    return sorted(snaps, key=lambda e: (e["starts_at"], e["id"]))


# --- identity -----------------------------------------------------------------------------------


def event_uid(event_id: str) -> str:
    """An event's calendar UID: from its stable ID only, the same in every scope and language."""
    return f"{event_id}@{EVENT_UID_DOMAIN}"


def assignment_uid(
    event_id: str, person_id: str, ordinal: int = 1, assignment_id: int | None = None
) -> str:
    """A person's shift: `{event}/{person}/a{assignment id}@...`, stable for the assignment's
    life (adding or moving another shift changes nothing). Releases recorded before assignments
    carried their ID fall back to the start-time order."""
    if assignment_id is not None:
        return f"{event_id}/{person_id}/a{assignment_id}@{EVENT_UID_DOMAIN}"
    suffix = "" if ordinal <= 1 else f"/{ordinal}"
    return f"{event_id}/{person_id}{suffix}@{EVENT_UID_DOMAIN}"


def event_scopes(snap: Snapshot) -> list[str]:
    """The calendars an event is in: the whole campaign, its host's, each office's."""
    scopes = ["all"]
    if snap.get("host_consulate_id"):
        scopes.append(f"consulate:{snap['host_consulate_id']}")
    scopes += [f"office:{oid}" for oid in snap.get("office_ids", [])]
    return scopes


# --- releases (recorded by publishing.py) -------------------------------------------------------


@dataclass(frozen=True)
class ReleaseInfo:
    """One recorded release; `files` are the calendars written to the publish folder, if any."""

    year: int
    number: int
    published_at: datetime
    published_by: str | None
    event_count: int
    changelog: list[dict[str, Any]] = field(default_factory=list)
    files: tuple[Path, ...] = ()


def release_row(s: Session, year: int, ref: ReleaseRef) -> Release:
    require_campaign(s, year)
    query = select(Release).where(Release.year == year)
    if ref == "latest":
        row = s.scalars(query.order_by(Release.number.desc()).limit(1)).first()
    else:
        try:
            number = int(ref)
        except (TypeError, ValueError):
            raise InputError(
                Problem(_("Release"), _("{ref!r} is not a release number or 'latest'").format(
                    ref=ref))
            ) from None
        row = s.scalars(query.where(Release.number == number)).first()
    if row is None:
        raise NotFoundError(
            _("published release of Labor Rights Week {year}").format(year=year), str(ref))
    return row


def latest_release(s: Session, year: int) -> Release | None:
    return s.scalars(
        select(Release).where(Release.year == year).order_by(Release.number.desc()).limit(1)
    ).first()


def release_snapshots(s: Session, release: Release | None) -> list[Snapshot]:
    if release is None:
        return []
    query = select(ReleaseEvent.snapshot).where(ReleaseEvent.release_id == release.id)
    return list(s.scalars(query))


def release_info(row: Release, event_count: int, files: tuple[Path, ...] = ()) -> ReleaseInfo:
    return ReleaseInfo(
        year=row.year,
        number=row.number,
        published_at=row.published_at,
        published_by=row.published_by,
        event_count=event_count,
        changelog=list(row.changelog or []),
        files=files,
    )


def release_events(db: Database, year: int, number: ReleaseRef = "latest") -> list[Snapshot]:
    """The events of a release exactly as published (snapshots), sorted by start."""
    return release_with_events(db, year, number)[1]


def release_with_events(
    db: Database, year: int, number: ReleaseRef = "latest"
) -> tuple[ReleaseInfo, list[Snapshot]]:
    """A release and its snapshots; NotFoundError for an unknown year or release."""
    with db.session() as s:
        row = release_row(s, year, number)
        snaps = release_snapshots(s, row)
        return release_info(row, len(snaps)), sort_snapshots(snaps)


def list_releases(db: Database, year: int) -> list[ReleaseInfo]:
    """Every release of `year`, first to latest. Two queries."""
    with db.session() as s:
        require_campaign(s, year)
        counts = dict(
            s.execute(
                select(ReleaseEvent.release_id, func.count())
                .join(Release, Release.id == ReleaseEvent.release_id)
                .where(Release.year == year)
                .group_by(ReleaseEvent.release_id)
            ).all()
        )
        rows = s.scalars(select(Release).where(Release.year == year).order_by(Release.number))
        return [release_info(r, counts.get(r.id, 0)) for r in rows]
