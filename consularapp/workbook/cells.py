"""Turning workbook cells into values: text, dates, date-times, whole numbers.

Only the shape of a cell is judged here ("is this a date?"); what a value means for its record
(is the date in range, is the term consistent) is the record's rule, in the module of its area.
A `Row` reads its cells by column and records a located problem, with its code, for a cell that
cannot be read; the sheet readers then leave that field's rule problems out, so one mistake is
reported once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from consularapp.errors import Problem
from consularapp.i18n import _
from consularapp.validation import check_id, shown, split_list
from consularapp.workbook.format import OPTIONAL_COLUMNS

if TYPE_CHECKING:
    from consularapp.workbook.reading import Sheet

_DATE_RE = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})", re.ASCII)
_DATETIME_RE = re.compile(
    r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})[ T]([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?", re.ASCII)


@dataclass(frozen=True)
class ExcelError:
    """A cell holding an Excel error value (#N/A, #VALUE!...), not data."""

    value: str

    def __str__(self) -> str:
        return self.value


def cell_text(value: object) -> str:
    """A cell as text, trimmed: numbers typed into text columns (IDs, phones) read as typed."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.date().isoformat()
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def header_key(text: object) -> str:
    return " ".join(cell_text(text).split()).lower()


class Row:
    """One data row of a sheet: typed getters that record a located problem instead of raising.

    `problem(column, code, message)` adds a problem at this row (to the importer's `sink`);
    `failed` holds the columns that already have one; `bad` says whether the row has any (then
    nothing of it is written).
    """

    __slots__ = ("bad", "failed", "number", "sheet", "sink", "values")

    def __init__(self, sheet: Sheet, number: int, values: tuple[Any, ...],
                 sink: Callable[[Problem, int, str], None], missing: Iterable[str] = ()) -> None:
        self.sheet = sheet
        self.number = number
        self.values = values
        self.sink = sink  # the importer's: every problem of the file, with its row and column
        self.failed: set[str] = set(missing)  # a required column missing is failed everywhere
        self.bad = bool(self.failed)

    # plumbing
    def has(self, col: str) -> bool:
        return col in self.sheet.index

    def where(self, col: str) -> str:
        return _("{sheet}, row {row}, {column}").format(
            sheet=self.sheet.name, row=self.number, column=col)

    def problem(self, col: str, code: str, message: str, **params: Any) -> None:
        self.bad = True
        self.failed.add(col)
        self.sink(Problem(self.where(col), message, code, params), self.number, col)

    def raw(self, col: str) -> Any:
        """The cell's value (None when blank or the column is absent); an error cell is refused."""
        i = self.sheet.index.get(col)
        if i is None or i >= len(self.values):
            return None
        value = self.values[i]
        if isinstance(value, ExcelError):
            if col not in self.failed:
                self.problem(col, "cell.excel_error",
                             _("the cell shows the Excel error {value}, not a value: correct the "
                               "formula or type the value").format(value=value.value),
                             value=value.value)
            return None
        return value

    def report(self, problems: Iterable[Problem], columns: Mapping[str, str],
               rows: Mapping[int, Row] | None = None) -> None:
        """Add a record rule's problems, each at the column of its field.

        A problem about a field whose cell could not be read is left out (it would only repeat
        that); with `rows`, a membership's problem goes to the row of that membership.
        """
        for p in problems:
            col = columns.get(p.field) or columns.get(p.field.split(".")[0]) or next(
                iter(columns.values()))
            row = self
            if rows is not None and "membership" in p.params:
                row = rows.get(p.params["membership"], self)
            if col in row.failed:
                continue
            row.bad = True
            row.failed.add(col)
            row.sink(Problem(row.where(col), p.message, p.code, p.params, p.field), row.number,
                     col)

    # values
    def text(self, col: str) -> str:
        i = self.sheet.index.get(col)
        value = None if i is None else self.values[i]
        if type(value) is str:  # the common case, first
            return value.strip()
        return "" if value is None else cell_text(self.raw(col))

    def items(self, col: str) -> list[str]:
        return split_list(self.text(col))

    def key(self, col: str) -> str | None:
        """The row's ID if it is a valid one (the rule says why it is not), for matching."""
        text = self.text(col)
        try:
            return check_id(text)
        except ValueError:
            return None

    def number_cell(self, col: str) -> Any:
        """A whole-number cell as it is (int, float or text): the record's rule judges it."""
        value = self.raw(col)
        return value.strip() if isinstance(value, str) else value

    def day(self, col: str) -> date | None:
        """A date cell or text YYYY-MM-DD (None when blank or unreadable)."""
        value = self.raw(col)
        if is_blank(value):
            return None
        if isinstance(value, datetime):
            if value.time() != time(0):
                self.problem(col, "cell.date_has_time",
                             _("{value} has a time of day; give a date only").format(
                                 value=cell_text(value)), value=cell_text(value))
                return None
            return value.date()
        if isinstance(value, date):
            return value
        text = cell_text(value)
        match = _DATE_RE.fullmatch(text)
        if match:
            try:
                return date(*(int(g) for g in match.groups()))
            except ValueError:
                self.problem(col, "cell.not_a_real_date",
                             _("{value} is not a real date").format(value=shown(text)),
                             value=text)
                return None
        self.problem(col, "cell.not_a_date",
                     _("{value} is not a date (use a date cell or YYYY-MM-DD)").format(
                         value=shown(text)), value=text)
        return None

    def wall_clock(self, col: str) -> datetime | None:
        """A naive local date-time: a date-time cell or text YYYY-MM-DD HH:MM."""
        value = self.raw(col)
        if is_blank(value):
            return None
        if isinstance(value, datetime):
            wall = value.replace(tzinfo=None)
            # Excel keeps times as fractions of a day: round off the float noise.
            if wall.microsecond:
                rounded = wall.replace(microsecond=0)
                if wall.microsecond >= 500_000 and rounded < datetime.max - timedelta(seconds=1):
                    rounded += timedelta(seconds=1)
                wall = rounded
            return wall
        if isinstance(value, date):
            return datetime.combine(value, time(0))
        text = cell_text(value)
        match = _DATETIME_RE.fullmatch(text)
        if match:
            try:
                return datetime(*(int(g or 0) for g in match.groups()))
            except ValueError:
                self.problem(col, "cell.not_a_real_datetime",
                             _("{value} is not a real date and time").format(value=shown(text)),
                             value=text)
                return None
        self.problem(col, "cell.not_a_datetime",
                     _("{value} is not a date and time (use a date-time cell or YYYY-MM-DD "
                       "HH:MM)").format(value=shown(text)), value=text)
        return None


def keep_absent(sheet: str, row: Row, data: Any, stored: dict[str, Any] | None) -> None:
    """Give the fields of columns the sheet leaves out the stored record's values."""
    if stored is None:
        return
    for name, column in OPTIONAL_COLUMNS[sheet].items():
        if not row.has(column) and name in stored:
            value = stored[name]
            current = getattr(data, name)
            if value is None and isinstance(current, str):
                value = ""
            elif isinstance(value, list):
                value = list(value)
            setattr(data, name, value)
