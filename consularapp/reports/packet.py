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

from consularapp.calendars import (
    build_calendar,
    consulate_name,
    format_label,
    language_label,
    load_directory,
    role_label,
)
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
    from reportlab.platypus import Flowable

    from consularapp.reports.pdf import Styles

_STATUS = {
    "es": {EventStatus.PLANNED.value: "por confirmar", EventStatus.CONFIRMED.value: "confirmado",
           EventStatus.CANCELLED.value: "CANCELADO"},
    "en": {EventStatus.PLANNED.value: "planned", EventStatus.CONFIRMED.value: "confirmed",
           EventStatus.CANCELLED.value: "CANCELLED"},
}
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


def _event_block(e: EventRow, data: PacketData, language: str, st: Styles) -> Flowable:
    from reportlab.platypus import KeepTogether, Paragraph, Spacer

    from consularapp.reports.pdf import esc

    w = _WORDS[language]
    title = (e.title_es or e.title) if language == "es" else e.title
    cancelled = e.status == EventStatus.CANCELLED.value
    when = f"{long_day(e.local_day, language)} · {clock_span(e.starts, e.ends)}"
    heading = f"{esc(when)}<br/>{esc(title)}"
    if cancelled:
        heading = f"<strike>{heading}</strike>"
    parts: list[Flowable] = [Paragraph(heading, st.h3)]
    lines = []
    if cancelled:
        lines.append(f"<b>{esc(w['cancelled'])}</b>")
    venue = w["online"] if e.venue.strip().casefold() in ("online", "en línea") else e.venue
    if e.host_consulate_id and venue == _consulate(data, e.host_consulate_id, "en"):
        venue = _consulate(data, e.host_consulate_id, language)  # at the consulate itself
    place = venue + (f", {e.address}" if e.address else "")
    lines.append(f"<b>{esc(w['where'])}:</b> {esc(place)}")
    lines.append(f"<b>{esc(w['format'])}:</b> {esc(format_label(e.format, language))}"
                 f" · <b>{esc(w['status'])}:</b> {esc(_STATUS[language].get(e.status, e.status))}")
    if e.topics:
        lines.append(f"<b>{esc(w['topics'])}:</b> {esc('; '.join(e.topics))}")
    if e.languages:
        spoken = ", ".join(language_label(x, language) for x in e.languages)
        lines.append(f"<b>{esc(w['languages'])}:</b> {esc(spoken)}")
    staff = []
    for a in data.assignments.get(e.id, []):
        _name, email, phone = data.people.get(a.person_id, (a.person_name, "", ""))
        reach = " · ".join(x for x in (email, f"{w['phone']} {phone}" if phone else "") if x)
        staff.append(f"{a.person_name} ({role_label(a.role, language)})"
                     + (f" — {reach}" if reach else ""))
    if staff:
        lines.append(f"<b>{esc(w['staff'])}:</b><br/>" + "<br/>".join(esc(x) for x in staff))
    offices = []
    for oid in e.office_ids:
        o = data.offices.get(oid)
        if o is None:
            continue
        reach = " · ".join(x for x in (f"{w['phone']} {o.phone}" if o.phone else "", o.email,
                                       o.address) if x)
        offices.append(o.display_name + (f" — {reach}" if reach else ""))
    if offices:
        lines.append(f"<b>{esc(w['offices'])}:</b><br/>" + "<br/>".join(esc(x) for x in offices))
    parts.append(Paragraph("<br/>".join(lines), st.small))
    parts.append(Spacer(1, 8))
    return KeepTogether(parts)


def _schedule_story(data: PacketData, cid: str, events: list[EventRow], st: Styles,
                    language: str) -> list[Flowable]:
    from reportlab.platypus import Paragraph

    from consularapp.reports.pdf import esc, para

    w = _WORDS[language]
    story: list[Flowable] = [
        para(w["title"].format(year=data.year), st.title),
        para(_consulate(data, cid, language), st.subtitle),
        para(w["dates"].format(start=long_day(data.starts_on, language),
                               end=long_day(data.ends_on, language)), st.body),
    ]
    theme = data.theme_es if language == "es" else data.theme_en
    if theme:
        story.append(Paragraph(f"<b>{esc(w['theme'])}:</b> <i>{esc(theme)}</i>", st.body))
    story.append(para(w["times"], st.muted))
    if not events:
        story.append(para(w["none"], st.body))
    story += [_event_block(e, data, language, st) for e in events]
    return story


def _contacts_story(data: PacketData, cid: str, events: list[EventRow],
                    st: Styles) -> list[Flowable]:
    from reportlab.lib.units import inch
    from reportlab.platypus import Spacer, Table, TableStyle

    from consularapp.reports.pdf import FONT, FONT_BOLD, HEADER_FILL, RULE, para, wrap_plain

    office_ids = sorted({o for e in events for o in e.office_ids})
    people = [c for oid in office_ids for c in data.contacts.get(oid, [])]
    story: list[Flowable] = [
        para("Contactos de las agencias · Agency contacts", st.h1),
        para(f"{_consulate(data, cid, 'es')} · {_consulate(data, cid, 'en')}", st.subtitle),
        para(f"Vigentes al {long_day(data.as_of, 'es', weekday=False)} · current as of "
             f"{long_day(data.as_of, 'en', weekday=False)}; oficinas que participan en la "
             f"Semana de Derechos Laborales {data.year} · offices taking part in Labor Rights "
             f"Week {data.year}", st.muted),
        Spacer(1, 6),
    ]
    if not people:
        story.append(para("No hay contactos registrados. · No contacts on record.", st.body))
        return story
    size = 8 if len(people) <= 30 else 6.5  # one page: denser when the list is long
    widths = [1.45 * inch, 1.6 * inch, 1.6 * inch, 1.65 * inch, 1.0 * inch]
    rows: list[list[Any]] = [["Nombre\nName", "Cargo\nTitle", "Oficina\nOffice",
                              "Correo · Teléfono\nEmail · Phone", "Idiomas\nLanguages"]]
    for c in people:  # plain cells: a Paragraph each would cost ten times more
        office = data.offices.get(c.office_id)
        values = (c.name, c.title, office.display_name if office else c.office_id,
                  "\n".join(x for x in (c.email, c.phone) if x),
                  ", ".join(language_label(x, "es") for x in c.languages))
        rows.append([
            "\n".join(wrap_plain(part, w - 8, FONT_BOLD if i == 0 else FONT, size)
                      for part in value.split("\n"))
            for i, (value, w) in enumerate(zip(values, widths, strict=True))
        ])
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT), ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD),
        ("FONTNAME", (0, 1), (0, -1), FONT_BOLD), ("FONTSIZE", (0, 0), (-1, 0), 8),
        ("FONTSIZE", (0, 1), (-1, -1), size), ("LEADING", (0, 1), (-1, -1), size + 1.5),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    story.append(table)
    return story


def write_packet(db: Database, year: int, out: Path, *, consulate_id: str | None = None,
                 as_of: date | None = None, progress: Progress | None = None,
                 cancelled: Cancelled | None = None) -> list[Path]:
    """The liaison packet of one consulate, or of every consulate hosting events, under `out`."""
    from reportlab.platypus import PageBreak

    from consularapp.reports import pdf

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
    st = pdf.styles()
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
            schedule = folder / f"{stem}-programa-schedule.pdf"
            story = _schedule_story(data, cid, events, st, "es")
            story.append(PageBreak())
            story += _schedule_story(data, cid, events, st, "en")
            furniture = pdf.PageFurniture(
                header_left=header, footer_left=f"Generado · Generated {stamp}",
                page_label=pdf.bilingual_pages)
            pdf.write_pdf(schedule, story, furniture, steps,
                          title=f"Programa · Schedule LRW {year} — {cid}",
                          subject="Programa bilingüe · Bilingual schedule")
            contacts = folder / f"{stem}-contactos-contacts.pdf"
            pdf.write_pdf(contacts, _contacts_story(data, cid, events, st),
                          pdf.PageFurniture(header_left=header,
                                            footer_left=f"Generado · Generated {stamp}",
                                            page_label=pdf.bilingual_pages),
                          steps, title=f"Contactos · Contacts — {cid}",
                          subject="Contactos de las agencias · Agency contacts")
            written += [final / cid / p.name for p in (ics, schedule, contacts)]
        steps.report(len(targets), len(targets), "Packet written")
    return written
