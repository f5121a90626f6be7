"""The liaison packet: what a consulate's liaison gets before Labor Rights Week.

One folder per consulate (named by its ID), holding:

* the calendar of the events it hosts, in Spanish (`{ID}-LRW{year}.ics`), for Outlook or Google
  Calendar (calendars.py: stable UIDs, VTIMEZONEs);
* a bilingual schedule (`{ID}-LRW{year}-programa-schedule.pdf`): Spanish first, then English;
  each event with its date and local time with the zone abbreviation, place and address, format,
  topics, languages, and the agency contacts (the people assigned and the offices' details);
* a one-page list of the current agency contacts (`{ID}-LRW{year}-contactos-contacts.pdf`):
  people with a membership in force (on `as_of`, today by default) at the offices taking part.

The packet for all consulates covers those hosting at least one event that year. Everything is
read once (events, assignments, offices, people, memberships, the calendar snapshots), whatever
the number of consulates, and written into a temporary folder first: a cancelled packet leaves
the target folder as it was.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from consularapp import labels
from consularapp.calendars import build_calendar, consulate_name, load_directory
from consularapp.db import Database
from consularapp.errors import NotFoundError
from consularapp.events import EventRow, list_events
from consularapp.models import Campaign, Consulate, EventStatus, Membership, Person
from consularapp.publishing import snapshots_in
from consularapp.reports.common import (
    Cancelled,
    OfficeFacts,
    Progress,
    Steps,
    atomic_folder,
    clock_span,
    generated_stamp,
    load_offices,
    long_day,
)
from consularapp.staffing import AssignmentRow, list_assignments

if TYPE_CHECKING:
    from consularapp.reports.typeset import Block

_WORDS = {
    "es": {
        "title": "Programa de la Semana de Derechos Laborales {year}",
        "dates": "Del {start} al {end}",
        "theme": "Lema",
        "times": "Las horas son las locales de cada lugar, con su zona horaria.",
        "format": "Formato", "where": "Lugar", "topics": "Temas", "languages": "Idiomas",
        "status": "Estado", "staff": "Personal de las agencias", "offices": "Oficinas",
        "online": "En línea", "none": "No hay eventos de este consulado en el programa.",
        "cancelled": "CANCELADO: este evento no se llevará a cabo.",
        "phone": "tel.", "contacts": "Contactos actuales de las agencias",
    },
    "en": {
        "title": "Labor Rights Week {year} schedule",
        "dates": "From {start} to {end}",
        "theme": "Theme",
        "times": "Times are local at each place, with the time zone.",
        "format": "Format", "where": "Where", "topics": "Topics", "languages": "Languages",
        "status": "Status", "staff": "Agency staff", "offices": "Offices",
        "online": "Online", "none": "This consulate hosts no events in the schedule.",
        "cancelled": "CANCELLED: this event will not take place.",
        "phone": "phone", "contacts": "Current agency contacts",
    },
}


@dataclass(frozen=True)
class Contact:
    person_id: str
    name: str
    title: str
    office_id: str
    email: str
    phone: str
    languages: tuple[str, ...]


@dataclass
class PacketData:
    year: int
    starts_on: date
    ends_on: date
    theme_en: str
    theme_es: str
    as_of: date
    events: list[EventRow]
    assignments: dict[str, list[AssignmentRow]]
    offices: dict[str, OfficeFacts]
    people: dict[str, tuple[str, str, str]]  # id -> (name, email, phone)
    contacts: dict[str, list[Contact]]  # office id -> people in force there on as_of
    consulates: dict[str, tuple[str, str, str]]  # id -> (country, type, city)


def _load(db: Database, year: int, as_of: date) -> PacketData:
    with db.session() as s:
        campaign = s.get(Campaign, year)
        if campaign is None:
            raise NotFoundError("Labor Rights Week", str(year))
        people = {
            r.id: (r.name, r.email or "", r.phone or "", tuple(r.languages or ()))
            for r in s.execute(select(Person.id, Person.name, Person.email, Person.phone,
                                      Person.languages))
        }
        contacts: dict[str, list[Contact]] = defaultdict(list)
        for m in s.execute(select(Membership.person_id, Membership.office_id, Membership.title,
                                  Membership.active_from, Membership.active_to)
                           .where(Membership.office_id.is_not(None))):
            in_force = (m.active_from is None or m.active_from <= as_of) and (
                m.active_to is None or as_of <= m.active_to)
            if in_force and m.person_id in people:
                name, email, phone, languages = people[m.person_id]
                contacts[m.office_id].append(Contact(m.person_id, name, m.title or "",
                                                     m.office_id, email, phone, languages))
        consulates = {
            r.id: (r.country_code, r.consulate_type or "", r.city)
            for r in s.execute(select(Consulate.id, Consulate.country_code,
                                      Consulate.consulate_type, Consulate.city))
        }
        data = PacketData(year, campaign.starts_on, campaign.ends_on, campaign.theme_en or "",
                          campaign.theme_es or "", as_of, [], {}, {},
                          {k: v[:3] for k, v in people.items()}, contacts, consulates)
    data.events = list_events(db, year)
    by_event: dict[str, list[AssignmentRow]] = defaultdict(list)
    for a in list_assignments(db, year=year):
        by_event[a.event_id].append(a)
    data.assignments = by_event
    data.offices = load_offices(db)
    for people_at in data.contacts.values():
        people_at.sort(key=lambda c: (c.name.casefold(), c.person_id))
    return data


def _consulate(data: PacketData, cid: str, language: str) -> str:
    country, kind, city = data.consulates.get(cid, ("", "", cid))
    return consulate_name(country, kind or None, city, language) if country else cid


def _office(data: PacketData, oid: str, language: str) -> str:
    o = data.offices.get(oid)
    return labels.office_name(o.display_name, o.agency, language) if o else oid


def _event_blocks(e: EventRow, data: PacketData, language: str) -> Block:
    from consularapp.reports import typeset as t

    w = _WORDS[language]
    other = "en" if language == "en" else None  # English passages of the Spanish document
    title = (e.title_es or e.title) if language == "es" else e.title
    cancelled = e.status == EventStatus.CANCELLED.value
    when = f"{long_day(e.local_day, language)} · {clock_span(e.starts, e.ends)}"
    heading = t.heading([t.run(when, strike=cancelled), "\n", t.run(title, strike=cancelled)],
                        2, lang=other)
    rows: list[tuple[t.Runs, t.Runs]] = []
    venue = w["online"] if e.venue.strip().casefold() in ("online", "en línea") else e.venue
    if e.host_consulate_id and venue == _consulate(data, e.host_consulate_id, "en"):
        venue = _consulate(data, e.host_consulate_id, language)  # at the consulate itself
    rows.append((w["where"], venue + (f", {e.address}" if e.address else "")))
    rows.append((w["format"], labels.format_label(e.format, language)))
    status = labels.event_status_label(e.status, language)
    rows.append((w["status"], t.b(w["cancelled"]) if cancelled else status))
    if e.topics:
        rows.append((w["topics"], "; ".join(labels.topic_label(x, language) for x in e.topics)))
    if e.languages:
        rows.append((w["languages"], labels.languages_text(e.languages, language)))
    staff = []
    for a in data.assignments.get(e.id, []):
        _name, email, phone = data.people.get(a.person_id, (a.person_name, "", ""))
        reach = " · ".join(x for x in (email, f"{w['phone']} {phone}" if phone else "") if x)
        staff.append(f"{a.person_name} ({labels.role_in_text(a.role, language)})"
                     + (f" — {reach}" if reach else ""))
    if staff:
        rows.append((w["staff"], "\n".join(staff)))
    offices = []
    for oid in e.office_ids:
        o = data.offices.get(oid)
        if o is None:
            continue
        reach = " · ".join(x for x in (f"{w['phone']} {o.phone}" if o.phone else "", o.email,
                                       o.address) if x)
        offices.append(_office(data, oid, language) + (f" — {reach}" if reach else ""))
    if offices:
        rows.append((w["offices"], "\n".join(offices)))
    details = t.fields(rows, size=8.5)
    if other:
        details = {**details, "rows": details["rows"]}
    block = t.together(heading, details, t.space(6))
    return _in_language(block, other)


def _in_language(block: Block, lang: str | None) -> Block:
    """Mark a block (and what it holds) as written in `lang`."""
    if not lang:
        return block
    if block.get("type") == "keep":
        return {**block, "blocks": [_in_language(b, lang) for b in block["blocks"]]}
    if block.get("type") == "fields":
        return {**block, "rows": [[_lang_runs(label, lang), _lang_runs(value, lang)]
                                  for label, value in block["rows"]]}
    if block.get("type") in ("heading", "par", "list"):
        return {**block, "lang": lang}
    return block


def _lang_runs(value: Any, lang: str) -> Any:
    if isinstance(value, list):
        return [_lang_runs(v, lang) for v in value]
    if isinstance(value, dict):
        return {**value, "lang": lang}
    return {"t": value, "lang": lang}


def _schedule(data: PacketData, cid: str, events: list[EventRow], language: str) -> list[Block]:
    from consularapp.reports import typeset as t

    w = _WORDS[language]
    other = "en" if language == "en" else None
    blocks: list[Block] = [
        t.heading(w["title"].format(year=data.year), 1, lang=other),
        t.par(_consulate(data, cid, language), "subtitle", lang=other),
        t.par(w["dates"].format(start=long_day(data.starts_on, language),
                                end=long_day(data.ends_on, language)), lang=other),
    ]
    theme = data.theme_es if language == "es" else data.theme_en
    if theme:
        blocks.append(t.par([t.b(w["theme"] + ": "), t.run(theme, italic=True)], lang=other))
    blocks.append(t.par(w["times"], "muted", lang=other))
    if not events:
        blocks.append(t.par(w["none"], lang=other))
    blocks += [_event_blocks(e, data, language) for e in events]
    return blocks


def _contacts(data: PacketData, cid: str, events: list[EventRow]) -> list[Block]:
    from consularapp.reports import typeset as t

    def both(spanish: str, english: str, between: str = " · ") -> list[t.Run]:
        return [spanish, between, t.run(english, lang="en")]

    office_ids = sorted({o for e in events for o in e.office_ids})
    people = [c for oid in office_ids for c in data.contacts.get(oid, [])]
    blocks: list[Block] = [
        t.heading(both("Contactos de las agencias", "Agency contacts"), 1),
        t.par(both(_consulate(data, cid, "es"), _consulate(data, cid, "en")), "subtitle"),
        t.par(both(f"Vigentes al {long_day(data.as_of, 'es', weekday=False)}; oficinas que "
                   f"participan en la Semana de Derechos Laborales {data.year}",
                   f"current as of {long_day(data.as_of, 'en', weekday=False)}; offices taking "
                   f"part in Labor Rights Week {data.year}"), "muted"),
        t.space(4),
    ]
    if not people:
        blocks.append(t.par(both("No hay contactos registrados.", "No contacts on record.")))
        return blocks
    size = 8 if len(people) <= 30 else 6.5  # one page: denser when the list is long
    rows = []
    for c in people:
        rows.append([
            t.b(c.name), c.title, _office(data, c.office_id, "es"),
            "\n".join(x for x in (c.email, c.phone) if x),
            labels.languages_text(c.languages, "es"),
        ])
    blocks.append(t.table(
        ["1fr", "1fr", "1.2fr", "auto", "0.8fr"],
        [both("Nombre", "Name", "\n"), both("Cargo", "Title", "\n"),
         both("Oficina", "Office", "\n"), both("Correo · Teléfono", "Email · Phone", "\n"),
         both("Idiomas", "Languages", "\n")],
        rows, size=size))
    return blocks


def write_packet(db: Database, year: int, out: Path, *, consulate_id: str | None = None,
                 as_of: date | None = None, progress: Progress | None = None,
                 cancelled: Cancelled | None = None) -> list[Path]:
    """The liaison packet of one consulate, or of every consulate hosting events, under `out`."""
    from consularapp.reports import typeset as t

    steps = Steps(progress, cancelled)
    day = as_of or date.today()
    steps.report(0, 0, "Reading the campaign")
    data = _load(db, year, day)
    if consulate_id is not None and consulate_id not in data.consulates:
        raise NotFoundError("consulate", consulate_id)
    hosted: dict[str, list[EventRow]] = defaultdict(list)
    for e in data.events:
        if e.host_consulate_id:
            hosted[e.host_consulate_id].append(e)
    targets = [consulate_id] if consulate_id else sorted(hosted)
    with db.session() as s:
        snaps = snapshots_in(s, year)
        directory = load_directory(s)
    stamp = generated_stamp()
    written: list[Path] = []
    final = Path(out)
    with atomic_folder(final) as work:
        for n, cid in enumerate(targets):
            steps.check()
            steps.report(n, len(targets), f"Writing the packet for {cid}")
            folder = work / cid
            folder.mkdir()
            events = hosted.get(cid, [])
            stem = f"{cid}-LRW{year}"
            ics = folder / f"{stem}.ics"
            ics.write_bytes(build_calendar(snaps, directory, year=year, consulate_id=cid,
                                           language="es"))
            header = (f"Semana de Derechos Laborales {year} · Labor Rights Week {year} — "
                      f"{_consulate(data, cid, 'es')}")
            name_es = _consulate(data, cid, "es")
            schedule = folder / f"{stem}-programa-schedule.pdf"
            document = t.Document(
                title=f"Programa de la Semana de Derechos Laborales {year} · Labor Rights Week "
                      f"{year} schedule — {name_es}",
                lang="es", subject="Programa bilingüe · Bilingual schedule",
                header_left=header, footer_left=f"Generado · Generated {stamp}",
                page_label="both")
            document.extend(_schedule(data, cid, events, "es"))
            document.add(t.page_break())
            document.extend(_schedule(data, cid, events, "en"))
            t.write_pdf(schedule, document, steps)
            contacts = folder / f"{stem}-contactos-contacts.pdf"
            document = t.Document(
                title=f"Contactos de las agencias · Agency contacts — {name_es}", lang="es",
                subject="Contactos de las agencias · Agency contacts", header_left=header,
                footer_left=f"Generado · Generated {stamp}", page_label="both")
            document.extend(_contacts(data, cid, events))
            t.write_pdf(contacts, document, steps)
            written += [final / cid / p.name for p in (ics, schedule, contacts)]
        steps.report(len(targets), len(targets), "Packet written")
    return written
