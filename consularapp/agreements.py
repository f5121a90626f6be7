"""Agreement status, computed from dates for a given day, never typed.

The rules (issue "Agreements"): draft and negotiating are record states; a signed agreement is
superseded once a signed successor renews it, terminated once its termination date has come,
expired after its last day, and otherwise expiring (0-30 days left), renewal due (up to the renewal
lead time, 180 days by default) or active; signed with no sunset date is open-ended, with a review
every few years. Thresholds are settings.

Status for thousands of agreements is computed from one query's plain rows, so the dashboard, the
report and the command line share it and it stays fast (<= 100 ms for 1,500 agreements).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from sqlalchemy import select

from consularapp.db import Database
from consularapp.models import Agreement, AgreementState, agreement_consulate, agreement_office
from consularapp.timeutil import add_months


class Status(StrEnum):
    DRAFT = "draft"
    NEGOTIATING = "negotiating"
    ACTIVE = "active"
    RENEWAL_DUE = "renewal due"
    EXPIRING = "expiring"
    EXPIRED = "expired"
    SUPERSEDED = "superseded"
    TERMINATED = "terminated"
    OPEN_ENDED = "open-ended"


# Most urgent first: what a regional administrator must act on comes before what is settled.
URGENCY = [
    Status.EXPIRING,
    Status.RENEWAL_DUE,
    Status.EXPIRED,
    Status.OPEN_ENDED,
    Status.NEGOTIATING,
    Status.DRAFT,
    Status.ACTIVE,
    Status.TERMINATED,
    Status.SUPERSEDED,
]
IN_FORCE = frozenset({Status.ACTIVE, Status.RENEWAL_DUE, Status.EXPIRING, Status.OPEN_ENDED})


@dataclass(frozen=True)
class StatusSettings:
    expiring_days: int = 30
    renewal_lead_days: int = 180
    review_every_years: int = 3


def effective_date(effective_on: date | None, signed_on: date | None) -> date | None:
    """The spec: a blank effective date means the signing date."""
    return effective_on or signed_on


def expiry_date(
    effective_on: date | None,
    signed_on: date | None,
    term_months: int | None,
    expires_on: date | None,
) -> date | None:
    """The last day in force: the document's date, else effective + term (clamped), else None."""
    if expires_on is not None:
        return expires_on
    start = effective_date(effective_on, signed_on)
    if term_months and start is not None:
        return add_months(start, term_months)
    return None


def next_review(start: date | None, as_of: date, every_years: int) -> date | None:
    """The first periodic review of an open-ended agreement on or after `as_of`."""
    if start is None or every_years <= 0:
        return None
    n = 1
    while (review := add_months(start, 12 * every_years * n)) < as_of:
        n += 1
    return review


@dataclass
class AgreementStatus:
    """One agreement with everything computed for the day asked about."""

    id: str
    kind: str
    state: str
    signed_on: date | None
    effective_on: date | None
    expires_on: date | None  # computed last day in force, None when open-ended
    terminated_on: date | None
    renews_id: str | None
    status: Status
    days_left: int | None
    renewed_by: str | None = None
    next_review: date | None = None
    office_ids: list[str] = field(default_factory=list)
    consulate_ids: list[str] = field(default_factory=list)
    us_signatory_id: str | None = None
    consular_signatory_id: str | None = None
    notes: str | None = None

    @property
    def in_force(self) -> bool:
        return self.status in IN_FORCE

    def sort_key(self) -> tuple[int, int, str]:
        days = self.days_left if self.days_left is not None else 10**6
        if self.status is Status.OPEN_ENDED and self.next_review and self.days_left is None:
            days = 10**6
        return (URGENCY.index(self.status), days, self.id)


def status_of(
    *,
    state: str,
    signed_on: date | None,
    effective_on: date | None,
    term_months: int | None,
    expires_on: date | None,
    terminated_on: date | None,
    superseded_on: date | None,
    as_of: date,
    settings: StatusSettings = StatusSettings(),
) -> tuple[Status, int | None, date | None]:
    """(status, days left, last day in force) of one agreement on `as_of`.

    `superseded_on` is the signing date of the earliest signed successor, if any.
    """
    if state == AgreementState.DRAFT:
        return Status.DRAFT, None, None
    if state == AgreementState.NEGOTIATING:
        return Status.NEGOTIATING, None, None
    last_day = expiry_date(effective_on, signed_on, term_months, expires_on)
    if state == AgreementState.TERMINATED and terminated_on is not None:
        if terminated_on <= as_of:
            return Status.TERMINATED, None, last_day
        # Notice given, not yet effective: in force until the day before it ends.
        final = terminated_on - timedelta(days=1)
        last_day = final if last_day is None else min(last_day, final)
    elif state == AgreementState.TERMINATED:
        return Status.TERMINATED, None, last_day
    if superseded_on is not None and superseded_on <= as_of:
        return Status.SUPERSEDED, None, last_day
    if last_day is None:
        return Status.OPEN_ENDED, None, None
    days_left = (last_day - as_of).days
    if days_left < 0:
        return Status.EXPIRED, days_left, last_day
    if days_left <= settings.expiring_days:
        return Status.EXPIRING, days_left, last_day
    if days_left <= settings.renewal_lead_days:
        return Status.RENEWAL_DUE, days_left, last_day
    return Status.ACTIVE, days_left, last_day


def compute_statuses(
    db: Database, as_of: date | None = None, settings: StatusSettings = StatusSettings()
) -> list[AgreementStatus]:
    """Every agreement with its status on `as_of` (today), most urgent first. Three queries."""
    day = as_of or date.today()
    with db.session() as s:
        rows = s.execute(
            select(
                Agreement.id,
                Agreement.kind,
                Agreement.state,
                Agreement.signed_on,
                Agreement.effective_on,
                Agreement.term_months,
                Agreement.expires_on,
                Agreement.terminated_on,
                Agreement.renews_id,
                Agreement.us_signatory_id,
                Agreement.consular_signatory_id,
                Agreement.notes,
                Agreement.updated_at,
            )
        ).all()
        offices: dict[str, list[str]] = defaultdict(list)
        for aid, oid in s.execute(
            select(agreement_office.c.agreement_id, agreement_office.c.office_id)
        ):
            offices[aid].append(oid)
        consulates: dict[str, list[str]] = defaultdict(list)
        for aid, cid in s.execute(
            select(agreement_consulate.c.agreement_id, agreement_consulate.c.consulate_id)
        ):
            consulates[aid].append(cid)

    # Successors: the latest one in any state is shown as "renewed by"; only a signed one
    # (signed, or signed and later terminated) supersedes, from its signing date.
    latest_successor: dict[str, tuple[tuple[date, str], str]] = {}
    superseded_on: dict[str, date] = {}
    for r in rows:
        if not r.renews_id:
            continue
        rank = (r.signed_on or r.effective_on or date.max, r.id)
        if r.renews_id not in latest_successor or rank > latest_successor[r.renews_id][0]:
            latest_successor[r.renews_id] = (rank, r.id)
        if r.state in (AgreementState.SIGNED, AgreementState.TERMINATED) and r.signed_on:
            prev = superseded_on.get(r.renews_id)
            superseded_on[r.renews_id] = r.signed_on if prev is None else min(prev, r.signed_on)

    result = []
    for r in rows:
        status, days_left, last_day = status_of(
            state=r.state,
            signed_on=r.signed_on,
            effective_on=r.effective_on,
            term_months=r.term_months,
            expires_on=r.expires_on,
            terminated_on=r.terminated_on,
            superseded_on=superseded_on.get(r.id),
            as_of=day,
            settings=settings,
        )
        start = effective_date(r.effective_on, r.signed_on)
        successor = latest_successor.get(r.id)
        result.append(
            AgreementStatus(
                id=r.id,
                kind=r.kind,
                state=r.state,
                signed_on=r.signed_on,
                effective_on=start,
                expires_on=last_day,
                terminated_on=r.terminated_on,
                renews_id=r.renews_id,
                status=status,
                days_left=days_left,
                renewed_by=successor[1] if successor else None,
                next_review=next_review(start, day, settings.review_every_years)
                if status is Status.OPEN_ENDED
                else None,
                office_ids=sorted(offices.get(r.id, [])),
                consulate_ids=sorted(consulates.get(r.id, [])),
                us_signatory_id=r.us_signatory_id,
                consular_signatory_id=r.consular_signatory_id,
                notes=r.notes,
            )
        )
    result.sort(key=AgreementStatus.sort_key)
    return result
