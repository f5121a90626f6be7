"""What every Excel report shares: write-only sheets with a styled, frozen, filterable header,
real date and date-time cells, and text that always stays text.

Workbooks are written in openpyxl's write-only mode, which streams rows to disk as they come:
memory stays flat whatever the campaign's size. In that mode everything about a sheet's top
(column widths, frozen panes) must be set before the first row, and everything about its tail
(autofilter, conditional formatting, charts) before the workbook is saved; `Sheet` keeps that
order. Times are local wall-clock times at the venue (Excel has no time zones), with the zone in
a column of its own.

User text is always a string cell: openpyxl would store "=HYPERLINK(...)" typed as an event title
as a live formula, so every str becomes a cell whose type is forced to text.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from consularapp.reports.common import Steps, atomic_file

DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
HOURS_FORMAT = "0.0"
HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="2F4F6F")
HEADER_ALIGN = Alignment(vertical="center", wrap_text=True)
ROW_EVERY = 500  # progress and cancel checks, in rows


@dataclass(frozen=True)
class Column:
    title: str
    width: float = 14
    number_format: str | None = None  # for numbers: "0", "0.0"...


def text_cell(ws: Any, value: str) -> WriteOnlyCell:
    """A string cell that stays a string, whatever it starts with."""
    cell = WriteOnlyCell(ws, value=ILLEGAL_CHARACTERS_RE.sub("", value))
    cell.data_type = "s"
    return cell


def value_cell(ws: Any, value: Any, number_format: str | None = None) -> Any:
    """A cell for any value: text stays text; dates and date-times are real ones (naive local)."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
        # openpyxl stores any other str as a string cell already; a cell object per value
        # would cost a third of the sheet's time.
        return text_cell(ws, value) if value.startswith("=") else value
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.replace(tzinfo=None)  # the wall clock at the place, zone beside it
        cell = WriteOnlyCell(ws, value=value)
        cell.number_format = DATETIME_FORMAT
        return cell
    if isinstance(value, date):
        cell = WriteOnlyCell(ws, value=value)
        cell.number_format = DATE_FORMAT
        return cell
    if number_format and isinstance(value, int | float) and not isinstance(value, bool):
        cell = WriteOnlyCell(ws, value=value)
        cell.number_format = number_format
        return cell
    return value


class Sheet:
    """A write-only sheet: header first, rows streamed, filter set at the end."""

    def __init__(self, book: Workbook, title: str, columns: Sequence[Column],
                 steps: Steps | None = None, freeze: str = "A2") -> None:
        self.ws = book.create_sheet(title)
        self.columns = list(columns)
        self.rows = 0
        self._steps = steps
        for i, column in enumerate(self.columns, start=1):
            self.ws.column_dimensions[get_column_letter(i)].width = column.width
        self.ws.freeze_panes = freeze
        header = []
        for column in self.columns:
            cell = text_cell(self.ws, column.title)
            cell.font = HEADER_FONT
            cell.fill = HEADER_FILL
            cell.alignment = HEADER_ALIGN
            header.append(cell)
        self.ws.append(header)

    @property
    def last_column(self) -> str:
        return get_column_letter(len(self.columns))

    def column_letter(self, title: str) -> str:
        return get_column_letter(next(i for i, c in enumerate(self.columns, 1) if c.title == title))

    def append(self, values: Sequence[Any]) -> None:
        self.ws.append([
            value_cell(self.ws, v, c.number_format)
            for v, c in zip(values, self.columns, strict=True)
        ])
        self.rows += 1
        if self._steps is not None and self.rows % ROW_EVERY == 0:
            self._steps.check()

    def extend(self, rows: Iterable[Sequence[Any]]) -> None:
        for values in rows:
            self.append(values)

    def finish(self) -> None:
        """Turn on the autofilter over the header and every row written."""
        self.ws.auto_filter.ref = f"A1:{self.last_column}{self.rows + 1}"


def new_book(title: str) -> Workbook:
    book = Workbook(write_only=True)
    book.properties.title = title
    book.properties.creator = "ConsularApp"
    return book


def save_book(book: Workbook, out: Path) -> Path:
    """Save (written aside, then moved into place)."""
    with atomic_file(out) as part:
        book.save(part)
    return Path(out)
