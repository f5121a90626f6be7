"""What calendars must still cancel: deleted events, removed assignments and shifts, and events
that left a consulate's or an office's calendar.

A calendar client keeps an imported entry until a file says it is cancelled: an event that simply
disappears from the next export stays in every liaison's Outlook forever. So the services that
delete or move things call in here inside their transaction, and every later export of a scope
the entry was in writes it once more, as STATUS:CANCELLED with its SEQUENCE raised (staff
invitations as METHOD:CANCEL). What is kept per entry is the snapshot last exported (its UID,
times and words), the scopes it was in and when it went.

Rules:
* An entry that comes back (an undone delete, an event returning to a consulate's calendar)
  stops being withdrawn there; a restored event continues above the cancelled SEQUENCE.
* An export writes an entry only where it is not live: the same UID is never written twice.
* Entries age out AGE_OUT_DAYS after their campaign ends: nobody needs a Labor Rights Week
  entry cancelled months after it; they are then left out of exports and purged.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from consularapp.models import Assignment, Campaign, Event, EventStatus, WithdrawnEntry
from consularapp.snapshots import (
    Snapshot,
    assignment_uid,
    event_scopes,
    event_uid,
    snapshots_in,
)
from consularapp.timeutil import now_utc

AGE_OUT_DAYS = 30
EVENT, ASSIGNMENT = "event", "assignment"


@dataclass(frozen=True)
class Withdrawn:
    """A withdrawn entry as calendars read it."""

    uid: str
    year: int
    event_id: str
    assignment_id: int | None
    person_id: str | None
    scopes: frozenset[str]
    snapshot: Snapshot
    withdrawn_at: datetime

    @property
    def kind(self) -> str:
        return ASSIGNMENT if self.person_id else EVENT


def _cancelled(snap: Snapshot, kind: str) -> Snapshot:
    gone = dict(snap)
    gone["status"] = EventStatus.CANCELLED.value
    gone["withdrawn"] = kind
    if kind == EVENT:
        gone["sequence"] = int(snap.get("sequence") or 0) + 1
        gone["assignments"] = []
    gone["updated_at"] = now_utc().isoformat()
    return gone


def _put(
    s: Session,
    uid: str,
    year: int,
    snap: Snapshot,
    scopes: Iterable[str],
    *,
    assignment_id: int | None = None,
    person_id: str | None = None,
) -> None:
    row = s.get(WithdrawnEntry, uid)
    if row is None:
        row = WithdrawnEntry(uid=uid, scopes=[])
        s.add(row)
    merged = sorted(set(row.scopes or []) | set(scopes))
    row.year, row.event_id, row.snapshot = year, snap["id"], snap
    row.assignment_id, row.person_id, row.scopes = assignment_id, person_id, merged
    row.withdrawn_at = now_utc()


def _assignment_entry(s: Session, year: int, snap: Snapshot, a: dict[str, Any]) -> None:
    raised = dict(a, sequence=int(a.get("sequence") or 0) + 1)
    gone = _cancelled(snap, ASSIGNMENT)
    gone["assignments"] = [raised]
    pid = a["person_id"]
    _put(s, assignment_uid(snap["id"], pid, assignment_id=a["id"]), year, gone,
         [f"person:{pid}"], assignment_id=a["id"], person_id=pid)


def _snapshot(s: Session, event_id: str) -> tuple[int, Snapshot] | None:
    event = s.get(Event, event_id)
    if event is None:
        return None
    s.flush()
    snaps = snapshots_in(s, event.year, [event_id])
    return (event.year, snaps[0]) if snaps else None


def withdraw_event(s: Session, event_id: str) -> None:
    """Before an event is deleted: its entry, and each of its assignments', are to be cancelled."""
    found = _snapshot(s, event_id)
    if found is None:
        return
    year, snap = found
    _put(s, event_uid(event_id), year, _cancelled(snap, EVENT), event_scopes(snap))
    for a in snap["assignments"]:
        _assignment_entry(s, year, snap, a)
    purge_aged(s)


def withdraw_assignment(s: Session, assignment_id: int) -> None:
    """Before an assignment is removed (or moved to another person or event): its entry in the
    person's calendar is to be cancelled."""
    a = s.get(Assignment, assignment_id)
    if a is None:
        return
    found = _snapshot(s, a.event_id)
    if found is None:
        return
    year, snap = found
    for entry in snap["assignments"]:
        if entry["id"] == assignment_id:
            _assignment_entry(s, year, snap, entry)
    purge_aged(s)


def withdraw_scopes(s: Session, event_id: str, scopes: Iterable[str]) -> None:
    """An event left some calendars (its host consulate or an office changed): cancel it there.

    Call before the change is written, with the scopes it leaves."""
    left = list(scopes)
    found = _snapshot(s, event_id) if left else None
    if found is None:
        return
    year, snap = found
    _put(s, event_uid(event_id), year, _cancelled(snap, EVENT), left)


def restore(s: Session, uid: str, scopes: Iterable[str] | None = None) -> int | None:
    """`uid` is live again (in `scopes`, or everywhere): stop cancelling it there.

    Returns the SEQUENCE the cancellation was sent with, so a restored event continues above it.
    """
    row = s.get(WithdrawnEntry, uid)
    if row is None:
        return None
    sequence = int((row.snapshot or {}).get("sequence") or 0)
    remaining = [] if scopes is None else sorted(set(row.scopes or []) - set(scopes))
    if remaining:
        row.scopes = remaining
    else:
        s.delete(row)
    return sequence


def _cutoff(today: date) -> date:
    return today - timedelta(days=AGE_OUT_DAYS)


def purge_aged(s: Session, today: date | None = None) -> None:
    """Drop the entries of campaigns that ended more than AGE_OUT_DAYS ago."""
    ended = select(Campaign.year).where(Campaign.ends_on < _cutoff(today or date.today()))
    s.execute(delete(WithdrawnEntry).where(WithdrawnEntry.year.in_(ended)))


def withdrawn_in(
    s: Session, year: int, *, today: date | None = None, before: datetime | None = None
) -> list[Withdrawn]:
    """The entries of `year` still to be cancelled (none once the campaign has aged out);
    `before` keeps only those withdrawn before a moment (a release's publication). One query."""
    campaign = s.get(Campaign, year)
    if campaign is None or campaign.ends_on < _cutoff(today or date.today()):
        return []
    stmt = select(WithdrawnEntry).where(WithdrawnEntry.year == year)
    if before is not None:
        stmt = stmt.where(WithdrawnEntry.withdrawn_at <= before)
    return [
        Withdrawn(
            uid=r.uid,
            year=r.year,
            event_id=r.event_id,
            assignment_id=r.assignment_id,
            person_id=r.person_id,
            scopes=frozenset(r.scopes or []),
            snapshot=r.snapshot,
            withdrawn_at=r.withdrawn_at,
        )
        for r in s.scalars(stmt.order_by(WithdrawnEntry.uid))
    ]
