"""The agreements report: every agreement with its parties, kind, dates, computed status, days
left and renewal, most urgent first; as an Excel list with filters and status colours, or as a
PDF grouped by region, each region with a timeline of its office–consulate partnerships.

Status is computed for the day asked about with the database's thresholds (the same rules as the
dashboard and the command line). Colour is only ever an extra: the status is always written out
(Section 508: never status by colour alone).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from consularapp import labels, statuses
from consularapp.agreements import URGENCY, AgreementStatus, Status, compute_statuses
from consularapp.db import Database
from consularapp.directory import consulate_display_name
from consularapp.i18n import _, language, ngettext
from consularapp.models import Consulate, Person
from consularapp.partnerships import Scope, Span, TimelineRow, timeline
from consularapp.reports.common import (
    Cancelled,
    OfficeFacts,
    Progress,
    Steps,
    generated_stamp,
    iso,
    load_offices,
    long_day,
)
from consularapp.settings import status_settings
from consularapp.statuses import CATALOGUE

if TYPE_CHECKING:
    from consularapp.reports.typeset import Block, Document, Run

# (fill, text) per status from the one catalogue the window uses too: an extra to the written
# status, never instead of it.
STATUS_COLOURS: dict[Status, tuple[str, str]] = {
    i.status: (i.background[1:].upper(), i.ink[1:].upper()) for i in CATALOGUE
}
NO_REGION = "No region"
NOT_SIGNED = frozenset({Status.DRAFT, Status.NEGOTIATING})


@dataclass(frozen=True)
class ConsulateFacts:
    id: str
    country: str
    name: str
    city: str
    state: str


@dataclass
class AgreementLine:
    """One agreement with the names the report prints."""

    status: AgreementStatus
    offices: list[OfficeFacts]
    consulates: list[ConsulateFacts]
    us_signatory: str
    consular_signatory: str
    groups: list[tuple[str, str]] = field(default_factory=list)  # (agency, region)

    @property
    def parties(self) -> str:
        left = "; ".join(o.display_name for o in self.offices) or "—"
        right = "; ".join(c.name for c in self.consulates) or "—"
        return f"{left} — {right}"


@dataclass
class AgreementsData:
    as_of: date
    expiring_days: int
    renewal_lead_days: int
    lines: list[AgreementLine]
    timeline_rows: list[TimelineRow]
    agency_names: dict[str, str]


def days_text(a: AgreementStatus) -> str:
    """'15 days left', 'ended 24 days ago', 'review 2027-05-01' or '—'."""
    if a.days_left is None:
        return (_("review {day}").format(day=a.next_review.isoformat()) if a.next_review
                else "—")
    if a.days_left < 0:
        n = -a.days_left
        return ngettext("ended {count} day ago", "ended {count} days ago", n).format(count=n)
    return ngettext("{count} day left", "{count} days left", a.days_left).format(
        count=a.days_left)


def _natural(text: str) -> tuple[Any, ...]:
    """'Region 2' before 'Region 10'."""
    return tuple(int(t) if t.isdigit() else t.casefold() for t in re.split(r"(\d+)", text))


def load_agreements(db: Database, as_of: date | None = None,
                    steps: Steps | None = None) -> AgreementsData:
    """Every agreement with its status on `as_of` (today), most urgent first, with names."""
    steps = steps or Steps(None, None)
    day = as_of or date.today()
    steps.report(0, 0, "Computing agreement statuses")
    settings = status_settings(db)
    statuses = compute_statuses(db, day, settings)
    offices = load_offices(db)
    with db.session() as s:
        consulates = {
            r.id: ConsulateFacts(r.id, r.country_code,
                                 consulate_display_name(r.country_code, r.consulate_type, r.city),
                                 r.city, r.state)
            for r in s.execute(select(Consulate.id, Consulate.country_code,
                                      Consulate.consulate_type, Consulate.city, Consulate.state))
        }
        names = {r.id: r.name for r in s.execute(select(Person.id, Person.name))}
    steps.check()
    lines = []
    for a in statuses:
        office_rows = [offices[o] for o in a.office_ids if o in offices]
        groups = sorted({(o.agency, o.region or NO_REGION) for o in office_rows},
                        key=lambda g: (g[0], _natural(g[1])))
        lines.append(AgreementLine(
            status=a,
            offices=office_rows,
            consulates=[consulates[c] for c in a.consulate_ids if c in consulates],
            us_signatory=names.get(a.us_signatory_id or "", ""),
            consular_signatory=names.get(a.consular_signatory_id or "", ""),
            groups=groups or [("", NO_REGION)],
        ))
    rows = timeline(db, day, Scope(), settings)
    agency_names = {o.agency: o.agency_name for o in offices.values()}
    return AgreementsData(day, settings.expiring_days, settings.renewal_lead_days, lines, rows,
                          agency_names)


# --- Excel --------------------------------------------------------------------------------------


def write_excel(db: Database, out: Path, *, as_of: date | None = None,
                progress: Progress | None = None, cancelled: Cancelled | None = None) -> Path:
    """Every agreement, most urgent first, with filters and the status coloured as an extra."""
    from openpyxl.formatting.rule import CellIsRule
    from openpyxl.styles import Font, PatternFill

    from consularapp.reports.excel import Column, Sheet, new_book, save_book

    steps = Steps(progress, cancelled)
    data = load_agreements(db, as_of, steps)
    book = new_book(_("Agreements as of {day}").format(day=data.as_of.isoformat()))
    steps.report(0, len(data.lines), _("Writing Agreements"))
    sheet = Sheet(book, _("Agreements"), [
        Column(_("Agreement ID"), 24), Column(_("Status"), 13), Column(_("Days left"), 10, "0"),
        Column(_("Kind"), 38), Column(_("Agency"), 9), Column(_("Region"), 16),
        Column(_("Offices"), 36), Column(_("Consulates"), 44), Column(_("Signed on"), 11),
        Column(_("Effective on"), 11), Column(_("Expires on"), 11), Column(_("Next review"), 11),
        Column(_("Terminated on"), 12), Column(_("Renews"), 22), Column(_("Renewed by"), 22),
        Column(_("US signatory"), 22), Column(_("Consular signatory"), 22),
        Column(_("Office IDs"), 24), Column(_("Consulate IDs"), 24), Column(_("Notes"), 50),
    ], steps)
    for line in data.lines:
        a = line.status
        sheet.append([
            a.id, statuses.word(a.status), a.days_left, labels.agreement_kind_label(a.kind),
            "; ".join(dict.fromkeys(o.agency for o in line.offices)),
            "; ".join(dict.fromkeys(o.region for o in line.offices if o.region)),
            "; ".join(o.display_name for o in line.offices),
            "; ".join(c.name for c in line.consulates),
            a.signed_on, a.effective_on, a.expires_on, a.next_review, a.terminated_on,
            a.renews_id or "", a.renewed_by or "", line.us_signatory, line.consular_signatory,
            "; ".join(a.office_ids), "; ".join(a.consulate_ids), a.notes or "",
        ])
    sheet.finish("Agreements")
    last = sheet.rows + 1
    column = sheet.column_letter(_("Status"))
    for status, (fill, ink) in STATUS_COLOURS.items():
        sheet.ws.conditional_formatting.add(
            f"{column}2:{column}{max(last, 2)}",
            CellIsRule(operator="equal", formula=[f'"{statuses.word(status)}"'],
                       fill=PatternFill("solid", start_color=fill, end_color=fill),
                       font=Font(color=ink, bold=status in (Status.EXPIRING,
                                                            Status.RENEWAL_DUE))),
        )
    steps.check()
    steps.report(len(data.lines), len(data.lines), _("Saving {name}").format(name=Path(out).name))
    return save_book(book, Path(out))


# --- PDF ----------------------------------------------------------------------------------------

TIMELINE_ROWS_PER_DRAWING = 24


def _years(rows: list[TimelineRow], as_of: date) -> tuple[date, date]:
    starts = [s.start for r in rows for s in r.spans if s.start]
    ends = [s.end for r in rows for s in r.spans if s.end]
    first = min([*starts, as_of - timedelta(days=365)])
    last = max([*ends, as_of + timedelta(days=365)])
    first = max(first, date(as_of.year - 15, 1, 1))  # a 1990s agreement must not squash the rest
    last = min(last, date(as_of.year + 6, 1, 1))
    return date(first.year, 1, 1), date(last.year + 1, 1, 1)


def _span_text(s: Span) -> str:
    """'WHD-PHX-MX-2023 renewal due, 2023-03-22 to 2027-03-21' for the alternative text."""
    word = statuses.word(s.status)
    if s.start is None:
        return _("{id} {status}, not yet in force").format(id=s.agreement_id, status=word)
    if s.end is None:
        return _("{id} {status}, from {start}, no sunset date").format(
            id=s.agreement_id, status=word, start=s.start.isoformat())
    return _("{id} {status}, {start} to {end}").format(
        id=s.agreement_id, status=word, start=s.start.isoformat(), end=s.end.isoformat())


def _pair_label(row: TimelineRow) -> str:
    return f"{row.office.name} · {row.consulate.country} {row.consulate.city}"


def timeline_block(rows: list[TimelineRow], as_of: date, span: tuple[date, date],
                   region: str) -> Block:
    """Bars per office–consulate pair with the status written on each, a line at `as_of`; a
    figure whose alternative text says every term the picture shows."""
    first, last = span
    total = max(1, (last - first).days)

    def at(day: date) -> float:
        return (min(max(day, first), last) - first).days / total

    years = list(range(first.year, last.year + 1))
    step = 1 if len(years) <= 12 else 2
    ticks = [{"year": y, "at": at(date(y, 1, 1)),
              "label": (y - first.year) % step == 0 and y < last.year} for y in years]
    drawn = []
    for row in rows:
        bars = []
        for n, s in enumerate(row.spans):
            fill, ink = STATUS_COLOURS.get(s.status, ("EEEEEE", "333333"))
            word = statuses.word(s.status)
            if s.start is None:  # draft or negotiating: not in force yet, no dates
                ends = [at(o.end) for o in row.spans if o.start and o.end]
                x0 = max([at(as_of), *ends]) + 0.004
                bars.append({"dated": False, "x0": x0, "x1": x0,
                             "text": f"{word} ({s.agreement_id})", "short": word,
                             "room": 1.0 - x0, "fill": f"#{fill}", "edge": f"#{ink}"})
                continue
            x1 = at(s.end) if s.end else 1.0
            following = row.spans[n + 1].start if n + 1 < len(row.spans) else None
            room = (at(following) if following else 1.0) - x1
            text = word + (" →" if s.end is None else "")
            bars.append({"x0": at(s.start), "x1": x1, "text": text, "short": word[:3] + ".",
                         "room": max(0.0, room), "fill": f"#{fill}", "edge": f"#{ink}"})
        drawn.append({"label": clean_text(_pair_label(row)), "bars": bars})
    described = " ".join(
        f"{_pair_label(row)}: " + "; ".join(_span_text(s) for s in row.spans) + "."
        for row in rows)
    alt = _("Timeline of agreement terms in {region}, {first} to {last}, as of {day}. "
            "{rows}").format(region=region, first=first.year, last=last.year - 1,
                             day=as_of.isoformat(), rows=described)
    return {"type": "timeline", "alt": clean_text(alt), "years": ticks, "rows": drawn,
            "as_of": at(as_of), "as_of_text": _("as of {day}").format(day=as_of.isoformat())}


def clean_text(text: str) -> str:
    from consularapp.reports.typeset import clean

    return clean(text)


def _status_run(status: Status) -> Run:
    from consularapp.reports import typeset as t

    _fill, ink = STATUS_COLOURS.get(status, ("EEEEEE", "333333"))
    return t.run(statuses.text(status), bold=True, colour=ink, keep=True)  # '⚠ expiring'



def agreements_table(lines: list[AgreementLine]) -> Block:
    """One row per agreement: ID and dates never break; parties wrap at word boundaries."""
    from consularapp.reports import typeset as t

    rows: list[list[t.Runs]] = []
    fills: dict[tuple[int, int], str] = {}
    for i, line in enumerate(lines):
        a = line.status
        signatories = ", ".join(x for x in (line.us_signatory, line.consular_signatory) if x)
        parties: list[t.Run] = [t.run(labels.agreement_kind_label(a.kind), size=7,
                                      colour="#555555"), "\n", line.parties]
        if signatories:
            parties += ["\n", t.run(_("Signed by {names}").format(names=signatories), size=7,
                                     colour="#555555")]
        rows.append([
            t.keep(a.id, bold=True), parties, t.keep(iso(a.effective_on) or "—"),
            t.keep("—" if a.status in NOT_SIGNED else (iso(a.expires_on) or _("no sunset"))),
            _status_run(a.status), days_text(a), t.keep(a.renewed_by or ""),
        ])
        fills[(i, 4)] = STATUS_COLOURS.get(a.status, ("FFFFFF", "000000"))[0]
    return t.table(["auto", "1fr", "auto", "auto", "auto", "auto", "auto"],
                   [_("Agreement"), _("Kind and parties"), _("Effective"), _("Expires"),
                    _("Status"), _("Days left"), _("Renewed by")], rows, fills=fills)


def pdf_document(data: AgreementsData, steps: Steps | None = None) -> Document:
    """Counts by status, then each agency and region (H2) with its agreements and timeline."""
    from consularapp.reports import typeset as t

    counts: dict[Status, int] = defaultdict(int)
    for line in data.lines:
        counts[line.status.status] += 1
    title = _("Agreements with consulates")
    day = data.as_of.isoformat()
    document = t.Document(
        title=_("{title}, as of {day}").format(title=title, day=day), lang=language(),
        subject=_("Agreement status by region"), landscape=True,
        header_left=_("{title} — as of {day}").format(title=title, day=day),
        header_right="ConsularApp",
        footer_left=_("Generated {when} · status as of {day}").format(when=generated_stamp(),
                                                                       day=day),
    )
    n = len(data.lines)
    document.add(
        t.heading(title, 1),
        t.par(ngettext("Status as of {day} · {n} agreement, most urgent first, grouped by "
                       "agency and region", "Status as of {day} · {n} agreements, most urgent "
                       "first, grouped by agency and region", n).format(
                           day=long_day(data.as_of), n=n), "subtitle"),
        t.par(_("Expiring: {expiring} days or fewer left. Renewal due: {lead} days or fewer "
                "left. Colours repeat the written status; they never replace it.").format(
                    expiring=data.expiring_days, lead=data.renewal_lead_days), "muted"),
        t.space(6),
        t.table(["auto", "auto", "1fr"], [_("Status"), _("Agreements"), _("Meaning")],
                [[_status_run(s), str(counts.get(s, 0)), statuses.meaning(s)]
                 for s in URGENCY],
                size=9, align=["left", "right", "left"],
                fills={(i, 0): STATUS_COLOURS[s][0] for i, s in enumerate(URGENCY)}),
        t.page_break(),
    )
    groups: dict[tuple[str, str], list[AgreementLine]] = defaultdict(list)
    for line in data.lines:
        for group in line.groups:
            groups[group].append(line)
    pairs: dict[tuple[str, str], list[TimelineRow]] = defaultdict(list)
    for row in data.timeline_rows:
        pairs[(row.office.agency, row.office.region or NO_REGION)].append(row)
    span = _years(data.timeline_rows, data.as_of)
    ordered = sorted(groups, key=lambda g: (g[0], _natural(g[1])))
    for number, group in enumerate(ordered):
        if steps is not None:
            steps.check()
            steps.report(number, len(ordered), _("Laying out {agency} {region}").format(
                agency=group[0], region=group[1]))
        agency, region = group
        name = data.agency_names.get(agency, agency)
        spanish = labels.agency_name_es(agency) if language() == "es" else ""
        name += f" · {spanish}" if spanish else ""  # the official name, the Spanish beside
        document.add(t.heading(f"{name} ({agency}) — {region}" if agency else region, 2),
                     agreements_table(groups[group]))
        timeline_rows = pairs.get(group, [])
        if timeline_rows:
            document.add(t.space(6), t.heading(
                _("Timeline of the partnerships in {region}").format(region=region), 3))
            for start in range(0, len(timeline_rows), TIMELINE_ROWS_PER_DRAWING):
                chunk = timeline_rows[start:start + TIMELINE_ROWS_PER_DRAWING]
                document.add(timeline_block(chunk, data.as_of, span, region), t.space(6))
        document.add(t.space(8))
    if not data.lines:
        document.add(t.par(_("No agreements are recorded yet.")))
    return document


def write_pdf(db: Database, out: Path, *, as_of: date | None = None,
              progress: Progress | None = None, cancelled: Cancelled | None = None) -> Path:
    """Agreements grouped by region (most urgent first in each), with a timeline per region."""
    from consularapp.reports import typeset

    steps = Steps(progress, cancelled)
    data = load_agreements(db, as_of, steps)
    return typeset.write_pdf(Path(out), pdf_document(data, steps), steps)
