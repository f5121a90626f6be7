"""Exporting everything as the exchange workbook: one query per table, streamed to the file.

Text is written as text, even when it starts with '=' (it is data, never a formula); instants
as the local wall-clock time of their place, with a date format. The file is written aside and
moved into place, so a failed or cancelled export leaves an existing file untouched.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from consularapp.db import Database
from consularapp.errors import CancelledError, WorkbookFileError
from consularapp.i18n import _
from consularapp.models import (
    Agency,
    Agreement,
    Assignment,
    Campaign,
    Consulate,
    Event,
    Membership,
    ObligationDone,
    OccurrenceChange,
    Office,
    Outcome,
    Partner,
    Person,
    agreement_consulate,
    agreement_office,
    agreement_partner,
    event_office,
    event_partner,
)
from consularapp.timeutil import utc_to_local
from consularapp.validation import join_list
from consularapp.workbook.format import (
    DATE_FORMAT,
    DATETIME_FORMAT,
    EXCEL_ERRORS,
    SHEET_ORDER,
    SHEETS,
    VERSION_COLUMN,
    VERSIONED_SHEETS,
    WIDTHS,
)

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]
_PROGRESS_EVERY = 1000


def export_workbook(
    db: Database,
    path: str | Path,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """Write everything in `db` as the exchange workbook at `path`; returns the data rows written.

    Raises WorkbookFileError if the file cannot be written and CancelledError if `cancelled()`
    turns true; either way an existing file at `path` is left untouched.
    """
    from openpyxl import Workbook

    path = Path(path)
    report: Progress = progress or (lambda done, total, message: None)
    stop: Cancelled = cancelled or (lambda: False)
    report(0, 0, _("Reading the database"))
    with db.session() as session:
        tables = _export_rows(session)
    total = sum(len(rows) for rows in tables.values())
    book = Workbook(write_only=True)
    try:
        _fill(book, tables, total, report, stop)
    except BaseException:
        _discard(book)
        raise
    report(total, total, _("Saving {name}").format(name=path.name))
    buffer = io.BytesIO()
    book.save(buffer)
    _save(buffer.getvalue(), path)
    return total


def _fill(book: Any, tables: dict[str, list[tuple[Any, ...]]], total: int, report: Progress,
          stop: Cancelled) -> None:
    done = 0
    for name in SHEET_ORDER:
        if stop():
            raise CancelledError(_("Export cancelled; no file was written"))
        report(done, total, _("Writing {sheet}").format(sheet=name))
        ws = book.create_sheet(name)
        columns = [col for col, _ in SHEETS[name]]
        ws.freeze_panes = "A2"
        for i, col in enumerate(columns, start=1):
            ws.column_dimensions[_column_letter(i)].width = WIDTHS.get(
                col, max(12, len(col) + 4))
            if col == VERSION_COLUMN:  # bookkeeping: kept out of the user's way
                ws.column_dimensions[_column_letter(i)].hidden = True
        ws.append([_header_cell(ws, col) for col in columns])
        for values in tables[name]:
            ws.append([_cell(ws, v) for v in values])
            done += 1
            if done % _PROGRESS_EVERY == 0:
                if stop():
                    raise CancelledError(_("Export cancelled; no file was written"))
                report(done, total, _("Writing {sheet}").format(sheet=name))


def _discard(book: Any) -> None:
    """Close a half-written write-only book: its sheets hold temporary files and open streams."""
    try:
        book.save(io.BytesIO())
    except Exception:  # pragma: no cover - best effort while another error propagates
        return


def _column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index)


def _header_cell(ws: Any, text: str) -> Any:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    cell = WriteOnlyCell(ws, value=text)
    cell.font = Font(bold=True)
    return cell


def _cell(ws: Any, value: Any) -> Any:
    """A value ready for a write-only sheet: text stays text, instants get a date format."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
        if value.startswith("=") or value in EXCEL_ERRORS:
            # openpyxl would write it as a formula, or as an error value ('#N/A'); it is data.
            cell = WriteOnlyCell(ws, value=value)
            cell.data_type = "s"
            return cell
        return value
    if isinstance(value, datetime):
        cell = WriteOnlyCell(ws, value=value)
        cell.number_format = DATETIME_FORMAT
        return cell
    if isinstance(value, date):
        cell = WriteOnlyCell(ws, value=value)
        cell.number_format = DATE_FORMAT
        return cell
    return value


def _save(content: bytes, path: Path) -> None:
    """Write aside, then move into place: a failed export leaves an existing file untouched."""
    part = path.with_name(path.name + ".part")
    try:
        part.write_bytes(content)
        os.replace(part, path)
    except OSError as exc:
        part.unlink(missing_ok=True)
        reason = exc.strerror or str(exc)
        if isinstance(exc, PermissionError):
            reason += _(" (is the file open in Excel?)")
        raise WorkbookFileError(_("Cannot write {path}: {reason}").format(
            path=path, reason=reason)) from exc


def _local(instant: datetime | None, zone_name: str) -> datetime | None:
    return None if instant is None else utc_to_local(instant, zone_name).replace(tzinfo=None)


def _export_rows(s: Session) -> dict[str, list[tuple[Any, ...]]]:
    """Every sheet's rows in the spec's column order, one query per table."""
    agencies = dict(s.execute(select(Agency.code, Agency.name)).all())
    o = Office
    offices = [
        (r.id, r.agency_code, agencies.get(r.agency_code, r.agency_code), r.name, r.office_type,
         r.region, r.city, r.state, r.time_zone, r.address, r.phone, r.email)
        for r in s.execute(select(o.id, o.agency_code, o.name, o.office_type, o.region, o.city,
                                  o.state, o.time_zone, o.address, o.phone, o.email)
                           .order_by(o.id))
    ]
    c = Consulate
    consulates = [
        tuple(r) for r in s.execute(select(c.id, c.country_code, c.city, c.state,
                                           c.consulate_type, c.time_zone, c.address, c.phone,
                                           c.email, c.jurisdiction).order_by(c.id))
    ]
    memberships: dict[str, list[Any]] = {}
    m = Membership
    for r in s.execute(select(m.person_id, m.office_id, m.consulate_id, m.title, m.active_from,
                              m.active_to, m.id)):
        memberships.setdefault(r.person_id, []).append(r)
    people: list[tuple[Any, ...]] = []
    p = Person
    for r in s.execute(select(p.id, p.name, p.languages, p.email, p.phone).order_by(p.id)):
        languages = join_list(r.languages)
        rows = sorted(memberships.get(r.id, []),
                      key=lambda x: (x.active_from or date.min, x.id))
        if not rows:
            people.append((r.id, r.name, None, None, languages, r.email, r.phone, None, None))
        for ms in rows:
            people.append((r.id, r.name, ms.office_id or ms.consulate_id, ms.title, languages,
                           r.email, r.phone, ms.active_from, ms.active_to))
    parties: dict[str, tuple[list[str], list[str]]] = {}
    for aid, oid in s.execute(select(agreement_office.c.agreement_id,
                                     agreement_office.c.office_id)):
        parties.setdefault(aid, ([], []))[0].append(oid)
    for aid, cid in s.execute(select(agreement_consulate.c.agreement_id,
                                     agreement_consulate.c.consulate_id)):
        parties.setdefault(aid, ([], []))[1].append(cid)
    links: dict[str, dict[str, list[str]]] = {"agreement": {}, "event": {}}
    for ident, pid in s.execute(select(agreement_partner.c.agreement_id,
                                       agreement_partner.c.partner_id)):
        links["agreement"].setdefault(ident, []).append(pid)
    for ident, pid in s.execute(select(event_partner.c.event_id, event_partner.c.partner_id)):
        links["event"].setdefault(ident, []).append(pid)
    pt = Partner
    partners = [
        (r.id, r.name, r.kind, r.city, r.state, join_list(r.languages), r.email, r.phone,
         r.website, r.notes)
        for r in s.execute(select(pt.id, pt.name, pt.kind, pt.city, pt.state, pt.languages,
                                  pt.email, pt.phone, pt.website, pt.notes).order_by(pt.id))
    ]
    a = Agreement
    agreements = [
        (r.id, r.kind, join_list(sorted(parties.get(r.id, ([], []))[0])),
         join_list(sorted(parties.get(r.id, ([], []))[1])), r.state, r.signed_on,
         r.effective_on, r.term_months, r.expires_on, r.terminated_on, r.renews_id,
         r.us_signatory_id, r.consular_signatory_id, r.document, r.notes,
         join_list(sorted(links["agreement"].get(r.id, []))))
        for r in s.execute(select(a.id, a.kind, a.state, a.signed_on, a.effective_on,
                                  a.term_months, a.expires_on, a.terminated_on, a.renews_id,
                                  a.us_signatory_id, a.consular_signatory_id, a.document,
                                  a.notes).order_by(a.id))
    ]
    k = Campaign
    campaigns = [tuple(r) for r in s.execute(
        select(k.year, k.starts_on, k.ends_on, k.theme_en, k.theme_es).order_by(k.year))]
    event_offices: dict[str, list[str]] = {}
    for eid, oid in s.execute(select(event_office.c.event_id, event_office.c.office_id)):
        event_offices.setdefault(eid, []).append(oid)
    skipped: dict[str, list[str]] = {}
    moved: list[Any] = []
    for ch in s.execute(select(OccurrenceChange).order_by(OccurrenceChange.event_id,
                                                          OccurrenceChange.occurs_on)).scalars():
        if ch.cancelled:
            skipped.setdefault(ch.event_id, []).append(ch.occurs_on.isoformat())
        elif ch.starts_at is not None:
            moved.append(ch)
    e = Event
    events: list[tuple[Any, ...]] = []
    zones: dict[str, str] = {}
    order: dict[str, int] = {}
    for r in s.execute(select(e.id, e.year, e.title, e.title_es, e.format, e.starts_at,
                              e.ends_at, e.time_zone, e.venue, e.address, e.host_consulate_id,
                              e.languages, e.topics, e.staff_needed, e.languages_needed,
                              e.status, e.notes, e.agreement_id, e.recurrence)
                       .order_by(e.starts_at, e.id)):
        zones[r.id] = r.time_zone
        order[r.id] = len(order)
        events.append((r.id, r.year, r.title, r.title_es, r.format,
                       _local(r.starts_at, r.time_zone), _local(r.ends_at, r.time_zone),
                       r.time_zone, r.venue, r.address, r.host_consulate_id,
                       join_list(sorted(event_offices.get(r.id, []))), join_list(r.languages),
                       join_list(r.topics), r.staff_needed, join_list(r.languages_needed),
                       r.status, r.notes, r.agreement_id,
                       join_list(sorted(links["event"].get(r.id, []))), r.recurrence,
                       join_list(skipped.get(r.id, []))))
    changes = [(ch.event_id, ch.occurs_on, _local(ch.starts_at, zones.get(ch.event_id, "UTC")),
                _local(ch.ends_at, zones.get(ch.event_id, "UTC"))) for ch in moved
               if ch.event_id in zones]
    g = Assignment
    shifts = sorted(
        s.execute(select(g.id, g.event_id, g.person_id, g.role, g.starts_at, g.ends_at,
                         g.notes, g.occurrence)).all(),
        key=lambda r: (order.get(r.event_id, 0),
                       r.starts_at.timestamp() if r.starts_at else float("-inf"),
                       r.person_id, r.id),
    )
    assignments = [
        (r.event_id, r.person_id, r.role, _local(r.starts_at, zones[r.event_id]),
         _local(r.ends_at, zones[r.event_id]), r.notes, r.occurrence)
        for r in shifts
    ]
    ot = Outcome
    outcomes = [
        (r.event_id, r.occurrence, r.people_reached, r.materials_distributed,
         join_list(r.materials_languages), r.referrals, r.cases_identified, r.notes)
        for r in s.execute(select(ot.event_id, ot.occurrence, ot.people_reached,
                                  ot.materials_distributed, ot.materials_languages,
                                  ot.referrals, ot.cases_identified, ot.notes)
                           .order_by(ot.event_id, ot.occurrence))
    ]
    d = ObligationDone
    done = [tuple(r) for r in s.execute(
        select(d.agreement_id, d.obligation, d.period_starts, d.done_on, d.document)
        .order_by(d.agreement_id, d.obligation, d.period_starts))]
    tables = {"Offices": offices, "Consulates": consulates, "Partners": partners,
              "People": people, "Agreements": agreements, "Obligations done": done,
              "Campaigns": campaigns, "Events": events, "Occurrence changes": changes,
              "Assignments": assignments, "Outcomes": outcomes}
    for name, (_table, _column) in VERSIONED_SHEETS.items():
        model = {"Offices": Office, "Consulates": Consulate, "People": Person,
                 "Agreements": Agreement, "Campaigns": Campaign, "Events": Event,
                 "Partners": Partner}[name]
        key = next(iter(model.__table__.primary_key.columns))
        versions = dict(s.execute(select(key, model.__table__.c.version)).all())
        tables[name] = [(*row, versions.get(row[0])) for row in tables[name]]
    return tables
