"""Every field's bound, declared once: the rules enforce them, the editor dialogs read them.

A dialog's spin box range, maximum length or date range and the rule that refuses a value come
from the same constant here, so what a dialog lets a user type and what an import accepts can
never differ. The numbers are chosen so that anything accepted fits everywhere it goes:

* every text fits in one Excel cell (32,767 characters), so an export always re-imports
  unchanged, and in its database column (tests/test_bounds.py compares them with the models);
* every whole number fits a 32-bit integer column (PostgreSQL's INTEGER) and is sensible for
  what it counts (the staffing report lays out one line per needed person);
* every date lies between 1990 and 2100, so date arithmetic (a term of months, a time zone's
  offset) never leaves the calendar Python can represent.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

EXCEL_CELL_LENGTH = 32_767  # the most characters one cell of an .xlsx workbook holds
INT32_MAX = 2_147_483_647  # PostgreSQL's INTEGER


@dataclass(frozen=True)
class Whole:
    """A whole number from `minimum` to `maximum`, both included."""

    minimum: int
    maximum: int


@dataclass(frozen=True)
class Text:
    """Text of at most `max_length` characters; `one_line` refuses line breaks."""

    max_length: int
    one_line: bool = True


@dataclass(frozen=True)
class Days:
    """Dates from `first` to `last`, both included."""

    first: date
    last: date

    @property
    def first_instant(self) -> datetime:
        """The earliest wall-clock time on those days (for date-time fields)."""
        return datetime.combine(self.first, time.min)

    @property
    def last_instant(self) -> datetime:
        return datetime.combine(self.last, time(23, 59))


# --- dates and years ----------------------------------------------------------------------------

DATES = Days(date(1990, 1, 1), date(2100, 12, 31))
YEARS = Whole(DATES.first.year, DATES.last.year)  # campaign years

# --- whole numbers ------------------------------------------------------------------------------

STAFF_NEEDED = Whole(0, 999)
TERM_MONTHS = Whole(1, 1200)  # a hundred years: longer is a typing slip

# Shared settings (consularapp/settings.py).
EXPIRING_DAYS = Whole(0, 365)
RENEWAL_LEAD_DAYS = Whole(0, 3650)
REVIEW_EVERY_YEARS = Whole(0, 50)  # 0: open-ended agreements are never due for review
TRAVEL_BUFFER_MINUTES = Whole(0, 1440)
OBLIGATION_DUE_DAYS = Whole(0, 365)
# Outcomes of an event (counts only).
PEOPLE_REACHED = Whole(0, 1_000_000)
OUTCOME_COUNT = Whole(0, 1_000_000)

# --- text ---------------------------------------------------------------------------------------

ID = Text(64)  # models.ID_LENGTH
AGENCY_CODE = Text(16)
NAME = Text(200)  # office, person and agency names
CITY = Text(120)
REGION = Text(120)
PHONE = Text(60)
EMAIL = Text(200)
JOB_TITLE = Text(200)  # a person's title in an organization
ADDRESS = Text(1000, one_line=False)
JURISDICTION = Text(5000, one_line=False)
EVENT_TITLE = Text(2000)
VENUE = Text(2000)
THEME = Text(2000)
DOCUMENT = Text(2000)  # a path or URL of the signed text
WEBSITE = Text(2000)
FOLDER = Text(1000)  # a folder setting
NOTES = Text(5000, one_line=False)
LIST_ITEM = Text(100)  # one language or topic
LIST_LENGTH = Text(2000)  # a whole list as one cell: "English; Spanish; Mixteco"

__all__ = [
    "ADDRESS", "AGENCY_CODE", "CITY", "DATES", "DOCUMENT", "EMAIL", "EVENT_TITLE",
    "EXCEL_CELL_LENGTH", "EXPIRING_DAYS", "FOLDER", "ID", "INT32_MAX", "JOB_TITLE",
    "JURISDICTION", "LIST_ITEM", "LIST_LENGTH", "NAME", "NOTES", "OBLIGATION_DUE_DAYS",
    "OUTCOME_COUNT", "PEOPLE_REACHED", "PHONE", "REGION",
    "RENEWAL_LEAD_DAYS", "REVIEW_EVERY_YEARS", "STAFF_NEEDED", "TERM_MONTHS", "THEME",
    "TRAVEL_BUFFER_MINUTES", "VENUE", "WEBSITE", "YEARS", "Days", "Text", "Whole",
]
