"""Words for the planner's stored choices (formats, statuses, roles, conflict kinds), translatable.

The core stores plain English values; what the user reads comes from here. A status is always said
in words, with a symbol that survives a black-and-white printout and a screen reader; colour is
only an extra (Section 508). Shared by the week grid, the tables and the dialogs of Labor Rights
Week.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from consularapp import labels as core_labels
from consularapp.conflicts import ConflictKind, Severity
from consularapp.models import EventFormat, EventStatus, Role
from consularapp.timeutil import zone

CONTEXT = "lrw"

# Symbols beside words (never instead of them).
COVERED = "✔"
MISSING = "✖"
WARNING_SIGN = "⚠"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


_KINDS = {
    ConflictKind.DOUBLE_BOOKED.value: QT_TRANSLATE_NOOP("lrw", "Double booking"),
    ConflictKind.PERSON_INACTIVE.value: QT_TRANSLATE_NOOP("lrw", "Person not active"),
    ConflictKind.UNDERSTAFFED.value: QT_TRANSLATE_NOOP("lrw", "Short of staff"),
    ConflictKind.LANGUAGE_NOT_COVERED.value: QT_TRANSLATE_NOOP("lrw", "Language not covered"),
    ConflictKind.OUTSIDE_CAMPAIGN.value: QT_TRANSLATE_NOOP("lrw", "Outside the campaign week"),
    ConflictKind.NO_ACTIVE_AGREEMENT.value: QT_TRANSLATE_NOOP("lrw", "No agreement in force"),
    ConflictKind.SHIFT_OUTSIDE_EVENT.value: QT_TRANSLATE_NOOP("lrw", "Shift outside the event"),
    ConflictKind.ASSIGNED_TWICE.value: QT_TRANSLATE_NOOP("lrw", "Assigned twice"),
}

_SEVERITIES = {
    Severity.ERROR.value: QT_TRANSLATE_NOOP("lrw", "Error"),
    Severity.WARNING.value: QT_TRANSLATE_NOOP("lrw", "Warning"),
}

_CHANGES = {
    "added": QT_TRANSLATE_NOOP("lrw", "added"),
    "moved": QT_TRANSLATE_NOOP("lrw", "moved"),
    "cancelled": QT_TRANSLATE_NOOP("lrw", "cancelled"),
    "updated": QT_TRANSLATE_NOOP("lrw", "updated"),
    "removed": QT_TRANSLATE_NOOP("lrw", "removed"),
}

_WEEKDAYS = (
    QT_TRANSLATE_NOOP("lrw", "Mon"),
    QT_TRANSLATE_NOOP("lrw", "Tue"),
    QT_TRANSLATE_NOOP("lrw", "Wed"),
    QT_TRANSLATE_NOOP("lrw", "Thu"),
    QT_TRANSLATE_NOOP("lrw", "Fri"),
    QT_TRANSLATE_NOOP("lrw", "Sat"),
    QT_TRANSLATE_NOOP("lrw", "Sun"),
)
_MONTHS = (
    QT_TRANSLATE_NOOP("lrw", "Jan"),
    QT_TRANSLATE_NOOP("lrw", "Feb"),
    QT_TRANSLATE_NOOP("lrw", "Mar"),
    QT_TRANSLATE_NOOP("lrw", "Apr"),
    QT_TRANSLATE_NOOP("lrw", "May"),
    QT_TRANSLATE_NOOP("lrw", "Jun"),
    QT_TRANSLATE_NOOP("lrw", "Jul"),
    QT_TRANSLATE_NOOP("lrw", "Aug"),
    QT_TRANSLATE_NOOP("lrw", "Sep"),
    QT_TRANSLATE_NOOP("lrw", "Oct"),
    QT_TRANSLATE_NOOP("lrw", "Nov"),
    QT_TRANSLATE_NOOP("lrw", "Dec"),
)


def _label(table: dict[str, str], value: str) -> str:
    label = table.get(value)
    return tr(label) if label else value


# Formats, event statuses and roles: the core's glossary (consularapp.labels), shared with every
# export, in the core's current language.
def format_label(value: str) -> str:
    return core_labels.format_label(value)


def status_label(value: str) -> str:
    return core_labels.event_status_label(value)


def role_label(value: str) -> str:
    return core_labels.role_label(value)


def kind_label(value: str) -> str:
    return _label(_KINDS, value)


def severity_label(value: str) -> str:
    return _label(_SEVERITIES, value)


def change_label(value: str) -> str:
    return _label(_CHANGES, value)


def formats() -> list[tuple[str, str]]:
    """(stored value, label) in the enum's order."""
    return [(f.value, format_label(f.value)) for f in EventFormat]


def statuses() -> list[tuple[str, str]]:
    return [(s.value, status_label(s.value)) for s in EventStatus]


def roles() -> list[tuple[str, str]]:
    return [(r.value, role_label(r.value)) for r in Role]


def weekday(day: date) -> str:
    return tr(_WEEKDAYS[day.weekday()])


def day_text(day: date) -> str:
    """'Mon 30 Aug', independent of the machine's locale."""
    return f"{weekday(day)} {day.day} {tr(_MONTHS[day.month - 1])}"


def long_day_text(day: date) -> str:
    """'Mon 30 Aug 2027'."""
    return f"{day_text(day)} {day.year}"


def clock_text(moment: datetime) -> str:
    """'09:00' (integer formatting: strftime is slow under PySide's import hook)."""
    return f"{moment.hour:02d}:{moment.minute:02d}"


def span_text(starts: datetime, ends: datetime) -> str:
    """'09:00–11:00 MST' for two aware local times at the venue (never converted).

    The end gets its own abbreviation when the clocks change in between, and its day when it
    falls on another local day.
    """
    # tzname() and integer formatting, not strftime: under PySide every strftime call goes
    # through an import hook, and the week grid formats thousands of these.
    start_abbr, end_abbr = starts.tzname() or "", ends.tzname() or ""
    end = clock_text(ends)
    if ends.date() != starts.date():
        end = f"{weekday(ends.date())} {end}"
    start = clock_text(starts)
    if start_abbr != end_abbr:
        return f"{start} {start_abbr}–{end} {end_abbr}"
    return f"{start}–{end} {start_abbr}"


def has_daylight_time(zone_name: str, year: int) -> bool:
    """Whether the zone changes its clocks in `year` (America/Phoenix, Pacific/Honolulu: no)."""
    tz = zone(zone_name)
    winter = datetime(year, 1, 15, 12, tzinfo=tz).utcoffset()
    summer = datetime(year, 7, 15, 12, tzinfo=tz).utcoffset()
    return winter != summer


def zone_description(zone_name: str, when: datetime | None) -> str:
    """'MST (America/Phoenix, no daylight time)', 'CDT (America/Chicago, daylight time)';
    '' when the zone is unknown."""
    try:
        tz = zone(zone_name)
    except Exception:
        return ""
    moment = (when or datetime(2027, 9, 1, 12)).replace(tzinfo=tz)
    abbreviation = moment.strftime("%Z")
    if not has_daylight_time(zone_name, moment.year):
        note = tr("no daylight time")
    elif moment.dst():
        note = tr("daylight time")
    else:
        note = tr("standard time")
    return f"{abbreviation} ({zone_name}, {note})"
