"""Draft and published schedules of a Labor Rights Week.

Partners are sent *releases*: numbered (1, 2, ... per year) snapshots of every event of the
campaign, so that what a consulate was told stays on record whatever is edited later, and so that
each release can say what changed since the one before. Coordinators keep editing the current
schedule (the draft); `publish` records it as the next release.

Decisions:

* A snapshot holds every calendar-relevant field of an event as JSON-safe values (instants as ISO
  8601 UTC strings), plus its staff assignments (role and shift), so that any calendar -- a
  consulate's, an office's or a person's -- can be rebuilt from a release alone.
* The changelog compares the new snapshot with the previous release's, event by event. Each change
  is one kind, the most important that applies: ``added``, ``removed``, ``cancelled`` (status
  became cancelled), ``moved`` (start, end, time zone, venue or address changed: the same fields
  that raise an event's SEQUENCE), ``updated`` (anything else: titles, offices, languages, staff,
  a cancelled event reinstated...). ``fields`` lists what differs.
* Publishing when nothing changed since the last release is refused (InputError "nothing changed
  since release N"): a release is something partners are sent, and an identical one would only
  make them wonder what changed. Publishing a campaign without events is refused too.
* With the shared setting ``publishing.folder`` set, `publish` also writes one .ics per consulate
  (events it hosts) and per office (events it takes part in), in English and Spanish, plus the
  whole campaign, under stable names (``lrw-2027-consulate-MX-PHOENIX.ics``,
  ``lrw-2027-consulate-MX-PHOENIX-es.ics``, ``lrw-2027-office-WHD-PHOENIX.ics``,
  ``lrw-2027.ics``), so a web server or a shared folder can offer them as subscriptions. A partner
  that had events in the previous release but none now still gets its file (with no events), so
  subscribers see the events go. Files are written aside first and moved into place only once
  the release is committed: a subscriber never reads half a file, and a folder that cannot be
  written to leaves no release recorded.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from consularapp.changes import RELEASE
from consularapp.db import Database
from consularapp.errors import InputError, NotFoundError, Problem
from consularapp.files import part_path
from consularapp.models import (
    Assignment,
    Campaign,
    Event,
    EventStatus,
    Release,
    ReleaseEvent,
    event_office,
)
from consularapp.timeutil import now_utc, utc_to_local
from consularapp.writes import write

Snapshot = dict[str, Any]
ReleaseRef = int | str  # a release number, or "latest"

# Fields whose change means the event is somewhere else or at another time ("moved").
PLACE_AND_TIME = ("starts_at", "ends_at", "time_zone", "venue", "address")
# Bookkeeping that differs without the event having changed for anyone reading a calendar.
_NOT_COMPARED = frozenset({"created_at", "updated_at"})
CHANGE_KINDS = ("added", "moved", "cancelled", "updated", "removed")


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


# --- snapshots ----------------------------------------------------------------------------------


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.astimezone(UTC).isoformat()


def parse_instant(text: str) -> datetime:
    """An ISO instant from a snapshot, as an aware UTC datetime."""
    return datetime.fromisoformat(text).astimezone(UTC)


def require_campaign(s: Session, year: int) -> Campaign:
    campaign = s.get(Campaign, year)
    if campaign is None:
        raise NotFoundError("Labor Rights Week", str(year))
    return campaign


def snapshots_in(s: Session, year: int) -> list[Snapshot]:
    """Every event of `year` as it stands now, as JSON-safe dicts sorted by start. Three queries."""
    in_year = select(Event.id).where(Event.year == year)
    offices: dict[str, list[str]] = defaultdict(list)
    for eid, oid in s.execute(
        select(event_office.c.event_id, event_office.c.office_id)
        .where(event_office.c.event_id.in_(in_year))
        .order_by(event_office.c.office_id)
    ):
        offices[eid].append(oid)
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
        )
        .where(Assignment.event_id.in_(in_year))
        .order_by(Assignment.person_id, Assignment.starts_at, Assignment.id)
    ):
        staff[a.event_id].append(
            {
                "id": a.id,
                "person_id": a.person_id,
                "role": a.role,
                "starts_at": _iso(a.starts_at),
                "ends_at": _iso(a.ends_at),
                "sequence": a.sequence or 0,
            }
        )
    rows = s.execute(
        select(
            Event.id,
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
            Event.status,
            Event.notes,
            Event.sequence,
            Event.created_at,
            Event.updated_at,
        )
        .where(Event.year == year)
        .order_by(Event.starts_at, Event.id)
    ).all()
    return [
        {
            "id": r.id,
            "title": r.title,
            "title_es": r.title_es,
            "format": r.format,
            "starts_at": _iso(r.starts_at),
            "ends_at": _iso(r.ends_at),
            "time_zone": r.time_zone,
            "venue": r.venue,
            "address": r.address,
            "host_consulate_id": r.host_consulate_id,
            "office_ids": offices.get(r.id, []),
            "languages": list(r.languages or []),
            "topics": list(r.topics or []),
            "status": r.status,
            "notes": r.notes,
            "sequence": r.sequence or 0,
            "created_at": _iso(r.created_at),
            "updated_at": _iso(r.updated_at),
            "assignments": staff.get(r.id, []),
        }
        for r in rows
    ]


def current_snapshots(db: Database, year: int) -> list[Snapshot]:
    """The current (draft) schedule of `year` in snapshot form; NotFoundError without campaign."""
    with db.session() as s:
        require_campaign(s, year)
        return snapshots_in(s, year)


def _sort(snaps: Iterable[Snapshot]) -> list[Snapshot]:
    return sorted(snaps, key=lambda e: (e["starts_at"], e["id"]))


def _release_row(s: Session, year: int, ref: ReleaseRef) -> Release:
    require_campaign(s, year)
    query = select(Release).where(Release.year == year)
    if ref == "latest":
        row = s.scalars(query.order_by(Release.number.desc()).limit(1)).first()
    else:
        try:
            number = int(ref)
        except (TypeError, ValueError):
            raise InputError(
                Problem("Release", f"{ref!r} is not a release number or 'latest'")
            ) from None
        row = s.scalars(query.where(Release.number == number)).first()
    if row is None:
        raise NotFoundError(f"published release of Labor Rights Week {year}", str(ref))
    return row


def _info(row: Release, event_count: int, files: tuple[Path, ...] = ()) -> ReleaseInfo:
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
        row = _release_row(s, year, number)
        snaps = list(
            s.scalars(select(ReleaseEvent.snapshot).where(ReleaseEvent.release_id == row.id))
        )
        return _info(row, len(snaps)), _sort(snaps)


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
        return [_info(r, counts.get(r.id, 0)) for r in rows]


# --- changes ------------------------------------------------------------------------------------


def _when(snap: Snapshot) -> dict[str, Any]:
    """Where and when an event is, in its local time, for a changelog entry."""
    zone = snap["time_zone"]
    return {
        "starts": utc_to_local(parse_instant(snap["starts_at"]), zone).isoformat(
            timespec="minutes"
        ),
        "ends": utc_to_local(parse_instant(snap["ends_at"]), zone).isoformat(timespec="minutes"),
        "time_zone": zone,
        "venue": snap["venue"],
        "status": snap["status"],
    }


def compare(previous: Iterable[Snapshot], current: Iterable[Snapshot]) -> list[dict[str, Any]]:
    """What changed from `previous` to `current`, one entry per event that differs.

    Entry: event_id, title, what (one of CHANGE_KINDS), fields (names that differ), before and
    after (local start/end with offset, zone, venue, status; None when absent).
    """
    old = {e["id"]: e for e in previous}
    new = {e["id"]: e for e in current}
    entries: list[tuple[str, str, dict[str, Any]]] = []
    for eid in old.keys() | new.keys():
        before, after = old.get(eid), new.get(eid)
        if before is None:
            assert after is not None
            what, fields = "added", []
        elif after is None:
            what, fields = "removed", []
        else:
            # Keys only one side has come from a newer app version's snapshot: not a change.
            fields = sorted(
                k
                for k in before.keys() & after.keys()
                if k not in _NOT_COMPARED and before[k] != after[k]
            )
            if not fields:
                continue
            if (
                after["status"] == EventStatus.CANCELLED
                and before["status"] != EventStatus.CANCELLED
            ):
                what = "cancelled"
            elif any(f in PLACE_AND_TIME for f in fields):
                what = "moved"
            else:
                what = "updated"
        shown = after or before
        assert shown is not None
        entries.append(
            (
                shown["starts_at"],
                eid,
                {
                    "event_id": eid,
                    "title": shown["title"],
                    "what": what,
                    "fields": fields,
                    "before": None if before is None else _when(before),
                    "after": None if after is None else _when(after),
                },
            )
        )
    entries.sort(key=lambda t: (t[0], t[1]))
    return [e for _, _, e in entries]


def pending_changes(db: Database, year: int) -> tuple[int | None, list[dict[str, Any]]]:
    """(latest release number or None, changes of the current schedule since that release).

    Without any release, every event counts as added.
    """
    with db.session() as s:
        require_campaign(s, year)
        current = snapshots_in(s, year)
        latest = s.scalars(
            select(Release).where(Release.year == year).order_by(Release.number.desc()).limit(1)
        ).first()
        if latest is None:
            return None, compare([], current)
        previous = s.scalars(
            select(ReleaseEvent.snapshot).where(ReleaseEvent.release_id == latest.id)
        )
        return latest.number, compare(previous, current)


def changes_calendar(
    db: Database,
    year: int,
    *,
    consulate_id: str | None = None,
    office_id: str | None = None,
    language: str = "en",
    stamp: datetime | None = None,
) -> bytes:
    """A calendar of only what changed since the latest release, for liaisons who import files.

    Events added, moved, cancelled or updated appear in their current version. Events removed
    from the schedule appear as cancelled (their last published version, SEQUENCE one higher),
    so that importing the file takes them out of the liaison's calendar too. Changes to staffing
    only are left out: partners' calendars do not show staff. Before the first release, every
    event is a change.
    """
    from consularapp import calendars

    with db.session() as s:
        require_campaign(s, year)
        current = snapshots_in(s, year)
        latest = s.scalars(
            select(Release).where(Release.year == year).order_by(Release.number.desc()).limit(1)
        ).first()
        previous: list[Snapshot] = []
        if latest is not None:
            previous = list(
                s.scalars(select(ReleaseEvent.snapshot).where(ReleaseEvent.release_id == latest.id))
            )
    by_id = {e["id"]: e for e in current}
    old = {e["id"]: e for e in previous}
    chosen: list[Snapshot] = []
    for entry in compare(previous, current):
        eid = entry["event_id"]
        if entry["what"] == "removed":
            gone = dict(old[eid])
            gone["status"] = EventStatus.CANCELLED.value
            gone["sequence"] = int(gone.get("sequence") or 0) + 1
            chosen.append(gone)
        elif entry["what"] != "updated" or set(entry["fields"]) - {"assignments"}:
            chosen.append(by_id[eid])
    return calendars.build_from_snapshots(
        db,
        year,
        chosen,
        consulate_id=consulate_id,
        office_id=office_id,
        language=language,
        stamp=stamp,
        changes_since=latest.number if latest is not None else 0,
    )


# --- publishing ---------------------------------------------------------------------------------


def publish_folder(db: Database) -> Path | None:
    from consularapp.settings import PUBLISH_FOLDER, get_setting

    folder = get_setting(db, PUBLISH_FOLDER)
    return Path(folder).expanduser() if folder else None


def publish(db: Database, year: int, by: str | None = None) -> ReleaseInfo:
    """Record the current schedule of `year` as its next release (and write the publish folder).

    Refused with InputError when nothing changed since the latest release, or when the campaign
    has no events. NotFoundError when there is no campaign for `year`.
    """
    folder = publish_folder(db)
    staged: list[tuple[Path, Path]] = []
    try:
        with write(db, user=(by or "").strip() or None) as w:
            s = w.session
            require_campaign(s, year)
            current = snapshots_in(s, year)
            latest = s.scalars(
                select(Release)
                .where(Release.year == year)
                .order_by(Release.number.desc())
                .limit(1)
            ).first()
            previous: list[Snapshot] = []
            if latest is not None:
                previous = list(
                    s.scalars(
                        select(ReleaseEvent.snapshot).where(ReleaseEvent.release_id == latest.id)
                    )
                )
            changelog = compare(previous, current)
            if latest is None and not current:
                raise InputError(
                    Problem("", f"Labor Rights Week {year} has no events to publish"),
                    "Nothing to publish",
                )
            if latest is not None and not changelog:
                raise InputError(
                    Problem("", f"nothing changed since release {latest.number}"),
                    "Nothing to publish",
                )
            release = Release(
                year=year,
                number=(latest.number + 1) if latest is not None else 1,
                published_at=now_utc(),
                published_by=(by or "").strip() or None,
                changelog=changelog,
            )
            s.add(release)
            s.flush()
            s.add_all(
                ReleaseEvent(release_id=release.id, event_id=snap["id"], snapshot=snap)
                for snap in current
            )
            w.created(RELEASE, f"{year}/{release.number}")
            if folder is not None:
                staged = _stage_folder(
                    s, folder, year, current, previous, (release.number, release.published_at)
                )
            info = _info(release, len(current))
    except BaseException:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
        raise
    files = []
    for tmp, final in staged:
        os.replace(tmp, final)
        files.append(final)
    return replace(info, files=tuple(files))


def folder_file_name(year: int, kind: str | None, record_id: str | None, language: str) -> str:
    """Stable name of a published calendar: lrw-2027.ics, lrw-2027-consulate-MX-PHOENIX-es.ics."""
    scope = f"-{kind}-{record_id}" if kind and record_id else ""
    suffix = "" if language == "en" else f"-{language}"
    return f"lrw-{year}{scope}{suffix}.ics"


def _stage_folder(
    s: Session,
    folder: Path,
    year: int,
    current: list[Snapshot],
    previous: list[Snapshot],
    release: tuple[int, datetime],
) -> list[tuple[Path, Path]]:
    """Build every published calendar and write each beside its final name (moved later)."""
    from consularapp import calendars

    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(
            Problem("Publish folder", f"cannot create {folder}: {exc.strerror or exc}"),
            "The schedule was not published",
        ) from None
    directory = calendars.load_directory(s)
    consulates = {e["host_consulate_id"] for e in [*current, *previous] if e["host_consulate_id"]}
    offices = {oid for e in [*current, *previous] for oid in e["office_ids"]}
    scopes: list[tuple[str | None, str | None]] = [(None, None)]
    scopes += [("consulate", cid) for cid in sorted(consulates)]
    scopes += [("office", oid) for oid in sorted(offices)]
    stamp = now_utc()
    staged: list[tuple[Path, Path]] = []
    try:
        for kind, record_id in scopes:
            for language in calendars.LANGUAGES:
                data = calendars.build_calendar(
                    current,
                    directory,
                    year=year,
                    consulate_id=record_id if kind == "consulate" else None,
                    office_id=record_id if kind == "office" else None,
                    language=language,
                    stamp=stamp,
                    release=release,
                )
                final = folder / folder_file_name(year, kind, record_id, language)
                part = part_path(final)
                staged.append((part, final))
                part.write_bytes(data)
    except OSError as exc:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
        raise InputError(
            Problem("Publish folder", f"cannot write to {folder}: {exc.strerror or exc}"),
            "The schedule was not published",
        ) from None
    return staged

