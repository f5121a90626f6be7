"""Reading a workbook file into sheets of rows: the one place that touches the file's cells.

The interface is `read_sheets(path, warnings)` and `Sheet`, nothing else: for every known sheet
present, its header (which column holds which known column) and its non-blank rows, each cut
to the known columns, an error cell (#N/A...) as `cells.ExcelError`. Everything after this
works on those plain values, so a faster reader (a streaming XML parser, say) only has to
replace this module, and tests/test_workbook_robust.py and the fuzz test say whether it does.

Bounded in memory whatever the file holds: a cell far to the right (column XFD) on every row is
not expanded into 16,384 values per row, because rows are read only up to the last known column
and kept only as the known columns' values. A file that is not a workbook, or is damaged, is a
`WorkbookFileError` with one sentence, never a traceback; a sheet the workbook lists but whose
part is missing from the file is refused, not taken for an absent sheet.
"""

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from consularapp.errors import WorkbookFileError
from consularapp.i18n import _
from consularapp.validation import shown
from consularapp.workbook.cells import ExcelError, cell_text, header_key, is_blank
from consularapp.workbook.format import COLUMNS, EXCEL_ERRORS, SHEET_ORDER

MAX_WARNINGS = 50  # of one kind; then one line says how many more


@dataclass
class Sheet:
    """One known sheet: where its known columns are, and its non-blank rows."""

    name: str  # the canonical sheet name (spec), whatever case the file used
    index: dict[str, int]  # canonical column name -> position in each row's values
    rows: Sequence[tuple[int, tuple[Any, ...]]]  # (Excel row number, values), blank rows left out


def _why_unreadable(exc: BaseException) -> str:
    from openpyxl.utils.exceptions import InvalidFileException

    if isinstance(exc, zipfile.BadZipFile):
        return _("it is not an .xlsx workbook (not a zip archive: a text, CSV or old .xls file "
                 "renamed?)")
    if isinstance(exc, InvalidFileException):
        return _("it is not an .xlsx workbook ({reason})").format(reason=exc)
    if isinstance(exc, PermissionError):
        return _("permission denied (is it open in another program?)")
    if isinstance(exc, KeyError):
        return _("it is damaged or not an Excel workbook (a part of the workbook is missing)")
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    text = " ".join(str(exc).split())[:200] or type(exc).__name__
    return _("it is damaged or not an Excel workbook ({reason})").format(reason=text)


def _open(path: Path) -> tuple[Any, list[Any], list[str]]:
    """The read-only book, its worksheets, and the names of sheets it lists whose part is
    missing (openpyxl would leave those out without a word)."""
    from openpyxl.reader.excel import ExcelReader
    from openpyxl.styles.stylesheet import apply_stylesheet
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

    class Worksheet(ReadOnlyWorksheet):  # type: ignore[misc]
        """Opened without parsing it whole to find its size (openpyxl does when a file gives
        none, as write-only exports do): its rows are read to their end anyway."""

        def _get_size(self) -> None:
            return None

    reader = ExcelReader(str(path), read_only=True, data_only=True)
    reader.read_manifest()
    reader.read_strings()
    reader.read_workbook()
    apply_stylesheet(reader.archive, reader.wb)  # number formats tell dates from numbers
    sheets: list[Any] = []
    missing: list[str] = []
    for sheet, rel in reader.parser.find_sheets():
        if rel.target not in reader.valid_files:
            missing.append(sheet.name)
        elif "chartsheet" not in rel.Type:
            sheets.append(Worksheet(reader.wb, sheet.name, rel.target, reader.shared_strings))
    return reader.wb, sheets, missing


def read_sheets(path: Path, warnings: list[str]) -> dict[str, Sheet]:
    """Every known sheet's header and non-blank rows; WorkbookFileError if it is no workbook."""
    if not path.exists():
        raise WorkbookFileError(_("Cannot read {path}: no such file").format(path=path))
    if path.is_dir():
        raise WorkbookFileError(
            _("Cannot read {path}: it is a folder, not a workbook").format(path=path))
    try:
        if path.stat().st_size == 0:
            raise WorkbookFileError(_("Cannot read {path}: the file is empty").format(path=path))
        book, worksheets, missing = _open(path)
    except WorkbookFileError:
        raise
    except Exception as exc:  # any parser failure is "not a workbook", never a traceback
        raise WorkbookFileError(_("Cannot read {path}: {reason}").format(
            path=path, reason=_why_unreadable(exc))) from exc
    known = {name.lower(): name for name in SHEET_ORDER}
    lost = [name for name in missing if name.strip().lower() in known]
    if lost:
        book.close()
        raise WorkbookFileError(_(
            "Cannot read {path}: it is damaged: the sheet {sheet} is listed but its content is "
            "missing from the file; nothing was imported").format(
                path=path, sheet=", ".join(repr(n) for n in lost)))
    for name in missing:
        warnings.append(_("Sheet {sheet} is listed but its content is missing from the file; "
                          "it was ignored").format(sheet=shown(name)))
    sheets: dict[str, Sheet] = {}
    current = ""
    try:
        for ws in worksheets:
            current = ws.title
            name = known.get(ws.title.strip().lower())
            if name is None:
                warnings.append(_("Sheet {sheet} is not known and was ignored").format(
                    sheet=shown(ws.title)))
                continue
            if name in sheets:
                warnings.append(_("Sheet {sheet} repeats sheet {name} and was ignored").format(
                    sheet=shown(ws.title), name=repr(name)))
                continue
            sheet = _read_sheet(ws, name, warnings)
            if sheet is not None:
                sheets[name] = sheet
    except Exception as exc:
        raise WorkbookFileError(_("Cannot read sheet {sheet} of {path}: {reason}").format(
            sheet=shown(current), path=path, reason=_why_unreadable(exc))) from exc
    finally:
        book.close()
    return sheets


def _read_sheet(ws: Any, name: str, warnings: list[str]) -> Sheet | None:
    # Some writers leave a wrong dimension; read-only mode would trust it and cut rows.
    ws.reset_dimensions()
    header = next(ws.iter_rows(min_row=1, max_row=1, values_only=True), None)
    if header is None or all(is_blank(v) for v in header):
        return None  # an empty sheet is as good as an absent one
    positions = _match_header(name, header, warnings)  # column -> 0-based position in the file
    index = {col: i for i, col in enumerate(positions)}
    wanted = list(positions.values())
    rows: list[tuple[int, tuple[Any, ...]]] = []
    suspects: dict[int, list[int]] = {}  # row number -> positions holding an error's text
    if wanted:
        last = max(wanted) + 1
        for number, values in enumerate(
                ws.iter_rows(min_row=2, max_col=last, values_only=True), start=2):
            kept = tuple(values[i] if i < len(values) else None for i in wanted)
            if all(is_blank(v) for v in kept):
                continue
            for i, value in enumerate(kept):
                if isinstance(value, str) and value in EXCEL_ERRORS:
                    suspects.setdefault(number, []).append(i)
            rows.append((number, kept))
    if suspects:
        rows = _mark_errors(ws, rows, suspects, wanted)
    return Sheet(name, index, rows)


def _mark_errors(ws: Any, rows: list[tuple[int, tuple[Any, ...]]],
                 suspects: dict[int, list[int]], wanted: list[int]
                 ) -> list[tuple[int, tuple[Any, ...]]]:
    """Replace the values of error cells (#N/A...) by ExcelError; text '#N/A' stays text.

    Only a sheet with such text is read a second time, cell by cell, and only its rows that
    hold some.
    """
    errors: set[tuple[int, int]] = set()
    first, last = min(suspects), max(suspects)
    for number, cells in enumerate(ws.iter_rows(min_row=first, max_row=last,
                                                max_col=max(wanted) + 1), start=first):
        for i in suspects.get(number, ()):
            position = wanted[i]
            if position < len(cells) and getattr(cells[position], "data_type", "") == "e":
                errors.add((number, i))
    if not errors:
        return rows
    return [
        (number, tuple(ExcelError(v) if (number, i) in errors else v
                       for i, v in enumerate(values)))
        if number in suspects else (number, values)
        for number, values in rows
    ]


def _match_header(sheet: str, header: tuple[Any, ...], warnings: list[str]) -> dict[str, int]:
    wanted = {col.lower(): col for col in COLUMNS[sheet]}
    positions: dict[str, int] = {}
    unknown = 0
    for i, cell in enumerate(header):
        key = header_key(cell)
        if not key:
            continue
        col = wanted.get(key)
        if col is None:
            unknown += 1
            if unknown <= MAX_WARNINGS:
                warnings.append(_("{sheet}: column {column} is not known and was ignored").format(
                    sheet=sheet, column=shown(cell_text(cell))))
        elif col in positions:
            warnings.append(_("{sheet}: column {column} appears twice; the first one was "
                              "used").format(sheet=sheet, column=repr(col)))
        else:
            positions[col] = i
    if unknown > MAX_WARNINGS:
        warnings.append(_("{sheet}: {count:,} more unknown columns were ignored").format(
            sheet=sheet, count=unknown - MAX_WARNINGS))
    return positions
