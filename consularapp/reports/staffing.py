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
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from consularapp import l10n, labels
from consularapp.conflicts import Conflict, ConflictKind, find_conflicts
from consularapp.db import Database
from consularapp.errors import NotFoundError
from consularapp.events import EventRow, list_events
from consularapp.i18n import _, language, ngettext
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
)
from consularapp.staffing import AssignmentRow, list_assignments

if TYPE_CHECKING:
    from openpyxl import Workbook

    from consularapp.reports.typeset import Block, Document

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


def _languages(values: Iterable[str]) -> str:
    """Languages in a cell, in the document's language: 'español; navajo'."""
    return "; ".join(labels.language_label(v) for v in values)


def _still_needs(e: EventRow) -> str:
    """'Heat safety' (Mon 09:00–11:00 MST) still needs 2 more people, someone who speaks
    Navajo."""
    needs = []
    if e.short_by:
        needs.append(ngettext("{count} more person", "{count} more people", e.short_by)
                     .format(count=e.short_by))
    if e.missing_languages:
        needs.append(_("someone who speaks {languages}").format(
            languages=labels.languages_text(e.missing_languages)))
    return _("'{title}' ({when}) still needs {needs}.").format(
        title=e.shown_title(), when=e.when, needs=", ".join(needs))


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

    from consularapp.reports.excel import (
        HOURS_FORMAT,
        Column,
        Sheet,
        add_table,
        chart_alt_text,
        new_book,
        save_book,
    )

    year = data.year
    book = new_book(_("Labor Rights Week {year}: staffing").format(year=year))
    try:
        steps.report(0, 4, _("Writing Summary"))
        # Two tables side by side: offices (A:G) and agencies (I:N), a blank column between.
        summary = Sheet(book, _("Summary"), [
            Column(_("Agency"), 9), Column(_("Office ID"), 18), Column(_("Office"), 34),
            Column(_("Events"), 9, "0"), Column(_("People"), 9, "0"),
            Column(_("Staff-hours"), 12, HOURS_FORMAT), Column(_("Open slots"), 11, "0"),
            Column("", 3),
            Column(_("Agency"), 9), Column(_("Agency name"), 40), Column(_("Events"), 9, "0"),
            Column(_("People"), 9, "0"), Column(_("Staff-hours"), 12, HOURS_FORMAT),
            Column(_("Open slots"), 11, "0"),
        ], steps, one_table=False)
        agency_rows: list[list[Any]] = [
            [a.agency or "—", a.agency_name, len(a.events), len(a.people),
             round(a.staff_hours, 2), a.open_slots]
            for a in data.agency_lines
        ]
        live = data.live_events
        live_ids = {e.id for e in live}
        agency_rows.append([
            _("All"), _("All agencies"), len(live),
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
        titles = [c.title for c in summary.columns]
        add_table(summary.ws, "Offices", 1, 7, len(office_rows), titles[:7])
        add_table(summary.ws, "Agencies", 9, 14, len(agency_rows), titles[8:])
        chart_rows = 0
        if data.agency_lines:
            chart = BarChart()
            chart.type = "col"
            chart.title = _("Staff-hours by agency")
            chart.y_axis.title = _("Staff-hours")
            chart.x_axis.title = _("Agency")
            chart.legend = None
            last = len(data.agency_lines) + 1
            values = Reference(summary.ws, min_col=13, min_row=1, max_row=last)
            chart.add_data(values, titles_from_data=True)
            chart.set_categories(Reference(summary.ws, min_col=9, min_row=2, max_row=last))
            # Only the value on each column: a label element left out reads as "show it" in
            # LibreOffice ("EEOC; Staff-hours; 4.0").
            chart.dataLabels = DataLabelList(showVal=True, showSerName=False, showCatName=False,
                                             showLegendKey=False, showPercent=False,
                                             showBubbleSize=False, showLeaderLines=False)
            chart.width, chart.height = 18, 9
            chart_alt_text(chart, _("Column chart of staff-hours by agency: {values}. Total "
                                    "{total} staff-hours.").format(
                values="; ".join(f"{a.agency or _('no agency')} "
                                 f"{l10n.number(a.staff_hours, decimals=1)}"
                                 for a in data.agency_lines),
                total=l10n.number(data.staff_hours(), decimals=1)))
            summary.ws.add_chart(chart, f"I{len(agency_rows) + 4}")
            chart_rows = len(agency_rows) + 4 + 18
        summary.ws.print_area = (
            f"A1:N{max(len(office_rows), len(agency_rows), chart_rows) + 1}")

        steps.report(1, 4, _("Writing Events"))
        events = Sheet(book, _("Events"), [
            Column(_("Event ID"), 22), Column(_("Title"), 40), Column(_("Title (Spanish)"), 40),
            Column(_("Format"), 16), Column(_("Status"), 11), Column(_("Starts (local)"), 17),
            Column(_("Ends (local)"), 17), Column(_("Zone"), 7), Column(_("Time zone"), 20),
            Column(_("Venue"), 34), Column(_("Address"), 40), Column(_("Host consulate"), 36),
            Column(_("Offices"), 30), Column(_("Staff needed"), 10, "0"),
            Column(_("Staff assigned"), 10, "0"), Column(_("Open slots"), 10, "0"),
            Column(_("Languages needed"), 22), Column(_("Languages covered"), 22),
            Column(_("Languages missing"), 22), Column(_("Topics"), 30),
        ], steps)
        for e in data.events:
            events.append([
                e.id, e.title, e.title_es, labels.format_label(e.format),
                labels.event_status_label(e.status), e.starts, e.ends,
                e.zone_abbreviation if e.zone_abbreviation == e.end_zone_abbreviation
                else f"{e.zone_abbreviation}/{e.end_zone_abbreviation}",
                e.time_zone, e.shown_venue(), e.address, e.host_name, "; ".join(e.office_ids),
                e.staff_needed, e.assigned_count, e.short_by, _languages(e.languages_needed),
                _languages(e.covered_languages), _languages(e.missing_languages),
                "; ".join(labels.topic_label(topic) for topic in e.topics),
            ])
        events.finish("Events")

        steps.report(2, 4, _("Writing Assignments"))
        people = Sheet(book, _("Assignments"), [
            Column(_("Person"), 24), Column(_("Person ID"), 20), Column(_("Office that day"), 30),
            Column(_("Day"), 11), Column(_("Starts (local)"), 17), Column(_("Ends (local)"), 17),
            Column(_("Zone"), 7), Column(_("Hours"), 8), Column(_("Role"), 13),
            Column(_("Shift"), 12), Column(_("Event ID"), 22), Column(_("Event"), 40),
            Column(_("Venue"), 34), Column(_("Event status"), 11), Column(_("Languages"), 24),
            Column(_("Notes"), 30),
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
                round(hours(a.starts, a.ends), 2), labels.role_label(a.role),
                _("whole event") if a.whole_event else _("shift"), a.event_id,
                event.shown_title() if event else a.event_title,
                event.shown_venue() if event else "", labels.event_status_label(a.event_status),
                _languages(a.languages), a.notes,
            ])
        people.finish("Assignments")

        steps.report(3, 4, _("Writing Gaps"))
        gaps = Sheet(book, _("Gaps"), [
            Column(_("Severity"), 10), Column(_("Kind"), 20), Column(_("Starts (local)"), 17),
            Column(_("Zone"), 7), Column(_("Event IDs"), 30), Column(_("Events"), 40),
            Column(_("Person ID"), 20), Column(_("Person"), 24), Column(_("Open slots"), 10, "0"),
            Column(_("Languages missing"), 22), Column(_("Message"), 80),
            Column(_("Acknowledged"), 12), Column(_("Reason"), 30),
        ], steps)
        reported: set[tuple[str, str]] = set()
        for c in data.conflicts:
            first = by_event.get(c.event_ids[0]) if c.event_ids else None
            person = data.people.get(c.person_id or "")
            if c.kind in (ConflictKind.UNDERSTAFFED, ConflictKind.LANGUAGE_NOT_COVERED):
                reported.update((c.kind, eid) for eid in c.event_ids)
            gaps.append([
                labels.severity_label(c.severity),
                labels.conflict_kind_label(c.kind), first.starts if first else None,
                first.zone_abbreviation if first else "", "; ".join(c.event_ids),
                "; ".join(by_event[eid].shown_title() for eid in c.event_ids if eid in by_event),
                c.person_id or "", person.name if person else "",
                first.short_by if first and c.kind == ConflictKind.UNDERSTAFFED else None,
                _languages(first.missing_languages)
                if first and c.kind == ConflictKind.LANGUAGE_NOT_COVERED else "",
                c.message, _("yes") if c.acknowledged else _("no"), c.reason or "",
            ])
        for e in data.live_events:  # open needs no planning check reported (none expected)
            short = e.short_by and (ConflictKind.UNDERSTAFFED, e.id) not in reported
            missing = e.missing_languages and (
                (ConflictKind.LANGUAGE_NOT_COVERED, e.id) not in reported)
            if short or missing:
                gaps.append([
                    labels.severity_label("warning"),
                    labels.conflict_kind_label("open need"), e.starts,
                    e.zone_abbreviation, e.id, e.shown_title(), "", "",
                    e.short_by or None, _languages(e.missing_languages),
                    _still_needs(e), _("no"), "",
                ])
        gaps.finish("Gaps")
        steps.check()
        steps.report(4, 4, _("Saving {name}").format(name=Path(out).name))
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


def day_order(events: list[EventRow]) -> list[tuple[date, list[tuple[str, list[EventRow]]]]]:
    """Days in order; in each, the time zones from the first to start the day (east) to the
    last (west), and each zone's events by their local clock: what a coordinator reads, never
    10:00 AST before 08:00 MST because of absolute time."""
    by_day: dict[date, dict[str, list[EventRow]]] = defaultdict(lambda: defaultdict(list))
    for e in events:
        by_day[e.local_day][e.time_zone].append(e)
    result = []
    for day in sorted(by_day):
        zones = by_day[day]

        def east_first(zone_name: str, zones: dict[str, list[EventRow]] = zones) -> tuple:
            first = zones[zone_name][0].starts
            return (-(first.utcoffset() or timedelta()).total_seconds(), zone_name)

        result.append((day, [
            (zone_name, sorted(zones[zone_name], key=lambda e: (e.starts.replace(tzinfo=None),
                                                              e.ends.replace(tzinfo=None),
                                                              e.title.casefold(), e.id)))
            for zone_name in sorted(zones, key=east_first)
        ]))
    return result


def _totals(data: StaffingData) -> list[tuple[str, str]]:
    live = data.live_events
    live_ids = {e.id for e in live}
    cancelled = len(data.events) - len(live)
    live_assignments = [a for a in data.assignments if a.event_id in live_ids]
    errors = sum(1 for c in data.conflicts if c.is_error)
    warnings = len(data.conflicts) - errors
    events = str(len(live))
    if cancelled:
        events += " " + ngettext("(and {n} cancelled)", "(and {n} cancelled)",
                                 cancelled).format(n=cancelled)
    return [
        (_("Events"), events),
        (_("Assignments"), str(len(live_assignments))),
        (_("People assigned"), str(len({a.person_id for a in live_assignments}))),
        (_("Staff-hours"), f"{data.staff_hours():.1f}"),
        (_("Open slots"), str(data.open_slots())),
        (_("Events missing a language"), str(sum(1 for e in live if e.missing_languages))),
        (_("Planning problems"),
         ngettext("{n} error", "{n} errors", errors).format(n=errors) + ", "
         + ngettext("{n} warning", "{n} warnings", warnings).format(n=warnings)),
    ]


def _cover(data: StaffingData) -> list[Block]:
    from consularapp.reports import typeset as t

    blocks: list[Block] = [
        t.heading(_("Labor Rights Week {year}").format(year=data.year), 1),
        t.par([_("Staffing report") + " · ",
               t.run(f"Semana de Derechos Laborales {data.year}", lang="es")], "subtitle"),
        t.par(f"{long_day(data.starts_on)} – {long_day(data.ends_on)}"),
    ]
    if data.theme_en or data.theme_es:
        theme: list[t.Run] = [t.b(_("Theme") + ": "), data.theme_en]
        if data.theme_es:
            theme += ["\n" if data.theme_en else "", t.run(data.theme_es, italic=True, lang="es")]
        blocks.append(t.par(theme))
    blocks += [
        t.space(6),
        t.table(["auto", "auto"], [_("Total"), _("Count")], _totals(data), size=9,
                strong=[0]),
        t.space(12),
    ]
    agencies = data.agency_lines
    labels = [a.agency or _("none") for a in agencies]
    values = [round(a.staff_hours, 1) for a in agencies]
    title = _("Staff-hours by agency")
    described = "; ".join(f"{label}: {value:.1f}" for label, value in zip(labels, values,
                                                                         strict=True))
    alt = (_("Column chart, {title}. {values}.").format(title=title, values=described)
           if agencies else _("Column chart, {title}: no staff assigned yet.").format(title=title))
    blocks.append(t.bar_chart(title, labels, values, _("Staff-hours"), alt))
    blocks.append(t.space(8))
    rows = [
        [f"{a.agency} — {_agency_name(a)}" if a.agency else _("No office on the day"),
         str(len(a.events)), str(len(a.people)), f"{a.staff_hours:.1f}", str(a.open_slots)]
        for a in agencies
    ]
    blocks.append(t.table(["1fr", "auto", "auto", "auto", "auto"],
                          [_("Agency"), _("Events"), _("People"), _("Staff-hours"),
                           _("Open slots")], rows, size=8.5,
                          align=["left", "right", "right", "right", "right"]))
    blocks.append(t.page_break())
    return blocks


def _agency_name(a: AgencyLine) -> str:
    """The agency's official English name, its Spanish name beside it in a Spanish report."""
    spanish = labels.agency_name_es(a.agency) if language() == "es" else ""
    return f"{a.agency_name} ({spanish})" if spanish else a.agency_name


def _roster(e: EventRow, data: StaffingData, by_event: dict[str, list[AssignmentRow]]) -> Block:
    from consularapp.reports import typeset as t

    cancelled = e.status == EventStatus.CANCELLED.value
    title = (e.title_es or e.title) if language() == "es" else e.title
    heading: list[t.Run] = [t.run(f"{clock_span(e.starts, e.ends)} · {title}",
                                  strike=cancelled)]
    if cancelled:
        heading.append(" — " + _("CANCELLED"))
    offices = "; ".join(
        labels.office_name(data.offices[o].display_name, data.offices[o].agency)
        if o in data.offices else o for o in e.office_ids)
    needed = e.staff_needed or 0
    staff = (_("{assigned} of {needed} assigned").format(assigned=e.assigned_count,
                                                         needed=needed)
             if needed else _("{assigned} assigned").format(assigned=e.assigned_count))
    short = bool(e.short_by and not cancelled)
    if short:
        staff += " — " + ngettext("{n} open slot", "{n} open slots", e.short_by).format(
            n=e.short_by)
    details: list[tuple[t.Runs, t.Runs]] = [
        (_("Event"), [t.keep(e.id), " · " + labels.format_label(e.format) + " · "
                      + labels.event_status_label(e.status)]),
        (_("Where"), e.shown_venue() + (f", {e.address}" if e.address else "")),
        (_("Host"), e.host_name),
        (_("Offices"), offices),
        (_("Staff"), t.b(staff) if short else staff),
    ]
    if e.languages_needed:
        needed_text = labels.languages_text(e.languages_needed)
        if e.missing_languages:
            needed_text += " (" + _("not covered: {languages}").format(
                languages=labels.languages_text(e.missing_languages)) + ")"
        else:
            needed_text += " (" + _("covered") + ")"
        details.append((_("Languages needed"),
                        t.b(needed_text) if e.missing_languages and not cancelled
                        else needed_text))
    rows: list[list[t.Runs]] = []
    for n, a in enumerate(by_event.get(e.id, []), start=1):
        person = data.people.get(a.person_id)
        contact = "\n".join(x for x in (person.phone, person.email) if x) if person else ""
        rows.append([
            str(n), a.person_name, labels.role_label(a.role),
            _("whole event") if a.whole_event else clock_span(a.starts, a.ends),
            labels.languages_text(a.languages), contact,
        ])
    open_rows = 0 if cancelled else e.short_by
    for n in range(len(rows) + 1, len(rows) + open_rows + 1):
        rows.append([str(n), t.BLANK, t.BLANK_SHORT, t.BLANK_SHORT, "", ""])
    if not rows:
        rows.append(["", _("nobody assigned"), "", "", "", ""])
    if cancelled:
        rows = [[t.run(c, colour="#666666") if isinstance(c, str) and c else c for c in row]
                for row in rows]
    return t.together(
        t.heading(heading, 4),
        t.fields(details),
        t.space(3),
        t.table(["auto", "1.5fr", "auto", "auto", "1.1fr", "1.6fr"],
                ["#", _("Name"), _("Role"), _("Shift"), _("Languages"), _("Contact")], rows),
        t.space(6),
    )


def write_pdf(db: Database, year: int, out: Path, progress: Progress | None = None,
              cancelled: Cancelled | None = None) -> Path:
    """The printable staffing report of campaign `year` at `out` (.pdf)."""
    steps = Steps(progress, cancelled)
    return pdf_from_data(load_staffing(db, year, steps), Path(out), steps)


def pdf_document(data: StaffingData, steps: Steps | None = None) -> Document:
    """The cover and the rosters: a day (H2), its time zones east to west (H3), each event with
    its roster (H4) kept on one page."""
    from consularapp.reports import typeset as t

    year = data.year
    title = _("Labor Rights Week {year} — Staffing report").format(year=year)
    document = t.Document(
        title=title, lang=language(), subject=_("Rosters with open slots"),
        header_left=title, header_right=f"Semana de Derechos Laborales {year}",
        footer_left=_("Generated {when} by ConsularApp").format(when=generated_stamp()),
        running=2,  # the day of the rosters on the page
    )
    document.extend(_cover(data))
    by_event: dict[str, list[AssignmentRow]] = defaultdict(list)
    for a in data.assignments:
        by_event[a.event_id].append(a)
    n = 0
    for day, zones in day_order(data.events):
        document.add(t.heading(long_day(day), 2))
        for zone_name, events in zones:
            document.add(t.heading(f"{events[0].zone_abbreviation} · {zone_name}", 3))
            for e in events:
                document.add(_roster(e, data, by_event))
                n += 1
                if steps is not None and n % 200 == 0:
                    steps.check()
    if not data.events:
        document.add(t.heading(_("Rosters"), 2), t.par(_("No events are planned yet.")))
    return document


def pdf_from_data(data: StaffingData, out: Path, steps: Steps) -> Path:
    """Lay out the cover and the rosters of data already read."""
    from consularapp.reports import typeset

    return typeset.write_pdf(Path(out), pdf_document(data, steps), steps)
