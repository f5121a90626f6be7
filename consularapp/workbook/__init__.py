"""The exchange workbook (shared/spec/workbook.md): import and export of everything as one .xlsx.

The workbook is how users move whole offices' records in and out and edit them in Excel, so an
export followed by an import must reproduce the database exactly, and an import must either write
everything or nothing. It is also the national-scale path (tens of thousands of events and
assignments), so existing records are loaded with one query per table, rows are checked in
memory, and writes are bulk statements, never one query per row.

The package, by responsibility:

* format.py -- the sheets, their columns, which field each column fills;
* reading.py -- the file into sheets of rows (the one place that reads cells from the file);
* cells.py -- a cell as text, a date, a date-time or a number, with located problems;
* offices.py, consulates.py, people.py, agreements.py, campaigns.py, events.py,
  assignments.py -- one reader per sheet: cells to a proposed record, judged by that record's
  rule (the same `check_*` the editors use);
* importer.py -- the import as a whole: the database's records, the sheets in order, all or
  nothing; writing.py -- what the rules accepted, written in bulk;
* export.py -- everything as the workbook.
"""

from __future__ import annotations

from consularapp.workbook.export import export_workbook
from consularapp.workbook.format import SHEET_ORDER, SHEETS
from consularapp.workbook.importer import ImportResult, import_workbook

__all__ = ["SHEETS", "SHEET_ORDER", "ImportResult", "export_workbook", "import_workbook"]
