"""Dates and zones: the calendar rules of the domain."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from consularapp.errors import InputError
from consularapp.timeutil import (
    add_months,
    labor_day,
    local_to_utc,
    lrw_default_week,
    require_aware,
    utc_to_local,
    zone,
    zone_abbreviation,
)


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2024, 2, 29), 36, date(2027, 2, 28)),
        (date(2024, 2, 29), 48, date(2028, 2, 29)),
        (date(2025, 1, 31), 1, date(2025, 2, 28)),
        (date(2025, 8, 31), 24, date(2027, 8, 31)),
        (date(2023, 11, 30), 3, date(2024, 2, 29)),
        (date(2022, 12, 15), 12, date(2023, 12, 15)),
    ],
)
def test_add_months_clamps_to_month_end(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


def test_labor_rights_week_is_the_week_before_labor_day() -> None:
    assert labor_day(2027) == date(2027, 9, 6)
    assert lrw_default_week(2027) == (date(2027, 8, 30), date(2027, 9, 3))
    assert lrw_default_week(2025) == (date(2025, 8, 25), date(2025, 8, 29))
    assert lrw_default_week(2026) == (date(2026, 8, 31), date(2026, 9, 4))  # Labor Day on Sep 7


def test_zones_that_catch_people_out() -> None:
    # Arizona keeps MST in summer; Puerto Rico is AST all year; Honolulu is HST.
    assert local_to_utc(datetime(2027, 8, 30, 9), "America/Phoenix") == datetime(
        2027, 8, 30, 16, tzinfo=UTC)
    assert local_to_utc(datetime(2027, 8, 30, 9), "America/Puerto_Rico") == datetime(
        2027, 8, 30, 13, tzinfo=UTC)
    assert local_to_utc(datetime(2027, 8, 30, 9), "Pacific/Honolulu") == datetime(
        2027, 8, 30, 19, tzinfo=UTC)
    instant = datetime(2027, 8, 30, 16, tzinfo=UTC)
    assert zone_abbreviation(instant, "America/Phoenix") == "MST"
    assert zone_abbreviation(instant, "America/Chicago") == "CDT"
    assert utc_to_local(instant, "America/Chicago").hour == 11


def test_dst_gap_and_repeated_hour() -> None:
    # 02:30 does not exist on 2027-03-14 in Chicago: it lands at 03:30 CDT.
    assert local_to_utc(datetime(2027, 3, 14, 2, 30), "America/Chicago") == datetime(
        2027, 3, 14, 8, 30, tzinfo=UTC)
    # 01:30 happens twice on 2027-11-07: the first (CDT) is taken.
    assert local_to_utc(datetime(2027, 11, 7, 1, 30), "America/Chicago") == datetime(
        2027, 11, 7, 6, 30, tzinfo=UTC)


def test_naive_and_unknown_are_refused() -> None:
    with pytest.raises(ValueError, match="naive"):
        require_aware(datetime(2027, 1, 1))
    with pytest.raises(InputError, match="unknown time zone"):
        zone("America/Atlantis")
    with pytest.raises(InputError):
        zone("")


def test_zone_names_must_name_a_place() -> None:
    from consularapp.timeutil import is_zone

    assert not is_zone("EST") and not is_zone("MST7MDT")
    assert is_zone("UTC") and is_zone("America/Phoenix")
