"""The results of a Labor Rights Week (`report results`), with earlier years beside it: events
held and cancelled, people reached, materials, referrals, cases, and the consulates, offices
and community partners taking part; by consulate, by agency and by region; and a chart of the
trend. As an Excel workbook (a named table per sheet, a chart with alternative text) or a
tagged PDF.

Figures come from the outcomes recorded for each event (or each occurrence of a recurring one)
of the campaign: counts only. An event counts in every agency and region of the offices taking
part, once in each.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select

from consularapp import l10n, recurrence
from consularapp.db import Database
from consularapp.errors import NotFoundError
from consularapp.i18n import N_, _, language
from consularapp.models import (
    Campaign,
    Event,
    EventStatus,
    OccurrenceChange,
    Office,
    Outcome,
    event_office,
    event_partner,
)
from consularapp.reports.common import Cancelled, Progress, Steps, load_offices

EARLIER_YEARS = 4  # how many earlier campaigns are shown beside the one asked for
METRICS: tuple[tuple[str, str], ...] = (
    ("held", N_("Events held")),
    ("cancelled", N_("Events cancelled")),
    ("reached", N_("People reached")),
    ("materials", N_("Materials distributed")),
    ("referrals", N_("Referrals")),
    ("cases", N_("Cases identified")),
    ("consulates", N_("Consulates taking part")),
    ("offices", N_("Offices taking part")),
    ("partners", N_("Partners taking part")),
    ("without_outcome", N_("Events held without outcomes")),
)
GROUP_METRICS = ("held", "cancelled", "reached", "referrals", "cases")


@dataclass
class Tally:
    """The figures of one campaign, or of one consulate, agency or region in it."""

    held: int = 0
    cancelled: int = 0
    reached: int = 0
    materials: int = 0
    referrals: int = 0
    cases: int = 0
    without_outcome: int = 0
    consulate_ids: set[str] = field(default_factory=set)
    office_ids: set[str] = field(default_factory=set)
    partner_ids: set[str] = field(default_factory=set)

    def value(self, metric: str) -> int:
        if metric == "consulates":
            return len(self.consulate_ids)
        if metric == "offices":
            return len(self.office_ids)
        if metric == "partners":
            return len(self.partner_ids)
        return int(getattr(self, metric))


@dataclass
class ResultsData:
    year: int
    years: list[int]  # oldest first, `year` last
    totals: dict[int, Tally]
    by_consulate: dict[int, dict[str, Tally]]
    by_agency: dict[int, dict[str, Tally]]
    by_region: dict[int, dict[str, Tally]]
    consulate_names: dict[str, str]
    agency_names: dict[str, str]


def load_results(db: Database, year: int, steps: Steps | None = None) -> ResultsData:
    """The figures of campaign `year` and up to EARLIER_YEARS campaigns before it. A constant
    number of queries whatever their size."""
    from consularapp.events import consulate_names

    steps = steps or Steps(None, None)
    with db.session() as s:
        if s.get(Campaign, year) is None:
            raise NotFoundError(_("Labor Rights Week"), str(year))
        years = sorted(s.scalars(select(Campaign.year).where(Campaign.year <= year)
                                 .order_by(Campaign.year.desc())
                                 .limit(EARLIER_YEARS + 1)))
        events = s.execute(select(Event.id, Event.year, Event.status, Event.starts_at,
                                  Event.ends_at, Event.time_zone, Event.recurrence,
                                  Event.host_consulate_id)
                           .where(Event.year.in_(years))).all()
        in_years = select(Event.id).where(Event.year.in_(years))
        offices: dict[str, set[str]] = defaultdict(set)
        for eid, oid in s.execute(select(event_office.c.event_id, event_office.c.office_id)
                                  .where(event_office.c.event_id.in_(in_years))):
            offices[eid].add(oid)
        partners: dict[str, set[str]] = defaultdict(set)
        for eid, pid in s.execute(select(event_partner.c.event_id, event_partner.c.partner_id)
                                  .where(event_partner.c.event_id.in_(in_years))):
            partners[eid].add(pid)
        exceptions: dict[str, dict[date, recurrence.Exception_]] = defaultdict(dict)
        for c in s.scalars(select(OccurrenceChange).where(
                OccurrenceChange.event_id.in_(in_years))):
            exceptions[c.event_id][c.occurs_on] = recurrence.Exception_(
                c.cancelled, c.starts_at, c.ends_at)
        outcomes = {(o.event_id, o.occurrence): o for o in s.scalars(
            select(Outcome).where(Outcome.event_id.in_(in_years)))}
        names = consulate_names(s)
        regions = dict(s.execute(select(Office.id, Office.region)).all())
    steps.check()
    office_facts = load_offices(db)
    totals = {y: Tally() for y in years}
    by_consulate: dict[int, dict[str, Tally]] = {y: defaultdict(Tally) for y in years}
    by_agency: dict[int, dict[str, Tally]] = {y: defaultdict(Tally) for y in years}
    by_region: dict[int, dict[str, Tally]] = {y: defaultdict(Tally) for y in years}
    for e in events:
        series = recurrence.Series(e.id, e.starts_at, e.ends_at, e.time_zone, e.recurrence,
                                   exceptions.get(e.id, {}))
        occurrences = recurrence.expand(series, None, include_cancelled=True) \
            if e.recurrence else [None]
        agencies = {office_facts[o].agency for o in offices[e.id] if o in office_facts}
        areas = {regions.get(o) or _("No region") for o in offices[e.id]}
        for occ in occurrences:
            cancelled = e.status == EventStatus.CANCELLED.value or bool(occ and occ.cancelled)
            key = occ.occurs_on if occ is not None else None
            out = outcomes.get((e.id, key))
            groups = [totals[e.year]]
            if e.host_consulate_id:
                groups.append(by_consulate[e.year][e.host_consulate_id])
            groups += [by_agency[e.year][a] for a in agencies]
            groups += [by_region[e.year][r] for r in areas]
            for tally in groups:
                if cancelled:
                    tally.cancelled += 1
                    continue
                tally.held += 1
                if e.host_consulate_id:
                    tally.consulate_ids.add(e.host_consulate_id)
                tally.office_ids |= offices[e.id]
                tally.partner_ids |= partners[e.id]
                if out is None:
                    tally.without_outcome += 1
                    continue
                tally.reached += out.people_reached or 0
                tally.materials += out.materials_distributed or 0
                tally.referrals += out.referrals or 0
                tally.cases += out.cases_identified or 0
    return ResultsData(year, years, totals, by_consulate, by_agency, by_region, names,
                       {o.agency: o.agency_name for o in office_facts.values()})


def _group_rows(data: ResultsData, groups: dict[int, dict[str, Tally]],
                name_of: dict[str, str]) -> list[list[object]]:
    """One row per group of the year asked (or of an earlier year): its name, then each
    group metric for the year and, beside it, the earlier years'."""
    keys = sorted({k for y in data.years for k in groups[y]},
                  key=lambda k: (-groups[data.year][k].reached if k in groups[data.year] else 1,
                                 name_of.get(k, k)))
    rows = []
    for key in keys:
        row: list[object] = [name_of.get(key, key)]
        for metric in GROUP_METRICS:
            for y in reversed(data.years):
                tally = groups[y].get(key)
                row.append(tally.value(metric) if tally is not None else 0)
        rows.append(row)
    return rows


def _group_header(data: ResultsData, first: str) -> list[str]:
    header = [first]
    for metric in GROUP_METRICS:
        title = dict(METRICS)[metric]
        for y in reversed(data.years):
            header.append(f"{_(title)} {y}")
    return header


def _trend_alt(data: ResultsData) -> str:
    parts = "; ".join(_("{year}: {held} events held, {reached} people reached").format(
        year=y, held=l10n.number(data.totals[y].held), reached=l10n.number(data.totals[y].reached))
        for y in data.years)
    return _("Events held and people reached in each Labor Rights Week, {first} to {last}: "
             "{parts}.").format(first=data.years[0], last=data.years[-1], parts=parts)


# --- Excel --------------------------------------------------------------------------------------


def write_excel(db: Database, year: int, out: Path, *, progress: Progress | None = None,
                cancelled: Cancelled | None = None) -> Path:
    """Summary (every figure per year, with a trend chart), then by consulate, agency and
    region, each a named table."""
    from openpyxl.chart import BarChart, Reference

    from consularapp.reports.excel import Column, Sheet, chart_alt_text, new_book, save_book

    steps = Steps(progress, cancelled)
    data = load_results(db, year, steps)
    book = new_book(_("Results of Labor Rights Week {year}").format(year=year))
    summary = Sheet(book, _("Summary"), [Column(_("Figure"), 34)] + [
        Column(str(y), 12, "#,##0") for y in reversed(data.years)], steps)
    for metric, title in METRICS:
        summary.append([_(title)] + [data.totals[y].value(metric)
                                     for y in reversed(data.years)])
    summary.finish("Results_summary")
    trend = Sheet(book, _("Trend"), [Column(_("Year"), 8),
                                     Column(_("Events held"), 14, "#,##0"),
                                     Column(_("People reached"), 16, "#,##0")], steps)
    for y in data.years:
        trend.append([y, data.totals[y].held, data.totals[y].reached])
    trend.finish("Results_trend")
    chart = BarChart()
    chart.type = "col"
    chart.title = _("People reached per Labor Rights Week")
    chart.y_axis.title = _("People reached")
    chart.x_axis.title = _("Year")
    values = Reference(trend.ws, min_col=3, min_row=1, max_row=len(data.years) + 1)
    years = Reference(trend.ws, min_col=1, min_row=2, max_row=len(data.years) + 1)
    chart.add_data(values, titles_from_data=True)
    chart.set_categories(years)
    chart.legend = None
    chart_alt_text(chart, _trend_alt(data))
    trend.ws.add_chart(chart, "E2")
    for table, title, groups, names, first in (
        ("By_consulate", _("By consulate"), data.by_consulate, data.consulate_names,
         _("Consulate")),
        ("By_agency", _("By agency"), data.by_agency, data.agency_names, _("Agency")),
        ("By_region", _("By region"), data.by_region, {}, _("Region")),
    ):
        steps.check()
        header = _group_header(data, first)
        sheet = Sheet(book, title, [Column(header[0], 40)] + [
            Column(h, 12, "#,##0") for h in header[1:]], steps)
        sheet.extend(_group_rows(data, groups, names))
        sheet.finish(table)  # the table's name: an identifier, the same in both languages
    steps.report(1, 1, _("Saving {name}").format(name=Path(out).name))
    return save_book(book, Path(out))


# --- PDF ----------------------------------------------------------------------------------------


def write_pdf(db: Database, year: int, out: Path, *, progress: Progress | None = None,
              cancelled: Cancelled | None = None) -> Path:
    """The same figures as a tagged PDF: the summary beside earlier years, the trend chart,
    then by consulate, agency and region (the year asked, with the year before beside it)."""
    from consularapp.reports import typeset as t

    steps = Steps(progress, cancelled)
    data = load_results(db, year, steps)
    title = _("Results of Labor Rights Week {year}").format(year=year)
    document = t.Document(title=title, lang=language(), landscape=True, header_left=title,
                          header_right="ConsularApp",
                          footer_left=_("Counts only, from the outcomes recorded for each "
                                        "event"))
    shown = list(reversed(data.years))
    document.add(
        t.heading(title, 1),
        t.par(_("With the {n} earlier campaigns on record beside it").format(
            n=len(data.years) - 1), "subtitle"),
        t.table(["1fr"] + ["auto"] * len(shown), [_("Figure")] + [str(y) for y in shown],
                [[_(name)] + [l10n.number(data.totals[y].value(metric)) for y in shown]
                 for metric, name in METRICS], size=9,
                align=["left"] + ["right"] * len(shown)),
        t.space(8),
        t.bar_chart(_("People reached per Labor Rights Week"), [str(y) for y in data.years],
                    [data.totals[y].reached for y in data.years], _("people reached"),
                    _trend_alt(data)),
    )
    previous = data.years[-2] if len(data.years) > 1 else None
    for title_text, groups, names, first in (
        (_("By consulate"), data.by_consulate, data.consulate_names, _("Consulate")),
        (_("By agency"), data.by_agency, data.agency_names, _("Agency")),
        (_("By region"), data.by_region, {}, _("Region")),
    ):
        steps.check()
        keys = sorted(groups[year], key=lambda k: (-groups[year][k].reached, names.get(k, k)))
        header = [first] + [_(dict(METRICS)[m]) for m in GROUP_METRICS]
        if previous is not None:
            header += [_("Reached in {year}").format(year=previous)]
        rows = []
        for key in keys:
            tally = groups[year][key]
            row = [names.get(key, key)] + [l10n.number(tally.value(m)) for m in GROUP_METRICS]
            if previous is not None:
                before = groups[previous].get(key)
                row.append(l10n.number(before.reached) if before is not None else "—")
            rows.append(row)
        document.add(t.heading(title_text, 2))
        if rows:
            document.add(t.table(["1fr"] + ["auto"] * (len(header) - 1), header, rows, size=8,
                                 align=["left"] + ["right"] * (len(header) - 1)))
        else:
            document.add(t.par(_("No events recorded.")))
    return t.write_pdf(Path(out), document, steps)


__all__ = ["load_results", "write_excel", "write_pdf"]
