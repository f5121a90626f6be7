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

from consularapp.agreements import URGENCY, AgreementStatus, Status, compute_statuses
from consularapp.db import Database
from consularapp.directory import consulate_display_name
from consularapp.models import Consulate, Person
from consularapp.partnerships import Scope, TimelineRow, timeline
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
    from reportlab.platypus import Flowable

    from consularapp.reports.pdf import Styles

# (fill, text) per status from the one catalogue the window uses too: an extra to the written
# status, never instead of it.
STATUS_COLOURS: dict[Status, tuple[str, str]] = {
    i.status: (i.background[1:].upper(), i.ink[1:].upper()) for i in CATALOGUE
}
STATUS_MEANING: dict[Status, str] = {i.status: i.meaning for i in CATALOGUE}
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
        return f"review {a.next_review.isoformat()}" if a.next_review else "—"
    if a.days_left < 0:
        n = -a.days_left
        return f"ended {n} day{'s' if n != 1 else ''} ago"
    return f"{a.days_left} day{'s' if a.days_left != 1 else ''} left"


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
    book = new_book(f"Agreements as of {data.as_of.isoformat()}")
    steps.report(0, len(data.lines), "Writing Agreements")
    sheet = Sheet(book, "Agreements", [
        Column("Agreement ID", 24), Column("Status", 13), Column("Days left", 10, "0"),
        Column("Kind", 38), Column("Agency", 9), Column("Region", 16), Column("Offices", 36),
        Column("Consulates", 44), Column("Signed on", 11), Column("Effective on", 11),
        Column("Expires on", 11), Column("Next review", 11), Column("Terminated on", 12),
        Column("Renews", 22), Column("Renewed by", 22), Column("US signatory", 22),
        Column("Consular signatory", 22), Column("Office IDs", 24), Column("Consulate IDs", 24),
        Column("Notes", 50),
    ], steps)
    for line in data.lines:
        a = line.status
        sheet.append([
            a.id, a.status.value, a.days_left, a.kind,
            "; ".join(dict.fromkeys(o.agency for o in line.offices)),
            "; ".join(dict.fromkeys(o.region for o in line.offices if o.region)),
            "; ".join(o.display_name for o in line.offices),
            "; ".join(c.name for c in line.consulates),
            a.signed_on, a.effective_on, a.expires_on, a.next_review, a.terminated_on,
            a.renews_id or "", a.renewed_by or "", line.us_signatory, line.consular_signatory,
            "; ".join(a.office_ids), "; ".join(a.consulate_ids), a.notes or "",
        ])
    sheet.finish()
    last = sheet.rows + 1
    column = sheet.column_letter("Status")
    for status, (fill, ink) in STATUS_COLOURS.items():
        sheet.ws.conditional_formatting.add(
            f"{column}2:{column}{max(last, 2)}",
            CellIsRule(operator="equal", formula=[f'"{status.value}"'],
                       fill=PatternFill("solid", start_color=fill, end_color=fill),
                       font=Font(color=ink, bold=status in (Status.EXPIRING,
                                                            Status.RENEWAL_DUE))),
        )
    steps.check()
    steps.report(len(data.lines), len(data.lines), f"Saving {Path(out).name}")
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


def _timeline_drawing(rows: list[TimelineRow], as_of: date, span: tuple[date, date],
                      width: float) -> Flowable:
    """Bars per office–consulate pair, the status written on each, a line at `as_of`."""
    from reportlab.graphics.shapes import Drawing, Line, Rect, String
    from reportlab.lib import colors
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from consularapp.reports.pdf import FONT, FONT_BOLD, FONT_ITALIC, INK, MUTED, fit_text

    label_w, row_h, top_pad, bottom_pad = 215.0, 16.0, 22.0, 14.0
    chart_w = width - label_w - 6
    height = top_pad + row_h * len(rows) + bottom_pad
    d = Drawing(width, height)
    first, last = span
    total = max(1, (last - first).days)

    def x_of(day: date) -> float:
        clamped = min(max(day, first), last)
        return label_w + chart_w * (clamped - first).days / total

    axis_y = height - top_pad + 4
    years = range(first.year, last.year + 1)
    step = 1 if len(years) <= 12 else 2
    for year in years:
        x = x_of(date(year, 1, 1))
        d.add(Line(x, bottom_pad - 2, x, axis_y, strokeColor=colors.HexColor("#dddddd"),
                   strokeWidth=0.5))
        if (year - first.year) % step == 0 and year < last.year:
            d.add(String(x + 2, axis_y + 2, str(year), fontName=FONT, fontSize=7,
                         fillColor=MUTED))
    for i, row in enumerate(rows):
        y = height - top_pad - row_h * (i + 1) + 3
        label = fit_text(f"{row.office.name} · {row.consulate.country} {row.consulate.city}",
                         FONT, 7.5, label_w - 8)
        d.add(String(0, y + 3, label, fontName=FONT, fontSize=7.5, fillColor=INK))
        for n, s in enumerate(row.spans):
            fill, ink = STATUS_COLOURS.get(s.status, ("EEEEEE", "333333"))
            text = s.status.value
            if s.start is None:  # draft or negotiating: not in force yet, no dates
                ends = [x_of(o.end) for o in row.spans if o.start and o.end]
                x = max([x_of(as_of), *ends]) + 3
                d.add(String(x, y + 3, f"{text} ({s.agreement_id})", fontName=FONT_ITALIC,
                             fontSize=6.5, fillColor=colors.HexColor(f"#{ink}")))
                continue
            x0 = x_of(s.start)
            x1 = x_of(s.end) if s.end else label_w + chart_w
            bar_w = max(2.0, x1 - x0)
            d.add(Rect(x0, y, bar_w, row_h - 5, fillColor=colors.HexColor(f"#{fill}"),
                       strokeColor=colors.HexColor(f"#{ink}"), strokeWidth=0.4))
            if s.end is None:
                text += " →"
            size = 6.5
            if stringWidth(text, FONT_BOLD, size) <= bar_w - 4:
                d.add(String(x0 + 2, y + 3, text, fontName=FONT_BOLD, fontSize=size,
                             fillColor=colors.HexColor(f"#{ink}")))
            else:
                following = row.spans[n + 1].start if n + 1 < len(row.spans) else None
                room = (x_of(following) if following else label_w + chart_w) - x1
                short = text if stringWidth(text, FONT, size) <= room - 3 else text[:3] + "."
                d.add(String(x1 + 2, y + 3, short, fontName=FONT, fontSize=size,
                             fillColor=colors.HexColor(f"#{ink}")))
    x = x_of(as_of)
    d.add(Line(x, bottom_pad - 4, x, axis_y + 12, strokeColor=colors.HexColor("#c00000"),
               strokeWidth=1, strokeDashArray=[3, 2]))
    d.add(String(x + 3, bottom_pad - 10, f"as of {as_of.isoformat()}", fontName=FONT_BOLD,
                 fontSize=7, fillColor=colors.HexColor("#c00000")))
    return d


def _status_cell(a: AgreementStatus, st: Styles) -> Flowable:
    from reportlab.platypus import Paragraph

    from consularapp.reports.pdf import esc

    _fill, ink = STATUS_COLOURS.get(a.status, ("EEEEEE", "333333"))
    return Paragraph(f'<font color="#{ink}"><b>{esc(a.status.value)}</b></font>', st.cell)


def _agreements_table(lines: list[AgreementLine], st: Styles, width: float) -> Flowable:
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle

    from consularapp.reports.pdf import FONT, FONT_BOLD, HEADER_FILL, RULE, esc

    rows: list[list[Any]] = [["Agreement", "Parties", "Effective", "Expires", "Status",
                              "Days left", "Renewed by"]]
    style: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT), ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD),
        ("FONTSIZE", (0, 0), (-1, -1), 8), ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    for i, line in enumerate(lines, start=1):
        a = line.status
        signatories = ", ".join(x for x in (line.us_signatory, line.consular_signatory) if x)
        parties = esc(line.parties)
        if signatories:
            parties += f'<br/><font size="7" color="#555555">Signed by {esc(signatories)}</font>'
        rows.append([
            Paragraph(f"<b>{esc(a.id)}</b><br/><font size='7'>{esc(a.kind)}</font>", st.cell),
            Paragraph(parties, st.cell),
            iso(a.effective_on) or "—",
            "—" if a.status in NOT_SIGNED else (iso(a.expires_on) or "no sunset"),
            _status_cell(a, st), Paragraph(esc(days_text(a)), st.cell),
            Paragraph(esc(a.renewed_by or ""), st.cell),
        ])
        fill, _ink = STATUS_COLOURS.get(a.status, ("FFFFFF", "000000"))
        style.append(("BACKGROUND", (4, i), (4, i), colors.HexColor(f"#{fill}")))
    fractions = (0.22, 0.31, 0.08, 0.08, 0.09, 0.09, 0.13)
    table = Table(rows, colWidths=[width * f for f in fractions], repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(style))
    return table


def write_pdf(db: Database, out: Path, *, as_of: date | None = None,
              progress: Progress | None = None, cancelled: Cancelled | None = None) -> Path:
    """Agreements grouped by region (most urgent first in each), with a timeline per region."""
    from reportlab.lib import colors
    from reportlab.lib.units import inch
    from reportlab.platypus import (
        CondPageBreak,
        PageBreak,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )

    from consularapp.reports import pdf

    steps = Steps(progress, cancelled)
    data = load_agreements(db, as_of, steps)
    st = pdf.styles()
    width = pdf.LANDSCAPE[0] - 2 * pdf.MARGIN
    counts: dict[Status, int] = defaultdict(int)
    for line in data.lines:
        counts[line.status.status] += 1
    story: list[Flowable] = [
        pdf.para("Agreements with consulates", st.title),
        pdf.para(f"Status as of {long_day(data.as_of)} · {len(data.lines)} agreement(s), most "
                 "urgent first, grouped by agency and region", st.subtitle),
        pdf.para(f"Expiring: {data.expiring_days} days or fewer left. Renewal due: "
                 f"{data.renewal_lead_days} days or fewer left. Colours repeat the written "
                 "status; they never replace it.", st.muted),
        Spacer(1, 8),
    ]
    rows: list[list[Any]] = [["Status", "Agreements", "Meaning"]]
    style: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), pdf.FONT), ("FONTNAME", (0, 0), (-1, 0), pdf.FONT_BOLD),
        ("FONTSIZE", (0, 0), (-1, -1), 9), ("BACKGROUND", (0, 0), (-1, 0), pdf.HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, pdf.RULE), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
    ]
    for status in URGENCY:
        rows.append([status.value, str(counts.get(status, 0)), STATUS_MEANING[status]])
        style.append(("BACKGROUND", (0, len(rows) - 1), (0, len(rows) - 1),
                      colors.HexColor(f"#{STATUS_COLOURS[status][0]}")))
    table = Table(rows, colWidths=[1.4 * inch, 1.0 * inch, 5.0 * inch], hAlign="LEFT")
    table.setStyle(TableStyle(style))
    story += [table, PageBreak()]

    groups: dict[tuple[str, str], list[AgreementLine]] = defaultdict(list)
    for line in data.lines:
        for group in line.groups:
            groups[group].append(line)
    pairs: dict[tuple[str, str], list[TimelineRow]] = defaultdict(list)
    for row in data.timeline_rows:
        pairs[(row.office.agency, row.office.region or NO_REGION)].append(row)
    span = _years(data.timeline_rows, data.as_of)
    ordered = sorted(groups, key=lambda g: (g[0], _natural(g[1])))
    for n, group in enumerate(ordered):
        steps.check()
        steps.report(n, len(ordered), f"Laying out {group[0]} {group[1]}")
        agency, region = group
        name = data.agency_names.get(agency, agency)
        heading = f"{name} ({agency}) — {region}" if agency else region
        if n:
            story.append(CondPageBreak(2.8 * inch))  # a region starts where it has room
        story.append(Paragraph(pdf.esc(heading), st.h1))
        story.append(_agreements_table(groups[group], st, width))
        timeline_rows = pairs.get(group, [])
        if timeline_rows:
            story.append(Spacer(1, 8))
            story.append(Paragraph(pdf.esc(f"Timeline of the partnerships in {region}"), st.h3))
            for start in range(0, len(timeline_rows), TIMELINE_ROWS_PER_DRAWING):
                chunk = timeline_rows[start:start + TIMELINE_ROWS_PER_DRAWING]
                story.append(_timeline_drawing(chunk, data.as_of, span, width))
                story.append(Spacer(1, 6))
        story.append(Spacer(1, 10))
    if not data.lines:
        story.append(pdf.para("No agreements are recorded yet.", st.body))
    title = "Agreements with consulates"
    furniture = pdf.PageFurniture(
        header_left=f"{title} — as of {data.as_of.isoformat()}",
        header_right="ConsularApp",
        footer_left=f"Generated {generated_stamp()} · status as of {data.as_of.isoformat()}",
    )
    return pdf.write_pdf(Path(out), story, furniture, steps, pagesize=pdf.LANDSCAPE,
                         title=f"{title}, as of {data.as_of.isoformat()}",
                         subject="Agreement status by region")
