"""Words for the planner's stored choices (formats, statuses, roles, conflict kinds), translatable.

The core stores plain English values; what the user reads comes from here. A status is always said
in words, with a symbol that survives a black-and-white printout and a screen reader; colour is
only an extra (Section 508). Shared by the week grid, the tables and the dialogs of Labor Rights
Week.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from consularapp import l10n
from consularapp import labels as core_labels
from consularapp.models import EventFormat, EventStatus, Role
from consularapp.timeutil import zone

CONTEXT = "lrw"

# Symbols beside words (never instead of them).
COVERED = "✔"
MISSING = "✖"
WARNING_SIGN = "⚠"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def ntr(text: str, n: int) -> str:
    """`text` with %n in the plural form for `n` (Qt's numerus forms)."""
    return QCoreApplication.translate(CONTEXT, text, None, n)


_CHANGES = {
    "added": QT_TRANSLATE_NOOP("lrw", "added"),
    "moved": QT_TRANSLATE_NOOP("lrw", "moved"),
    "cancelled": QT_TRANSLATE_NOOP("lrw", "cancelled"),
    "updated": QT_TRANSLATE_NOOP("lrw", "updated"),
    "removed": QT_TRANSLATE_NOOP("lrw", "removed"),
}

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
    """'Double booking' / 'Doble asignación' (the core's glossary)."""
    return core_labels.conflict_kind_label(value)


def severity_label(value: str) -> str:
    return core_labels.severity_label(value)


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
    """'Mon' / 'lun' (consularapp.l10n: the window's language, not the machine's locale)."""
    return l10n.weekday_short(day)


def day_text(day: date) -> str:
    """'Mon 30 Aug' / 'lun 30 ago'."""
    return l10n.short_day(day)


def long_day_text(day: date) -> str:
    """'Mon 30 Aug 2027' / 'lun 30 ago 2027'."""
    return l10n.short_day(day, year=True)


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
