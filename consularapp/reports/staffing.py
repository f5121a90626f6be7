"""The staffing report of a Labor Rights Week, as an Excel workbook or a printable PDF.

Excel: Summary (per agency and office, with a native bar chart of staff-hours by agency),
Events, Assignments (each person's week), Gaps (every planning problem and open need).
PDF: a cover with the campaign, its theme, totals and a bar chart, then a roster per event with a
blank line for every open slot, ready to print and fill in on the day.

The data comes from the services the planner already uses (list_events, list_assignments,
find_conflicts: a constant number of queries whatever the size) plus one query each for people
and memberships; everything else is computed here.

Staff-hours count each assignment's real time (the shift, else the whole event) on events that
are not cancelled, and go to the office the person belonged to on the event's local day
(preferring an office taking part in the event). Events and open slots count under every office
taking part, so an event two offices share appears in both rows; agency totals count it once.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from consularapp.conflicts import Conflict, ConflictKind, find_conflicts
from consularapp.db import Database
from consularapp.errors import NotFoundError
from consularapp.events import EventRow, list_events
from consularapp.models import Campaign, EventStatus, Membership, Person
from consularapp.reports.common import (
    Cancelled,
    OfficeFacts,
    Progress,
    Steps,
    clock_span,
    generated_stamp,
    hours,
    load_offices,
    long_day,
    plural,
)
from consularapp.staffing import AssignmentRow, list_assignments

if TYPE_CHECKING:
    from openpyxl import Workbook
    from reportlab.platypus import Flowable

    from consularapp.reports.pdf import Styles

DETAIL_LABEL_WIDTH = 96.0  # points
ROSTER_WIDTHS = (0.3, 1.7, 0.9, 1.2, 1.5, 1.7)  # inches: #, name, role, shift, languages, contact
NO_OFFICE = ""  # staff-hours of people without an office membership on the day


@dataclass(frozen=True)
class PersonFacts:
    id: str
    name: str
    email: str
    phone: str
    languages: tuple[str, ...]


@dataclass
class OfficeLine:
    agency: str
    office_id: str
    office_name: str
    events: int = 0
    people: set[str] = field(default_factory=set)
    staff_hours: float = 0.0
    open_slots: int = 0


@dataclass
class AgencyLine:
    agency: str
    agency_name: str
    offices: set[str] = field(default_factory=set)
    events: set[str] = field(default_factory=set)
    people: set[str] = field(default_factory=set)
    staff_hours: float = 0.0
    open_slots: int = 0


@dataclass
class StaffingData:
    """Everything both formats print, read once."""

    year: int
    starts_on: date
    ends_on: date
    theme_en: str
    theme_es: str
    events: list[EventRow]
    assignments: list[AssignmentRow]
    conflicts: list[Conflict]
    offices: dict[str, OfficeFacts]
    people: dict[str, PersonFacts]
    office_of: dict[int, str]  # assignment id -> office id (NO_OFFICE if none that day)
    office_lines: list[OfficeLine] = field(default_factory=list)
    agency_lines: list[AgencyLine] = field(default_factory=list)

    @property
    def live_events(self) -> list[EventRow]:
        return [e for e in self.events if e.status != EventStatus.CANCELLED.value]

    @property
    def event_by_id(self) -> dict[str, EventRow]:
        return {e.id: e for e in self.events}

    def staff_hours(self) -> float:
        return sum(line.staff_hours for line in self.agency_lines)

    def open_slots(self) -> int:
        return sum(e.short_by for e in self.live_events)


Periods = dict[str, list[tuple[str, date | None, date | None]]]  # person -> (office, from, to)


def _office_of(assignments: list[AssignmentRow], events: dict[str, EventRow],
               memberships: Periods) -> dict[int, str]:
    """Each assignment's office: the person's on the event's local day, one taking part first."""
    result = {}
    for a in assignments:
        day = a.starts.date()
        current = [o for o, start, end in memberships.get(a.person_id, [])
                   if (start is None or start <= day) and (end is None or day <= end)]
        taking_part = set(events[a.event_id].office_ids) if a.event_id in events else set()
        preferred = [o for o in current if o in taking_part]
        result[a.id] = (preferred or current or [NO_OFFICE])[0]
    return result


def load_staffing(db: Database, year: int, steps: Steps | None = None) -> StaffingData:
    """Read the campaign `year` (NotFoundError if there is none) and compute the summaries."""
    steps = steps or Steps(None, None)
    steps.report(0, 0, "Reading the campaign")
    with db.session() as s:
        campaign = s.get(Campaign, year)
        if campaign is None:
            raise NotFoundError("Labor Rights Week", str(year))
        starts_on, ends_on = campaign.starts_on, campaign.ends_on
        theme_en, theme_es = campaign.theme_en or "", campaign.theme_es or ""
        people = {
            r.id: PersonFacts(r.id, r.name, r.email or "", r.phone or "", tuple(r.languages or ()))
            for r in s.execute(select(Person.id, Person.name, Person.email, Person.phone,
                                      Person.languages))
        }
        memberships: Periods = defaultdict(list)
        for pid, oid, start, end in s.execute(
            select(Membership.person_id, Membership.office_id, Membership.active_from,
                   Membership.active_to)
            .where(Membership.office_id.is_not(None))
            .order_by(Membership.active_from.desc())
        ):
            memberships[pid].append((oid, start, end))
    events = list_events(db, year)
    steps.check()
    assignments = list_assignments(db, year=year)
    steps.check()
    steps.report(0, 0, "Looking for planning problems")
    conflicts = find_conflicts(db, year)
    steps.check()
    offices = load_offices(db)
    by_id = {e.id: e for e in events}
    data = StaffingData(
        year=year, starts_on=starts_on, ends_on=ends_on, theme_en=theme_en, theme_es=theme_es,
        events=events, assignments=assignments, conflicts=conflicts, offices=offices,
        people=people, office_of=_office_of(assignments, by_id, memberships),
    )
    _summarise(data)
    return data


def _summarise(data: StaffingData) -> None:
    lines: dict[str, OfficeLine] = {}
    agencies: dict[str, AgencyLine] = {}

    def office_line(oid: str) -> OfficeLine:
        if oid not in lines:
            facts = data.offices.get(oid)
            agency = facts.agency if facts else ("" if oid == NO_OFFICE else "?")
            name = facts.display_name if facts else (oid or "No office on the day")
            lines[oid] = OfficeLine(agency, oid, name)
        return lines[oid]

    def agency_line(code: str) -> AgencyLine:
        if code not in agencies:
            name = next((f.agency_name for f in data.offices.values() if f.agency == code), code)
            agencies[code] = AgencyLine(code, name or "No agency")
        return agencies[code]

    for e in data.live_events:
        for oid in e.office_ids:
            line = office_line(oid)
            line.events += 1
            line.open_slots += e.short_by
        for code in {office_line(o).agency for o in e.office_ids}:
            agency = agency_line(code)
            agency.events.add(e.id)
            agency.open_slots += e.short_by
    live = {e.id for e in data.live_events}
    for a in data.assignments:
        if a.event_id not in live:
            continue
        line = office_line(data.office_of.get(a.id, NO_OFFICE))
        length = hours(a.starts, a.ends)
        line.people.add(a.person_id)
        line.staff_hours += length
        agency = agency_line(line.agency)
        agency.people.add(a.person_id)
        agency.staff_hours += length
    for line in lines.values():
        agency_line(line.agency).offices.add(line.office_id)
    data.office_lines = sorted(lines.values(),
                               key=lambda x: (x.agency == "", x.agency, x.office_name.casefold()))
    data.agency_lines = sorted(agencies.values(), key=lambda x: (x.agency == "", x.agency))


# --- Excel --------------------------------------------------------------------------------------


def write_excel(db: Database, year: int, out: Path, progress: Progress | None = None,
                cancelled: Cancelled | None = None) -> Path:
    """The staffing workbook of campaign `year` at `out` (.xlsx)."""
    steps = Steps(progress, cancelled)
    return excel_from_data(load_staffing(db, year, steps), Path(out), steps)


def excel_from_data(data: StaffingData, out: Path, steps: Steps) -> Path:
    """Write the workbook of data already read (rows stream to disk: memory stays flat)."""
    from openpyxl.chart import BarChart, Reference
    from openpyxl.chart.label import DataLabelList

    from consularapp.reports.excel import HOURS_FORMAT, Column, Sheet, new_book, save_book

    year = data.year
    book = new_book(f"Labor Rights Week {year}: staffing")
    try:
        steps.report(0, 4, "Writing Summary")
        summary = Sheet(book, "Summary", [
            Column("Agency", 9), Column("Office ID", 18), Column("Office", 34),
            Column("Events", 9, "0"), Column("People", 9, "0"),
            Column("Staff-hours", 12, HOURS_FORMAT), Column("Open slots", 11, "0"),
            Column("", 3),
            Column("Agency", 9), Column("Agency name", 40), Column("Events", 9, "0"),
            Column("People", 9, "0"), Column("Staff-hours", 12, HOURS_FORMAT),
            Column("Open slots", 11, "0"),
        ], steps)
        agency_rows: list[list[Any]] = [
            [a.agency or "—", a.agency_name, len(a.events), len(a.people),
             round(a.staff_hours, 2), a.open_slots]
            for a in data.agency_lines
        ]
        live = data.live_events
        live_ids = {e.id for e in live}
        agency_rows.append([
            "All", "All agencies", len(live),
            len({a.person_id for a in data.assignments if a.event_id in live_ids}),
            round(data.staff_hours(), 2), data.open_slots(),
        ])
        office_rows: list[list[Any]] = [
            [o.agency or "—", o.office_id or "—", o.office_name, o.events, len(o.people),
             round(o.staff_hours, 2), o.open_slots]
            for o in data.office_lines
        ]
        for i in range(max(len(office_rows), len(agency_rows))):
            left = office_rows[i] if i < len(office_rows) else [None] * 7
            right = agency_rows[i] if i < len(agency_rows) else [None] * 6
            summary.append([*left, None, *right])
        summary.ws.auto_filter.ref = f"A1:G{len(office_rows) + 1}"
        if data.agency_lines:
            chart = BarChart()
            chart.type = "col"
            chart.title = "Staff-hours by agency"
            chart.y_axis.title = "Staff-hours"
            chart.x_axis.title = "Agency"
            chart.legend = None
            last = len(data.agency_lines) + 1
            values = Reference(summary.ws, min_col=13, min_row=1, max_row=last)
            chart.add_data(values, titles_from_data=True)
            chart.set_categories(Reference(summary.ws, min_col=9, min_row=2, max_row=last))
            chart.dataLabels = DataLabelList()
            chart.dataLabels.showVal = True
            chart.width, chart.height = 18, 9
            summary.ws.add_chart(chart, f"I{len(agency_rows) + 4}")

        steps.report(1, 4, "Writing Events")
        events = Sheet(book, "Events", [
            Column("Event ID", 22), Column("Title", 40), Column("Title (Spanish)", 40),
            Column("Format", 16), Column("Status", 11), Column("Starts (local)", 17),
            Column("Ends (local)", 17), Column("Zone", 7), Column("Time zone", 20),
            Column("Venue", 34), Column("Address", 40), Column("Host consulate", 36),
            Column("Offices", 30), Column("Staff needed", 10, "0"),
            Column("Staff assigned", 10, "0"), Column("Open slots", 10, "0"),
            Column("Languages needed", 22), Column("Languages covered", 22),
            Column("Languages missing", 22), Column("Topics", 30),
        ], steps)
        for e in data.events:
            events.append([
                e.id, e.title, e.title_es, e.format, e.status, e.starts, e.ends,
                e.zone_abbreviation if e.zone_abbreviation == e.end_zone_abbreviation
                else f"{e.zone_abbreviation}/{e.end_zone_abbreviation}",
                e.time_zone, e.venue, e.address, e.host_name, "; ".join(e.office_ids),
                e.staff_needed, e.assigned_count, e.short_by, "; ".join(e.languages_needed),
                "; ".join(e.covered_languages), "; ".join(e.missing_languages),
                "; ".join(e.topics),
            ])
        events.finish()

        steps.report(2, 4, "Writing Assignments")
        people = Sheet(book, "Assignments", [
            Column("Person", 24), Column("Person ID", 20), Column("Office that day", 30),
            Column("Day", 11), Column("Starts (local)", 17), Column("Ends (local)", 17),
            Column("Zone", 7), Column("Hours", 8), Column("Role", 13),
            Column("Shift", 12), Column("Event ID", 22), Column("Event", 40),
            Column("Venue", 34), Column("Event status", 11), Column("Languages", 24),
            Column("Notes", 30),
        ], steps)
        by_event = data.event_by_id
        for a in sorted(data.assignments,
                        key=lambda x: (x.person_name.casefold(), x.person_id, x.starts, x.id)):
            oid = data.office_of.get(a.id, NO_OFFICE)
            office = data.offices.get(oid)
            event = by_event.get(a.event_id)
            people.append([
                a.person_name, a.person_id, office.display_name if office else "",
                a.starts.date(), a.starts, a.ends, a.zone_abbreviation,
                round(hours(a.starts, a.ends), 2), a.role,
                "whole event" if a.whole_event else "shift", a.event_id, a.event_title,
                event.venue if event else "", a.event_status, "; ".join(a.languages), a.notes,
            ])
        people.finish()

        steps.report(3, 4, "Writing Gaps")
        gaps = Sheet(book, "Gaps", [
            Column("Severity", 10), Column("Kind", 20), Column("Starts (local)", 17),
            Column("Zone", 7), Column("Event IDs", 30), Column("Events", 40),
            Column("Person ID", 20), Column("Person", 24), Column("Open slots", 10, "0"),
            Column("Languages missing", 22), Column("Message", 80),
            Column("Acknowledged", 12), Column("Reason", 30),
        ], steps)
        reported: set[tuple[str, str]] = set()
        for c in data.conflicts:
            first = by_event.get(c.event_ids[0]) if c.event_ids else None
            person = data.people.get(c.person_id or "")
            if c.kind in (ConflictKind.UNDERSTAFFED, ConflictKind.LANGUAGE_NOT_COVERED):
                reported.update((c.kind, eid) for eid in c.event_ids)
            gaps.append([
                c.severity, c.kind, first.starts if first else None,
                first.zone_abbreviation if first else "", "; ".join(c.event_ids),
                "; ".join(by_event[eid].title for eid in c.event_ids if eid in by_event),
                c.person_id or "", person.name if person else "",
                first.short_by if first and c.kind == ConflictKind.UNDERSTAFFED else None,
                "; ".join(first.missing_languages)
                if first and c.kind == ConflictKind.LANGUAGE_NOT_COVERED else "",
                c.message, "yes" if c.acknowledged else "no", c.reason or "",
            ])
        for e in data.live_events:  # open needs no planning check reported (none expected)
            short = e.short_by and (ConflictKind.UNDERSTAFFED, e.id) not in reported
            missing = e.missing_languages and (
                (ConflictKind.LANGUAGE_NOT_COVERED, e.id) not in reported)
            if short or missing:
                gaps.append([
                    "warning", "open need", e.starts, e.zone_abbreviation, e.id, e.title, "", "",
                    e.short_by or None, "; ".join(e.missing_languages),
                    f"'{e.title}' ({e.when}) still needs "
                    + ", ".join(p for p in (
                        plural(e.short_by, "more person", "more people") if e.short_by else "",
                        "someone who speaks " + ", ".join(e.missing_languages)
                        if e.missing_languages else "") if p) + ".",
                    "no", "",
                ])
        gaps.finish()
        steps.check()
        steps.report(4, 4, f"Saving {Path(out).name}")
        return save_book(book, Path(out))
    except BaseException:
        _discard(book)
        raise


def _discard(book: Workbook) -> None:
    """Close a half-written write-only book: its sheets hold temporary files."""
    import io

    try:
        book.save(io.BytesIO())
    except Exception:  # pragma: no cover - best effort while another error propagates
        return


# --- PDF ----------------------------------------------------------------------------------------


def _bar_chart(labels: list[str], values: list[float], title: str) -> Flowable:
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib import colors

    from consularapp.reports.pdf import FONT, FONT_BOLD, INK

    drawing = Drawing(460, 210)
    drawing.add(String(0, 196, title, fontName=FONT_BOLD, fontSize=10, fillColor=INK))
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 45, 30, 400, 150
    chart.data = [values or [0]]
    chart.categoryAxis.categoryNames = labels or ["—"]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 8
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.valueMin = 0
    top = max(values or [0])
    chart.valueAxis.valueMax = max(1.0, top * 1.15)
    chart.bars[0].fillColor = colors.HexColor("#2f4f6f")
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%.1f"
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 8
    chart.barLabels.nudge = 7
    chart.barLabels.boxAnchor = "s"
    drawing.add(chart)
    return drawing


def _cover(data: StaffingData, st: Styles) -> list[Flowable]:
    from reportlab.lib.units import inch
    from reportlab.platypus import PageBreak, Paragraph, Spacer, Table, TableStyle

    from consularapp.reports.pdf import FONT, FONT_BOLD, HEADER_FILL, RULE, esc, para

    s = st
    live = data.live_events
    live_ids = {e.id for e in live}
    cancelled = len(data.events) - len(live)
    live_assignments = [a for a in data.assignments if a.event_id in live_ids]
    errors = sum(1 for c in data.conflicts if c.is_error)
    warnings = len(data.conflicts) - errors
    missing = sum(1 for e in live if e.missing_languages)
    story: list[Flowable] = [
        para(f"Labor Rights Week {data.year}", s.title),
        para(f"Staffing report · Semana de Derechos Laborales {data.year}",
             s.subtitle),
        para(f"{long_day(data.starts_on)} – {long_day(data.ends_on)}",
             s.body),
    ]
    if data.theme_en or data.theme_es:
        story.append(Paragraph(
            f"<b>Theme:</b> {esc(data.theme_en)}"
            + (f"<br/><i>{esc(data.theme_es)}</i>" if data.theme_es else ""),
            s.body))
    story.append(Spacer(1, 10))
    totals = [
        ["Events", f"{len(live)}" + (f" (and {cancelled} cancelled)" if cancelled else "")],
        ["Assignments", str(len(live_assignments))],
        ["People assigned", str(len({a.person_id for a in live_assignments}))],
        ["Staff-hours", f"{data.staff_hours():.1f}"],
        ["Open slots", str(data.open_slots())],
        ["Events missing a language", str(missing)],
        ["Planning problems", f"{errors} error(s), {warnings} warning(s)"],
    ]
    table = Table(totals, colWidths=[2.2 * inch, 3.2 * inch], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT), ("FONTNAME", (0, 0), (0, -1), FONT_BOLD),
        ("FONTSIZE", (0, 0), (-1, -1), 9.5), ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    story += [table, Spacer(1, 16)]
    agencies = [a for a in data.agency_lines]
    story.append(_bar_chart([a.agency or "none" for a in agencies],
                            [round(a.staff_hours, 1) for a in agencies],
                            "Staff-hours by agency"))
    story.append(Spacer(1, 8))
    rows = [["Agency", "Events", "People", "Staff-hours", "Open slots"]] + [
        [f"{a.agency} — {a.agency_name}" if a.agency else "No office on the day",
         str(len(a.events)), str(len(a.people)), f"{a.staff_hours:.1f}", str(a.open_slots)]
        for a in agencies
    ]
    table = Table(rows, colWidths=[3.4 * inch, 0.8 * inch, 0.8 * inch, 1.0 * inch, 0.9 * inch],
                  hAlign="LEFT", repeatRows=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT), ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5), ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
    ]))
    story += [table, PageBreak()]
    return story


def _roster(e: EventRow, data: StaffingData, by_event: dict[str, list[AssignmentRow]],
            st: Styles) -> Flowable:
    from reportlab.lib import colors
    from reportlab.lib.units import inch
    from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

    from consularapp.reports.pdf import (
        BLANK,
        BLANK_SHORT,
        FONT,
        FONT_BOLD,
        HEADER_FILL,
        RULE,
        clean,
        esc,
        wrap_plain,
    )

    s = st
    cancelled = e.status == EventStatus.CANCELLED.value
    heading = f"{clock_span(e.starts, e.ends)} · {esc(e.title)}"
    if cancelled:
        heading = f"<strike>{heading}</strike> — CANCELLED"
    parts: list[Flowable] = [Paragraph(heading, s.h3)]
    # The details as a label/value table of plain text: a Paragraph with markup per event cost
    # more than everything else on the page.
    value_width = 7.3 * inch - DETAIL_LABEL_WIDTH - 8
    offices = "; ".join(
        data.offices[o].display_name if o in data.offices else o for o in e.office_ids)
    needed = e.staff_needed or 0
    staff = f"{e.assigned_count} of {needed} assigned" if needed else (
        f"{e.assigned_count} assigned")
    if e.short_by and not cancelled:
        staff += f" — {plural(e.short_by, 'open slot')}"
    details: list[tuple[str, str]] = [
        ("Event", f"{e.id} · {e.format} · {e.status}"),
        ("Where", e.venue + (f", {e.address}" if e.address else "")),
        ("Host", e.host_name),
        ("Offices", offices),
        ("Staff", staff),
    ]
    if e.languages_needed:
        languages = ", ".join(e.languages_needed)
        languages += (f" (not covered: {', '.join(e.missing_languages)})"
                      if e.missing_languages else " (covered)")
        details.append(("Languages needed", languages))
    shown = [(label, value) for label, value in details if value]
    info = Table([[label, wrap_plain(value, value_width, size=8)] for label, value in shown],
                 colWidths=[DETAIL_LABEL_WIDTH, value_width + 8], hAlign="LEFT")
    info_style = [
        ("FONTNAME", (0, 0), (-1, -1), FONT), ("FONTNAME", (0, 0), (0, -1), FONT_BOLD),
        ("FONTSIZE", (0, 0), (-1, -1), 8), ("LEADING", (0, 0), (-1, -1), 9.5),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    if not cancelled:  # what is still missing stands out
        for n, (label, _value) in enumerate(shown):
            if (label == "Staff" and e.short_by) or (
                    label == "Languages needed" and e.missing_languages):
                info_style.append(("FONTNAME", (1, n), (1, n), FONT_BOLD))
    info.setStyle(TableStyle(info_style))
    parts.append(info)
    rows: list[list[Any]] = [["#", "Name", "Role", "Shift", "Languages", "Contact"]]
    widths = [w * inch for w in ROSTER_WIDTHS]
    for n, a in enumerate(by_event.get(e.id, []), start=1):
        person = data.people.get(a.person_id)
        contact = "\n".join(
            wrap_plain(x, widths[5] - 8) for x in (person.phone, person.email) if x
        ) if person else ""
        rows.append([
            str(n), wrap_plain(a.person_name, widths[1] - 8), clean(a.role),
            "whole event" if a.whole_event else clock_span(a.starts, a.ends),
            wrap_plain(", ".join(a.languages), widths[4] - 8), contact,
        ])
    open_rows = 0 if cancelled else e.short_by
    for n in range(len(rows), len(rows) + open_rows):
        rows.append([str(n), BLANK, BLANK_SHORT, BLANK_SHORT, "", ""])
    if len(rows) == 1:
        rows.append(["", "nobody assigned", "", "", "", ""])
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    style = [
        ("FONTNAME", (0, 0), (-1, -1), FONT), ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD),
        ("FONTSIZE", (0, 0), (-1, -1), 8), ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 1), (-1, -1), 4), ("BOTTOMPADDING", (0, 1), (-1, -1), 3),
    ]
    if cancelled:
        style.append(("TEXTCOLOR", (0, 1), (-1, -1), colors.HexColor("#777777")))
    table.setStyle(TableStyle(style))
    parts += [Spacer(1, 3), table, Spacer(1, 10)]
    return KeepTogether(parts)


def write_pdf(db: Database, year: int, out: Path, progress: Progress | None = None,
              cancelled: Cancelled | None = None) -> Path:
    """The printable staffing report of campaign `year` at `out` (.pdf)."""
    steps = Steps(progress, cancelled)
    return pdf_from_data(load_staffing(db, year, steps), Path(out), steps)


def pdf_from_data(data: StaffingData, out: Path, steps: Steps) -> Path:
    """Lay out the cover and the rosters of data already read."""
    from reportlab.platypus import Paragraph

    from consularapp.reports import pdf

    year = data.year
    st = pdf.styles()
    story: list[Flowable] = _cover(data, st)
    by_event: dict[str, list[AssignmentRow]] = defaultdict(list)
    for a in data.assignments:
        by_event[a.event_id].append(a)
    day: date | None = None
    for n, e in enumerate(data.events):
        if e.local_day != day:
            day = e.local_day
            story.append(Paragraph(pdf.esc(long_day(day)), st.h1))
        story.append(_roster(e, data, by_event, st))
        if n % 200 == 0:
            steps.check()
    if not data.events:
        story.append(pdf.para("No events are planned yet.", st.body))
    title = f"Labor Rights Week {year} — Staffing report"
    furniture = pdf.PageFurniture(header_left=title,
                                  header_right=f"Semana de Derechos Laborales {year}",
                                  footer_left=f"Generated {generated_stamp()} by ConsularApp")
    return pdf.write_pdf(Path(out), story, furniture, steps, title=title,
                         subject="Rosters with open slots")
