"""Directory services: offices, consulates, people and their memberships.

Reads return plain frozen rows built from one query per table (never one per row), so a table of
5,000 people loads in milliseconds and the UI holds no ORM objects. Writes validate everything,
raise InputError with every problem, and return a Change.
"""

from __future__ import annotations

from collections.abc import Container, Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import pairwise

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from consularapp import bounds
from consularapp.changes import AGENCY, CONSULATE, OFFICE, PERSON, Change
from consularapp.db import Database
from consularapp.errors import InputError, InUseError, NotFoundError, Problem
from consularapp.i18n import N_, _
from consularapp.i18n import language as current_language
from consularapp.known import Known
from consularapp.labels import city_label
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
    Verdict,
    check_agency_code,
    check_choice,
    check_country,
    check_date,
    check_email,
    check_id,
    check_list,
    check_period,
    check_state,
    check_text,
    check_zone,
    clean_text,
    country_name,
    optional_text,
    shown,
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
    country_code: str, consulate_type: str | None, city: str, language: str | None = None
) -> str:
    """'Consulate General of Mexico in Chicago' / 'Consulado General de México en Chicago', in
    `language` (default: the current one: a Spanish window says the consulate's Spanish name).

    Built from the parts the workbook keeps; a consulate without a type reads 'Consulate'.
    """
    if (language or current_language()) == "es":
        kind = _KINDS["es"].get(consulate_type or "", "Consulado")
        return f"{kind} de {country_name(country_code, 'es')} en {city_label(city, 'es')}"
    kind = _KINDS["en"].get(consulate_type or "", "Consulate")
    article = "the " if country_code.upper() in _WITH_ARTICLE else ""
    return f"{kind} of {article}{country_name(country_code)} in {city}"


def list_agencies(db: Database) -> list[tuple[str, str]]:
    with db.session() as s:
        return [tuple(r) for r in s.execute(select(Agency.code, Agency.name).order_by(Agency.code))]


def list_offices(db: Database, ids: Iterable[str] | None = None) -> list[OfficeRow]:
    """Every office, or those of `ids` (a window refreshing the rows a write changed)."""
    stmt = select(Office).order_by(Office.id)
    if ids is not None:
        stmt = stmt.where(Office.id.in_(list(ids)))
    with db.session() as s:
        return [_office_row(o) for o in s.execute(stmt).scalars().all()]


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


def list_consulates(db: Database, ids: Iterable[str] | None = None) -> list[ConsulateRow]:
    """Every consulate, or those of `ids`."""
    stmt = select(Consulate).order_by(Consulate.id)
    if ids is not None:
        stmt = stmt.where(Consulate.id.in_(list(ids)))
    with db.session() as s:
        return [_consulate_row(c) for c in s.execute(stmt).scalars().all()]


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


def organization_names(session: Session, only: Iterable[str] | None = None
                       ) -> dict[str, tuple[str, str]]:
    """Organization ID -> (kind, display name) for every office and consulate (or those of
    `only`)."""
    offices = select(Office.id, Office.name)
    consulates = select(Consulate.id, Consulate.country_code, Consulate.consulate_type,
                        Consulate.city)
    if only is not None:
        wanted = list(only)
        offices = offices.where(Office.id.in_(wanted))
        consulates = consulates.where(Consulate.id.in_(wanted))
    names: dict[str, tuple[str, str]] = {}
    for oid, name in session.execute(offices):
        names[oid] = ("office", name)
    for cid, code, kind, city in session.execute(consulates):
        names[cid] = ("consulate", consulate_display_name(code, kind, city))
    return names


def list_people(db: Database, as_of: date | None = None,
                ids: Iterable[str] | None = None) -> list[PersonRow]:
    """Everyone (or those of `ids`), each with the membership in force on `as_of` (today), else
    their latest."""
    day = as_of or date.today()
    people_stmt = select(Person.id, Person.name, Person.languages, Person.email,
                         Person.phone).order_by(Person.name, Person.id)
    memberships_stmt = select(Membership).order_by(Membership.active_from)
    if ids is not None:
        wanted = list(ids)
        people_stmt = people_stmt.where(Person.id.in_(wanted))
        memberships_stmt = memberships_stmt.where(Membership.person_id.in_(wanted))
    with db.session() as s:
        people = s.execute(people_stmt).all()
        by_person: dict[str, list[Membership]] = {}
        for m in s.execute(memberships_stmt).scalars():
            by_person.setdefault(m.person_id, []).append(m)
        orgs = organization_names(s, None if ids is None else {
            m.organization_id for ms in by_person.values() for m in ms})
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
    #: The version read (get_*); a save based on an older one is refused (None: not checked).
    version: int | None = None


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
    #: The version read (get_*); a save based on an older one is refused (None: not checked).
    version: int | None = None


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
    #: The version read (get_*); a save based on an older one is refused (None: not checked).
    version: int | None = None


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
            version=o.version,
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
            version=c.version,
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
            version=p.version,
        )


# --- the rules ----------------------------------------------------------------------------------

# Where each field is in the editor dialogs (the labels their problems are shown under).
OFFICE_LABELS = {
    "id": N_("ID"), "agency_code": N_("Agency"), "agency_name": N_("Agency name"),
    "name": N_("Name"), "office_type": N_("Office type"), "region": N_("Region"),
    "city": N_("City"), "state": N_("State"), "time_zone": N_("Time zone"),
    "address": N_("Address"), "phone": N_("Phone"), "email": N_("Email"),
    "states_served": N_("States served"),
}
CONSULATE_LABELS = {
    "id": N_("ID"), "country_code": N_("Country"), "city": N_("City"), "state": N_("State"),
    "consulate_type": N_("Type"), "time_zone": N_("Time zone"), "address": N_("Address"),
    "phone": N_("Phone"), "email": N_("Email"), "jurisdiction": N_("Jurisdiction"),
}
PERSON_LABELS = {
    "id": N_("ID"), "name": N_("Name"), "languages": N_("Languages"), "email": N_("Email"),
    "phone": N_("Phone"), "memberships": N_("Membership {membership}"),
}


def _check_organization_id(c: Checker, new_id: str, original_id: str | None,
                           same: Container[str], other: Container[str]) -> None:
    """Offices and consulates share one ID namespace (a person's Organization ID names either)."""
    if not new_id or c.has("id"):
        return
    if new_id in other or (new_id != original_id and new_id in same):
        c.fail("id", "id.taken",
               _("{value} is already used by another office or consulate (offices and "
                 "consulates share IDs: a person's organization names either)").format(
                   value=repr(new_id)),
               value=new_id)


def check_office(data: OfficeInput, known: Known, original_id: str | None = None
                 ) -> Verdict[OfficeInput]:
    """Everything wrong with office `data` (replacing `original_id`, or new), and it cleaned."""
    c = Checker()
    clean = replace(
        data,
        id=c.run("id", check_id, data.id) or "",
        agency_code=c.run("agency_code", check_agency_code, data.agency_code) or "",
        agency_name=c.run("agency_name", check_text, data.agency_name, bounds.NAME) or "",
        name=c.run("name", check_text, data.name, bounds.NAME, required=True) or "",
        office_type=c.run("office_type", check_choice, data.office_type, OfficeType,
                          _("office type")) or "",
        region=c.run("region", check_text, data.region, bounds.REGION) or "",
        city=c.run("city", check_text, data.city, bounds.CITY, required=True) or "",
        state=c.run("state", check_state, data.state) or "",
        time_zone=c.run("time_zone", check_zone, data.time_zone) or "",
        address=c.run("address", check_text, data.address, bounds.ADDRESS) or "",
        phone=c.run("phone", check_text, data.phone, bounds.PHONE) or "",
        email=c.run("email", check_email, data.email) or "",
        states_served=[
            x for x in (c.run("states_served", check_state, code) for code in data.states_served
                        if clean_text(code)) if x
        ],
    )
    _check_organization_id(c, clean.id, original_id, known.offices, known.consulates)
    return Verdict(c.problems, None if c.problems else clean)


def check_consulate(data: ConsulateInput, known: Known, original_id: str | None = None
                    ) -> Verdict[ConsulateInput]:
    """Everything wrong with consulate `data`, and it cleaned."""
    c = Checker()
    ctype = clean_text(data.consulate_type)
    clean = replace(
        data,
        id=c.run("id", check_id, data.id) or "",
        country_code=c.run("country_code", check_country, data.country_code) or "",
        city=c.run("city", check_text, data.city, bounds.CITY, required=True) or "",
        state=c.run("state", check_state, data.state) or "",
        consulate_type=(c.run("consulate_type", check_choice, ctype, ConsulateType,
                              _("consulate type")) or "") if ctype else "",
        time_zone=c.run("time_zone", check_zone, data.time_zone) or "",
        email=c.run("email", check_email, data.email) or "",
        address=c.run("address", check_text, data.address, bounds.ADDRESS) or "",
        phone=c.run("phone", check_text, data.phone, bounds.PHONE) or "",
        jurisdiction=c.run("jurisdiction", check_text, data.jurisdiction,
                           bounds.JURISDICTION) or "",
    )
    _check_organization_id(c, clean.id, original_id, known.consulates, known.offices)
    return Verdict(c.problems, None if c.problems else clean)


def check_person(data: PersonInput, known: Known, original_id: str | None = None
                 ) -> Verdict[PersonInput]:
    """Everything wrong with person `data` and their memberships, and it cleaned.

    Problems of a membership are about `memberships.<field>` with `params["membership"]`, its
    place in the list from 1.
    """
    c = Checker()
    pid = c.run("id", check_id, data.id) or ""
    if pid and pid != original_id and pid in known.people:
        c.fail("id", "id.taken",
               _("{value} is already used by another person").format(value=repr(pid)),
               value=pid)
    memberships = []
    for n, m in enumerate(data.memberships, start=1):
        before = len(c.problems)
        org = clean_text(m.organization_id)
        if not org:
            c.fail("memberships.organization_id", "membership.organization_required",
                   _("choose the office or consulate"), membership=n)
        elif org not in known.offices and org not in known.consulates:
            c.fail("memberships.organization_id", "membership.unknown_organization",
                   _("no office or consulate has the ID {value}").format(value=shown(org)),
                   membership=n, value=org)
        title = c.run("memberships.title", check_text, m.title, bounds.JOB_TITLE) or ""
        c.run("memberships.active_from", check_date, m.active_from)
        c.run("memberships.active_to", check_date, m.active_to)
        c.run("memberships.active_to", check_period, m.active_from, m.active_to)
        c.problems[before:] = [replace(p, params={**p.params, "membership": n})
                               for p in c.problems[before:]]
        memberships.append(replace(m, organization_id=org, title=title))
    # Periods compared: those with an organization, that end after they start.
    dated = [(n, m) for n, m in enumerate(memberships, start=1) if m.organization_id
             and not (m.active_from and m.active_to and m.active_to < m.active_from)]
    ordered = sorted(dated, key=lambda item: item[1].active_from or date.min)
    for (n_before, before), (n_after, after) in pairwise(ordered):
        if before.active_to is None or (after.active_from or date.min) <= before.active_to:
            c.fail(
                "memberships.active_from", "membership.overlap",
                _("the periods at {first} and {second} overlap: a person belongs to one "
                  "organization at a time; give the earlier one an end date").format(
                    first=before.organization_id, second=after.organization_id),
                membership=n_after, other=n_before, first=before.organization_id,
                second=after.organization_id,
            )
    clean = PersonInput(
        id=pid,
        name=c.run("name", check_text, data.name, bounds.NAME, required=True) or "",
        languages=c.run("languages", check_list, data.languages) or [],
        email=c.run("email", check_email, data.email) or "",
        phone=c.run("phone", check_text, data.phone, bounds.PHONE) or "",
        memberships=memberships,
    )
    return Verdict(c.problems, None if c.problems else clean)


def _organization_ids(s: Session) -> tuple[set[str], set[str]]:
    return set(s.scalars(select(Office.id))), set(s.scalars(select(Consulate.id)))


def validate_office(s: Session, data: OfficeInput, original_id: str | None) -> OfficeInput:
    """The office cleaned, or InputError with every problem under the dialog's labels."""
    return check_office(data, Known.of(s), original_id).accepted(
        _("The office was not saved"), OFFICE_LABELS)


def validate_consulate(s: Session, data: ConsulateInput, original_id: str | None) -> ConsulateInput:
    return check_consulate(data, Known.of(s), original_id).accepted(
        _("The consulate was not saved"), CONSULATE_LABELS)


def validate_person(s: Session, data: PersonInput, original_id: str | None) -> PersonInput:
    return check_person(data, Known.of(s), original_id).accepted(
        _("The person was not saved"), PERSON_LABELS)


def person_problems(db: Database, data: PersonInput, original_id: str | None = None
                    ) -> list[Problem]:
    """What saving `data` would be refused for, located as the editor shows it; writes nothing
    (the person editor adds its own unreadable dates to these, to report all in one pass)."""
    try:
        with db.session() as s:
            validate_person(s, data, original_id)
    except InputError as exc:
        return exc.problems
    return []


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
        w.based_on(OFFICE, original_id, data.version if original_id else None)
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
        w.based_on(CONSULATE, original_id, data.version if original_id else None)
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
        w.based_on(PERSON, original_id, data.version if original_id else None)
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
    uses: list[tuple[str, object]], version: int | None = None,
) -> Change:
    """Delete an office or consulate nothing refers to; remember a deleted reference record."""
    with write(db) as w:
        s = w.session
        w.based_on(table, record_id, version)
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


def delete_office(db: Database, office_id: str, version: int | None = None) -> Change:
    a, e = agreement_office.c, event_office.c
    return _delete_organization(db, Office, OFFICE, office_id, [
        ("agreement(s)", select(func.count()).where(a.office_id == office_id)),
        ("event(s)", select(func.count()).where(e.office_id == office_id)),
        ("staff membership(s)",
         select(func.count(Membership.id)).where(Membership.office_id == office_id)),
    ], version)


def delete_consulate(db: Database, consulate_id: str, version: int | None = None) -> Change:
    a = agreement_consulate.c
    return _delete_organization(db, Consulate, CONSULATE, consulate_id, [
        ("agreement(s)", select(func.count()).where(a.consulate_id == consulate_id)),
        ("hosted event(s)",
         select(func.count(Event.id)).where(Event.host_consulate_id == consulate_id)),
        ("membership(s)",
         select(func.count(Membership.id)).where(Membership.consulate_id == consulate_id)),
    ], version)


def delete_person(db: Database, person_id: str, version: int | None = None) -> Change:
    """Delete a person and their memberships; refused while they are assigned to events."""
    with write(db) as w:
        s = w.session
        w.based_on(PERSON, person_id, version)
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


# --- the people of a consulate and their rotation -----------------------------------------------

# Titles of a consulate's head (the consul), best first. "Consul for Protection" or "Deputy
# Consul" are liaisons, not the head of the post.
HEAD_TITLES = ("consul general", "cónsul general", "consul titular", "cónsul titular",
               "head of", "consul", "cónsul")


@dataclass(frozen=True)
class ConsulatePerson:
    """Someone in post at a consulate on a day, with how to reach them."""

    person_id: str
    name: str
    title: str
    email: str
    phone: str
    languages: tuple[str, ...]
    active_from: date | None
    active_to: date | None
    is_head: bool  # the consul (the head of the post), said apart from the liaisons


def _head_rank(title: str) -> int | None:
    """Where the title ranks among HEAD_TITLES; None when it is not a head's title."""
    text = " ".join(title.casefold().split())
    if any(word in text for word in ("deputy", "vice", "adjunt", "alterno", "assistant")):
        return None
    for rank, word in enumerate(HEAD_TITLES):
        if text == word or (text.startswith(word + " ") and rank < HEAD_TITLES.index("consul")):
            return rank
        if text.startswith(word + " of "):
            return rank
    return None


def consulate_people(db: Database, consulate_id: str, as_of: date | None = None
                     ) -> list[ConsulatePerson]:
    """Who is in post at the consulate on `as_of` (today): the consul first, then the liaisons
    by name. One query."""
    from consularapp.collation import name_key

    day = as_of or date.today()
    with db.session() as s:
        rows = s.execute(
            select(Person.id, Person.name, Person.email, Person.phone, Person.languages,
                   Membership.title, Membership.active_from, Membership.active_to)
            .join(Membership, Membership.person_id == Person.id)
            .where(Membership.consulate_id == consulate_id,
                   (Membership.active_from.is_(None)) | (Membership.active_from <= day),
                   (Membership.active_to.is_(None)) | (Membership.active_to >= day))
        ).all()
    people = [(r, _head_rank(r.title or "")) for r in rows]
    ranks = [rank for _r, rank in people if rank is not None]
    best = min(ranks) if ranks else None
    result = [
        ConsulatePerson(r.id, r.name, r.title or "", r.email or "", r.phone or "",
                        tuple(r.languages or ()), r.active_from, r.active_to,
                        is_head=best is not None and rank == best)
        for r, rank in people
    ]
    result.sort(key=lambda p: (not p.is_head, name_key(p.name), p.person_id))
    return result


@dataclass(frozen=True)
class LiaisonChange:
    """Replace a consulate's liaison: one person's membership there ends, another's starts.

    `leaving_id` ("" when the post is empty) leaves after `last_day`. The new liaison is the
    existing person `person_id`, or a new person (`name`, and `person_id` as their new ID).
    Their membership starts on `first_day` (default: the day after `last_day`, else today) with
    `title`. An existing person still in post elsewhere on that day keeps that post unless
    `end_current`: it then ends the day before. History is kept: nothing is deleted.
    """

    consulate_id: str
    leaving_id: str = ""
    last_day: date | None = None
    person_id: str = ""
    name: str = ""  # only for a new person
    languages: list[str] = field(default_factory=list)
    email: str = ""
    phone: str = ""
    title: str = ""
    first_day: date | None = None
    end_current: bool = False


def _open_on(m: MembershipInput, day: date) -> bool:
    return (m.active_from is None or m.active_from <= day) and (
        m.active_to is None or day <= m.active_to)


def suggest_person_id(name: str, taken: Container[str]) -> str:
    """The ID a new person gets, in the style of the existing ones: 'Ana Pérez' -> P-ANA-PEREZ
    (P-ANA-PEREZ-2 when taken)."""
    import re
    import unicodedata

    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    slug = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").upper()[:56]
    if not slug:
        return ""
    candidate, n = f"P-{slug}", 2
    while candidate in taken:
        candidate = f"P-{slug}-{n}"
        n += 1
    return candidate


# Where each problem of a replacement is shown (the dialog's field labels).
LIAISON_LABELS = {
    "leaving_id": N_("Leaving"),
    "last_day": N_("Last day there"),
    "person_id": N_("Taking over"),
    "first_day": N_("First day"),
    "end_current": N_("Their current post"),
}


def replace_liaison(db: Database, data: LiaisonChange, today: date | None = None) -> Change:
    """End `leaving_id`'s membership at the consulate on `last_day` and start the new liaison's
    the day after (or on `first_day`), as one write. InputError with every problem otherwise;
    the people's own rules (check_person) apply to the result as to any edit."""
    from datetime import timedelta

    c = Checker()
    consulate_id = clean_text(data.consulate_id)
    last_day = data.last_day
    first_day = data.first_day or (last_day + timedelta(days=1) if last_day else
                                   today or date.today())
    with db.session() as s:
        known_consulate = s.get(Consulate, consulate_id) is not None
        taken = set(s.scalars(select(Person.id)))
    if not known_consulate:
        raise NotFoundError(CONSULATE, consulate_id)
    leaving: PersonInput | None = None
    ending: MembershipInput | None = None
    if data.leaving_id:
        leaving = get_person(db, data.leaving_id)
        if last_day is None:
            c.fail("last_day", "liaison.last_day_required",
                   _("say the last day {name} is in post").format(name=leaving.name))
        else:
            here = [m for m in leaving.memberships if m.organization_id == consulate_id
                    and _open_on(m, last_day)]
            if not here:
                c.fail("leaving_id", "liaison.not_in_post",
                       _("{name} is not in post at {consulate} on {day}").format(
                           name=leaving.name, consulate=consulate_id,
                           day=last_day.isoformat()),
                       person=leaving.id, day=last_day.isoformat())
            else:
                ending = here[0]
    person_id = clean_text(data.person_id)
    new_person = person_id not in taken
    arriving: PersonInput | None = None
    if not person_id:
        c.fail("person_id", "liaison.person_required",
               _("choose who takes over, or give the new person's name"))
    elif person_id == data.leaving_id:
        c.fail("person_id", "liaison.same_person",
               _("the person who takes over cannot be the one who leaves"))
    elif new_person:
        arriving = PersonInput(id=person_id, name=data.name, languages=list(data.languages),
                               email=data.email, phone=data.phone)
    else:
        arriving = get_person(db, person_id)
    previous: MembershipInput | None = None
    if arriving is not None and not new_person:
        for m in arriving.memberships:
            if m.active_to is not None and m.active_to < first_day:
                continue
            if m.active_from is not None and m.active_from > first_day:
                continue
            if m.organization_id == consulate_id:
                c.fail("person_id", "liaison.already_in_post",
                       _("{name} is already in post at {consulate}").format(
                           name=arriving.name, consulate=consulate_id), person=person_id)
            elif not data.end_current:
                c.fail("end_current", "liaison.in_post_elsewhere",
                       _("{name} is in post at {other} on {day}; end that membership the day "
                         "before, or choose a later first day").format(
                           name=arriving.name, other=m.organization_id,
                           day=first_day.isoformat()),
                       person=person_id, organization=m.organization_id)
            elif m.active_from is not None and m.active_from >= first_day:
                c.fail("first_day", "liaison.starts_before_current",
                       _("{name}'s membership at {other} only starts on {day}").format(
                           name=arriving.name, other=m.organization_id,
                           day=m.active_from.isoformat()))
            else:
                previous = m
    c.raise_if_any(_("The liaison was not replaced"), LIAISON_LABELS)
    assert arriving is not None
    title = clean_text(data.title) or (ending.title if ending else "") or _("Liaison")
    with write(db) as w:
        if leaving is not None and ending is not None:
            kept = [replace(m, active_to=last_day) if m is ending else m
                    for m in leaving.memberships]
            save_person(db, replace(leaving, memberships=kept), leaving.id)
        history = [replace(m, active_to=first_day - timedelta(days=1)) if m is previous else m
                   for m in arriving.memberships]
        history.append(MembershipInput(consulate_id, title, first_day, None))
        save_person(db, replace(arriving, memberships=history),
                    None if new_person else arriving.id)
    return w.change
