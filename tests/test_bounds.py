"""The bounds of consularapp/bounds.py fit everywhere an accepted value goes.

Each text bound fits its database column and one Excel cell (so an export re-imports
unchanged); each whole-number bound fits a 32-bit column; the dates stay inside the calendar
with room for a term of months and a time zone's offset.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import String

from consularapp import bounds
from consularapp.models import (
    Agency,
    Agreement,
    Campaign,
    Consulate,
    Event,
    Membership,
    Office,
    Person,
)
from consularapp.timeutil import add_months

TEXTS = [value for value in vars(bounds).values() if isinstance(value, bounds.Text)]
WHOLES = [value for value in vars(bounds).values() if isinstance(value, bounds.Whole)]

# Column -> the bound its rule applies.
COLUMN_BOUNDS = [
    (Agency.code, bounds.AGENCY_CODE), (Agency.name, bounds.NAME),
    (Office.id, bounds.ID), (Office.name, bounds.NAME), (Office.region, bounds.REGION),
    (Office.city, bounds.CITY), (Office.phone, bounds.PHONE), (Office.email, bounds.EMAIL),
    (Office.address, bounds.ADDRESS),
    (Consulate.id, bounds.ID), (Consulate.city, bounds.CITY), (Consulate.phone, bounds.PHONE),
    (Consulate.email, bounds.EMAIL), (Consulate.address, bounds.ADDRESS),
    (Person.id, bounds.ID), (Person.name, bounds.NAME), (Person.email, bounds.EMAIL),
    (Person.phone, bounds.PHONE), (Membership.title, bounds.JOB_TITLE),
    (Agreement.id, bounds.ID), (Agreement.document, bounds.DOCUMENT),
    (Agreement.notes, bounds.NOTES),
    (Campaign.theme_en, bounds.THEME), (Campaign.theme_es, bounds.THEME),
    (Event.id, bounds.ID), (Event.title, bounds.EVENT_TITLE), (Event.venue, bounds.VENUE),
    (Event.address, bounds.ADDRESS), (Event.notes, bounds.NOTES),
]


@pytest.mark.parametrize("bound", TEXTS, ids=repr)
def test_every_text_bound_fits_one_excel_cell(bound: bounds.Text) -> None:
    assert bound.max_length <= bounds.EXCEL_CELL_LENGTH


def _length(column: Any) -> int | None:
    """The column's most characters; None for unbounded text."""
    kind = column.property.columns[0].type
    return kind.length if isinstance(kind, String) else None


SIZED = [(column, bound) for column, bound in COLUMN_BOUNDS if _length(column) is not None]


@pytest.mark.parametrize(("column", "bound"), SIZED, ids=lambda v: str(v))
def test_every_text_bound_fits_its_database_column(column: Any, bound: bounds.Text) -> None:
    assert bound.max_length <= (_length(column) or 0)


@pytest.mark.parametrize("bound", WHOLES, ids=repr)
def test_every_whole_number_bound_fits_a_32_bit_column(bound: bounds.Whole) -> None:
    assert -bounds.INT32_MAX - 1 <= bound.minimum <= bound.maximum <= bounds.INT32_MAX


def test_the_longest_term_from_the_last_day_stays_in_the_calendar() -> None:
    assert add_months(bounds.DATES.last, bounds.TERM_MONTHS.maximum) < date(9999, 1, 1)


def test_the_campaign_years_are_the_years_of_the_dates() -> None:
    assert (bounds.YEARS.minimum, bounds.YEARS.maximum) == (bounds.DATES.first.year,
                                                           bounds.DATES.last.year)
