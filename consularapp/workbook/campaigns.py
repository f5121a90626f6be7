"""The Campaigns sheet: each row proposes one year's Labor Rights Week.

A blank Starts on / Ends on keeps the stored campaign's date, and gives a new campaign the
default week (Monday to Friday of the week before Labor Day).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from consularapp import bounds
from consularapp.campaigns import CampaignInput, check_campaign
from consularapp.i18n import _
from consularapp.timeutil import lrw_default_week
from consularapp.validation import FieldError, check_whole
from consularapp.workbook.cells import Row, keep_absent
from consularapp.workbook.format import FIELD_COLUMNS

if TYPE_CHECKING:
    from consularapp.workbook.importer import Importer

SHEET = "Campaigns"


def year_of(row: Row) -> int | None:
    """The row's Year when it is one (the rule says why it is not)."""
    try:
        return check_whole(row.number_cell("Year"), bounds.YEARS)
    except FieldError:
        return None


def read(imp: Importer) -> None:
    seen: dict[int, int] = {}
    for row in imp.rows(SHEET):
        year = year_of(row)
        if year is not None:
            if year in seen:
                row.problem("Year", "row.repeated_id",
                            _("{value} is already on row {row}").format(value=year,
                                                                        row=seen[year]),
                            value=year, row=seen[year])
                year = None
            else:
                seen[year] = row.number
        starts_on, ends_on = row.day("Starts on"), row.day("Ends on")
        stored = imp.db_campaigns.get(year) if year is not None else None
        if year is not None:
            default_start, default_end = lrw_default_week(year)
            if starts_on is None and not row.text("Starts on"):
                starts_on = stored["starts_on"] if stored else default_start
            if ends_on is None and not row.text("Ends on"):
                ends_on = stored["ends_on"] if stored else default_end
        elif not row.text("Starts on") and not row.text("Ends on"):
            row.failed.update({"Starts on", "Ends on"})  # their default needs the year
        data = CampaignInput(year=row.number_cell("Year"), starts_on=starts_on, ends_on=ends_on,
                             theme_en=row.text("Theme"), theme_es=row.text("Theme (Spanish)"))
        keep_absent(SHEET, row, data, stored)
        verdict = check_campaign(data, imp.known, year)
        row.report(verdict.problems, FIELD_COLUMNS[SHEET])
        clean = verdict.clean
        if clean is not None and year is not None and not row.bad:
            imp.campaigns[year] = {"year": year, "starts_on": clean.starts_on,
                                   "ends_on": clean.ends_on, "theme_en": clean.theme_en or None,
                                   "theme_es": clean.theme_es or None}
    imp.campaign_years = set(seen)
    imp.known.campaigns.update(seen)  # type: ignore[attr-defined]
