"""Labor Rights Week campaigns: one per year, past editions as history, "copy last year".

Past editions (2009 onwards) come from the reference data with their source; the user's own
campaigns sit beside them. Copying a campaign moves each event to the same weekday and the same
LOCAL time of the new week at its own venue: 09:00 Monday in Phoenix stays 09:00 Monday in
Phoenix whatever daylight saving time does elsewhere.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from consularapp import bounds
from consularapp.changes import ASSIGNMENT, CAMPAIGN, CREATED, EVENT, Change
from consularapp.db import Database
from consularapp.errors import InputError, InUseError, NotFoundError, Problem
from consularapp.events import local_day, naive_local, weekday_name
from consularapp.i18n import N_, _
from consularapp.known import Known
from consularapp.models import (
    ID_LENGTH,
    Assignment,
    Campaign,
    DeletedReference,
    Event,
    EventStatus,
    Membership,
    Person,
    event_office,
)
from consularapp.timeutil import local_to_utc, lrw_default_week
from consularapp.validation import (
    Checker,
    Verdict,
    check_date,
    check_text,
    check_whole,
    optional_text,
)
from consularapp.writes import write

MIN_YEAR, MAX_YEAR = bounds.YEARS.minimum, bounds.YEARS.maximum  # the dialogs read these


@dataclass(frozen=True)
class CampaignRow:
    """A campaign for the list of editions; reference ones say where their facts come from."""

    year: int
    starts_on: date
    ends_on: date
    theme_en: str
    theme_es: str
    edition: int | None
    scale: str
    source: str
    confidence: str
    edited: bool
    event_count: int
    cancelled_count: int
    assignment_count: int

    @property
    def is_reference(self) -> bool:
        return bool(self.source)


def list_campaigns(db: Database) -> list[CampaignRow]:
    """Every campaign, newest first, with its counts; three queries."""
    with db.session() as s:
        campaigns = s.scalars(select(Campaign).order_by(Campaign.year.desc())).all()
        events: dict[int, int] = defaultdict(int)
        cancelled: dict[int, int] = defaultdict(int)
        for year, status, n in s.execute(
            select(Event.year, Event.status, func.count()).group_by(Event.year, Event.status)
        ):
            events[year] += n
            if status == EventStatus.CANCELLED.value:
                cancelled[year] += n
        assignments = dict(
            s.execute(
                select(Event.year, func.count(Assignment.id))
                .join(Assignment, Assignment.event_id == Event.id)
                .group_by(Event.year)
            ).all()
        )
        return [
            CampaignRow(
                year=c.year,
                starts_on=c.starts_on,
                ends_on=c.ends_on,
                theme_en=c.theme_en or "",
                theme_es=c.theme_es or "",
                edition=c.edition,
                scale=c.scale or "",
                source=c.source or "",
                confidence=c.confidence or "",
                edited=bool(c.edited),
                event_count=events.get(c.year, 0),
                cancelled_count=cancelled.get(c.year, 0),
                assignment_count=assignments.get(c.year, 0),
            )
            for c in campaigns
        ]


@dataclass
class CampaignInput:
    """What the campaign editor edits."""

    year: int | None = None
    starts_on: date | None = None
    ends_on: date | None = None
    theme_en: str = ""
    theme_es: str = ""
    #: The version read (get_*); a save based on an older one is refused (None: not checked).
    version: int | None = None


def default_campaign(year: int) -> CampaignInput:
    """A new campaign: Monday to Friday of the week before Labor Day."""
    monday, friday = lrw_default_week(year)
    return CampaignInput(year=year, starts_on=monday, ends_on=friday)


def get_campaign(db: Database, year: int) -> CampaignInput:
    with db.session() as s:
        c = s.get(Campaign, year)
        if c is None:
            raise NotFoundError("campaign", str(year))
        return CampaignInput(c.year, c.starts_on, c.ends_on, c.theme_en or "", c.theme_es or "",
                             version=c.version)


CAMPAIGN_LABELS = {
    "year": N_("Year"), "starts_on": N_("Starts on"), "ends_on": N_("Ends on"),
    "theme_en": N_("Theme"), "theme_es": N_("Theme (Spanish)"),
}


def check_campaign(data: CampaignInput, known: Known, original_year: int | None = None
                   ) -> Verdict[CampaignInput]:
    """Everything wrong with campaign `data` (the campaign of `original_year`, or new)."""
    c = Checker()
    year = c.run("year", check_whole, data.year, bounds.YEARS)
    if year is None and not c.has("year"):
        c.fail("year", "field.required", _("the year is required"))
    if year is None:
        pass
    elif original_year is not None and year != original_year:
        c.fail("year", "campaign.year_changed",
               _("a campaign keeps its year; copy it to another year instead (events and their "
                 "IDs belong to the year)"))
    elif original_year is None and year in known.campaigns:
        c.fail("year", "campaign.exists",
               _("Labor Rights Week {year} already exists; open it to change it").format(
                   year=year), year=year)
    if data.starts_on is None:
        c.fail("starts_on", "field.required", _("the first day is required"))
    if data.ends_on is None:
        c.fail("ends_on", "field.required", _("the last day is required"))
    c.run("starts_on", check_date, data.starts_on)
    c.run("ends_on", check_date, data.ends_on)
    if (data.starts_on and data.ends_on and data.ends_on < data.starts_on
            and not c.has("starts_on") and not c.has("ends_on")):
        c.fail("ends_on", "campaign.ends_before_start",
               _("{end} is before the first day {start}").format(
                   end=data.ends_on.isoformat(), start=data.starts_on.isoformat()),
               start=data.starts_on.isoformat(), end=data.ends_on.isoformat())
    theme_en = c.run("theme_en", check_text, data.theme_en, bounds.THEME)
    theme_es = c.run("theme_es", check_text, data.theme_es, bounds.THEME)
    if c.problems:
        return Verdict(c.problems)
    return Verdict([], replace(data, year=year, theme_en=theme_en or "", theme_es=theme_es or ""))


def _validate(s: Session, data: CampaignInput, original_year: int | None) -> CampaignInput:
    return check_campaign(data, Known.of(s), original_year).accepted(
        _("The campaign was not saved"), CAMPAIGN_LABELS)


def save_campaign(db: Database, data: CampaignInput, original_year: int | None = None) -> Change:
    """Create (original_year None) or update a campaign's dates and themes."""
    with write(db) as w:
        s = w.session
        clean = _validate(s, data, original_year)
        assert clean.year is not None
        w.based_on(CAMPAIGN, original_year, data.version if original_year is not None else None)
        campaign = s.get(Campaign, clean.year) if original_year is not None else None
        if original_year is not None and campaign is None:
            raise NotFoundError(CAMPAIGN, str(original_year))
        values = {
            "starts_on": clean.starts_on,
            "ends_on": clean.ends_on,
            "theme_en": optional_text(clean.theme_en),
            "theme_es": optional_text(clean.theme_es),
        }
        if campaign is None:
            s.add(Campaign(year=clean.year, **values))
            w.created(CAMPAIGN, clean.year)
        elif any(getattr(campaign, k) != v for k, v in values.items()):
            for k, v in values.items():
                setattr(campaign, k, v)
            campaign.edited = True
            w.updated(CAMPAIGN, clean.year)
    return w.change


def ensure_campaign(db: Database, year: int) -> Change:
    """The campaign of `year`, created with the default week if there is none."""
    with write(db) as w:
        s = w.session
        if s.get(Campaign, year) is None:
            data = _validate(s, default_campaign(year), None)
            s.add(Campaign(year=year, starts_on=data.starts_on, ends_on=data.ends_on))
            w.created(CAMPAIGN, year)
    return w.change


def delete_campaign(db: Database, year: int) -> Change:
    """Delete an empty campaign (refused while it has events)."""
    with write(db) as w:
        s = w.session
        campaign = s.get(Campaign, year)
        if campaign is None:
            raise NotFoundError(CAMPAIGN, str(year))
        n = s.scalar(select(func.count(Event.id)).where(Event.year == year)) or 0
        if n:
            raise InUseError(
                f"Labor Rights Week {year} has {n} event(s); delete or move them first."
            )
        if campaign.source is not None and s.get(DeletedReference, (CAMPAIGN, str(year))) is None:
            s.add(DeletedReference(table_name=CAMPAIGN, record_id=str(year)))
        s.delete(campaign)
        w.deleted(CAMPAIGN, year)
    return w.change


# --- copy last year -----------------------------------------------------------------------------


@dataclass
class CopyResult:
    """What "copy last year" did: the new IDs (old -> new) and notes for the coordinator."""

    change: Change
    source_year: int
    target_year: int
    event_ids: dict[str, str] = field(default_factory=dict)
    assignments_copied: int = 0
    notes: list[str] = field(default_factory=list)


def derive_event_id(old_id: str, source_year: int, target_year: int, taken: set[str]) -> str:
    """The new event's ID: the old year replaced ('LRW2026-OPENING' -> 'LRW2027-OPENING'),
    else '-{year}' added; made unique against `taken` with '-2', '-3'..."""
    pattern = re.compile(rf"(?<!\d){source_year}(?!\d)")
    matches = list(pattern.finditer(old_id))
    if matches:
        last = matches[-1]
        base = old_id[: last.start()] + str(target_year) + old_id[last.end() :]
    else:
        suffix = f"-{target_year}"
        base = old_id[: ID_LENGTH - len(suffix)] + suffix
    base = base[:ID_LENGTH]
    candidate, n = base, 2
    while candidate in taken:
        tail = f"-{n}"
        candidate = base[: ID_LENGTH - len(tail)] + tail
        n += 1
    return candidate


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _move(instant: datetime, zone_name: str, days: int) -> datetime:
    """The same wall-clock time `days` later at the place."""
    return local_to_utc(naive_local(instant, zone_name) + timedelta(days=days), zone_name)


def copy_last_year(
    db: Database,
    target_year: int,
    *,
    source_year: int | None = None,
    with_assignments: bool = False,
    include_cancelled: bool = False,
) -> CopyResult:
    """Plan `target_year` from an earlier campaign (by default the latest one with events).

    Events move to the same weekday and local time of the new week and keep their venue, host,
    offices, languages, topics and needs; they start as planned with sequence 0. Cancelled events
    stay behind unless asked. Assignments are copied only on request, and then only for people
    with a membership in force on the new event's day; the others are left out with a note.
    The target campaign is created with the default week if needed and must have no events.
    """
    with write(db) as w:
        s = w.session
        change = w.change
        if source_year is None:
            source_year = s.scalar(select(func.max(Event.year)).where(Event.year < target_year))
            if source_year is None:
                raise InputError(
                    Problem("Copy from", f"no campaign before {target_year} has events to copy"),
                    "Nothing was copied",
                )
        source = s.get(Campaign, source_year)
        if source is None:
            raise NotFoundError(CAMPAIGN, str(source_year))
        if source_year == target_year:
            raise InputError(
                Problem("Copy from", "choose an earlier campaign than the one being planned"),
                "Nothing was copied",
            )
        target = s.get(Campaign, target_year)
        if target is None:
            monday, friday = lrw_default_week(target_year)
            target = Campaign(year=target_year, starts_on=monday, ends_on=friday)
            s.add(target)
            s.flush()
            w.created(CAMPAIGN, target_year)
        else:
            n = s.scalar(select(func.count(Event.id)).where(Event.year == target_year)) or 0
            if n:
                raise InputError(
                    Problem(
                        "Copy to",
                        f"Labor Rights Week {target_year} already has {n} event(s); copying "
                        f"{source_year} on top would plan everything twice. Copy into an empty "
                        "campaign.",
                    ),
                    "Nothing was copied",
                )
        result = CopyResult(change, source_year, target_year)
        shift_days = (_monday(target.starts_on) - _monday(source.starts_on)).days

        events = s.scalars(
            select(Event).where(Event.year == source_year).order_by(Event.starts_at, Event.id)
        ).all()
        offices: dict[str, list[str]] = defaultdict(list)
        for eid, oid in s.execute(
            select(event_office.c.event_id, event_office.c.office_id)
            .join(Event, Event.id == event_office.c.event_id)
            .where(Event.year == source_year)
        ):
            offices[eid].append(oid)
        taken = set(s.scalars(select(Event.id)))
        new_events: list[dict[str, object]] = []
        new_offices: list[dict[str, str]] = []
        new_day: dict[str, date] = {}
        skipped_cancelled = 0
        for e in events:
            if e.status == EventStatus.CANCELLED.value and not include_cancelled:
                skipped_cancelled += 1
                continue
            new_id = derive_event_id(e.id, source_year, target_year, taken)
            taken.add(new_id)
            result.event_ids[e.id] = new_id
            starts_at = _move(e.starts_at, e.time_zone, shift_days)
            new_day[new_id] = local_day(starts_at, e.time_zone)
            new_events.append(
                {
                    "id": new_id,
                    "year": target_year,
                    "title": e.title,
                    "title_es": e.title_es,
                    "format": e.format,
                    "starts_at": starts_at,
                    "ends_at": _move(e.ends_at, e.time_zone, shift_days),
                    "time_zone": e.time_zone,
                    "venue": e.venue,
                    "address": e.address,
                    "host_consulate_id": e.host_consulate_id,
                    "languages": list(e.languages or []),
                    "topics": list(e.topics or []),
                    "staff_needed": e.staff_needed,
                    "languages_needed": list(e.languages_needed or []),
                    "status": EventStatus.PLANNED.value
                    if e.status != EventStatus.CANCELLED.value
                    else e.status,
                    "notes": e.notes,
                    "sequence": 0,
                }
            )
            new_offices.extend({"event_id": new_id, "office_id": o} for o in offices[e.id])
            w.created(EVENT, new_id)
        if new_events:
            s.execute(Event.__table__.insert(), new_events)
            if w.observed:  # a statement insert: tell the hooks row by row
                back = {new: old for old, new in result.event_ids.items()}
                for row in new_events:
                    w.report_row(EVENT, row["id"], None,
                                 {**row, "offices": sorted(offices[back[str(row["id"])]])})
        if new_offices:
            s.execute(event_office.insert(), new_offices)
        if skipped_cancelled:
            result.notes.append(
                f"{skipped_cancelled} cancelled event(s) of {source_year} were not copied."
            )
        if with_assignments and result.event_ids:
            _copy_assignments(s, source_year, result, shift_days, new_day)
    return result


def _copy_assignments(
    s: Session,
    source_year: int,
    result: CopyResult,
    shift_days: int,
    new_day: dict[str, date],
) -> None:
    """Copy the staff of copied events, leaving out people with no membership that day."""
    rows = s.execute(
        select(
            Assignment.event_id,
            Assignment.person_id,
            Assignment.role,
            Assignment.starts_at,
            Assignment.ends_at,
            Assignment.notes,
            Event.time_zone,
            Event.title,
            Person.name,
        )
        .join(Event, Event.id == Assignment.event_id)
        .join(Person, Person.id == Assignment.person_id)
        .where(Event.year == source_year)
        .order_by(Event.starts_at, Event.id, Person.name, Assignment.id)
    ).all()
    memberships: dict[str, list[tuple[date | None, date | None]]] = defaultdict(list)
    for pid, start, end in s.execute(
        select(Membership.person_id, Membership.active_from, Membership.active_to).where(
            Membership.person_id.in_(
                select(Assignment.person_id)
                .join(Event, Event.id == Assignment.event_id)
                .where(Event.year == source_year)
            )
        )
    ):
        memberships[pid].append((start, end))
    inserts = []
    for r in rows:
        new_id = result.event_ids.get(r.event_id)
        if new_id is None:
            continue
        day = new_day[new_id]
        if not any(
            (a is None or a <= day) and (b is None or day <= b) for a, b in memberships[r.person_id]
        ):
            result.notes.append(
                f"{r.name} was not put on '{r.title}' ({new_id}): they have no membership in "
                f"force on {weekday_name(day)} {day.isoformat()}. Assign someone else."
            )
            continue
        starts = ends = None
        if r.starts_at is not None and r.ends_at is not None:
            starts = _move(r.starts_at, r.time_zone, shift_days)
            ends = _move(r.ends_at, r.time_zone, shift_days)
        inserts.append(
            {
                "event_id": new_id,
                "person_id": r.person_id,
                "role": r.role,
                "starts_at": starts,
                "ends_at": ends,
                "notes": r.notes,
            }
        )
    if inserts:
        s.add_all(Assignment(**row) for row in inserts)
        s.flush()
        for a in s.scalars(
            select(Assignment.id).where(Assignment.event_id.in_(result.event_ids.values()))
        ):
            result.change.add(CREATED, ASSIGNMENT, str(a))
    result.assignments_copied = len(inserts)
