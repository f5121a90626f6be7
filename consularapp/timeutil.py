"""Time rules of the domain: instants in UTC, wall-clock times in a place's IANA zone.

Every instant the core stores or compares is an aware UTC datetime; local wall-clock times exist
only at the edges (workbook cells, dialogs, calendars, reports), always with their zone name.
"""

from __future__ import annotations

import calendar
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from consularapp.errors import InputError
from consularapp.i18n import _


def now_utc() -> datetime:
    return datetime.now(UTC)


def require_aware(value: datetime, what: str = "time") -> datetime:
    """Refuse naive datetimes: without an offset an instant is a guess."""
    if value.tzinfo is None or value.tzinfo.utcoffset(value) is None:
        raise ValueError(f"{what} must carry a time zone, got naive {value.isoformat()}")
    return value.astimezone(UTC)


@lru_cache(maxsize=512)
def zone(name: str) -> ZoneInfo:
    """The IANA zone called `name`; InputError if there is none."""
    if not name or name != name.strip() or name.lower() == "localtime" or len(name) > 64:
        raise InputError(_("unknown time zone {name!r}").format(name=name))
    if "/" not in name and name != "UTC":
        # 'EST', 'MST7MDT'... exist in the database but are fixed offsets or rules, not places:
        # 09:00 "EST" in August is 10:00 on New York clocks.
        raise InputError(_(
            "{name!r} is not the time zone of a place: use an IANA name such as "
            "America/New_York, America/Phoenix or Pacific/Honolulu").format(name=name))
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError) as exc:  # OSError: a name no file has
        raise InputError(_(
            "unknown time zone {name!r} (use an IANA name such as America/Chicago)").format(
                name=name)) from exc


def is_zone(name: str) -> bool:
    try:
        zone(name)
    except InputError:
        return False
    return True


@lru_cache(maxsize=1)
def zone_names() -> list[str]:
    """All IANA zone names, sorted, for pickers."""
    return sorted(
        n for n in available_timezones() if "/" in n and not n.startswith(("Etc/", "SystemV/"))
    )


def local_to_utc(wall: datetime, zone_name: str) -> datetime:
    """A wall-clock time in `zone_name` as a UTC instant.

    Times that do not exist (the hour skipped in spring) are moved forward by the gap, and times
    that happen twice (autumn) take the first, as calendar clients do.
    """
    if wall.tzinfo is not None:
        raise ValueError("local_to_utc takes a naive wall-clock time")
    # fold=0 gives the first of two repeated times, and for a skipped time the offset in force
    # before the change, which lands the instant one gap-length later on the wall clock.
    aware = wall.replace(tzinfo=zone(zone_name), fold=0)
    return aware.astimezone(UTC)


def utc_to_local(instant: datetime, zone_name: str) -> datetime:
    """The aware local time of a UTC instant in `zone_name`."""
    return require_aware(instant).astimezone(zone(zone_name))


def zone_abbreviation(instant: datetime, zone_name: str) -> str:
    """'MST', 'CDT', 'AST', 'HST'... for display next to a local time."""
    return utc_to_local(instant, zone_name).strftime("%Z")


def add_months(start: date, months: int) -> date:
    """`start` plus whole calendar months, the day clamped to a shorter month's end.

    2024-02-29 + 36 months = 2027-02-28; 2025-01-31 + 1 month = 2025-02-28.
    """
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def labor_day(year: int) -> date:
    """The first Monday of September."""
    first = date(year, 9, 1)
    return first + timedelta(days=(7 - first.weekday()) % 7)


def lrw_default_week(year: int) -> tuple[date, date]:
    """Labor Rights Week: Monday to Friday of the week before Labor Day (2027: Aug 30 - Sep 3)."""
    monday = labor_day(year) - timedelta(days=7)
    return monday, monday + timedelta(days=4)
