"""libical (the library inside Evolution and many servers), through ctypes: its parser, its
iTIP restriction check (RFC 5546: what each METHOD requires of each component) and its own
reading of TZID times against the file's VTIMEZONEs. A second implementation, not ours and not
icalendar's, that the test command installs (Debian's libical3)."""

from __future__ import annotations

import ctypes
import ctypes.util
import re
from datetime import UTC, datetime
from functools import lru_cache


class _Time(ctypes.Structure):
    """struct icaltimetype of libical 3."""

    _fields_ = [
        ("year", ctypes.c_int),
        ("month", ctypes.c_int),
        ("day", ctypes.c_int),
        ("hour", ctypes.c_int),
        ("minute", ctypes.c_int),
        ("second", ctypes.c_int),
        ("is_date", ctypes.c_int),
        ("is_daylight", ctypes.c_int),
        ("zone", ctypes.c_void_p),
    ]


@lru_cache(maxsize=1)
def library() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("ical")
    if name is None:
        return None
    lib = ctypes.CDLL(name)
    p = ctypes.c_void_p
    for fn, res, args in (
        ("icalparser_parse_string", p, [ctypes.c_char_p]),
        ("icalrestriction_check", ctypes.c_int, [p]),
        ("icalcomponent_as_ical_string", ctypes.c_char_p, [p]),
        ("icalcomponent_free", None, [p]),
        ("icalcomponent_string_to_kind", ctypes.c_int, [ctypes.c_char_p]),
        ("icalcomponent_get_first_component", p, [p, ctypes.c_int]),
        ("icalcomponent_get_next_component", p, [p, ctypes.c_int]),
        ("icalcomponent_get_uid", ctypes.c_char_p, [p]),
        ("icalcomponent_get_dtstart", _Time, [p]),
        ("icalcomponent_get_dtend", _Time, [p]),
        ("icalcomponent_get_sequence", ctypes.c_int, [p]),
        ("icalcomponent_get_status", ctypes.c_int, [p]),
        ("icalproperty_status_to_string", ctypes.c_char_p, [ctypes.c_int]),
        ("icalcomponent_count_errors", ctypes.c_int, [p]),
        ("icaltime_as_timet_with_zone", ctypes.c_int64, [_Time, p]),
    ):
        f = getattr(lib, fn)
        f.restype, f.argtypes = res, args
    return lib


def _parse(data: bytes) -> tuple[ctypes.CDLL, int]:
    lib = library()
    assert lib is not None, "libical is not installed (Debian: libical3)"
    comp = lib.icalparser_parse_string(data)
    assert comp, "libical could not parse the calendar"
    return lib, comp


def itip_errors(data: bytes) -> list[str]:
    """libical's complaints about `data`: parse errors and its iTIP restriction check."""
    lib, comp = _parse(data)
    try:
        valid = lib.icalrestriction_check(comp)
        text = lib.icalcomponent_as_ical_string(comp).decode("utf-8")
    finally:
        lib.icalcomponent_free(comp)
    unfolded = re.sub(r"\r?\n[ \t]", "", text)
    errors = [line for line in unfolded.splitlines() if line.startswith("X-LIC-ERROR")]
    if not valid and not errors:
        errors.append("icalrestriction_check failed")
    return errors


def events(data: bytes) -> dict[str, dict[str, object]]:
    """Every VEVENT by UID as libical reads it: UTC start and end (computed by libical from the
    file's own VTIMEZONE), SEQUENCE and STATUS."""
    lib, comp = _parse(data)
    found: dict[str, dict[str, object]] = {}
    try:
        kind = lib.icalcomponent_string_to_kind(b"VEVENT")
        inner = lib.icalcomponent_get_first_component(comp, kind)
        while inner:
            start, end = lib.icalcomponent_get_dtstart(inner), lib.icalcomponent_get_dtend(inner)
            status = lib.icalproperty_status_to_string(lib.icalcomponent_get_status(inner))
            found[lib.icalcomponent_get_uid(inner).decode()] = {
                "start": datetime.fromtimestamp(
                    lib.icaltime_as_timet_with_zone(start, start.zone), UTC),
                "end": datetime.fromtimestamp(lib.icaltime_as_timet_with_zone(end, end.zone), UTC),
                "zone_found": bool(start.zone),
                "sequence": lib.icalcomponent_get_sequence(inner),
                "status": (status or b"").decode(),
            }
            inner = lib.icalcomponent_get_next_component(comp, kind)
    finally:
        lib.icalcomponent_free(comp)
    return found


class _Span(ctypes.Structure):
    """struct icaltime_span of libical 3."""

    _fields_ = [("start", ctypes.c_int64), ("end", ctypes.c_int64), ("is_busy", ctypes.c_int)]


_CALLBACK = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.POINTER(_Span), ctypes.c_void_p)


def _time_of(lib: ctypes.CDLL, when: datetime) -> _Time:
    lib.icaltime_from_timet_with_zone.restype = _Time
    lib.icaltime_from_timet_with_zone.argtypes = [ctypes.c_int64, ctypes.c_int, ctypes.c_void_p]
    lib.icaltimezone_get_utc_timezone.restype = ctypes.c_void_p
    return lib.icaltime_from_timet_with_zone(int(when.timestamp()), 0,
                                             lib.icaltimezone_get_utc_timezone())


def occurrences(data: bytes, uid: str, start: datetime, end: datetime
                ) -> list[tuple[datetime, datetime]]:
    """The occurrences of the series `uid` between `start` and `end` as a calendar client
    shows them, computed by libical: the master's RRULE expanded with its EXDATEs
    (icalcomponent_foreach_recurrence, which reads the TZID times against the file's
    VTIMEZONE), each occurrence that a RECURRENCE-ID override names replaced by the override's
    own times. Sorted by start (UTC)."""
    lib, comp = _parse(data)
    lib.icalcomponent_foreach_recurrence.restype = None
    lib.icalcomponent_foreach_recurrence.argtypes = [
        ctypes.c_void_p, _Time, _Time, _CALLBACK, ctypes.c_void_p]
    lib.icalcomponent_get_recurrenceid.restype = _Time
    lib.icalcomponent_get_recurrenceid.argtypes = [ctypes.c_void_p]
    lib.icaltime_is_null_time.restype = ctypes.c_int
    lib.icaltime_is_null_time.argtypes = [_Time]
    found: list[tuple[int, int]] = []

    def seen(_component: int, span: ctypes._Pointer, _data: int) -> None:  # type: ignore[type-arg]
        found.append((span.contents.start, span.contents.end))

    callback = _CALLBACK(seen)
    replaced: dict[int, tuple[int, int]] = {}
    try:
        kind = lib.icalcomponent_string_to_kind(b"VEVENT")
        inner = lib.icalcomponent_get_first_component(comp, kind)
        while inner:
            if lib.icalcomponent_get_uid(inner).decode() == uid:
                rid = lib.icalcomponent_get_recurrenceid(inner)
                if lib.icaltime_is_null_time(rid):
                    lib.icalcomponent_foreach_recurrence(
                        inner, _time_of(lib, start), _time_of(lib, end), callback, None)
                else:
                    s, e = lib.icalcomponent_get_dtstart(inner), lib.icalcomponent_get_dtend(inner)
                    # libical leaves RECURRENCE-ID's TZID unresolved; it is the DTSTART's zone
                    # here (the app writes both in the venue's zone).
                    replaced[lib.icaltime_as_timet_with_zone(rid, rid.zone or s.zone)] = (
                        lib.icaltime_as_timet_with_zone(s, s.zone),
                        lib.icaltime_as_timet_with_zone(e, e.zone))
            inner = lib.icalcomponent_get_next_component(comp, kind)
    finally:
        lib.icalcomponent_free(comp)
    shown = [replaced.pop(a, (a, b)) for a, b in found]
    shown += replaced.values()  # an override whose original date lies outside the range
    return sorted((datetime.fromtimestamp(a, UTC), datetime.fromtimestamp(b, UTC))
                  for a, b in set(shown))
