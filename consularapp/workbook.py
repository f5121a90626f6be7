"""The exchange workbook (shared/spec/workbook.md): import and export of everything as one .xlsx.

The workbook is how users move whole offices' records in and out and edit them in Excel, so an
export followed by an import must reproduce the database exactly, and an import must either write
everything or nothing. It is also the national-scale path (tens of thousands of events and
assignments), so existing records are loaded with one query per table, rows are checked in
memory, and writes are bulk statements, never one query per row.

Decisions beyond the spec:

* People: one row per *membership*. A Person ID may appear on several rows (their history of
  organizations); Name, Languages, Email and Phone must be the same on all of a person's rows.
  Title, Organization ID, Active from and Active to belong to the membership. When a person
  appears in the file, the file's memberships *replace* the stored ones (the export writes all of
  them, so export, edit, import is exact). Periods of one person must not overlap. A person with
  no membership is exported as one row with a blank Organization ID, and import accepts a blank
  Organization ID only on a person's single row (with no Title or dates), meaning "no
  organization".
* Offices and consulates share one ID namespace, because a person's Organization ID names either.
* Agencies: an unknown code creates the agency, named by "Agency name" or else the code; a given
  "Agency name" that differs from a known agency's name renames it. Rows naming one agency must
  not give it two different names.
* Choices (Office type, consulate Type, Kind, State, Format, Status, Role) match ignoring case and
  are stored in their canonical spelling.
* Agreements: "Office IDs" and "Consulate IDs" replace the agreement's parties. With Expires on
  blank and Term months given, the stored expiry stays blank and the term is kept (the expiry in
  force is computed from them); when both are given they must agree. "Renews" may name an
  agreement defined anywhere in the sheet, never the agreement itself, and renewals may not form
  a loop.
* Campaigns: a blank Starts on / Ends on keeps a stored campaign's date, and gives a new campaign
  Labor Rights Week's default date. An Events row whose Year has no campaign creates one with the
  default dates.
* Events: when a stored event's start, end, time zone, venue, address or status changes, its
  `sequence` rises by one (calendar clients need it); other edits (a title typo) leave it alone.
* Assignments: matched on (Event ID, Person ID, shift start); a match is updated, anything else
  is created -- except that a person's one unmatched row and one unmatched stored assignment on
  the same event are taken as the same shift, moved (its sequence rises). Assignments not in
  the file are kept: import never deletes events or assignments.
* A record counts as updated only when a value actually differs, so re-importing an export reports
  "nothing changed". Updated reference records are marked `edited` so the reference loader leaves
  them alone.
* A dry run performs the whole import inside the transaction and rolls it back: it checks exactly
  what a real import checks (database constraints included) and reports the same changes.
* Change IDs for memberships and assignments are their database row IDs as text.
"""

from __future__ import annotations

import io
import itertools
import os
import re
import zipfile
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import and_, bindparam, delete, func, insert, select, update
from sqlalchemy.orm import Session

from consularapp.changes import (
    AGENCY,
    AGREEMENT,
    ASSIGNMENT,
    CREATED,
    DELETED,
    EVENT,
    MEMBERSHIP,
    PERSON,
    UPDATED,
    Change,
)
from consularapp.db import Database
from consularapp.errors import (
    CancelledError,
    InputError,
    Problem,
    WorkbookFileError,
    WriteConflictError,
)
from consularapp.i18n import _ as _t
from consularapp.models import (
    Agency,
    Agreement,
    AgreementKind,
    AgreementState,
    Assignment,
    Campaign,
    Consulate,
    ConsulateType,
    Event,
    EventFormat,
    EventStatus,
    Membership,
    Office,
    OfficeType,
    Person,
    Role,
    agreement_consulate,
    agreement_office,
    event_office,
)
from consularapp.timeutil import add_months, local_to_utc, lrw_default_week, now_utc, utc_to_local
from consularapp.validation import (
    check_choice,
    check_country,
    check_email,
    check_id,
    check_state,
    check_zone,
    join_list,
    split_list,
)
from consularapp.writes import Write, write

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]

# --- the format ---------------------------------------------------------------------------------

# Sheet -> (column, required), in the spec's order: import reads sheets in this order, export
# writes columns in this order.
SHEETS: dict[str, tuple[tuple[str, bool], ...]] = {
    "Offices": (
        ("Office ID", True), ("Agency", True), ("Agency name", False), ("Name", True),
        ("Office type", True), ("Region", False), ("City", True), ("State", True),
        ("Time zone", True), ("Address", False), ("Phone", False), ("Email", False),
    ),
    "Consulates": (
        ("Consulate ID", True), ("Country", True), ("City", True), ("State", True),
        ("Type", False), ("Time zone", True), ("Address", False), ("Phone", False),
        ("Email", False), ("Jurisdiction", False),
    ),
    "People": (
        ("Person ID", True), ("Name", True), ("Organization ID", True), ("Title", False),
        ("Languages", False), ("Email", False), ("Phone", False), ("Active from", False),
        ("Active to", False),
    ),
    "Agreements": (
        ("Agreement ID", True), ("Kind", True), ("Office IDs", True), ("Consulate IDs", True),
        ("State", True), ("Signed on", False), ("Effective on", False), ("Term months", False),
        ("Expires on", False), ("Terminated on", False), ("Renews", False),
        ("US signatory", False), ("Consular signatory", False), ("Document", False),
        ("Notes", False),
    ),
    "Campaigns": (
        ("Year", True), ("Starts on", False), ("Ends on", False), ("Theme", False),
        ("Theme (Spanish)", False),
    ),
    "Events": (
        ("Event ID", True), ("Year", True), ("Title", True), ("Title (Spanish)", False),
        ("Format", True), ("Starts", True), ("Ends", True), ("Time zone", True),
        ("Venue", True), ("Address", False), ("Host consulate ID", False),
        ("Office IDs", False), ("Languages", False), ("Topics", False),
        ("Staff needed", False), ("Languages needed", False), ("Status", True),
        ("Notes", False),
    ),
    "Assignments": (
        ("Event ID", True), ("Person ID", True), ("Role", True), ("Starts", False),
        ("Ends", False), ("Notes", False),
    ),
}
# Each record's version, written by export in a hidden last column: an import of that workbook
# reports (does not overwrite) a row whose record someone changed since (team mode).
VERSION_COLUMN = "Version"
# Sheet -> (table, column of the record's ID) of the sheets whose rows carry a version.
VERSIONED_SHEETS: dict[str, tuple[str, str]] = {
    "Offices": ("office", "Office ID"), "Consulates": ("consulate", "Consulate ID"),
    "People": ("person", "Person ID"), "Agreements": ("agreement", "Agreement ID"),
    "Campaigns": ("campaign", "Year"), "Events": ("event", "Event ID"),
}
for _sheet in VERSIONED_SHEETS:
    SHEETS[_sheet] = (*SHEETS[_sheet], (VERSION_COLUMN, False))
SHEET_ORDER = tuple(SHEETS)

_WIDTHS = {
    "Name": 36, "Title": 40, "Title (Spanish)": 40, "Venue": 36, "Address": 36, "Notes": 40,
    "Theme": 36, "Theme (Spanish)": 36, "Jurisdiction": 36, "Document": 36, "Kind": 34,
    "Email": 28, "Agency name": 30, "Office IDs": 26, "Consulate IDs": 26, "Topics": 30,
    "Time zone": 20, "Starts": 17, "Ends": 17, "Languages": 22, "Languages needed": 22,
}
_DATE_FORMAT = "yyyy-mm-dd"
_DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
_DATE_RE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DATETIME_RE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?")
_AGENCY_RE = re.compile(r"[A-Za-z0-9_.\-]{1,16}")
_PROGRESS_EVERY = 1000
_BATCH = 5000

# Fields compared to decide whether a stored record changed (sheet columns only).
_OFFICE_FIELDS = ("agency_code", "name", "office_type", "region", "city", "state", "time_zone",
                  "address", "phone", "email")
_CONSULATE_FIELDS = ("country_code", "city", "state", "consulate_type", "time_zone", "address",
                     "phone", "email", "jurisdiction")
_PERSON_FIELDS = ("name", "languages", "email", "phone")
_AGREEMENT_FIELDS = ("kind", "state", "signed_on", "effective_on", "term_months", "expires_on",
                     "terminated_on", "renews_id", "us_signatory_id", "consular_signatory_id",
                     "document", "notes")
_CAMPAIGN_FIELDS = ("starts_on", "ends_on", "theme_en", "theme_es")
_EVENT_FIELDS = ("year", "title", "title_es", "format", "starts_at", "ends_at", "time_zone",
                 "venue", "address", "host_consulate_id", "languages", "topics", "staff_needed",
                 "languages_needed", "status", "notes")
# A change to any of these is a change calendar clients must see: SEQUENCE rises.
_SEQUENCE_FIELDS = ("starts_at", "ends_at", "time_zone", "venue", "address", "status")
_ASSIGNMENT_FIELDS = ("role", "ends_at", "notes")


# Optional columns and the field each fills. A column left out of a sheet keeps what the database
# holds for records that exist (a sheet of only the required columns edits those and erases
# nothing); a blank cell in a column that is there does clear the value.
_OPTIONAL_COLUMNS: dict[str, dict[str, str]] = {
    "Offices": {"region": "Region", "address": "Address", "phone": "Phone", "email": "Email"},
    "Consulates": {"consulate_type": "Type", "address": "Address", "phone": "Phone",
                   "email": "Email", "jurisdiction": "Jurisdiction"},
    "People": {"languages": "Languages", "email": "Email", "phone": "Phone"},
    "Memberships": {"title": "Title", "active_from": "Active from", "active_to": "Active to"},
    "Agreements": {"signed_on": "Signed on", "effective_on": "Effective on",
                   "term_months": "Term months", "expires_on": "Expires on",
                   "terminated_on": "Terminated on", "renews_id": "Renews",
                   "us_signatory_id": "US signatory",
                   "consular_signatory_id": "Consular signatory", "document": "Document",
                   "notes": "Notes"},
    "Campaigns": {"theme_en": "Theme", "theme_es": "Theme (Spanish)"},
    "Events": {"title_es": "Title (Spanish)", "address": "Address",
               "host_consulate_id": "Host consulate ID", "languages": "Languages",
               "topics": "Topics", "staff_needed": "Staff needed",
               "languages_needed": "Languages needed", "notes": "Notes"},
}


def _keep_absent(sheet: str, row: _Row, record: dict[str, Any],
                 stored: dict[str, Any] | None) -> None:
    """Fill the fields of columns the sheet leaves out from the stored record."""
    if stored is None:
        return
    for name, column in _OPTIONAL_COLUMNS[sheet].items():
        if not row.has(column) and name in stored:
            record[name] = stored[name]


def _overlap(a: tuple[datetime, datetime], b: tuple[datetime, datetime]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _limit(column: Any) -> int:
    return int(column.type.length)


# Text columns whose database column has a length limit (PostgreSQL enforces it; SQLite would
# not), checked on import so a long value is a located problem, not a failed transaction.
_LIMITS: dict[str, dict[str, int]] = {
    "Offices": {"Agency name": _limit(Agency.name), "Name": _limit(Office.name),
                "Region": _limit(Office.region), "City": _limit(Office.city),
                "Phone": _limit(Office.phone), "Email": _limit(Office.email)},
    "Consulates": {"City": _limit(Consulate.city), "Phone": _limit(Consulate.phone),
                   "Email": _limit(Consulate.email)},
    "People": {"Name": _limit(Person.name), "Title": _limit(Membership.title),
               "Email": _limit(Person.email), "Phone": _limit(Person.phone)},
}

_LABELS = (
    ("agency", "Agencies"), ("office", "Offices"), ("consulate", "Consulates"),
    ("person", "People"), ("membership", "Memberships"), ("agreement", "Agreements"),
    ("campaign", "Campaigns"), ("event", "Events"), ("assignment", "Assignments"),
)


@dataclass
class ImportResult:
    """What an import changed (or, for a dry run, would change), and what it ignored."""

    change: Change
    warnings: list[str] = field(default_factory=list)
    dry_run: bool = False

    def summary(self) -> str:
        """One line per table that changed ('Offices: 3 created'), else 'nothing changed'."""
        lines = []
        for table, label in _LABELS:
            parts = [
                f"{n} {what}"
                for what in ("created", "updated", "deleted")
                if (n := self.change.count(what, table))
            ]
            if parts:
                lines.append(f"{label}: {', '.join(parts)}")
        return "\n".join(lines) if lines else "nothing changed"


# --- reading cells ------------------------------------------------------------------------------


def _cell_text(value: object) -> str:
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


def _is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _header_key(text: object) -> str:
    return " ".join(_cell_text(text).split()).lower()


@dataclass
class _Sheet:
    name: str
    index: dict[str, int]  # canonical column name -> position in the row
    rows: list[tuple[int, tuple[Any, ...]]]  # (Excel row number, values), blank rows left out


class _Row:
    """One data row: typed getters that record a located problem instead of raising."""

    __slots__ = ("bad", "imp", "number", "sheet", "values")

    def __init__(self, imp: _Importer, sheet: _Sheet, number: int, values: tuple[Any, ...]):
        self.imp = imp
        self.sheet = sheet
        self.number = number
        self.values = values
        self.bad = False

    # plumbing
    def has(self, col: str) -> bool:
        return col in self.sheet.index

    def raw(self, col: str) -> Any:
        i = self.sheet.index.get(col)
        if i is None or i >= len(self.values):
            return None
        return self.values[i]

    def fail(self, col: str, message: str) -> None:
        self.bad = True
        self.imp.problem(self.sheet.name, self.number, col, message)

    def _checked(self, col: str, check: Callable[..., Any], *args: Any) -> Any:
        try:
            return check(*args)
        except ValueError as exc:
            self.fail(col, str(exc))
            return None

    # values
    def text(self, col: str) -> str:
        return _cell_text(self.raw(col))

    def opt(self, col: str) -> str | None:
        return self.text(col) or None

    def required(self, col: str) -> str | None:
        """The text of a required cell; a blank is a problem (unless the whole column is missing,
        which was reported once on row 1)."""
        text = self.text(col)
        if not text:
            if self.has(col):
                self.fail(col, "a value is required")
            return None
        return text

    def ident(self, col: str) -> str | None:
        if self.required(col) is None:
            return None
        return self._checked(col, check_id, self.text(col))

    def choice(self, col: str, choices: Iterable[str], what: str, *, required: bool = True
               ) -> str | None:
        text = self.required(col) if required else self.opt(col)
        if text is None:
            return None
        return self._checked(col, check_choice, text, [str(c) for c in choices], what)

    def check(self, col: str, check: Callable[[object], Any], *, required: bool = True) -> Any:
        text = self.required(col) if required else self.opt(col)
        if text is None:
            return None
        return self._checked(col, check, text)

    def items(self, col: str) -> list[str]:
        return split_list(self.text(col))

    def whole(self, col: str, minimum: int = 0, maximum: int | None = None, *,
              required: bool = False) -> int | None:
        value = self.raw(col)
        if _is_blank(value):
            if required and self.has(col):
                self.fail(col, "a value is required")
            return None
        number: int | None = None
        if isinstance(value, int) and not isinstance(value, bool):
            number = value
        elif isinstance(value, float) and value.is_integer():
            number = int(value)
        elif isinstance(value, str) and re.fullmatch(r"[+-]?\d+", value.strip()):
            number = int(value.strip())
        if number is None:
            self.fail(col, f"{_cell_text(value)!r} is not a whole number")
            return None
        if number < minimum or (maximum is not None and number > maximum):
            limit = f"from {minimum} to {maximum}" if maximum is not None else f"{minimum} or more"
            self.fail(col, f"{number} is out of range: give a whole number {limit}")
            return None
        return number

    def day(self, col: str, *, required: bool = False) -> date | None:
        """A date cell or text YYYY-MM-DD."""
        value = self.raw(col)
        if _is_blank(value):
            if required and self.has(col):
                self.fail(col, "a date is required")
            return None
        if isinstance(value, datetime):
            if value.time() != time(0):
                self.fail(col, f"{_cell_text(value)} has a time of day; give a date only")
                return None
            return value.date()
        if isinstance(value, date):
            return value
        text = _cell_text(value)
        match = _DATE_RE.fullmatch(text)
        if match:
            try:
                return date(*(int(g) for g in match.groups()))
            except ValueError:
                self.fail(col, f"{text!r} is not a real date")
                return None
        self.fail(col, f"{text!r} is not a date (use a date cell or YYYY-MM-DD)")
        return None

    def wall_clock(self, col: str, *, required: bool = False) -> datetime | None:
        """A naive local date-time: a date-time cell or text YYYY-MM-DD HH:MM."""
        value = self.raw(col)
        if _is_blank(value):
            if required and self.has(col):
                self.fail(col, "a date and time is required")
            return None
        if isinstance(value, datetime):
            wall = value.replace(tzinfo=None)
            # Excel keeps times as fractions of a day: round off the float noise.
            if wall.microsecond:
                wall = wall.replace(microsecond=0) + timedelta(
                    seconds=1 if wall.microsecond >= 500_000 else 0)
            return wall
        if isinstance(value, date):
            return datetime.combine(value, time(0))
        text = _cell_text(value)
        match = _DATETIME_RE.fullmatch(text)
        if match:
            try:
                return datetime(*(int(g or 0) for g in match.groups()))
            except ValueError:
                self.fail(col, f"{text!r} is not a real date and time")
                return None
        self.fail(col, f"{text!r} is not a date and time (use a date-time cell or "
                       "YYYY-MM-DD HH:MM)")
        return None


# --- opening the file ---------------------------------------------------------------------------


def _why_unreadable(exc: BaseException) -> str:
    from openpyxl.utils.exceptions import InvalidFileException

    if isinstance(exc, zipfile.BadZipFile):
        return ("it is not an .xlsx workbook (not a zip archive: a text, CSV or old .xls file "
                "renamed?)")
    if isinstance(exc, InvalidFileException):
        return f"it is not an .xlsx workbook ({exc})"
    if isinstance(exc, PermissionError):
        return "permission denied (is it open in another program?)"
    if isinstance(exc, KeyError):
        return "it is damaged or not an Excel workbook (a part of the workbook is missing)"
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    text = " ".join(str(exc).split()) or type(exc).__name__
    return f"it is damaged or not an Excel workbook ({text})"


def _read_workbook(path: Path, warnings: list[str]) -> dict[str, _Sheet]:
    """Every known sheet's header and non-blank rows; WorkbookFileError if it is no workbook."""
    import openpyxl

    if not path.exists():
        raise WorkbookFileError(f"Cannot read {path}: no such file")
    if path.is_dir():
        raise WorkbookFileError(f"Cannot read {path}: it is a folder, not a workbook")
    try:
        if path.stat().st_size == 0:
            raise WorkbookFileError(f"Cannot read {path}: the file is empty")
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except WorkbookFileError:
        raise
    except Exception as exc:  # any parser failure is "not a workbook", never a traceback
        raise WorkbookFileError(f"Cannot read {path}: {_why_unreadable(exc)}") from exc
    sheets: dict[str, _Sheet] = {}
    known = {name.lower(): name for name in SHEET_ORDER}
    current = ""
    try:
        for ws in book.worksheets:
            current = ws.title
            name = known.get(ws.title.strip().lower())
            if name is None:
                warnings.append(f"Sheet {ws.title!r} is not known and was ignored")
                continue
            if name in sheets:
                warnings.append(f"Sheet {ws.title!r} repeats sheet {name!r} and was ignored")
                continue
            # Some writers leave a wrong dimension; read-only mode would trust it and cut rows.
            ws.reset_dimensions()
            rows = ws.iter_rows(values_only=True)
            header = next(rows, None)
            if header is None or all(_is_blank(v) for v in header):
                continue  # an empty sheet is as good as an absent one
            sheets[name] = _Sheet(name, _match_header(name, header, warnings), [
                (number, values)
                for number, values in enumerate(rows, start=2)
                if not all(_is_blank(v) for v in values)
            ])
    except Exception as exc:
        raise WorkbookFileError(
            f"Cannot read sheet {current!r} of {path}: {_why_unreadable(exc)}") from exc
    finally:
        book.close()
    return sheets


def _match_header(sheet: str, header: tuple[Any, ...], warnings: list[str]) -> dict[str, int]:
    wanted = {col.lower(): col for col, _ in SHEETS[sheet]}
    index: dict[str, int] = {}
    for i, cell in enumerate(header):
        key = _header_key(cell)
        if not key:
            continue
        col = wanted.get(key)
        if col is None:
            warnings.append(f"{sheet}: column {_cell_text(cell)!r} is not known and was ignored")
        elif col in index:
            warnings.append(f"{sheet}: column {col!r} appears twice; the first one was used")
        else:
            index[col] = i
    return index


# --- import -------------------------------------------------------------------------------------


def import_workbook(
    db: Database,
    path: str | Path,
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    overwrite: bool = False,
) -> ImportResult:
    """Read the exchange workbook at `path` into `db`, all or nothing.

    Raises WorkbookFileError if the file is not a workbook, InputError with every problem if any
    row is wrong, CancelledError if `cancelled()` turns true. Nothing is written in those cases,
    nor when `dry_run` is set.
    """
    path = Path(path)
    report: Progress = progress or (lambda done, total, message: None)
    stop: Cancelled = cancelled or (lambda: False)
    warnings: list[str] = []
    report(0, 0, f"Reading {path.name}")
    sheets = _read_workbook(path, warnings)
    if stop():
        raise CancelledError("Import cancelled; nothing was changed")
    with write(db, dry_run=dry_run, operation="import") as w:
        importer = _Importer(w, sheets, report, stop)
        importer.overwrite, importer.warnings = overwrite, warnings
        importer.check()
        importer.drop_stale()
        change = importer.write()
    report(importer.total, importer.total, "Import checked" if dry_run else "Import done")
    return ImportResult(change=change, warnings=warnings, dry_run=dry_run)


def _membership_key(m: dict[str, Any]) -> tuple[Any, ...]:
    return (m["active_from"] or date.min, m["active_to"] or date.max, m["office_id"] or "",
            m["consulate_id"] or "", m["title"] or "")


class _Importer:
    """Checks every sheet against the database and the file, then writes in bulk."""

    def __init__(self, w: Write, sheets: dict[str, _Sheet], report: Progress,
                 stop: Cancelled) -> None:
        self.w = w
        self.s = w.session
        self.sheets = sheets
        self.report = report
        self.stop = stop
        self.problems: list[tuple[tuple[int, int, int], Problem]] = []
        self.change = w.change
        # table -> record ID -> (sheet, row, version) as the workbook was exported
        self.exported_versions: dict[str, dict[Any, tuple[str, int, int]]] = {}
        self.overwrite = False
        self.warnings: list[str] = []
        rows = sum(len(sheet.rows) for sheet in sheets.values())
        self.write_steps = 7  # one step() per table written
        self.total = rows + self.write_steps
        self.done = 0
        # What the file defines: ID -> row (every row with a valid ID, for references), and
        # ID -> clean values (rows without problems, for writing).
        self.office_rows: dict[str, int] = {}
        self.consulate_rows: dict[str, int] = {}
        self.person_rows: dict[str, int] = {}
        self.agreement_rows: dict[str, int] = {}
        self.event_rows: dict[str, int] = {}
        self.agencies: dict[str, dict[str, Any]] = {}  # code -> {"name", "row"}
        self.offices: dict[str, dict[str, Any]] = {}
        self.consulates: dict[str, dict[str, Any]] = {}
        self.people: dict[str, dict[str, Any]] = {}
        self.memberships: dict[str, list[dict[str, Any]]] = {}
        self.agreements: dict[str, dict[str, Any]] = {}
        self.agreement_parties: dict[str, tuple[set[str], set[str]]] = {}
        self.campaigns: dict[int, dict[str, Any]] = {}
        self.events: dict[str, dict[str, Any]] = {}
        self.event_offices: dict[str, set[str]] = {}
        self.assignments: dict[tuple[str, str, datetime | None], dict[str, Any]] = {}
        self.campaign_years: set[int] = set()  # every year on the Campaigns sheet

    # --- bookkeeping ---

    def problem(self, sheet: str, row: int, col: str, message: str) -> None:
        columns = [c for c, _ in SHEETS[sheet]]
        key = (SHEET_ORDER.index(sheet), row, columns.index(col) if col in columns else 99)
        self.problems.append((key, Problem(f"{sheet}, row {row}, {col}", message)))

    def tick(self, message: str) -> None:
        self.done += 1
        if self.done % _PROGRESS_EVERY == 0:
            if self.stop():
                raise CancelledError("Import cancelled; nothing was changed")
            self.report(min(self.done, self.total), self.total, message)

    def rows(self, name: str) -> Iterator[_Row]:
        sheet = self.sheets.get(name)
        if sheet is None:
            return
        for col, required in SHEETS[name]:
            if required and col not in sheet.index:
                self.problem(name, 1, col, "required column is missing")
        self.report(self.done, self.total, f"Checking {name}")
        if self.stop():
            raise CancelledError("Import cancelled; nothing was changed")
        limits = _LIMITS.get(name, {})
        versioned = VERSIONED_SHEETS.get(name)
        for number, values in sheet.rows:
            row = _Row(self, sheet, number, values)
            for col, most in limits.items():
                length = len(row.text(col))
                if length > most:
                    row.fail(col, f"is {length} characters long; at most {most} fit")
            if versioned is not None and row.has(VERSION_COLUMN):
                self.note_version(name, versioned, row)
            yield row
            self.tick(f"Checking {name}")

    def note_version(self, sheet: str, versioned: tuple[str, str], row: _Row) -> None:
        """The version the row's record had when the workbook was exported (first row wins)."""
        table, column = versioned
        raw, ident = row.raw(VERSION_COLUMN), row.text(column)
        if _is_blank(raw) or not ident:
            return
        try:
            version = int(str(raw).strip().split(".")[0])
        except ValueError:
            row.fail(VERSION_COLUMN, "is not the version export wrote; leave it as it was")
            return
        key = int(ident) if table == "campaign" and ident.isdigit() else ident
        self.exported_versions.setdefault(table, {}).setdefault(key, (sheet, row.number,
                                                                      version))

    def deleted_here(self, table: str, ident: str) -> bool:
        """True if the history says this record was deleted from this database."""
        from consularapp.models import History

        return self.s.scalar(select(func.count()).select_from(History).where(
            History.table_name == table, History.record_id == ident,
            History.action == DELETED)) > 0

    def keep_stored(self, table: str, ident: Any, stored: dict[str, Any] | None) -> None:
        """Leave one record as the database has it: the file's values for it (and its parts)
        give way to the stored ones, so nothing of it is written; one deleted since stays
        deleted, with the file's parts of it."""
        records = {"office": self.offices, "consulate": self.consulates, "person": self.people,
                   "agreement": self.agreements, "campaign": self.campaigns,
                   "event": self.events}[table]
        parts = {"person": (self.memberships, self.db_memberships),
                 "agreement": (self.agreement_parties, self.db_agreement_parties),
                 "event": (self.event_offices, self.db_event_offices)}.get(table)
        if stored is None:
            records.pop(ident, None)
            if parts is not None:
                parts[0].pop(ident, None)
            if table == "event":
                for key in [k for k, a in self.assignments.items() if a["event_id"] == ident]:
                    del self.assignments[key]
            return
        records[ident] = dict(stored)
        if parts is not None and ident in parts[0]:
            kept = parts[1].get(ident)
            if kept is None:
                del parts[0][ident]
            else:
                parts[0][ident] = ([dict(m) for m in kept] if table == "person"
                                   else kept if table == "agreement" else set(kept))

    def drop_stale(self) -> None:
        """Rows whose record changed (or went) since the workbook was exported are reported
        and left out, unless the import overwrites knowingly."""
        from consularapp.versioning import last_change, when_text

        incoming = {"office": (self.offices, self.db_offices),
                    "consulate": (self.consulates, self.db_consulates),
                    "person": (self.people, self.db_people),
                    "agreement": (self.agreements, self.db_agreements),
                    "campaign": (self.campaigns, self.db_campaigns),
                    "event": (self.events, self.db_events)}
        for table, exported in self.exported_versions.items():
            records, stored = incoming[table]
            for ident, (sheet, number, version) in exported.items():
                if ident not in records:
                    continue
                now = stored.get(ident)
                current = None if now is None else now.get("version")
                if current == version:
                    continue
                if now is None and not self.deleted_here(table, str(ident)):
                    continue  # never in this database (a workbook from another): created
                found = last_change(self.s, table, str(ident),
                                    after_version=None if now is None else version)
                who = _t("{who} {when}").format(who=found[0], when=when_text(found[1])) \
                    if found else _t("someone")
                if now is None:
                    said = _t("{sheet}, row {row}: {id} was deleted by {who} since this "
                              "workbook was exported")
                else:
                    said = _t("{sheet}, row {row}: {id} was changed by {who} since this "
                              "workbook was exported")
                said = said.format(sheet=sheet, row=number, id=ident, who=who)
                if self.overwrite:
                    self.warnings.append(said + _t("; overwritten, as --overwrite asked"))
                    if now is not None:
                        self.read_versions.setdefault(table, {})[ident] = current
                    continue
                self.warnings.append(said + _t("; not imported (export again, or import "
                                               "with --overwrite to apply it anyway)"))
                self.keep_stored(table, ident, now)

    def new_id(self, row: _Row, col: str, seen: dict[str, int]) -> str | None:
        """The row's ID, refused if an earlier row of the sheet already has it."""
        ident = row.ident(col)
        if ident is None:
            return None
        if ident in seen:
            row.fail(col, f"{ident!r} is already on row {seen[ident]}")
            return None
        seen[ident] = row.number
        return ident

    # --- the database as it is ---

    def load(self) -> None:
        """Every stored record the sheets can touch, one query per table."""
        s = self.s

        def table(model: Any, key: str) -> dict[Any, dict[str, Any]]:
            return {r[key]: dict(r) for r in s.execute(select(model.__table__)).mappings()}

        self.db_agencies = dict(s.execute(select(Agency.code, Agency.name)).all())
        # table -> primary key -> the version read, which an update must still find.
        self.read_versions: dict[str, dict[Any, int]] = {}
        for model in (Office, Consulate, Person, Agreement, Campaign, Event, Assignment):
            key = next(iter(model.__table__.primary_key.columns))
            self.read_versions[model.__table__.name] = dict(
                s.execute(select(key, model.__table__.c.version)).all())
        self.db_offices = table(Office, "id")
        self.db_consulates = table(Consulate, "id")
        self.db_people = table(Person, "id")
        self.db_memberships: dict[str, list[dict[str, Any]]] = {}
        for m in s.execute(select(Membership.__table__).order_by(Membership.id)).mappings():
            self.db_memberships.setdefault(m["person_id"], []).append(dict(m))
        self.db_agreements = table(Agreement, "id")
        self.db_agreement_parties: dict[str, tuple[set[str], set[str]]] = {
            a: (set(), set()) for a in self.db_agreements}
        for aid, oid in s.execute(select(agreement_office.c.agreement_id,
                                         agreement_office.c.office_id)):
            self.db_agreement_parties[aid][0].add(oid)
        for aid, cid in s.execute(select(agreement_consulate.c.agreement_id,
                                         agreement_consulate.c.consulate_id)):
            self.db_agreement_parties[aid][1].add(cid)
        self.db_campaigns = table(Campaign, "year")
        self.db_events = table(Event, "id")
        self.db_event_offices: dict[str, set[str]] = {e: set() for e in self.db_events}
        for eid, oid in s.execute(select(event_office.c.event_id, event_office.c.office_id)):
            self.db_event_offices[eid].add(oid)
        self.db_assignments: dict[tuple[str, str, datetime | None], dict[str, Any]] = {}
        for a in s.execute(select(Assignment.__table__).order_by(Assignment.id)).mappings():
            self.db_assignments.setdefault((a["event_id"], a["person_id"], a["starts_at"]),
                                           dict(a))

    def is_office(self, ident: str) -> bool:
        return ident in self.office_rows or ident in self.db_offices

    def is_consulate(self, ident: str) -> bool:
        return ident in self.consulate_rows or ident in self.db_consulates

    def is_person(self, ident: str) -> bool:
        return ident in self.person_rows or ident in self.db_people

    # --- checking ---

    def check(self) -> None:
        self.load()
        self.check_offices()
        self.check_consulates()
        self.check_people()
        self.check_agreements()
        self.check_campaigns()
        self.check_events()
        self.check_assignments()
        if self.problems:
            self.problems.sort(key=lambda item: item[0])
            count = len(self.problems)
            raise InputError([p for _, p in self.problems],
                             f"The workbook was not imported: {count} problem"
                             f"{'s' if count != 1 else ''}; nothing was changed")

    def check_offices(self) -> None:
        for row in self.rows("Offices"):
            oid = self.new_id(row, "Office ID", self.office_rows)
            if oid and oid in self.db_consulates:
                del self.office_rows[oid]  # it stays a consulate for the rows that follow
                row.fail("Office ID", f"{oid!r} is already the ID of a consulate (offices and "
                                      "consulates share IDs: a person's Organization ID names "
                                      "either)")
            agency = row.required("Agency")
            if agency is not None:
                if _AGENCY_RE.fullmatch(agency):
                    agency = agency.upper()
                    self.note_agency(row, agency, row.opt("Agency name"))
                else:
                    row.fail("Agency", f"{agency!r} is not an agency code: use up to 16 "
                                       "letters, digits, '-', '_' or '.'")
                    agency = None
            record = {
                "id": oid,
                "agency_code": agency,
                "name": row.required("Name"),
                "office_type": row.choice("Office type", OfficeType, "office type"),
                "region": row.opt("Region"),
                "city": row.required("City"),
                "state": row.check("State", check_state),
                "time_zone": row.check("Time zone", check_zone),
                "address": row.opt("Address"),
                "phone": row.opt("Phone"),
                "email": row.check("Email", check_email, required=False),
            }
            if not row.bad and oid:
                _keep_absent("Offices", row, record, self.db_offices.get(oid))
                self.offices[oid] = record

    def note_agency(self, row: _Row, code: str, name: str | None) -> None:
        """Agencies named by offices; one code, one name across the file."""
        seen = self.agencies.get(code)
        if seen is None:
            self.agencies[code] = {"name": name, "row": row.number}
        elif name is not None:
            if seen["name"] is None:
                seen.update(name=name, row=row.number)
            elif seen["name"] != name:
                row.fail("Agency name", f"{name!r} differs from {seen['name']!r} given for "
                                        f"{code} on row {seen['row']}")

    def check_consulates(self) -> None:
        for row in self.rows("Consulates"):
            cid = self.new_id(row, "Consulate ID", self.consulate_rows)
            if cid and (cid in self.office_rows or cid in self.db_offices):
                del self.consulate_rows[cid]  # it stays an office for the rows that follow
            if cid and cid in self.office_rows:
                row.fail("Consulate ID", f"{cid!r} is already an Office ID on row "
                                         f"{self.office_rows[cid]} of Offices (offices and "
                                         "consulates share IDs)")
            elif cid and cid in self.db_offices:
                row.fail("Consulate ID", f"{cid!r} is already the ID of an office (offices and "
                                         "consulates share IDs: a person's Organization ID "
                                         "names either)")
            record = {
                "id": cid,
                "country_code": row.check("Country", check_country),
                "city": row.required("City"),
                "state": row.check("State", check_state),
                "consulate_type": row.choice("Type", ConsulateType, "consulate type",
                                             required=False),
                "time_zone": row.check("Time zone", check_zone),
                "address": row.opt("Address"),
                "phone": row.opt("Phone"),
                "email": row.check("Email", check_email, required=False),
                "jurisdiction": row.opt("Jurisdiction"),
            }
            if not row.bad and cid:
                _keep_absent("Consulates", row, record, self.db_consulates.get(cid))
                self.consulates[cid] = record

    def check_people(self) -> None:
        # person ID -> [(row, person fields as typed, membership)]
        groups: dict[str, list[tuple[_Row, dict[str, Any], dict[str, Any] | None]]] = {}
        for row in self.rows("People"):
            pid = row.ident("Person ID")
            if pid is not None:
                self.person_rows.setdefault(pid, row.number)
            person = {
                "name": row.required("Name"),
                "languages": row.items("Languages"),
                "email": row.check("Email", check_email, required=False),
                "phone": row.opt("Phone"),
            }
            org = row.text("Organization ID")
            active_from = row.day("Active from")
            active_to = row.day("Active to")
            if active_from and active_to and active_to < active_from:
                row.fail("Active to", f"{active_to.isoformat()} is before Active from "
                                      f"{active_from.isoformat()}")
            membership: dict[str, Any] | None = None
            if org:
                # Periods with an unreadable date take no part in the overlap check.
                dated = not (row.text("Active from") and active_from is None) and not (
                    row.text("Active to") and active_to is None) and not (
                    active_from and active_to and active_to < active_from)
                membership = {"office_id": None, "consulate_id": None, "title": row.opt("Title"),
                              "active_from": active_from, "active_to": active_to,
                              "_dated": dated}
                if self.is_office(org):
                    membership["office_id"] = org
                elif self.is_consulate(org):
                    membership["consulate_id"] = org
                else:
                    row.fail("Organization ID", f"no office or consulate has the ID {org!r}")
            elif row.has("Organization ID") and any(
                    not _is_blank(row.raw(col)) for col in ("Title", "Active from", "Active to")):
                row.fail("Organization ID", "a value is required when Title, Active from or "
                                            "Active to is given")
            if pid is not None:
                groups.setdefault(pid, []).append((row, person, membership))
        for pid, rows in groups.items():
            self.check_person_rows(pid, rows)

    def check_person_rows(
        self, pid: str, rows: list[tuple[_Row, dict[str, Any], dict[str, Any] | None]]
    ) -> None:
        first_row, first, _ = rows[0]
        for row, _person, membership in rows[1:]:
            for col in ("Name", "Languages", "Email", "Phone"):
                mine, theirs = row.text(col), first_row.text(col)
                if col == "Languages":
                    if split_list(mine) != split_list(theirs):
                        row.fail(col, f"{mine!r} differs from {theirs!r} on row "
                                      f"{first_row.number}: a person's languages must be the "
                                      "same on all their rows")
                elif mine != theirs and (col != "Name" or (mine and theirs)):
                    row.fail(col, f"{mine!r} differs from {theirs!r} on row {first_row.number}: "
                                  f"a person's {col.lower()} must be the same on all their rows")
            if membership is None and row.has("Organization ID"):
                row.fail("Organization ID", "a value is required (only a person's single row "
                                            "may leave it blank, for no organization)")
        if rows[0][2] is None and len(rows) > 1 and first_row.has("Organization ID"):
            first_row.fail("Organization ID", "a value is required (only a person's single row "
                                              "may leave it blank, for no organization)")
        periods = sorted(
            ((row, m) for row, _, m in rows if m is not None and m["_dated"]),
            key=lambda item: item[1]["active_from"] or date.min,
        )
        for (b_row, before), (a_row, after) in itertools.pairwise(periods):
            if before["active_to"] is None or (after["active_from"] or date.min) <= before[
                    "active_to"]:
                a_org = after["office_id"] or after["consulate_id"]
                b_org = before["office_id"] or before["consulate_id"]
                a_row.fail("Active from", f"the period at {a_org} overlaps the period at "
                                          f"{b_org} on row {b_row.number}: a person belongs to "
                                          "one organization at a time; give the earlier one an "
                                          "end date")
        if any(row.bad for row, _, _ in rows):
            return
        self.people[pid] = {"id": pid, **first}
        _keep_absent("People", first_row, self.people[pid], self.db_people.get(pid))
        self.memberships[pid] = [
            {"person_id": pid, **{k: v for k, v in m.items() if k != "_dated"}}
            for _, _, m in rows if m is not None
        ]
        # Without Title / Active from / Active to columns, a membership at the same
        # organization keeps what is stored (the rows replace the stored history).
        stored = self.db_memberships.get(pid, [])
        for m in self.memberships[pid]:
            same = [s for s in stored if (s["office_id"], s["consulate_id"]) ==
                    (m.get("office_id"), m.get("consulate_id"))]
            if len(same) == 1:
                _keep_absent("Memberships", first_row, m, same[0])

    def check_agreements(self) -> None:
        renews: list[tuple[_Row, str, str]] = []
        pending: list[tuple[_Row, dict[str, Any], tuple[set[str], set[str]]]] = []
        for row in self.rows("Agreements"):
            aid = self.new_id(row, "Agreement ID", self.agreement_rows)
            offices = self.parties(row, "Office IDs", self.is_office, self.is_consulate,
                                   "office", "a consulate")
            consulates = self.parties(row, "Consulate IDs", self.is_consulate, self.is_office,
                                      "consulate", "an office")
            state = row.choice("State", AgreementState, "agreement state")
            signed_on = row.day("Signed on")
            effective_on = row.day("Effective on")
            term = row.whole("Term months", minimum=1, maximum=1200)
            expires_on = row.day("Expires on")
            terminated_on = row.day("Terminated on")
            if state == AgreementState.SIGNED and signed_on is None and not row.text("Signed on"):
                row.fail("Signed on", "a signed agreement needs the date it was signed")
            if (state == AgreementState.TERMINATED and terminated_on is None
                    and not row.text("Terminated on")):
                row.fail("Terminated on", "a terminated agreement needs the date it ended")
            start = effective_on or signed_on
            start_label = "Effective on" if effective_on else "Signed on"
            if start and expires_on and expires_on < start:
                row.fail("Expires on", f"{expires_on.isoformat()} is before {start_label} "
                                       f"{start.isoformat()}")
            elif start and expires_on and term:
                computed = add_months(start, term)
                if computed != expires_on:
                    row.fail("Expires on", f"{expires_on.isoformat()} does not agree with Term "
                                           f"months {term} from {start.isoformat()} "
                                           f"({computed.isoformat()})")
            if terminated_on and state and state != AgreementState.TERMINATED:
                row.fail("Terminated on", f"only a terminated agreement has a termination "
                                          f"date; State is {state}: set it to terminated or "
                                          "clear the date")
            if start and terminated_on and terminated_on < start:
                row.fail("Terminated on", f"{terminated_on.isoformat()} is before "
                                          f"{start_label} {start.isoformat()}")
            signatories = {}
            for col, key in (("US signatory", "us_signatory_id"),
                             ("Consular signatory", "consular_signatory_id")):
                who = row.text(col)
                if who and not self.is_person(who):
                    row.fail(col, f"no person has the ID {who!r}")
                signatories[key] = who or None
            renewed = row.text("Renews")
            if aid and renewed:
                renews.append((row, aid, renewed))
            record = {
                "id": aid, "kind": row.choice("Kind", AgreementKind, "agreement kind"),
                "state": state, "signed_on": signed_on, "effective_on": effective_on,
                "term_months": term, "expires_on": expires_on, "terminated_on": terminated_on,
                "renews_id": renewed or None, **signatories,
                "document": row.opt("Document"), "notes": row.opt("Notes"),
            }
            if aid:
                pending.append((row, record, (set(offices), set(consulates))))
        self.check_renewals(renews)
        for row, record, parties in pending:
            if not row.bad:
                _keep_absent("Agreements", row, record, self.db_agreements.get(record["id"]))
                self.agreements[record["id"]] = record
                self.agreement_parties[record["id"]] = parties

    def parties(self, row: _Row, col: str, is_kind: Callable[[str], bool],
                is_other: Callable[[str], bool], kind: str, other: str) -> list[str]:
        ids = row.items(col)
        if not ids and row.has(col):
            row.fail(col, f"at least one {kind} ID is required")
        for ident in ids:
            if is_kind(ident):
                continue
            if is_other(ident):
                row.fail(col, f"{ident!r} is {other}, not {'an' if kind == 'office' else 'a'} "
                              f"{kind}")
            else:
                row.fail(col, f"no {kind} has the ID {ident!r}")
        return ids

    def check_renewals(self, renews: list[tuple[_Row, str, str]]) -> None:
        """'Renews' may name any agreement of the sheet or the database, never itself or a loop."""
        chain = {aid: rec["renews_id"] for aid, rec in self.db_agreements.items()}
        for aid in self.agreement_rows:
            chain[aid] = None
        for row, aid, renewed in renews:
            if renewed == aid:
                row.fail("Renews", "an agreement cannot renew itself")
            elif renewed not in self.agreement_rows and renewed not in self.db_agreements:
                row.fail("Renews", f"no agreement has the ID {renewed!r}")
            else:
                chain[aid] = renewed
        for row, aid, _ in renews:
            path = [aid]
            step = chain.get(aid)
            while step is not None:
                path.append(step)
                if step in path[:-1]:
                    row.fail("Renews", f"renewals form a loop: {' renews '.join(path)}")
                    break
                step = chain.get(step)

    def check_campaigns(self) -> None:
        seen: dict[int, int] = {}
        for row in self.rows("Campaigns"):
            year = row.whole("Year", minimum=1900, maximum=2200, required=True)
            if year is not None:
                if year in seen:
                    row.fail("Year", f"{year} is already on row {seen[year]}")
                    year = None
                else:
                    seen[year] = row.number
            starts_on, ends_on = row.day("Starts on"), row.day("Ends on")
            if year is not None:
                stored = self.db_campaigns.get(year)
                default_start, default_end = lrw_default_week(year)
                if starts_on is None and not row.text("Starts on"):
                    starts_on = stored["starts_on"] if stored else default_start
                if ends_on is None and not row.text("Ends on"):
                    ends_on = stored["ends_on"] if stored else default_end
            if starts_on and ends_on and ends_on < starts_on:
                row.fail("Ends on", f"{ends_on.isoformat()} is before Starts on "
                                    f"{starts_on.isoformat()}")
            record = {"year": year, "starts_on": starts_on, "ends_on": ends_on,
                      "theme_en": row.opt("Theme"), "theme_es": row.opt("Theme (Spanish)")}
            if year is not None and not row.bad:
                _keep_absent("Campaigns", row, record, self.db_campaigns.get(year))
                self.campaigns[year] = record
        self.campaign_years = set(seen)

    def check_events(self) -> None:
        for row in self.rows("Events"):
            eid = self.new_id(row, "Event ID", self.event_rows)
            year = row.whole("Year", minimum=1900, maximum=2200, required=True)
            zone_name = row.check("Time zone", check_zone)
            starts = self.instant(row, "Starts", zone_name, required=True)
            ends = self.instant(row, "Ends", zone_name, required=True)
            if starts and ends and ends <= starts:
                row.fail("Ends", f"{row.text('Ends')} is not after Starts {row.text('Starts')}")
            host = row.text("Host consulate ID") or None
            if host and not self.is_consulate(host):
                row.fail("Host consulate ID", f"{host!r} is an office, not a consulate"
                         if self.is_office(host) else f"no consulate has the ID {host!r}")
            offices = row.items("Office IDs")
            for oid in offices:
                if not self.is_office(oid):
                    row.fail("Office IDs", f"{oid!r} is a consulate, not an office"
                             if self.is_consulate(oid) else f"no office has the ID {oid!r}")
            record = {
                "id": eid, "year": year, "title": row.required("Title"),
                "title_es": row.opt("Title (Spanish)"),
                "format": row.choice("Format", EventFormat, "event format"),
                "starts_at": starts, "ends_at": ends, "time_zone": zone_name,
                "venue": row.required("Venue"), "address": row.opt("Address"),
                "host_consulate_id": host, "languages": row.items("Languages"),
                "topics": row.items("Topics"), "staff_needed": row.whole("Staff needed"),
                "languages_needed": row.items("Languages needed"),
                "status": row.choice("Status", EventStatus, "event status"),
                "notes": row.opt("Notes"),
            }
            if (year is not None and year not in self.campaigns
                    and year not in self.db_campaigns and year not in self.campaign_years):
                start, end = lrw_default_week(year)
                self.campaigns[year] = {"year": year, "starts_on": start, "ends_on": end,
                                        "theme_en": None, "theme_es": None}
            if eid and not row.bad:
                _keep_absent("Events", row, record, self.db_events.get(eid))
                self.events[eid] = record
                self.event_offices[eid] = (
                    set(offices) if row.has("Office IDs") or eid not in self.db_event_offices
                    else set(self.db_event_offices[eid]))

    def instant(self, row: _Row, col: str, zone_name: str | None, *, required: bool = False
                ) -> datetime | None:
        wall = row.wall_clock(col, required=required)
        if wall is None or zone_name is None:
            return None
        instant = local_to_utc(wall, zone_name)
        if utc_to_local(instant, zone_name).replace(tzinfo=None) != wall:
            row.fail(col, f"{wall:%Y-%m-%d %H:%M} does not exist in {zone_name}: the clocks "
                          "skip that hour (daylight saving time starts); choose another time")
            return None
        return instant

    def event_span(self, eid: str) -> tuple[str, datetime, datetime] | None:
        """Time zone, start and end of an event from the file, else from the database."""
        rec = self.events.get(eid)
        if rec is None and eid not in self.event_rows:
            rec = self.db_events.get(eid)
        if rec is None:
            return None
        return rec["time_zone"], rec["starts_at"], rec["ends_at"]

    def check_assignments(self) -> None:
        seen: dict[tuple[str, str, datetime | None], int] = {}
        for row in self.rows("Assignments"):
            eid = row.ident("Event ID")
            pid = row.ident("Person ID")
            span = None
            if eid is not None:
                if eid not in self.event_rows and eid not in self.db_events:
                    row.fail("Event ID", f"no event has the ID {eid!r}")
                else:
                    span = self.event_span(eid)
            if pid is not None and not self.is_person(pid):
                row.fail("Person ID", f"no person has the ID {pid!r}")
            role = row.choice("Role", Role, "role")
            starts = ends = None
            has_start, has_end = bool(row.text("Starts")), bool(row.text("Ends"))
            if has_start != has_end:
                row.fail("Ends" if has_start else "Starts", "give both Starts and Ends of the "
                         "shift, or neither for the whole event")
            if span is not None:
                zone_name, ev_start, ev_end = span
                starts = self.instant(row, "Starts", zone_name)
                ends = self.instant(row, "Ends", zone_name)
                if starts is not None and ends is not None:
                    self.check_shift(row, starts, ends, ev_start, ev_end, zone_name)
            else:
                row.wall_clock("Starts")
                row.wall_clock("Ends")
            notes = row.opt("Notes")
            if eid is None or pid is None or span is None or row.bad:
                continue  # without its event's times the shift cannot be keyed
            key = (eid, pid, starts)
            if key in seen:
                row.fail("Starts", f"the same event, person and start are already on row "
                                   f"{seen[key]}")
                continue
            seen[key] = row.number
            self.assignments[key] = {"event_id": eid, "person_id": pid, "role": role,
                                     "starts_at": starts, "ends_at": ends, "notes": notes}

    @staticmethod
    def check_shift(row: _Row, starts: datetime, ends: datetime, ev_start: datetime,
                    ev_end: datetime, zone_name: str) -> None:
        """A shift lies inside its event and ends after it starts."""

        def local(instant: datetime) -> str:
            return utc_to_local(instant, zone_name).strftime("%Y-%m-%d %H:%M")

        if ends <= starts:
            row.fail("Ends", f"{local(ends)} is not after Starts {local(starts)}")
        if starts < ev_start or starts >= ev_end:
            row.fail("Starts", f"{local(starts)} is outside the event ({local(ev_start)} to "
                               f"{local(ev_end)}, {zone_name})")
        if ends > ev_end or ends <= ev_start:
            row.fail("Ends", f"{local(ends)} is outside the event ({local(ev_start)} to "
                             f"{local(ev_end)}, {zone_name})")

    # --- writing ---

    def step(self, message: str) -> None:
        self.done += 1
        if self.stop():
            raise CancelledError("Import cancelled; nothing was changed")
        self.report(min(self.done, self.total), self.total, message)

    def bulk_insert(self, model: Any, rows: list[dict[str, Any]], returning: Any = None
                    ) -> list[Any]:
        # render_nulls: otherwise rows are grouped by which values are None, and rows that
        # alternate (a shift, a whole-event assignment) go one statement each.
        statement = insert(model).execution_options(render_nulls=True)
        ids: list[Any] = []
        if returning is not None and rows:
            # The IDs are taken first, so the rows go in batches (RETURNING in the rows' order
            # goes row by row on some backends) and are reported beside their rows.
            ids = self.new_ids(returning, len(rows))
            for row, ident in zip(rows, ids, strict=True):
                row[returning.key] = ident
        for start in range(0, len(rows), _BATCH):
            self.s.execute(statement, rows[start:start + _BATCH])
            if self.stop():
                raise CancelledError("Import cancelled; nothing was changed")
        return ids

    def new_ids(self, column: Any, count: int) -> list[int]:
        """`count` unused values of an integer key: from its sequence on PostgreSQL, after the
        largest one on SQLite (whose write lock this import holds)."""
        table = column.table if hasattr(column, "table") else column.class_.__table__
        name = column.key
        if self.s.get_bind().dialect.name == "postgresql":
            sequence = self.s.scalar(select(func.pg_get_serial_sequence(table.name, name)))
            return list(self.s.scalars(
                select(func.nextval(sequence)).select_from(func.generate_series(1, count))))
        top = self.s.scalar(select(func.max(table.c[name]))) or 0
        return list(range(top + 1, top + 1 + count))

    def bulk_update(self, model: Any, rows: list[dict[str, Any]]) -> None:
        table = model.__table__
        if "version" not in table.c:
            for start in range(0, len(rows), _BATCH):
                self.s.execute(update(model), rows[start:start + _BATCH])
            return
        self.versioned_update(table, rows)

    def versioned_update(self, table: Any, rows: list[dict[str, Any]]) -> None:
        """UPDATE rows of a versioned table: each row's version rises by one, and only where it
        is still the version this import read (a record another user saved meanwhile makes the
        whole import fail instead of being overwritten)."""
        keys = [c.name for c in table.primary_key.columns]
        read = self.read_versions.get(table.name, {})
        by_shape: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
        for row in rows:
            by_shape[tuple(sorted(k for k in row if k != "version"))].append(row)
        for shape, group in by_shape.items():
            values = {k: bindparam(k) for k in shape if k not in keys}
            where = [table.c[k] == bindparam(f"key_{k}") for k in keys]
            where.append(table.c.version == bindparam("key_version"))
            statement = (table.update().where(and_(*where))
                         .values(**values, version=table.c.version + 1))
            params = []
            for row in group:
                ident = row[keys[0]] if len(keys) == 1 else tuple(row[k] for k in keys)
                param = {k: v for k, v in row.items() if k != "version" and k not in keys}
                param.update({f"key_{k}": row[k] for k in keys})
                param["key_version"] = read.get(ident, 1)
                params.append(param)
            for start in range(0, len(params), _BATCH):
                batch = params[start:start + _BATCH]
                result = self.s.connection().execute(statement, batch)
                if result.rowcount is not None and 0 <= result.rowcount < len(batch):
                    raise WriteConflictError(_t(
                        "Nothing was imported: another user changed some of these records "
                        "while the import ran. Import again."))

    def delete_in(self, column: Any, values: Iterable[Any]) -> None:
        values = list(values)
        for start in range(0, len(values), 500):
            self.s.execute(delete(column.table).where(column.in_(values[start:start + 500])))

    def sync(self, table: str, key: str, incoming: dict[Any, dict[str, Any]],
             stored: dict[Any, dict[str, Any]], fields: tuple[str, ...], *,
             reference: bool = False) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """Split `incoming` into rows to insert and rows to update (only those that differ).

        `reference` marks updated rows `edited`, so the reference loader leaves them alone.
        """
        now = now_utc()
        inserts, updates = [], []
        for ident, rec in incoming.items():
            old = stored.get(ident)
            values = {f: rec[f] for f in fields}
            if old is None:
                inserts.append({key: ident, **values})
                self.change.add(CREATED, table, str(ident))
                self.w.report_row(table, ident, None, {**values, "version": 1})
            elif any(old[f] != values[f] for f in fields):
                row = {key: ident, **values, "updated_at": now}
                if reference:
                    row["edited"] = True
                updates.append(row)
                self.change.add(UPDATED, table, str(ident))
                version = old.get("version")
                self.w.report_row(table, ident, old, {
                    **values, "version": None if version is None else version + 1})
        return inserts, updates

    def write(self) -> Change:
        """Write what the check found, in foreign-key order, in bulk."""
        self.write_agencies()
        self.step("Writing offices")
        ins, upd = self.sync("office", "id", self.offices, self.db_offices,
                             _OFFICE_FIELDS, reference=True)
        self.bulk_insert(Office, ins)
        self.bulk_update(Office, upd)
        self.step("Writing consulates")
        ins, upd = self.sync("consulate", "id", self.consulates, self.db_consulates,
                             _CONSULATE_FIELDS, reference=True)
        self.bulk_insert(Consulate, ins)
        self.bulk_update(Consulate, upd)
        self.step("Writing people")
        self.write_people()
        self.step("Writing agreements")
        self.write_agreements()
        self.step("Writing campaigns")
        ins, upd = self.sync("campaign", "year", self.campaigns, self.db_campaigns,
                             _CAMPAIGN_FIELDS, reference=True)
        self.bulk_insert(Campaign, ins)
        self.bulk_update(Campaign, upd)
        self.step("Writing events")
        self.write_events()
        self.step("Writing assignments")
        self.write_assignments()
        self.s.flush()
        return self.change

    def write_agencies(self) -> None:
        now = now_utc()
        for code, seen in self.agencies.items():
            name = seen["name"]
            if code not in self.db_agencies:
                self.s.execute(insert(Agency), [{"code": code, "name": name or code}])
                self.change.add(CREATED, AGENCY, code)
                self.w.report_row(AGENCY, code, None, {"name": name or code})
            elif name is not None and name != self.db_agencies[code]:
                self.s.execute(update(Agency), [{"code": code, "name": name, "edited": True,
                                                 "updated_at": now}])
                self.change.add(UPDATED, AGENCY, code)
                self.w.report_row(AGENCY, code, {"name": self.db_agencies[code]}, {"name": name})

    def write_people(self) -> None:
        ins, upd = self.sync("person", "id", self.people, self.db_people, _PERSON_FIELDS)
        replaced: list[str] = []
        for pid, memberships in self.memberships.items():
            stored = self.db_memberships.get(pid, [])
            old = sorted(_membership_key(m) for m in stored)
            if old != sorted(_membership_key(m) for m in memberships):
                replaced.append(pid)
                if pid in self.db_people and pid not in self.change.updated.get("person", ()):
                    upd.append({"id": pid, **{f: self.people[pid][f] for f in _PERSON_FIELDS},
                                "updated_at": now_utc()})
                    self.change.add(UPDATED, PERSON, pid)
        self.bulk_insert(Person, ins)
        self.bulk_update(Person, upd)
        gone = [m for pid in replaced for m in self.db_memberships.get(pid, [])]
        self.delete_in(Membership.__table__.c.id, [m["id"] for m in gone])
        for m in gone:
            self.change.add(DELETED, MEMBERSHIP, str(m["id"]))
            self.w.report_row(MEMBERSHIP, m["id"], m, None)
        new = [m for pid in replaced for m in self.memberships[pid]]
        for ident, m in zip(self.bulk_insert(Membership, new, returning=Membership.id), new,
                            strict=True):
            self.change.add(CREATED, MEMBERSHIP, str(ident))
            self.w.report_row(MEMBERSHIP, ident, None, m)

    def write_agreements(self) -> None:
        ins, upd = self.sync("agreement", "id", self.agreements, self.db_agreements,
                             _AGREEMENT_FIELDS, reference=True)
        # A new agreement may renew one inserted later in the same batch: link after inserting.
        links = [{"id": r["id"], "renews_id": r["renews_id"]} for r in ins if r["renews_id"]]
        self.bulk_insert(Agreement, [{**r, "renews_id": None} for r in ins])
        now = now_utc()
        changed: list[str] = []
        for aid, (offices, consulates) in self.agreement_parties.items():
            if aid not in self.agreements:
                continue
            if aid not in self.db_agreements:
                changed.append(aid)
            elif (offices, consulates) != self.db_agreement_parties.get(aid, (set(), set())):
                changed.append(aid)
                if aid not in self.change.updated.get("agreement", ()):
                    upd.append({"id": aid, **{f: self.agreements[aid][f]
                                              for f in _AGREEMENT_FIELDS},
                                "updated_at": now, "edited": True})
                    self.change.add(UPDATED, AGREEMENT, aid)
        self.bulk_update(Agreement, upd)
        self.bulk_update(Agreement, links)
        if self.w.observed:
            for aid in changed:
                old_offices, old_consulates = self.db_agreement_parties.get(aid, (set(), set()))
                new_offices, new_consulates = self.agreement_parties[aid]
                self.w.report(AGREEMENT, aid, UPDATED, {
                    "offices": (sorted(old_offices), sorted(new_offices)),
                    "consulates": (sorted(old_consulates), sorted(new_consulates))})
        stored = [aid for aid in changed if aid in self.db_agreements]
        self.delete_in(agreement_office.c.agreement_id, stored)
        self.delete_in(agreement_consulate.c.agreement_id, stored)
        self.bulk_insert(agreement_office, [
            {"agreement_id": aid, "office_id": oid}
            for aid in changed for oid in sorted(self.agreement_parties[aid][0])])
        self.bulk_insert(agreement_consulate, [
            {"agreement_id": aid, "consulate_id": cid}
            for aid in changed for cid in sorted(self.agreement_parties[aid][1])])

    def write_events(self) -> None:
        ins, upd = self.sync("event", "id", self.events, self.db_events, _EVENT_FIELDS)
        for row in ins:
            row["sequence"] = 0
        for row in upd:
            old = self.db_events[row["id"]]
            bump = any(old[f] != row[f] for f in _SEQUENCE_FIELDS)
            row["sequence"] = (old["sequence"] or 0) + (1 if bump else 0)
        changed: list[str] = []
        now = now_utc()
        for eid, offices in self.event_offices.items():
            if eid not in self.db_events:
                changed.append(eid)
            elif offices != self.db_event_offices.get(eid, set()):
                changed.append(eid)
                if eid not in self.change.updated.get("event", ()):
                    old = self.db_events[eid]
                    upd.append({"id": eid, **{f: self.events[eid][f] for f in _EVENT_FIELDS},
                                "sequence": old["sequence"] or 0, "updated_at": now})
                    self.change.add(UPDATED, EVENT, eid)
        self.bulk_insert(Event, ins)
        self.bulk_update(Event, upd)
        if self.w.observed:
            for eid in changed:
                self.w.report(EVENT, eid, UPDATED, {"offices": (
                    sorted(self.db_event_offices.get(eid, set())),
                    sorted(self.event_offices[eid]))})
        stored = [eid for eid in changed if eid in self.db_events]
        self.delete_in(event_office.c.event_id, stored)
        self.bulk_insert(event_office, [
            {"event_id": eid, "office_id": oid}
            for eid in changed for oid in sorted(self.event_offices[eid])])

    def matched_assignments(self) -> dict[tuple[Any, ...], dict[str, Any] | None]:
        """The stored assignment each file row updates (None: a new one).

        Rows match on (Event ID, Person ID, shift start). A shift whose start was edited in Excel
        no longer matches; when a person has exactly one unmatched stored assignment and one
        unmatched row on the same event and the two overlap in time, they are the same shift,
        moved (one person cannot work two overlapping shifts of one event). A row that does not
        overlap is another shift, added.
        """
        matched = {key: self.db_assignments.get(key) for key in self.assignments}
        taken = {id(old) for old in matched.values() if old is not None}
        loose_rows: dict[tuple[str, str], list[tuple[Any, ...]]] = defaultdict(list)
        for key, old in matched.items():
            if old is None:
                loose_rows[key[:2]].append(key)
        loose_db: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
        for key, old in self.db_assignments.items():
            if id(old) not in taken and key[:2] in loose_rows:
                loose_db[key[:2]].append(old)
        for pair, keys in loose_rows.items():
            if len(keys) == 1 and len(loose_db.get(pair, ())) == 1:
                new, old = self.assignments[keys[0]], loose_db[pair][0]
                if self.shift_span(new) and self.shift_span(old) and _overlap(
                        self.shift_span(new), self.shift_span(old)):
                    matched[keys[0]] = old
        return matched

    def shift_span(self, rec: dict[str, Any]) -> tuple[datetime, datetime] | None:
        """The real time an assignment covers: its shift, or its whole event."""
        if rec.get("starts_at") and rec.get("ends_at"):
            return rec["starts_at"], rec["ends_at"]
        span = self.event_span(rec["event_id"])
        return (span[1], span[2]) if span else None

    def write_assignments(self) -> None:
        inserts, updates = [], []
        fields = ("starts_at", *_ASSIGNMENT_FIELDS)
        for key, old in self.matched_assignments().items():
            rec = self.assignments[key]
            if old is None:
                inserts.append(rec)
            elif any(old[f] != rec[f] for f in fields):
                moved = (old["starts_at"], old["ends_at"]) != (rec["starts_at"], rec["ends_at"])
                updates.append({"id": old["id"], **{f: rec[f] for f in fields},
                                "sequence": (old["sequence"] or 0) + (1 if moved else 0)})
                self.change.add(UPDATED, ASSIGNMENT, str(old["id"]))
                self.w.report_row(ASSIGNMENT, old["id"], old, updates[-1])
        for ident, rec in zip(self.bulk_insert(Assignment, inserts, returning=Assignment.id),
                              inserts, strict=True):
            self.change.add(CREATED, ASSIGNMENT, str(ident))
            self.w.report_row(ASSIGNMENT, ident, None, rec)
        self.bulk_update(Assignment, updates)


# --- export -------------------------------------------------------------------------------------


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
    report(0, 0, "Reading the database")
    with db.session() as session:
        tables = _export_rows(session)
    total = sum(len(rows) for rows in tables.values())
    book = Workbook(write_only=True)
    try:
        _fill(book, tables, total, report, stop)
    except BaseException:
        _discard(book)
        raise
    report(total, total, f"Saving {path.name}")
    buffer = io.BytesIO()
    book.save(buffer)
    _save(buffer.getvalue(), path)
    return total


def _fill(book: Any, tables: dict[str, list[tuple[Any, ...]]], total: int, report: Progress,
          stop: Cancelled) -> None:
    done = 0
    for name in SHEET_ORDER:
        if stop():
            raise CancelledError("Export cancelled; no file was written")
        report(done, total, f"Writing {name}")
        ws = book.create_sheet(name)
        columns = [col for col, _ in SHEETS[name]]
        ws.freeze_panes = "A2"
        for i, col in enumerate(columns, start=1):
            ws.column_dimensions[_column_letter(i)].width = _WIDTHS.get(
                col, max(12, len(col) + 4))
            if col == VERSION_COLUMN:  # bookkeeping: kept out of the user's way
                ws.column_dimensions[_column_letter(i)].hidden = True
        ws.append([_header_cell(ws, col) for col in columns])
        for values in tables[name]:
            ws.append([_cell(ws, v) for v in values])
            done += 1
            if done % _PROGRESS_EVERY == 0:
                if stop():
                    raise CancelledError("Export cancelled; no file was written")
                report(done, total, f"Writing {name}")


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
        if value.startswith("="):
            # openpyxl would write it as a formula; it is data.
            cell = WriteOnlyCell(ws, value=value)
            cell.data_type = "s"
            return cell
        return value
    if isinstance(value, datetime):
        cell = WriteOnlyCell(ws, value=value)
        cell.number_format = _DATETIME_FORMAT
        return cell
    if isinstance(value, date):
        cell = WriteOnlyCell(ws, value=value)
        cell.number_format = _DATE_FORMAT
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
            reason += " (is the file open in Excel?)"
        raise WorkbookFileError(f"Cannot write {path}: {reason}") from exc


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
    a = Agreement
    agreements = [
        (r.id, r.kind, join_list(sorted(parties.get(r.id, ([], []))[0])),
         join_list(sorted(parties.get(r.id, ([], []))[1])), r.state, r.signed_on,
         r.effective_on, r.term_months, r.expires_on, r.terminated_on, r.renews_id,
         r.us_signatory_id, r.consular_signatory_id, r.document, r.notes)
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
    e = Event
    events: list[tuple[Any, ...]] = []
    zones: dict[str, str] = {}
    order: dict[str, int] = {}
    for r in s.execute(select(e.id, e.year, e.title, e.title_es, e.format, e.starts_at,
                              e.ends_at, e.time_zone, e.venue, e.address, e.host_consulate_id,
                              e.languages, e.topics, e.staff_needed, e.languages_needed,
                              e.status, e.notes).order_by(e.starts_at, e.id)):
        zones[r.id] = r.time_zone
        order[r.id] = len(order)
        events.append((r.id, r.year, r.title, r.title_es, r.format,
                       _local(r.starts_at, r.time_zone), _local(r.ends_at, r.time_zone),
                       r.time_zone, r.venue, r.address, r.host_consulate_id,
                       join_list(sorted(event_offices.get(r.id, []))), join_list(r.languages),
                       join_list(r.topics), r.staff_needed, join_list(r.languages_needed),
                       r.status, r.notes))
    g = Assignment
    shifts = sorted(
        s.execute(select(g.id, g.event_id, g.person_id, g.role, g.starts_at, g.ends_at,
                         g.notes)).all(),
        key=lambda r: (order.get(r.event_id, 0),
                       r.starts_at.timestamp() if r.starts_at else float("-inf"),
                       r.person_id, r.id),
    )
    assignments = [
        (r.event_id, r.person_id, r.role, _local(r.starts_at, zones[r.event_id]),
         _local(r.ends_at, zones[r.event_id]), r.notes)
        for r in shifts
    ]
    tables = {"Offices": offices, "Consulates": consulates, "People": people,
              "Agreements": agreements, "Campaigns": campaigns, "Events": events,
              "Assignments": assignments}
    for name, (_table, _column) in VERSIONED_SHEETS.items():
        model = {"Offices": Office, "Consulates": Consulate, "People": Person,
                 "Agreements": Agreement, "Campaigns": Campaign, "Events": Event}[name]
        key = next(iter(model.__table__.primary_key.columns))
        versions = dict(s.execute(select(key, model.__table__.c.version)).all())
        tables[name] = [(*row, versions.get(row[0])) for row in tables[name]]
    return tables


__all__ = ["SHEETS", "ImportResult", "export_workbook", "import_workbook"]
