"""Recurring events: the RRULE subset the app keeps, and a series expanded for a range.

A recurring event stores its first occurrence (`starts_at`, `ends_at`), its zone and an RFC 5545
RRULE value (spec/workbook.md, Events, `Recurrence`): FREQ DAILY, WEEKLY or MONTHLY; INTERVAL;
BYDAY (with an ordinal for MONTHLY: `1MO`, `-1FR`); BYMONTHDAY; and COUNT or UNTIL, one of them
required, so every series ends. Occurrences keep the first one's wall-clock time at the venue
across daylight-saving changes (09:00 in Chicago is 14:00 UTC in summer and 15:00 in winter):
the rule is expanded on local wall-clock times and each occurrence converted to UTC on its own.

An occurrence is known by the local date it is due on (`occurs_on`); a cancelled or moved one is
an exception stored beside the event (models.OccurrenceChange). Nothing stores occurrences one
by one: `expand` works out those of a range when a view, a calendar or the conflict check asks,
from the rule and the few exceptions.

UNTIL is kept as a local date (the last day an occurrence may fall on, included), written
`UNTIL=2027-12-31`; RFC 5545's `20271231` and `20271231T235959Z` forms are read too. Calendars
write it as the UTC instant at the end of that local day, as RFC 5545 asks when DTSTART has a
TZID.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from dateutil import rrule as du

from consularapp.bounds import DATES, Whole
from consularapp.i18n import N_, _, ngettext
from consularapp.timeutil import local_to_utc, utc_to_local
from consularapp.validation import FieldError, shown

FREQUENCIES = ("DAILY", "WEEKLY", "MONTHLY")
WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
OCCURRENCES = Whole(1, 1000)  # how many occurrences one series may have
INTERVALS = Whole(1, 99)
_PART_ORDER = ("FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "COUNT", "UNTIL")
_BYDAY = re.compile(r"^([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU)$")
_UNTIL_FORMS = (
    re.compile(r"^(\d{4})-(\d{2})-(\d{2})$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})T\d{6}Z?$"),
)


@dataclass(frozen=True)
class Rule:
    """A recurrence rule of the supported subset, cleaned."""

    freq: str
    interval: int = 1
    byday: tuple[str, ...] = ()
    bymonthday: tuple[int, ...] = ()
    count: int | None = None
    until: date | None = None  # the last local day an occurrence may fall on

    def text(self) -> str:
        """The canonical form stored and exported: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=...'."""
        parts = [f"FREQ={self.freq}"]
        if self.interval != 1:
            parts.append(f"INTERVAL={self.interval}")
        if self.byday:
            parts.append("BYDAY=" + ",".join(self.byday))
        if self.bymonthday:
            parts.append("BYMONTHDAY=" + ",".join(str(d) for d in self.bymonthday))
        if self.count is not None:
            parts.append(f"COUNT={self.count}")
        if self.until is not None:
            parts.append(f"UNTIL={self.until.isoformat()}")
        return ";".join(parts)

    def ical(self, zone_name: str) -> dict[str, Any]:
        """The rule as icalendar's vRecur wants it; UNTIL as UTC (the end of the local day)."""
        value: dict[str, Any] = {"FREQ": self.freq}
        if self.interval != 1:
            value["INTERVAL"] = self.interval
        if self.byday:
            value["BYDAY"] = list(self.byday)
        if self.bymonthday:
            value["BYMONTHDAY"] = list(self.bymonthday)
        if self.count is not None:
            value["COUNT"] = self.count
        if self.until is not None:
            value["UNTIL"] = local_to_utc(datetime.combine(self.until, time(23, 59, 59)),
                                          zone_name)
        return value

    def rrule(self, first: datetime) -> du.rrule:
        """dateutil's rule from the first occurrence's naive wall-clock time."""
        freq = {"DAILY": du.DAILY, "WEEKLY": du.WEEKLY, "MONTHLY": du.MONTHLY}[self.freq]
        kwargs: dict[str, Any] = {"dtstart": first, "interval": self.interval}
        if self.byday:
            kwargs["byweekday"] = [_weekday(d) for d in self.byday]
        if self.bymonthday:
            kwargs["bymonthday"] = list(self.bymonthday)
        if self.count is not None:
            kwargs["count"] = self.count
        if self.until is not None:
            kwargs["until"] = datetime.combine(self.until, time(23, 59, 59))
        return du.rrule(freq, cache=False, **kwargs)


def _weekday(text: str) -> du.weekday:
    match = _BYDAY.match(text)
    assert match is not None
    day = getattr(du, match.group(2))
    return day(int(match.group(1))) if match.group(1) else day


def _fail(code: str, message: str, **params: Any) -> FieldError:
    return FieldError(code, message, **params)


def parse_rule(value: object) -> Rule:
    """The rule written in `value` (an RRULE value, with or without 'RRULE:'), or FieldError."""
    text = str(value or "").strip()
    if text.upper().startswith("RRULE:"):
        text = text[6:]
    parts: dict[str, str] = {}
    for piece in (p.strip() for p in text.split(";")):
        if not piece:
            continue
        name, sep, content = piece.partition("=")
        name = name.strip().upper()
        if not sep or not content.strip():
            raise _fail("recurrence.malformed",
                        _("{part} is not NAME=VALUE (for example FREQ=WEEKLY)").format(
                            part=shown(piece)), part=piece)
        if name not in _PART_ORDER:
            raise _fail("recurrence.unsupported_part",
                        _("{part} is not supported: use FREQ, INTERVAL, BYDAY, BYMONTHDAY, COUNT "
                          "or UNTIL").format(part=shown(name)), part=name)
        if name in parts:
            raise _fail("recurrence.repeated_part",
                        _("{part} is given twice").format(part=name), part=name)
        parts[name] = content.strip().upper()
    if "FREQ" not in parts:
        raise _fail("recurrence.no_frequency",
                    _("say how often it repeats: FREQ=DAILY, FREQ=WEEKLY or FREQ=MONTHLY"))
    freq = parts["FREQ"]
    if freq not in FREQUENCIES:
        raise _fail("recurrence.unsupported_frequency",
                    _("FREQ={value} is not supported: use DAILY, WEEKLY or MONTHLY").format(
                        value=freq), value=freq)
    interval = _whole(parts.get("INTERVAL", "1"), "INTERVAL", INTERVALS)
    byday: list[str] = []
    for item in (p.strip() for p in parts.get("BYDAY", "").split(",") if p.strip()):
        match = _BYDAY.match(item)
        if match is None:
            raise _fail("recurrence.bad_day",
                        _("BYDAY {value} is not a day such as TU, or 1MO for the first Monday "
                          "of the month").format(value=shown(item)), value=item)
        if match.group(1) and freq != "MONTHLY":
            raise _fail("recurrence.ordinal_not_monthly",
                        _("BYDAY {value} counts weeks of a month: it needs FREQ=MONTHLY").format(
                            value=item), value=item)
        normal = f"{int(match.group(1))}{match.group(2)}" if match.group(1) else match.group(2)
        if normal not in byday:
            byday.append(normal)
    monthdays: list[int] = []
    for item in (p.strip() for p in parts.get("BYMONTHDAY", "").split(",") if p.strip()):
        day = _whole(item, "BYMONTHDAY", Whole(-31, 31))
        if day == 0:
            raise _fail("recurrence.bad_month_day",
                        _("BYMONTHDAY 0 is not a day of the month (1 to 31, or -1 for the last)"))
        if day not in monthdays:
            monthdays.append(day)
    if monthdays and freq == "WEEKLY":
        raise _fail("recurrence.month_day_weekly",
                    _("BYMONTHDAY does not go with FREQ=WEEKLY"))
    count = until = None
    if "COUNT" in parts and "UNTIL" in parts:
        raise _fail("recurrence.count_and_until",
                    _("give COUNT or UNTIL, not both"))
    if "COUNT" in parts:
        count = _whole(parts["COUNT"], "COUNT", OCCURRENCES)
    elif "UNTIL" in parts:
        until = _until(parts["UNTIL"])
    else:
        raise _fail("recurrence.endless",
                    _("say when the series ends: COUNT=N occurrences or UNTIL=YYYY-MM-DD"))
    return Rule(freq, interval, tuple(byday), tuple(monthdays), count, until)


def _whole(text: str, part: str, bound: Whole) -> int:
    if not re.fullmatch(r"[+-]?\d{1,6}", text):
        raise _fail("recurrence.not_a_number",
                    _("{part}={value} is not a whole number").format(part=part, value=shown(text)),
                    part=part, value=text)
    number = int(text)
    if not bound.minimum <= number <= bound.maximum:
        raise _fail("recurrence.out_of_range",
                    _("{part}={value} is out of range ({minimum} to {maximum})").format(
                        part=part, value=number, minimum=bound.minimum, maximum=bound.maximum),
                    part=part, value=number, minimum=bound.minimum, maximum=bound.maximum)
    return number


def _until(text: str) -> date:
    for form in _UNTIL_FORMS:
        match = form.match(text)
        if match:
            try:
                day = date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
            except ValueError:
                break
            if not DATES.first <= day <= DATES.last:
                raise _fail("recurrence.until_out_of_range",
                            _("UNTIL {value} is out of range").format(value=day.isoformat()),
                            value=day.isoformat())
            return day
    raise _fail("recurrence.bad_until",
                _("UNTIL={value} is not a date YYYY-MM-DD").format(value=shown(text)),
                value=text)


def check_rule(value: object, first: datetime | None = None) -> Rule:
    """The rule of `value`, checked against the first occurrence's wall-clock time `first`
    (naive, at the venue): the first occurrence must be one of the rule's, and the series may
    have at most OCCURRENCES.maximum occurrences."""
    rule = parse_rule(value)
    if first is None:
        return rule
    generated = rule.rrule(first)
    head = next(iter(generated), None)
    if head != first:
        raise _fail("recurrence.first_not_in_rule",
                    _("the first occurrence ({day}, a {weekday}) is not one of the days the rule "
                      "gives; start the event on one of them").format(
                        day=first.date().isoformat(), weekday=_(WEEKDAY_NAMES[first.weekday()])),
                    day=first.date().isoformat())
    if rule.until is not None:
        many = 0
        for many, _start in enumerate(generated, start=1):
            if many > OCCURRENCES.maximum:
                raise _fail("recurrence.too_many",
                            _("the series would have more than {maximum:,} occurrences; end "
                              "it earlier or split it").format(maximum=OCCURRENCES.maximum),
                            maximum=OCCURRENCES.maximum)
    return rule


WEEKDAY_NAMES = (N_("Monday"), N_("Tuesday"), N_("Wednesday"), N_("Thursday"), N_("Friday"),
                 N_("Saturday"), N_("Sunday"))
WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
ORDINALS = {1: N_("first"), 2: N_("second"), 3: N_("third"), 4: N_("fourth"), 5: N_("fifth"),
            -1: N_("last")}


def _day_words(code: str) -> str:
    """'TU' -> 'Tuesday'; '1MO' -> 'the first Monday'; '-1FR' -> 'the last Friday'."""
    match = _BYDAY.match(code)
    assert match is not None
    name = _(WEEKDAY_NAMES[WEEKDAY_CODES.index(match.group(2))])
    if not match.group(1):
        return name
    return _("the {ordinal} {weekday}").format(ordinal=_(ORDINALS[int(match.group(1))]),
                                               weekday=name)


def describe(rule: Rule) -> str:
    """The rule in words, for the editor and lists: 'Every 2 weeks on Tuesday, until
    2027-12-31'."""
    n = rule.interval
    if rule.freq == "DAILY":
        every = ngettext("Every day", "Every {n} days", n).format(n=n)
    elif rule.freq == "WEEKLY":
        every = ngettext("Every week", "Every {n} weeks", n).format(n=n)
    else:
        every = ngettext("Every month", "Every {n} months", n).format(n=n)
    days = [_day_words(d) for d in rule.byday]
    if rule.bymonthday:
        days += [_("the last day") if d == -1 else _("day {day}").format(day=d)
                 for d in rule.bymonthday]
    if days:
        every = _("{every} on {days}").format(every=every, days=", ".join(days))
    if rule.count is not None:
        return ngettext("{every}, {count} time", "{every}, {count} times",
                        rule.count).format(every=every, count=rule.count)
    assert rule.until is not None
    return _("{every}, until {day}").format(every=every, day=rule.until.isoformat())


def canonical(value: object, first: datetime | None = None) -> str | None:
    """The stored text of a recurrence ('' or None: not recurring), or FieldError."""
    if value is None or not str(value).strip():
        return None
    return check_rule(value, first).text()


# --- expansion ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Exception_:
    """A stored exception to a series: cancelled, or moved to other UTC instants."""

    cancelled: bool = False
    starts_at: datetime | None = None
    ends_at: datetime | None = None


@dataclass(frozen=True)
class Occurrence:
    """One occurrence of an event (a one-off event has one, on its own start date)."""

    event_id: str
    occurs_on: date  # the local date it was due on: its identity in the series
    starts_at: datetime  # UTC, where it really is (moved or not)
    ends_at: datetime
    recurring: bool = False
    cancelled: bool = False
    moved: bool = False

    @property
    def key(self) -> tuple[str, date | None]:
        """(event, occurrence date) as assignments and outcomes name it (None: a one-off)."""
        return (self.event_id, self.occurs_on if self.recurring else None)


@dataclass
class Series:
    """What `expand` needs of one event."""

    event_id: str
    starts_at: datetime
    ends_at: datetime
    time_zone: str
    recurrence: str | None = None
    exceptions: Mapping[date, Exception_] = field(default_factory=dict)

    @property
    def recurring(self) -> bool:
        return bool(self.recurrence)


def _wall(instant: datetime, zone_name: str) -> datetime:
    return utc_to_local(instant, zone_name).replace(tzinfo=None)


def rule_starts(series: Series, window: tuple[datetime, datetime] | None = None
                ) -> Iterator[datetime]:
    """Naive local start times the rule gives (in the window, padded by the duration)."""
    first = _wall(series.starts_at, series.time_zone)
    if not series.recurrence:
        yield first
        return
    rule = parse_rule(series.recurrence).rrule(first)
    if window is None:
        yield from rule
        return
    length = _wall(series.ends_at, series.time_zone) - first
    start = _wall(window[0], series.time_zone) - length - timedelta(days=1)
    end = _wall(window[1], series.time_zone) + timedelta(days=1)
    yield from rule.between(start, end, inc=True)


def expand(series: Series, window: tuple[datetime, datetime] | None = None, *,
           include_cancelled: bool = True) -> list[Occurrence]:
    """The occurrences of `series` that overlap `window` (UTC; None: all), in time order.

    Moved ones appear at their new times (and only if those overlap the window); cancelled ones
    are marked, or left out without `include_cancelled`.
    """
    zone_name = series.time_zone
    first = _wall(series.starts_at, zone_name)
    length = _wall(series.ends_at, zone_name) - first
    found: dict[date, Occurrence] = {}
    for wall in rule_starts(series, window):
        day = wall.date()
        change = series.exceptions.get(day) if series.recurring else None
        if change is not None and change.cancelled:
            if not include_cancelled:
                continue
            start, end = local_to_utc(wall, zone_name), local_to_utc(wall + length, zone_name)
            occ = Occurrence(series.event_id, day, start, end, series.recurring, cancelled=True)
        elif change is not None and change.starts_at and change.ends_at:
            occ = Occurrence(series.event_id, day, change.starts_at, change.ends_at,
                             series.recurring, moved=True)
        else:
            start = local_to_utc(wall, zone_name) if series.recurring else series.starts_at
            end = local_to_utc(wall + length, zone_name) if series.recurring else series.ends_at
            occ = Occurrence(series.event_id, day, start, end, series.recurring)
        found[day] = occ
    if series.recurring and window is not None:
        # A moved occurrence may land in the window although its own date lies outside.
        for day, change in series.exceptions.items():
            if day in found or change.cancelled or not (change.starts_at and change.ends_at):
                continue
            if change.starts_at < window[1] and change.ends_at > window[0] and \
                    is_occurrence(series, day):
                found[day] = Occurrence(series.event_id, day, change.starts_at, change.ends_at,
                                        True, moved=True)
    result = [o for o in found.values()
              if window is None or (o.starts_at < window[1] and o.ends_at > window[0])]
    result.sort(key=lambda o: (o.starts_at, o.occurs_on))
    return result


def occurrence_dates(series: Series) -> list[date]:
    """Every local date the rule gives (exceptions aside), first to last."""
    return [wall.date() for wall in rule_starts(series)]


def is_occurrence(series: Series, day: date) -> bool:
    """True if the rule gives an occurrence on local date `day`."""
    if not series.recurring:
        return day == _wall(series.starts_at, series.time_zone).date()
    first = _wall(series.starts_at, series.time_zone)
    rule = parse_rule(series.recurrence).rrule(first)
    moment = datetime.combine(day, first.time())
    return moment in rule.between(moment - timedelta(seconds=1), moment + timedelta(seconds=1),
                                  inc=True)


def last_end(series: Series) -> datetime:
    """When the series' last occurrence ends (moves included): for range queries."""
    ends = [o.ends_at for o in expand(series, include_cancelled=True)]
    ends += [c.ends_at for c in series.exceptions.values() if c.ends_at is not None]
    return max([series.ends_at, *ends])


def occurrence_on(series: Series, day: date) -> Occurrence | None:
    """The occurrence due on local date `day` (moved or cancelled as stored), or None."""
    if not is_occurrence(series, day):
        return None
    first = _wall(series.starts_at, series.time_zone)
    wall = datetime.combine(day, first.time())
    start = local_to_utc(wall, series.time_zone)
    window = (start - timedelta(seconds=1), start + timedelta(seconds=1))
    for occ in expand(series, window):
        if occ.occurs_on == day:
            return occ
    change = series.exceptions.get(day)
    if change is not None and change.starts_at and change.ends_at:
        return Occurrence(series.event_id, day, change.starts_at, change.ends_at, True,
                          moved=True)
    return None


def parse_days(items: Iterable[date | str]) -> list[date]:
    """Dates of a 'Skipped dates' list, sorted, each once."""
    days: set[date] = set()
    for item in items:
        days.add(item if isinstance(item, date) else date.fromisoformat(str(item).strip()))
    return sorted(days)


def utc(instant: datetime) -> datetime:
    return instant.astimezone(UTC)
