"""Views over agreements for regional administrators: what needs attention, who partners with whom.

Built on agreements.compute_statuses (three queries) and a few more queries for the directory, so
the dashboard and the partner matrix open in milliseconds at national scale.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import Select, and_, case, func, or_, select

from consularapp.agreements import (
    URGENCY,
    AgreementStatus,
    Status,
    StatusSettings,
    compute_statuses,
)
from consularapp.db import Database
from consularapp.directory import consulate_display_name
from consularapp.i18n import _, ngettext
from consularapp.labels import agreement_kind_label
from consularapp.models import Consulate, Membership, Office, agreement_office
from consularapp.statuses import PAIR_PREFERENCE
from consularapp.validation import country_name


@dataclass(frozen=True)
class Scope:
    """The dashboard's region/agency filter; None means all."""

    agency: str | None = None
    region: str | None = None

    def admits(self, office: OfficeInfo) -> bool:
        return (self.agency is None or office.agency == self.agency) and (
            self.region is None or office.region == self.region
        )


@dataclass(frozen=True)
class OfficeInfo:
    id: str
    agency: str
    region: str
    name: str
    state: str


@dataclass(frozen=True)
class ConsulateInfo:
    id: str
    country: str
    country_name: str
    name: str
    city: str
    state: str


def _offices(db: Database, ids: Collection[str] | None = None) -> dict[str, OfficeInfo]:
    """Every office (or those of `ids`)."""
    statement = select(Office.id, Office.agency_code, Office.region, Office.name, Office.state)
    if ids is not None:
        statement = statement.where(Office.id.in_(sorted(ids)))
    with db.session() as s:
        return {
            r.id: OfficeInfo(r.id, r.agency_code, r.region or "", r.name, r.state)
            for r in s.execute(statement)
        }


def scope_choices(db: Database) -> tuple[list[str], list[tuple[str, str]]]:
    """(agencies, (agency, region) pairs) that offices have: the scope bar's choices."""
    with db.session() as s:
        pairs = s.execute(select(Office.agency_code, Office.region).distinct()).all()
    return (sorted({agency for agency, _region in pairs}),
            sorted({(agency, region) for agency, region in pairs if region}))


def _consulates(db: Database, ids: Collection[str] | None = None
                ) -> dict[str, ConsulateInfo]:
    """Every consulate (or those of `ids`)."""
    statement = select(
        Consulate.id,
        Consulate.country_code,
        Consulate.consulate_type,
        Consulate.city,
        Consulate.state,
    )
    if ids is not None:
        statement = statement.where(Consulate.id.in_(sorted(ids)))
    with db.session() as s:
        return {
            r.id: ConsulateInfo(
                r.id,
                r.country_code,
                country_name(r.country_code),
                consulate_display_name(r.country_code, r.consulate_type, r.city),
                r.city,
                r.state,
            )
            for r in s.execute(statement)
        }


def in_scope(a: AgreementStatus, offices: dict[str, OfficeInfo], scope: Scope) -> bool:
    """An agreement is in scope when any of its offices is."""
    return any(o in offices and scope.admits(offices[o]) for o in a.office_ids)


def scope_agreements(scope: Scope) -> Select[Any] | None:
    """The query of the IDs of the agreements in `scope` (any of their offices in it); None for
    the whole nation."""
    if scope.agency is None and scope.region is None:
        return None
    statement = select(agreement_office.c.agreement_id).join(
        Office, Office.id == agreement_office.c.office_id)
    if scope.agency is not None:
        statement = statement.where(Office.agency_code == scope.agency)
    if scope.region is not None:
        statement = statement.where(func.coalesce(Office.region, "") == scope.region)
    return statement


def scoped_statuses(
    db: Database, as_of: date | None = None, scope: Scope = Scope(),
    settings: StatusSettings = StatusSettings(),
) -> list[AgreementStatus]:
    """compute_statuses of the agreements in `scope` only (and whatever renews them), read by a
    query that filters on the scope: a region's dashboard, matrix and timeline cost what the
    region holds."""
    return compute_statuses(db, as_of, settings, within=scope_agreements(scope))


# --- dashboard ----------------------------------------------------------------------------------


class AttentionKind(StrEnum):
    EXPIRING = "expiring"
    RENEWAL_DUE = "renewal due"
    EXPIRED = "expired without successor"
    REVIEW_DUE = "open-ended review due"
    OBLIGATION_OVERDUE = "obligation overdue"
    OBLIGATION_DUE = "obligation due"
    NO_LIAISON = "consulate without a current liaison"
    NO_AGREEMENT = "office with no agreement in force"


ATTENTION_ORDER = list(AttentionKind)


@dataclass(frozen=True)
class AttentionItem:
    """One thing that needs a regional administrator today, with the record to open."""

    kind: AttentionKind
    record_type: str  # "agreement", "consulate" or "office"
    record_id: str
    title: str
    detail: str
    days: int | None = None  # days left (negative: days ago), for ordering and display

    def sort_key(self) -> tuple[int, int, str]:
        days = self.days if self.days is not None else 10**6
        return (ATTENTION_ORDER.index(self.kind), days, self.record_id)


@dataclass
class Dashboard:
    as_of: date
    items: list[AttentionItem] = field(default_factory=list)
    counts: dict[Status, int] = field(default_factory=dict)
    agencies: list[str] = field(default_factory=list)
    regions: list[tuple[str, str]] = field(default_factory=list)  # (agency, region)
    statuses: dict[str, AgreementStatus] = field(default_factory=dict)  # in scope, by ID
    settings: StatusSettings = StatusSettings()
    # The offices and consulates the board names (of its agreements and items), by ID.
    offices: dict[str, OfficeInfo] = field(default_factory=dict)
    consulates: dict[str, ConsulateInfo] = field(default_factory=dict)

    def count_of(self, kind: AttentionKind) -> int:
        return sum(1 for item in self.items if item.kind is kind)

    def banner(self) -> str:
        """The start-up sentence: '3 agreements expire within 30 days, 5 are due for renewal'."""
        expiring = self.counts.get(Status.EXPIRING, 0)
        due = self.counts.get(Status.RENEWAL_DUE, 0)
        parts = []
        if expiring:
            parts.append(ngettext(
                "{count} agreement expires within {days} days",
                "{count} agreements expire within {days} days", expiring).format(
                    count=expiring, days=self.settings.expiring_days))
        if due:
            parts.append(ngettext("{count} is due for renewal", "{count} are due for renewal",
                                  due).format(count=due))
        return ", ".join(parts)


def _renewal(a: AgreementStatus) -> str:
    if a.renewed_by:
        return _("renewal {id} in progress").format(id=a.renewed_by)
    return _("no renewal started")


def _parties(
    a: AgreementStatus, offices: dict[str, OfficeInfo], consulates: dict[str, ConsulateInfo]
) -> str:
    left = ", ".join(offices[o].name if o in offices else o for o in a.office_ids)
    right = ", ".join(consulates[c].name if c in consulates else c for c in a.consulate_ids)
    return f"{left} — {right}"


def dashboard(
    db: Database,
    as_of: date | None = None,
    scope: Scope = Scope(),
    settings: StatusSettings = StatusSettings(),
) -> Dashboard:
    """What needs attention on `as_of`, most urgent first, and counts by status.

    For a region or an agency, everything is read by queries on its offices: the agreements,
    the offices and consulates they name, the liaisons of those consulates.
    """
    day = as_of or date.today()
    nation = scope == Scope()
    statuses = scoped_statuses(db, day, scope, settings)
    agencies, regions = scope_choices(db)
    board = Dashboard(as_of=day, agencies=agencies, regions=regions)
    offices = _offices(db, None if nation else {o for a in statuses for o in a.office_ids})
    scoped = [a for a in statuses if in_scope(a, offices, scope)]
    named = {c for a in scoped for c in a.consulate_ids}
    board.statuses = {a.id: a for a in scoped}
    board.settings = settings
    board.counts = dict(Counter(a.status for a in scoped))
    consulates = _consulates(db, None if nation else named)
    board.offices, board.consulates = offices, consulates
    for a in scoped:
        parties = _parties(a, offices, consulates)
        if a.status is Status.EXPIRING:
            board.items.append(
                AttentionItem(
                    AttentionKind.EXPIRING,
                    "agreement",
                    a.id,
                    parties,
                    _("{kind}; last day {day}; {renewal}").format(
                        kind=agreement_kind_label(a.kind), day=a.expires_on,
                        renewal=_renewal(a)),
                    a.days_left,
                )
            )
        elif a.status is Status.RENEWAL_DUE:
            board.items.append(
                AttentionItem(
                    AttentionKind.RENEWAL_DUE,
                    "agreement",
                    a.id,
                    parties,
                    _("{kind}; expires {day}; {renewal}").format(
                        kind=agreement_kind_label(a.kind), day=a.expires_on,
                        renewal=_renewal(a)),
                    a.days_left,
                )
            )
        elif a.status is Status.EXPIRED and not a.renewed_by:
            board.items.append(
                AttentionItem(
                    AttentionKind.EXPIRED,
                    "agreement",
                    a.id,
                    parties,
                    _("{kind}; lapsed on {day}").format(kind=agreement_kind_label(a.kind),
                                                         day=a.expires_on),
                    a.days_left,
                )
            )
        elif a.status is Status.OPEN_ENDED and a.next_review is not None:
            days = (a.next_review - day).days
            if days <= settings.renewal_lead_days:
                board.items.append(
                    AttentionItem(
                        AttentionKind.REVIEW_DUE,
                        "agreement",
                        a.id,
                        parties,
                        _("{kind} without a sunset date; periodic review due {day}").format(
                            kind=agreement_kind_label(a.kind), day=a.next_review),
                        days,
                    )
                )

    _obligation_items(db, board, day, scope, offices, consulates)

    # Consulates whose only liaisons have all left (they had people, none current now).
    # Counted in the database: one row per consulate, not one per membership.
    in_force = case(
        (
            and_(
                or_(Membership.active_from.is_(None), Membership.active_from <= day),
                or_(Membership.active_to.is_(None), Membership.active_to >= day),
            ),
            1,
        ),
        else_=0,
    )
    liaisons = (select(Membership.consulate_id, func.max(in_force))
                .where(Membership.consulate_id.is_not(None))
                .group_by(Membership.consulate_id))
    if not nation:  # only the consulates the region's agreements name
        liaisons = liaisons.where(Membership.consulate_id.in_(sorted(named)))
    with db.session() as s:
        members = s.execute(liaisons).all() if nation or named else []
    had = {cid for cid, _ in members}
    current = {cid for cid, any_current in members if any_current}
    for cid in sorted(had - current):
        info = consulates.get(cid)
        board.items.append(
            AttentionItem(
                AttentionKind.NO_LIAISON,
                "consulate",
                cid,
                info.name if info else cid,
                _("everyone on record has left; add the current liaison"),
            )
        )

    # Offices that had agreements but have none in force now (a partnership lapsed).
    in_force_offices = {o for a in scoped if a.in_force for o in a.office_ids}
    ever = {o for a in scoped for o in a.office_ids}
    for oid in sorted(ever - in_force_offices):
        info = offices.get(oid)
        if info is None or not scope.admits(info):
            continue
        board.items.append(
            AttentionItem(
                AttentionKind.NO_AGREEMENT,
                "office",
                oid,
                info.name,
                _("had agreements with consulates; none is in force now"),
            )
        )
    board.items.sort(key=AttentionItem.sort_key)
    return board


def _obligation_items(db: Database, board: Dashboard, day: date, scope: Scope,
                      offices: dict[str, OfficeInfo],
                      consulates: dict[str, ConsulateInfo]) -> None:
    """Overdue and due obligations (signed copies, annual reports...), one item per agreement
    and kind, naming each obligation and its due date."""
    from consularapp.obligations import ObligationStatus, compute_obligations

    found: dict[tuple[AttentionKind, str], list[Any]] = defaultdict(list)
    for o in compute_obligations(db, day):
        if o.status is ObligationStatus.OVERDUE:
            kind = AttentionKind.OBLIGATION_OVERDUE
        elif o.status is ObligationStatus.DUE:
            kind = AttentionKind.OBLIGATION_DUE
        else:
            continue
        if scope != Scope() and not any(x in offices and scope.admits(offices[x])
                                        for x in o.office_ids):
            continue
        found[(kind, o.agreement_id)].append(o)
    for (kind, aid), owed in found.items():
        status = board.statuses.get(aid)
        parties = _parties(status, offices, consulates) if status is not None else aid
        detail = "; ".join(_("{what} due {day}").format(what=o.title(), day=o.due_on.isoformat())
                           for o in owed)
        board.items.append(AttentionItem(kind, "agreement", aid, parties, detail,
                                         min(o.days_left for o in owed)))


# --- partner matrix -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Cell:
    """The relationship of one office and one consulate: the agreement that matters most."""

    status: Status
    agreement_id: str
    agreement_ids: tuple[str, ...]  # every agreement between the two, newest first


@dataclass
class Matrix:
    as_of: date
    offices: list[OfficeInfo]  # grouped: agency, region, name
    consulates: list[ConsulateInfo]  # grouped: country, city
    cells: dict[tuple[str, str], Cell]

    def cell(self, office_id: str, consulate_id: str) -> Cell | None:
        return self.cells.get((office_id, consulate_id))


# Which status a cell shows when a pair has several agreements: the catalogue's pair order.
_CELL_PREFERENCE = PAIR_PREFERENCE


def partner_matrix(
    db: Database,
    as_of: date | None = None,
    scope: Scope = Scope(),
    *,
    only_partners: bool = True,
    settings: StatusSettings = StatusSettings(),
    statuses: list[AgreementStatus] | None = None,
) -> Matrix:
    """Offices x consulates with the status of what binds each pair.

    With `only_partners`, rows and columns are limited to offices and consulates that have at
    least one agreement (a 147 x 53 grid of blanks helps nobody); gaps inside show as no cell.
    `statuses` (compute_statuses or scoped_statuses for the same day, covering `scope`) spares
    computing them again.
    """
    day = as_of or date.today()
    if statuses is None:
        statuses = scoped_statuses(db, day, scope, settings)
    if scope == Scope() or not only_partners:
        offices, consulates = _offices(db), _consulates(db)
    else:  # a region's partners: what its agreements name
        offices = _offices(db, {o for a in statuses for o in a.office_ids})
        consulates = _consulates(db, {c for a in statuses for c in a.consulate_ids})
    pairs: dict[tuple[str, str], list[AgreementStatus]] = defaultdict(list)
    for a in statuses:
        for o in a.office_ids:
            if o in offices and scope.admits(offices[o]):
                for c in a.consulate_ids:
                    pairs[(o, c)].append(a)
    cells = {}
    for key, agreements in pairs.items():
        best = min(agreements, key=lambda a: (_CELL_PREFERENCE.index(a.status), a.id))
        newest = sorted(agreements, key=lambda a: (a.effective_on or date.min, a.id), reverse=True)
        cells[key] = Cell(best.status, best.id, tuple(a.id for a in newest))
    if only_partners:
        row_ids = {o for o, _ in cells}
        col_ids = {c for _, c in cells}
    else:
        row_ids = {o for o, info in offices.items() if scope.admits(info)}
        col_ids = set(consulates)
    rows = sorted(
        (offices[o] for o in row_ids if o in offices), key=lambda o: (o.agency, o.region, o.name)
    )
    cols = sorted(
        (consulates[c] for c in col_ids if c in consulates),
        key=lambda c: (c.country != "MX", c.country_name, c.city),
    )
    return Matrix(day, rows, cols, cells)


# --- timeline -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Span:
    agreement_id: str
    start: date | None
    end: date | None  # last day in force; None: open-ended (draws to the right edge)
    status: Status
    renews_id: str | None
    term_months: int | None = None  # an undated draft's term: drawn that long, not nominal


@dataclass
class TimelineRow:
    """One office-consulate pair and its agreements over the years, renewals chained."""

    office: OfficeInfo
    consulate: ConsulateInfo
    spans: list[Span]


def timeline(
    db: Database,
    as_of: date | None = None,
    scope: Scope = Scope(),
    settings: StatusSettings = StatusSettings(),
    statuses: list[AgreementStatus] | None = None,
) -> list[TimelineRow]:
    """Agreement terms per pair, ordered by agency, region, office and consulate."""
    day = as_of or date.today()
    pairs: dict[tuple[str, str], list[Span]] = defaultdict(list)
    if statuses is None:
        statuses = scoped_statuses(db, day, scope, settings)
    if scope == Scope():
        offices, consulates = _offices(db), _consulates(db)
    else:  # what the region's agreements name
        offices = _offices(db, {o for a in statuses for o in a.office_ids})
        consulates = _consulates(db, {c for a in statuses for c in a.consulate_ids})
    for a in statuses:
        end = a.expires_on
        if a.status in (Status.DRAFT, Status.NEGOTIATING) and end is None:
            end = a.planned_end  # its term as written, not open-ended
        if a.status is Status.TERMINATED and a.terminated_on:
            end = a.terminated_on
        span = Span(a.id, a.effective_on, end, a.status, a.renews_id, a.term_months)
        for o in a.office_ids:
            if o in offices and scope.admits(offices[o]):
                for c in a.consulate_ids:
                    if c in consulates:
                        pairs[(o, c)].append(span)
    rows = [
        TimelineRow(
            offices[o],
            consulates[c],
            sorted(spans, key=lambda s: (s.start or date.max, s.agreement_id)),
        )
        for (o, c), spans in pairs.items()
    ]
    rows.sort(key=lambda r: (r.office.agency, r.office.region, r.office.name, r.consulate.name))
    return rows


__all__ = [
    "URGENCY",
    "AttentionItem",
    "AttentionKind",
    "Cell",
    "Dashboard",
    "Matrix",
    "Scope",
    "Span",
    "TimelineRow",
    "dashboard",
    "partner_matrix",
    "scope_agreements",
    "scope_choices",
    "scoped_statuses",
    "timeline",
]
