"""What every Excel report shares: write-only sheets whose data is an Excel table (named, with
its header row and filter buttons, no merged cells), real date and date-time cells, text that
always stays text, a page setup that prints (landscape, one page wide, the header row on every
page, the print area), and charts with alternative text.

Workbooks are written in openpyxl's write-only mode, which streams rows to disk as they come:
memory stays flat whatever the campaign's size. In that mode everything about a sheet's top
(column widths, frozen panes, page setup) must be set before the first row, and everything about
its tail (the table, conditional formatting, charts, print area) before the workbook is saved;
`Sheet` keeps that order. A table is what screen readers and Excel's own tools understand as
data with headers (Section 508); its header cells must be unique, non-empty text. Times are local
wall-clock times at the venue (Excel has no time zones), with the zone in a column of its own.

User text is always a string cell: openpyxl would store "=HYPERLINK(...)" typed as an event title
as a live formula, so every str becomes a cell whose type is forced to text.
"""

from __future__ import annotations

import warnings
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
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

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


def page_setup(ws: Any) -> None:
    """Print as people expect: landscape, every column on one page width (as many pages down
    as needed), the header row repeated on every page."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "1"  # Letter
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = False
    ws.print_title_rows = "1:1"


def table_name(title: str) -> str:
    """A valid, readable Excel table name from a sheet's title ('Gaps' -> 'Gaps')."""
    name = "".join(ch if ch.isalnum() else "_" for ch in title).strip("_") or "Data"
    return name if name[0].isalpha() else f"T_{name}"


class Sheet:
    """A write-only sheet: header first, rows streamed, the table and print area at the end."""

    def __init__(self, book: Workbook, title: str, columns: Sequence[Column],
                 steps: Steps | None = None, freeze: str = "A2", *,
                 one_table: bool = True) -> None:
        self.ws = book.create_sheet(title)
        self.columns = list(columns)
        self.rows = 0
        self._steps = steps
        titles = [c.title for c in self.columns]
        if one_table and (any(not t for t in titles) or len(set(titles)) != len(titles)):
            raise ValueError(f"sheet {title!r}: header cells must be unique and not empty")
        for i, column in enumerate(self.columns, start=1):
            self.ws.column_dimensions[get_column_letter(i)].width = column.width
        self.ws.freeze_panes = freeze
        page_setup(self.ws)
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

    def finish(self, name: str | None = None) -> None:
        """Make the header and every row written a named Excel table (filter buttons, banded
        rows), and the print area."""
        add_table(self.ws, name or table_name(self.ws.title), 1, len(self.columns),
                  self.rows, [c.title for c in self.columns])
        self.ws.print_area = f"A1:{self.last_column}{self.rows + 1}"


def add_table(ws: Any, name: str, first_column: int, last_column: int, rows: int,
              headers: Sequence[str]) -> None:
    """A named table over a header row and `rows` data rows (an empty table keeps one blank
    row: Excel refuses a table of a header alone). A write-only sheet cannot read its header
    back, so the column names are given."""
    ref = (f"{get_column_letter(first_column)}1:"
           f"{get_column_letter(last_column)}{max(rows, 1) + 1}")
    table = Table(displayName=name, ref=ref, autoFilter=AutoFilter(ref=ref))
    table.tableColumns = [TableColumn(id=i, name=title) for i, title in enumerate(headers, 1)]
    table.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True,
                                          showColumnStripes=False)
    with warnings.catch_warnings():  # "add table columns manually": done above
        warnings.simplefilter("ignore", UserWarning)
        ws.add_table(table)


def new_book(title: str) -> Workbook:
    book = Workbook(write_only=True)
    book.properties.title = title
    book.properties.creator = "ConsularApp"
    return book


def chart_alt_text(chart: Any, text: str) -> None:
    """Give a chart its alternative text (what a screen reader says for the picture)."""
    chart.alt_text = text


def _alt_text_drawing() -> type:
    from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing

    class AltTextDrawing(SpreadsheetDrawing):
        """openpyxl writes no description for a chart's frame; this one writes each chart's
        `alt_text` as the frame's description (`descr`) and title."""

        # openpyxl's serialiser reads these from the class itself, not its bases.
        __elements__ = SpreadsheetDrawing.__elements__
        __attrs__ = SpreadsheetDrawing.__attrs__
        __nested__ = SpreadsheetDrawing.__nested__
        tagname = SpreadsheetDrawing.tagname

        def _chart_frame(self, idx: int) -> Any:
            frame = super()._chart_frame(idx)
            chart = self.charts[idx - 1]
            text = getattr(chart, "alt_text", "")
            if text:
                frame.nvGraphicFramePr.cNvPr.descr = ILLEGAL_CHARACTERS_RE.sub("", text)
                frame.nvGraphicFramePr.cNvPr.title = ILLEGAL_CHARACTERS_RE.sub(
                    "", str(getattr(chart, "alt_title", "") or text))[:255]
            return frame

    return AltTextDrawing


def _save(book: Workbook, path: Path) -> None:
    """Workbook.save, with charts' alternative text."""
    from zipfile import ZIP_DEFLATED, ZipFile

    from openpyxl.writer.excel import ExcelWriter

    drawing_class = _alt_text_drawing()

    class Writer(ExcelWriter):
        def write_worksheet(self, ws: Any) -> None:
            super().write_worksheet(ws)
            plain = ws._drawing
            ws._drawing = drawing_class()
            ws._drawing.charts, ws._drawing.images = plain.charts, plain.images

    import datetime

    if not book.worksheets:
        book.create_sheet()
    book.properties.modified = datetime.datetime.now(tz=datetime.UTC).replace(tzinfo=None)
    with ZipFile(path, "w", ZIP_DEFLATED, allowZip64=True) as archive:
        Writer(book, archive).save()


def save_book(book: Workbook, out: Path) -> Path:
    """Save (written aside, then moved into place)."""
    with atomic_file(out) as part:
        _save(book, part)
    return Path(out)
