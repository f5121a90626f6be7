"""The annual report of one agreement for one of its annual periods (`report alliance`), in Word
(.docx, which OSHA's national office asks for) and as a tagged PDF.

It follows OSHA's Alliance Annual Report for Regional/Area Office Alliances (OSHA 12-10.4, OMB
1218-0274): I. Alliance background (date signed, dates renewed, evaluation period, overview and
goals), II. implementation team and its meetings, III. results in three tables (dissemination;
outreach events and training for non-OSHA staff; training for OSHA staff). Everything the app
has logged is filled in:

* the implementation team: the signatories and everyone assigned to the agreement's
  implementation-team meetings in the period, with their organization;
* the meetings: every occurrence of a `meeting` event held under the agreement in the period;
* the events held under the agreement, or by its parties (hosted by one of its consulates with
  one of its offices taking part, or with one of its community partners and offices), with
  their outcomes: radio programmes and materials handed out go to Dissemination, the other
  events to Outreach events, each with its representatives, place, emphasis areas (topics) and
  the number reached;

and what only the coordinator can write (the overview and goals, training for OSHA staff, which
the app does not record, success stories, upcoming activities) is left as a marked placeholder
to edit in Word. Counts only: no worker is named anywhere.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from consularapp import labels, recurrence
from consularapp.agreements import effective_date, renewal_chain
from consularapp.db import Database
from consularapp.errors import InputError, NotFoundError, Problem
from consularapp.i18n import _
from consularapp.models import (
    Agreement,
    Assignment,
    Consulate,
    Event,
    EventFormat,
    EventStatus,
    Membership,
    OccurrenceChange,
    Office,
    Outcome,
    Partner,
    Person,
    agreement_partner,
    event_office,
    event_partner,
)
from consularapp.obligations import AgreementFacts, last_day_in_force, periods
from consularapp.reports.common import Cancelled, Progress, Steps, atomic_file, long_day
from consularapp.timeutil import utc_to_local

PLACEHOLDER = "[{text}]"
DISSEMINATION_FORMATS = frozenset({EventFormat.RADIO.value})


@dataclass(frozen=True)
class Member:
    name: str
    title: str
    organization: str


@dataclass(frozen=True)
class ResultRow:
    """One row of a results table."""

    kind: str  # the activity type as OSHA's table words it
    day: date
    name: str
    representatives: str
    presentation: str
    city: str
    state: str
    emphasis: str
    reached: int | None
    notes: str


@dataclass
class AllianceData:
    agreement_id: str
    kind: str
    title: str  # "OSHA Phoenix Area Office and the Consulate General of Mexico in Phoenix"
    parties: list[str]
    period: int
    period_count: int
    period_starts: date
    period_ends: date
    signed_on: date | None
    renewed_on: list[date]
    notes: str
    team: list[Member]
    meetings: list[date]
    dissemination: list[ResultRow]
    outreach: list[ResultRow]
    totals: dict[str, int] = field(default_factory=dict)
    as_of: date = field(default_factory=date.today)


def _ph(text: str) -> str:
    return PLACEHOLDER.format(text=text)


def load_alliance(db: Database, agreement_id: str, period: int | None = None,
                  as_of: date | None = None, steps: Steps | None = None) -> AllianceData:
    """Everything the report of `agreement_id`'s period `period` (default: the latest that has
    ended on `as_of`) is filled from. A constant number of queries."""
    steps = steps or Steps(None, None)
    day = as_of or date.today()
    chain = renewal_chain(db, agreement_id)
    with db.session() as s:
        a = s.get(Agreement, agreement_id)
        if a is None:
            raise NotFoundError("agreement", agreement_id)
        successors = s.execute(select(Agreement.signed_on, Agreement.effective_on,
                                      Agreement.state)
                               .where(Agreement.renews_id == agreement_id)).all()
        signed = [r for r in successors if r.state in ("signed", "terminated") and r.signed_on]
        first_signed = min(signed, key=lambda r: r.signed_on) if signed else None
        facts = AgreementFacts(
            a.id, a.kind, a.state, a.signed_on, a.effective_on, a.term_months, a.expires_on,
            a.terminated_on,
            first_signed.signed_on if first_signed else None,
            (effective_date(first_signed.effective_on, first_signed.signed_on)
             if first_signed else None))
        spans = periods(effective_date(a.effective_on, a.signed_on),
                        last_day_in_force(facts, day), day)
        if a.state not in ("signed", "terminated") or not spans:
            raise InputError(Problem(_("Agreement"), _(
                "{id} has no annual period: only a signed agreement reports on its "
                "periods").format(id=agreement_id), "report.no_period"),
                _("The report was not written"))
        if period is None:
            ended = [n for n, (_first, last) in enumerate(spans, start=1) if last < day]
            if not ended:
                raise InputError(Problem("--period", _(
                    "no period of {id} has ended by {day}: give --period N (1 to {n})").format(
                        id=agreement_id, day=day.isoformat(), n=len(spans)),
                    "report.no_period_ended"), _("The report was not written"))
            period = ended[-1]
        if not 1 <= period <= len(spans):
            raise InputError(Problem("--period", _(
                "{id} has periods 1 to {n}").format(id=agreement_id, n=len(spans)),
                "report.no_such_period"), _("The report was not written"))
        first, last = spans[period - 1]
        office_ids = [o.id for o in a.offices]
        consulate_ids = [c.id for c in a.consulates]
        partner_ids = list(s.scalars(select(agreement_partner.c.partner_id).where(
            agreement_partner.c.agreement_id == agreement_id)))
        names = _names(s, office_ids, consulate_ids, partner_ids)
        parties = [names.get(x, x) for x in [*office_ids, *consulate_ids, *partner_ids]]
        chain_dates = dict(s.execute(select(Agreement.id, Agreement.signed_on).where(
            Agreement.id.in_(chain))).all())
        start = datetime.combine(first, time(0), UTC) - timedelta(days=1)
        stop = datetime.combine(last + timedelta(days=1), time(0), UTC) + timedelta(days=1)
        steps.check()
        rows = _events(s, agreement_id, office_ids, consulate_ids, partner_ids, start, stop,
                       first, last)
        members = _team(s, a, rows, first, last)
    here = chain.index(agreement_id)
    original = chain_dates.get(chain[0])
    renewals = [d for x in chain[1:here + 1] if (d := chain_dates.get(x)) is not None]
    meetings = sorted({r["day"] for r in rows if r["format"] == EventFormat.MEETING.value})
    dissemination: list[ResultRow] = []
    outreach: list[ResultRow] = []
    totals = defaultdict(int)
    for r in rows:
        if r["format"] == EventFormat.MEETING.value:
            continue
        out = r["outcome"]
        reached = out.people_reached if out else None
        if r["format"] in DISSEMINATION_FORMATS:
            dissemination.append(_row(r, labels.format_label(r["format"], "en"), reached))
        else:
            outreach.append(_row(r, labels.format_label(r["format"], "en"), reached))
            totals["events"] += 1
        if out and out.materials_distributed:
            languages = labels.languages_text(out.materials_languages or [], "en")
            dissemination.append(ResultRow(
                _("Print materials"), r["day"],
                _("Materials handed out at {event}").format(event=r["title"]), "", "",
                r["city"], r["state"], r["emphasis"], out.materials_distributed,
                _("In {languages}").format(languages=languages) if languages else ""))
        if out:
            totals["reached"] += out.people_reached or 0
            totals["materials"] += out.materials_distributed or 0
            totals["referrals"] += out.referrals or 0
            totals["cases"] += out.cases_identified or 0
        else:
            totals["without_outcome"] += 1
    dissemination.sort(key=lambda x: (x.day, x.name))
    outreach.sort(key=lambda x: (x.day, x.name))
    return AllianceData(
        agreement_id=agreement_id, kind=a.kind,
        title=" — ".join([", ".join(parties[:len(office_ids)]),
                          ", ".join(parties[len(office_ids):])]),
        parties=parties, period=period, period_count=len(spans), period_starts=first,
        period_ends=last, signed_on=original, renewed_on=renewals, notes=a.notes or "",
        team=members, meetings=meetings, dissemination=dissemination, outreach=outreach,
        totals=dict(totals), as_of=day)


def _row(r: dict[str, Any], kind: str, reached: int | None) -> ResultRow:
    out = r["outcome"]
    notes = []
    if out and out.referrals:
        notes.append(_("{n} referred to an agency").format(n=out.referrals))
    if out and out.cases_identified:
        notes.append(_("{n} protection cases identified").format(n=out.cases_identified))
    if r["cancelled_note"]:
        notes.append(r["cancelled_note"])
    return ResultRow(kind, r["day"], r["title"], r["representatives"], "", r["city"],
                     r["state"], r["emphasis"], reached, "; ".join(notes))


def _names(s: Any, office_ids: list[str], consulate_ids: list[str], partner_ids: list[str]
           ) -> dict[str, str]:
    from consularapp.directory import consulate_display_name

    found: dict[str, str] = {}
    for oid, agency, name in s.execute(select(Office.id, Office.agency_code, Office.name)
                                       .where(Office.id.in_(office_ids))):
        found[oid] = name if name.upper().startswith(agency.upper()) else f"{agency} {name}"
    for c in s.execute(select(Consulate.id, Consulate.country_code, Consulate.consulate_type,
                              Consulate.city).where(Consulate.id.in_(consulate_ids))):
        found[c.id] = consulate_display_name(c.country_code, c.consulate_type, c.city)
    found.update(dict(s.execute(select(Partner.id, Partner.name)
                                .where(Partner.id.in_(partner_ids))).all()))
    return found


def _events(s: Any, agreement_id: str, office_ids: list[str], consulate_ids: list[str],
            partner_ids: list[str], start: datetime, stop: datetime, first: date, last: date
            ) -> list[dict[str, Any]]:
    """The occurrences held in the period under the agreement or by its parties."""
    from consularapp.snapshots import in_range

    events = s.execute(select(
        Event.id, Event.title, Event.format, Event.starts_at, Event.ends_at, Event.time_zone,
        Event.venue, Event.host_consulate_id, Event.topics, Event.recurrence, Event.status,
        Event.agreement_id,
    ).where(in_range(start, stop), Event.status != EventStatus.CANCELLED.value)).all()
    ids = [e.id for e in events]
    offices: dict[str, set[str]] = defaultdict(set)
    partners: dict[str, set[str]] = defaultdict(set)
    exceptions: dict[str, dict[date, recurrence.Exception_]] = defaultdict(dict)
    staff: dict[tuple[str, date | None], list[str]] = defaultdict(list)
    outcomes: dict[tuple[str, date | None], Outcome] = {}
    if ids:
        for eid, oid in s.execute(select(event_office.c.event_id, event_office.c.office_id)
                                  .where(event_office.c.event_id.in_(ids))):
            offices[eid].add(oid)
        for eid, pid in s.execute(select(event_partner.c.event_id, event_partner.c.partner_id)
                                  .where(event_partner.c.event_id.in_(ids))):
            partners[eid].add(pid)
        for c in s.scalars(select(OccurrenceChange).where(OccurrenceChange.event_id.in_(ids))):
            exceptions[c.event_id][c.occurs_on] = recurrence.Exception_(
                c.cancelled, c.starts_at, c.ends_at)
        for o in s.scalars(select(Outcome).where(Outcome.event_id.in_(ids))):
            outcomes[(o.event_id, o.occurrence)] = o
        people = s.execute(select(Assignment.event_id, Assignment.occurrence, Person.id,
                                  Person.name)
                           .join(Person, Person.id == Assignment.person_id)
                           .where(Assignment.event_id.in_(ids))).all()
        orgs = _organizations(s, {p.id for p in people}, first)
        for eid, day, pid, name in people:
            org = orgs.get(pid)
            staff[(eid, day)].append(f"{name} ({org})" if org else name)
    places = dict(((c.id), (c.city, c.state)) for c in s.execute(
        select(Consulate.id, Consulate.city, Consulate.state)))
    office_places = {o.id: (o.city, o.state) for o in s.execute(
        select(Office.id, Office.city, Office.state).where(Office.id.in_(office_ids)))}
    mine_offices, mine_consulates, mine_partners = (set(office_ids), set(consulate_ids),
                                                    set(partner_ids))
    rows = []
    for e in events:
        ours = e.agreement_id == agreement_id or (
            offices[e.id] & mine_offices and (
                (e.host_consulate_id in mine_consulates)
                or (partners[e.id] & mine_partners)))
        if not ours:
            continue
        series = recurrence.Series(e.id, e.starts_at, e.ends_at, e.time_zone, e.recurrence,
                                   exceptions.get(e.id, {}))
        for occ in recurrence.expand(series, (start, stop), include_cancelled=False):
            local = utc_to_local(occ.starts_at, e.time_zone).date()
            if not first <= local <= last:
                continue
            key = occ.occurs_on if series.recurring else None
            city, state = places.get(e.host_consulate_id or "", ("", ""))
            if not city:
                city, state = next((office_places[o] for o in sorted(offices[e.id])
                                    if o in office_places), ("", ""))
            people = staff.get((e.id, None), []) + (staff.get((e.id, key), []) if key else [])
            rows.append({
                "id": e.id, "title": e.title, "format": e.format, "day": local,
                "city": city, "state": state, "emphasis": "; ".join(e.topics or []),
                "representatives": "; ".join(dict.fromkeys(people)),
                "outcome": outcomes.get((e.id, key)),
                "cancelled_note": "",
                "people": people,
            })
    rows.sort(key=lambda r: (r["day"], r["title"]))
    return rows


def _org_names(s: Any) -> dict[str, str]:
    """Office ('OSHA Phoenix Area Office') and consulate names, as affiliations print."""
    from consularapp.directory import organization_names

    names = {k: v[1] for k, v in organization_names(s).items()}
    for oid, agency, name in s.execute(select(Office.id, Office.agency_code, Office.name)):
        names[oid] = name if name.upper().startswith(agency.upper()) else f"{agency} {name}"
    return names


def _organizations(s: Any, person_ids: set[str], day: date) -> dict[str, str]:
    """Person -> the office or consulate they belonged to on `day`."""
    names = _org_names(s)
    found: dict[str, str] = {}
    if not person_ids:
        return found
    for m in s.execute(select(Membership.person_id, Membership.office_id,
                              Membership.consulate_id, Membership.active_from,
                              Membership.active_to)
                       .where(Membership.person_id.in_(sorted(person_ids)))):
        if (m.active_from is None or m.active_from <= day) and (
                m.active_to is None or day <= m.active_to):
            org = m.office_id or m.consulate_id or ""
            found.setdefault(m.person_id, names.get(org) or org)
    return found


def _team(s: Any, a: Agreement, rows: list[dict[str, Any]], first: date, last: date
          ) -> list[Member]:
    """The signatories, then everyone at the period's implementation-team meetings."""
    wanted: list[str] = [p for p in (a.us_signatory_id, a.consular_signatory_id) if p]
    meeting_ids = {r["id"] for r in rows if r["format"] == EventFormat.MEETING.value}
    if meeting_ids:
        wanted += list(s.scalars(select(Assignment.person_id).where(
            Assignment.event_id.in_(sorted(meeting_ids)))))
    wanted = list(dict.fromkeys(wanted))
    if not wanted:
        return []
    names = dict(s.execute(select(Person.id, Person.name).where(Person.id.in_(wanted)))
                 .all())
    orgs = _org_names(s)
    posts: dict[str, tuple[str, str]] = {}
    for m in s.execute(select(Membership.person_id, Membership.office_id,
                              Membership.consulate_id, Membership.title,
                              Membership.active_from, Membership.active_to)
                       .where(Membership.person_id.in_(wanted))):
        if (m.active_from is None or m.active_from <= last) and (
                m.active_to is None or first <= m.active_to):
            org = m.office_id or m.consulate_id or ""
            posts.setdefault(m.person_id, (m.title or "", orgs.get(org) or org))
    return [Member(names.get(p, p), *posts.get(p, ("", ""))) for p in wanted if p in names]


# --- Word ---------------------------------------------------------------------------------------

OUTREACH_HEADER = ("Activity type", "Date", "Event name",
                   "Representative name(s) and affiliation(s)",
                   "Title of presentation (if applicable)", "City", "State",
                   "Emphasis area(s)", "Number reached", "Additional information")
DISSEMINATION_HEADER = ("Dissemination type", "Date", "Description", "Emphasis area(s)",
                        "Number reached", "Additional information")
TRAINING_HEADER = ("Training type", "Date", "Name/title of trainer", "Training title",
                   "Audience", "City", "State", "Emphasis area(s)", "Number reached",
                   "Additional information")


def _sections(data: AllianceData) -> list[tuple[str, Any]]:
    """The report as a list of (kind, content) both writers lay out: ('h1', text),
    ('h2', text), ('p', text), ('ph', placeholder text), ('list', [...]), ('fields', [...]),
    ('table', (header, rows))."""
    renewed = [long_day(d, weekday=False) for d in data.renewed_on]
    out: list[tuple[str, Any]] = [
        ("h1", _("Alliance Annual Report")),
        ("p", _("The Occupational Safety and Health Administration (OSHA) and {parties}").format(
            parties=", ".join(data.parties[1:]) if len(data.parties) > 1 else data.title)),
        ("p", _("Agreement {id} ({kind}) · annual period {n} of {count} · report prepared "
                "{day}").format(id=data.agreement_id, kind=data.kind, n=data.period,
                                count=data.period_count, day=long_day(data.as_of,
                                                                      weekday=False))),
        ("h2", _("I. Alliance Background")),
        ("fields", [
            (_("Date signed"), long_day(data.signed_on, weekday=False) if data.signed_on
             else _ph(_("initial signing date"))),
            (_("Dates renewed"), "; ".join(renewed) if renewed else _("not renewed yet")),
            (_("Evaluation period"), _("{first} – {last}").format(
                first=long_day(data.period_starts, weekday=False),
                last=long_day(data.period_ends, weekday=False))),
            (_("Parties"), "; ".join(data.parties)),
        ]),
        ("h3", _("Alliance Overview and Goals")),
        ("ph", _("Brief summary of the purpose and scope of the Alliance, from the Alliance "
                 "agreement. To be written by the coordinator.")),
    ]
    if data.notes:
        out.append(("p", _("Notes kept with the agreement: {notes}").format(notes=data.notes)))
    out.append(("h2", _("II. Implementation Team")))
    if data.team:
        out.append(("list", [", ".join(x for x in (m.name, m.title, m.organization) if x)
                             for m in data.team]))
    else:
        out.append(("ph", _("Members of the implementation team (none recorded in the app).")))
    out.append(("h3", _("Implementation Team Meetings")))
    if data.meetings:
        out.append(("list", [long_day(d) for d in data.meetings]))
    else:
        out.append(("ph", _("Dates of the team's meetings (no meeting of this agreement is "
                            "recorded in the period).")))
    out.append(("p", _("In addition to these formal meetings, the Alliance coordinators "
                       "maintained regular contact throughout the reporting period.")))
    out.append(("h2", _("III. Results of Alliance Activities in Support of Agreement Goals")))
    out.append(("h3", _("Dissemination")))
    out.append(("p", _("Alliance Program participant shared information on OSHA-developed or "
                       "OSHA Alliance Program-developed tools and resources, OSHA "
                       "standards/rulemakings, enforcement, or outreach campaigns.")))
    out.append(("table", (DISSEMINATION_HEADER, [
        (r.kind, r.day.isoformat(), r.name, r.emphasis, _count(r.reached), r.notes)
        for r in data.dissemination] or [("", "", _ph(_("none recorded")), "", "", "")])))
    out.append(("h3", _("Outreach Events and Training for non-OSHA Staff")))
    out.append(("p", _("Alliance Program participant or OSHA participation in events, including "
                       "speeches and presentations, exhibits, roundtables, conferences, "
                       "informational webinars or other meetings or training in support of the "
                       "Alliance or an OSHA initiative.")))
    out.append(("table", (OUTREACH_HEADER, [
        (r.kind, r.day.isoformat(), r.name, r.representatives, r.presentation, r.city,
         r.state, r.emphasis, _count(r.reached), r.notes)
        for r in data.outreach] or [("", "", _ph(_("none recorded")), "", "", "", "", "", "",
                                     "")])))
    out.append(("h3", _("Training for OSHA Staff")))
    out.append(("ph", _("Training the Alliance participant gave OSHA and OSHA-affiliated staff. "
                        "The app does not record such training: add any here.")))
    out.append(("table", (TRAINING_HEADER, [("", "", "", "", "", "", "", "", "", "")])))
    t = data.totals
    out.append(("h3", _("Totals for the period")))
    out.append(("fields", [
        (_("Outreach events held"), str(t.get("events", 0))),
        (_("People reached"), f"{t.get('reached', 0):,}"),
        (_("Materials distributed"), f"{t.get('materials', 0):,}"),
        (_("Workers referred to an agency"), f"{t.get('referrals', 0):,}"),
        (_("Protection cases identified"), f"{t.get('cases', 0):,}"),
        (_("Events without outcomes recorded"), str(t.get("without_outcome", 0))),
    ]))
    out.append(("h2", _("IV. Success Stories and Upcoming Activities")))
    out.append(("ph", _("Successes of the period and activities planned for the next one. To be "
                        "written by the coordinator.")))
    out.append(("p", _("Counts only: this report names no worker and holds no personal "
                       "detail about anyone who came forward.")))
    return out


def _count(value: int | None) -> str:
    return "" if value is None else f"{value:,}"


def write_docx(db: Database, agreement_id: str, out: Path, *, period: int | None = None,
               as_of: date | None = None, progress: Progress | None = None,
               cancelled: Cancelled | None = None) -> Path:
    """The report as a Word document: real headings (Word's navigation pane and screen readers
    find them), tables whose header row repeats on every page, the document's title and
    language set, placeholders in brackets and italics for the coordinator to replace."""
    from docx import Document as WordDocument
    from docx.enum.section import WD_ORIENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Inches, Pt

    steps = Steps(progress, cancelled)
    data = load_alliance(db, agreement_id, period, as_of, steps)
    steps.report(0, 1, _("Writing the report"))
    doc = WordDocument()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Inches(11), Inches(8.5)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Inches(0.7))
    title = _("Alliance Annual Report — {id}, period {n}").format(id=data.agreement_id,
                                                                 n=data.period)
    doc.core_properties.title = title
    doc.core_properties.subject = data.title
    doc.core_properties.author = "ConsularApp"
    doc.core_properties.language = "en-US"
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10.5)
    rpr = style.element.get_or_add_rPr()
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "en-US")
    rpr.append(lang)
    header = section.header.paragraphs[0]
    header.text = title
    for kind, content in _sections(data):
        steps.check()
        if kind in ("h1", "h2", "h3"):
            doc.add_heading(content, level={"h1": 1, "h2": 2, "h3": 3}[kind])
        elif kind == "p":
            doc.add_paragraph(content)
        elif kind == "ph":
            run = doc.add_paragraph().add_run(_ph(content))
            run.italic = True
        elif kind == "list":
            for item in content:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "fields":
            for label, value in content:
                p = doc.add_paragraph()
                p.add_run(f"{label}: ").bold = True
                p.add_run(value)
        elif kind == "table":
            head, rows = content
            table = doc.add_table(rows=1, cols=len(head))
            table.style = "Table Grid"
            for cell, text in zip(table.rows[0].cells, head, strict=True):
                cell.text = ""
                cell.paragraphs[0].add_run(text).bold = True
            _repeat_header(table.rows[0], OxmlElement, qn)
            for row in rows:
                cells = table.add_row().cells
                for cell, text in zip(cells, row, strict=True):
                    cell.text = str(text)
            for row in table.rows:
                for cell in row.cells:
                    for paragraph in cell.paragraphs:
                        for r in paragraph.runs:
                            r.font.size = Pt(8.5)
    with atomic_file(Path(out)) as part:
        doc.save(str(part))
    steps.report(1, 1, _("Report written"))
    return Path(out)


def _repeat_header(row: Any, element: Any, qn: Any) -> None:
    """Mark a table's first row as its header: repeated on every page, announced as headers."""
    properties = row._tr.get_or_add_trPr()
    mark = element("w:tblHeader")
    mark.set(qn("w:val"), "true")
    properties.append(mark)


# --- PDF ----------------------------------------------------------------------------------------


def write_pdf(db: Database, agreement_id: str, out: Path, *, period: int | None = None,
              as_of: date | None = None, progress: Progress | None = None,
              cancelled: Cancelled | None = None) -> Path:
    """The same report as a tagged PDF/UA-1 (for reading and printing; edit the Word one)."""
    from consularapp.reports import typeset as t

    steps = Steps(progress, cancelled)
    data = load_alliance(db, agreement_id, period, as_of, steps)
    title = _("Alliance Annual Report — {id}, period {n}").format(id=data.agreement_id,
                                                                 n=data.period)
    document = t.Document(title=title, lang="en", subject=data.title, landscape=True,
                          header_left=title, header_right="ConsularApp",
                          footer_left=_("Pre-filled from the records of {day}; narrative parts "
                                        "to be completed by the coordinator").format(
                                            day=data.as_of.isoformat()))
    for kind, content in _sections(data):
        if kind in ("h1", "h2", "h3"):
            document.add(t.heading(content, {"h1": 1, "h2": 2, "h3": 3}[kind]))
        elif kind == "p":
            document.add(t.par(content))
        elif kind == "ph":
            document.add(t.par(t.run(_ph(content), italic=True, colour="#555555")))
        elif kind == "list":
            document.add(t.bullets(content))
        elif kind == "fields":
            document.add(t.fields(content, size=9))
        elif kind == "table":
            head, rows = content
            widths: list[str | float] = ["auto"] * len(head)
            for n, name in enumerate(head):
                if name in ("Event name", "Description", "Representative name(s) and "
                            "affiliation(s)", "Additional information", "Emphasis area(s)"):
                    widths[n] = "1fr"
            document.add(t.table(widths, list(head), [list(r) for r in rows], size=7.5),
                         t.space(4))
    return t.write_pdf(Path(out), document, steps)
