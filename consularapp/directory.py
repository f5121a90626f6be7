"""Directory services: offices, consulates, people and their memberships.

Reads return plain frozen rows built from one query per table (never one per row), so a table of
5,000 people loads in milliseconds and the UI holds no ORM objects. Writes validate everything,
raise InputError with every problem, and return a Change.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from itertools import pairwise

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from consularapp.changes import AGENCY, CONSULATE, OFFICE, PERSON, Change
from consularapp.db import Database
from consularapp.errors import InUseError, NotFoundError
from consularapp.models import (
    Agency,
    Agreement,
    Assignment,
    Consulate,
    ConsulateType,
    DeletedReference,
    Event,
    Membership,
    Office,
    OfficeType,
    Person,
    agreement_consulate,
    agreement_office,
    event_office,
)
from consularapp.validation import (
    Checker,
    check_choice,
    check_country,
    check_email,
    check_id,
    check_period,
    check_required,
    check_state,
    check_zone,
    clean_text,
    country_name,
    optional_text,
)
from consularapp.writes import write

# --- rows for tables ----------------------------------------------------------------------------


@dataclass(frozen=True)
class OfficeRow:
    id: str
    agency_code: str
    name: str
    office_type: str
    region: str
    city: str
    state: str
    time_zone: str
    address: str
    phone: str
    email: str
    states_served: tuple[str, ...]
    source: str
    confidence: str
    edited: bool


@dataclass(frozen=True)
class ConsulateRow:
    id: str
    country_code: str
    country_name: str
    name: str
    city: str
    state: str
    consulate_type: str
    time_zone: str
    address: str
    phone: str
    email: str
    jurisdiction: str
    source: str
    confidence: str
    edited: bool


@dataclass(frozen=True)
class PersonRow:
    """A person with their organization on the day asked about (or their last one)."""

    id: str
    name: str
    languages: tuple[str, ...]
    email: str
    phone: str
    organization_id: str
    organization_name: str
    organization_kind: str  # "office", "consulate" or "" when the person never had one
    title: str
    active_from: date | None
    active_to: date | None
    current: bool


# English needs "the" before these countries' names ("Consulate General of the Philippines").
_WITH_ARTICLE = frozenset(
    "AE BS CF CD CG DO FM GB GM KM KY MH MV NL PH SB SC TC US VA VG VI".split()
)
_KINDS = {
    "en": {
        ConsulateType.GENERAL.value: "Consulate General",
        ConsulateType.CONSULATE.value: "Consulate",
        ConsulateType.EMBASSY_SECTION.value: "Consular Section of the Embassy",
        ConsulateType.HONORARY.value: "Honorary Consulate",
    },
    "es": {
        ConsulateType.GENERAL.value: "Consulado General",
        ConsulateType.CONSULATE.value: "Consulado",
        ConsulateType.EMBASSY_SECTION.value: "Sección Consular de la Embajada",
        ConsulateType.HONORARY.value: "Consulado Honorario",
    },
}


def consulate_display_name(
    country_code: str, consulate_type: str | None, city: str, language: str = "en"
) -> str:
    """'Consulate General of Mexico in Chicago' / 'Consulado General de México en Chicago'.

    Built from the parts the workbook keeps; a consulate without a type reads 'Consulate'.
    """
    if language == "es":
        kind = _KINDS["es"].get(consulate_type or "", "Consulado")
        return f"{kind} de {country_name(country_code, 'es')} en {city}"
    kind = _KINDS["en"].get(consulate_type or "", "Consulate")
    article = "the " if country_code.upper() in _WITH_ARTICLE else ""
    return f"{kind} of {article}{country_name(country_code)} in {city}"


def list_agencies(db: Database) -> list[tuple[str, str]]:
    with db.session() as s:
        return [tuple(r) for r in s.execute(select(Agency.code, Agency.name).order_by(Agency.code))]


def list_offices(db: Database) -> list[OfficeRow]:
    with db.session() as s:
        rows = s.execute(select(Office).order_by(Office.id)).scalars().all()
        return [_office_row(o) for o in rows]


def _office_row(o: Office) -> OfficeRow:
    return OfficeRow(
        id=o.id,
        agency_code=o.agency_code,
        name=o.name,
        office_type=o.office_type,
        region=o.region or "",
        city=o.city,
        state=o.state,
        time_zone=o.time_zone,
        address=o.address or "",
        phone=o.phone or "",
        email=o.email or "",
        states_served=tuple(o.states_served or ()),
        source=o.source or "",
        confidence=o.confidence or "",
        edited=bool(o.edited),
    )


def list_consulates(db: Database) -> list[ConsulateRow]:
    with db.session() as s:
        rows = s.execute(select(Consulate).order_by(Consulate.id)).scalars().all()
        return [_consulate_row(c) for c in rows]


def _consulate_row(c: Consulate) -> ConsulateRow:
    return ConsulateRow(
        id=c.id,
        country_code=c.country_code,
        country_name=country_name(c.country_code),
        name=consulate_display_name(c.country_code, c.consulate_type, c.city),
        city=c.city,
        state=c.state,
        consulate_type=c.consulate_type or "",
        time_zone=c.time_zone,
        address=c.address or "",
        phone=c.phone or "",
        email=c.email or "",
        jurisdiction=c.jurisdiction or "",
        source=c.source or "",
        confidence=c.confidence or "",
        edited=bool(c.edited),
    )


def organization_names(session: Session) -> dict[str, tuple[str, str]]:
    """Organization ID -> (kind, display name) for every office and consulate."""
    names: dict[str, tuple[str, str]] = {}
    for oid, name in session.execute(select(Office.id, Office.name)):
        names[oid] = ("office", name)
    for cid, code, kind, city in session.execute(
        select(Consulate.id, Consulate.country_code, Consulate.consulate_type, Consulate.city)
    ):
        names[cid] = ("consulate", consulate_display_name(code, kind, city))
    return names


def list_people(db: Database, as_of: date | None = None) -> list[PersonRow]:
    """Everyone, each with the membership in force on `as_of` (today), else their latest."""
    day = as_of or date.today()
    with db.session() as s:
        orgs = organization_names(s)
        people = s.execute(
            select(Person.id, Person.name, Person.languages, Person.email, Person.phone).order_by(
                Person.name, Person.id
            )
        ).all()
        by_person: dict[str, list[Membership]] = {}
        for m in s.execute(select(Membership).order_by(Membership.active_from)).scalars():
            by_person.setdefault(m.person_id, []).append(m)
    result = []
    for pid, name, languages, email, phone in people:
        memberships = by_person.get(pid, [])
        current = next((m for m in reversed(memberships) if m.active_on(day)), None)
        shown = current or (memberships[-1] if memberships else None)
        org_id = shown.organization_id if shown else ""
        kind, org_name = orgs.get(org_id, ("", ""))
        result.append(
            PersonRow(
                id=pid,
                name=name,
                languages=tuple(languages or ()),
                email=email or "",
                phone=phone or "",
                organization_id=org_id,
                organization_name=org_name,
                organization_kind=kind,
                title=(shown.title or "") if shown else "",
                active_from=shown.active_from if shown else None,
                active_to=shown.active_to if shown else None,
                current=current is not None,
            )
        )
    return result


# --- records for editing ------------------------------------------------------------------------


@dataclass
class OfficeInput:
    """What the office dialog edits; also built by the workbook import."""

    id: str = ""
    agency_code: str = ""
    name: str = ""
    office_type: str = OfficeType.DISTRICT.value
    region: str = ""
    city: str = ""
    state: str = ""
    time_zone: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    agency_name: str = ""  # only for a new agency code
    states_served: list[str] = field(default_factory=list)
    # Kept when a deleted reference record is recreated (undo), so it stays a reference record.
    source: str = ""
    confidence: str = ""


@dataclass
class ConsulateInput:
    id: str = ""
    country_code: str = "MX"
    city: str = ""
    state: str = ""
    consulate_type: str = ""
    time_zone: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    jurisdiction: str = ""
    source: str = ""
    confidence: str = ""


@dataclass
class MembershipInput:
    organization_id: str = ""
    title: str = ""
    active_from: date | None = None
    active_to: date | None = None


@dataclass
class PersonInput:
    id: str = ""
    name: str = ""
    languages: list[str] = field(default_factory=list)
    email: str = ""
    phone: str = ""
    memberships: list[MembershipInput] = field(default_factory=list)


def get_office(db: Database, office_id: str) -> OfficeInput:
    with db.session() as s:
        o = s.get(Office, office_id)
        if o is None:
            raise NotFoundError("office", office_id)
        return OfficeInput(
            id=o.id,
            agency_code=o.agency_code,
            name=o.name,
            office_type=o.office_type,
            region=o.region or "",
            city=o.city,
            state=o.state,
            time_zone=o.time_zone,
            address=o.address or "",
            phone=o.phone or "",
            email=o.email or "",
            states_served=list(o.states_served or []),
            source=o.source or "",
            confidence=o.confidence or "",
        )


def get_consulate(db: Database, consulate_id: str) -> ConsulateInput:
    with db.session() as s:
        c = s.get(Consulate, consulate_id)
        if c is None:
            raise NotFoundError("consulate", consulate_id)
        return ConsulateInput(
            id=c.id,
            country_code=c.country_code,
            city=c.city,
            state=c.state,
            consulate_type=c.consulate_type or "",
            time_zone=c.time_zone,
            address=c.address or "",
            phone=c.phone or "",
            email=c.email or "",
            jurisdiction=c.jurisdiction or "",
            source=c.source or "",
            confidence=c.confidence or "",
        )


def get_person(db: Database, person_id: str) -> PersonInput:
    with db.session() as s:
        p = s.get(Person, person_id, options=[selectinload(Person.memberships)])
        if p is None:
            raise NotFoundError("person", person_id)
        return PersonInput(
            id=p.id,
            name=p.name,
            languages=list(p.languages or []),
            email=p.email or "",
            phone=p.phone or "",
            memberships=[
                MembershipInput(m.organization_id, m.title or "", m.active_from, m.active_to)
                for m in p.memberships
            ],
        )


# --- validation ---------------------------------------------------------------------------------


def _organization_ids(s: Session) -> tuple[set[str], set[str]]:
    return set(s.scalars(select(Office.id))), set(s.scalars(select(Consulate.id)))


def _check_new_id(c: Checker, s: Session, new_id: str, original_id: str | None) -> None:
    """An ID is unique across offices and consulates (people name either as 'Organization ID')."""
    if not new_id or new_id == original_id:
        return
    offices, consulates = _organization_ids(s)
    if new_id in offices or new_id in consulates:
        c.fail("ID", f"{new_id!r} is already used by another office or consulate")


def validate_office(s: Session, data: OfficeInput, original_id: str | None) -> OfficeInput:
    c = Checker()
    clean = replace(
        data,
        id=c.run("ID", check_id, data.id) or "",
        agency_code=(c.run("Agency", check_required, data.agency_code, "an agency") or "").upper(),
        name=c.run("Name", check_required, data.name, "a name") or "",
        office_type=c.run(
            "Office type",
            check_choice,
            data.office_type,
            [t.value for t in OfficeType],
            "office type",
        )
        or "",
        city=c.run("City", check_required, data.city, "a city") or "",
        state=c.run("State", check_state, data.state) or "",
        time_zone=c.run("Time zone", check_zone, data.time_zone) or "",
        email=c.run("Email", check_email, data.email) or "",
        region=clean_text(data.region),
        address=clean_text(data.address),
        phone=clean_text(data.phone),
    )
    _check_new_id(c, s, clean.id, original_id)
    c.raise_if_any("The office was not saved")
    return clean


def validate_consulate(s: Session, data: ConsulateInput, original_id: str | None) -> ConsulateInput:
    c = Checker()
    ctype = data.consulate_type.strip()
    clean = replace(
        data,
        id=c.run("ID", check_id, data.id) or "",
        country_code=c.run("Country", check_country, data.country_code) or "",
        city=c.run("City", check_required, data.city, "a city") or "",
        state=c.run("State", check_state, data.state) or "",
        consulate_type=(
            c.run("Type", check_choice, ctype, [t.value for t in ConsulateType], "consulate type")
            or ""
        )
        if ctype
        else "",
        time_zone=c.run("Time zone", check_zone, data.time_zone) or "",
        email=c.run("Email", check_email, data.email) or "",
        address=clean_text(data.address),
        phone=clean_text(data.phone),
        jurisdiction=clean_text(data.jurisdiction),
    )
    _check_new_id(c, s, clean.id, original_id)
    c.raise_if_any("The consulate was not saved")
    return clean


def validate_person(s: Session, data: PersonInput, original_id: str | None) -> PersonInput:
    c = Checker()
    pid = c.run("ID", check_id, data.id) or ""
    if pid and pid != original_id and s.get(Person, pid) is not None:
        c.fail("ID", f"{pid!r} is already used by another person")
    offices, consulates = _organization_ids(s)
    memberships = []
    for n, m in enumerate(data.memberships, start=1):
        label = f"Membership {n}"
        org = clean_text(m.organization_id)
        if not org:
            c.fail(label, "choose the office or consulate")
        elif org not in offices and org not in consulates:
            c.fail(label, f"no office or consulate has the ID {org!r}")
        c.run(label, check_period, m.active_from, m.active_to)
        memberships.append(replace(m, organization_id=org, title=clean_text(m.title)))
    ordered = sorted(memberships, key=lambda m: m.active_from or date.min)
    for before, after in pairwise(ordered):
        if before.active_to is None or (after.active_from or date.min) <= before.active_to:
            c.fail(
                "Memberships",
                f"the periods at {before.organization_id} and {after.organization_id} overlap: "
                "a person belongs to one organization at a time; give the earlier one an end date",
            )
    clean = PersonInput(
        id=pid,
        name=c.run("Name", check_required, data.name, "a name") or "",
        languages=[lang.strip() for lang in data.languages if lang.strip()],
        email=c.run("Email", check_email, data.email) or "",
        phone=clean_text(data.phone),
        memberships=memberships,
    )
    c.raise_if_any("The person was not saved")
    return clean


# --- writes -------------------------------------------------------------------------------------


def ensure_agency(s: Session, code: str, name: str = "", *, source: str | None = None) -> bool:
    """Create the agency `code` if new (a state labor agency, say). True if created."""
    if s.get(Agency, code) is not None:
        return False
    s.add(Agency(code=code, name=name or code, source=source))
    s.flush()
    return True


def save_office(db: Database, data: OfficeInput, original_id: str | None = None) -> Change:
    """Create (original_id None) or update an office; an ID change cascades to references."""
    with write(db) as w:
        s = w.session
        clean = validate_office(s, data, original_id)
        if ensure_agency(s, clean.agency_code, clean.agency_name):
            w.created(AGENCY, clean.agency_code)
        office = s.get(Office, original_id) if original_id else None
        if original_id and office is None:
            raise NotFoundError(OFFICE, original_id)
        if office is None:
            office = Office(id=clean.id)
            _restore_reference(s, OFFICE, office, clean.source, clean.confidence)
            s.add(office)
            w.created(OFFICE, clean.id)
        else:
            office.edited = True
            w.updated(OFFICE, clean.id)
            if clean.id != original_id:
                w.deleted(OFFICE, original_id or "")
        for name in ("id", "agency_code", "name", "office_type", "city", "state", "time_zone"):
            setattr(office, name, getattr(clean, name))
        for name in ("region", "address", "phone", "email"):
            setattr(office, name, optional_text(getattr(clean, name)))
        office.states_served = [x.strip().upper() for x in clean.states_served if x.strip()]
    return w.change


def save_consulate(db: Database, data: ConsulateInput, original_id: str | None = None) -> Change:
    with write(db) as w:
        s = w.session
        clean = validate_consulate(s, data, original_id)
        consulate = s.get(Consulate, original_id) if original_id else None
        if original_id and consulate is None:
            raise NotFoundError(CONSULATE, original_id)
        if consulate is None:
            consulate = Consulate(id=clean.id)
            _restore_reference(s, CONSULATE, consulate, clean.source, clean.confidence)
            s.add(consulate)
            w.created(CONSULATE, clean.id)
        else:
            consulate.edited = True
            w.updated(CONSULATE, clean.id)
            if clean.id != original_id:
                w.deleted(CONSULATE, original_id or "")
        for name in ("id", "country_code", "city", "state", "time_zone"):
            setattr(consulate, name, getattr(clean, name))
        for name in ("consulate_type", "address", "phone", "email", "jurisdiction"):
            setattr(consulate, name, optional_text(getattr(clean, name)))
    return w.change


def _restore_reference(
    s: Session, table: str, record: Office | Consulate, source: str, confidence: str
) -> None:
    """Recreating a deleted reference record (undo) makes it a reference record again."""
    if not source:
        return
    record.source, record.confidence = source, confidence or None
    gone = s.get(DeletedReference, (table, record.id))
    if gone is not None:
        s.delete(gone)


def _apply_memberships(
    person: Person, memberships: list[MembershipInput], org_kinds: tuple[set[str], set[str]]
) -> None:
    offices, _consulates = org_kinds
    person.memberships.clear()
    for m in memberships:
        is_office = m.organization_id in offices
        person.memberships.append(
            Membership(
                office_id=m.organization_id if is_office else None,
                consulate_id=None if is_office else m.organization_id,
                title=m.title or None,
                active_from=m.active_from,
                active_to=m.active_to,
            )
        )


def save_person(db: Database, data: PersonInput, original_id: str | None = None) -> Change:
    """Create or update a person; the memberships given replace the stored history."""
    with write(db) as w:
        s = w.session
        clean = validate_person(s, data, original_id)
        person = None
        if original_id:
            person = s.get(Person, original_id, options=[selectinload(Person.memberships)])
            if person is None:
                raise NotFoundError(PERSON, original_id)
        if person is None:
            person = Person(id=clean.id)
            s.add(person)
            w.created(PERSON, clean.id)
        else:
            w.updated(PERSON, clean.id)
            if clean.id != original_id:
                w.deleted(PERSON, original_id or "")
        person.id = clean.id
        person.name = clean.name
        person.languages = clean.languages
        person.email = clean.email or None
        person.phone = clean.phone or None
        _apply_memberships(person, clean.memberships, _organization_ids(s))
    return w.change


def _remember_deleted_reference(s: Session, table: str, record_id: str, source: str | None) -> None:
    if source is not None and s.get(DeletedReference, (table, record_id)) is None:
        s.add(DeletedReference(table_name=table, record_id=record_id))


def _uses(s: Session, counts: list[tuple[str, object]]) -> list[str]:
    found = []
    for label, stmt in counts:
        n = s.scalar(stmt) or 0
        if n:
            found.append(f"{n} {label}")
    return found


def _delete_organization(
    db: Database, model: type[Office] | type[Consulate], table: str, record_id: str,
    uses: list[tuple[str, object]],
) -> Change:
    """Delete an office or consulate nothing refers to; remember a deleted reference record."""
    with write(db) as w:
        s = w.session
        record = s.get(model, record_id)
        if record is None:
            raise NotFoundError(table, record_id)
        found = _uses(s, uses)
        if found:
            raise InUseError(
                f"{table.capitalize()} {record_id} cannot be deleted: {', '.join(found)} refer "
                f"to it. Remove those first, or keep the {table}."
            )
        _remember_deleted_reference(s, table, record_id, record.source)
        s.delete(record)
        w.deleted(table, record_id)
    return w.change


def delete_office(db: Database, office_id: str) -> Change:
    a, e = agreement_office.c, event_office.c
    return _delete_organization(db, Office, OFFICE, office_id, [
        ("agreement(s)", select(func.count()).where(a.office_id == office_id)),
        ("event(s)", select(func.count()).where(e.office_id == office_id)),
        ("staff membership(s)",
         select(func.count(Membership.id)).where(Membership.office_id == office_id)),
    ])


def delete_consulate(db: Database, consulate_id: str) -> Change:
    a = agreement_consulate.c
    return _delete_organization(db, Consulate, CONSULATE, consulate_id, [
        ("agreement(s)", select(func.count()).where(a.consulate_id == consulate_id)),
        ("hosted event(s)",
         select(func.count(Event.id)).where(Event.host_consulate_id == consulate_id)),
        ("membership(s)",
         select(func.count(Membership.id)).where(Membership.consulate_id == consulate_id)),
    ])


def delete_person(db: Database, person_id: str) -> Change:
    """Delete a person and their memberships; refused while they are assigned to events."""
    with write(db) as w:
        s = w.session
        person = s.get(Person, person_id)
        if person is None:
            raise NotFoundError(PERSON, person_id)
        uses = _uses(
            s,
            [
                (
                    "event assignment(s)",
                    select(func.count(Assignment.id)).where(Assignment.person_id == person_id),
                ),
            ],
        )
        if uses:
            raise InUseError(
                f"{person.name} cannot be deleted: {', '.join(uses)} name them. Remove the "
                "assignments first, or end their membership instead (they stay in the history)."
            )
        signed = s.scalar(
            select(func.count(Agreement.id)).where(
                (Agreement.us_signatory_id == person_id)
                | (Agreement.consular_signatory_id == person_id)
            )
        )
        if signed:
            raise InUseError(
                f"{person.name} signed {signed} agreement(s) and is kept for the record. "
                "End their membership instead."
            )
        w.delete_where(Membership, Membership.person_id == person_id)
        s.delete(person)
        w.deleted(PERSON, person_id)
    return w.change
