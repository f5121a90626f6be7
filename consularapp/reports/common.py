"""What every report writer shares: progress and cancel, writing files atomically, small formats.

A report is written aside and moved into place only when complete, so a cancelled or failed
report never leaves half a file where the previous good one was, and a reader (Excel holding the
file open, a synced folder) never sees a torn one. "Aside" is the system's temporary folder when
it is on the target's volume (the move stays atomic, and a killed process leaves nothing among
the user's files); otherwise a hidden name in the target folder, marked with the process ID, which
the next report into that folder removes once its writer is gone (`files.sweep_stale`).
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select

from consularapp import l10n
from consularapp.db import Database
from consularapp.errors import CancelledError, InputError, Problem
from consularapp.files import (
    TEMP_PREFIX,
    part_path,
    staging_folder,
    staging_name,
    sweep_stale,
)
from consularapp.i18n import _
from consularapp.models import Agency, Office

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]

CANCELLED_MESSAGE = "The report was cancelled; no file was written"


class Steps:
    """`progress` and `cancelled` as one object, both optional, checked at safe points."""

    def __init__(self, progress: Progress | None, cancelled: Cancelled | None) -> None:
        self._progress = progress
        self._cancelled = cancelled

    def report(self, done: int, total: int, message: str = "") -> None:
        if self._progress is not None:
            self._progress(done, total, message)

    def check(self) -> None:
        """Raise CancelledError if the user asked to stop."""
        if self._cancelled is not None and self._cancelled():
            raise CancelledError(CANCELLED_MESSAGE)


def _write_problem(target: Path, exc: OSError) -> InputError:
    reason = exc.strerror or str(exc)
    if isinstance(exc, PermissionError):
        reason += " " + _("(is the file open in another program?)")
    return InputError(Problem(str(target), _("cannot write the report: {reason}").format(
        reason=reason)), _("The report was not written"))


def _staging(folder: Path) -> Path:
    """Where to write for `folder`, with what killed runs left there (and in the folder)
    cleaned away first."""
    staging = staging_folder(folder)
    sweep_stale(folder)
    if staging != folder:
        sweep_stale(staging, TEMP_PREFIX)
    return staging


@contextlib.contextmanager
def atomic_file(target: Path) -> Iterator[Path]:
    """A temporary path, moved onto `target` when the block ends without error."""
    target = Path(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _write_problem(target, exc) from None
    # Not mkstemp: the writer creates the file itself, with the usual permissions (mkstemp's
    # 0600 would make a report in a shared folder unreadable to colleagues).
    staging = _staging(target.parent)
    part = part_path(target)
    part = staging / (part.name if staging == target.parent
                      else TEMP_PREFIX + part.name.lstrip("."))
    try:
        yield part
        os.replace(part, target)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise _write_problem(target, exc) from None
    except BaseException:
        part.unlink(missing_ok=True)
        raise


@contextlib.contextmanager
def atomic_folder(target: Path) -> Iterator[Path]:
    """A temporary folder; on success each entry replaces its namesake inside `target` (other
    files already there are left alone). On failure nothing in `target` changes."""
    target = Path(target)
    try:
        target.mkdir(parents=True, exist_ok=True)
        work = _staging(target) / staging_name("consularapp-report")
        work.mkdir()
    except OSError as exc:
        raise _write_problem(target, exc) from None
    try:
        yield work
        replaced = work / staging_name("replaced")
        for entry in sorted(p for p in work.iterdir() if p != replaced):
            final = target / entry.name
            if final.is_dir() and not final.is_symlink():
                replaced.mkdir(exist_ok=True)
                os.replace(final, replaced / entry.name)  # out of the way, into the staging
            os.replace(entry, final)
    except OSError as exc:
        raise _write_problem(target, exc) from None
    finally:
        shutil.rmtree(work, ignore_errors=True)


# --- directory facts reports need ---------------------------------------------------------------


@dataclass(frozen=True)
class OfficeFacts:
    id: str
    agency: str
    agency_name: str
    name: str
    region: str
    city: str
    state: str
    address: str
    phone: str
    email: str

    @property
    def display_name(self) -> str:
        """'WHD Chicago District Office' (reference names leave the agency out)."""
        if self.name.upper().startswith(self.agency.upper()):
            return self.name
        return f"{self.agency} {self.name}"


def load_offices(db: Database) -> dict[str, OfficeFacts]:
    """Every office with its agency's name; two queries."""
    with db.session() as s:
        agencies = {r.code: r.name for r in s.execute(select(Agency.code, Agency.name))}
        rows = s.execute(
            select(Office.id, Office.agency_code, Office.name, Office.region, Office.city,
                   Office.state, Office.address, Office.phone, Office.email)
        ).all()
    return {
        r.id: OfficeFacts(r.id, r.agency_code, agencies.get(r.agency_code) or r.agency_code,
                          r.name, r.region or "", r.city, r.state, r.address or "",
                          r.phone or "", r.email or "")
        for r in rows
    }


# --- formats ------------------------------------------------------------------------------------


def hours(start: datetime, end: datetime) -> float:
    """Length in hours, real time (a shift across a clock change is as long as it really is)."""
    return max(0.0, (end - start).total_seconds() / 3600)


def iso(day: date | None) -> str:
    return day.isoformat() if day else ""


def generated_stamp(now: datetime | None = None) -> str:
    """'2027-03-01 14:05' in the machine's local time: when the paper was printed."""
    return (now or datetime.now()).strftime("%Y-%m-%d %H:%M")


def long_day(day: date, language: str | None = None, *, weekday: bool = True) -> str:
    """'Monday, August 30, 2027' / 'lunes 30 de agosto de 2027', whatever the machine's locale
    (consularapp.l10n; default: the current language)."""
    return l10n.long_date(day, language, weekday=weekday)


def clock_span(start: datetime, end: datetime, language: str | None = None) -> str:
    """'09:00–11:00 CDT' for aware local times; each end gets its zone when they differ, and the
    end's day when the event runs past midnight."""
    a, b = start.strftime("%Z"), end.strftime("%Z")
    end_text = f"{end:%H:%M}"
    if end.date() != start.date():
        end_text = f"{l10n.weekday_short(end.date(), language)} {end_text}"
    if a != b:
        return f"{start:%H:%M} {a}–{end_text} {b}"
    return f"{start:%H:%M}–{end_text} {a}"
