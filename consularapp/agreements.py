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
from collections.abc import Container, Iterable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from consularapp import bounds
from consularapp.changes import AGREEMENT, Change
from consularapp.db import Database
from consularapp.errors import InputError, InUseError, NotFoundError, Problem
from consularapp.i18n import N_, _
from consularapp.known import Known
from consularapp.models import (
    ID_LENGTH,
    Agreement,
    AgreementKind,
    AgreementState,
    Consulate,
    Membership,
    Office,
    Partner,
    Person,
    agreement_consulate,
    agreement_office,
)

# Declared in the status catalogue; imported from here too, as before.
from consularapp.statuses import IN_FORCE, URGENCY, Status
from consularapp.timeutil import add_months
from consularapp.validation import (
    Checker,
    Verdict,
    check_choice,
    check_date,
    check_id,
    check_link,
    check_text,
    check_whole,
    locate,
    shown,
)
from consularapp.writes import Write, write

_URGENCY_RANK = {status: rank for rank, status in enumerate(URGENCY)}


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
    term_months: int | None = None  # the term the document gives (a draft's, before any date)
    # The last day the document gives (its expiry, or start + term), whatever the state: where a
    # draft or an agreement being negotiated would end, for the timeline.
    planned_end: date | None = None

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
    db: Database, as_of: date | None = None, settings: StatusSettings = StatusSettings(),
    ids: Iterable[str] | None = None, within: Select[Any] | None = None,
) -> list[AgreementStatus]:
    """Every agreement (or those of `ids`, or those the query `within` selects the IDs of) with
    its status on `as_of` (today), most urgent first.

    Three queries. With `ids` or `within` they read those agreements, their renewals (which may
    supersede them) and their links only, so a region's screens cost what the region holds, not
    what the nation does.
    """
    day = as_of or date.today()
    wanted = None if ids is None else set(ids)
    statement = select(
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
    office_links = select(agreement_office.c.agreement_id, agreement_office.c.office_id)
    consulate_links = select(agreement_consulate.c.agreement_id,
                             agreement_consulate.c.consulate_id)
    chosen: Any = wanted if wanted is not None else within
    if chosen is not None:
        # The agreements asked about, and whatever renews them (it may supersede them).
        statement = statement.add_columns(Agreement.id.in_(chosen).label("wanted")).where(
            Agreement.id.in_(chosen) | Agreement.renews_id.in_(chosen))
        office_links = office_links.where(agreement_office.c.agreement_id.in_(chosen))
        consulate_links = consulate_links.where(agreement_consulate.c.agreement_id.in_(chosen))
    with db.session() as s:
        rows = s.execute(statement).all()
        offices: dict[str, list[str]] = defaultdict(list)
        for aid, oid in s.execute(office_links):
            offices[aid].append(oid)
        consulates: dict[str, list[str]] = defaultdict(list)
        for aid, cid in s.execute(consulate_links):
            consulates[aid].append(cid)

    # Successors: the latest one in any state is shown as "renewed by"; only a signed one
    # (signed, or signed and later terminated) supersedes, from its signing date.
    latest_successor: dict[str, tuple[tuple[date, str], str]] = {}
    superseded_on: dict[str, date] = {}
    supersedes = (AgreementState.SIGNED, AgreementState.TERMINATED)
    for row in rows:
        aid, state, signed_on, effective_on, renews_id = row[0], row[2], row[3], row[4], row[8]
        if not renews_id:
            continue
        rank = (signed_on or effective_on or date.max, aid)
        if renews_id not in latest_successor or rank > latest_successor[renews_id][0]:
            latest_successor[renews_id] = (rank, aid)
        if state in supersedes and signed_on:
            prev = superseded_on.get(renews_id)
            superseded_on[renews_id] = signed_on if prev is None else min(prev, signed_on)

    result = []
    no_links: list[str] = []
    open_ended = Status.OPEN_ENDED
    for row in rows:
        if chosen is not None and not row[12]:
            continue
        (aid, kind, state, signed_on, effective_on, term_months, expires_on, terminated_on,
         renews_id, us_signatory_id, consular_signatory_id, notes) = row[:12]
        status, days_left, last_day = status_of(
            state=state,
            signed_on=signed_on,
            effective_on=effective_on,
            term_months=term_months,
            expires_on=expires_on,
            terminated_on=terminated_on,
            superseded_on=superseded_on.get(aid),
            as_of=day,
            settings=settings,
        )
        start = effective_on or signed_on
        successor = latest_successor.get(aid)
        of_offices = offices.get(aid)
        of_consulates = consulates.get(aid)
        if of_offices is not None:
            of_offices.sort()
        if of_consulates is not None:
            of_consulates.sort()
        result.append(
            AgreementStatus(
                id=aid,
                kind=kind,
                state=state,
                signed_on=signed_on,
                effective_on=start,
                expires_on=last_day,
                terminated_on=terminated_on,
                renews_id=renews_id,
                status=status,
                days_left=days_left,
                renewed_by=successor[1] if successor else None,
                next_review=next_review(start, day, settings.review_every_years)
                if status is open_ended
                else None,
                office_ids=of_offices if of_offices is not None else list(no_links),
                consulate_ids=of_consulates if of_consulates is not None else list(no_links),
                us_signatory_id=us_signatory_id,
                consular_signatory_id=consular_signatory_id,
                notes=notes,
                as_of=day,
                term_months=term_months,
                planned_end=expiry_date(effective_on, signed_on, term_months, expires_on),
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
    #: The version read (get_*); a save based on an older one is refused (None: not checked).
    version: int | None = None
    partner_ids: list[str] = field(default_factory=list)  # community partners also parties


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
            version=a.version,
            partner_ids=[p.id for p in a.partners],
        )


AGREEMENT_LABELS = {
    "id": N_("ID"), "kind": N_("Kind"), "state": N_("State"), "office_ids": N_("Offices"),
    "consulate_ids": N_("Consulates"), "signed_on": N_("Signed on"),
    "effective_on": N_("Effective on"), "term_months": N_("Term months"),
    "expires_on": N_("Expires on"), "terminated_on": N_("Terminated on"),
    "renews_id": N_("Renews"), "us_signatory_id": N_("US signatory"),
    "consular_signatory_id": N_("Consular signatory"), "document": N_("Document"),
    "notes": N_("Notes"), "partner_ids": N_("Partners"),
}


# Per kind of party: (code, sentence) when there is none, when an ID names the other kind, and
# when it names nothing.
_PARTY_RULES = {
    "office": (("agreement.no_office", N_("name at least one agency office")),
               ("agreement.not_an_office", N_("{value} is a consulate, not an office")),
               ("agreement.unknown_office", N_("no office has the ID {value}"))),
    "consulate": (("agreement.no_consulate", N_("name at least one consulate")),
                  ("agreement.not_a_consulate", N_("{value} is an office, not a consulate")),
                  ("agreement.unknown_consulate", N_("no consulate has the ID {value}"))),
}


def _parties(c: Checker, name: str, ids: list[str], mine: Container[str],
             theirs: Container[str], what: str) -> None:
    """Each of `ids` names a record of `mine` (offices, or consulates), and there is one."""
    (none_code, none), (other_code, other), (unknown_code, unknown) = _PARTY_RULES[what]
    if not ids:
        c.fail(name, none_code, _(none))
    for ident in ids:
        if ident in theirs:
            c.fail(name, other_code, _(other).format(value=repr(ident)), value=ident)
        elif ident not in mine:
            c.fail(name, unknown_code, _(unknown).format(value=shown(ident)), value=ident)


def check_agreement(data: AgreementInput, known: Known, original_id: str | None = None
                    ) -> Verdict[AgreementInput]:
    """Everything wrong with agreement `data` (replacing `original_id`, or new), and it cleaned.

    The one rule set of agreements: the editor, the workbook and the command line all ask it.
    `known.agreements` maps each known agreement to the one it renews, to refuse loops.
    """
    data = _clean(data)
    c = Checker()
    c.run("id", check_id, data.id)
    if data.id and not c.has("id") and data.id != original_id and data.id in known.agreements:
        c.fail("id", "id.taken",
               _("{value} is already used by another agreement").format(value=repr(data.id)),
               value=data.id)
    kind = c.run("kind", check_choice, data.kind, AgreementKind, _("agreement kind"))
    state = c.run("state", check_choice, data.state, AgreementState, _("agreement state"))
    _parties(c, "office_ids", data.office_ids, known.offices, known.consulates, "office")
    _parties(c, "consulate_ids", data.consulate_ids, known.consulates, known.offices,
             "consulate")
    for name in ("signed_on", "effective_on", "expires_on", "terminated_on"):
        c.run(name, check_date, getattr(data, name))
    term = c.run("term_months", check_whole, data.term_months, bounds.TERM_MONTHS)
    document = c.run("document", check_link, data.document)
    notes = c.run("notes", check_text, data.notes, bounds.NOTES)
    dates_ok = not any(c.has(n) for n in ("signed_on", "effective_on", "expires_on",
                                           "terminated_on", "term_months"))
    if state == AgreementState.SIGNED and not data.signed_on:
        c.fail("signed_on", "agreement.signed_without_date",
               _("a signed agreement needs the date it was signed"))
    if state == AgreementState.TERMINATED and not data.signed_on:
        c.fail("signed_on", "agreement.terminated_without_signing",
               _("a terminated agreement needs the date it was signed (only a signed agreement "
                 "can be terminated)"))
    if state == AgreementState.TERMINATED and not data.terminated_on:
        c.fail("terminated_on", "agreement.terminated_without_date",
               _("a terminated agreement needs the date it ended"))
    if data.terminated_on and state and state != AgreementState.TERMINATED:
        c.fail("terminated_on", "agreement.termination_date_not_terminated",
               _("only a terminated agreement has a termination date; the state is {state}: "
                 "set it to terminated or clear the date").format(state=state),
               state=state)
    start = effective_date(data.effective_on, data.signed_on)
    if dates_ok and data.expires_on and start and data.expires_on < start:
        c.fail("expires_on", "agreement.expires_before_start",
               _("{expires} is before the agreement takes effect ({start})").format(
                   expires=data.expires_on.isoformat(), start=start.isoformat()),
               expires=data.expires_on.isoformat(), start=start.isoformat())
    elif dates_ok and data.expires_on and term and start:
        from_term = add_months(start, term)
        if from_term != data.expires_on:
            c.fail("expires_on", "agreement.expiry_disagrees_with_term",
                   _("{expires} does not agree with a term of {months} months from {start} "
                     "({computed}); correct one of them or leave the expiry blank").format(
                       expires=data.expires_on.isoformat(), months=term,
                       start=start.isoformat(), computed=from_term.isoformat()),
                   expires=data.expires_on.isoformat(), months=term, start=start.isoformat(),
                   computed=from_term.isoformat())
    if dates_ok and data.terminated_on and start and data.terminated_on < start:
        c.fail("terminated_on", "agreement.terminated_before_start",
               _("{terminated} is before the agreement takes effect ({start})").format(
                   terminated=data.terminated_on.isoformat(), start=start.isoformat()),
               terminated=data.terminated_on.isoformat(), start=start.isoformat())
    if data.renews_id:
        _check_renewal(c, data, known, original_id)
    for pid in data.partner_ids:
        if pid not in known.partners:
            c.fail("partner_ids", "agreement.unknown_partner",
                   _("no community partner has the ID {value}").format(value=shown(pid)),
                   value=pid)
    for name in ("us_signatory_id", "consular_signatory_id"):
        pid = getattr(data, name)
        if pid and pid not in known.people:
            c.fail(name, "agreement.unknown_signatory",
                   _("no person has the ID {value}").format(value=shown(pid)), value=pid)
    if c.problems:
        return Verdict(c.problems)
    return Verdict([], replace(data, kind=kind or data.kind, state=state or data.state,
                               term_months=term, document=document or "", notes=notes or ""))


def _check_renewal(c: Checker, data: AgreementInput, known: Known,
                   original_id: str | None) -> None:
    renewed = data.renews_id or ""
    if renewed in (data.id, original_id):
        c.fail("renews_id", "agreement.renews_itself", _("an agreement cannot renew itself"))
        return
    if renewed not in known.agreements:
        c.fail("renews_id", "agreement.renews_unknown",
               _("no agreement has the ID {value}").format(value=shown(renewed)), value=renewed)
        return
    path = [data.id, renewed]
    seen = {data.id, original_id}
    cursor: str | None = renewed
    while cursor is not None:
        if cursor in seen:
            c.fail("renews_id", "agreement.renewal_loop",
                   _("renewals would form a loop: {path}").format(
                       path=_(" renews ").join(path)),
                   path=list(path))
            return
        seen.add(cursor)
        cursor = known.agreements.get(cursor)
        if cursor is not None:
            path.append(cursor)


def agreement_problems(
    data: AgreementInput,
    known: Known | None = None,
    *,
    original_id: str | None = None,
    existing_ids: set[str] | None = None,
    office_ids: set[str] | None = None,
    consulate_ids: set[str] | None = None,
    person_ids: set[str] | None = None,
    renews_of: dict[str, str | None] | None = None,
) -> list[Problem]:
    """Every problem with `data`, under the editor's labels (`check_agreement`'s verdict).

    Give the context as a `Known`, or as the sets of IDs the editor has at hand (`renews_of`
    maps each known agreement to the one it renews, to refuse renewal cycles).
    """
    if known is None:
        agreements: dict[str, str | None] = dict.fromkeys(existing_ids or ())
        agreements.update(renews_of or {})
        known = Known(
            offices=set(office_ids or ()),
            consulates=set(consulate_ids or ()),
            people={pid: pid for pid in person_ids or ()},
            agreements=agreements,
        )
    return locate(check_agreement(data, known, original_id).problems, AGREEMENT_LABELS)


def _clean(data: AgreementInput) -> AgreementInput:
    def dedupe(ids: list[str]) -> list[str]:
        return list(dict.fromkeys(i.strip() for i in ids if i and i.strip()))

    return AgreementInput(
        id=data.id.strip(),
        kind=data.kind.strip(),
        state=data.state.strip().lower(),
        office_ids=dedupe(data.office_ids),
        consulate_ids=dedupe(data.consulate_ids),
        partner_ids=dedupe(data.partner_ids),
        signed_on=data.signed_on,
        effective_on=data.effective_on,
        term_months=data.term_months,
        expires_on=data.expires_on,
        terminated_on=data.terminated_on,
        renews_id=(data.renews_id or "").strip() or None,
        us_signatory_id=(data.us_signatory_id or "").strip() or None,
        consular_signatory_id=(data.consular_signatory_id or "").strip() or None,
        document=(data.document or "").strip(),
        notes=(data.notes or "").strip(),
    )


def validate_agreement(s: Session, data: AgreementInput, original_id: str | None
                       ) -> AgreementInput:
    """The agreement cleaned, or InputError with every problem under the editor's labels."""
    return check_agreement(data, Known.of(s), original_id).accepted(
        _("The agreement was not saved"), AGREEMENT_LABELS)


def save_agreement(db: Database, data: AgreementInput, original_id: str | None = None) -> Change:
    """Create or update an agreement after checking every rule; the parties are replaced."""
    with write(db) as w:
        s = w.session
        clean = validate_agreement(s, data, original_id)
        w.based_on(AGREEMENT, original_id, data.version if original_id else None)
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
        record.partners = list(
            s.scalars(select(Partner).where(Partner.id.in_(clean.partner_ids)))
        ) if clean.partner_ids else []
        _drop_stale_obligations(w, [clean.id])
    return w.change


def _drop_stale_obligations(w: Write, agreement_ids: list[str]) -> None:
    """What an agreement owes follows its dates: done records of periods that no longer exist
    (a date moved, a termination, a signed renewal) go in the same write."""
    from consularapp.obligations import drop_stale

    drop_stale(w, agreement_ids)


def delete_agreement(db: Database, agreement_id: str, version: int | None = None) -> Change:
    """Delete an agreement; one that others renew is refused (the history would break)."""
    with write(db) as w:
        s = w.session
        w.based_on(AGREEMENT, agreement_id, version)
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
