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
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from consularapp.changes import AGREEMENT, Change
from consularapp.db import Database
from consularapp.errors import InputError, InUseError, NotFoundError, Problem
from consularapp.models import (
    ID_LENGTH,
    Agreement,
    AgreementKind,
    AgreementState,
    Consulate,
    Membership,
    Office,
    Person,
    agreement_consulate,
    agreement_office,
)
from consularapp.timeutil import add_months
from consularapp.validation import check_id
from consularapp.writes import write


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
_URGENCY_RANK = {status: rank for rank, status in enumerate(URGENCY)}
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

    as_of: date | None = None

    @property
    def in_force(self) -> bool:
        """Binding on the day asked about: an in-force status, and the term has begun.

        A signed agreement whose effective date is still ahead reads "active" (the spec's list
        has no word for "signed, not yet in effect") but is not in force yet.
        """
        if self.status not in IN_FORCE:
            return False
        return self.as_of is None or self.effective_on is None or self.effective_on <= self.as_of

    def sort_key(self) -> tuple[int, int, str]:
        days = self.days_left if self.days_left is not None else 10**6
        if self.status is Status.EXPIRED:
            days = -days  # the partnership that lapsed last comes first
        return (_URGENCY_RANK[self.status], days, self.id)


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

    `superseded_on` is the signing date of the earliest signed successor, if any. Days left are
    given whenever there is a last day (negative once it has passed), null when open-ended. On a
    day before a signed agreement was signed, it was still being negotiated.
    """
    if state == AgreementState.DRAFT:
        return Status.DRAFT, None, None
    if state == AgreementState.NEGOTIATING:
        return Status.NEGOTIATING, None, None
    if signed_on is not None and as_of < signed_on:
        return Status.NEGOTIATING, None, None
    last_day = expiry_date(effective_on, signed_on, term_months, expires_on)
    if state == AgreementState.TERMINATED and terminated_on is not None:
        # Ended early (or notice given): in force until the day before the termination date.
        final = terminated_on - timedelta(days=1)
        last_day = final if last_day is None else min(last_day, final)
    days_left = None if last_day is None else (last_day - as_of).days
    if state == AgreementState.TERMINATED and (terminated_on is None or terminated_on <= as_of):
        return Status.TERMINATED, days_left, last_day
    if superseded_on is not None and superseded_on <= as_of:
        return Status.SUPERSEDED, days_left, last_day
    if last_day is None or days_left is None:
        return Status.OPEN_ENDED, None, None
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
                as_of=day,
            )
        )
    result.sort(key=AgreementStatus.sort_key)
    return result


# --- editing ------------------------------------------------------------------------------------


@dataclass
class AgreementInput:
    """What the agreement editor edits; dates as the signed document gives them."""

    id: str = ""
    kind: str = AgreementKind.UNDERSTANDING.value
    state: str = AgreementState.DRAFT.value
    office_ids: list[str] = field(default_factory=list)
    consulate_ids: list[str] = field(default_factory=list)
    signed_on: date | None = None
    effective_on: date | None = None
    term_months: int | None = None
    expires_on: date | None = None
    terminated_on: date | None = None
    renews_id: str | None = None
    us_signatory_id: str | None = None
    consular_signatory_id: str | None = None
    document: str = ""
    notes: str = ""


def get_agreement(db: Database, agreement_id: str) -> AgreementInput:
    with db.session() as s:
        a = s.get(Agreement, agreement_id)
        if a is None:
            raise NotFoundError("agreement", agreement_id)
        return AgreementInput(
            id=a.id,
            kind=a.kind,
            state=a.state,
            office_ids=[o.id for o in a.offices],
            consulate_ids=[c.id for c in a.consulates],
            signed_on=a.signed_on,
            effective_on=a.effective_on,
            term_months=a.term_months,
            expires_on=a.expires_on,
            terminated_on=a.terminated_on,
            renews_id=a.renews_id,
            us_signatory_id=a.us_signatory_id,
            consular_signatory_id=a.consular_signatory_id,
            document=a.document or "",
            notes=a.notes or "",
        )


def agreement_problems(
    data: AgreementInput,
    *,
    original_id: str | None,
    existing_ids: set[str],
    office_ids: set[str],
    consulate_ids: set[str],
    person_ids: set[str],
    renews_of: dict[str, str | None],
) -> list[Problem]:
    """Every problem with `data`, labelled by field; shared by the editor and the workbook.

    `renews_of` maps each known agreement to the one it renews, to refuse renewal cycles.
    """
    problems: list[Problem] = []

    def fail(where: str, message: str) -> None:
        problems.append(Problem(where, message))

    try:
        check_id(data.id)
    except ValueError as exc:
        fail("ID", str(exc))
    if data.id and data.id != original_id and data.id in existing_ids:
        fail("ID", f"{data.id!r} is already used by another agreement")
    if data.kind not in {k.value for k in AgreementKind}:
        fail("Kind", f"{data.kind!r} is not a known kind of agreement")
    if data.state not in {s.value for s in AgreementState}:
        fail("State", f"{data.state!r} is not draft, negotiating, signed or terminated")
    if not data.office_ids:
        fail("Offices", "name at least one agency office")
    for oid in data.office_ids:
        if oid not in office_ids:
            fail("Offices", f"no office has the ID {oid!r}")
    if not data.consulate_ids:
        fail("Consulates", "name at least one consulate")
    for cid in data.consulate_ids:
        if cid not in consulate_ids:
            fail("Consulates", f"no consulate has the ID {cid!r}")
    if data.state in (AgreementState.SIGNED, AgreementState.TERMINATED) and not data.signed_on:
        fail("Signed on", f"a {data.state} agreement needs the date it was signed")
    if data.state == AgreementState.TERMINATED and not data.terminated_on:
        fail("Terminated on", "a terminated agreement needs the date it ended")
    if data.terminated_on and data.state != AgreementState.TERMINATED:
        fail(
            "Terminated on",
            "only a terminated agreement has a termination date; "
            "set the state to terminated or clear the date",
        )
    if data.term_months is not None and data.term_months <= 0:
        fail("Term months", "the term is a whole number of months, 1 or more")
    start = effective_date(data.effective_on, data.signed_on)
    if data.expires_on and start and data.expires_on < start:
        fail(
            "Expires on",
            f"{data.expires_on.isoformat()} is before the agreement takes effect "
            f"({start.isoformat()})",
        )
    if data.expires_on and data.term_months and start and data.term_months > 0:
        from_term = add_months(start, data.term_months)
        if from_term != data.expires_on:
            fail(
                "Expires on",
                f"{data.expires_on.isoformat()} does not agree with a term of "
                f"{data.term_months} months from {start.isoformat()} ({from_term.isoformat()}); "
                "correct one of them or leave the expiry blank",
            )
    if data.terminated_on and start and data.terminated_on < start:
        fail(
            "Terminated on",
            f"{data.terminated_on.isoformat()} is before the agreement takes "
            f"effect ({start.isoformat()})",
        )
    if data.renews_id:
        if data.renews_id in (data.id, original_id):
            fail("Renews", "an agreement cannot renew itself")
        elif data.renews_id not in existing_ids:
            fail("Renews", f"no agreement has the ID {data.renews_id!r}")
        else:
            seen = {data.id, original_id}
            cursor: str | None = data.renews_id
            while cursor is not None:
                if cursor in seen:
                    fail("Renews", "this would make a renewal chain that loops back on itself")
                    break
                seen.add(cursor)
                cursor = renews_of.get(cursor)
    for where, pid in (
        ("US signatory", data.us_signatory_id),
        ("Consular signatory", data.consular_signatory_id),
    ):
        if pid and pid not in person_ids:
            fail(where, f"no person has the ID {pid!r}")
    return problems


def _clean(data: AgreementInput) -> AgreementInput:
    def dedupe(ids: list[str]) -> list[str]:
        return list(dict.fromkeys(i.strip() for i in ids if i and i.strip()))

    return AgreementInput(
        id=data.id.strip(),
        kind=data.kind.strip(),
        state=data.state.strip().lower(),
        office_ids=dedupe(data.office_ids),
        consulate_ids=dedupe(data.consulate_ids),
        signed_on=data.signed_on,
        effective_on=data.effective_on,
        term_months=data.term_months,
        expires_on=data.expires_on,
        terminated_on=data.terminated_on,
        renews_id=(data.renews_id or "").strip() or None,
        us_signatory_id=(data.us_signatory_id or "").strip() or None,
        consular_signatory_id=(data.consular_signatory_id or "").strip() or None,
        document=data.document.strip(),
        notes=data.notes.strip(),
    )


def save_agreement(db: Database, data: AgreementInput, original_id: str | None = None) -> Change:
    """Create or update an agreement after checking every rule; the parties are replaced."""
    clean = _clean(data)
    with write(db) as w:
        s = w.session
        renews_of = {r[0]: r[1] for r in s.execute(select(Agreement.id, Agreement.renews_id))}
        problems = agreement_problems(
            clean,
            original_id=original_id,
            existing_ids=set(renews_of),
            office_ids=set(s.scalars(select(Office.id))),
            consulate_ids=set(s.scalars(select(Consulate.id))),
            person_ids=set(s.scalars(select(Person.id))),
            renews_of=renews_of,
        )
        if problems:
            raise InputError(problems, "The agreement was not saved")
        record = s.get(Agreement, original_id) if original_id else None
        if original_id and record is None:
            raise NotFoundError(AGREEMENT, original_id)
        if record is None:
            record = Agreement(id=clean.id)
            s.add(record)
            w.created(AGREEMENT, clean.id)
        else:
            record.edited = True
            w.updated(AGREEMENT, clean.id)
            if clean.id != original_id:
                w.deleted(AGREEMENT, original_id or "")
        for name in (
            "id",
            "kind",
            "state",
            "signed_on",
            "effective_on",
            "term_months",
            "expires_on",
            "terminated_on",
            "renews_id",
            "us_signatory_id",
            "consular_signatory_id",
        ):
            setattr(record, name, getattr(clean, name))
        record.document = clean.document or None
        record.notes = clean.notes or None
        record.offices = list(s.scalars(select(Office).where(Office.id.in_(clean.office_ids))))
        record.consulates = list(
            s.scalars(select(Consulate).where(Consulate.id.in_(clean.consulate_ids)))
        )
    return w.change


def delete_agreement(db: Database, agreement_id: str) -> Change:
    """Delete an agreement; one that others renew is refused (the history would break)."""
    with write(db) as w:
        s = w.session
        record = s.get(Agreement, agreement_id)
        if record is None:
            raise NotFoundError(AGREEMENT, agreement_id)
        successors = list(
            s.scalars(select(Agreement.id).where(Agreement.renews_id == agreement_id))
        )
        if successors:
            raise InUseError(
                f"Agreement {agreement_id} is renewed by {', '.join(successors)}; deleting it "
                "would break the history of the partnership. Delete the renewal first, or keep it."
            )
        s.delete(record)
        w.deleted(AGREEMENT, agreement_id)
    return w.change


# --- renewal ------------------------------------------------------------------------------------

LEAD_TITLES = (
    "regional administrator",
    "regional director",
    "district director",
    "area director",
    "director",
    "administrator",
)
CONSUL_TITLES = ("consul general", "head of", "consul")


def _current_lead(
    s: Session,
    org_ids: list[str],
    is_office: bool,
    titles: tuple[str, ...],
    day: date,
    previous: str | None,
) -> str | None:
    """The person who should sign now: the previous signatory if still there, else the first
    current member whose title ranks highest."""
    column = Membership.office_id if is_office else Membership.consulate_id
    members = s.execute(
        select(
            Membership.person_id,
            Membership.title,
            column,
            Membership.active_from,
            Membership.active_to,
        ).where(column.in_(org_ids))
    ).all()
    current = [
        m
        for m in members
        if (m.active_from is None or m.active_from <= day)
        and (m.active_to is None or day <= m.active_to)
    ]
    if previous and any(m.person_id == previous for m in current):
        return previous

    def rank(m: Any) -> tuple[int, int, str]:
        title = (m.title or "").lower()
        title_rank = next((i for i, t in enumerate(titles) if t in title), len(titles))
        return (title_rank, org_ids.index(m[2]), m.person_id)

    ranked = sorted(current, key=rank)
    if ranked and rank(ranked[0])[0] < len(titles):
        return ranked[0].person_id
    return None


@dataclass(frozen=True)
class RenewalProposal:
    """The draft successor `renew` creates: computed once, shown by the Renew dialog, and saved
    exactly as shown (the signatories are not looked up again when it is created)."""

    renews_id: str
    new_id: str
    kind: str
    office_ids: tuple[str, ...]
    consulate_ids: tuple[str, ...]
    term_months: int | None
    us_signatory_id: str | None
    consular_signatory_id: str | None
    previous_us_signatory_id: str | None
    previous_consular_signatory_id: str | None
    as_of: date


def _term_of(old: Agreement) -> int | None:
    """The old agreement's term in months: its own, else counted from its dates."""
    if old.term_months is not None or not old.expires_on:
        return old.term_months
    start = effective_date(old.effective_on, old.signed_on)
    if start is None:
        return None
    months = (old.expires_on.year - start.year) * 12 + old.expires_on.month - start.month
    return months if months > 0 else None


def _propose(s: Session, agreement_id: str, day: date) -> RenewalProposal:
    old = s.get(Agreement, agreement_id)
    if old is None:
        raise NotFoundError(AGREEMENT, agreement_id)
    office_ids = [o.id for o in old.offices]
    consulate_ids = [c.id for c in old.consulates]
    existing = set(s.scalars(select(Agreement.id)))
    return RenewalProposal(
        renews_id=old.id,
        new_id=renewal_id(existing, old.id, day.year),
        kind=old.kind,
        office_ids=tuple(office_ids),
        consulate_ids=tuple(consulate_ids),
        term_months=_term_of(old),
        us_signatory_id=_current_lead(s, office_ids, True, LEAD_TITLES, day,
                                      old.us_signatory_id),
        consular_signatory_id=_current_lead(s, consulate_ids, False, CONSUL_TITLES, day,
                                            old.consular_signatory_id),
        previous_us_signatory_id=old.us_signatory_id,
        previous_consular_signatory_id=old.consular_signatory_id,
        as_of=day,
    )


def propose_renewal(db: Database, agreement_id: str, today: date | None = None
                    ) -> RenewalProposal:
    """The draft successor of `agreement_id` as of `today`: same kind, parties and term, dates
    empty, a fresh ID, and as signatories the previous ones when still members of one of the
    parties, else the current member whose title ranks highest (regional administrator ...
    director; consul general ... consul)."""
    with db.session() as s:
        return _propose(s, agreement_id, today or date.today())


def renewal_proposal(
    db: Database, agreement_id: str, today: date | None = None
) -> tuple[str | None, str | None]:
    """(US signatory ID, consular signatory ID) that `renew` would propose on `today`."""
    proposal = propose_renewal(db, agreement_id, today)
    return proposal.us_signatory_id, proposal.consular_signatory_id


def renewal_id(existing: set[str], old_id: str, year: int) -> str:
    """A fresh ID for a renewal: the old ID with its year replaced, or a -R suffix."""
    base = old_id
    for token in reversed(old_id.split("-")):
        if token.isdigit() and len(token) == 4:
            base = old_id[: old_id.rfind(token)] + str(year) + old_id[old_id.rfind(token) + 4 :]
            break
    else:
        base = f"{old_id}-R"
    candidate, n = base[:ID_LENGTH], 2
    while candidate in existing or candidate == old_id:
        candidate = f"{base[: ID_LENGTH - 4]}-{n}"
        n += 1
    return candidate


def renew(
    db: Database,
    agreement_id: str,
    *,
    new_id: str | None = None,
    today: date | None = None,
    proposal: RenewalProposal | None = None,
) -> tuple[Change, str]:
    """Create a draft successor: same kind, parties and term, dates empty, current signatories.

    With `proposal` (from `propose_renewal`, as the Renew dialog showed it) exactly that draft is
    created, under `new_id` if given; without, the proposal is made now. Signing the draft later
    (state signed and a signing date) supersedes the old agreement.
    """
    day = today or (proposal.as_of if proposal is not None else date.today())
    with write(db) as w:
        s = w.session
        if proposal is None or proposal.renews_id != agreement_id:
            proposal = _propose(s, agreement_id, day)
        old = s.get(Agreement, agreement_id)
        if old is None:
            raise NotFoundError(AGREEMENT, agreement_id)
        existing = set(s.scalars(select(Agreement.id)))
        successor_id = (new_id or "").strip() or proposal.new_id
        if successor_id == proposal.new_id and successor_id in existing:
            successor_id = renewal_id(existing, old.id, day.year)  # taken since it was proposed
        try:
            check_id(successor_id)
        except ValueError as exc:
            raise InputError(Problem("ID", str(exc)), "The renewal was not created") from None
        if successor_id in existing:
            raise InputError(
                Problem("ID", f"{successor_id!r} is already used by another agreement"),
                "The renewal was not created",
            )
        people = set(s.scalars(select(Person.id).where(Person.id.in_(
            [p for p in (proposal.us_signatory_id, proposal.consular_signatory_id) if p]))))
        successor = Agreement(
            id=successor_id,
            kind=proposal.kind,
            state=AgreementState.DRAFT.value,
            term_months=proposal.term_months,
            renews_id=old.id,
            us_signatory_id=proposal.us_signatory_id
            if proposal.us_signatory_id in people else None,
            consular_signatory_id=proposal.consular_signatory_id
            if proposal.consular_signatory_id in people else None,
            document=None,
            notes=f"Renewal of {old.id}.",
        )
        successor.offices = list(
            s.scalars(select(Office).where(Office.id.in_(proposal.office_ids))))
        successor.consulates = list(
            s.scalars(select(Consulate).where(Consulate.id.in_(proposal.consulate_ids))))
        s.add(successor)
        w.created(AGREEMENT, successor_id)
        w.updated(AGREEMENT, agreement_id)  # its "renewed by" changed
    return w.change, successor_id


def renewal_chain(db: Database, agreement_id: str) -> list[str]:
    """The partnership's history through `agreement_id`: first agreement to latest renewal."""
    with db.session() as s:
        renews_of = {r[0]: r[1] for r in s.execute(select(Agreement.id, Agreement.renews_id))}
    if agreement_id not in renews_of:
        raise NotFoundError("agreement", agreement_id)
    successors: dict[str, list[str]] = defaultdict(list)
    for aid, parent in renews_of.items():
        if parent:
            successors[parent].append(aid)
    chain = [agreement_id]
    while (parent := renews_of.get(chain[0])) and parent not in chain:
        chain.insert(0, parent)
    while (nexts := sorted(successors.get(chain[-1], []))) and nexts[-1] not in chain:
        chain.append(nexts[-1])
    return chain
