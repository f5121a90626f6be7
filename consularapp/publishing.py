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
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from consularapp import calendars
from consularapp.changes import RELEASE, Change
from consularapp.db import Database
from consularapp.errors import InputError, Problem
from consularapp.files import part_path
from consularapp.i18n import _, ngettext
from consularapp.models import EventStatus, Release, ReleaseEvent
from consularapp.snapshots import (
    NOT_COMPARED,
    PLACE_AND_TIME,
    ReleaseInfo,
    ReleaseRef,
    Snapshot,
    current_snapshots,
    latest_release,
    list_releases,
    parse_instant,
    release_events,
    release_info,
    release_snapshots,
    release_with_events,
    require_campaign,
    snapshots_in,
)
from consularapp.timeutil import now_utc, utc_to_local
from consularapp.withdrawn import withdrawn_in
from consularapp.writes import write

__all__ = [  # the read side lives in snapshots.py; these names stay importable from here
    "CHANGE_KINDS",
    "PLACE_AND_TIME",
    "PublishChange",
    "ReleaseInfo",
    "ReleaseRef",
    "Snapshot",
    "changes_calendar",
    "compare",
    "current_snapshots",
    "folder_file_name",
    "list_releases",
    "parse_instant",
    "pending_changes",
    "publish",
    "publish_folder",
    "release_events",
    "release_with_events",
    "require_campaign",
    "snapshots_in",
]

CHANGE_KINDS = ("added", "moved", "cancelled", "updated", "removed")


@dataclass
class PublishChange(Change):
    """What publishing changed (a release created), with the release itself for the window and
    the command line: its number, its changelog and the calendars written to the publish
    folder. As Anki's OpChangesWithId: a Change that carries what the caller shows."""

    release: ReleaseInfo | None = None
    files: tuple[Path, ...] = field(default_factory=tuple)
    warnings: list[str] = field(default_factory=list)  # entries left out of the calendars


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
                if k not in NOT_COMPARED and before[k] != after[k]
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
                    "title_es": shown.get("title_es") or "",
                    "what": what,
                    "fields": fields,
                    "before": None if before is None else _when(before),
                    "after": None if after is None else _when(after),
                },
            )
        )
    entries.sort(key=lambda t: (t[0], t[1]))
    return [e for _, _, e in entries]


def _latest_and_previous(s: Session, year: int) -> tuple[Release | None, list[Snapshot]]:
    latest = latest_release(s, year)
    return latest, release_snapshots(s, latest)


def pending_changes(db: Database, year: int) -> tuple[int | None, list[dict[str, Any]]]:
    """(latest release number or None, changes of the current schedule since that release).

    Without any release, every event counts as added.
    """
    with db.session() as s:
        require_campaign(s, year)
        current = snapshots_in(s, year)
        latest, previous = _latest_and_previous(s, year)
        return (latest.number if latest else None), compare(previous, current)


def changes_calendar(
    db: Database,
    year: int,
    *,
    consulate_id: str | None = None,
    office_id: str | None = None,
    language: str = "en",
    stamp: datetime | None = None,
    warnings: list[str] | None = None,
) -> bytes:
    """A calendar of only what changed since the latest release, for liaisons who import files.

    Events added, moved, cancelled or updated appear in their current version. Events removed
    from the schedule appear as cancelled (as withdrawn.py recorded them, else their last
    published version with SEQUENCE one higher), so that importing the file takes them out of
    the liaison's calendar too; so do events that left this consulate's or office's calendar
    since. Changes to staffing only are left out: partners' calendars do not show staff. Before
    the first release, every event is a change.
    """
    with db.session() as s:
        require_campaign(s, year)
        current = snapshots_in(s, year)
        latest, previous = _latest_and_previous(s, year)
        gone = withdrawn_in(s, year)
    if latest is not None:
        gone = [w for w in gone if w.withdrawn_at > latest.published_at]
    recorded = {w.event_id: w.snapshot for w in gone if w.kind == "event"}
    by_id = {e["id"]: e for e in current}
    old = {e["id"]: e for e in previous}
    chosen: list[Snapshot] = []
    for entry in compare(previous, current):
        eid = entry["event_id"]
        if entry["what"] == "removed":
            snap = recorded.get(eid)
            if snap is None:
                snap = dict(old[eid])
                snap["status"] = EventStatus.CANCELLED.value
                snap["sequence"] = int(snap.get("sequence") or 0) + 1
            chosen.append(snap)
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
        withdrawn=[w for w in gone if w.event_id in by_id],  # left this scope, still live
        warnings=warnings,
    )


# --- publishing ---------------------------------------------------------------------------------


def publish_folder(db: Database) -> Path | None:
    from consularapp.settings import PUBLISH_FOLDER, get_setting

    folder = get_setting(db, PUBLISH_FOLDER)
    return Path(folder).expanduser() if folder else None


def publish(db: Database, year: int, by: str | None = None) -> PublishChange:
    """Record the current schedule of `year` as its next release (and write the publish folder).

    Returns the Change (the release created, under RELEASE as "{year}/{number}") with the
    release and the files written. Refused with InputError when nothing changed since the latest
    release, or when the campaign has no events. NotFoundError when there is no campaign.
    """
    folder = publish_folder(db)
    staged: list[tuple[Path, Path]] = []
    warnings: list[str] = []
    try:
        with write(db, user=(by or "").strip() or None, exclusive=True) as w:
            s = w.session
            require_campaign(s, year)
            current = snapshots_in(s, year)
            latest, previous = _latest_and_previous(s, year)
            changelog = compare(previous, current)
            if latest is None and not current:
                raise InputError(
                    Problem("", _("Labor Rights Week {year} has no events to publish").format(
                        year=year)),
                    _("Nothing to publish"),
                )
            if latest is not None and not changelog:
                raise InputError(
                    Problem("", _("nothing changed since release {number}").format(
                        number=latest.number)),
                    _("Nothing to publish"),
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
                    s, folder, year, current, previous, (release.number, release.published_at),
                    warnings,
                )
            info = release_info(release, len(current))
    except BaseException:
        for tmp, _final in staged:
            tmp.unlink(missing_ok=True)
        raise
    files = []
    for tmp, final in staged:
        os.replace(tmp, final)
        files.append(final)
    change = PublishChange(release=info, files=tuple(files), warnings=warnings)
    change.merge(w.change)
    return change


def publish_summary(change: PublishChange) -> str:
    """'Published release 2 of Labor Rights Week 2027: 14 events; 1 moved, 1 removed'."""
    info = change.release
    assert info is not None
    counts: dict[str, int] = {}
    for entry in info.changelog:
        counts[entry["what"]] = counts.get(entry["what"], 0) + 1
    changes = ", ".join(f"{n} {what}" for what, n in counts.items()) or _("no changes")
    events = ngettext("{n} event", "{n} events", info.event_count).format(n=info.event_count)
    return _("Published release {number} of Labor Rights Week {year}: {events}; {changes}").format(
        number=info.number, year=info.year, events=events, changes=changes)


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
    warnings: list[str],
) -> list[tuple[Path, Path]]:
    """Build every published calendar (for subscription: REFRESH-INTERVAL, withdrawn entries
    cancelled) and write each beside its final name (moved there once the release is saved)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(
            Problem(_("Publish folder"), _("cannot create {folder}: {reason}").format(
                folder=folder, reason=exc.strerror or exc)),
            _("The schedule was not published"),
        ) from None
    directory = calendars.load_directory(s)
    gone = withdrawn_in(s, year)
    consulates = {e["host_consulate_id"] for e in [*current, *previous] if e["host_consulate_id"]}
    offices = {oid for e in [*current, *previous] for oid in e["office_ids"]}
    for w in gone:  # a partner whose only event went still gets its file, with the cancellation
        for scope in w.scopes:
            kind, _sep, record_id = scope.partition(":")
            if kind == "consulate":
                consulates.add(record_id)
            elif kind == "office":
                offices.add(record_id)
    scopes: list[tuple[str | None, str | None]] = [(None, None)]
    scopes += [("consulate", cid) for cid in sorted(consulates)]
    scopes += [("office", oid) for oid in sorted(offices)]
    stamp = now_utc()
    staged: list[tuple[Path, Path]] = []
    seen: set[str] = set()
    try:
        for kind, record_id in scopes:
            for language in calendars.LANGUAGES:
                found: list[str] = []
                data = calendars.build_calendar(
                    current,
                    directory,
                    year=year,
                    consulate_id=record_id if kind == "consulate" else None,
                    office_id=record_id if kind == "office" else None,
                    language=language,
                    stamp=stamp,
                    release=release,
                    withdrawn=gone,
                    refresh=True,
                    warnings=found,
                )
                warnings += [w for w in found if w not in seen]
                seen.update(found)
                final = folder / folder_file_name(year, kind, record_id, language)
                part = part_path(final)
                staged.append((part, final))
                part.write_bytes(data)
    except OSError as exc:
        for tmp, _final in staged:
            tmp.unlink(missing_ok=True)
        raise InputError(
            Problem(_("Publish folder"), _("cannot write to {folder}: {reason}").format(
                folder=folder, reason=exc.strerror or exc)),
            _("The schedule was not published"),
        ) from None
    return staged
