"""The Events sheet: each row proposes an event, at its venue's local time.

An event whose Year has no campaign brings one, with the default week.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from consularapp.events import EventInput, check_event
from consularapp.i18n import _
from consularapp.known import EventFacts
from consularapp.models import EventStatus
from consularapp.timeutil import lrw_default_week
from consularapp.workbook.campaigns import year_of
from consularapp.workbook.cells import keep_absent
from consularapp.workbook.format import FIELD_COLUMNS

if TYPE_CHECKING:
    from consularapp.workbook.importer import Importer

SHEET = "Events"
_CANCELLED = EventStatus.CANCELLED.value


def read(imp: Importer) -> None:
    for row in imp.rows(SHEET):
        eid = imp.new_id(row, "Event ID", imp.event_rows)
        skipped = []
        for text in row.items("Skipped dates"):
            try:
                skipped.append(date.fromisoformat(text))
            except ValueError:
                row.problem("Skipped dates", "cell.not_a_date",
                            _("{value} is not a date YYYY-MM-DD").format(value=repr(text)),
                            value=text)
        # A blank Year is an event of the year-round partnership (spec/workbook.md).
        data = EventInput(
            id=row.text("Event ID"), year=row.number_cell("Year"), title=row.text("Title"),
            title_es=row.text("Title (Spanish)"), format=row.text("Format"),
            starts=row.wall_clock("Starts"), ends=row.wall_clock("Ends"),
            time_zone=row.text("Time zone"), venue=row.text("Venue"),
            address=row.text("Address"), host_consulate_id=row.text("Host consulate ID"),
            office_ids=row.items("Office IDs"), languages=row.items("Languages"),
            topics=row.items("Topics"), staff_needed=row.number_cell("Staff needed"),
            languages_needed=row.items("Languages needed"), status=row.text("Status"),
            notes=row.text("Notes"), agreement_id=row.text("Agreement ID"),
            partner_ids=row.items("Partner IDs"), recurrence=row.text("Recurrence"),
            skipped_dates=skipped,
        )
        stored = imp.db_events.get(eid) if eid else None
        keep_absent(SHEET, row, data, stored)
        if stored is not None and not row.has("Office IDs"):
            data.office_ids = sorted(imp.db_event_offices.get(eid or "", ()))
        if stored is not None and not row.has("Partner IDs"):
            data.partner_ids = sorted(imp.db_event_partners.get(eid or "", ()))
        if stored is not None and not row.has("Skipped dates"):
            data.skipped_dates = sorted(d for d, c in imp.db_changes.get(eid or "", {}).items()
                                        if c["cancelled"])
        verdict = check_event(data, imp.known, eid)
        row.report(verdict.problems, FIELD_COLUMNS[SHEET])
        clean = verdict.clean if not row.bad else None
        year = clean.year if clean is not None else year_of(row)
        if (year is not None and year not in imp.campaigns and year not in imp.db_campaigns
                and year not in imp.campaign_years):
            start, end = lrw_default_week(year)
            imp.campaigns[year] = {"year": year, "starts_on": start, "ends_on": end,
                                   "theme_en": None, "theme_es": None}
        if eid is None:
            continue
        if clean is None:
            imp.known.events[eid] = None  # type: ignore[index]  # known, but nothing to go by
            continue
        was_cancelled = stored is not None and stored["status"] == _CANCELLED
        imp.known.events[eid] = EventFacts(  # type: ignore[index]
            clean.title, clean.time_zone, clean.starts_at, clean.ends_at,
            cancelled=was_cancelled and clean.status == _CANCELLED)
        imp.events[eid] = {
            "id": eid, "year": clean.year, "title": clean.title, "title_es": clean.title_es,
            "format": clean.format, "starts_at": clean.starts_at, "ends_at": clean.ends_at,
            "time_zone": clean.time_zone, "venue": clean.venue, "address": clean.address,
            "host_consulate_id": clean.host_consulate_id, "languages": clean.languages,
            "topics": clean.topics, "staff_needed": clean.staff_needed,
            "languages_needed": clean.languages_needed, "status": clean.status,
            "notes": clean.notes, "agreement_id": clean.agreement_id,
            "recurrence": clean.recurrence, "last_ends_at": None,
        }
        imp.event_offices[eid] = set(clean.office_ids)
        imp.event_partners[eid] = set(clean.partner_ids)
        imp.skipped[eid] = set(clean.skipped_dates)
